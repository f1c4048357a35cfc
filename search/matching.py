"""A search that tells the truth about what matched: exact counts, a "no match" notice, a floor.

For a keyword query (search/query.py) the results are exactly the paragraphs that meet
its condition, counted over the whole corpus and ranked by the usual hybrid search;
paragraphs that do not meet it are never mixed in: when fewer than a page match they
come after, in ``related``, labelled as not containing the terms.

The floor (docs/search.md): a paragraph that shares no word of the query and whose
cosine to the query is below ``FLOOR`` for the model kind is not shown at all, neither
as a result of a sentence query nor as related material. Calibrated with
``benchmarks/floor_calibration.py`` on questions whose answer is "nothing".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from search.docstore import Filters
from search.query import Query

if TYPE_CHECKING:
    from search.index import SearchIndex

# Least cosine for a paragraph sharing no query word, by embedding model kind. "trained" (corpus
# word vectors), calibrated here: unrelated paragraphs reach cosines of 0.7-0.89 and no relevant
# paragraph without a shared word ranked in the top 20, so only >= 0.9 passes. "configured" (a
# pretrained model such as bge-small-zh) could not be measured on this machine: a conservative value.
FLOOR = {"trained": 0.9, "configured": 0.5}


def query_words(index: "SearchIndex", text: str) -> list[str]:
    """The query's search words, two characters or longer when it has any (single characters match anything)."""
    words = index.tokenizer.tokenize(text)
    long_words = [w for w in words if len(w) >= 2]
    return long_words or words


def above_floor(index: "SearchIndex", text: str, ranked: list[tuple[int, float]], mode: str) -> list[tuple[int, float]]:
    """``ranked`` without the paragraphs that share no query word and are weak in dense similarity.

    The dense test comes first, from the vectors in memory: only the paragraphs below the floor
    need their text read, in one read of that column alone (an entity page runs five such
    searches of 100-200 candidates each; reading every candidate's whole row was most of their
    time). A paragraph no longer indexed is left out, as the hits leave it out.
    """
    if mode == "lexical" or not ranked:  # a lexical hit shares a word by construction
        return ranked
    floor = FLOOR.get(index.state().get("model_kind") or "configured", FLOOR["configured"])
    encoder = index._query_encoder()
    query_vector = encoder.encode([text])[0]
    vectors = index.vectors(encoder.dim)
    held = index.columns().held([vid for vid, _ in ranked])
    similarity = vectors.similarities(held, query_vector)
    weak = [vid for vid, value in zip(held, similarity.tolist()) if not value >= floor]  # NaN: no vector
    texts = index.docstore.rows(weak, ("vid", "text"))
    shares_a_word = _any_of(query_words(index, text))
    kept = set(held).difference(weak) | {vid for vid, row in texts.items() if shares_a_word(row["text"].lower())}
    return [(vid, score) for vid, score in ranked if vid in kept]


def _any_of(words: list[str]) -> Callable[[str], bool]:
    """Whether a (lower-cased) text contains one of ``words``: one regular expression, so a text is
    scanned once rather than once per word."""
    if not words:
        return lambda _text: False
    pattern = re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))
    return lambda text: pattern.search(text) is not None


def run(index: "SearchIndex", parsed: Query, k: int, filters: Filters | None, mode: str, offset: int,
        depth: int) -> dict[str, Any]:
    """Hits, related hits and counts for one parsed query (the index calls this from ``search``)."""
    columns = index.columns()
    allowed = index._allowed(filters)
    universe = columns.vids if allowed is None else np.sort(allowed)
    if not parsed.exact:
        ranked = above_floor(index, parsed.ranking_text, index.rank(parsed.ranking_text, mode, depth, allowed), mode)
        return {"ranked": ranked, "hits": index._hits(ranked, k, offset), "related": [], "matched": None}
    matched = index.docstore.exact.matching(parsed.required, parsed.excluded, universe)
    ranked = index.rank(parsed.ranking_text, mode, depth, matched) if len(matched) else []
    if len(ranked) < min(depth, len(matched)):  # matches no ranking reached (no shared token, no vector yet)
        seen = {vid for vid, _ in ranked}
        ranked += [(int(v), 0.0) for v in matched[:depth] if int(v) not in seen]
    related: list[dict[str, Any]] = []
    if offset == 0 and len(matched) < k and parsed.required:
        near = above_floor(index, parsed.ranking_text,
                           index.rank(parsed.ranking_text, mode, depth, allowed, outside=matched), mode)
        related = index._hits(near, k)
    return {"ranked": ranked, "hits": index._hits(ranked, k, offset), "related": related, "matched": matched,
            "match_count": int(len(matched)), "report_count": columns.report_count(matched) if len(matched) else 0,
            "no_match": len(matched) == 0}

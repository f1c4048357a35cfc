"""Query expansion with the genre's vocabulary (search/synonyms.tsv).

Why: researchers ask in everyday words (民告官, 红头文件, 一把手, 上门检查) while reports
use official ones (行政诉讼, 规范性文件, 主要负责人, 执法检查), so BM25 finds nothing to
match. A query that contains a term of the table also searches its equivalents; their tokens
weigh less than the query's own (an expansion may be the wrong sense, the user's words never
are), and a token the query already has keeps its own weight.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("synonyms.tsv")
KINDS = frozenset({"abbr", "colloquial", "synonym", "former"})
# Weight of an expansion token against 1.0 for the query's own tokens; chosen on the dev and
# hard sets by benchmarks/search_eval.py --expansion-weight (see README, Search quality).
EXPANSION_WEIGHT = 0.5


@dataclass
class Synonyms:
    """Equivalents per term (symmetric, one step: a ↔ b and b ↔ c never make a ↔ c)."""

    equivalents: dict[str, set[str]] = field(default_factory=dict)
    # The official wordings of each term (left column → right; both ways for two official ones): a
    # colloquial or short term is said officially, never the reverse (方案 states no 实施方案).
    official: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> "Synonyms":
        """Pairs from the table's text; raises ValueError naming the line of a malformed row."""
        synonyms = cls()
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) != 3 or columns[2] not in KINDS or not columns[0] or columns[0] == columns[1]:
                raise ValueError(f"synonyms line {number}: expected term<TAB>other term<TAB>kind, got {line!r}")
            term, other = columns[0].strip(), columns[1].strip()
            synonyms.equivalents.setdefault(term, set()).add(other)
            synonyms.equivalents.setdefault(other, set()).add(term)
            synonyms.official.setdefault(term, set()).add(other)
            if columns[2] == "synonym":
                synonyms.official.setdefault(other, set()).add(term)
        return synonyms

    def expansions(self, query: str) -> list[str]:
        """Equivalents of the table's terms found in ``query`` that the query does not already say.

        A term inside a longer matched term (民告官 inside 民告官司) still counts: both are meant.
        """
        found = [term for term in self.equivalents if term in query]
        extra = {other for term in found for other in self.equivalents[term] if other not in query}
        return sorted(extra)


@lru_cache(maxsize=1)
def default() -> Synonyms:
    """The table shipped with kg, read once per process."""
    return Synonyms.parse(TABLE.read_text(encoding="utf-8"))


def weighted_tokens(query: str, tokenize: Callable[[str], list[str]], synonyms: Synonyms | None = None,
                    weight: float = EXPANSION_WEIGHT) -> tuple[list[str], list[float]]:
    """The query's tokens (weight 1) followed by its expansions' new tokens (``weight``)."""
    tokens = tokenize(query)
    weights = [1.0] * len(tokens)
    if weight <= 0:
        return tokens, weights
    seen = set(tokens)
    for phrase in (synonyms or default()).expansions(query):
        for token in tokenize(phrase):
            if token not in seen:
                seen.add(token)
                tokens.append(token)
                weights.append(weight)
    return tokens, weights

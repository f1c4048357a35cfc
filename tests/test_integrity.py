"""Report writes are atomic for readers, and kg check finds and repairs what a crash or old data left.

A real embedded store; a "kill" is simulated by a store whose ``run`` raises a BaseException
after the n-th statement, so that no cleanup code runs, as with SIGKILL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest.document import Document, RawDocument
from ingest.pipeline import build_document
from ingest.readers import read_path
from kg import integrity, queries
from kg.config import Settings
from kg.graph import delete_report, report_exists, stats, write_document
from kg.store import GraphStore, GraphStoreError, open_store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class Killed(BaseException):
    """Stands for SIGKILL: not an Exception, so no ``except Exception`` cleanup runs."""


class DyingStore:
    """Delegates to a real store and 'dies' when statement number ``after + 1`` is about to run."""

    def __init__(self, store: GraphStore, after: int) -> None:
        self.store, self.after, self.statements = store, after, 0
        self.backend = store.backend

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        if self.statements == self.after:
            raise Killed()
        self.statements += 1
        return self.store.run(query, params)


class CountingStore(DyingStore):
    def __init__(self, store: GraphStore) -> None:
        super().__init__(store, after=-1)


@pytest.fixture(scope="module")
def document() -> Document:
    return build_document(read_path(sorted(SAMPLES.iterdir())[0], 10**8)[0])


@pytest.fixture
def store(settings: Settings):
    graph = open_store(settings)
    yield graph
    graph.close()


def empty(store: GraphStore) -> None:
    store.run("MATCH (n) DETACH DELETE n")


def visible(store: GraphStore) -> dict[str, Any]:
    """What readers see: counts, the report list and the paragraph ids kg check compares."""
    return {"stats": stats(store), "reports": store.run(queries.LIST_REPORTS),
            "paragraphs": sorted(row["id"] for row in store.run(queries.ALL_PARAGRAPH_IDS))}


def statements_of_a_write(store: GraphStore, document: Document) -> int:
    """How many statements one write of ``document`` runs (into an empty graph, emptied again)."""
    counting = CountingStore(store)
    assert write_document(counting, document)
    empty(store)
    return counting.statements


def test_a_write_killed_at_each_step_is_invisible_and_the_next_ingest_completes_it(
        store: GraphStore, document: Document) -> None:
    steps = statements_of_a_write(store, document)
    write_document(store, document)
    clean = visible(store)
    assert clean["stats"]["reports"] == 1 and clean["stats"]["paragraphs"] == len(document.paragraphs)
    assert steps >= 8  # regions, report, paragraphs, each entity kind, topics, the completion mark

    for n in range(steps):
        empty(store)
        with pytest.raises(Killed):
            write_document(DyingStore(store, after=n), document)
        assert not report_exists(store, document.id), f"killed after statement {n}"
        seen = visible(store)
        assert (seen["stats"]["reports"], seen["stats"]["paragraphs"], seen["reports"], seen["paragraphs"]) \
            == (0, 0, [], []), f"killed after statement {n}: a half-written report is visible"
        assert write_document(store, document), f"killed after statement {n}: the next ingest skipped the file"
        assert visible(store) == clean, f"killed after statement {n}: counts differ from a clean ingest"
        assert not write_document(store, document)  # and from then on it is unchanged


class FlakyStore(DyingStore):
    """A store whose statement number ``after + 1`` fails with an ordinary error, once."""

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        if self.statements == self.after:
            self.statements += 1
            raise GraphStoreError("the server rejected a statement")
        return super().run(query, params)


def test_a_write_that_fails_removes_what_it_wrote(store: GraphStore, document: Document) -> None:
    steps = statements_of_a_write(store, document)
    for n in (steps // 2, steps - 1):
        with pytest.raises(GraphStoreError):
            write_document(FlakyStore(store, after=n), document)
        assert store.run(queries.INCOMPLETE_REPORTS) == []
        assert store.run("MATCH (p:Paragraph) RETURN count(p) AS c")[0]["c"] == 0


def test_a_removal_killed_midway_hides_the_report_and_a_rewrite_restores_it(
        store: GraphStore, document: Document) -> None:
    write_document(store, document)
    clean = visible(store)
    changed = Document(id="0" * 16, source=document.source, origin=document.origin, text=document.text,
                       metadata=document.metadata, paragraphs=document.paragraphs, entities=document.entities)
    # A changed file replaces the old report; killed after hiding it and deleting its paragraphs.
    with pytest.raises(Killed):
        write_document(DyingStore(store, after=5), changed)
    assert visible(store)["reports"] == []
    assert write_document(store, document)
    assert visible(store) == clean


def test_check_finds_half_written_reports_and_repair_deletes_them(
        store: GraphStore, document: Document, settings: Settings) -> None:
    from search.index import SearchIndex

    with pytest.raises(Killed):  # killed just before the completion mark
        write_document(DyingStore(store, after=statements_of_a_write(store, document) - 1), document)
    index = SearchIndex(settings.data_dir, settings.embed_model)
    try:
        found = integrity.findings(store, index)
        assert found["incomplete_reports"] == [document.id] and not integrity.clean(found)
        assert integrity.repair(store, index)["deleted_reports"] == [{"id": document.id, "source": document.source}]
        assert integrity.clean(integrity.findings(store, index))
        assert store.run("MATCH (n:Report) RETURN count(n) AS c")[0]["c"] == 0
        assert store.run("MATCH (n:Paragraph) RETURN count(n) AS c")[0]["c"] == 0
    finally:
        index.close()
    assert write_document(store, document) and visible(store)["stats"]["reports"] == 1


def test_check_finds_implausible_stored_years_and_repair_nulls_them(
        store: GraphStore, document: Document, settings: Settings) -> None:
    """Values stored before validation existed (the issue's 1e30 became int64's maximum)."""
    from search.index import SearchIndex

    year, document.metadata.year = document.metadata.year, 2**63 - 1
    try:
        write_document(store, document)
        index = SearchIndex(settings.data_dir, settings.embed_model)
        index.add_document(document)
    finally:
        document.metadata.year = year
    store.run("MATCH ()-[s:STATES]->() SET s.year = 1.0e30")
    try:
        found = integrity.findings(store, index)
        assert found["implausible_years"]["graph"] >= 2
        assert found["implausible_years"]["index"] == len(document.paragraphs)
        assert integrity.repair(store, index)["years_cleared"] == found["implausible_years"]
        assert integrity.clean(integrity.findings(store, index))
        assert store.run(queries.LIST_REPORTS)[0]["year"] is None
        assert {row["year"] for row in index.docstore.rows(index.docstore.vids()).values()} == {None}
    finally:
        index.close()


# Lookups of the write path and of kg check, which must see half-written reports too.
WRITE_PATH_LOOKUPS = {"REPORT_NODE_EXISTS", "REPORTS_FROM_ORIGIN", "COUNT_YEARS_OUTSIDE", "ENTITIES_OF_REPORT"}


def test_every_read_of_reports_skips_half_written_ones() -> None:
    """A new query that reads Report nodes without the completeness filter fails here."""
    reads = []
    for name, value in vars(queries).items():
        if name.startswith("_") or not name.isupper():
            continue
        texts = value.values() if isinstance(value, dict) else [value]
        for text in texts:
            if (isinstance(text, str) and ":Report" in text and name not in WRITE_PATH_LOOKUPS
                    and not any(word in text for word in ("SET ", "MERGE ", "DELETE "))):
                reads.append((name, text))
    assert len(reads) >= 10
    assert [name for name, text in reads if "complete" not in text] == []


def test_an_adviser_goes_with_the_last_report_that_states_it(store: GraphStore, document: Document) -> None:
    """ADVISES edges are facts of reports: removing one report keeps those another report still
    states, and removing that one too removes them (a region page must not list a firm no
    remaining report names)."""
    empty(store)
    copy = build_document(RawDocument(document.text + "\n本文另见他处转载，内容相同。", "copy.txt", "/elsewhere/copy.txt"))
    assert copy.id != document.id
    assert write_document(store, document) and write_document(store, copy)
    advises = "MATCH (:LawFirm)-[a:ADVISES]->(:Region) RETURN a.reports AS reports"
    edges = store.run(advises)
    assert edges and all(sorted(e["reports"]) == sorted([document.id, copy.id]) for e in edges)
    delete_report(store, copy.id)
    assert [e["reports"] for e in store.run(advises)] == [[document.id]] * len(edges)
    delete_report(store, document.id)
    assert not store.run(advises)


def test_two_figures_starting_together_are_two_facts(store: GraphStore) -> None:
    """将全国其他11个自贸区的30项政策: the extraction gives 11个 and 11个自贸区的30项, both opening at 将; the
    graph keys a fact by its whole span, so neither replaces the other."""
    empty(store)
    text = "某某省2019年法治政府建设情况报告\n将全国其他11个自贸区的30项政策全面适用于本省。\n"
    doc = build_document(RawDocument(text=text, source="t.txt", origin="/t.txt"))
    figures = sorted((e.start, e.attrs["value"]) for e in doc.entities if e.type == "METRIC")
    assert [value for _, value in figures] == [11, 30] and figures[0][0] == figures[1][0]
    write_document(store, doc)
    stated = store.run("MATCH (:Paragraph)-[s:STATES]->(:Indicator) RETURN s.value AS value ORDER BY value")
    assert [row["value"] for row in stated] == [11, 30]
    empty(store)

"""Updates proportional to the change: unchanged files are skipped before extraction and
before any model loads, an added report adds a BM25 segment and appends vectors, and a
crash between vectors and their bookkeeping is found by `check` and repaired."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import ingest.fingerprint as fingerprint
import ingest.pipeline
import search.index
from kg.config import Settings
from kg.corpus import ingest_into
from kg.store import open_store
from search.index import SearchIndex
from tests.support import SAMPLES

MAX_BYTES = 10**8


def forbid(*_args, **_kwargs):
    raise AssertionError("must not run for unchanged input")


def ingest_all_but_the_newest(store, index: SearchIndex, folder: Path) -> Path:
    """Ingest every sample but the newest, which is moved to a folder of its own (returned) for
    the test to add later."""
    extra = folder.parent / "extra"
    extra.mkdir()
    newest = sorted(folder.iterdir())[-1]
    shutil.move(newest, extra / newest.name)
    ingest_into(store, index, [folder], MAX_BYTES, workers=0)
    return extra


@pytest.fixture
def corpus(settings: Settings, tmp_path: Path):
    folder = tmp_path / "reports"
    shutil.copytree(SAMPLES, folder)
    store = open_store(settings)
    index = SearchIndex(settings.data_dir, None, say=lambda _m: None)
    yield store, index, folder
    index.close()
    store.close()


def test_unchanged_files_skip_extraction_and_model(corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    store, index, folder = corpus
    first = ingest_into(store, index, [folder], MAX_BYTES, workers=0)
    assert first.ingested == 5
    monkeypatch.setattr(ingest.pipeline, "build_document", forbid)
    monkeypatch.setattr(search.index, "load_encoder", forbid)
    again = ingest_into(store, index, [folder], MAX_BYTES, workers=0)
    assert (again.ingested, again.unchanged, again.failed) == (0, 5, [])
    assert (again.reports, again.paragraphs) == (first.reports, first.paragraphs)


def test_unchanged_files_do_not_open_the_graph(corpus) -> None:
    """The graph server loads its whole snapshot when it starts: unchanged input never needs it,
    and the totals read from the index equal the graph's."""
    store, index, folder = corpus
    first = ingest_into(store, index, [folder], MAX_BYTES, workers=0)
    again = ingest_into(lambda: forbid(), index, [folder], MAX_BYTES, workers=0)
    assert (again.ingested, again.unchanged, again.failed) == (0, 5, [])
    assert (again.reports, again.paragraphs) == (first.reports, first.paragraphs)


def test_new_reading_rules_replace_each_report_in_place(corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    """After an upgrade that changes extraction, unchanged files are read again and each report
    is rewritten under its own id: the graph and the index hold what the new rules make of it."""
    from kg import graph, integrity

    store, index, folder = corpus
    first = ingest_into(store, index, [folder], MAX_BYTES, workers=0)
    ids = sorted(row["id"] for row in store.run("MATCH (r:Report) RETURN r.id AS id"))
    monkeypatch.setattr(fingerprint, "extraction_fingerprint", lambda: "new rules")
    monkeypatch.setattr(graph, "extraction_fingerprint", lambda: "new rules")
    monkeypatch.setattr(search.index, "extraction_fingerprint", lambda: "new rules")
    again = ingest_into(store, index, [folder], MAX_BYTES, workers=0)
    assert (again.ingested, again.unchanged, again.failed) == (5, 0, [])
    assert (again.reports, again.paragraphs) == (first.reports, first.paragraphs)
    rows = store.run("MATCH (r:Report) RETURN r.id AS id, r.extraction AS extraction")
    assert sorted(r["id"] for r in rows) == ids and {r["extraction"] for r in rows} == {"new rules"}
    assert all(index.docstore.has_report(report_id, "new rules") for report_id in ids)
    assert index.docstore.count() == first.paragraphs
    assert integrity.clean(integrity.findings(store, index))
    unchanged = ingest_into(store, index, [folder], MAX_BYTES, workers=0)  # and then it is unchanged again
    assert (unchanged.ingested, unchanged.unchanged) == (0, 5)


def test_an_added_report_is_one_new_segment_and_appended_vectors(corpus) -> None:
    store, index, folder = corpus
    extra = ingest_all_but_the_newest(store, index, folder)
    segments_before = len(index.lexical.segments)
    snapshot = (index.root / "vectors.faiss").stat().st_mtime_ns
    added = ingest_into(store, index, [extra], MAX_BYTES, workers=0)
    assert added.ingested == 1
    fresh = SearchIndex(index.root.parent, None, say=lambda _m: None)
    try:
        assert len(fresh.lexical.segments) == segments_before + 1
        assert (index.root / "vectors.faiss").stat().st_mtime_ns == snapshot, "appended to the log, not rewritten"
        assert fresh.info()["vectors"] == fresh.info()["paragraphs"] == added.paragraphs
        title_word = "司法局"
        assert fresh.search(title_word, 5, mode="lexical").hits
    finally:
        fresh.close()


def test_vectors_lost_after_marking_are_found_and_repaired(corpus) -> None:
    store, index, folder = corpus
    result = ingest_into(store, index, [folder], MAX_BYTES, workers=0)
    # What a kill between "marked embedded" and "vectors saved" left before: bookkeeping ahead of FAISS.
    index.close()
    for path in index.root.glob("vectors.faiss*"):
        path.unlink()
    index = SearchIndex(index.root.parent, None, say=lambda _m: None)
    graph_ids = {r["id"] for r in store.run("MATCH (p:Paragraph) RETURN p.id AS id")}
    report = index.check(graph_ids)
    assert len(report["vectors_missing"]) == result.paragraphs
    index.repair_vectors(report)
    index.sync(progress=False)
    report = index.check(graph_ids)
    assert report["vectors"] == result.paragraphs and not report["vectors_missing"] and not report["unembedded"]
    index.close()


def test_adding_a_report_appends_without_reading_the_stored_vectors(corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot of every vector is read to search, not to add a few: an ingest into a large
    store costs what it adds."""
    import search.vectors

    store, index, folder = corpus
    extra = ingest_all_but_the_newest(store, index, folder)
    index.close()
    later = SearchIndex(index.root.parent, None, say=lambda _m: None)
    try:
        monkeypatch.setattr(search.vectors.faiss, "read_index", forbid)
        added = ingest_into(store, later, [extra], MAX_BYTES, workers=0)
        monkeypatch.undo()
        assert added.ingested == 1 and later.info()["vectors"] == added.paragraphs
    finally:
        later.close()
    fresh = SearchIndex(index.root.parent, None, say=lambda _m: None)
    try:
        ids = fresh.vectors(fresh.encoder(allow_training=False).dim).ids()
        assert len(ids) == len(set(ids.tolist())) == added.paragraphs
        graph_ids = {r["id"] for r in store.run("MATCH (p:Paragraph) RETURN p.id AS id")}
        report = fresh.check(graph_ids)
        assert not report["vectors_missing"] and not report["vectors_orphaned"] and not report["unembedded"]
    finally:
        fresh.close()


def test_a_kill_while_vectors_are_written_leaves_no_duplicate(corpus) -> None:
    """Killed after a batch's vectors are durable but before its paragraphs are marked: the
    next sync encodes them again and replaces, never duplicates, what the log already holds."""
    from search.docstore import IN_FLIGHT

    store, index, folder = corpus
    result = ingest_into(store, index, [folder], MAX_BYTES, workers=0)
    interrupted = index.docstore.embedded_vids()[:7]
    index.docstore.mark_embedded(interrupted, IN_FLIGHT)
    index.close()
    index = SearchIndex(index.root.parent, None, say=lambda _m: None)
    try:
        index.sync(progress=False)
        assert index.docstore.embedded_count() == result.paragraphs
        ids = index.vectors(index.encoder(allow_training=False).dim).ids()
        assert len(ids) == len(set(ids.tolist())) == result.paragraphs
    finally:
        index.close()


def test_the_saved_dictionary_waits_for_enough_new_words(corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    """A report adds a few names: the saved dictionary is not rewritten for them, and a new
    process still knows them (it catches up from the docstore's vocabulary)."""
    import search.tokens

    store, index, folder = corpus
    extra = ingest_all_but_the_newest(store, index, folder)
    saved = search.tokens.dictionary_path(index.docstore.path)
    written = saved.stat().st_mtime_ns
    known_before = set(index.tokenizer.domain_words)
    monkeypatch.setattr(search.index, "DICTIONARY_CATCH_UP_WORDS", 10**6)
    ingest_into(store, index, [extra], MAX_BYTES, workers=0)
    learnt = set(index.tokenizer.domain_words) - known_before
    assert learnt and saved.stat().st_mtime_ns == written
    monkeypatch.setattr(search.tokens, "_PROCESS_TOKENIZERS", {})
    assert learnt <= search.tokens.dictionary_for(index.docstore).domain_words
    monkeypatch.setattr(search.index, "DICTIONARY_CATCH_UP_WORDS", 0)
    monkeypatch.setattr(search.index, "DICTIONARY_CATCH_UP_SHARE", 0.0)
    index.docstore.set_meta("dictionary_seq", "0")
    index.sync(progress=False)
    assert saved.stat().st_mtime_ns != written

"""The docstore's write side: a paragraph's fingerprint hashes its CJK ideographs and nothing else,
so near-identical paragraphs (punctuation, digits, spacing, Latin text) collapse into one hit;
a bulk ingest copies the write-ahead log at its end; the exact index's merge setting."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from search.docstore import DEFAULT_CHECKPOINT_PAGES, IN_FLIGHT, DocStore, ParagraphRow, fingerprint, vector_id
from search.exact import AUTOMERGE


@pytest.mark.parametrize("text", ["", "2023年，全县办理行政复议案件12件。", "ＡＢＣ law 🙂 〇一二 \t\n",
                                  "㐀𠀀一龥\u9fff\u4e00\u3400", "法治政府建设" * 200])
def test_fingerprint_hashes_the_ideographs_alone(text: str) -> None:
    ideographs = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    assert fingerprint(text) == hashlib.sha1(ideographs.encode()).hexdigest()[:16]
    assert fingerprint(f" {text}，1.") == fingerprint(text)


def test_a_rows_vector_id_is_its_paragraph_ids() -> None:
    row = ParagraphRow(id="r1#3", report_id="r1", origin="a.txt", source="a.txt", title=None, region=None,
                       region_code=None, prefecture=None, province=None, year=None, doc_type=None, section="",
                       ord=3, text="法治", tokens=["法治"])
    assert row.vid == vector_id("r1#3") == row.vid



def _long_row(n: int) -> ParagraphRow:
    """A paragraph of ~40 KB, so a few dozen of them fill more than SQLite's 1,000-page log threshold."""
    return ParagraphRow(id=f"r{n}#0", report_id=f"r{n}", origin=f"{n}.txt", source=f"{n}.txt", title=None,
                        region="某县", region_code=None, prefecture=None, province=None, year=2023,
                        doc_type="annual_report", section="", ord=0, text=f"第{n}件" + "办理行政复议案件" * 1600,
                        tokens=["行政复议"], entities=[("AGENCY", "某县司法局"), ("AGENCY", "某县司法局")])


def test_a_bulk_ingest_copies_the_log_into_the_database_at_its_end(tmp_path: Path) -> None:
    """Inside ``bulk_writes`` commits leave their pages in the write-ahead log, past SQLite's default
    threshold (one copy at the end writes a page that many batches changed once); at its end
    everything is in the database and the default threshold is back for other writers."""
    database = tmp_path / "paragraphs.sqlite"
    store = DocStore(database)
    empty = database.stat().st_size
    with store.bulk_writes():
        for n in range(60):
            with store.transaction():
                store.add([_long_row(n)])
        assert database.stat().st_size == empty
        assert (tmp_path / "paragraphs.sqlite-wal").stat().st_size > DEFAULT_CHECKPOINT_PAGES * 4096
    assert database.stat().st_size > DEFAULT_CHECKPOINT_PAGES * 4096
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == DEFAULT_CHECKPOINT_PAGES
    store.close()
    assert sqlite3.connect(database).execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 60


def test_the_fts5_merge_setting_is_written_once(tmp_path: Path) -> None:
    """Both exact-index tables merge at AUTOMERGE segments a level; opening the store again (every
    web worker does) writes nothing."""
    DocStore(tmp_path / "paragraphs.sqlite").close()
    store = DocStore(tmp_path / "paragraphs.sqlite")
    for table in ("paragraphs_trigrams", "paragraphs_bigrams"):
        assert store.db.execute(f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchone()[0] == AUTOMERGE
    assert store.db.total_changes == 0


def test_paragraphs_to_encode_are_read_through_the_index_not_by_walking_the_table(tmp_path: Path) -> None:
    """``unembedded`` yields the paragraphs without a durable vector (never encoded, or cut short
    in flight) in batches, and SQLite finds them through ``p_embedded``: a walk of the whole table
    in vid order cost 9 s per batch at 30,000 reports, on every sync."""
    store = DocStore(tmp_path / "paragraphs.sqlite")
    rows = [_long_row(n) for n in range(9)]
    store.add(rows)
    store.mark_embedded([row.vid for row in rows[:3]])
    store.mark_embedded([row.vid for row in rows[3:5]], IN_FLIGHT)
    executed: list[str] = []
    store.db.set_trace_callback(executed.append)
    batches = list(store.unembedded(batch=2))
    store.db.set_trace_callback(None)
    assert sorted(r["vid"] for batch in batches for r in batch) == sorted(row.vid for row in rows[3:])
    assert all(len(batch) <= 2 for batch in batches)
    assert store.unembedded_count() == 6
    plans = [" ".join(step["detail"] for step in store.db.execute(f"EXPLAIN QUERY PLAN {sql}")) for sql in executed]
    assert plans and all("INDEX p_embedded" in plan for plan in plans), plans

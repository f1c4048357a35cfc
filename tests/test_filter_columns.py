"""Filter columns saved beside the indexes: brought up to date by each sync from what it changed,
equal to reading every row again, and never trusted when the docstore moved on without them."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from ingest.pipeline import ingest
from search.docstore import DocStore, Filters, ParagraphRow
from search.filtering import FilterColumns
from search.index import COLUMNS_STAMP, SearchIndex
from tests.support import SAMPLES
from tests.test_search import MAX_BYTES, build

PLACES = [("始兴县", "韶关市", "广东省"), ("宝应县", "扬州市", "江苏省"), ("海淀区", "北京市", "北京市"),
          ("阜康市", "昌吉回族自治州", "新疆维吾尔自治区")]
TOPICS = ["", "legal_advisers", "review", "review legal_advisers", "enforcement"]


def _rows(rng: random.Random, report: int, count: int) -> list[ParagraphRow]:
    region, prefecture, province = rng.choice(PLACES)
    year, doc_type = rng.choice([2019, 2021, None]), rng.choice(["annual_report", "work_plan"])
    return [ParagraphRow(id=f"r{report}-{i:04d}", report_id=f"r{report}", origin=f"r{report}.txt", source=f"r{report}.txt",
                         title="t", region=region, region_code=None, prefecture=prefecture, province=province,
                         year=year, doc_type=doc_type, section="", ord=i, text=f"第{report}份报告第{i}段",
                         tokens=["报告"], topics=rng.choice(TOPICS).split())
            for i in range(count)]


FILTERS = [Filters(province="广东省"), Filters(region="北京市"), Filters(regions=("始兴县", "阜康市")),
           Filters(year=2021), Filters(years=(2019, 2021)), Filters(doc_type="work_plan"),
           Filters(exclude_region="宝应县"), Filters(topic="legal_advisers"), Filters(province="火星")]


def assert_same(got: FilterColumns, expected: FilterColumns) -> None:
    assert got.vids.tolist() == expected.vids.tolist()
    for filters in FILTERS:
        assert got.select(filters).tolist() == expected.select(filters).tolist(), filters
    every = expected.vids.tolist()
    assert got.fingerprints(every) == expected.fingerprints(every)
    names = ("region", "prefecture", "province", "doc_type", "year", "topics")
    assert got.facets(names, every) == expected.facets(names, every)
    assert got.report_count(expected.vids) == expected.report_count(expected.vids)
    assert got.place_names() == expected.place_names()


def test_updated_columns_equal_a_full_read_and_an_update_can_be_repeated(tmp_path: Path) -> None:
    rng = random.Random(5)
    store = DocStore(tmp_path / "p.sqlite")
    for report in range(12):
        store.add(_rows(rng, report, rng.randint(1, 9)))
    saved = FilterColumns.read(store)
    removed = np.array(store.report_vids("r3") + store.report_vids("r7"), dtype=np.int64)
    store.delete_vids(removed.tolist())
    added = [vid for report in range(12, 16) for vid in [row.vid for row in _rows(random.Random(report), report, 4)]]
    for report in range(12, 16):
        store.add(_rows(random.Random(report), report, 4))
    retopic = store.report_vids("r1")
    store.set_topics([(vid, ["brand_new_topic"]) for vid in retopic])
    changed = np.array(added + retopic, dtype=np.int64)
    once = saved.updated(removed, FilterColumns.read(store, changed.tolist()))
    assert_same(once, FilterColumns.read(store))
    assert once.select(Filters(topic="brand_new_topic")).tolist() == sorted(retopic)
    assert_same(once.updated(removed, FilterColumns.read(store, changed.tolist())), once)

    path = tmp_path / "columns.npz"
    once.save(path, "7")
    assert FilterColumns.saved_stamp(path) == "7"
    assert_same(FilterColumns.load(store, path, "7"), once)
    assert FilterColumns.load(store, path, "8") is None  # the docstore moved on: read it again
    store.close()


def test_place_names_are_those_of_the_paragraphs_left(tmp_path: Path) -> None:
    """A question names places the corpus holds: a place whose reports were all removed is not one
    of them, though its code stays in the updated columns."""
    store = DocStore(tmp_path / "p.sqlite")
    rows = {report: _rows(random.Random(seed), report, 3) for report, seed in ((1, 1), (2, 2))}
    assert rows[1][0].region != rows[2][0].region
    for report_rows in rows.values():
        store.add(report_rows)
    columns = FilterColumns.read(store)
    assert columns.place_names() == {name for row in (rows[1][0], rows[2][0])
                                     for name in (row.region, row.prefecture, row.province)}
    removed = np.array(store.report_vids("r2"), dtype=np.int64)
    store.delete_vids(removed.tolist())
    left = columns.updated(removed, FilterColumns.read(store, []))
    assert left.place_names() == {rows[1][0].region, rows[1][0].prefecture, rows[1][0].province}
    store.close()


def test_each_sync_saves_the_columns_a_new_process_loads(tmp_path: Path) -> None:
    samples = sorted(SAMPLES.iterdir())
    index = build(tmp_path / "data", samples[:3])
    assert index.columns_path.exists() and index.up_to_date()
    report = index.docstore.db.execute("SELECT report_id FROM paragraphs LIMIT 1").fetchone()[0]
    index.remove_report(report)
    ingest(samples[3:], write=index.add_document, max_bytes=MAX_BYTES)
    index.sync(progress=False)
    index.close()

    reader = SearchIndex(tmp_path / "data", None, say=lambda _message: None)
    stamp = reader.docstore.meta(COLUMNS_STAMP)
    loaded = FilterColumns.load(reader.docstore, reader.columns_path, stamp)
    assert loaded is not None
    assert_same(loaded, FilterColumns.read(reader.docstore))
    assert report not in loaded.codes["report"] or not loaded.vids_where("report", report).size

    # A kill after the file was written but before the docstore named it: not trusted, read again.
    reader.docstore.set_meta(COLUMNS_STAMP, "0")
    assert not reader.up_to_date()
    assert_same(reader.columns(), FilterColumns.read(reader.docstore))
    reader.sync(progress=False)
    assert reader.up_to_date() and reader.docstore.meta(COLUMNS_STAMP) != "0"
    reader.close()


def test_columns_changed_in_place_are_read_again_even_after_a_kill(tmp_path: Path) -> None:
    """Topics set by a sync that was killed before saving the columns, and years a repair cleared
    (killed before it asked for a rebuild): each change names its rows in its own transaction, so the
    next sync reads them again; a damaged columns file is read again too, never trusted or fatal."""
    index = build(tmp_path / "data", sorted(SAMPLES.iterdir())[:2])
    vids = [r[0] for r in index.docstore.db.execute("SELECT vid FROM paragraphs ORDER BY vid LIMIT 6")]
    index.docstore.set_topics([(vid, ["topic_of_a_killed_sync"]) for vid in vids[:3]])
    with index.docstore.db:
        index.docstore.db.execute("UPDATE paragraphs SET year = 3000 WHERE vid = ?", (vids[3],))
    assert index.docstore.clear_years_outside(1949, 2100) == 1
    assert not index.up_to_date()
    index.sync(progress=False)
    assert index.up_to_date()
    stamp = index.docstore.meta(COLUMNS_STAMP)
    saved = FilterColumns.load(index.docstore, index.columns_path, stamp)
    assert_same(saved, FilterColumns.read(index.docstore))
    assert saved.select(Filters(topic="topic_of_a_killed_sync")).tolist() == sorted(vids[:3])

    index.columns_path.write_bytes(index.columns_path.read_bytes()[:1000])  # damaged on disk
    assert FilterColumns.saved_stamp(index.columns_path) is None and not index.up_to_date()
    index._columns = None
    assert_same(index.columns(), FilterColumns.read(index.docstore))
    index.sync(progress=False)
    assert index.up_to_date()
    index.close()

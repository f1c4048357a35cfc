"""The exact index's slot layout: counts stay equal to a substring scan through adds, deletes and
slot reuse, another connection's writes are seen, and a store of an earlier layout is re-indexed."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np

from search import exact
from search.exact import ExactIndex, normalize

CHARS = "依法行政治府复议诉讼执法监督公开"


def paragraphs(rng: random.Random, count: int) -> dict[int, str]:
    """Random texts over a small alphabet (so 1–3 character terms are common) keyed by hash-like ids."""
    return {rng.randrange(-2**62, 2**62): "".join(rng.choice(CHARS + "，。") for _ in range(rng.randint(1, 30)))
            for _ in range(count)}


def expected(texts: dict[int, str], term: str) -> list[int]:
    return sorted(vid for vid, text in texts.items() if normalize(term) in normalize(text))


def check(index: ExactIndex, texts: dict[int, str], rng: random.Random) -> None:
    universe = np.array(sorted(texts), dtype=np.int64)
    some = np.array(sorted(rng.sample(sorted(texts), max(1, len(texts) // 3))), dtype=np.int64)
    for size in (1, 1, 2, 2, 3, 4):
        a, b = ("".join(rng.choice(CHARS) for _ in range(size)) for _ in range(2))
        assert index.containing(a).tolist() == expected(texts, a), a
        assert index.matching([[a]], [b], universe).tolist() == \
            sorted(set(expected(texts, a)) - set(expected(texts, b))), (a, b)
        assert index.matching([[a, b]], [], some).tolist() == \
            sorted((set(expected(texts, a)) | set(expected(texts, b))) & set(some.tolist())), (a, b)


def table(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS paragraphs (vid INTEGER PRIMARY KEY, text TEXT)")


def test_counts_follow_adds_deletes_and_reused_slots() -> None:
    rng = random.Random(5)
    db = sqlite3.connect(":memory:")
    index = ExactIndex(db)
    texts = paragraphs(rng, 300)
    index.add_rows(texts.items())
    check(index, texts, rng)
    newest = max(texts, key=lambda vid: db.execute("SELECT slot FROM exact_slots WHERE vid = ?", (vid,)).fetchone()[0])
    gone = [newest, *rng.sample(sorted(texts), 60)]  # the last slot too: the next add reuses it
    index.delete_rows([(vid, texts.pop(vid)) for vid in dict.fromkeys(gone)])
    check(index, texts, rng)
    more = paragraphs(rng, 100)
    index.add_rows(more.items())
    texts.update(more)
    check(index, texts, rng)
    assert db.execute("SELECT count(*) FROM exact_slots").fetchone()[0] == len(texts)


def test_another_connections_writes_are_seen(tmp_path: Path) -> None:
    rng = random.Random(8)
    reader_db, writer_db = (sqlite3.connect(tmp_path / "store.sqlite") for _ in range(2))
    reader, writer = ExactIndex(reader_db), ExactIndex(writer_db)
    texts = paragraphs(rng, 50)
    with writer_db:
        writer.add_rows(texts.items())
    check(reader, texts, rng)
    more = paragraphs(rng, 50)
    with writer_db:
        writer.add_rows(more.items())
    texts.update(more)
    check(reader, texts, rng)


def test_backfill_reindexes_a_store_of_the_earlier_layout() -> None:
    """Version 2 keyed the FTS rows by vector id and had no slot table; backfill builds the current one."""
    rng = random.Random(9)
    db = sqlite3.connect(":memory:")
    table(db)
    texts = paragraphs(rng, 80)
    db.executemany("INSERT INTO paragraphs (vid, text) VALUES (?, ?)", texts.items())
    db.executescript("CREATE VIRTUAL TABLE paragraphs_bigrams USING fts5(grams, content='', prefix='1');")
    db.executemany("INSERT INTO paragraphs_bigrams(rowid, grams) VALUES (?, ?)",
                   ((vid, exact.bigrams(normalize(text))) for vid, text in texts.items()))
    index = ExactIndex(db)
    index.backfill()
    check(index, texts, rng)
    assert exact.VERSION != "2"

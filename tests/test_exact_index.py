"""The exact index's layout (slots, bitmaps of sealed chunks): counts stay equal to a substring scan
through adds, deletes and sealing, another connection's writes are seen, an older layout is re-indexed."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np

from search import exact
from search.exact import ExactIndex, normalize

CHARS = "依法行政治府复议诉讼执法监督公开a7"  # letters and digits are indexed too


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


def add(index: ExactIndex, texts: dict[int, str]) -> None:
    """Store the paragraphs, then index them (sealing reads the texts of a full chunk back)."""
    table(index.db)
    index.db.executemany("INSERT INTO paragraphs (vid, text) VALUES (?, ?)", texts.items())
    index.add_rows(texts.items())


def delete(index: ExactIndex, texts: dict[int, str], vids: list[int]) -> None:
    index.delete_rows([(vid, texts[vid]) for vid in vids])
    index.db.executemany("DELETE FROM paragraphs WHERE vid = ?", [(vid,) for vid in vids])
    for vid in vids:
        del texts[vid]


def test_counts_follow_adds_deletes_and_sealed_chunks() -> None:
    rng = random.Random(5)
    db = sqlite3.connect(":memory:")
    index = ExactIndex(db, chunk=64)
    texts = paragraphs(rng, 300)
    add(index, texts)
    assert index.dense.sealed() == 301 // 64
    assert db.execute("SELECT count(DISTINCT term) FROM exact_bits").fetchone()[0] > len(CHARS)  # chars and pairs
    check(index, texts, rng)
    newest = max(texts, key=lambda vid: db.execute("SELECT slot FROM exact_slots WHERE vid = ?", (vid,)).fetchone()[0])
    delete(index, texts, list(dict.fromkeys([newest, *rng.sample(sorted(texts), 60)])))  # sealed and open chunks
    check(index, texts, rng)
    more = paragraphs(rng, 100)
    add(index, more)
    texts.update(more)
    assert index.dense.sealed() == 401 // 64  # the deleted newest slot is not used again
    check(index, texts, rng)
    assert db.execute("SELECT count(*) FROM exact_slots").fetchone()[0] == len(texts)


def test_another_connections_writes_are_seen(tmp_path: Path) -> None:
    rng = random.Random(8)
    reader_db, writer_db = (sqlite3.connect(tmp_path / "store.sqlite") for _ in range(2))
    reader, writer = ExactIndex(reader_db, chunk=32), ExactIndex(writer_db, chunk=32)
    texts = paragraphs(rng, 50)
    with writer_db:
        add(writer, texts)
    check(reader, texts, rng)
    more = paragraphs(rng, 50)
    with writer_db:
        add(writer, more)
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
    index = ExactIndex(db, chunk=16)
    index.backfill()
    assert index.dense.sealed() == 80 // 16  # slots start at 1: the last chunk is not full
    check(index, texts, rng)
    assert exact.VERSION not in ("2", "3")

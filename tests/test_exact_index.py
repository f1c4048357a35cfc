"""The exact index's layout (slots, bitmaps of sealed chunks): counts stay equal to a substring scan
through adds, deletes and sealing, another connection's writes are seen, an older layout is re-indexed,
a store of the previous version only resealed."""

from __future__ import annotations

import random
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from search import exact
from search.dense import common_terms
from search.exact import ExactIndex, normalize

CHARS = "依法行政治府复议诉讼执法监督公开a7"  # letters and digits are indexed too
# Words that make terms of 3–6 characters common, overlapping so that longer ones are rarer.
WORDS = ["依法行政", "行政复议", "法治政府建设", "行政执法监督", "政务公开", "复议"]


def paragraphs(rng: random.Random, count: int) -> dict[int, str]:
    """Random texts over a small alphabet (so 1–3 character terms are common) keyed by hash-like ids."""
    return {rng.randrange(-2**62, 2**62): "".join(rng.choice(CHARS + "，。") for _ in range(rng.randint(1, 30)))
            for _ in range(count)}


def worded(rng: random.Random, count: int) -> dict[int, str]:
    """Random texts of words and single characters: common terms of every length up to six and beyond."""
    pieces = WORDS + list(CHARS + "，。")
    return {rng.randrange(-2**62, 2**62): "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
            for _ in range(count)}


def expected(texts: dict[int, str], term: str) -> list[int]:
    return sorted(vid for vid, text in texts.items() if normalize(term) in normalize(text))


def drawn(texts: dict[int, str], rng: random.Random, size: int) -> str:
    """A substring of ``size`` characters of one of the normalized texts (or the whole, if shorter)."""
    norm = ""
    while not norm:  # a text of punctuation only normalizes to nothing
        norm = normalize(rng.choice(sorted(texts.values())))
    start = rng.randrange(0, max(1, len(norm) - size + 1))
    return norm[start:start + size]


def check(index: ExactIndex, texts: dict[int, str], rng: random.Random, sizes: tuple[int, ...] = (1, 1, 2, 2, 3, 4),
          pick=None) -> None:
    universe = np.array(sorted(texts), dtype=np.int64)
    some = np.array(sorted(rng.sample(sorted(texts), max(1, len(texts) // 3))), dtype=np.int64)
    pick = pick or (lambda size: "".join(rng.choice(CHARS) for _ in range(size)))
    for size in sizes:
        a, b = pick(size), pick(size)
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


def indexed(seed: int, chunk: int, make: Callable[[random.Random, int], dict[int, str]],
            count: int) -> tuple[random.Random, sqlite3.Connection, ExactIndex, dict[int, str]]:
    """A fresh in-memory index of ``count`` paragraphs that ``make`` draws, and the random source
    the test goes on with."""
    rng = random.Random(seed)
    db = sqlite3.connect(":memory:")
    index = ExactIndex(db, chunk=chunk)
    texts = make(rng, count)
    add(index, texts)
    return rng, db, index, texts


def delete(index: ExactIndex, texts: dict[int, str], vids: list[int]) -> None:
    index.delete_rows([(vid, texts[vid]) for vid in vids])
    index.db.executemany("DELETE FROM paragraphs WHERE vid = ?", [(vid,) for vid in vids])
    for vid in vids:
        del texts[vid]


def test_counts_follow_adds_deletes_and_sealed_chunks() -> None:
    rng, db, index, texts = indexed(5, 64, paragraphs, 300)
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


def test_common_terms_are_every_substring_in_enough_paragraphs() -> None:
    """The level-by-level search finds exactly the substrings a brute-force count says are common."""
    rng = random.Random(3)
    norms = [normalize(text) for text in worded(rng, 200).values()]
    offsets = sorted(rng.sample(range(256), len(norms)))
    found = {term: places.tolist() for term, places in common_terms(offsets, norms, 12, 256)}
    places: dict[str, set[int]] = {}
    for offset, norm in zip(offsets, norms):
        for start in range(len(norm)):
            for end in range(start + 1, len(norm) + 1):
                places.setdefault(norm[start:end], set()).add(offset)
    assert found == {term: sorted(where) for term, where in places.items() if len(where) >= 12}
    assert max(map(len, found)) >= 6


def test_long_common_terms_come_from_bitmaps_and_stay_exact_through_deletes() -> None:
    rng, db, index, texts = indexed(11, 64, worded, 300)
    long_terms = {term for (term,) in db.execute("SELECT DISTINCT term FROM exact_bits WHERE length(term) >= 4")}
    assert {"依法行政", "法治政府建设"} <= long_terms
    for term in long_terms:
        assert index.containing(term).tolist() == expected(texts, term), term
    pick = lambda size: drawn(texts, rng, size)  # noqa: E731 - terms that occur, rare and common
    check(index, texts, rng, (3, 4, 5, 6, 8), pick)
    delete(index, texts, rng.sample(sorted(texts), 80))  # in sealed chunks: their bits stay, their slots go
    for term in long_terms:
        assert index.containing(term).tolist() == expected(texts, term), term
    check(index, texts, rng, (3, 4, 5, 6, 8), pick)


def test_a_store_of_the_previous_version_is_resealed_not_reindexed() -> None:
    """Version 4 had bitmaps of 1–2 character terms only; backfill rebuilds the bitmaps, keeps the slots."""
    rng, db, index, texts = indexed(12, 32, worded, 200)
    delete(index, texts, rng.sample(sorted(texts), 30))  # slots with gaps: a re-index would close them
    db.execute("DELETE FROM exact_bits WHERE length(term) > 2")
    slots = db.execute("SELECT slot, vid FROM exact_slots ORDER BY slot").fetchall()
    index.backfill()
    assert db.execute("SELECT slot, vid FROM exact_slots ORDER BY slot").fetchall() == slots
    assert db.execute("SELECT count(*) FROM exact_bits WHERE length(term) > 2").fetchone()[0] > 0
    assert index.dense.sealed() == 201 // 32
    check(index, texts, rng, (1, 2, 3, 4, 6), lambda size: drawn(texts, rng, size))


def _transaction(db: sqlite3.Connection):
    """What the docstore hands ``sealing_in_background``: one transaction on the index's connection."""
    return lambda: db


def test_chunks_sealed_in_the_background_answer_as_sealed_in_line() -> None:
    rng = random.Random(12)
    db = sqlite3.connect(":memory:", check_same_thread=False)
    index = ExactIndex(db, chunk=32)
    texts: dict[int, str] = {}
    with index.sealing_in_background(_transaction(db)):
        for _ in range(6):  # batches as an ingest writes them, each in its transaction
            batch = paragraphs(rng, 30)
            with db:
                add(index, batch)
            texts.update(batch)
    assert index.dense.sealed() == 181 // 32 and not index._sealing
    check(index, texts, rng)
    _, _, in_line, _ = indexed(12, 32, lambda _rng, _count: dict(texts), 0)
    assert db.execute("SELECT term, chunk, bits FROM exact_bits ORDER BY term, chunk").fetchall() == \
        in_line.db.execute("SELECT term, chunk, bits FROM exact_bits ORDER BY term, chunk").fetchall()


def test_a_background_seal_of_rows_rolled_back_is_dropped_and_the_chunk_sealed_anew() -> None:
    """A seal is computed from rows of a transaction still open; if it rolls back, their slots go to
    other paragraphs, and the bitmaps of the first ones must never be written."""
    rng = random.Random(13)
    db = sqlite3.connect(":memory:", check_same_thread=False)
    index = ExactIndex(db, chunk=32)
    rolled_back = threading.Event()
    compute = index.dense.bitmaps
    index.dense.bitmaps = lambda *args: (rolled_back.wait(), compute(*args))[1]  # finishes after the rollback
    texts = paragraphs(rng, 20)
    with index.sealing_in_background(_transaction(db)):
        with db:
            add(index, texts)
        doomed = paragraphs(rng, 30)
        with pytest.raises(RuntimeError), db:
            add(index, dict(list(doomed.items())[:15]))
            add(index, dict(list(doomed.items())[15:]))  # fills chunk 0: its seal starts
            assert index._sealing
            raise RuntimeError("the batch's graph write failed")
        rolled_back.set()
        kept = paragraphs(rng, 30)
        with db:
            add(index, kept)
        texts.update(kept)
    assert index.dense.sealed() == 51 // 32
    check(index, texts, rng)

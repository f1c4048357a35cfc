"""Bitmaps of the terms common in a sealed chunk of slots (in 1/16 of its paragraphs or more), of any length.

Why: a common character (法 is in ~93% of paragraphs) has a million-entry doclist at a
million paragraphs; handing its ids out of FTS5 one row at a time costs ~0.2 s (3.3 ms for
19k ids measured, times 50) however the index is laid out. Common words of 3+ characters
cost the same in the trigram table: 行政执法 is in ~30% of the paragraphs of a report
corpus, and FTS5 reads three trigram doclists of that size and their positions to find it.
Slots (search/exact.py) are dense and never reused, so once a chunk of ``CHUNK`` slots is
full its set of paragraphs only shrinks: every term in at least ``DENSE`` of its paragraphs
gets an 8 KiB bitmap there, read in one row, exact for that term. Everything else (rare
terms, the chunk still filling) stays in FTS5, which is fast for short doclists. A deleted
paragraph's bits are left as they are: its slot leaves the slot map and is never used again,
so they are never read (and a delete costs no bitmap writes).

The common terms are found level by level (apriori): a term is in at least as many
paragraphs as each of its substrings, so a common term of n characters is a common term of
n−1 characters followed by a character where the n−1 characters from the second one are
also common. Each level only looks at the positions where the previous one matched, which
shrink fast (about 900 terms in all, the longest 13 characters, on the sample sentences).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

import numpy as np

CHUNK = 1 << 16  # slots per chunk: a bitmap is CHUNK / 8 bytes
DENSE = CHUNK // 16  # paragraphs of a chunk that make a term worth a bitmap there
_BITS = 21  # bits of a Unicode code point

SCHEMA = """
CREATE TABLE IF NOT EXISTS exact_bits (
    term TEXT NOT NULL, chunk INTEGER NOT NULL, bits BLOB NOT NULL, PRIMARY KEY (term, chunk)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS exact_sealed (chunk INTEGER PRIMARY KEY);
"""
DROP = "DROP TABLE IF EXISTS exact_bits; DROP TABLE IF EXISTS exact_sealed;"


def common_terms(offsets: list[int], norms: list[str], dense: int, size: int) -> Iterator[tuple[str, np.ndarray]]:
    """(term, sorted offsets of the paragraphs containing it) for every term in ``dense`` paragraphs or more.

    ``offsets`` are the paragraphs' places in the chunk (0 ≤ offset < ``size``), ``norms`` their
    normalized texts. A term of a level is a key: (index of its first n−1 characters among the
    previous level's common terms) << 21 | its last code point.
    Why numpy: a chunk holds 65,536 paragraphs of a few hundred characters; Python sets of
    their substrings take a minute, these arrays seconds.
    """
    codes = np.frombuffer("".join(norms).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    lengths = np.fromiter((len(n) for n in norms), dtype=np.int64, count=len(norms))
    owner = np.repeat(np.asarray(offsets, dtype=np.int64), lengths)
    end = np.repeat(np.cumsum(lengths), lengths)  # where each character's paragraph ends
    positions, keys, names, length = np.arange(len(codes)), codes, [""], 1
    while len(positions):
        # One entry per (term, paragraph), sorted by term: each term's paragraphs are one run.
        pairs = np.unique(keys * size + owner[positions])
        terms, starts, counts = np.unique(pairs // size, return_index=True, return_counts=True)
        common = counts >= dense
        names = [names[key >> _BITS] + chr(key & ((1 << _BITS) - 1)) for key in terms[common].tolist()]
        for name, start, count in zip(names, starts[common], counts[common]):
            yield name, pairs[start:start + count] % size
        index = np.searchsorted(terms[common], keys)
        found = index < len(names)
        found[found] = terms[common][index[found]] == keys[found]
        ids = np.full(len(codes), -1, dtype=np.int64)
        ids[positions[found]] = index[found]
        following = positions[found]
        following = following[following + length < end[following]]  # the longer term stays in its paragraph
        following = following[ids[following + 1] >= 0]  # and its last n−1 characters are common too
        positions, keys, length = following, ids[following] << _BITS | codes[following + length], length + 1


class DenseBits:
    """The ``exact_bits`` table of ``db``: which slots of a sealed chunk contain a common term."""

    def __init__(self, db: sqlite3.Connection, chunk: int = CHUNK) -> None:
        self.db = db
        self.chunk = chunk
        self.dense = chunk // (CHUNK // DENSE)
        db.executescript(SCHEMA)

    def sealed(self) -> int:
        """How many chunks, from the first, have their bitmaps."""
        return self.db.execute("SELECT count(*) FROM exact_sealed").fetchone()[0]

    def seal(self, chunk: int, rows: Iterable[tuple[int, str]]) -> None:
        """Write the bitmaps of full chunk ``chunk`` from its (slot, normalized text) rows."""
        self.write(chunk, self.bitmaps(chunk, rows))

    def bitmaps(self, chunk: int, rows: Iterable[tuple[int, str]]) -> list[tuple[str, int, bytes]]:
        """The (term, chunk, bitmap) records of full chunk ``chunk``; reads no table, so it may run on
        another thread (seconds of numpy for a chunk, which releases the GIL while it sorts)."""
        rows = list(rows)
        records = []
        for term, offsets in common_terms([slot - chunk * self.chunk for slot, _ in rows],
                                          [norm for _, norm in rows], self.dense, self.chunk):
            bits = np.zeros(self.chunk, dtype=bool)
            bits[offsets] = True
            records.append((term, chunk, np.packbits(bits).tobytes()))
        return records

    def write(self, chunk: int, records: list[tuple[str, int, bytes]]) -> None:
        """Store a chunk's bitmaps and mark it sealed (in the caller's transaction)."""
        self.db.executemany("INSERT INTO exact_bits (term, chunk, bits) VALUES (?, ?, ?)", records)
        self.db.execute("INSERT INTO exact_sealed (chunk) VALUES (?)", (chunk,))

    def fill(self, term: str, hits: np.ndarray) -> set[int]:
        """Set ``hits[slot]`` for the slots of every chunk where ``term`` has a bitmap; return those chunks.

        Slots past the end of ``hits`` (added after its caller's slot map was read) are left out.
        """
        chunks = set()
        for chunk, blob in self.db.execute("SELECT chunk, bits FROM exact_bits WHERE term = ?", (term,)):
            part = hits[chunk * self.chunk:(chunk + 1) * self.chunk]
            part |= np.unpackbits(np.frombuffer(blob, dtype=np.uint8), count=len(part)).view(bool)
            chunks.add(chunk)
        return chunks


def uncovered(chunks: set[int], size: int) -> list[tuple[int, int | None]]:
    """Slot ranges [start, end) (end None: open) outside ``chunks``: where FTS5 must still be asked.

    A sealed chunk without a bitmap for the term is asked too: the term is rare there.
    """
    ranges: list[tuple[int, int | None]] = []
    start = 0
    for chunk in sorted(chunks):
        if chunk * size > start:
            ranges.append((start, chunk * size))
        start = (chunk + 1) * size
    ranges.append((start, None))
    return ranges

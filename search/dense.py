"""Bitmaps of the 1–2 character terms common in a sealed chunk of slots (in 1/16 of its paragraphs or more).

Why: a common character (法 is in ~93% of paragraphs) has a million-entry doclist at a
million paragraphs; handing its ids out of FTS5 one row at a time costs ~0.2 s (3.3 ms for
19k ids measured, times 50) however the index is laid out. Slots (search/exact.py) are
dense and never reused, so once a chunk of ``CHUNK`` slots is full its set of paragraphs
only shrinks: the terms in at least ``DENSE`` of its paragraphs get an 8 KiB bitmap there,
read in one row and unpacked in microseconds. Everything else (rare terms, the chunk still
filling) stays in FTS5, which is fast for short doclists; a deleted paragraph's bits are
cleared in the same transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import numpy as np

CHUNK = 1 << 16  # slots per chunk: a bitmap is CHUNK / 8 bytes
DENSE = CHUNK // 16  # paragraphs of a chunk that make a term worth a bitmap there
_BITS = 21  # bits of a Unicode code point

SCHEMA = """
CREATE TABLE IF NOT EXISTS exact_bits (
    term TEXT NOT NULL, chunk INTEGER NOT NULL, bits BLOB NOT NULL, PRIMARY KEY (term, chunk)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS exact_sealed (chunk INTEGER PRIMARY KEY);
"""


def short_terms(norm: str) -> set[str]:
    """Every 1- and 2-character substring of a normalized text."""
    return set(norm) | {norm[i:i + 2] for i in range(len(norm) - 1)}


def _term_keys(offsets: list[int], norms: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(offset, key) of every 1–2 character substring: key = code point, or both code points for a pair.

    Why numpy: a chunk holds 65,536 paragraphs of a few hundred characters; Python sets of
    their substrings take a minute, these arrays a second.
    """
    codes = np.frombuffer("".join(norms).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    lengths = np.fromiter((len(n) for n in norms), dtype=np.int64, count=len(norms))
    owner = np.repeat(np.asarray(offsets, dtype=np.int64), lengths)
    same = owner[:-1] == owner[1:]  # a pair never spans two paragraphs
    pairs = ((codes[:-1] + 1) << _BITS | codes[1:])[same]
    return np.concatenate([owner, owner[:-1][same]]), np.concatenate([codes, pairs])


def _term(key: int) -> str:
    """The 1–2 character term of a key made by ``_term_keys``."""
    first, second = divmod(key, 1 << _BITS)
    return chr(second) if first == 0 else chr(first - 1) + chr(second)


class DenseBits:
    """The ``exact_bits`` table of ``db``: which slots of a sealed chunk contain a common short term."""

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
        rows = list(rows)
        offsets, keys = _term_keys([slot - chunk * self.chunk for slot, _ in rows], [norm for _, norm in rows])
        # One entry per (term, paragraph), sorted by term: each term's paragraphs are one run.
        pairs = np.unique(keys * self.chunk + offsets)
        terms, starts, counts = np.unique(pairs // self.chunk, return_index=True, return_counts=True)
        dense = counts >= self.dense
        records = []
        for key, start, count in zip(terms[dense], starts[dense], counts[dense]):
            bits = np.zeros(self.chunk, dtype=bool)
            bits[pairs[start:start + count] % self.chunk] = True
            records.append((_term(int(key)), chunk, np.packbits(bits).tobytes()))
        self.db.executemany("INSERT INTO exact_bits (term, chunk, bits) VALUES (?, ?, ?)", records)
        self.db.execute("INSERT INTO exact_sealed (chunk) VALUES (?)", (chunk,))

    def clear(self, rows: Iterable[tuple[int, str]]) -> None:
        """Drop deleted (slot, normalized text) rows from the bitmaps of their chunks: one write per bitmap."""
        offsets: dict[tuple[str, int], list[int]] = {}
        for slot, norm in rows:
            chunk, offset = divmod(slot, self.chunk)
            for term in short_terms(norm):
                offsets.setdefault((term, chunk), []).append(offset)
        for (term, chunk), gone in offsets.items():
            row = self.db.execute("SELECT bits FROM exact_bits WHERE term = ? AND chunk = ?", (term, chunk)).fetchone()
            if row is not None:
                bits = np.unpackbits(np.frombuffer(row[0], dtype=np.uint8))
                bits[gone] = 0
                self.db.execute("UPDATE exact_bits SET bits = ? WHERE term = ? AND chunk = ?",
                                (np.packbits(bits).tobytes(), term, chunk))

    def slots(self, term: str) -> tuple[np.ndarray, set[int]]:
        """(slots of the chunks where ``term`` has a bitmap that contain it, those chunks)."""
        parts, chunks = [], set()
        for chunk, blob in self.db.execute("SELECT chunk, bits FROM exact_bits WHERE term = ?", (term,)):
            parts.append(np.flatnonzero(np.unpackbits(np.frombuffer(blob, dtype=np.uint8))) + chunk * self.chunk)
            chunks.add(chunk)
        return (np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)), chunks


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

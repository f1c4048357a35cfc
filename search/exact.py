"""Exact substring lookup over every paragraph: SQLite FTS5 indexes beside the docstore.

Why: "N 段 / M 份报告 包含 X" must be a count over the whole corpus, not over the top-k
of a ranking, and fast at a million paragraphs. Chinese has no spaces, so both indexes
work on characters, not words:

Both index the paragraph *normalized*: letters and digits only, lower-cased, so a term
matches however the report punctuates it (行政执法“三项制度”, 双随机、一公开 = 双随机一公开).

- ``paragraphs_trigrams``: contentless FTS5 with the ``trigram`` tokenizer; it answers
  any term of 3+ characters.
- ``paragraphs_bigrams``: contentless FTS5 of overlapping character pairs (plus the last
  character alone), with a 1-character prefix index; trigram cannot match 1–2 character
  terms (复议, 法), this table can: a 2-character term is one token, a 1-character term
  the prefix of one.

Rows of both tables are keyed by a *slot* (``exact_slots``: 1, 2, 3… in the order
paragraphs were indexed), not by the paragraph's vector id. Vector ids are 64-bit hashes:
as FTS5 rowids their deltas take ~9 bytes each in every doclist, inserts land all over
the rowid space, and a common character's ~1M matching ids cost 19 digits each to hand
back. With dense slots the 20k-paragraph bigram index is 2.7× smaller, an insert a third
cheaper and reading the ids of 法 three times faster (docs/search.md, "Speed"). The
slot → vector id map is held in memory as arrays and reloaded only when the tables change.
Slots are never reused, so a full chunk of them is sealed: the terms of any length common
in it are answered from bitmaps (search/dense.py), FTS5 answers the rest.

The normalized text is computed in Python, so the docstore writes and deletes the rows
itself (``add_rows``/``delete_rows``, in the same transaction as the paragraph).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

import numpy as np

from search.dense import CHUNK, DROP, DenseBits, uncovered

SCHEMA = """
CREATE TABLE IF NOT EXISTS exact_slots (slot INTEGER PRIMARY KEY AUTOINCREMENT, vid INTEGER NOT NULL UNIQUE);
CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_trigrams USING fts5(
    norm, content='', tokenize='trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_bigrams USING fts5(
    grams, content='', prefix='1', tokenize='unicode61 remove_diacritics 0');
"""
# Tables and triggers of earlier versions, dropped before the current ones are built.
OBSOLETE = """
DROP TRIGGER IF EXISTS paragraphs_fts_insert;
DROP TRIGGER IF EXISTS paragraphs_fts_delete;
DROP TABLE IF EXISTS paragraphs_fts;
DROP TABLE IF EXISTS paragraphs_trigrams;
DROP TABLE IF EXISTS paragraphs_bigrams;
DROP TABLE IF EXISTS exact_slots;
""" + DROP
# Recorded in the docstore's meta once existing rows are indexed. 5: bitmaps of common terms of
# every length, not only 1–2 characters (a store of version 3 or 4 is resealed, not re-indexed).
VERSION = "5"
# FTS5 merges one level's segments into the next once this many exist (its default: 4). Every
# ingest batch commits a new segment to both tables, and at 4 the same postings were rewritten
# about twice as often: 16 cut the CPU of a 260-paragraph batch's writes from 220 to 155 ms at
# 100k paragraphs (the docstore's writes alone, docs/scaling.md). A term then reads at most 15
# segments a level, a few microseconds each.
AUTOMERGE = 16
_NOT_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """Lower-case letters and digits only: 行政执法“三项制度” and 行政执法三项制度 read the same."""
    return _NOT_WORD.sub("", text).lower()


def bigrams(norm: str) -> str:
    """Space-joined overlapping character pairs of a normalized text, ending with its last character."""
    return " ".join(norm[i:i + 2] for i in range(len(norm)))


def fts_string(term: str) -> str:
    """``term`` as one FTS5 string literal (the whole MATCH expression is still a bound parameter)."""
    return '"' + term.replace('"', '""') + '"'


def _integers(joined: str | None) -> np.ndarray:
    """A comma-joined list of integers (SQLite's group_concat) as an array; parsed in C, not per row."""
    return np.fromstring(joined, dtype=np.int64, sep=",") if joined else np.empty(0, dtype=np.int64)


@dataclass(frozen=True)
class SlotMap:
    """Every indexed paragraph: ``vids`` sorted, ``slots`` the slot of each, ``size`` one past the last slot."""

    vids: np.ndarray
    slots: np.ndarray
    size: int


class ExactIndex:
    """Which paragraphs contain a term, answered from the FTS5 tables and bitmaps of ``db``."""

    def __init__(self, db: sqlite3.Connection, chunk: int = CHUNK) -> None:
        self.db = db
        self._create()
        self.dense = DenseBits(db, chunk)
        self._map: SlotMap | None = None
        self._map_key: tuple[int, int] | None = None
        self._writes = 0
        # Chunks being sealed on a background thread (bulk ingests): the future of their bitmaps, and
        # the slot → vid map they were computed from.
        self._background: ThreadPoolExecutor | None = None
        self._sealing: dict[int, tuple[Future[list[tuple[str, int, bytes]]], dict[int, int]]] = {}

    def _create(self) -> None:
        """The tables, with FTS5's merge setting (kept in each table; written only when it differs)."""
        self.db.executescript(SCHEMA)
        for table in ("paragraphs_trigrams", "paragraphs_bigrams"):
            row = self.db.execute(f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchone()
            if row is None or row[0] != AUTOMERGE:
                with self.db:
                    self.db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)", (AUTOMERGE,))

    def backfill(self) -> None:
        """Bring the index of an older store up to date, once.

        A store whose slot table holds every paragraph (versions 3 and 4: the FTS5 tables are
        keyed by slot as now, the two are written in one transaction) only gets its bitmaps
        anew, a minute for a million paragraphs; anything older is indexed anew, about an hour.
        """
        paragraphs, slots = self.db.execute(
            "SELECT (SELECT count(*) FROM paragraphs), (SELECT count(*) FROM exact_slots)").fetchone()
        if paragraphs and paragraphs == slots:
            self.db.executescript(DROP)
            self.dense = DenseBits(self.db, self.dense.chunk)
            with self.db:
                self._seal_full()
            return
        self.db.executescript(OBSOLETE)
        self._create()
        self.dense = DenseBits(self.db, self.dense.chunk)
        with self.db:
            self.add_rows(self.db.execute("SELECT vid, text FROM paragraphs ORDER BY vid").fetchall())

    def add_rows(self, rows: Iterable[tuple[int, str]]) -> None:
        """Index new paragraphs ((vid, text) pairs), each in the next slot never used; seal chunks filled."""
        rows = list(rows)
        if not rows:
            return
        self._writes += 1
        first = self._last_slot() + 1
        slots = range(first, first + len(rows))
        self.db.executemany("INSERT INTO exact_slots (slot, vid) VALUES (?, ?)",
                            zip(slots, (vid for vid, _ in rows)))
        norms = [(slot, normalize(text)) for slot, (_, text) in zip(slots, rows)]
        self.db.executemany("INSERT INTO paragraphs_trigrams(rowid, norm) VALUES (?, ?)", norms)
        self.db.executemany("INSERT INTO paragraphs_bigrams(rowid, grams) VALUES (?, ?)",
                            ((slot, bigrams(norm)) for slot, norm in norms))
        self._seal_full()

    @contextmanager
    def sealing_in_background(self, transaction: Callable[[], AbstractContextManager[None]]) -> Iterator[None]:
        """Within it (a bulk ingest), a chunk that fills is sealed on a thread while the writes go on;
        at its end the seals still under way are waited for and written in ``transaction()``.

        Why: sealing a chunk of 65,536 paragraphs takes 10-20 s, and done in line it stopped the
        ingest's writer, so the extraction workers waited too (at 10,000-30,000 reports, most of a
        sampled minute). A chunk not sealed yet is answered by FTS5, as while it was filling; a
        kill before a seal is written leaves the chunk to be sealed by the next write.
        """
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-seal")
        try:
            yield
        finally:
            background, self._background = self._background, None
            try:
                with transaction():
                    self._seal_full()
            finally:
                background.shutdown(wait=True)

    def _last_slot(self) -> int:
        """The last slot ever used (0: none), deleted or not."""
        return self.db.execute("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'exact_slots'), 0)"
                               ).fetchone()[0]

    def _seal_full(self) -> None:
        """Seal every chunk whose last slot has been used and that has no bitmaps yet: here, or on
        the background thread (``sealing_in_background``), whose finished seals are written first."""
        self._write_background_seals()
        size = self.dense.chunk
        for chunk in range(self.dense.sealed(), (self._last_slot() + 1) // size):
            if chunk in self._sealing:
                continue
            rows = self.db.execute("SELECT s.slot, s.vid, p.text FROM exact_slots s JOIN paragraphs p ON p.vid = s.vid "
                                   "WHERE s.slot >= ? AND s.slot < ?", (chunk * size, (chunk + 1) * size)).fetchall()
            normalized = ((slot, normalize(text)) for slot, _, text in rows)  # consumed where the seal is computed
            if self._background is None:
                self.dense.seal(chunk, normalized)
            else:
                self._sealing[chunk] = (self._background.submit(self.dense.bitmaps, chunk, normalized),
                                        {slot: vid for slot, vid, _ in rows})

    def _write_background_seals(self) -> None:
        """Write the background seals that are done, in chunk order (``sealed()`` counts from the first).

        With no background thread any more (its end), every seal under way is waited for. A seal
        is written only if its chunk still holds the paragraphs it was computed from (fewer, if
        some were deleted since): they were read in a transaction that may yet have been rolled
        back, freeing their slots for other paragraphs. Else it is dropped and the chunk sealed anew.
        """
        size = self.dense.chunk
        for chunk in sorted(self._sealing):
            future, slots = self._sealing[chunk]
            if self._background is not None and not future.done():
                return
            del self._sealing[chunk]
            records = future.result()
            now = self.db.execute("SELECT slot, vid FROM exact_slots WHERE slot >= ? AND slot < ?",
                                  (chunk * size, (chunk + 1) * size)).fetchall()
            if chunk == self.dense.sealed() and all(slots.get(slot) == vid for slot, vid in now):
                self.dense.write(chunk, records)

    def delete_rows(self, rows: Iterable[tuple[int, str]]) -> None:
        """Unindex paragraphs; contentless tables need the values that were indexed."""
        self._writes += 1
        norms = []
        for vid, text in rows:
            slot = self.db.execute("SELECT slot FROM exact_slots WHERE vid = ?", (vid,)).fetchone()
            if slot is not None:
                norms.append((slot[0], normalize(text)))
        self.db.executemany("INSERT INTO paragraphs_trigrams(paragraphs_trigrams, rowid, norm) "
                            "VALUES ('delete', ?, ?)", norms)
        self.db.executemany("INSERT INTO paragraphs_bigrams(paragraphs_bigrams, rowid, grams) "
                            "VALUES ('delete', ?, ?)", ((slot, bigrams(norm)) for slot, norm in norms))
        self.db.executemany("DELETE FROM exact_slots WHERE slot = ?", ((slot,) for slot, _ in norms))

    def slot_map(self) -> SlotMap:
        """The slot → vector id map, reloaded when this connection or another one changed the tables."""
        key = (self.db.execute("PRAGMA data_version").fetchone()[0], self._writes)
        if self._map is None or key != self._map_key:
            # In vid order from the vid index (SQLite keeps a subquery's order here; checked, not trusted).
            slots_joined, vids_joined = self.db.execute(
                "SELECT group_concat(slot), group_concat(vid) FROM (SELECT slot, vid FROM exact_slots ORDER BY vid)"
            ).fetchone()
            slots, vids = _integers(slots_joined), _integers(vids_joined)
            if np.any(vids[1:] <= vids[:-1]):
                order = np.argsort(vids)
                slots, vids = slots[order], vids[order]
            self._map = SlotMap(vids, slots, int(slots.max()) + 1 if len(slots) else 1)
            self._map_key = key
        return self._map

    def _hits(self, term: str, size: int) -> np.ndarray:
        """Which slots below ``size`` hold a paragraph containing the normalized ``term`` (a boolean array).

        Why slots: bitmaps are read straight into place and FTS5 hands back slots; a query's
        terms are combined over slots and put in vector id order once, at the end.
        """
        hits = np.zeros(size, dtype=bool)
        term = normalize(term)
        if not term:
            return hits
        table = "paragraphs_trigrams" if len(term) >= 3 else "paragraphs_bigrams"
        expression = fts_string(term) + ("*" if len(term) == 1 else "")
        for start, end in uncovered(self.dense.fill(term, hits), self.dense.chunk):
            bounds, values = ("rowid >= ?", [start]) if end is None else ("rowid >= ? AND rowid < ?", [start, end])
            slots = _integers(self.db.execute(
                f"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH ? AND {bounds}",
                [expression, *values]).fetchone()[0])
            # A slot another connection added since the map was read is not in it yet: left out.
            hits[slots[slots < size]] = True
        return hits

    def containing(self, term: str) -> np.ndarray:
        """Sorted vector ids of every paragraph whose normalized text contains the normalized ``term``."""
        layout = self.slot_map()
        return layout.vids[self._hits(term, layout.size)[layout.slots]]

    def matching(self, required: list[list[str]], excluded: list[str], universe: np.ndarray) -> np.ndarray:
        """Ids in ``universe`` (sorted) that contain a term of every required group and no excluded term.

        Why masks: every step is one pass over a boolean array (of slots, then of the sorted
        ids), where intersecting and subtracting sorted id arrays sorts them again each time.
        """
        layout = self.slot_map()
        wanted = np.ones(layout.size, dtype=bool)
        for group in required:
            if group:
                union = np.zeros(layout.size, dtype=bool)
                for term in group:
                    union |= self._hits(term, layout.size)
                wanted &= union
        for term in excluded:
            wanted &= ~self._hits(term, layout.size)
        selected = wanted[layout.slots]
        if len(universe) != len(layout.vids) or not np.array_equal(universe, layout.vids):
            positions = np.searchsorted(layout.vids, universe).clip(0, max(len(layout.vids) - 1, 0))
            inside = np.zeros(len(layout.vids), dtype=bool)
            if len(layout.vids):
                inside[positions[layout.vids[positions] == universe]] = True
            selected &= inside
        return layout.vids[selected]

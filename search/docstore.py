"""The search side's own record of every indexed paragraph, in SQLite.

Why not read hits from the graph: a hit needs title, region, year and text at
query time for up to a million paragraphs, and filters must select ids *before*
ranking. SQLite gives both in a file next to the indexes. The graph stays the
source of truth for facts; ``kg check`` verifies both hold the same paragraph ids.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from ingest.schema import NAMED_ENTITIES
from search.exact import VERSION as EXACT_VERSION
from search.exact import ExactIndex

SCHEMA = """
CREATE TABLE IF NOT EXISTS paragraphs (
    vid INTEGER PRIMARY KEY,          -- int64 key of the paragraph in FAISS and BM25
    id TEXT UNIQUE NOT NULL,          -- the graph's Paragraph.id
    report_id TEXT NOT NULL, origin TEXT, source TEXT, title TEXT,
    region TEXT, region_code TEXT, prefecture TEXT, province TEXT, year INTEGER, doc_type TEXT,
    section TEXT, ord INTEGER, text TEXT NOT NULL,
    tokens TEXT NOT NULL,             -- space-joined search tokens
    topics TEXT NOT NULL DEFAULT '',  -- space-joined topic keys
    fingerprint TEXT NOT NULL,        -- hash of the normalized text: near-identical paragraphs collapse
    embedded INTEGER NOT NULL DEFAULT 0  -- 0 no vector, 1 vector durable, 2 (IN_FLIGHT) maybe one
);
CREATE INDEX IF NOT EXISTS p_report ON paragraphs(report_id);
CREATE INDEX IF NOT EXISTS p_origin ON paragraphs(origin);
CREATE INDEX IF NOT EXISTS p_region ON paragraphs(region);
CREATE INDEX IF NOT EXISTS p_prefecture ON paragraphs(prefecture);
CREATE INDEX IF NOT EXISTS p_province ON paragraphs(province);
CREATE INDEX IF NOT EXISTS p_year ON paragraphs(year);
CREATE INDEX IF NOT EXISTS p_embedded ON paragraphs(embedded);
CREATE TABLE IF NOT EXISTS entities (vid INTEGER NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS e_name ON entities(name);
CREATE INDEX IF NOT EXISTS e_vid ON entities(vid);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
-- The reading rules each report's rows were made with (ingest/fingerprint.py).
CREATE TABLE IF NOT EXISTS report_rules (report_id TEXT PRIMARY KEY, extraction TEXT NOT NULL);
-- The search dictionary's domain words, in the order they were learnt. Append-only (a word of a
-- removed report stays: a dictionary word costs nothing where it does not occur), so a process
-- holding the dictionary up to ``seq`` N catches up with the words after N alone.
CREATE TABLE IF NOT EXISTS vocabulary (seq INTEGER PRIMARY KEY AUTOINCREMENT, word TEXT NOT NULL UNIQUE);
-- The search dictionary's entries (search/tokens.py) that jieba's default lacks or counts
-- otherwise, and its domain words, as of meta 'dictionary_table': a process tokenizing a few
-- documents reads the entries their text reaches instead of loading the whole dictionary.
CREATE TABLE IF NOT EXISTS dictionary_entries (
    entry TEXT PRIMARY KEY, freq INTEGER NOT NULL,
    word INTEGER NOT NULL,     -- 1: a domain word (not only the prefix of one)
    in_base INTEGER NOT NULL   -- 1: jieba's default has the entry (with another count, or as a word)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dictionary_in_base ON dictionary_entries(in_base) WHERE in_base = 1;
-- The text each origin (file, jsonl record) had when last ingested: an unchanged file is skipped
-- before extraction.
-- Vector ids deleted since the last sync: their vectors (and BM25 rows) are removed then.
CREATE TABLE IF NOT EXISTS removed (vid INTEGER PRIMARY KEY);
-- Vector ids added since the last sync: BM25 indexes them then, as one new segment.
CREATE TABLE IF NOT EXISTS lexical_pending (vid INTEGER PRIMARY KEY);
-- Vector ids whose filter columns (topics, year) were changed in place since the last sync, in the
-- transaction that changed them: the saved filter columns read them again then (SearchIndex).
CREATE TABLE IF NOT EXISTS columns_pending (vid INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS origins (origin TEXT PRIMARY KEY, raw_hash TEXT NOT NULL, report_id TEXT NOT NULL);
"""

HIT_COLUMNS = ("vid", "id", "report_id", "source", "title", "region", "province", "prefecture", "year",
               "doc_type", "section", "ord", "text", "topics", "fingerprint")


def vector_id(paragraph_id: str) -> int:
    """A stable positive int64 for a paragraph id (FAISS keys are integers)."""
    return int(hashlib.sha1(paragraph_id.encode()).hexdigest()[:15], 16)


# Everything but CJK unified ideographs: what a paragraph's fingerprint leaves out.
_NOT_HAN = re.compile("[^\u4e00-\u9fff]+")


def fingerprint(text: str) -> str:
    """Equal for paragraphs that differ only in punctuation, digits, spacing or region names' place.

    One regex substitution rather than a test per character: a third of the CPU, the same text."""
    return hashlib.sha1(_NOT_HAN.sub("", text).encode()).hexdigest()[:16]


@dataclass
class Filters:
    """Restrictions applied inside retrieval. Region matches a report's region or any ancestor."""

    region: str | None = None
    province: str | None = None
    year: int | None = None
    years: tuple[int, int] | None = None  # inclusive range, from questions like 近三年
    doc_type: str | None = None
    entity: str | None = None
    topic: str | None = None
    regions: tuple[str, ...] = ()  # any of these (question answering over several places)
    exclude_region: str | None = None
    # only the reports whose issuer kg could not tell (a numeric question's place holding no report of its own)
    unplaced: bool | None = None

    def with_full_names(self) -> "Filters":
        """The same filters with short place names completed from the gazetteer (广东 → 广东省)."""
        from ingest import gazetteer

        gaz = gazetteer.load()

        def full(name: str | None) -> str | None:
            place = gaz.lookup(name) if name else None
            return place.name if place else name

        return replace(self, region=full(self.region), province=full(self.province),
                       exclude_region=full(self.exclude_region))

    def active(self) -> bool:
        return any(v not in (None, ()) for v in self.__dict__.values())

    def sql(self) -> tuple[str, list[Any]]:
        """The entity condition as SQL (places, years, types and topics are filtered as numpy
        columns in search/filtering.py)."""
        if self.entity:
            return "vid IN (SELECT vid FROM entities WHERE name = ?)", [self.entity]
        return "1", []


@dataclass
class ParagraphRow:
    """One paragraph as the index stores it."""

    id: str
    report_id: str
    origin: str
    source: str
    title: str | None
    region: str | None
    region_code: str | None
    prefecture: str | None
    province: str | None
    year: int | None
    doc_type: str | None
    section: str
    ord: int
    text: str
    tokens: list[str]
    topics: list[str] = field(default_factory=list)
    entities: list[tuple[str, str]] = field(default_factory=list)  # (type, name)

    @cached_property
    def vid(self) -> int:
        """Computed once: an insert reads it for the row, its entities, BM25 and the exact index."""
        return vector_id(self.id)


# A stored year that filtering cannot hold: a float or text, or an integer out of range.
# Entity types whose names become words of the search dictionary (search/tokens.py).
VOCABULARY_TYPES = tuple(kind.type for kind in NAMED_ENTITIES)
# ``embedded`` of a paragraph whose vector is being written: marked before the vector is
# durable, so a kill between the two leaves a paragraph to encode again whose old vector (if
# any) the next sync removes; a paragraph still at 0 has no vector, and nothing need be read
# to find out.
IN_FLIGHT = 2
UNEMBEDDED = (0, IN_FLIGHT)  # the values of a paragraph that needs encoding
# Pages the write-ahead log may hold during a bulk ingest before they are copied into the
# database (SQLite's default: 1,000). See ``DocStore.bulk_writes``.
BULK_CHECKPOINT_PAGES = 65_536
DEFAULT_CHECKPOINT_PAGES = 1_000
_YEAR_OUTSIDE = "year IS NOT NULL AND (typeof(year) != 'integer' OR year < ? OR year > ?)"


class DocStore:
    """Paragraph rows, their entities and index metadata in ``<dir>/paragraphs.sqlite``."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, check_same_thread=False, timeout=60)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process loses
        # nothing committed, a power cut at most the last commits (which `kg check --repair`
        # restores from the graph); every commit of a bulk ingest no longer waits for the disk.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._transaction_depth = 0
        self.db.executescript(SCHEMA)
        self.exact = ExactIndex(self.db)
        self._fill_vocabulary_of_an_older_store()
        if self.meta("exact_version") != EXACT_VERSION:
            self.exact.backfill()
            self.set_meta("exact_version", EXACT_VERSION)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around every write inside it, committed when the outermost one ends.

        Why: each commit syncs the write-ahead log and makes the FTS5 indexes flush a segment;
        a bulk ingest that commits once per batch of documents, not five times per document,
        spends a fraction of the time here (and a kill still leaves whole batches or nothing).
        """
        self._transaction_depth += 1
        try:
            if self._transaction_depth == 1:
                with self.db:
                    yield
            else:
                yield
        finally:
            self._transaction_depth -= 1

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """Many transactions in a row (a bulk ingest): the write-ahead log is copied into the
        database when it reaches BULK_CHECKPOINT_PAGES (256 MB) and at the end, not after every commit.

        Why: vector ids are hashes, so a batch's rows land all over every index, and at 100k
        paragraphs one 16-report batch writes ~16 MB of pages. That is more than SQLite's
        1,000-page threshold, so each commit was followed by a checkpoint copying and syncing
        them all; copied together, a page that many batches changed is written once. A killed
        ingest loses nothing committed (the log is read at the next open). Chunks of the exact
        index that fill meanwhile are sealed on a thread beside the writes (``ExactIndex.sealing_in_background``).
        """
        self.db.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
        try:
            with self.exact.sealing_in_background(self.transaction):
                yield
        finally:
            self.db.execute(f"PRAGMA wal_autocheckpoint={DEFAULT_CHECKPOINT_PAGES}")
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _fill_vocabulary_of_an_older_store(self) -> None:
        """A store written before the vocabulary table gets it filled once from its entities."""
        if self.db.execute("SELECT 1 FROM vocabulary LIMIT 1").fetchone() is None:
            marks = ",".join("?" * len(VOCABULARY_TYPES))
            with self.transaction():
                self.db.execute(f"INSERT OR IGNORE INTO vocabulary (word) SELECT DISTINCT name FROM entities "
                                f"WHERE type IN ({marks}) ORDER BY name", VOCABULARY_TYPES)

    def vocabulary_seq(self) -> int:
        """The seq of the newest vocabulary word (0 when there is none)."""
        return self.db.execute("SELECT coalesce(max(seq), 0) FROM vocabulary").fetchone()[0]

    def vocabulary_since(self, seq: int) -> list[tuple[int, str]]:
        """(seq, word) of the domain words learnt after ``seq``, oldest first."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT seq, word FROM vocabulary WHERE seq > ? ORDER BY seq", (seq,))]

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the database (a read transaction), whatever commits meanwhile."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.rollback()

    def dictionary_entries(self, entries: Iterable[str]) -> dict[str, tuple[int, bool]]:
        """entry → (count, is a domain word) for those of ``entries`` the dictionary table holds."""
        wanted = list(dict.fromkeys(entries))
        found: dict[str, tuple[int, bool]] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            found.update((r[0], (r[1], bool(r[2]))) for r in self.db.execute(
                f"SELECT entry, freq, word FROM dictionary_entries WHERE entry IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def dictionary_overrides(self) -> dict[str, tuple[int, bool]]:
        """entry → (count, is a domain word) for the table's entries jieba's default has too (few)."""
        return {r[0]: (r[1], bool(r[2])) for r in self.db.execute(
            "SELECT entry, freq, word FROM dictionary_entries INDEXED BY dictionary_in_base WHERE in_base = 1")}

    # -- writes -------------------------------------------------------------------

    def write_dictionary(self, rows: Iterable[tuple[str, int, bool, bool]], replace_all: bool, state: str) -> None:
        """Upsert (entry, count, is a word, in jieba's default) rows, after emptying the table when
        ``replace_all``, and record ``state`` (what the table now describes) in one transaction."""
        with self.transaction():
            if replace_all:
                self.db.execute("DELETE FROM dictionary_entries")
            self.db.executemany("INSERT OR REPLACE INTO dictionary_entries (entry, freq, word, in_base) "
                                "VALUES (?, ?, ?, ?)", ((e, f, int(w), int(b)) for e, f, w, b in rows))
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('dictionary_table', ?)", (state,))


    def replace_origin(self, origin: str, keep_report: str) -> list[int]:
        """Delete paragraphs of earlier versions of ``origin``; returns their vector ids."""
        rows = self.db.execute("SELECT vid FROM paragraphs WHERE origin = ? AND report_id != ?",
                               (origin, keep_report)).fetchall()
        vids = [r["vid"] for r in rows]
        self.delete_vids(vids)
        return vids

    def delete_vids(self, vids: list[int]) -> None:
        with self.transaction():
            self.exact.delete_rows([(r["vid"], r["text"]) for r in self._select_in("vid, text", vids)])
            self.db.executemany("DELETE FROM paragraphs WHERE vid = ?", [(v,) for v in vids])
            self.db.executemany("DELETE FROM entities WHERE vid = ?", [(v,) for v in vids])
            self.db.executemany("INSERT OR IGNORE INTO removed (vid) VALUES (?)", [(v,) for v in vids])

    def lexical_pending(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT vid FROM lexical_pending ORDER BY vid")]

    def forget_lexical_pending(self, vids: list[int] | None = None) -> None:
        """BM25 now holds ``vids`` (all pending ones when None)."""
        with self.transaction():
            if vids is None:
                self.db.execute("DELETE FROM lexical_pending")
            else:
                self.db.executemany("DELETE FROM lexical_pending WHERE vid = ?", [(v,) for v in vids])

    def tokens_of(self, vids: list[int]) -> Iterator[tuple[int, str]]:
        """(vid, tokens) of ``vids`` that still exist, ascending."""
        for chunk_start in range(0, len(vids), 900):
            chunk = vids[chunk_start:chunk_start + 900]
            yield from self.db.execute(f"SELECT vid, tokens FROM paragraphs WHERE vid IN ({','.join('?' * len(chunk))}) "
                                       "ORDER BY vid", chunk)

    def queue_removal(self, vids: list[int]) -> None:
        """Vectors and BM25 rows of ``vids`` are dropped at the next sync (their paragraphs are gone)."""
        with self.transaction():
            self.db.executemany("INSERT OR IGNORE INTO removed (vid) VALUES (?)", [(v,) for v in vids])

    def removed_vids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT vid FROM removed")]

    def forget_removed(self, vids: list[int]) -> None:
        """The indexes no longer hold ``vids`` (a paragraph added again since keeps its vector)."""
        with self.transaction():
            self.db.executemany("DELETE FROM removed WHERE vid = ?", [(v,) for v in vids])

    def record_origin(self, origin: str, raw_hash: str, report_id: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO origins (origin, raw_hash, report_id) VALUES (?,?,?)",
                            (origin, raw_hash, report_id))

    def report_of_origin(self, origin: str, raw_hash: str) -> str | None:
        """The indexed report ingested from ``origin`` when its raw text hashed to ``raw_hash``."""
        row = self.db.execute(
            "SELECT o.report_id FROM origins o WHERE o.origin = ? AND o.raw_hash = ? AND EXISTS "
            "(SELECT 1 FROM paragraphs p WHERE p.report_id = o.report_id)", (origin, raw_hash)).fetchone()
        return row[0] if row else None

    def has_report(self, report_id: str, extraction: str) -> bool:
        """Whether the report's paragraphs are here, made by the reading rules ``extraction``."""
        return self.db.execute(
            "SELECT 1 FROM paragraphs p JOIN report_rules r ON r.report_id = p.report_id "
            "WHERE p.report_id = ? AND r.extraction = ? LIMIT 1", (report_id, extraction)).fetchone() is not None

    def record_rules(self, report_id: str, extraction: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO report_rules (report_id, extraction) VALUES (?,?)",
                            (report_id, extraction))

    def add(self, rows: Iterable[ParagraphRow]) -> int:
        """Insert the paragraphs not stored yet (by vector id), with their entities; how many."""
        by_vid = {row.vid: row for row in rows}
        with self.transaction():
            stored = {r[0] for r in self._select_in("vid", list(by_vid))}
            new = [row for vid, row in by_vid.items() if vid not in stored]
            self.db.executemany(
                "INSERT INTO paragraphs (vid, id, report_id, origin, source, title, region, "
                "region_code, prefecture, province, year, doc_type, section, ord, text, tokens, topics, "
                "fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(row.vid, row.id, row.report_id, row.origin, row.source, row.title, row.region,
                  row.region_code, row.prefecture, row.province, row.year, row.doc_type, row.section,
                  row.ord, row.text, " ".join(row.tokens), " ".join(row.topics), fingerprint(row.text))
                 for row in new])
            self.db.executemany("INSERT OR IGNORE INTO lexical_pending (vid) VALUES (?)", [(row.vid,) for row in new])
            self.exact.add_rows([(row.vid, row.text) for row in new])
            self.db.executemany("INSERT INTO entities (vid, type, name) VALUES (?,?,?)",
                                [(row.vid, t, n) for row in new for t, n in set(row.entities)])
            self.db.executemany("INSERT OR IGNORE INTO vocabulary (word) VALUES (?)",  # each name once, in order
                                [(n,) for n in dict.fromkeys(n for row in new for t, n in row.entities
                                                             if t in VOCABULARY_TYPES)])
        return len(new)

    def set_tokens(self, updates: list[tuple[int, list[str]]]) -> None:
        with self.transaction():
            self.db.executemany("UPDATE paragraphs SET tokens = ? WHERE vid = ?",
                                [(" ".join(tokens), vid) for vid, tokens in updates])

    def set_topics(self, updates: list[tuple[int, list[str]]]) -> None:
        with self.transaction():
            self.db.executemany("UPDATE paragraphs SET topics = ? WHERE vid = ?",
                                [(" ".join(topics), vid) for vid, topics in updates])
            self.db.executemany("INSERT OR IGNORE INTO columns_pending (vid) VALUES (?)", [(vid,) for vid, _ in updates])

    def columns_pending(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT vid FROM columns_pending ORDER BY vid")]

    def forget_columns_pending(self, vids: list[int]) -> None:
        with self.transaction():
            self.db.executemany("DELETE FROM columns_pending WHERE vid = ?", [(v,) for v in vids])

    def mark_embedded(self, vids: list[int], value: int = 1) -> None:
        with self.transaction():
            if vids:
                self.db.executemany("UPDATE paragraphs SET embedded = ? WHERE vid = ?", [(value, v) for v in vids])
            else:
                self.db.execute("UPDATE paragraphs SET embedded = ?", (value,))

    def clear_years_outside(self, first: int, last: int) -> int:
        """Set years that are not integers in ``first..last`` to NULL (``kg check --repair``)."""
        with self.transaction():
            self.db.execute(f"INSERT OR IGNORE INTO columns_pending (vid) SELECT vid FROM paragraphs WHERE {_YEAR_OUTSIDE}",
                            (first, last))
            return self.db.execute(f"UPDATE paragraphs SET year = NULL WHERE {_YEAR_OUTSIDE}",
                                   (first, last)).rowcount

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- reads --------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else None

    def count_years_outside(self, first: int, last: int) -> int:
        """Paragraphs whose year is not an integer in ``first..last`` (stored before validation)."""
        return self.db.execute(f"SELECT count(*) FROM paragraphs WHERE {_YEAR_OUTSIDE}",
                               (first, last)).fetchone()[0]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]

    def totals(self) -> tuple[int, int]:
        """(reports, paragraphs) indexed: a report counts once it has a paragraph here."""
        reports = self.db.execute("SELECT count(DISTINCT report_id) FROM paragraphs").fetchone()[0]
        return reports, self.count()

    def paragraph_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT id FROM paragraphs")}

    def vids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT vid FROM paragraphs")]

    def embedded_vids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT vid FROM paragraphs WHERE embedded = 1")]

    def in_flight_vids(self) -> list[int]:
        """Paragraphs whose encoding a kill interrupted: their vector may or may not be durable."""
        return [r[0] for r in self.db.execute("SELECT vid FROM paragraphs WHERE embedded = ?", (IN_FLIGHT,))]

    def embedded_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM paragraphs WHERE embedded = 1").fetchone()[0]

    def unembedded(self, batch: int = 4096) -> Iterator[list[sqlite3.Row]]:
        """Paragraphs still lacking a vector, a batch at a time; the caller marks each batch
        embedded before asking for the next (so memory stays one batch, whatever the corpus).

        Asked one ``embedded`` value at a time: ``embedded != 1 … ORDER BY vid`` made SQLite walk
        the whole table in vid order (9 s a batch at 30,000 reports, every sync), while
        ``embedded = ?`` reads just those rows through the index."""
        for value in UNEMBEDDED:
            last = -1
            while rows := self.db.execute("SELECT vid, id, text, topics FROM paragraphs WHERE embedded = ? AND vid > ? "
                                          "ORDER BY vid LIMIT ?", (value, last, batch)).fetchall():
                last = rows[-1]["vid"]
                yield rows

    def sample_texts(self, limit: int) -> list[str]:
        """At most ``limit`` paragraph texts spread evenly over the corpus (by vid, so reproducible)."""
        total = self.count()
        step = max(1, total // limit) if limit else 1
        rows = self.db.execute("SELECT text FROM (SELECT text, row_number() OVER (ORDER BY vid) AS n "
                               "FROM paragraphs) WHERE (n - 1) % ? = 0 LIMIT ?", (step, limit))
        return [r[0] for r in rows]

    def iter_texts(self) -> Iterator[tuple[int, str]]:
        for vid, text in self.db.execute("SELECT vid, text FROM paragraphs ORDER BY vid"):
            yield vid, text

    def iter_tokens(self) -> Iterator[tuple[int, str]]:
        for vid, tokens in self.db.execute("SELECT vid, tokens FROM paragraphs ORDER BY vid"):
            yield vid, tokens

    def filter_columns(self, vids: list[int] | None = None) -> list[tuple]:
        """(vids, regions, prefectures, provinces, years, doc_types, report_ids, topics, fingerprints):
        one tuple per column over every paragraph (or those of ``vids`` that exist), by vid.

        Why columns of plain tuples: the filter columns read every paragraph (half a million at
        30,000 reports), and ``sqlite3.Row`` objects cost more than the read itself.
        """
        columns = "vid, region, prefecture, province, year, doc_type, report_id, topics, fingerprint"
        cursor = self.db.cursor()
        cursor.row_factory = None
        if vids is None:
            rows = cursor.execute(f"SELECT {columns} FROM paragraphs ORDER BY vid").fetchall()
        else:
            wanted = sorted(set(vids))
            rows = [row for i in range(0, len(wanted), 500)
                    for row in cursor.execute(f"SELECT {columns} FROM paragraphs WHERE vid IN "
                                              f"({','.join('?' * len(wanted[i:i + 500]))}) ORDER BY vid",
                                              wanted[i:i + 500])]
        return list(zip(*rows)) if rows else [()] * 9

    def regions(self) -> list[str]:
        return sorted(r[0] for r in self.db.execute("SELECT DISTINCT region FROM paragraphs") if r[0])

    def report_vids(self, report_id: str) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT vid FROM paragraphs WHERE report_id = ?", (report_id,))]

    def unembedded_count(self) -> int:
        return self.db.execute(f"SELECT count(*) FROM paragraphs WHERE embedded IN ({','.join('?' * len(UNEMBEDDED))})",
                               UNEMBEDDED).fetchone()[0]

    def topics_of_place(self, place: str) -> list[sqlite3.Row]:
        """(id, topics, year) of the paragraphs of a place or anything under it, by year and order."""
        return self.db.execute("SELECT id, topics, year FROM paragraphs WHERE region = ? OR prefecture = ? "
                               "OR province = ? ORDER BY year, ord", (place, place, place)).fetchall()

    def richest_paragraphs(self, place: str, limit: int) -> list[str]:
        """Ids of a place's topical paragraphs naming the most entities: its most concrete practices."""
        return [r[0] for r in self.db.execute(
            "SELECT p.id FROM paragraphs p JOIN entities e ON e.vid = p.vid "
            "WHERE (p.region = ? OR p.prefecture = ?) AND p.topics != '' "
            "GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT ?", (place, place, limit))]

    def vids_with_section_words(self, words: tuple[str, ...]) -> list[int]:
        """The paragraphs whose section path writes one of ``words`` (a report part's headings: 问题,
        打算…), in one scan of the table, for a question over the whole corpus."""
        where = " OR ".join("instr(section, ?) > 0" for _ in words)
        return [r[0] for r in self.db.execute(f"SELECT vid FROM paragraphs WHERE {where}", words)]

    def sectioned_paragraphs(self) -> Iterator[sqlite3.Row]:
        """(id, vid, report_id, region, year, section) of every paragraph under a heading, in report
        order, in one scan: the headings of the corpus (kg/ask/headings.py)."""
        return self.db.execute("SELECT id, vid, report_id, region, year, section FROM paragraphs "
                               "WHERE section != '' ORDER BY report_id, ord")

    def matching_vids(self, filters: Filters) -> list[int]:
        where, args = filters.sql()
        return [r[0] for r in self.db.execute(f"SELECT vid FROM paragraphs WHERE {where}", args)]

    def _select_in(self, columns: str, vids: list[int]) -> Iterator[sqlite3.Row]:
        """``SELECT columns`` of the rows of ``vids``, in chunks below SQLite's parameter limit."""
        for i in range(0, len(vids), 500):
            chunk = vids[i:i + 500]
            yield from self.db.execute(f"SELECT {columns} FROM paragraphs WHERE vid IN ({','.join('?' * len(chunk))})",
                                       chunk)

    def rows(self, vids: list[int], columns: tuple[str, ...] = HIT_COLUMNS) -> dict[int, dict[str, Any]]:
        """vid → the ``columns`` of its row (``vid`` always); fewer columns when only they are
        read over many rows (a question's stating paragraphs need no text)."""
        wanted = ("vid", *(c for c in columns if c != "vid"))
        return {r["vid"]: dict(r) for r in self._select_in(", ".join(wanted), vids)}

    def row_by_id(self, paragraph_id: str) -> dict[str, Any] | None:
        r = self.db.execute(f"SELECT {', '.join(HIT_COLUMNS)} FROM paragraphs WHERE id = ?",
                            (paragraph_id,)).fetchone()
        return dict(r) if r else None

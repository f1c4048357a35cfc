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

The normalized text is computed in Python, so the docstore writes and deletes the rows
itself (``add_rows``/``delete_rows``, in the same transaction as the paragraph).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

import numpy as np

SCHEMA = """
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
"""
VERSION = "2"  # recorded in the docstore's meta once existing rows are indexed
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


class ExactIndex:
    """Which paragraphs contain a term, answered from the two FTS5 tables of ``db``."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.executescript(SCHEMA)

    def backfill(self) -> None:
        """Index every row anew (an older data dir, or tables of an earlier version)."""
        self.db.executescript(OBSOLETE + SCHEMA)
        with self.db:
            self.add_rows(self.db.execute("SELECT vid, text FROM paragraphs").fetchall())

    def add_rows(self, rows: Iterable[tuple[int, str]]) -> None:
        """Index new paragraphs ((vid, text) pairs)."""
        norms = [(vid, normalize(text)) for vid, text in rows]
        self.db.executemany("INSERT INTO paragraphs_trigrams(rowid, norm) VALUES (?, ?)", norms)
        self.db.executemany("INSERT INTO paragraphs_bigrams(rowid, grams) VALUES (?, ?)",
                            ((vid, bigrams(norm)) for vid, norm in norms))

    def delete_rows(self, rows: Iterable[tuple[int, str]]) -> None:
        """Unindex paragraphs; contentless tables need the values that were indexed."""
        norms = [(vid, normalize(text)) for vid, text in rows]
        self.db.executemany("INSERT INTO paragraphs_trigrams(paragraphs_trigrams, rowid, norm) "
                            "VALUES ('delete', ?, ?)", norms)
        self.db.executemany("INSERT INTO paragraphs_bigrams(paragraphs_bigrams, rowid, grams) "
                            "VALUES ('delete', ?, ?)", ((vid, bigrams(norm)) for vid, norm in norms))

    def containing(self, term: str) -> np.ndarray:
        """Sorted vector ids of every paragraph whose normalized text contains the normalized ``term``."""
        term = normalize(term)
        if not term:
            return np.empty(0, dtype=np.int64)
        if len(term) >= 3:
            table, expression = "paragraphs_trigrams", fts_string(term)
        else:
            table, expression = "paragraphs_bigrams", fts_string(term) + ("*" if len(term) == 1 else "")
        # One joined string parsed in C is several times faster than a Python loop over 100k rows.
        joined = self.db.execute(f"SELECT group_concat(rowid) FROM {table} WHERE {table} MATCH ?",
                                 [expression]).fetchone()[0]
        vids = np.fromstring(joined, dtype=np.int64, sep=",") if joined else np.empty(0, dtype=np.int64)
        vids.sort()
        return vids

    def matching(self, required: list[list[str]], excluded: list[str], universe: np.ndarray) -> np.ndarray:
        """Ids in ``universe`` (sorted) that contain a term of every required group and no excluded term."""
        selected = universe
        for group in required:
            union = np.unique(np.concatenate([self.containing(t) for t in group])) if group else universe
            selected = np.intersect1d(selected, union, assume_unique=True)
        for term in excluded:
            selected = np.setdiff1d(selected, self.containing(term), assume_unique=True)
        return selected

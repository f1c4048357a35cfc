"""Exact substring lookup over every paragraph: SQLite FTS5 indexes beside the docstore.

Why: "N 段 / M 份报告 包含 X" must be a count over the whole corpus, not over the top-k
of a ranking, and fast at a million paragraphs. Chinese has no spaces, so both indexes
work on characters, not words:

- ``paragraphs_fts``: FTS5 with the ``trigram`` tokenizer, external content on
  ``paragraphs.text`` and kept in step by triggers; it answers any term of 3+ characters.
- ``paragraphs_bigrams``: a contentless FTS5 table of each paragraph's overlapping
  character pairs (plus its last character alone), with a 1-character prefix index;
  trigram cannot match 1–2 character terms (复议, 法), this table can: a 2-character
  term is one token, a 1-character term the prefix of one. Its rows need Python to
  compute, so the docstore writes and deletes them itself (``add_rows``/``delete_rows``).

Latin letters match case-insensitively in both, as in ``search.query.Query.matches``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

import numpy as np

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5(
    text, content='paragraphs', content_rowid='vid', tokenize='trigram');
CREATE TRIGGER IF NOT EXISTS paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(rowid, text) VALUES (new.vid, new.text);
END;
CREATE TRIGGER IF NOT EXISTS paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.vid, old.text);
END;
CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_bigrams USING fts5(
    grams, content='', prefix='1', tokenize='unicode61 remove_diacritics 0');
"""
VERSION = "1"  # recorded in the docstore's meta once existing rows are indexed
_WORD = re.compile(r"^\w+$")


def bigrams(text: str) -> str:
    """Space-joined overlapping character pairs of ``text``, ending with its last character."""
    text = text.lower()
    return " ".join(text[i:i + 2] for i in range(len(text)))


def fts_string(term: str) -> str:
    """``term`` as one FTS5 string literal (the whole MATCH expression is still a bound parameter)."""
    return '"' + term.replace('"', '""') + '"'


class ExactIndex:
    """Which paragraphs contain a term, answered from the two FTS5 tables of ``db``."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.executescript(SCHEMA)

    def backfill(self) -> None:
        """Index rows written before these tables existed (an older data dir), once."""
        with self.db:
            self.db.execute("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild')")
            self.db.execute("DELETE FROM paragraphs_bigrams")
            self.add_rows(self.db.execute("SELECT vid, text FROM paragraphs").fetchall())

    def add_rows(self, rows: Iterable[tuple[int, str]]) -> None:
        """Bigram rows for new paragraphs (the trigram table follows by trigger)."""
        self.db.executemany("INSERT INTO paragraphs_bigrams(rowid, grams) VALUES (?, ?)",
                            ((vid, bigrams(text)) for vid, text in rows))

    def delete_rows(self, rows: Iterable[tuple[int, str]]) -> None:
        """Remove bigram rows; a contentless table needs the values that were indexed."""
        self.db.executemany("INSERT INTO paragraphs_bigrams(paragraphs_bigrams, rowid, grams) VALUES ('delete', ?, ?)",
                            ((vid, bigrams(text)) for vid, text in rows))

    def containing(self, term: str) -> np.ndarray:
        """Sorted vector ids of every paragraph whose text contains ``term``."""
        term = term.lower()
        if len(term) >= 3:
            sql, args = "SELECT group_concat(rowid) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?", [fts_string(term)]
        elif _WORD.match(term):
            expression = fts_string(term) + ("*" if len(term) == 1 else "")
            sql, args = "SELECT group_concat(rowid) FROM paragraphs_bigrams WHERE paragraphs_bigrams MATCH ?", [expression]
        else:  # punctuation the tokenizer drops: a plain scan, only ever for such odd terms
            sql, args = "SELECT group_concat(vid) FROM paragraphs WHERE instr(lower(text), ?) > 0", [term]
        # One joined string parsed in C is several times faster than a Python loop over 100k rows.
        joined = self.db.execute(sql, args).fetchone()[0]
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

"""Filters over paragraph metadata as numpy columns: a million rows filtered in milliseconds.

SQLite answers "province = 广东省" over a million rows in a few hundred milliseconds
(the rows must still travel to Python); here each place and type column is an array of
small integer codes, so every filter of the contract is one vectorised comparison.
A paragraph's topics (several per paragraph) are a boolean matrix, one column per topic,
so the topic filter and the topic facet are vectorised too; so is the near-duplicate key
that collapses a ranking. The entity filter, which
needs the entity table, stays in SQL and is intersected with the columns' result.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np

from search.docstore import DocStore, Filters

PLACE_COLUMNS = ("region", "prefecture", "province")
# The layout of a saved columns file: one of another layout is read again from the docstore.
COLUMNS_FORMAT = 1
# What reading a missing, truncated or foreign file raises (a damaged zip is ``BadZipFile``).
UNREADABLE = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile)


def _codes(code_of: dict, values: tuple) -> np.ndarray:
    """``code_of[value]`` for each of ``values``, as int32: a mapped lookup, no Python loop per row."""
    return np.fromiter(map(code_of.__getitem__, values), dtype=np.int32, count=len(values))


class FilterColumns:
    """The filter columns of every indexed paragraph, sorted by vid.

    Built from the docstore once (``read``: every row, 10-20 s at 30,000 reports), then kept
    beside the other indexes in a file (``save``/``load``) that each sync brings up to date with
    the rows it added, changed and removed (``updated``), so a process's first query loads arrays
    instead of reading half a million rows.
    """

    def __init__(self, docstore: DocStore, vids: np.ndarray, year: np.ndarray, columns: dict[str, np.ndarray],
                 codes: dict[str, dict[str, int]], topics: np.ndarray, topic_codes: dict[str, int],
                 fingerprint: np.ndarray) -> None:
        self.docstore = docstore  # the entity filter reads the entity table
        self.vids, self.year, self.columns, self.codes = vids, year, columns, codes
        self.topics, self.topic_codes, self.fingerprint = topics, topic_codes, fingerprint

    @classmethod
    def read(cls, docstore: DocStore, vids: list[int] | None = None) -> "FilterColumns":
        """The columns of every paragraph of ``docstore``, or of those of ``vids`` that exist."""
        return cls.from_rows(docstore, docstore.filter_columns(vids))

    @classmethod
    def from_rows(cls, docstore: DocStore, rows: list[tuple]) -> "FilterColumns":
        """From ``DocStore.filter_columns``'s tuples, ordered by vid."""
        vids, regions, prefectures, provinces, years, doc_types, reports, topics, fingerprints = rows
        codes: dict[str, dict[str, int]] = {}
        columns: dict[str, np.ndarray] = {}
        for name, values in (("region", regions), ("prefecture", prefectures), ("province", provinces),
                             ("doc_type", doc_types), ("report", reports)):
            mapping: dict[str, int] = {}
            code_of = {value: mapping.setdefault(value or "", len(mapping)) for value in dict.fromkeys(values)}
            columns[name] = _codes(code_of, values)
            codes[name] = mapping
        # topics: a paragraph's space-separated set; few distinct sets, so each is split once
        topic_codes: dict[str, int] = {}
        sets = {value: [topic_codes.setdefault(t, len(topic_codes)) for t in (value or "").split()]
                for value in dict.fromkeys(topics)}
        by_set = np.zeros((len(sets), len(topic_codes)), dtype=bool)
        for row, set_codes in enumerate(sets.values()):
            by_set[row, set_codes] = True
        return cls(docstore, np.array(vids, dtype=np.int64), _codes({y: y or 0 for y in dict.fromkeys(years)}, years),
                   columns, codes, by_set[_codes({value: row for row, value in enumerate(sets)}, topics)],
                   topic_codes,
                   # the near-duplicate key of each paragraph (16 hex digits), as a number: hits collapse without a read
                   np.frombuffer(bytes.fromhex("".join(fingerprints)), dtype=">u8").astype(np.uint64))

    def updated(self, dropped: np.ndarray, fresh: "FilterColumns") -> "FilterColumns":
        """These columns without the rows of ``dropped`` vids, with ``fresh``'s rows (new or
        re-read) in their place. Applying the same update twice gives the same columns (a sync
        killed after saving them repeats it)."""
        keep = ~np.isin(self.vids, np.union1d(dropped, fresh.vids))
        codes = {name: dict(mapping) for name, mapping in self.codes.items()}
        columns = {}
        for name, column in self.columns.items():
            recode = np.array([codes[name].setdefault(value, len(codes[name])) for value in fresh.codes[name]],
                              dtype=np.int32)
            columns[name] = np.concatenate([column[keep], recode[fresh.columns[name]]])
        topic_codes = dict(self.topic_codes)
        for topic in fresh.topic_codes:
            topic_codes.setdefault(topic, len(topic_codes))
        topics = np.zeros((int(keep.sum()) + len(fresh.vids), len(topic_codes)), dtype=bool)
        topics[:int(keep.sum()), :self.topics.shape[1]] = self.topics[keep]
        for topic, code in fresh.topic_codes.items():
            topics[int(keep.sum()):, topic_codes[topic]] = fresh.topics[:, code]
        vids = np.concatenate([self.vids[keep], fresh.vids])
        order = np.argsort(vids, kind="stable")
        return FilterColumns(self.docstore, vids[order], np.concatenate([self.year[keep], fresh.year])[order],
                             {name: column[order] for name, column in columns.items()}, codes, topics[order],
                             topic_codes, np.concatenate([self.fingerprint[keep], fresh.fingerprint])[order])

    def save(self, path: Path, stamp: str) -> None:
        """Write the columns (atomically) as one uncompressed ``.npz``, with ``stamp`` naming the
        docstore state they describe."""
        arrays = {"format": np.array(COLUMNS_FORMAT), "stamp": np.array(stamp), "vids": self.vids,
                  "year": self.year, "topics": self.topics,
                  "fingerprint": self.fingerprint, "topic_names": np.array(list(self.topic_codes), dtype=str)}
        for name, column in self.columns.items():
            arrays[f"column_{name}"] = column
            arrays[f"names_{name}"] = np.array(list(self.codes[name]), dtype=str)
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as out:
            np.savez(out, **arrays)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)

    @staticmethod
    def saved_stamp(path: Path) -> str | None:
        """The stamp of the columns saved at ``path`` (None without a readable file), read alone."""
        try:
            with np.load(path) as saved:
                return str(saved["stamp"]) if int(saved["format"]) == COLUMNS_FORMAT else None
        except UNREADABLE:
            return None

    @classmethod
    def load(cls, docstore: DocStore, path: Path, stamp: str) -> "FilterColumns | None":
        """The columns saved at ``path`` if they carry ``stamp`` (else None: read them again)."""
        try:
            with np.load(path) as saved:
                if str(saved["stamp"]) != stamp or int(saved["format"]) != COLUMNS_FORMAT:
                    return None
                codes = {name[len("names_"):]: {value: code for code, value in enumerate(saved[name].tolist())}
                         for name in saved.files if name.startswith("names_")}
                return cls(docstore, saved["vids"], saved["year"], {name: saved[f"column_{name}"] for name in codes},
                           codes, saved["topics"], {t: code for code, t in enumerate(saved["topic_names"].tolist())},
                           saved["fingerprint"])
        except UNREADABLE:
            return None

    def place_names(self) -> set[str]:
        """Every region, prefecture and province of the indexed paragraphs. From the columns, not
        the docstore: a DISTINCT over every row took 3 s at 30,000 reports on each answerer."""
        names: set[str] = set()
        for column in ("region", "prefecture", "province"):
            values = list(self.codes[column])  # a value's code is its position (codes only grow)
            names.update(values[code] for code in np.unique(self.columns[column]) if values[code])
        return names

    def _equals(self, column: str, value: str) -> np.ndarray:
        code = self.codes[column].get(value)
        return self.columns[column] == code if code is not None else np.zeros(len(self.vids), dtype=bool)

    def vids_where(self, column: str, value: str) -> np.ndarray:
        """Vector ids of the paragraphs whose ``column`` (region, province, doc_type...) is ``value``."""
        return self.vids[self._equals(column, value)]

    def _any_place(self, names: tuple[str, ...]) -> np.ndarray:
        mask = np.zeros(len(self.vids), dtype=bool)
        for column in PLACE_COLUMNS:
            codes = [self.codes[column][n] for n in names if n in self.codes[column]]
            if codes:
                mask |= np.isin(self.columns[column], codes)
        return mask

    def _positions(self, vids: np.ndarray) -> np.ndarray:
        """Row positions of ``vids`` (each must be indexed; ``self.vids`` is sorted)."""
        return np.searchsorted(self.vids, vids)

    def _held(self, vids) -> np.ndarray:
        """Row positions of those of ``vids`` these columns hold (a ranking may still name a
        paragraph removed since)."""
        vids = np.asarray(vids, dtype=np.int64)
        if not len(self.vids):
            return np.empty(0, dtype=np.int64)
        positions = np.minimum(self._positions(vids), len(self.vids) - 1)
        return positions[self.vids[positions] == vids]

    def held(self, vids: list[int]) -> list[int]:
        """Those of ``vids`` these columns hold (still indexed), in their order."""
        return self.vids[self._held(vids)].tolist()

    def fingerprints(self, vids: list[int]) -> dict[int, int]:
        """vid → near-duplicate key (docstore.fingerprint as a number), for those of ``vids`` held."""
        positions = self._held(vids)
        return dict(zip(self.vids[positions].tolist(), self.fingerprint[positions].tolist()))

    def report_count(self, vids: np.ndarray) -> int:
        """How many distinct reports the paragraphs ``vids`` come from.

        Why not ``np.unique``: it sorts; marking each report's code is one pass, at a million ids too.
        """
        seen = np.zeros(len(self.codes["report"]), dtype=bool)
        seen[self.columns["report"][self._positions(vids)]] = True
        return int(seen.sum())

    def facets(self, names: tuple[str, ...], vids) -> dict[str, list[tuple[str, int]]]:
        """Per column of ``names`` (region, prefecture, province, doc_type, year or topics): (value,
        count) over ``vids``, most first; a vid no longer held is left out."""
        positions = self._held(vids)
        return {name: self._facet(name, positions) for name in names}

    def _facet(self, column: str, positions: np.ndarray) -> list[tuple[str, int]]:
        if column == "topics":
            counts = self.topics[positions].sum(axis=0)
            pairs = [(topic, int(counts[code])) for topic, code in self.topic_codes.items() if counts[code]]
        elif column == "year":
            values, counts = np.unique(self.year[positions], return_counts=True)
            pairs = [(str(v), int(c)) for v, c in zip(values, counts) if v]
        else:
            counts = np.bincount(self.columns[column][positions], minlength=len(self.codes[column]))
            pairs = [(name, int(counts[code])) for name, code in self.codes[column].items() if name and counts[code]]
        return sorted(pairs, key=lambda kv: (-kv[1], kv[0]))

    def select(self, filters: Filters) -> np.ndarray:
        """Vector ids of the paragraphs that pass ``filters``."""
        mask = np.ones(len(self.vids), dtype=bool)
        if filters.region:
            mask &= self._any_place((filters.region,))
        if filters.regions:
            mask &= self._any_place(filters.regions)
        if filters.exclude_region:
            mask &= ~self._equals("region", filters.exclude_region)
        if filters.unplaced:
            mask &= self._equals("region", "")
        if filters.province:
            mask &= self._equals("province", filters.province)
        if filters.year is not None:
            mask &= self.year == filters.year
        if filters.years:
            mask &= (self.year >= filters.years[0]) & (self.year <= filters.years[1])
        if filters.doc_type:
            mask &= self._equals("doc_type", filters.doc_type)
        if filters.topic:
            code = self.topic_codes.get(filters.topic)
            mask &= self.topics[:, code] if code is not None else False
        selected = self.vids[mask]
        if filters.entity:
            selected = np.intersect1d(selected, np.array(self.docstore.matching_vids(filters), dtype=np.int64))
        return selected

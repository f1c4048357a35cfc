"""BM25 over the paragraphs' search tokens, kept as segments so an update costs what changed.

Why not bm25s any more: bm25s bakes each document's score contributions (and so the
corpus-wide IDF and average length) into one matrix, so adding one report meant rebuilding
the index over the whole corpus (minutes at a million paragraphs). Here each segment keeps
raw term frequencies in a sparse matrix (scipy), and scores are computed per query with
corpus-wide statistics summed over the segments, as Lucene does:

* an ingest adds one segment of its new paragraphs; a removed or replaced paragraph is
  marked deleted in the segment that holds it (its statistics count until a merge);
* when there are more than ``MAX_SEGMENTS``, the smallest are merged (dropping deleted
  rows), so segments stay few and their sizes grow geometrically;
* a query reads only the columns of its terms; filters zero out disallowed rows.

Scoring is classic BM25 (k1=1.2, b=0.75) with Lucene's IDF, log(1 + (N - df + 0.5) / (df + 0.5)).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from search.atomic import write_text_atomic

K1, B = 1.2, 0.75
MAX_SEGMENTS = 8
EMPTY_TOKEN = "∅"  # a paragraph without tokens still has a row (and length 1)


@dataclass
class Segment:
    """Term frequencies of some paragraphs: rows are paragraphs (``vids``, ascending), columns terms."""

    name: str
    vids: np.ndarray  # int64, sorted
    loaded_tf: sp.csc_matrix | None  # float32, (len(vids), terms known when built); None: not read yet
    deleted: np.ndarray  # bool per row
    tf_path: Path | None = None  # where ``tf`` is read from on first use (a segment loaded lazily)

    @property
    def tf(self) -> sp.csc_matrix:
        if self.loaded_tf is None:
            self.loaded_tf = sp.load_npz(self.tf_path).tocsc()
        return self.loaded_tf

    @property
    def lengths(self) -> np.ndarray:
        return np.asarray(self.tf.sum(axis=1)).ravel()

    def document_frequency(self, term: int) -> int:
        if term >= self.tf.shape[1]:
            return 0
        return int(self.tf.indptr[term + 1] - self.tf.indptr[term])

    def rows_of(self, vids: np.ndarray) -> np.ndarray:
        """Row positions of those ``vids`` this segment holds."""
        positions = np.searchsorted(self.vids, vids)
        inside = positions < len(self.vids)
        positions = positions[inside]
        return positions[self.vids[positions] == vids[inside]]


def _allowed_hits(segment: Segment, hits: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """Those of a segment's rows ``hits`` whose vids are in ``allowed`` (sorted).

    Looked up from the smaller side: each hit in the allowed ids when the query's terms hold
    fewer rows than the filter allows (a common filter: a province, a year, the paragraphs that
    match), else each allowed id in the segment (a region's few hundred paragraphs); either way
    the cost is the smaller of the two, not the filter's size in every segment.
    """
    if len(hits) <= len(allowed):
        positions = np.searchsorted(allowed, segment.vids[hits]).clip(0, max(len(allowed) - 1, 0))
        return hits[allowed[positions] == segment.vids[hits]] if len(allowed) else hits[:0]
    inside = np.zeros(len(segment.vids), dtype=bool)
    inside[segment.rows_of(allowed)] = True
    return hits[inside[hits]]


class LexicalIndex:
    """Segments plus one vocabulary (term → column), loaded whole for querying."""

    def __init__(self, vocab: dict[str, int] | None = None, segments: list[Segment] | None = None,
                 next_segment: int = 0) -> None:
        self.vocab: dict[str, int] = vocab or {}
        self.segments: list[Segment] = segments or []
        self._next_segment = next_segment
        self._stats: tuple[int, float] | None = None
        self._lengths: dict[str, np.ndarray] = {}
        self._dirty: set[str] = set()  # segments whose files must be written
        self._deletions: set[str] = set()  # segments of which only the deleted rows changed

    # -- building -----------------------------------------------------------------

    @classmethod
    def build(cls, rows: Iterable[tuple[int, str]]) -> "LexicalIndex":
        """An index over (vid, space-joined tokens) rows, all in one segment."""
        index = cls()
        index.update(rows, np.empty(0, dtype=np.int64))
        return index

    def update(self, rows: Iterable[tuple[int, str]], removed: np.ndarray) -> None:
        """Mark ``removed`` vids deleted where they are, then add ``rows`` as a new segment.

        A row whose vid an older segment holds replaces it there (pass it in ``removed`` too).
        """
        removed = np.unique(np.asarray(removed, dtype=np.int64))
        for segment in self.segments:
            rows_gone = segment.rows_of(removed)
            if len(rows_gone) and not segment.deleted[rows_gone].all():
                segment.deleted[rows_gone] = True
                self._deletions.add(segment.name)
        segment = self._segment_from_rows(rows)
        if segment is not None:
            self.segments.append(segment)
        self._merge_small()
        self._stats = None

    def _segment_from_rows(self, rows: Iterable[tuple[int, str]]) -> Segment | None:
        """Tokens become column ids as they stream in, so no corpus of Python strings is held."""
        vids: list[int] = []
        indptr, indices = [0], []
        for vid, tokens in rows:
            vids.append(vid)
            indices.extend(self.vocab.setdefault(t, len(self.vocab)) for t in (tokens.split() or [EMPTY_TOKEN]))
            indptr.append(len(indices))
        if not vids:
            return None
        data = np.ones(len(indices), dtype=np.float32)
        tf = sp.csr_matrix((data, np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int64)),
                           shape=(len(vids), len(self.vocab)))
        tf.sum_duplicates()  # repeated tokens of a row become one term frequency
        order = np.argsort(np.array(vids, dtype=np.int64), kind="stable")
        return self._new_segment(np.array(vids, dtype=np.int64)[order], tf[order].tocsc())

    def _new_segment(self, vids: np.ndarray, tf: sp.csc_matrix) -> Segment:
        name = f"seg{self._next_segment:06d}"
        self._next_segment += 1
        self._dirty.add(name)
        return Segment(name, vids, tf.astype(np.float32), np.zeros(len(vids), dtype=bool))

    def _merge_small(self) -> None:
        """Merge the smallest segments while there are too many, leaving out deleted rows."""
        while len(self.segments) > MAX_SEGMENTS:
            self.segments.sort(key=lambda s: len(s.vids), reverse=True)
            a, b = self.segments.pop(), self.segments.pop()
            width = len(self.vocab)
            parts = [(s.vids[~s.deleted], _widen(s.tf, width)[np.flatnonzero(~s.deleted)]) for s in (a, b)]
            vids = np.concatenate([p[0] for p in parts])
            tf = sp.vstack([p[1] for p in parts]).tocsr()
            order = np.argsort(vids, kind="stable")
            self.segments.append(self._new_segment(vids[order], tf[order].tocsc()))

    # -- persistence ----------------------------------------------------------------

    @classmethod
    def load(cls, folder: Path, attempts: int = 3, lazy: bool = False) -> "LexicalIndex":
        """The index the manifest lists. A writer in another process may switch the manifest and
        delete merged segments while this reads; then the newer manifest is read again.

        ``lazy`` (the writer's, which alone changes the folder): each segment's term frequencies are
        read on first use. An update reads the vocabulary, rows and deletions of every segment
        but the term frequencies of the segments it merges only: adding one report to a store
        of a million paragraphs then reads a few megabytes instead of every segment's hundreds.
        """
        for _ in range(attempts - 1):
            try:
                return cls._load(folder, lazy)
            except FileNotFoundError:
                continue
        return cls._load(folder, lazy)

    @classmethod
    def _load(cls, folder: Path, lazy: bool = False) -> "LexicalIndex":
        manifest_path = folder / "segments.json"
        if not manifest_path.exists():
            return cls()
        manifest = json.loads(manifest_path.read_text())
        terms = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")[:manifest["terms"]]
        segments = []
        for name in manifest["segments"]:
            tf_path = folder / f"{name}.npz"
            tf = None if lazy else sp.load_npz(tf_path).tocsc()
            vids = np.load(folder / f"{name}.vids.npy")
            deleted_path = folder / f"{name}.deleted.npy"
            deleted = np.load(deleted_path) if deleted_path.exists() else np.zeros(len(vids), dtype=bool)
            segments.append(Segment(name, vids, tf, deleted, tf_path))
        return cls({t: i for i, t in enumerate(terms)}, segments, manifest["next_segment"])

    def save(self, folder: Path) -> None:
        """Write changed segments, then switch the manifest atomically; drop files no longer listed.

        A segment of which only rows were deleted gets its deletions written, not its term
        frequencies again (those of a store's largest segment run to hundreds of megabytes)."""
        folder.mkdir(parents=True, exist_ok=True)
        for segment in self.segments:
            if segment.name in self._dirty:
                # A new segment's files are invisible until the manifest lists it.
                sp.save_npz(folder / f"{segment.name}.npz", segment.tf, compressed=False)
                np.save(folder / f"{segment.name}.vids.npy", segment.vids)
            if segment.name in self._dirty or segment.name in self._deletions:
                # An old segment's deletions are replaced atomically: the manifest already lists it.
                tmp = folder / f"{segment.name}.deleted.tmp.npy"
                np.save(tmp, segment.deleted)
                os.replace(tmp, folder / f"{segment.name}.deleted.npy")
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        write_text_atomic(folder / "vocab.txt", "\n".join(terms))
        write_text_atomic(folder / "segments.json", json.dumps(
            {"segments": [s.name for s in self.segments], "terms": len(terms), "next_segment": self._next_segment}))
        self._dirty, self._deletions = set(), set()
        listed = {s.name for s in self.segments}
        for path in folder.glob("seg[0-9]*"):
            if path.name.split(".")[0] not in listed:
                path.unlink(missing_ok=True)

    # -- querying -------------------------------------------------------------------

    @property
    def size(self) -> int:
        return sum(int((~s.deleted).sum()) for s in self.segments)

    def _corpus_stats(self) -> tuple[int, float]:
        """(documents, average length) over all segments, deleted rows included until merged."""
        if self._stats is None:
            docs = sum(len(s.vids) for s in self.segments)
            total = sum(float(self._segment_lengths(s).sum()) for s in self.segments)
            self._stats = (docs, total / docs if docs else 1.0)
        return self._stats

    def _segment_lengths(self, segment: Segment) -> np.ndarray:
        if segment.name not in self._lengths:
            self._lengths[segment.name] = segment.lengths
        return self._lengths[segment.name]

    def search(self, tokens: list[str], k: int, allowed: np.ndarray | None = None,
               weights: list[float] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``k`` (vids, scores), restricted to ``allowed`` vids when given; ``weights`` (one per
        token, default 1) scale each token's contribution, e.g. below 1 for query expansions."""
        known = [(self.vocab[t], w) for t, w in zip(tokens, weights or [1.0] * len(tokens)) if t in self.vocab]
        terms = [term for term, _ in known]
        if not terms or not self.segments:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        _, average_length = self._corpus_stats()
        idf = {t: self._idf(t) for t in set(terms)}
        found_vids, found_scores = [], []
        if allowed is not None and np.any(allowed[1:] < allowed[:-1]):
            allowed = np.sort(allowed)
        for segment in self.segments:
            scores = self._score_segment(segment, known, idf, average_length)
            scores[segment.deleted] = 0.0
            hits = np.flatnonzero(scores > 0)
            if allowed is not None:
                hits = _allowed_hits(segment, hits, allowed)
            if len(hits) > k:
                hits = hits[np.argpartition(-scores[hits], k - 1)[:k]]
            found_vids.append(segment.vids[hits])
            found_scores.append(scores[hits])
        vids, scores = np.concatenate(found_vids), np.concatenate(found_scores)
        order = np.argsort(-scores, kind="stable")[:k]
        return vids[order], scores[order].astype(np.float32)

    def idf(self, token: str) -> float:
        """Lucene's IDF of ``token`` over all segments; 0 for a token no paragraph holds."""
        term = self.vocab.get(token)
        return self._idf(term) if term is not None else 0.0

    def _idf(self, term: int) -> float:
        docs, _ = self._corpus_stats()
        df = sum(s.document_frequency(term) for s in self.segments)
        return float(np.log1p((docs - df + 0.5) / (df + 0.5)))

    def _score_segment(self, segment: Segment, terms: list[tuple[int, float]], idf: dict[int, float],
                       average_length: float) -> np.ndarray:
        scores = np.zeros(len(segment.vids), dtype=np.float32)
        lengths = self._segment_lengths(segment)
        tf = segment.tf
        for term, weight in terms:  # a term asked twice counts twice, as in bm25s
            if term >= tf.shape[1]:
                continue
            start, end = tf.indptr[term], tf.indptr[term + 1]
            rows, freq = tf.indices[start:end], tf.data[start:end]
            norm = K1 * (1 - B + B * lengths[rows] / average_length)
            scores[rows] += weight * idf[term] * freq * (K1 + 1) / (freq + norm)
        return scores


def _widen(tf: sp.csc_matrix, width: int) -> sp.csr_matrix:
    """``tf`` with columns up to ``width`` (terms added to the vocabulary after it was built)."""
    tf = tf.tocsr()
    tf.resize((tf.shape[0], width))
    return tf

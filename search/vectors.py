"""Paragraph vectors in FAISS, keyed by the paragraphs' int64 ids.

Exact inner-product search (``IndexFlatIP`` in an ``IndexIDMap2``) up to EXACT_LIMIT vectors;
above it an inverted-file index (``IndexIVFFlat``) whose lists are probed by NPROBE. IVF rather
than HNSW because it supports removing ids (a re-ingested report replaces its
vectors in place) and filtered search with an ``IDSelector``; the benchmark in
benchmarks/search_speed.py measures both sides of the threshold. A filter that leaves few ids is
answered exactly from those ids' vectors instead, when reading them costs less than the lists the
filter makes IVF probe (``_search_among``, RECONSTRUCT_COST).

The IVF index keeps the paragraphs' ids in its own lists, with a hash table from id to list
entry (for removal and reconstruction). It is not wrapped in an ``IndexIDMap2``: that map
compacts its id table on removal, which IVF's lists do not follow, so after the first removal
its searches answered with the ids of other paragraphs (a store saved in that layout is
re-encoded once: ``SearchIndex._ids_drifted``).

Persistence is a snapshot plus an append-only log, so a change costs what changed: each
added or removed vector is appended to ``<path>.log`` and fsynced (``commit``) before the
docstore marks its paragraph embedded, so a kill never leaves a paragraph marked but
without its vector. Loading replays the log on the snapshot; once the log outgrows a
quarter of the snapshot, ``commit`` writes a new snapshot and empties the log.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import faiss
import numpy as np

from search.atomic import write_text_atomic

EXACT_LIMIT = 50_000
NPROBE = 24
ADD, REMOVE = 1, 2  # operation codes of log records
# Reading one vector by id through the IVF index's hash-table direct map costs about as much as
# scanning this many vectors in its lists (measured at 560k vectors of 128 dimensions: 10k ids read
# in 13 ms against 17 ms for the lists a 10k filter probes, 20k in 50 ms against 26 ms).
RECONSTRUCT_COST = 40
SNAPSHOT_WHEN_LOG_EXCEEDS = 0.25  # of the snapshot's vector count


def one_thread_per_query() -> None:
    """Search each query vector on the calling thread alone (process-wide).

    Why: a server answers one query vector per request, from several threads and worker
    processes at once. FAISS's OpenMP team then only adds waiting: on 2 busy cores a flat
    search of 16k vectors took 70-80 ms with 2 threads and 0.5-0.9 ms with one.
    """
    faiss.omp_set_num_threads(1)


class VectorIndex:
    """A FAISS index persisted at ``path``, read from disk only when something needs it.

    Adding and removing vectors only append to the log, so an ingest of a few reports into a
    large store does not read the whole snapshot; searching, listing ids and writing a new
    snapshot load it first.
    """

    def __init__(self, path: Path, dim: int) -> None:
        self.path = path
        self.log_path = path.with_name(path.name + ".log")
        self.count_path = path.with_name(path.name + ".count")
        self.dim = dim
        self._pending: list[np.ndarray] = []  # log records not yet written
        self._log_records = self.log_path.stat().st_size // self._record_dtype.itemsize if self.log_path.exists() else 0
        self._index: faiss.Index | None = None

    @property
    def index(self) -> faiss.Index:
        """The FAISS index: the snapshot with the log applied, loaded on first use."""
        if self._index is None:
            self._index = self._flat()
            if self.path.exists():
                snapshot = faiss.read_index(str(self.path))
                if snapshot.d == self.dim:  # else a different model: start over
                    self._index = snapshot
            if self.log_path.exists():
                self._replay()
        return self._index

    @property
    def loaded(self) -> bool:
        return self._index is not None

    def _snapshot_size(self) -> int:
        """Vectors in the snapshot on disk, without reading it (recorded beside it at each save)."""
        try:
            return int(self.count_path.read_text())
        except (OSError, ValueError):
            return self.index.ntotal if self.path.exists() else 0

    @property
    def _record_dtype(self) -> np.dtype:
        return np.dtype([("op", np.int64), ("vid", np.int64), ("vector", np.float32, (self.dim,))])

    def _replay(self) -> None:
        """Apply the log to the snapshot, in order (a torn last record, from a kill, is dropped)."""
        size = self.log_path.stat().st_size // self._record_dtype.itemsize
        records = np.fromfile(self.log_path, dtype=self._record_dtype, count=size)
        self._log_records = len(records)
        start = 0
        for end in [*np.flatnonzero(np.diff(records["op"])) + 1, len(records)]:
            run = records[start:end]
            if len(run) and run["op"][0] == ADD:
                self._apply_add(run["vid"], np.ascontiguousarray(run["vector"]))
            elif len(run):
                self.index.remove_ids(run["vid"].astype(np.int64))
            start = end

    def _flat(self) -> faiss.IndexIDMap2:
        return faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))

    def reset(self) -> None:
        """Drop every vector (a new model means a new vector space); durable at the next ``commit``."""
        self._index = self._flat()
        self._pending = []
        self.save()

    @property
    def kind(self) -> str:
        return "ivf" if isinstance(self.index, faiss.IndexIVF) else "flat"

    @property
    def layout(self) -> str:
        """What the state file records: ``IndexIDMap2(flat)`` or ``IndexIVFFlat``."""
        return "IndexIVFFlat" if self.kind == "ivf" else "IndexIDMap2(flat)"

    @property
    def size(self) -> int:
        return self.index.ntotal

    def add(self, vids: np.ndarray, vectors: np.ndarray) -> None:
        """Add vectors of ids not in the index (removal scans every list: callers remove once, up front)."""
        if len(vids):
            if self.loaded:
                self._apply_add(vids.astype(np.int64), vectors)
            self._log(ADD, vids, vectors)

    def _apply_add(self, vids: np.ndarray, vectors: np.ndarray) -> None:
        self.index.add_with_ids(vectors, vids)
        if self.kind == "flat" and self.size > EXACT_LIMIT:
            self._rebuild_as_ivf()

    def remove(self, vids) -> None:
        """Remove the vectors of ``vids``; ids without a vector are ignored."""
        vids = np.asarray(vids, dtype=np.int64)
        if len(vids):
            if self.loaded:
                self.index.remove_ids(vids)
            self._log(REMOVE, vids, np.zeros((len(vids), self.dim), dtype=np.float32))

    def _log(self, op: int, vids: np.ndarray, vectors: np.ndarray) -> None:
        records = np.zeros(len(vids), dtype=self._record_dtype)
        records["op"], records["vid"], records["vector"] = op, vids, vectors
        self._pending.append(records)

    def commit(self) -> None:
        """Make every change so far durable: appended to the log, or a new snapshot when the log is long."""
        pending = sum(map(len, self._pending))
        if not pending:
            return
        if self._log_records + pending > max(1000, SNAPSHOT_WHEN_LOG_EXCEEDS * self._snapshot_size()):
            self.save()
            return
        with open(self.log_path, "ab") as log:
            for records in self._pending:
                records.tofile(log)
            log.flush()
            os.fsync(log.fileno())
        self._log_records += pending
        self._pending = []

    def ids(self) -> np.ndarray:
        if self.kind == "flat":
            return faiss.vector_to_array(self.index.id_map)
        lists = self.index.invlists
        return np.concatenate([np.empty(0, dtype=np.int64)] + [
            faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy() for i in range(lists.nlist)])

    def vector(self, vid: int) -> np.ndarray | None:
        try:
            return self.index.reconstruct(int(vid))
        except RuntimeError:
            return None

    def similarities(self, vids: list[int], query: np.ndarray) -> np.ndarray:
        """Inner product of ``query`` with the vector of each of ``vids`` (NaN for an id without one),
        from one batched lookup: a search's floor check tests a hundred or more candidates."""
        if not vids:
            return np.empty(0, dtype=np.float32)
        try:
            return self.index.reconstruct_batch(np.asarray(vids, dtype=np.int64)) @ query
        except RuntimeError:  # some id has no vector (not embedded yet): one at a time
            return np.array([np.nan if (v := self.vector(vid)) is None else v @ query for vid in vids], dtype=np.float32)

    def _rebuild_as_ivf(self) -> None:
        ids = self.ids()
        vectors = self.index.index.reconstruct_n(0, self.size)
        nlist = int(4 * math.sqrt(len(ids)))
        quantizer = faiss.IndexFlatIP(self.dim)
        ivf = faiss.IndexIVFFlat(quantizer, self.dim, nlist, faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(7)
        sample = vectors[rng.choice(len(vectors), size=min(len(vectors), nlist * 40), replace=False)]
        ivf.train(sample)
        ivf.set_direct_map_type(faiss.DirectMap.Hashtable)
        ivf.add_with_ids(vectors, ids)
        self._index = ivf

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``k`` (ids, scores) for one normalized query vector, restricted to ``allowed`` ids."""
        if self.size == 0 or (allowed is not None and len(allowed) == 0):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        params = None
        if self.kind == "ivf":
            nprobe = NPROBE
            if allowed is not None:  # a narrow filter needs more lists to find k survivors
                share = max(len(allowed) / self.size, 1e-6)
                nprobe = min(self.index.nlist, int(math.ceil(NPROBE / share)))
                if len(allowed) * RECONSTRUCT_COST < nprobe / self.index.nlist * self.size:
                    scored = self._search_among(query, k, allowed)
                    if scored is not None:
                        return scored
            sel = faiss.IDSelectorBatch(allowed.astype(np.int64)) if allowed is not None else None
            params = faiss.SearchParametersIVF(sel=sel, nprobe=nprobe) if sel else faiss.SearchParametersIVF(nprobe=nprobe)
        elif allowed is not None:
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed.astype(np.int64)))
        scores, ids = self.index.search(query.reshape(1, -1).astype(np.float32), k, params=params)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def _search_among(self, query: np.ndarray, k: int, allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """Exact top ``k`` of the ``allowed`` ids from their stored vectors; None when one has no
        vector (a paragraph not embedded yet: the caller searches the lists instead).

        Why: a filter (a province, a year, the paragraphs that match a phrase) leaves few ids, and
        IVF finds ``k`` of them only by probing more lists the fewer they are (all of them for a
        region): at 500k vectors that scanned most of the index, 50-150 ms a query. Reading the
        allowed vectors through the direct map and scoring them is exact and costs what is allowed.
        """
        allowed = np.unique(np.asarray(allowed, dtype=np.int64))
        try:
            vectors = self.index.reconstruct_batch(allowed)
        except RuntimeError:
            return None
        scores = vectors @ query.astype(np.float32)
        top = np.argpartition(-scores, k - 1)[:k] if len(scores) > k else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return allowed[top], scores[top]

    def save(self) -> None:
        """Write a full snapshot (atomically, fsynced), then drop the log it contains."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        faiss.write_index(self.index, str(tmp))
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())
        tmp.replace(self.path)
        write_text_atomic(self.count_path, str(self.index.ntotal))
        self.log_path.unlink(missing_ok=True)
        self._log_records = 0
        self._pending = []

"""Paragraph vectors in FAISS, keyed by the paragraphs' int64 ids (``IndexIDMap2``).

Exact inner-product search (``IndexFlatIP``) up to EXACT_LIMIT vectors; above it an
inverted-file index (``IndexIVFFlat``) whose lists are probed by NPROBE. IVF rather
than HNSW because it supports removing ids (a re-ingested report replaces its
vectors in place) and filtered search with an ``IDSelector``; the benchmark in
benchmarks/search_speed.py measures both sides of the threshold.
"""

from __future__ import annotations

import math
from pathlib import Path

import faiss
import numpy as np

EXACT_LIMIT = 50_000
NPROBE = 24


class VectorIndex:
    """A FAISS index persisted at ``path``."""

    def __init__(self, path: Path, dim: int) -> None:
        self.path = path
        self.dim = dim
        if path.exists():
            self.index = faiss.read_index(str(path))
            if self.index.d != dim:  # a different model: start over
                self.index = self._flat()
        else:
            self.index = self._flat()

    def _flat(self) -> faiss.IndexIDMap2:
        return faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))

    def reset(self) -> None:
        """Drop every vector (a new model means a new vector space)."""
        self.index = self._flat()

    @property
    def kind(self) -> str:
        inner = faiss.downcast_index(self.index.index)
        return "ivf" if isinstance(inner, faiss.IndexIVF) else "flat"

    @property
    def size(self) -> int:
        return self.index.ntotal

    def add(self, vids: np.ndarray, vectors: np.ndarray) -> None:
        """Add vectors of ids not in the index (removal scans every list: callers remove once, up front)."""
        if len(vids):
            self.index.add_with_ids(vectors, vids.astype(np.int64))
        if self.kind == "flat" and self.size > EXACT_LIMIT:
            self._rebuild_as_ivf()

    def remove(self, vids) -> None:
        if len(vids):
            self.index.remove_ids(np.asarray(vids, dtype=np.int64))

    def ids(self) -> np.ndarray:
        return faiss.vector_to_array(self.index.id_map)

    def vector(self, vid: int) -> np.ndarray | None:
        try:
            return self.index.reconstruct(int(vid))
        except RuntimeError:
            return None

    def _rebuild_as_ivf(self) -> None:
        ids = self.ids()
        vectors = self.index.index.reconstruct_n(0, self.size)
        nlist = int(4 * math.sqrt(len(ids)))
        quantizer = faiss.IndexFlatIP(self.dim)
        ivf = faiss.IndexIVFFlat(quantizer, self.dim, nlist, faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(7)
        sample = vectors[rng.choice(len(vectors), size=min(len(vectors), nlist * 40), replace=False)]
        ivf.train(sample)
        index = faiss.IndexIDMap2(ivf)
        index.add_with_ids(vectors, ids)
        self.index = index

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``k`` (ids, scores) for one normalized query vector, restricted to ``allowed`` ids."""
        if self.size == 0 or (allowed is not None and len(allowed) == 0):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        params = None
        if self.kind == "ivf":
            inner = faiss.extract_index_ivf(self.index.index)
            nprobe = NPROBE
            if allowed is not None:  # a narrow filter needs more lists to find k survivors
                share = max(len(allowed) / self.size, 1e-6)
                nprobe = min(inner.nlist, int(math.ceil(NPROBE / share)))
            sel = faiss.IDSelectorBatch(allowed.astype(np.int64)) if allowed is not None else None
            params = faiss.SearchParametersIVF(sel=sel, nprobe=nprobe) if sel else faiss.SearchParametersIVF(nprobe=nprobe)
        elif allowed is not None:
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed.astype(np.int64)))
        scores, ids = self.index.search(query.reshape(1, -1).astype(np.float32), k, params=params)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        faiss.write_index(self.index, str(tmp))
        tmp.replace(self.path)

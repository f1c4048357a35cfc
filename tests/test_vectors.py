"""The vector index above its exact-search size: an IVF index whose ids stay right through removals,
additions, a snapshot and the log, and the old layout re-encoded once."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import search.vectors as vectors
from search.index import IVF_IN_ID_MAP, SearchIndex


def _unit_rows(count: int, dim: int, seed: int) -> np.ndarray:
    rows = np.random.default_rng(seed).random((count, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_ivf_search_answers_with_the_right_ids_after_a_removal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """IVF inside an IndexIDMap2 answered 11600 for 11500's own vector once 100 ids were removed
    (the map compacts, IVF's lists do not); IVF keeping the ids itself stays right, also loaded
    from its snapshot and log, and reconstructs any vector by id (the floor check needs that)."""
    monkeypatch.setattr(vectors, "EXACT_LIMIT", 500)
    index = vectors.VectorIndex(tmp_path / "vectors.faiss", 16)
    index.index  # noqa: B018  (loaded, so adds apply in memory too)
    rows, ids = _unit_rows(2000, 16, 0), np.arange(10_000, 12_000, dtype=np.int64)
    index.add(ids, rows)
    index.commit()
    assert index.kind == "ivf" and index.layout == "IndexIVFFlat"
    index.remove(ids[:100])
    index.save()
    late = _unit_rows(1, 16, 1)
    index.add(np.array([20_000], dtype=np.int64), late)
    index.commit()
    for loaded in (index, vectors.VectorIndex(tmp_path / "vectors.faiss", 16)):
        assert sorted(loaded.ids().tolist()) == [*range(10_100, 12_000), 20_000]
        assert all(loaded.search(rows[i], 1)[0].tolist() == [ids[i]] for i in (150, 1500, 1999))
        assert loaded.search(late[0], 1)[0].tolist() == [20_000]
        assert loaded.similarities([11_500, 10_050], rows[1500])[0] == pytest.approx(1.0)
        assert np.isnan(loaded.similarities([11_500, 10_050], rows[1500])[1])
        assert set(loaded.search(rows[1050], 3, np.arange(11_000, 11_100))[0].tolist()) <= set(range(11_000, 11_100))


def test_a_store_saved_in_the_old_ivf_layout_is_re_encoded_once(tmp_path: Path) -> None:
    """The state file says which layout the vectors were saved in; the old IVF one cannot be
    trusted after a removal, so the index is not up to date until everything is encoded again."""
    index = SearchIndex(tmp_path, None, say=lambda _message: None)
    index.state_path.parent.mkdir(parents=True, exist_ok=True)
    index.state_path.write_text(json.dumps({"index_type": IVF_IN_ID_MAP}))
    assert index._ids_drifted() and not index.up_to_date()
    index.state_path.write_text(json.dumps({"index_type": "faiss IndexIVFFlat"}))
    assert not index._ids_drifted()


def test_a_filtered_ivf_search_is_exact_over_the_allowed_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A filter leaving few ids is answered from their own vectors: the same top k as a brute-force
    scan of those ids (duplicates once), however few lists would have held them. An allowed id
    without a vector (not embedded yet) makes it probe the lists instead, still within the filter."""
    monkeypatch.setattr(vectors, "EXACT_LIMIT", 500)
    monkeypatch.setattr(vectors, "RECONSTRUCT_COST", 1)  # 2,000 vectors: reading 300 is cheaper than the lists
    index = vectors.VectorIndex(tmp_path / "vectors.faiss", 16)
    index.index  # noqa: B018  (loaded, so adds apply in memory too)
    rows, ids = _unit_rows(2000, 16, 2), np.arange(5_000, 7_000, dtype=np.int64)
    index.add(ids, rows)
    index.commit()
    assert index.kind == "ivf"
    allowed = ids[np.random.default_rng(3).choice(len(ids), size=300, replace=False)]
    query = _unit_rows(1, 16, 4)[0]
    expected = allowed[(rows[allowed - 5_000] @ query).argsort()[::-1][:10]]
    reads = []
    monkeypatch.setattr(index, "_search_among", lambda *args, real=index._search_among: reads.append(1) or real(*args))
    found, scores = index.search(query, 10, np.concatenate([allowed, allowed[:50]]))
    assert reads and found.tolist() == expected.tolist()
    assert scores == pytest.approx(np.sort(rows[allowed - 5_000] @ query)[::-1][:10], rel=1e-5)
    monkeypatch.setattr(vectors, "NPROBE", 10_000)  # the lists probed are then all of them: exact too
    assert index._search_among(query, 10, np.append(allowed, 99_999)) is None
    assert index.search(query, 10, np.append(allowed, 99_999))[0].tolist() == expected.tolist()

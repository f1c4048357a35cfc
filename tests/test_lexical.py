"""Segmented BM25: updates cost what changed and give the scores of an index built at once."""

from __future__ import annotations

import json
import random
from pathlib import Path

import bm25s
import numpy as np
import pytest

from search import lexical
from search.lexical import LexicalIndex

WORDS = "行政 复议 诉讼 法律 顾问 执法 监督 规范性 文件 备案 审查 清单 听证 调解 普法 公证".split()


def corpus(n: int, seed: int) -> list[tuple[int, str]]:
    rng = random.Random(seed)
    return [(vid, " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))) for vid in range(n)]


def test_scores_match_bm25s_lucene(tmp_path: Path) -> None:
    rows = corpus(300, 1)
    ours = LexicalIndex.build(rows)
    reference = bm25s.BM25(k1=lexical.K1, b=lexical.B, method="lucene")
    reference.index([text.split() for _, text in rows], show_progress=False)
    for query in (["复议"], ["法律", "顾问"], ["听证", "调解", "公证"]):
        vids, scores = ours.search(query, 300)
        expected = reference.get_scores(query)
        # bm25s leaves out Lucene's constant (k1 + 1) factor; rankings and ratios are the same.
        np.testing.assert_allclose(scores / (lexical.K1 + 1), expected[vids], rtol=1e-4)
        assert set(vids) == set(np.flatnonzero(expected > 0))


def test_incremental_segments_equal_one_build_after_merges_and_removals(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(lexical, "MAX_SEGMENTS", 3)  # force merges
    rows = corpus(400, 2)
    replaced = {vid: text for vid, text in corpus(30, 3)}  # new versions of vids 0..29
    removed = np.arange(100, 140)
    folder = tmp_path / "bm25"
    index = LexicalIndex.build(rows[:100])
    index.save(folder)
    for start in range(100, 400, 50):  # one ingest per batch, each reloaded from disk
        index = LexicalIndex.load(folder)
        index.update(rows[start:start + 50], np.empty(0, dtype=np.int64))
        index.save(folder)
    index = LexicalIndex.load(folder)
    index.update(sorted(replaced.items()), np.concatenate([removed, np.array(sorted(replaced))]))
    index.save(folder)
    index = LexicalIndex.load(folder)
    assert len(index.segments) <= 3 and sorted(p.name for p in folder.glob("*.npz")) == sorted(
        f"{s.name}.npz" for s in index.segments)

    final = [(vid, replaced.get(vid, text)) for vid, text in rows if vid not in set(removed.tolist())]
    assert index.size == len(final)
    fresh = LexicalIndex.build(final)
    for query in (["复议"], ["执法", "监督"], ["备案", "审查", "清单"]):
        got_vids, _ = index.search(query, 1000)
        want_vids, _ = fresh.search(query, 1000)
        assert set(got_vids) == set(want_vids)  # same matches; statistics differ only by deleted rows
        assert not set(got_vids) & set(removed.tolist())


def test_filters_and_unknown_terms(tmp_path: Path) -> None:
    index = LexicalIndex.build(corpus(200, 4))
    allowed = np.arange(0, 200, 7, dtype=np.int64)
    vids, _ = index.search(["复议"], 50, allowed)
    assert set(vids) <= set(allowed.tolist()) and len(vids)
    assert len(index.search(["碳达峰"], 10)[0]) == 0


def test_a_filtered_search_is_the_unfiltered_ranking_kept_to_the_allowed_ids(tmp_path: Path) -> None:
    """Small filters (fewer ids than rows holding the term) and large ones (more) are looked up from
    different sides; both give exactly the allowed part of the full ranking, unsorted input too."""
    index = LexicalIndex.build(corpus(300, 5)[:150])
    index.update(corpus(300, 5)[150:], np.array([3, 160], dtype=np.int64))  # two segments, deletions
    full_vids, full_scores = index.search(["复议", "诉讼"], 300)
    full = dict(zip(full_vids.tolist(), full_scores.tolist()))
    rng = np.random.default_rng(6)
    for size in (5, 40, 250):
        allowed = rng.choice(300, size=size, replace=False).astype(np.int64)  # not sorted
        vids, scores = index.search(["复议", "诉讼"], 300, allowed)
        assert {v: pytest.approx(full[v]) for v in vids.tolist()} == dict(zip(vids.tolist(), scores.tolist()))
        assert set(vids.tolist()) == set(full) & set(allowed.tolist())
    assert len(index.search(["复议"], 10, np.empty(0, dtype=np.int64))[0]) == 0


def test_a_reader_racing_a_merge_reads_the_newer_manifest(tmp_path: Path) -> None:
    """A writer that merged segments deletes the old files after switching the manifest; a reader
    that read the old manifest first must retry, not fail the request."""
    first = LexicalIndex.build(iter([(1, "行政 复议"), (2, "法律 顾问")]))
    first.save(tmp_path)
    manifest = (tmp_path / "segments.json").read_text()
    stale = json.loads(manifest)
    stale["segments"] = ["seg999999"] + stale["segments"]  # a segment merged away after this was read
    reads = iter([json.dumps(stale), manifest])
    original = Path.read_text

    def racing(path: Path, *args, **kwargs) -> str:
        return next(reads) if path.name == "segments.json" else original(path, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "read_text", racing)
        loaded = LexicalIndex.load(tmp_path)
    assert loaded.size == first.size


def test_a_lazy_writer_reads_only_the_segments_it_merges(tmp_path: Path, monkeypatch) -> None:
    """The writer's lazy load: an update reads the term frequencies of the segments it merges and
    no others, rewrites no term frequencies for deletions, and leaves what an eager writer leaves."""
    monkeypatch.setattr(lexical, "MAX_SEGMENTS", 3)
    rows = corpus(260, 5)
    eager_dir, lazy_dir = tmp_path / "eager", tmp_path / "lazy"
    for folder in (eager_dir, lazy_dir):
        LexicalIndex.build(rows[:200]).save(folder)  # one large segment
        for start in (200, 220):
            index = LexicalIndex.load(folder)
            index.update(rows[start:start + 20], np.empty(0, dtype=np.int64))
            index.save(folder)
    large = sorted(eager_dir.glob("*.npz"), key=lambda p: p.stat().st_size)[-1].name
    written_at = (lazy_dir / large).stat().st_mtime_ns

    read = []
    load_npz = lexical.sp.load_npz
    monkeypatch.setattr(lexical.sp, "load_npz", lambda path: read.append(Path(path).name) or load_npz(path))
    removed = np.array([3, 7, 210], dtype=np.int64)  # rows of the large and of a small segment
    for folder, lazy in ((eager_dir, False), (lazy_dir, True)):
        read.clear()
        index = LexicalIndex.load(folder, lazy=lazy)
        index.update(rows[240:260], removed)  # a fourth segment: the two smallest are merged
        index.save(folder)
    assert large not in read and len(read) == 1, read  # merged with the new one, in memory
    assert (lazy_dir / large).stat().st_mtime_ns == written_at  # its deletions only were written

    eager, lazy_index = LexicalIndex.load(eager_dir), LexicalIndex.load(lazy_dir)
    assert sorted(p.name for p in lazy_dir.iterdir()) == sorted(p.name for p in eager_dir.iterdir())
    for query in (["复议"], ["执法", "监督"], ["备案", "审查", "清单"]):
        got, want = lazy_index.search(query, 300), eager.search(query, 300)
        np.testing.assert_array_equal(got[0], want[0])
        np.testing.assert_array_equal(got[1], want[1])
        assert not set(got[0].tolist()) & set(removed.tolist())

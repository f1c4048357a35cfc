"""Reciprocal-rank fusion and the collapsing of near-identical paragraphs.

RRF (score = Σ w/(K + rank)) needs no score calibration between BM25 and cosine,
which is why it is the default; K=60 is the value of Cormack et al. (2009). The
weight w of a ranking says how far it is trusted: see search.index.DENSE_WEIGHT.
"""

from __future__ import annotations

from collections.abc import Sequence

RRF_K = 60


def rrf(rankings: Sequence[Sequence[int]], weights: Sequence[float] | None = None,
        k: int = RRF_K) -> list[tuple[int, float]]:
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings)):
        for rank, vid in enumerate(ranking, start=1):
            scores[vid] = scores.get(vid, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


def collapse(ranked: list[tuple[int, float]], fingerprints: dict[int, str]) -> list[tuple[int, float, list[int]]]:
    """Keep the best of each group of identical fingerprints; the others travel along as duplicates."""
    kept: dict[str, tuple[int, float, list[int]]] = {}
    order: list[str] = []
    for vid, score in ranked:
        key = fingerprints.get(vid, str(vid))
        if key in kept:
            kept[key][2].append(vid)
        else:
            kept[key] = (vid, score, [])
            order.append(key)
    return [kept[key] for key in order]

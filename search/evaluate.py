"""Retrieval quality: MRR@10, nDCG@10 and recall@10 per mode, beside plain BM25, in one run.

A hit is relevant when its text contains one of the question's ``answers`` (the
format of ../shared/eval/dev_questions.jsonl). The ideal ranking for nDCG and the
denominator of recall count every relevant paragraph of the corpus. A question with
``grades`` ({substring: 2 or 1}: states the practice asked about, or is related) is scored
with graded gains in nDCG (a paragraph gains the highest grade of the substrings it holds);
MRR and recall count any graded or answer paragraph as relevant.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bm25s
import jieba
import numpy as np

from search.index import MODES, SearchIndex

K = 10


def load_questions(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class PlainBM25:
    """The baseline: bm25s over jieba's default segmentation, no domain words, no stop words."""

    def __init__(self, index: SearchIndex) -> None:
        rows = list(index.docstore.iter_texts())
        self.vids = [vid for vid, _ in rows]
        self.retriever = bm25s.BM25()
        self.retriever.index([self._tokens(text) for _, text in rows], show_progress=False)

    @staticmethod
    def _tokens(text: str) -> list[str]:
        return [w for w in jieba.lcut(text) if w.strip()] or ["∅"]

    def ranked_ids(self, query: str, k: int) -> list[int]:
        vocab = self.retriever.vocab_dict
        tokens = [t for t in self._tokens(query) if t in vocab]
        if not tokens:
            return []
        scores = self.retriever.get_scores(tokens)
        top = np.argsort(-scores)[:k]
        return [self.vids[i] for i in top if scores[i] > 0]


def _scores(ranked_gains: list[float], corpus_gains: list[float]) -> dict[str, float]:
    """MRR, nDCG and recall at 10 of a ranking's gains, against every relevant paragraph's gain."""
    mrr = next((1.0 / (i + 1) for i, gain in enumerate(ranked_gains) if gain), 0.0)
    dcg = sum(gain / math.log2(i + 2) for i, gain in enumerate(ranked_gains))
    ideal = sum(gain / math.log2(i + 2) for i, gain in enumerate(sorted(corpus_gains, reverse=True)[:K]))
    return {"mrr@10": mrr, "ndcg@10": dcg / ideal if ideal else 0.0,
            "recall@10": sum(1 for g in ranked_gains if g) / len(corpus_gains) if corpus_gains else 0.0}


def gain(question: dict[str, Any], text: str) -> float:
    """A paragraph's gain for ``question``: its highest grade, else 1 when it holds an answer."""
    grades = [g for answer, g in question.get("grades", {}).items() if answer in text]
    if grades:
        return float(max(grades))
    return 1.0 if any(a in text for a in question["answers"]) else 0.0


def evaluate(index: SearchIndex, questions: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean scores per mode (plus ``bm25_plain``) and the per-question first relevant rank."""
    texts = dict(index.docstore.iter_texts())
    baseline = PlainBM25(index)
    rankers: dict[str, Callable[[str], list[int]]] = {
        "bm25_plain": lambda q: baseline.ranked_ids(q, K),
        **{mode: (lambda q, m=mode: [vid for vid, _ in index.rank(q, m, K * 5, None)]) for mode in MODES},
    }
    totals: dict[str, dict[str, float]] = {name: {"mrr@10": 0.0, "ndcg@10": 0.0, "recall@10": 0.0} for name in rankers}
    per_question = []
    for question in questions:
        relevant = {vid: g for vid, text in texts.items() if (g := gain(question, text))}
        first_ranks = {}
        for name, ranker in rankers.items():
            ranked = _dedupe(ranker(question["question"]))[:K]
            gains = [relevant.get(vid, 0.0) for vid in ranked]
            for metric, value in _scores(gains, list(relevant.values())).items():
                totals[name][metric] += value
            first_ranks[name] = next((i + 1 for i, g in enumerate(gains) if g), None)
        per_question.append({"qid": question.get("qid"), "relevant": len(relevant), "first_relevant_rank": first_ranks})
    n = max(1, len(questions))
    means = {name: {metric: round(value / n, 4) for metric, value in scores.items()} for name, scores in totals.items()}
    return {"questions": len(questions), "means": means, "per_question": per_question}


def _dedupe(ids: list[int]) -> list[int]:
    return list(dict.fromkeys(ids))

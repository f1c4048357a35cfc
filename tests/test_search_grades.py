"""Graded relevance in the search scorer: a paragraph that states the practice outranks a related one."""

from __future__ import annotations

import math

from search.evaluate import _scores, gain

QUESTION = {"answers": ["法律顾问"], "grades": {"聘请律师事务所": 2, "法律顾问": 1}}


def test_gain_is_the_highest_grade_held() -> None:
    assert gain(QUESTION, "县政府聘请律师事务所担任法律顾问") == 2.0
    assert gain(QUESTION, "落实法律顾问制度") == 1.0
    assert gain(QUESTION, "开展普法宣传") == 0.0
    assert gain({"answers": ["复议"]}, "行政复议") == 1.0  # ungraded questions stay binary


def test_ndcg_rewards_the_stating_paragraph_first() -> None:
    corpus = [2.0, 1.0]
    best, swapped = _scores([2.0, 1.0], corpus), _scores([1.0, 2.0], corpus)
    assert best["ndcg@10"] == 1.0 and swapped["ndcg@10"] < 1.0
    assert math.isclose(swapped["ndcg@10"], (1 + 2 / math.log2(3)) / (2 + 1 / math.log2(3)))
    assert best["recall@10"] == swapped["recall@10"] == 1.0 and swapped["mrr@10"] == 1.0

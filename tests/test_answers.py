"""Answers a researcher can trust: verified region lists, silent negatives, complete multi-part numbers."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.evaluate import score_answer_sets
from kg.ask.practice import practice_terms, variants
from kg.ask.quantities import parse_parts
from search.evaluate import load_questions
from search.tokens import SearchTokenizer
from tests.support import EVAL, SAMPLES
from tests.answering import answerer_over

DEV_ANSWERS = EVAL / "dev_answers.jsonl"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    """The five seed reports only: the corpus dev_answers.jsonl describes completely."""
    with answerer_over(tmp_path_factory.mktemp("answers") / "data", [SAMPLES]) as answerer:
        yield answerer


def test_practice_terms_drop_the_question_frame_and_keep_quoted_names() -> None:
    assert practice_terms("广东哪些县推行了容缺受理？", []) == ["容缺受理"]
    assert practice_terms("哪些地方在推行“一窗受理、集成服务”改革？", []) == ["一窗受理、集成服务"]
    assert variants("一窗受理、集成服务") == ["一窗受理、集成服务", "一窗受理集成服务", "一窗受理"]
    assert "行政执法公示" in variants("行政执法公示制度")


def test_quantity_parts_of_two_and_three_part_questions() -> None:
    tokenize = SearchTokenizer().tokenize
    parts = parse_parts("某县2020年收到、受理、审结的行政复议案件各多少宗？", ["某县"], tokenize)
    assert [(p.item, p.unit, p.context) for p in parts] == [
        ("收到", "宗", "行政复议案件"), ("受理", "宗", "行政复议案件"), ("审结", "宗", "行政复议案件")]
    parts = parse_parts("某市受理了多少件行政复议申请？其中不予受理的有几件？", ["某市"], tokenize)
    assert [p.item for p in parts] == ["受理行政复议申请", "不予受理"] and "受理" not in parts[0].own_words
    parts = parse_parts("行政诉讼的败诉率和出庭应诉率分别是多少？", [], tokenize)
    assert [(p.item, p.rate) for p in parts] == [("败诉率", True), ("出庭应诉率", True)]


def test_negative_question_names_no_region(answerer: Answerer) -> None:
    result = answerer.ask("哪些地区开展了碳达峰行动？")
    assert result.facts == [] and result.evidence == []
    assert "碳达峰" in result.answer and "没有" in result.answer
    assert not any(region in result.answer for region in answerer.index.docstore.regions())
    assert all(h["region"] for h in result.related)  # similar material is only labelled related


def test_which_regions_lists_only_regions_whose_paragraph_states_it(answerer: Answerer) -> None:
    result = answerer.ask("哪些地区提出了柔性执法？")
    cited = {h["paragraph_id"]: h for h in result.evidence}
    assert result.facts and all(f["paragraph_id"] in cited for f in result.facts)
    assert all("柔性执法" in cited[f["paragraph_id"]]["text"] for f in result.facts)
    rows = answerer.index.docstore.db.execute("SELECT region FROM paragraphs WHERE text LIKE '%柔性执法%'")
    assert {f["region"] for f in result.facts} == {r[0] for r in rows}
    assert not {h["region"] for h in result.related} & {f["region"] for f in result.facts}


def test_two_part_numeric_question_gets_both_values(answerer: Answerer) -> None:
    result = answerer.ask("丹江口市2018年参加了多少件涉政府的应诉案件？其中民事诉讼案件有几件？")
    assert "15件" in result.answer and "2件" in result.answer
    assert [(f["value"], f["unit"]) for f in result.facts] == [(15, "件"), (2, "件")]
    assert all(f["paragraph_id"] in {h["paragraph_id"] for h in result.evidence} for f in result.facts)


def test_a_count_never_stands_in_for_an_asked_rate(answerer: Answerer) -> None:
    result = answerer.ask("始兴县行政机关负责人出庭应诉率是多少？")
    assert result.facts == [] and "未给出" in result.answer and "%" not in result.answer


def test_dev_answer_sets_reach_the_targets(answerer: Answerer) -> None:
    report = score_answer_sets(answerer, load_questions(DEV_ANSWERS))
    assert report["region_precision"] == report["region_recall"] == 1.0, report["per_question"]
    assert report["negatives_silent"] == 1.0 and report["numerics_complete"] == 1.0, report["per_question"]


def test_a_quoted_name_is_stated_as_written_not_by_its_words(answerer: Answerer) -> None:
    # 执法 and 普法 meet in one sentence of two reports (“谁执法谁普法”); the quoted name does not
    quoted = answerer.ask("哪些地区推行了“执法普法”一体化？")
    assert quoted.facts == [] and "执法普法" in quoted.answer
    stated = answerer.ask("哪些地区落实了“谁执法谁普法”责任制？")
    assert {f["region"] for f in stated.facts} and all("谁执法谁普法" in f["stated_as"] for f in stated.facts)

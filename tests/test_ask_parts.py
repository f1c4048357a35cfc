"""Questions about the parts every annual report has (kg/ask/report_parts.py): its results, its
shortcomings and its plans, answered by that part's items, on reports written for these tests."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.report_parts import asked_part, heading_of, items, of_part
from kg.ask.understand import understand
from tests.answering import answerer_over_texts

QIMEN = """祁门县2021年法治政府建设工作情况报告
2021年，祁门县深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下。
一、主要工作及成效
（一）坚持问题导向，规范行政执法。全年开展执法检查36次，发现并整改问题12个，执法规范化水平持续提升。
二、存在的主要问题
虽然我县法治政府建设取得一定成效，但也存在一些问题和不足。
（一）基层法治力量薄弱。部分乡镇合法性审查人员不足，专业能力有待提高。
（二）执法监督不够有力。行政执法监督的方式方法还比较单一。
三、下一步工作打算
（一）加强基层法治队伍建设。充实乡镇合法性审查力量，开展专题培训。
（二）健全执法监督机制。推行执法监督信息化，提升监督实效。
"""
YIXIAN = """黟县2021年依法行政工作报告
2021年，黟县持续推进依法行政，法治政府建设取得新成效，现将情况报告如下。
一、主要工作
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
二、存在问题和下一步打算
主要是法治宣传的针对性不强，群众参与度还不高。
下一步，我县将创新普法方式，推动法治宣传进村入户。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"qimen_2021.txt": QIMEN, "yixian_2021.txt": YIXIAN}
    with answerer_over_texts(tmp_path_factory.mktemp("parts"), texts) as answerer:
        yield answerer


def test_questions_about_shortcomings_and_plans_are_read_as_such() -> None:
    assert asked_part("祁门县在法治政府建设中存在哪些问题？") == "problems"
    assert asked_part("各地存在哪些共性问题？") == "problems"
    assert asked_part("黟县下一步有什么工作打算？") == "plans"
    assert asked_part("祁门县取得了哪些成效？") == "results"
    assert asked_part("哪些地区坚持问题导向？") is None
    assert asked_part("整改方案里有多少个问题？") is None  # a figure asked (numeric)
    assert asked_part("黟县取得的主要成绩是什么？") == "results"
    # the results of one work written in reports are a practice asked of every region, no part of one report
    assert asked_part("哪些地方写到人民调解工作取得的成效？") is None
    assert understand("祁门县的不足有哪些？", {}, 2022).kind == "part"


def test_a_long_run_in_heading_writing_a_parts_word_opens_no_part() -> None:
    assert heading_of("一、主要工作及成效 > （一）坚持问题导向，规范行政执法", "problems") is None
    assert heading_of("二、存在的主要问题 > （一）基层法治力量薄弱", "problems") == "二、存在的主要问题"
    assert heading_of("三、2022年工作打算", "plans") == "三、2022年工作打算"


def test_under_one_heading_for_both_parts_shortcomings_run_until_the_text_turns_to_plans() -> None:
    rows = [{"id": "p1", "section": "二、存在问题和下一步打算", "text": "主要是宣传不够。"},
            {"id": "p2", "section": "二、存在问题和下一步打算", "text": "下一步，我县将创新普法方式。"}]
    assert [r["id"] for r in of_part(rows, "problems")] == ["p1"]
    assert [i.text for i in items(of_part(rows, "plans"), "二、存在问题和下一步打算")] == ["下一步，我县将创新普法方式"]


def test_a_reports_shortcomings_are_the_items_of_that_part_each_cited(answerer: Answerer) -> None:
    answer = answerer.ask("祁门县在法治政府建设中存在哪些问题？")
    assert answer.interpretation.kind == "part"
    # the sub-headings, in order; the lead-in sentence (虽然…但也存在一些问题和不足) is no item
    assert [f["text"] for f in answer.facts] == ["（一）基层法治力量薄弱", "（二）执法监督不够有力"]
    assert answer.answer.splitlines()[1] == "祁门县2021年“二、存在的主要问题”（2条）：（1）（一）基层法治力量薄弱；（2）（二）执法监督不够有力。"
    assert all(f["region"] == "祁门县" and f["paragraph_id"] for f in answer.facts)
    assert {f["paragraph_id"] for f in answer.facts} <= {hit["paragraph_id"] for hit in answer.evidence}
    assert "问题导向" not in answer.answer  # a measure of the first part, not a shortcoming


def test_plans_of_each_report_and_a_place_without_the_part(answerer: Answerer) -> None:
    answer = answerer.ask("各地下一步有什么工作打算？")
    assert {f["region"] for f in answer.facts} == {"祁门县", "黟县"}
    assert "创新普法方式" in answer.answer and "宣传的针对性不强" not in answer.answer


def test_results_are_the_first_part_and_are_asked_of_a_place(answerer: Answerer) -> None:
    answer = answerer.ask("祁门县2021年取得了哪些成效？")
    assert [f["text"] for f in answer.facts] == ["（一）坚持问题导向，规范行政执法"]
    assert "“一、主要工作及成效”" in answer.answer
    assert answerer.ask("各地取得了哪些成效？").facts == []  # most of every report: a place is asked for

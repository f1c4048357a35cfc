"""Comparison answers: a row per region quoting the paragraph that states the compared practice, a
paragraph of work done before one of plans; and which of named places did more, on reports written
for these tests."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from tests.answering import answerer_over_texts

QIMEN = """祁门县2021年法治政府建设工作情况报告
2021年，祁门县深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作，现将有关情况报告如下。
一、主要工作
（一）行政复议工作。全年办理行政复议案件12件，依法纠错3件，行政复议决定书全部在网上公开，复议质量明显提升。
（二）普法工作。落实谁执法谁普法责任制，开展法治宣传进乡村活动46场，群众法治意识不断增强。
（三）规范性文件管理。全年审查规范性文件9件，全部按时报送备案，未发现违法文件。
二、下一年度工作打算
（一）深化行政复议体制改革。行政复议行政复议，继续推进行政复议规范化建设，提升行政复议办案质量和行政复议公信力。
"""
YIXIAN = """黟县2021年法治政府建设工作情况报告
2021年，黟县在市委市政府领导下，持续推进依法行政，法治政府建设取得新成效，现将情况报告如下。
一、普法工作
开展民法典宣传月活动，组织普法讲座20场，发放宣传资料5000余份，营造浓厚学法氛围。
二、规范性文件管理
规范性文件自发布之日起15日内报送备案审查，做到有件必备、有备必审。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"qimen_2021.txt": QIMEN, "yixian_2021.txt": YIXIAN}
    with answerer_over_texts(tmp_path_factory.mktemp("compare"), texts) as answerer:
        yield answerer


def test_a_comparison_quotes_the_work_done_not_the_next_years_plan(answerer: Answerer) -> None:
    answer = answerer.ask("比较祁门县和黟县的行政复议工作")
    assert answer.interpretation.kind == "compare"
    rows = {row["region"]: row for row in answer.table}
    assert "办理行政复议案件12件" in rows["祁门县"]["text"]  # not 二、下一年度工作打算's paragraph, ranked higher
    assert rows["黟县"]["paragraph_id"] is None  # 黟县's report says nothing of 行政复议
    assert answer.answer.splitlines()[1:] == [f"祁门县（2021年）：{rows['祁门县']['text']}", "黟县：报告未陈述。"]
    assert answer.answer.startswith("对比2个地区（检索了“行政复议”，1个地区的报告陈述了它）：")
    # with no place named, the regions stating it are compared
    assert [row["region"] for row in answerer.ask("各地的普法工作比较").table] in (["祁门县", "黟县"], ["黟县", "祁门县"])


def test_the_comparison_frame_is_not_looked_for(answerer: Answerer) -> None:
    answer = answerer.ask("对比祁门县和黟县在普法方面的做法")
    assert "检索了“普法”" in answer.answer
    assert {row["region"] for row in answer.table if row["paragraph_id"]} == {"祁门县", "黟县"}


def test_which_of_two_places_did_more_orders_counts_not_a_deadline(answerer: Answerer) -> None:
    answer = answerer.ask("祁门县和黟县谁审查的规范性文件更多？")
    assert answer.interpretation.kind == "rank"
    assert [(f["region"], f["value"], f["unit"]) for f in answer.facts] == [("祁门县", 9, "件")]  # not 15日内

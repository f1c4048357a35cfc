"""Listing questions (kg/ask/listing.py): the graph's entities of one type in the question's scope,
every one counted, each with its regions and paragraphs; and what the store holds (its reports),
on reports written for these tests."""

from __future__ import annotations

import re

import pytest

from kg.ask.answer import Answerer
from kg.ask.listing import practice_words
from kg.ask.understand import understand
from tests.answering import answerer_over_texts

XIUNING = """休宁县2021年法治政府建设工作情况报告
2021年，休宁县深入学习贯彻习近平法治思想，全面推进法治政府建设，现将有关情况报告如下。
一、行政复议工作
认真贯彻《中华人民共和国行政复议法》，全年共收到行政复议申请17件，审结14件，依法纠错2件，复议工作进一步规范。
二、行政执法监督
严格执行《安徽省行政执法监督办法》，县司法局组织开展行政执法案卷评查，评查案卷86卷，发现问题及时整改到位。
三、组织保障
印发《休宁县2021年法治政府建设工作要点》，聘请安徽徽州律师事务所担任县政府法律顾问，全年审查合同36份。
"""
YIXIAN = """黟县2021年法治政府建设工作情况报告
2021年，黟县在市委市政府领导下，持续推进依法行政，法治政府建设取得新成效，现将情况报告如下。
一、行政复议工作
依照《行政复议法》办理行政复议案件9件，全部在法定期限内审结，行政复议决定书全部网上公开。
二、优化营商环境
贯彻《优化营商环境条例》，清理涉企规范性文件12件，政务服务事项网上可办率达到98%以上。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"xiuning_2021.txt": XIUNING, "yixian_2021.txt": YIXIAN}
    with answerer_over_texts(tmp_path_factory.mktemp("listing"), texts) as answerer:
        yield answerer


def _listed(answer) -> list[str]:
    return list(dict.fromkeys(fact["entity"] for fact in answer.facts))


def test_listing_questions_are_read_apart_from_regions_and_figures() -> None:
    def read(question: str) -> tuple[str, str | None]:
        it = understand(question, {}, 2022)
        return it.kind, it.listing

    assert read("休宁县的报告引用了哪些法规？") == ("entities", "REGULATION")
    assert read("黟县2021年引用了多少部法律法规？") == ("entities", "REGULATION")
    assert read("休宁县的律师事务所有哪些？") == ("entities", "LAW_FIRM")
    assert read("哪些部门参与了案卷评查？") == ("entities", "AGENCY")
    assert read("哪些法律被引用得最多？") == ("entities", "REGULATION")
    assert read("哪些地区聘请了法律顾问？") == ("which_regions", None)  # 法律顾问 is no law
    assert read("休宁县清理了多少件规范性文件？") == ("numeric", None)  # a stated figure, not a count of titles
    assert read("休宁县公布的清单涉及多少个部门？") == ("numeric", None)  # the list's departments, as stated


def test_the_words_left_after_the_list_places_and_years_are_the_practice_that_narrows_it() -> None:
    assert practice_words("休宁县2019—2021年在行政复议方面引用了哪些法规？", "REGULATION", ["休宁县"]) == "行政复议"
    assert practice_words("近三年以来休宁县引用了哪些法规？", "REGULATION", ["休宁县"]) == ""


def test_a_places_regulations_are_its_laws_and_rules_each_with_its_paragraph(answerer: Answerer) -> None:
    answer = answerer.ask("休宁县的报告引用了哪些法规？")
    assert set(_listed(answer)) == {"安徽省行政执法监督办法", "中华人民共和国行政复议法"}
    assert answer.answer.startswith("休宁县的报告共引用了2部法律法规（另引用了1个不属于法律法规的文件")
    for fact in answer.facts:
        assert fact["region"] == "休宁县" and fact["paragraph_id"] and fact["paragraphs"] == 1
    few = answerer.ask("休宁县的报告引用了哪些法规？", 1)  # k bounds retrieval, not the evidence of facts stated
    assert {f["paragraph_id"] for f in few.facts} <= {hit["paragraph_id"] for hit in few.evidence}
    # 文件 asks for every document cited, the work plan too
    assert len(_listed(answerer.ask("休宁县引用了哪些文件？"))) == 3


def test_a_listing_over_the_corpus_puts_the_most_widespread_first_with_its_regions(answerer: Answerer) -> None:
    answer = answerer.ask("哪些法律被引用得最多？")
    assert _listed(answer) == ["中华人民共和国行政复议法"]  # 《行政复议法》 in 黟县 is the same law
    assert {fact["region"] for fact in answer.facts} == {"休宁县", "黟县"}
    assert re.search(r"共引用了1部法律.*《中华人民共和国行政复议法》（休宁县、黟县，2段）", answer.answer)


def test_a_practice_named_with_the_list_narrows_it_to_the_paragraphs_stating_it(answerer: Answerer) -> None:
    answer = answerer.ask("黟县在优化营商环境方面引用了哪些法规？")
    assert _listed(answer) == ["优化营商环境条例"]


def test_bodies_named_in_the_paragraphs_stating_a_practice_are_listed_with_their_region(answerer: Answerer) -> None:
    answer = answerer.ask("哪些部门开展了行政执法案卷评查？")
    assert _listed(answer) == ["休宁县司法局"]
    assert "休宁县司法局（休宁县，1段）" in answer.answer  # a list over the corpus names each one's region


def test_a_place_that_names_no_entity_of_the_type_is_told_so(answerer: Answerer) -> None:
    assert _listed(answerer.ask("休宁县聘请了哪些律师事务所？")) == ["安徽徽州律师事务所"]
    answer = answerer.ask("黟县的律师事务所有哪些？")
    assert answer.facts == [] and answer.answer == "黟县的报告没有提到律师事务所。"


def test_what_the_store_holds_is_its_reports_by_region_and_year(answerer: Answerer) -> None:
    assert understand("安徽省有哪些地区的报告？", {}, 2022).kind == "reports"
    assert understand("哪些地区的报告提到了法律顾问？", {}, 2022).kind == "which_regions"  # what reports say
    for held in ("库中有多少份报告？", "始兴县有哪几年的报告？", "有几份2022年度报告？", "哪些地区有报告？"):
        assert understand(held, {}, 2022).kind == "reports"
    # a report a practice hands out (信用报告) is counted by the practice, not by the store
    asked = "某市“码上诚信”改革为多少家企业发放了许可证和信用报告？"
    assert understand(asked, {}, 2022).kind == "numeric"
    answer = answerer.ask("安徽省有哪些地区的报告？")
    assert answer.answer == "库中安徽省的报告共2份，来自2个地区：休宁县（1份：2021年）、黟县（1份：2021年）。"
    assert {fact["report_id"] for fact in answer.facts} == {fact["report_id"] for fact in answerer.ask("库中有多少份报告？").facts}
    assert answerer.ask("有哪些2019年的报告？").answer == "库中没有2019年的报告。"


def test_a_report_a_practice_publishes_is_no_question_about_the_store() -> None:
    assert understand("哪些地区按时公开政府信息公开年度报告？", {}, 2022).kind == "which_regions"

"""A report states a practice in a heading as much as in a paragraph (kg/ask/headings.py): the template
heading 一、党政主要负责人履行推进法治建设第一责任人职责情况 says the region did it, though the paragraphs
under it tell how in other words. The answer cites the first paragraph under the heading; a heading of
another matter, or a listed actor alone (党政主要负责人 of 党政主要负责人、单位负责人述法), states nothing."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.headings import Headings
from kg.ask.practice import sets_headings_aside
from tests.answering import answerer_over_texts, stating_facts

IN_A_HEADING = """南岸区司法局2021年法治政府建设情况报告
2021年，南岸区司法局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进各项工作，现将有关情况报告如下。
一、党政主要负责人履行推进法治建设第一责任人职责情况
局党组书记带头抓好法治建设各项工作，把法治建设与业务工作同部署、同推进、同督促、同考核。
二、推进依法行政情况
全年审查规范性文件12件，办理行政复议案件7件，全部在法定期限内审结。
"""
IN_A_PARAGRAPH = """綦江区2021年法治政府建设情况报告
一、加强党的领导
区委、区政府主要负责人认真履行推进法治建设第一责任人职责，年内专题研究法治建设工作4次。
二、推进依法行政情况
全年审查规范性文件9件，办理行政复议案件5件，全部在法定期限内审结。
"""
ANOTHER_MATTER = """大足区2021年法治政府建设情况报告
一、党政主要负责人带头学法情况
区政府常务会议会前学法12次，学习《行政处罚法》等法律法规，党政主要负责人带头讲法治课。
二、推进依法行政情况
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"nanan_2021.txt": IN_A_HEADING, "qijiang_2021.txt": IN_A_PARAGRAPH, "dazu_2021.txt": ANOTHER_MATTER}
    with answerer_over_texts(tmp_path_factory.mktemp("headings"), texts) as answerer:
        yield answerer



def test_a_practice_stated_in_a_heading_lists_its_region(answerer: Answerer) -> None:
    facts = stating_facts(answerer, "哪些地方写到党政主要负责人履行推进法治建设第一责任人职责？")
    assert {fact["region"] for fact in facts} == {"南岸区", "綦江区"}


def test_a_question_setting_headings_aside_counts_the_text_under_them_only(answerer: Answerer) -> None:
    facts = stating_facts(answerer, "哪些地方写明党政主要负责人履行推进法治建设第一责任人职责（只见于小标题的不算）？")
    assert {fact["region"] for fact in facts} == {"綦江区"}
    assert sets_headings_aside("哪些地方…（只在小标题里提到、正文没写的不算）？")
    assert not sets_headings_aside("哪些地方…（只在文件标题中出现的不算）？")  # (a document's title, no heading)


def test_a_heading_is_cited_by_the_first_paragraph_under_it(answerer: Answerer) -> None:
    facts = stating_facts(answerer, "哪些地方写到党政主要负责人履行推进法治建设第一责任人职责？")
    cited = answerer.index.docstore.row_by_id(next(f["paragraph_id"] for f in facts if f["region"] == "南岸区"))
    assert cited["text"].startswith("局党组书记带头抓好法治建设")
    assert cited["section"] == "一、党政主要负责人履行推进法治建设第一责任人职责情况"


def test_a_listed_actor_alone_states_nothing(answerer: Answerer) -> None:
    # 大足区's heading names 党政主要负责人, and none of the three reports writes 述法
    assert stating_facts(answerer, "哪些地方组织党政主要负责人、单位负责人述法？") == []


def test_headings_match_every_word_group_across_punctuation() -> None:
    rows = [{"id": "r1:1", "vid": 1, "report_id": "r1", "region": "甲县", "year": 2021,
             "section": "三、严格规范公正文明执法 > （一）全面落实行政执法“三项制度”"},
            {"id": "r1:2", "vid": 2, "report_id": "r1", "region": "甲县", "year": 2021,
             "section": "三、严格规范公正文明执法 > （二）深化综合执法改革"}]
    headings = Headings(rows)
    assert [p.paragraph_id for p in headings.stating([["行政执法三项制度"]])] == ["r1:1"]
    # a heading above several subheadings is cited by its first paragraph only
    assert [p.paragraph_id for p in headings.stating([["文明执法"]])] == ["r1:1"]
    assert headings.stating([["三项制度"], ["复议"]]) == []

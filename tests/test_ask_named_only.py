"""Words of a practice that a paragraph holds only as part of a name state nothing (kg/ask/practice.py): the
sentence introducing a report (现将…法治政府建设情况报告如下) names the report, not a practice of reporting, and a
unit's or an office's name (泸州市文化市场综合行政执法支队) names the body, not the reform, unless the report sets
such a unit up; nor does a sentence saying what the year was (2023年是…开局之年) where the question sets it aside."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.ask.answer import Answerer
from kg.ask.practice import said_beyond_names, sets_year_said_aside, without_introduction, without_what_the_year_was
from tests.answering import answerer_over_texts, stating_facts

NAMED_ONLY = """荣昌区文化和旅游发展委员会2023年法治政府建设情况报告
2023年，区文化旅游委坚持依法行政，扎实推进各项工作。现将我委2023年度法治政府建设情况报告如下。
一、加强执法协作
与泸州市文化市场综合行政执法支队开展联合检查3次。
"""
STATED = """大足区2023年法治政府建设情况报告
2023年，大足区坚持依法行政，扎实推进各项工作。
一、深化改革
深化综合行政执法改革，整合执法队伍。落实法治政府建设情况报告制度，按时向社会公开年度报告。
二、加强学习
深入学习贯彻党的二十大精神，举办专题读书班。
"""
YEAR_SAID = """天津市文化和旅游局2023年法治政府建设情况报告
2023年是全面贯彻落实党的二十大精神的开局之年，是我市发展的关键之年。我局坚持依法行政，扎实推进各项工作。
一、加强执法协作
开展联合检查3次。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    texts = {"rongchang_2023.txt": NAMED_ONLY, "dazu_2023.txt": STATED, "tianjin_2023.txt": YEAR_SAID}
    with answerer_over_texts(tmp_path_factory.mktemp("named_only"), texts) as answerer:
        yield answerer


def test_a_report_introducing_itself_states_no_practice_of_reporting(answerer: Answerer) -> None:
    facts = stating_facts(answerer, "哪些地方落实法治政府建设情况报告制度？")
    assert {fact["region"] for fact in facts} == {"大足区"}


def test_a_sentence_saying_what_the_year_was_states_no_practice(answerer: Answerer) -> None:
    """... where the question sets such sentences aside; else they are read as any (收官之年 of a 纲要 carries it out)."""
    asked = "哪些地方学习贯彻党的二十大精神（只说某年是贯彻二十大精神开局之年的不算）？"
    assert {fact["region"] for fact in stating_facts(answerer, asked)} == {"大足区"}
    said = "2023年是全面贯彻落实党的二十大精神的开局之年,是我市发展的关键之年。我局坚持依法行政。"
    assert without_what_the_year_was(said) == "我局坚持依法行政。"
    assert without_what_the_year_was("（一）2023年是开局之年。我局坚持依法行政。") == "（一）我局坚持依法行政。"
    assert sets_year_said_aside(asked) and not sets_year_said_aside("哪些地方写到贯彻二十大精神的开局之年？")


def test_a_unit_named_after_a_reform_states_no_reform(answerer: Answerer) -> None:
    facts = stating_facts(answerer, "哪些地方深化综合行政执法改革？")
    assert {fact["region"] for fact in facts} == {"大足区"}


def test_words_outside_a_name_or_an_introduction_are_read() -> None:
    assert not said_beyond_names("与文化市场综合行政执法支队联合检查。", ["综合行政执法"])
    assert said_beyond_names("组建区综合行政执法大队。", ["综合行政执法"])  # (setting the unit up is the reform)
    assert said_beyond_names("推行限时办结。", ["限时"])
    assert said_beyond_names("深化综合行政执法改革，与综合行政执法支队联合检查。", ["综合行政执法"])
    assert said_beyond_names("推行办法、办理案件。", ["推行"])  # (办法 is no office)
    # a body's own words are named by its office too (法治政府建设领导小组办公室: the group is there)
    assert said_beyond_names("法治政府建设领导小组办公室设在司法局。", ["法治政府建设领导小组"])
    assert without_introduction("坚持依法行政。现将我局2023年度工作情况报告如下。") == "坚持依法行政。。"
    assert without_introduction("现就我区2023年度法治政府建设情况报告如下。") == "。"

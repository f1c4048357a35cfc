"""Questions about a region's own plans: the span of years a plan covers names the plan, not the reports asked
about (本省2021—2025年的实施方案), and a plan made to carry out another (为贯彻《纲要》制定了本地的…实施方案) is asked by
the plan made: kg/ask/understand.py ``plan_span_words``, kg/ask/practice.py ``practice_terms``. A title's span is
written with other dashes and brackets, or without its 年 (纲要(2021-2025年), 纲要(2021—2025)): kg/ask/practice.py
``variants`` and ``said_together``."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.practice import practice_terms
from kg.ask.understand import plan_span_words, understand
from tests.answering import answerer_over_texts, listed_regions

THIS_PERIODS_PLAN = """始兴县2022年法治政府建设年度报告
2022年，始兴县制定《始兴县法治政府建设实施方案（2021—2025年）》，全面推进依法行政。
全年审查规范性文件12件，办理行政复议案件7件。
"""
THE_LAST_PERIODS_PLAN = """仁化县2018年法治政府建设年度报告
2018年，仁化县制定《仁化县法治政府建设实施方案（2016—2020年）》，全面推进依法行政。
全年审查规范性文件9件，办理行政复议案件5件。
"""
THE_PERIOD_BY_ITS_NAME = """翁源县2023年法治政府建设年度报告
2023年，翁源县出台“十四五”时期法治政府建设实施方案，确定法治政府建设的路线图。
全年审查规范性文件8件，办理行政复议案件9件。
"""
THE_PROVINCES_PLAN = """乳源瑶族自治县2023年法治政府建设年度报告
2023年，乳源瑶族自治县认真落实《广东省法治政府建设实施方案（2021—2025年）》，推进依法行政。
全年审查规范性文件6件，办理行政复议案件3件。
"""
THE_CENTRES_OUTLINE = """南雄市2023年法治政府建设年度报告
2023年，南雄市紧紧围绕《法治政府建设实施纲要(2021-2025年)》的部署，推进依法行政。
全年审查规范性文件5件，办理行政复议案件2件。
"""
THE_OUTLINE_WITHOUT_ITS_YEAR = """乐昌市2025年法治政府建设年度报告
2025年，乐昌市对照落实《法治政府建设实施纲要(2021—2025)》，推进依法行政。
全年审查规范性文件4件，办理行政复议案件6件。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"shixing_2022.txt": THIS_PERIODS_PLAN, "renhua_2018.txt": THE_LAST_PERIODS_PLAN,
             "wengyuan_2023.txt": THE_PERIOD_BY_ITS_NAME, "ruyuan_2023.txt": THE_PROVINCES_PLAN,
             "nanxiong_2023.txt": THE_CENTRES_OUTLINE, "lechang_2025.txt": THE_OUTLINE_WITHOUT_ITS_YEAR}
    with answerer_over_texts(tmp_path_factory.mktemp("plans"), texts) as answerer:
        yield answerer


def test_a_plans_span_is_stated_beside_it_by_its_first_year_or_its_period(answerer: Answerer) -> None:
    """Not 仁化县's plan of the period before, nor the province's plan 乳源 carries out; and 2018's report is asked
    as any other: the span is the plan's, not the reports'."""
    assert listed_regions(answerer, "哪些地方以本地名义制定了覆盖2021—2025年的法治政府建设实施方案？") == {"始兴县", "翁源县"}
    assert listed_regions(answerer, "哪些地方以本地名义制定了2016—2020年的法治政府建设实施方案？") == {"仁化县"}


def test_a_titles_span_is_read_in_any_dash_and_brackets_with_or_without_its_year(answerer: Answerer) -> None:
    answer = answerer.ask("哪些地方对照落实中央《法治政府建设实施纲要（2021—2025年）》推进工作？")
    assert {fact["region"] for fact in answer.facts} == {"南雄市", "乐昌市"}  # (cited: the title is the graph's too)


def test_the_span_of_a_plan_is_no_year_of_the_question() -> None:
    it = understand("哪些省份印发了本省2021—2025年的法治政府建设实施方案？", {}, 2025)
    assert (it.years, it.year_range) == ([], None)
    assert understand("2021—2025年哪些地方制定了实施方案？", {}, 2025).year_range == (2021, 2025)
    assert plan_span_words("例如2021—2025年、2022—2025年的方案") == ["2021", "十四五", "2022"]
    assert plan_span_words("2021年的工作要点") == []
    # ... or in brackets right after the plan
    it = understand("哪些地方制定了本地的法治政府建设实施方案（2016—2020年）？", {}, 2025)
    assert (it.years, plan_span_words(it.question)) == ([], ["2016", "十三五"])
    # ... its period's name perhaps offered beside the years: no name asked of its own, nor years of the question
    question = "哪些地方出台本地区或本系统的法治建设规划、法治政府建设实施方案（2021—2025年或“十四五”）？"
    it = understand(question, {}, 2025)
    assert (it.years, plan_span_words(question)) == ([], ["2021", "十四五"])
    assert "十四五" not in practice_terms(question, []) and "法治建设规划" in practice_terms(question, [])
    for aside in ("（2021—2025年或“十四五”时期）", "（2021—2025年，即“十四五”）"):
        assert understand("哪些地方制定了法治政府建设实施方案" + aside + "？", {}, 2025).years == []


def test_a_plan_made_to_carry_out_another_is_asked_by_the_plan_made_when_named_by_the_same_matter() -> None:
    assert practice_terms("哪些地方为贯彻《法治政府建设实施纲要（2021—2025年）》制定了本地的法治政府建设实施方案？", []) == [
        "法治政府建设实施方案"]
    # a plan named by its kind alone is told apart by what it carries out
    assert practice_terms("哪些地方为落实《全面深化法治领域改革纲要（2023—2027年）》制定了任务分工方案？", []) == [
        "全面深化法治领域改革纲要（2023—2027年）"]

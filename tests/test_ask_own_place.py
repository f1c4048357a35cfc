"""A report names its own place inside a name of rule-of-law work (《2023年法治三门建设工作要点》 for the
法治建设工作要点 a question asks about; kg/ask/practice.py ``named_with_own_place``). Another place's name
there (推进法治台州建设, a county's report on its city's work) is that place's work, not the report's."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.practice import named_with_own_place, own_place_names
from tests.answering import answerer_over_texts, listed_regions

ITS_OWN_NAME_INSIDE = """三门县2023年法治政府建设年度报告
2023年，三门县编制《2023年法治三门建设工作要点》，印发考核评价办法，推进各项任务落实。
全年审查规范性文件12件，办理行政复议案件7件，全部在法定期限内审结。
"""
ITS_CITYS_NAME_INSIDE = """天台县2023年法治政府建设年度报告
2023年，天台县认真落实《2023年法治台州建设工作要点》，推进各项任务落实。
全年审查规范性文件9件，办理行政复议案件5件，全部在法定期限内审结。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"sanmen_2023.txt": ITS_OWN_NAME_INSIDE, "tiantai_2023.txt": ITS_CITYS_NAME_INSIDE}
    with answerer_over_texts(tmp_path_factory.mktemp("own_place"), texts) as answerer:
        yield answerer


def test_a_name_of_rule_of_law_work_with_the_reports_own_place_inside_states_it(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方制定了当年的法治建设工作要点？") == {"三门县"}


def test_the_slot_is_for_names_of_more_than_the_work_itself() -> None:
    assert named_with_own_place("法治建设规划") == "法治{place}建设规划"
    assert named_with_own_place("法治建设") is None  # (法治三门建设 alone: any report's work)
    assert named_with_own_place("法治政府建设规划") is None
    assert named_with_own_place("下辖市县开展了法治建设督察、督查检查") is None  # a clause around the work
    assert own_place_names("海门区")[:2] == ["海门区", "海门"]


def test_a_provinces_governance_by_law_is_also_named_by_its_one_character() -> None:
    """全面依法治省委员会 is written 全面依法治藏委员会 in 西藏自治区's report; a county's 依法治县 has no such form."""
    assert named_with_own_place("全面依法治省委员会会议") == "全面依法治{place}委员会会议"
    assert named_with_own_place("全面依法治县委员会") is None
    assert "藏" in own_place_names("西藏自治区") and "疆" in own_place_names("新疆维吾尔自治区")
    assert all(len(name) > 1 for name in own_place_names("三门县"))

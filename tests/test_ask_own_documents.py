"""Which regions have a document of their own, and which made one in the period their report covers: the
Answerer's wiring of ``asks_own`` and ``made_in_period`` (kg/ask/practice.py) over reports written for
these tests. A region that only carries out its own older plan has one, but did not make it that year."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from tests.answering import answerer_over_texts, listed_regions

CARRIES_OUT_AN_OLDER_PLAN = """祁门县2018年法治政府建设工作情况报告
2018年，祁门县全面落实《祁门县法治政府建设实施方案（2016—2020年）》，扎实推进依法行政，各项工作取得新成效。
一、主要工作
全年审查规范性文件12件，办理行政复议案件7件，行政机关负责人出庭应诉5次。
"""
MADE_ONE_THAT_YEAR = """黟县2018年法治政府建设工作情况报告
2018年，黟县印发《黟县法治政府建设实施方案（2018—2020年）》，明确了三年的目标任务和责任分工。
一、主要工作
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
"""
ONLY_THE_NATIONAL_ONE = """休宁县2018年法治政府建设工作情况报告
2018年，休宁县认真贯彻落实《法治政府建设实施纲要（2015—2020年）》，推进法治政府建设。
一、主要工作
全年开展执法检查20次，发现并整改问题6个。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"qimen_2018.txt": CARRIES_OUT_AN_OLDER_PLAN, "yixian_2018.txt": MADE_ONE_THAT_YEAR,
             "xiuning_2018.txt": ONLY_THE_NATIONAL_ONE}
    with answerer_over_texts(tmp_path_factory.mktemp("own"), texts) as answerer:
        yield answerer



def test_a_region_carrying_out_its_own_plan_has_one_of_its_own(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方有本地自己的法治政府建设实施方案？") == {"祁门县", "黟县"}


def test_only_a_plan_made_in_the_reports_period_is_one_made_then(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方在报告所述期间制定了本地自己的法治政府建设实施方案？") == {"黟县"}

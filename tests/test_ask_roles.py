"""A question that gives its practice a role in a field of its own (把习近平法治思想作为普法的首要内容) is
answered by the reports that give it that role with the field beside it (kg/ask/practice.py ``given_role``),
not by every report that names the doctrine (all real ones do), nor by one that names it and the field in one
long sentence without the role, nor by one that gives it the role's rank (首要) in another field. A role of the
first rank in no field (作为首要政治任务) is one a report gives one work only: stated where X is given it."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from tests.answering import answerer_over_texts, listed_regions

GIVES_THE_ROLE = """广灵县2024年法治政府建设年度报告
2024年，广灵县坚持以习近平新时代中国特色社会主义思想为指导，推进各项工作。
将习近平法治思想融入全县中小学校教育，作为我县“八五”普法首要内容，列入各类培训计划。
全年审查规范性文件12件，办理行政复议案件7件，全部在法定期限内审结。
"""
NAMES_BOTH_APART = """朝阳区2021年法治政府建设年度报告
2021年，朝阳区政府认真贯彻习近平法治思想，高标准制定实施依法治区规划，启动朝阳区“八五”普法规划，推动法治政府建设。
全年审查规范性文件9件，办理行政复议案件5件，全部在法定期限内审结。
"""
ANOTHER_FIELD = """长沙县2023年法治政府建设年度报告
2023年，长沙县深入学习贯彻习近平法治思想，坚持把学习宣传贯彻党的二十大精神作为首要政治任务。
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
"""
FIRST_TASK = """始兴县2022年法治政府建设年度报告
2022年，始兴县把深入学习宣传贯彻习近平法治思想作为首要政治任务，纳入县委理论学习中心组年度学习计划。
全年审查规范性文件6件，办理行政复议案件4件，全部在法定期限内审结。
"""

THE_FIRST_TASK_TO_ANOTHER = """仁化县2023年法治政府建设年度报告
2023年，仁化县把学习习近平法治思想作为中心组学习重要内容，把学习贯彻党的二十大精神作为首要政治任务。
全年审查规范性文件8件，办理行政复议案件2件，全部在法定期限内审结。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"guangling_2024.txt": GIVES_THE_ROLE, "chaoyang_2021.txt": NAMES_BOTH_APART,
             "changsha_2023.txt": ANOTHER_FIELD, "shixing_2022.txt": FIRST_TASK,
             "renhua_2023.txt": THE_FIRST_TASK_TO_ANOTHER}
    with answerer_over_texts(tmp_path_factory.mktemp("roles"), texts) as answerer:
        yield answerer


def test_a_role_in_a_field_of_its_own_is_stated_where_it_is_given(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方把习近平法治思想作为普法（宣传）的首要内容？") == {"广灵县"}


def test_a_role_in_any_work_leaves_the_practice_alone(answerer: Answerer) -> None:
    # (法治政府建设 is every report's work: X named at all states it)
    assert listed_regions(answerer, "哪些地方把习近平法治思想作为法治政府建设的重要任务？") == {
        "广灵县", "朝阳区", "长沙县", "始兴县", "仁化县"}


def test_a_role_of_the_first_rank_in_no_field_is_stated_where_it_is_given(answerer: Answerer) -> None:
    # (every report names the doctrine; 长沙县 gives the first political task to another work in its sentence, 仁化县 in
    # another clause of its sentence)
    assert listed_regions(answerer, "哪些地方把学习贯彻习近平法治思想作为首要政治任务？") == {"始兴县"}

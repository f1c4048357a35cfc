"""Placing a thing in another (法治建设纳入绩效考核) is stated by the thing placed in any of its kind
(kg/ask/practice.py ``placed_into``): reports name their own assessment (纳入年度目标责任考核,
纳入政绩考核指标体系) where a question names others. What is placed elsewhere, or another thing placed,
states nothing."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from tests.answering import answerer_over_texts, listed_regions

ITS_OWN_ASSESSMENT = """平利县2019年法治政府建设工作总结
2019年，平利县将法治政府建设纳入年度目标责任考核，在年度干部述职中增加法治建设内容。
全年审查规范性文件12件，办理行政复议案件7件，全部在法定期限内审结。
"""
ANOTHER_NAME_OF_IT = """陇县2019年法治政府建设工作总结
2019年，陇县将法治政府建设工作纳入政绩考核指标体系，考评结果作为年度目标绩效考核的依据。
全年审查规范性文件9件，办理行政复议案件5件，全部在法定期限内审结。
"""
ANOTHER_THING_PLACED = """岚皋县2019年法治政府建设工作总结
2019年，岚皋县将安全生产纳入年度目标责任考核。全县法治政府建设工作稳步推进。
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
"""
ITS_AIM_ONLY = """莆田市司法局2022年法治政府建设工作情况报告
2022年，我局充分发挥法治政府建设统筹职能，推进全面依法治市工作，为全市经济社会发展稳定尽责任、做贡献。
"""
PLACED_AMONG_KEY_WORK = """丹江口市2022年法治政府建设情况报告
2022年，丹江口市统筹谋划法治政府建设工作，将其纳入经济社会发展重点工作内容。
"""

TAKEN_AS_A_COURSE = """鹤岗市2025年法治政府建设情况报告
2025年，鹤岗市把习近平法治思想作为干部教育培训重点课程，推动全市上下自觉践行习近平法治思想。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"pingli_2019.txt": ITS_OWN_ASSESSMENT, "longxian_2019.txt": ANOTHER_NAME_OF_IT,
             "langao_2019.txt": ANOTHER_THING_PLACED, "putian_2022.txt": ITS_AIM_ONLY,
             "danjiangkou_2022.txt": PLACED_AMONG_KEY_WORK, "hegang_2025.txt": TAKEN_AS_A_COURSE}
    with answerer_over_texts(tmp_path_factory.mktemp("placed"), texts) as answerer:
        yield answerer


def test_placing_in_an_assessment_is_stated_by_any_assessment(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方把法治政府建设或法治建设纳入绩效考核或综合考评？") == {"平利县", "陇县"}


def test_placing_in_what_has_no_kind_is_stated_with_what_is_placed_and_a_placing_verb(answerer: Answerer) -> None:
    """经济社会发展重点工作 names no kind of thing (``placed_into``): its words alone are any report's aim (为全市经济社会
    发展…做贡献); placing is stated with what is placed and a verb of placing in one sentence."""
    assert listed_regions(answerer, "哪些地方把法治政府建设纳入经济社会发展重点工作？") == {"丹江口市"}
    # (or taken as a part of where it is placed: 把习近平法治思想作为干部教育培训重点课程)
    assert listed_regions(answerer, "哪些地方把习近平法治思想纳入干部教育培训计划、课程？") == {"鹤岗市"}

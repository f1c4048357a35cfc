"""A body a report names only as the issuer of a document it follows (按照《X省法治政府建设领导小组关于印发…的通知》) was not
set up there: a question asking which places set up or adjusted it lists those naming it otherwise (kg/ask/practice.py
``names_as_acting``). Bodies and meetings are read in either script, as the practices are: a report in traditional
characters names them so."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.practice import names_as_acting
from tests.answering import answerer_over_texts, listed_regions

SET_IT_UP = """平利县2022年法治政府建设年度报告
2022年，平利县调整充实法治政府建设领导小组，由县长任组长，统筹推进全县法治政府建设。
全年审查规范性文件12件，办理行政复议案件7件。
"""
FOLLOWED_ITS_NOTICE = """池州市统计局2020年法治政府建设情况报告
2020年，市统计局按照《安徽省法治政府建设领导小组关于印发2020年度法治政府建设工作安排的通知》要求，全面推进依法统计。
全年开展统计执法检查6次，立案查处统计违法案件2件。
"""
IN_TRADITIONAL_CHARACTERS = """高陵區2019年法治政府建設年度報告
2019年，高陵區調整充實法治政府建設領導小組，由區長任組長。區政府召開法治政府建設工作會議，部署全年法治建設重點任務。
全年審查規範性文件9件，辦理行政復議案件5件。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"pingli_2022.txt": SET_IT_UP, "chizhou_tjj_2020.txt": FOLLOWED_ITS_NOTICE,
             "gaoling_2019.txt": IN_TRADITIONAL_CHARACTERS}
    with answerer_over_texts(tmp_path_factory.mktemp("bodies"), texts) as answerer:
        yield answerer


def test_a_body_named_only_as_the_issuer_of_a_followed_notice_was_not_set_up_there(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方成立或调整法治政府建设领导小组？") == {"平利县", "高陵区"}


def test_a_meeting_held_is_read_in_traditional_characters_too(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方召开法治政府建设工作会议？") == {"高陵区"}


def test_which_mentions_of_a_body_name_it_acting() -> None:
    group = ["法治政府建设领导小组"]
    assert not names_as_acting("按照《安徽省法治政府建设领导小组关于印发工作安排的通知》要求", group)
    assert not names_as_acting("根据《县委全面依法治县委员会办公室关于做好年度报告的通知》", ["全面依法治县委员会"])
    assert names_as_acting("印发《法治政府建设领导小组工作规则》，成立法治政府建设领导小组", group)
    assert names_as_acting("《法治政府建设领导小组工作规则》", group)  # (its own rules: the body acts)

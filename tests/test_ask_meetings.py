"""A meeting a report names by the spirit it carries out (贯彻落实市委全面依法治市工作会议精神) is another body's; a
question asking which places held one (召开) lists those that say they held it: kg/ask/practice.py
``names_as_held``."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.practice import held_meetings, names_as_held
from tests.answering import answerer_over_texts, listed_regions

HELD_ITS_OWN = """武隆区2021年法治政府建设年度报告
2021年，区委书记主持召开区委全面依法治区工作会议，部署全年法治建设重点任务。
全年审查规范性文件12件，办理行政复议案件7件。
"""
CARRIED_OUT_THE_CITYS = """渝北区2021年法治政府建设年度报告
2021年，渝北区深入贯彻落实中央全面依法治国工作会议和市委全面依法治市工作会议精神，开展法治督察2次。
全年审查规范性文件9件，办理行政复议案件5件。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"wulong_2021.txt": HELD_ITS_OWN, "yubei_2021.txt": CARRIED_OUT_THE_CITYS}
    with answerer_over_texts(tmp_path_factory.mktemp("meetings"), texts) as answerer:
        yield answerer


def test_a_meeting_whose_spirit_a_report_carries_out_was_not_held_there(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方召开全面依法治市（区）工作会议？") == {"武隆区"}
    # asked for the spirit, the report carrying it out states it
    assert "渝北区" in listed_regions(answerer, "哪些地方贯彻落实全面依法治市工作会议精神？")


def test_which_mentions_of_a_meeting_state_holding_it() -> None:
    meeting = ["全面依法治市工作会议"]
    assert not names_as_held("贯彻落实中央全面依法治国工作会议和市委全面依法治市工作会议精神", meeting)
    assert not names_as_held("学习习近平总书记在全面依法治市工作会议上的重要讲话", meeting)
    assert not names_as_held("传达市委全面依法治市工作会议精神", ["全面依法治市工作会"])  # (the short name, 议 after it)
    assert names_as_held("召开全面依法治市工作会议，传达学习中央全面依法治国工作会议精神", meeting)
    assert held_meetings("哪些地方召开全面依法治县工作会议？", [meeting]) == [meeting]
    assert held_meetings("哪些地方贯彻全面依法治县工作会议精神？", [meeting]) == []
    assert held_meetings("哪些地方召开会议研究法治建设？", [["研究"], ["法治建设"]]) == []
    # (a meeting's word with its other wordings after it is a meeting still: a report that only studied the spirit
    # of a list of meetings held none of them)
    worded = ["会议", "召开", "委员会上"]
    assert held_meetings("哪些地方召开依法治省委员会会议？", [["治省"], worded]) == [worded]
    assert not names_as_held("学习中央全面依法治国工作会议、省委全面依法治省委员会和州委全面依法治州委员会会议精神", worded)

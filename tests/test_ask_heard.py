"""Hearing a briefing on a matter (听取法治建设工作汇报) is stated by a hearing verb, the matter and a
briefing word in one sentence (kg/ask/practice.py ``heard_about``): reports write 定期听取工作汇报 in a
sentence on 法治建设, or 听取和研究法治政府建设工作情况. A briefing heard on another matter, or the
matter reported without hearing, states nothing; an annual report the question only reviews
(审议年度法治政府建设报告) is no briefing heard."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.practice import heard_about
from tests.answering import answerer_over_texts, listed_regions

BRIEFING_IN_ITS_OWN_WORDS = """平利县2022年法治政府建设工作总结
2022年，县委、县政府主要负责人切实履行推进法治建设第一责任职责，定期听取工作汇报，及时研究解决重大问题。
全年审查规范性文件12件，办理行政复议案件7件，全部在法定期限内审结。
"""
HOW_IT_STANDS = """陇县2022年法治政府建设工作总结
2022年，县政府主要负责人主动听取和研究全县法治建设工作情况，亲自部署年度重点工作。
全年审查规范性文件9件，办理行政复议案件5件，全部在法定期限内审结。
"""
ANOTHER_MATTER_HEARD = """岚皋县2022年法治政府建设工作总结
2022年，县政府常务会议听取安全生产工作汇报。全县法治建设工作稳步推进，群众满意度持续提升。
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
"""
REPORTED_NOT_HEARD = """宁陕县2022年法治政府建设工作总结
2022年，县政府按时向县委报告法治建设工作情况，并向社会公开。
全年审查规范性文件6件，办理行政复议案件4件，全部在法定期限内审结。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"pingli_2022.txt": BRIEFING_IN_ITS_OWN_WORDS, "longxian_2022.txt": HOW_IT_STANDS,
             "langao_2022.txt": ANOTHER_MATTER_HEARD, "ningshan_2022.txt": REPORTED_NOT_HEARD}
    with answerer_over_texts(tmp_path_factory.mktemp("heard"), texts) as answerer:
        yield answerer


def test_a_briefing_heard_is_stated_in_the_reports_own_words(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方的党委、政府或其主要负责人听取法治建设工作汇报？") == {"平利县", "陇县"}


@pytest.mark.parametrize(("term", "question", "matters"), [
    ("法治政府建设、依法行政工作的汇报", "哪些地方听取法治政府建设、依法行政工作的汇报？", ["法治政府建设", "依法行政"]),
    ("政府关于法治政府建设的专题报告", "哪些地方听取政府关于法治政府建设的专题报告？", ["法治政府建设"]),
    ("党委听取法治政府建设情况", "哪些地方的党委听取法治政府建设情况或专项工作的汇报？", ["法治政府建设"]),
    ("法治政府建设情况", "哪些地方公开法治政府建设情况？", None),  # how it stands, nothing heard
    ("年度法治政府建设报告", "哪些地方审议了本地年度法治政府建设报告？", None),  # reviewed, not heard
    ("法治政府建设工作领导小组", "哪些地方成立了法治政府建设工作领导小组？", None),
])
def test_the_matters_heard_about(term: str, question: str, matters: list[str] | None) -> None:
    assert heard_about(term, question) == matters

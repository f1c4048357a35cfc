"""A question about a work shared out among leaders (形成主要领导亲自抓、分管领导具体抓的工作格局) is answered by the
reports that share out any work between the principal's rank and a deputy's, a duty each, in their own words for each
part (kg/ask/practice.py ``LEADERS_SHARING_OUT``), not by one that names both ranks together without a duty of each
(attending, speaking), nor by a group's make-up."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.practice import LEADERS_SHARING_OUT
from tests.answering import answerer_over_texts, listed_regions

IN_OTHER_WORDS = """黄石市2015年依法行政工作报告
2015年，黄石市调整法治政府建设领导小组，形成了主要领导负总责、分管领导抓具体、责任部门抓落实的工作机制。
全年审查规范性文件12件，办理行政复议案件7件，全部在法定期限内审结。
"""
BY_COMMAS = """王河镇2025年法治政府建设年度报告
2025年，王河镇建立法治政府建设领导小组，“一把手”亲自抓，分管领导统筹抓，分片领导具体抓。
全年开展法治宣传活动9场次，调解矛盾纠纷15件。
"""
BOTH_NAMED_TOGETHER = """新丰县2020年法治政府建设年度报告
2020年，新丰县主要领导及分管领导先后多次专题听取法治政府建设情况汇报，研究部署重点工作。
全年审查规范性文件6件，办理行政复议案件4件，全部在法定期限内审结。
"""
A_GROUPS_MAKE_UP = """彭水县2021年法治政府建设年度报告
2021年，彭水县成立由主要负责人任组长、分管负责人任副组长、相关科室为成员的法治政府建设领导小组。
全年审查规范性文件8件，办理行政复议案件2件，全部在法定期限内审结。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"huangshi_2015.txt": IN_OTHER_WORDS, "wanghe_2025.txt": BY_COMMAS,
             "xinfeng_2020.txt": BOTH_NAMED_TOGETHER, "pengshui_2021.txt": A_GROUPS_MAKE_UP}
    with answerer_over_texts(tmp_path_factory.mktemp("sharing"), texts) as answerer:
        yield answerer


def test_a_work_shared_out_among_leaders_is_stated_in_any_words_of_each_part(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方形成主要领导亲自抓、分管领导具体抓的工作格局？") == {"黄石市", "王河镇"}
    # (a question whose parts are no duties asks its own practice, not any sharing out: 出庭应诉, 旁听庭审)
    assert listed_regions(answerer, "哪些地方主要负责人带头出庭应诉、分管负责人旁听庭审？") == set()


@pytest.mark.parametrize("sentence, shares", [
    ("形成了行政首长牵头，分管领导具体负责，政府法制机构综合协调的工作格局", True),
    ("主要领导亲自部署、分管领导具体负责、业务股室具体落实", True),
    ("主要负责同志和分管领导多次调研安排部署依法行政工作", False),
    ("主要负责同志定期调度，分管负责同志及各部门主要负责同志认真履行职责", False),
    ("由主要负责人任组长、分管负责人任副组长", False),
    ("主要领导出席，分管领导参加", False),  # (attending is no duty)
    ("主要领导同志、分管领导同志参加", False),
    ("主要领导讲话，分管领导部署", False),
])
def test_the_formula_holds_a_part_of_each_rank(sentence: str, shares: bool) -> None:
    assert (LEADERS_SHARING_OUT.search(sentence) is not None) is shares

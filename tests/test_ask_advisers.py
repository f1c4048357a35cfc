"""A law firm advising a township (a street's office) is stated by the township's report: a which-regions answer
lists the township, as it lists the report's other practices, not the district its code names in the graph."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from tests.answering import answerer_over_texts

STREET = """2022年度烟台市莱山区人民政府黄海路街道办事处法治政府建设情况报告
今年以来，在区委依法治区办的坚强领导下，我街道全面深化法治政府建设，全面提升基层法治水平。
一、推进法治政府建设的主要举措和成效
街道党工委、办事处高度重视法治政府建设，聘请北京智舟律师事务所律师为街道法律顾问，审查合同12份。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    with answerer_over_texts(tmp_path_factory.mktemp("advisers"), {"huanghailu_2022.txt": STREET}) as answerer:
        yield answerer


def test_a_townships_adviser_is_listed_under_the_township(answerer: Answerer) -> None:
    answer = answerer.ask("哪些地方聘请律师事务所的律师担任法律顾问？")
    assert {fact["region"] for fact in answer.facts} == {"黄海路街道"}
    assert {fact["law_firm"] for fact in answer.facts if fact["kind"] == "ADVISES"} == {"北京智舟律师事务所"}

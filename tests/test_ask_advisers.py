"""A law firm advising a township (a street's office) is stated by the township's report: a which-regions answer
lists the township, as it lists the report's other practices, not the district its code names in the graph; and a
district hiring the same firm is listed for its own report."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from tests.answering import answerer_over_texts

STREET = """2022年度烟台市莱山区人民政府黄海路街道办事处法治政府建设情况报告
今年以来，在区委依法治区办的坚强领导下，我街道全面深化法治政府建设，全面提升基层法治水平。
一、推进法治政府建设的主要举措和成效
街道党工委、办事处高度重视法治政府建设，聘请北京智舟律师事务所律师为街道法律顾问，审查合同12份。
"""


DISTRICT = """烟台市莱山区人民政府2022年度法治政府建设情况报告
2022年，莱山区坚持依法行政，持续推进法治政府建设，现将有关情况报告如下。
一、推进法治政府建设的主要举措
区政府聘请北京智舟律师事务所担任政府法律顾问，全年审查重大合同36份。
"""


@pytest.fixture(scope="module")
def with_district(tmp_path_factory: pytest.TempPathFactory):
    texts = {"huanghailu_2022.txt": STREET, "laishan_2022.txt": DISTRICT}
    with answerer_over_texts(tmp_path_factory.mktemp("advisers_both"), texts) as answerer:
        yield answerer


def test_a_district_and_its_street_hiring_one_firm_are_each_listed_for_their_own_reports(with_district: Answerer) -> None:
    """The graph holds one relation for both (the street's adviser is tied to its district): each report's region
    gets a fact of its own, and the street's is the street's."""
    answer = with_district.ask("哪些地方聘请律师事务所的律师担任法律顾问？")
    advised = {fact["region"] for fact in answer.facts if fact["kind"] == "ADVISES"}
    assert advised == {"黄海路街道", "莱山区"}
    assert {fact["law_firm"] for fact in answer.facts if fact["kind"] == "ADVISES"} == {"北京智舟律师事务所"}

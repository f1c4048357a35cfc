"""Which-regions answers and the reports kg could not place: a report whose issuer it cannot tell (a district's
text naming only the city above it) is no region to count, but a list that leaves it out says so, with its
paragraph as evidence, so that a researcher reading "N regions" knows what the N leaves out. A figure asked of a
place that holds no report is read from them, marked as of a place unknown."""

from __future__ import annotations

import pytest

from tests.answering import answerer_over_texts

QIMEN = """祁门县2022年法治政府建设工作情况报告
2022年，祁门县全面推进依法行政，现将情况报告如下。
一、优化政务服务
全面推行证明事项告知承诺制，梳理告知承诺事项清单，方便群众办事。
"""
# speaks as 我区 and names only 黄山市, where a meeting was held: kg cannot tell which district issued it
UNPLACED = """2022年，区委、区政府坚持依法行政，借鉴在黄山市召开的现场会经验，我区法治政府建设取得新进展。
一、优化政务服务
我区全面推行证明事项告知承诺制，减少群众办事提交的材料。
二、规范执法
我区推行首违不罚清单制度，梳理首违不罚事项32项，对轻微违法行为依法不予处罚，我区执法更加规范。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"qimen_2022.txt": QIMEN, "unplaced_2022.txt": UNPLACED}
    with answerer_over_texts(tmp_path_factory.mktemp("unplaced"), texts) as answerer:
        yield answerer


def test_a_list_counts_placed_regions_and_says_which_unplaced_reports_state_it_too(answerer) -> None:
    answer = answerer.ask("哪些地方推行证明事项告知承诺制？")
    assert [fact["region"] for fact in answer.facts] == ["祁门县"]
    assert answer.answer.startswith("共1个地区")
    assert "另有1份未能确定发布地区的报告也陈述了这一做法（unplaced_2022.txt）" in answer.answer
    assert {hit["source"] for hit in answer.evidence} == {"qimen_2022.txt", "unplaced_2022.txt"}


def test_a_practice_only_an_unplaced_report_states_names_no_region_but_is_not_called_absent(answerer) -> None:
    answer = answerer.ask("哪些地方推行首违不罚？")
    assert answer.facts == []
    assert "没有任何确定地区的报告提到" in answer.answer and "另有1份未能确定发布地区的报告" in answer.answer
    assert "祁门县" not in answer.answer
    assert [hit["source"] for hit in answer.evidence] == ["unplaced_2022.txt"]


def test_a_place_with_no_report_is_said_so_with_the_unplaced_reports_of_the_year(answerer) -> None:
    answer = answerer.ask("2022年黟县是怎样推行首违不罚的？")
    assert "库中没有黟县2022年的报告" in answer.answer
    assert "另有1份2022年的报告未能确定发布地区，可能有该地区的，未用于作答" in answer.answer
    assert "另有" not in answerer.ask("2019年黟县推行首违不罚清单多少项？").answer  # (no unplaced report of 2019)


def test_a_figure_asked_of_a_place_with_no_report_is_read_from_the_unplaced_reports_and_marked(answerer) -> None:
    answer = answerer.ask("2022年黟县梳理首违不罚事项多少项？")
    assert "另有1份2022年的报告未能确定发布地区，可能有该地区的：以下数值出自这些报告" in answer.answer
    assert "（地区不详）2022年：" in answer.answer and "32项" in answer.answer
    assert [fact["region"] for fact in answer.facts] == [None]  # no region is claimed for it
    assert "reads_unplaced" not in answer.to_dict()["interpretation"]  # (the question as asked, not how it was read)
    # a place holding reports of other years is answered by none of them, nor by the unplaced one
    assert "32项" not in answerer.ask("2019年祁门县梳理首违不罚事项多少项？").answer

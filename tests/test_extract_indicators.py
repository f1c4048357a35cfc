"""Metrics filed under the genre's indicator taxonomy (ingest/extract/indicators.py): one test
per rule, on sentences written for the test."""

from __future__ import annotations

import pytest

from ingest.extract.indicators import OTHER, classify, fits, taxonomy
from ingest.extract.metrics import find_metrics


def filed(sentence: str) -> list[tuple[str, str]]:
    """(number with unit, indicator id) of each metric of ``sentence``."""
    return [(f"{m.value:g}{m.unit}", m.indicator) for m in find_metrics(sentence, [])]


def test_taxonomy_loads_with_unique_ids_and_names_and_known_kinds() -> None:
    items = list(taxonomy().values())
    assert len(items) > 30 and items[-1].id == OTHER
    assert len({i.name for i in items}) == len(items)  # the graph keys an Indicator by its name
    assert {i.kind for i in items} <= {"count", "rate", "money", "duration", "people"}


def test_action_words_pick_the_indicator_and_the_domain_comes_from_the_clause_before() -> None:
    assert filed("本年度共收到行政复议申请35件，受理32件，审结30件，依法纠错4件，纠错率12.5%。") == [
        ("35件", "reconsideration.received"), ("32件", "reconsideration.accepted"),
        ("30件", "reconsideration.concluded"), ("4件", "reconsideration.corrected"),
        ("12.5%", "reconsideration.correction_rate")]


def test_exclusions_inside_a_domain_are_other() -> None:
    assert filed("收到行政复议申请12件，其中不予受理2件。") == [
        ("12件", "reconsideration.received"), ("2件", OTHER)]


def test_a_count_is_never_filed_under_a_rate_or_the_reverse() -> None:
    assert filed("行政机关负责人出庭应诉20次，出庭应诉率达95%。") == [
        ("20次", "appearance.count"), ("95%", "appearance.rate")]
    assert filed("行政诉讼败诉3件，败诉率为8%。") == [("3件", "litigation.lost"), ("8%", "litigation.loss_rate")]
    assert filed("规范性文件备案率100%。") == [("100%", OTHER)]  # no rate id for filing
    assert not fits("count", "%") and not fits("rate", "件") and not fits("people", "件")


def test_normative_documents_by_their_action() -> None:
    assert filed("集中清理规范性文件120件，其中废止15件、修改8件，报送备案6件。") == [
        ("120件", "normative.cleaned"), ("15件", "normative.repealed"), ("8件", "normative.revised"),
        ("6件", "normative.filed")]


def test_a_headcount_and_a_workload_of_the_same_domain_part_by_unit() -> None:
    assert filed("聘请法律顾问12名，法律顾问出具法律意见书300份。") == [
        ("12名", "legal_adviser.count"), ("300份", "legal_adviser.opinions")]


def test_the_noun_after_the_unit_names_what_a_subjectless_number_counts() -> None:
    [metric] = find_metrics("全区45名行政执法人员参加了年度轮训考核，", [])
    assert metric.subject.startswith("行政执法人员") and metric.indicator == "enforcement.officers"


def test_a_common_word_does_not_lend_its_domain_to_a_neighbour_clause() -> None:
    assert classify("人数达", "万", "余人", "组织企业职工参加普法讲座，") == "legal_education.participants"


def test_a_borrowed_domain_files_only_a_subject_too_short_to_name_its_own_thing() -> None:
    assert filed("收到行政复议申请9件，已审结的8件，另新建口袋公园7个。") == [
        ("9件", "reconsideration.received"), ("8件", "reconsideration.concluded"), ("7个", OTHER)]


def test_money_and_durations_only_file_under_their_kind() -> None:
    assert filed("罚没款共计350万元，企业开办时间压缩至2个工作日。") == [
        ("350万元", "enforcement.penalties"), ("2个工作日", "gov_services.time_saved")]


def test_an_unknown_measure_is_other_with_its_subject_kept() -> None:
    [metric] = find_metrics("新建口袋公园7个。", [])
    assert metric.indicator == OTHER and metric.subject == "新建口袋公园"


@pytest.mark.parametrize("sentence", ["坚定“四个自信”，增强“四个意识”，做到“两个维护”。", "牢记“2个确立”。"])
def test_a_number_opening_a_quoted_slogan_is_not_a_metric(sentence: str) -> None:
    assert find_metrics(sentence, []) == []


def test_enumerators_and_leading_years_are_not_part_of_the_subject() -> None:
    [metric] = find_metrics("三是2023年审查合同86件。", [])
    assert metric.subject == "审查合同" and metric.indicator == "legal_review.documents"


def test_an_unfiled_item_of_a_list_takes_the_indicator_of_its_sibling() -> None:
    assert filed("本级保留行政权力事项420项，其中便民服务类事项160项。") == [
        ("420项", "powers.retained"), ("160项", "powers.retained")]
    assert filed("本级保留行政权力事项420项。新建口袋公园7项。")[1] == ("7项", OTHER)  # another sentence


def test_the_legal_adviser_as_actor_files_its_work_as_adviser_service() -> None:
    assert filed("全年法律顾问起草修改各类协议30件，参与行政诉讼12件。") == [
        ("30件", "legal_adviser.opinions"), ("12件", "legal_adviser.opinions")]
    assert filed("政府法律顾问制度全面推行，全区新建口袋公园7个。") == [("7个", OTHER)]


def test_a_number_counting_groups_or_lists_is_other() -> None:
    assert filed("成立普法宣传3个工作小组。") == [("3个", OTHER)]
    assert filed("公布政务服务事项清单12个。") == [("12个", OTHER)]


def test_a_business_figure_needs_a_registration_word() -> None:
    assert filed("新增市场主体1200户，为企业开展法律体检40次。") == [
        ("1200户", "business.registrations"), ("40次", OTHER)]
    assert filed("注册资本8亿元；个体工商户900户。") == [("8亿元", OTHER), ("900户", "business.registrations")]


def test_a_sibling_never_overrides_an_exclusion() -> None:
    assert filed("办理行政应诉案件15件，民事诉讼案件2件。") == [("15件", "litigation.cases"), ("2件", OTHER)]


@pytest.mark.parametrize("sentence", ["传达市委五届八次全会精神。", "县四套班子领导带头学法。",
                                      "在全省参评的120个县中位居前列。"])
def test_numbers_that_name_rather_than_count_are_not_metrics(sentence: str) -> None:
    assert find_metrics(sentence, []) == []


def test_a_percentage_with_decimals_is_not_taken_for_a_code() -> None:
    assert filed("网上可办事项占全部政务服务事项的97.85%。") == [("97.85%", "gov_services.online_rate")]


def test_a_share_of_service_items_is_an_online_rate_only_when_it_says_online() -> None:
    assert filed("“最多跑一次”事项占全部政务服务事项的90%。") == [("90%", OTHER)]


def test_more_of_the_genres_wordings() -> None:
    assert filed("聘请2家律师事务所担任政府常年法律顾问。") == [("2家", "legal_adviser.count")]
    assert filed("组织评查执法案卷260卷。") == [("260卷", "enforcement.reviews")]
    assert filed("开展“法律进社区”活动80场次，受众1.2万人次。") == [
        ("80场次", "legal_education.events"), ("1.2万人", "legal_education.participants")]
    assert filed("行政诉讼败诉率较上年下降2个百分点。") == [("2个百分点", "litigation.loss_rate")]

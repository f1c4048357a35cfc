"""Metrics filed under the genre's indicator taxonomy (ingest/extract/indicators.py): one test
per rule, on sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.evaluate import evaluate
from ingest.extract.indicators import OTHER, fits, taxonomy
from ingest.extract.metrics import find_metrics
from tests.support import unseen_sets


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


def test_a_training_class_on_a_domains_work_counts_classes_not_that_work() -> None:
    assert filed("全年举办行政执法、行政应诉培训班3次。") == [("3次", "study.sessions")]
    assert filed("组织召开行政复议工作培训会2次。") == [("2次", "study.sessions")]


def test_an_action_in_a_sentence_before_lends_a_bare_subject_nothing() -> None:
    # (a law cited in the sentence before, 《物业管理条例》, is no material of the lectures counted after it)
    assert filed("重点学习了《物业管理条例》等法律法规。开展专题学法10次、法治讲座4场。") == [
        ("10次", "study.sessions"), ("4场", "legal_education.events")]


def test_exclusions_inside_a_domain_are_other() -> None:
    assert filed("收到行政复议申请12件，其中不予受理2件。") == [
        ("12件", "reconsideration.received"), ("2件", OTHER)]
    assert filed("制发行政复议意见书3件。") == [("3件", OTHER)]  # sent to agencies, no cases
    # (nor the replies a body makes as a respondent; cases it handled are concluded ones)
    assert filed("办理行政复议案件214件，办理行政复议答复案件115件。") == [
        ("214件", "reconsideration.concluded"), ("115件", OTHER)]
    assert filed("接收并办理行政复议案件30件，结转行政复议案件5件。") == [
        ("30件", "reconsideration.received"), ("5件", OTHER)]  # (received; carried over)


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
    assert filed("组织行政执法人员培训2800人次，培训班5期。") == [
        ("2800人次", "study.participants"), ("5期", "study.sessions")]
    assert filed("聘请法律顾问12名，法律顾问出具法律意见书300份。") == [
        ("12名", "legal_adviser.count"), ("300份", "legal_adviser.opinions")]


def test_the_noun_after_the_unit_names_what_a_subjectless_number_counts() -> None:
    [metric] = find_metrics("全区45名行政执法人员参加了年度轮训考核，", [])
    # (officers, and what they took part in: a training's participants, as gold c07 and ar02 have them)
    assert metric.subject.startswith("行政执法人员") and metric.indicator == "study.participants"
    [metric] = find_metrics("全区45名行政执法人员通过了资格审查，", [])
    assert metric.subject.startswith("行政执法人员") and metric.indicator == "enforcement.officers"


def test_a_common_word_does_not_lend_its_domain_to_a_neighbour_clause() -> None:
    assert filed("组织企业职工参加普法讲座，人数达3万余人。") == [("3万人", "legal_education.participants")]


def test_a_borrowed_domain_files_only_a_subject_too_short_to_name_its_own_thing() -> None:
    assert filed("收到行政复议申请9件，已审结的8件，另新建口袋公园7个。") == [
        ("9件", "reconsideration.received"), ("8件", "reconsideration.concluded"), ("7个", OTHER)]


def test_money_and_durations_only_file_under_their_kind() -> None:
    assert filed("罚没款共计350万元，企业开办时间压缩至2个工作日。") == [
        ("350万元", "enforcement.penalties"), ("2个工作日", "gov_services.time_saved")]


def test_an_unknown_measure_is_other_with_its_subject_kept() -> None:
    [metric] = find_metrics("新建口袋公园7个。", [])
    assert metric.indicator == OTHER and metric.subject == "新建口袋公园"


@pytest.mark.parametrize("sentence", ["坚定“四个自信”，增强“四个意识”，做到“两个维护”。", "牢记“2个确立”。",
                                      "奋力实现“两个上台阶、四个走前列”战略目标。"])  # (each part of a slogan's)
def test_a_number_opening_a_quoted_slogan_is_not_a_metric(sentence: str) -> None:
    assert find_metrics(sentence, []) == []


def test_enumerators_and_leading_years_are_not_part_of_the_subject() -> None:
    [metric] = find_metrics("三是2023年审查合同86件。", [])
    assert metric.subject == "审查合同" and metric.indicator == "legal_review.documents"


def test_ranks_listed_before_the_people_trained_are_one_subject() -> None:
    [metric] = find_metrics("专题培训处级、科级领导干部180余人。", [])
    assert (metric.subject, metric.indicator) == ("专题培训处级、科级领导干部", "study.participants")
    # a 、 between things counted still ends the subject (审查、备案: two acts, the last one's figure)
    assert [m.subject for m in find_metrics("开展法治培训、举办讲座12次。", [])] == ["举办讲座"]


def test_service_items_handled_are_workload_and_smart_approval_items_are_service_items() -> None:
    assert filed("启用“2号章”办理审批服务事项130件。") == [("130件", "other")]  # cases done, counted in 件
    assert filed("梳理政务服务事项120项。") == [("120项", "gov_services.items")]
    assert filed("年办理法律服务事项15万余件。") == [("15万件", "public_legal_services")]  # its own workload
    assert filed("上线“AI智慧审批”事项33项。") == [("33项", "gov_services.items")]


def test_an_unfiled_item_of_a_list_takes_the_indicator_of_its_sibling() -> None:
    assert filed("本级保留行政权力事项420项，其中便民服务类事项160项。") == [
        ("420项", "powers.retained"), ("160项", "powers.retained")]
    assert filed("本级保留行政权力事项420项。新建口袋公园7项。")[1] == ("7项", OTHER)  # another sentence


def test_the_legal_adviser_as_actor_files_its_work_as_adviser_service() -> None:
    assert filed("全年法律顾问起草修改各类协议30件，参与行政诉讼12件。") == [
        ("30件", "legal_adviser.opinions"), ("12件", "legal_adviser.opinions")]
    assert filed("政府法律顾问制度全面推行，全区新建口袋公园7个。") == [("7个", OTHER)]
    # (the cases it helped with are its help, not cases handled; the cases of a sentence it is not the actor of stay)
    assert filed("我镇政府法律顾问审核重要合同3份，协助处理重大执法案件2宗，协助处理复杂信访案件1宗。") == [
        ("3份", "legal_adviser.opinions"), ("2宗", "legal_adviser.opinions"), ("1宗", "legal_adviser.opinions")]
    assert filed("聘请法律顾问3名。全年协助公安机关处理行政执法案件20件。")[1] == ("20件", "enforcement.cases")
    assert filed("建立法律顾问制度，全年协助处理信访案件12件。") == [("12件", "petitions.cases")]


def test_a_number_counting_groups_or_lists_is_other() -> None:
    assert filed("成立普法宣传3个工作小组。") == [("3个", OTHER)]
    assert filed("公布政务服务事项清单12个。") == [("12个", OTHER)]


def test_places_counted_by_their_levels_character_after_a_figure() -> None:
    assert sorted(filed("在5市12县开展试点。")) == [("12县", OTHER), ("5市", OTHER)]
    assert filed("建立三市四县联调机制。") == []  # after a Chinese numeral the character closes a name


def test_the_places_work_reached_are_other_but_what_each_set_up_is_counted() -> None:
    assert filed("普法宣传面向全县45个行政村。") == [("45个", OTHER)]
    assert filed("全县12个政务服务大厅实现“一窗通办”。") == [("12个", OTHER)]
    assert filed("在8个乡镇设立公共法律服务站。") == [("8个", "public_legal_services")]
    # groups sent and the divisions they reached by their levels alone are no audience of the publicity that follows
    assert filed("组织4个普法调研组，深入8个市州、20个县市区，开展宣讲30场次，受众6000余人。") == [
        ("4个", OTHER), ("8个", OTHER), ("20个", OTHER), ("30场次", "legal_education.events"),
        ("6000人", "legal_education.participants")]
    assert filed("21个毗邻区县政务服务事项实现通办。")[0][1] != OTHER  # a thing of those divisions is counted
    # (the cities a province's leaders went to, whatever they held there)
    assert filed("组织厅领导带队赴13个设区市开展学习宣传贯彻党的二十大精神专题调研。") == [("13个", OTHER)]
    assert filed("全省13个设区市政府全部公布权责清单。")[0][1] != OTHER  # (the governments are what is counted)


def test_a_business_figure_needs_a_registration_word() -> None:
    assert filed("新增市场主体1200户，为企业开展法律体检40次。") == [
        ("1200户", "business.registrations"), ("40次", OTHER)]
    assert filed("注册资本8亿元；个体工商户900户。") == [("8亿元", OTHER), ("900户", "business.registrations")]


def test_firms_a_policy_supported_are_no_registrations() -> None:
    assert filed("兑现惠企政策，享受减免的企业320家次，新登记企业150户。") == [
        ("320家次", OTHER), ("150户", "business.registrations")]


def test_a_sibling_never_overrides_an_exclusion() -> None:
    assert filed("办理行政应诉案件15件，民事诉讼案件2件。") == [("15件", "litigation.cases"), ("2件", OTHER)]


@pytest.mark.parametrize("sentence", ["传达市委五届八次全会精神。", "县四套班子领导带头学法。",
                                      "在全省参评的120个县中位居前列。",
                                      "贯彻市委六届五次、六次全会和区委十五届七次、八次全会精神。",
                                      "贯彻落实省七次党代会精神。",
                                      "国家发改委等六部委联合发文，三部门联合检查。",
                                      "增强四个意识、坚定四个自信、做到两个维护。", "实行7×24小时值班。",
                                      "主要工作体现在以下九个方面：", "围绕全县六个方面重点任务推进。",
                                      # the tasks and programmes of a plan, and a campaign's round numbers
                                      "聚焦做好三件大事，打赢四场硬仗，实施五个工程，推进两个“首位战略”。",
                                      "开展千名律师进万家、百场讲座下基层活动。",
                                      # the systems a plan names by their count (行政执法三项制度, 三项清单制度), and
                                      # the parts of a text in characters (分为三大板块)
                                      "全面推行行政执法三项制度，建立健全三项清单制度。", "报告分为三大板块。"])
def test_numbers_that_name_rather_than_count_are_not_metrics(sentence: str) -> None:
    assert find_metrics(sentence, []) == []


def test_a_count_of_a_noun_that_a_quote_qualifies_is_a_metric() -> None:
    assert [(m.value, m.unit) for m in find_metrics("梳理餐饮、住宿等三类“证照联办”事项。", [])] == [(3, "类")]


def test_a_percentage_with_decimals_is_not_taken_for_a_code() -> None:
    assert filed("网上可办事项占全部政务服务事项的97.85%。") == [("97.85%", "gov_services.online_rate")]


def test_a_share_of_service_items_is_an_online_rate_only_when_it_says_online() -> None:
    assert filed("“最多跑一次”事项占全部政务服务事项的90%。") == [("90%", OTHER)]


def test_more_of_the_genres_wordings() -> None:
    assert filed("聘请2家律师事务所担任政府常年法律顾问。") == [("2家", "legal_adviser.count")]
    assert filed("组织评查执法案卷260卷。") == [("260卷", "enforcement.reviews")]
    assert filed("开展“法律进社区”活动80场次，受众1.2万人次。") == [
        ("80场次", "legal_education.events"), ("1.2万人次", "legal_education.participants")]
    assert filed("行政诉讼败诉率较上年下降2个百分点。") == [("2个百分点", "litigation.loss_rate")]


def test_a_scale_and_a_per_time_mark_are_part_of_the_unit_as_written() -> None:
    assert [(m.value, m.unit, m.qualifier) for m in find_metrics(
        "清理个体工商户1.5万余户，开展讲座36场/次，参训干部210人(次)。", [])] == [
        (1.5, "万户", "approx"), (36, "场/次", None), (210, "人(次)", None)]
    assert fits("people", "万人次") and fits("money", "万元") and not fits("count", "万元")


def test_runs_of_years_time_limits_months_and_rounds_are_metrics() -> None:
    assert [(m.value, m.unit, m.qualifier) for m in find_metrics(
        "本县连续三年获评先进，信访事项须在10日内答复，比计划提前4个月完成，分两轮集中审议。", [])] == [
        (3, "年", None), (10, "日", "at_most"), (4, "个月", None), (2, "轮", None)]
    assert find_metrics("2023年5月12日内部会议召开。", []) == []  # a date is no time limit
    # hours of class (课时, 学时) are counted in their own unit
    assert [(m.value, m.unit) for m in find_metrics("为在校学生上法制课349课时，每年至少80个课时。", [])] == [
        (349, "课时"), (80, "个课时")]
    # … and so are credits of study and a pollutant's concentration
    assert [(m.value, m.unit) for m in find_metrics("人均完成学习24学分；PM2.5平均浓度为30微克/立方米。", [])] == [
        (24, "学分"), (30, "微克/立方米")]


def test_intermediary_services_are_not_powers() -> None:
    assert filed("清理行政审批中介服务事项40项，保留23项。") == [("40项", OTHER), ("23项", OTHER)]


def test_a_count_of_power_items_with_no_action_is_other() -> None:
    assert filed("将各部门的85项行政许可事项划转至行政审批局。") == [("85项", OTHER)]
    assert filed("疏理市本级权责事项1800项。") == [("1800项", "powers.listed")]


def test_the_domain_comes_from_the_sentence_before_in_the_same_paragraph() -> None:
    assert filed("今年分批调整和下放行政许可事项。其中：第一批下放6项，调整3项，保留40项。") == [
        ("6项", "powers.cancelled"), ("3项", "powers.cancelled"), ("40项", "powers.retained")]
    assert filed("今年下放行政许可事项。\n调整3项。") == [("3项", OTHER)]  # another paragraph


def test_a_short_subject_takes_the_action_named_nearest_before_it() -> None:
    assert filed("取消和调整一批行政许可事项，第二批调整实施主体、办理时限52项。") == [
        ("52项", "powers.cancelled")]


def test_the_unit_passes_a_figure_on_to_the_next_domain_the_subject_names() -> None:
    assert filed("区级审批事项平均办理时间由15天压缩至4天，提速率73%，高于全省要求的60%。") == [
        ("15天", "gov_services.time_saved"), ("4天", "gov_services.time_saved"),
        ("73%", "gov_services.time_saved"), ("60%", "gov_services.time_saved")]


def test_service_items_by_their_listing_and_cross_region_handling() -> None:
    assert filed("编制行政权力事项2100项、公共服务事项260项。") == [
        ("2100项", "powers.listed"), ("260项", "gov_services.items")]
    assert filed("新增128项高频事项实现“跨省通办”。") == [("128项", "gov_services.items")]
    # any way of handling or looking an item up, quoted (“指尖办”, “掌上查”)
    assert filed("用户量持续增长，580个事项能够“指尖办”。") == [("580个", "gov_services.items")]


def test_spot_checks_are_enforcement_and_regulating_firms_is_no_registration() -> None:
    assert filed("开展“双随机”抽查42次，抽查市场主体900户，整治市场主体300户。") == [
        ("42次", "enforcement.cases"), ("900户", "enforcement.cases"), ("300户", OTHER)]


def test_media_reports_of_the_work_are_not_legal_education() -> None:
    assert filed("我县普法经验被省级媒体宣传报道12次。") == [("12次", OTHER)]
    assert filed("在新媒体平台发布普法宣传稿件86篇。") == [("86篇", OTHER)]  # pieces written for the media
    assert filed("开展送法下乡活动300场，受教育群众达4万余人次。") == [
        ("300场", "legal_education.events"), ("4万人次", "legal_education.participants")]


def test_a_meeting_studying_laws_is_a_study_session_whatever_titles_it_names() -> None:
    assert filed("县政府常务会议3次对《信访工作条例》《安全生产法》进行专题学习。") == [("3次", "study.sessions")]


def test_measures_points_of_a_plan_and_partitions_are_other() -> None:
    assert filed("制定行政复议规范化建设措施12项。") == [("12项", OTHER)]
    assert filed("普法宣传分三批进行。") == [("3批", OTHER)]


def test_a_borrowed_domain_is_not_lent_to_a_number_that_names_its_own_thing() -> None:
    assert filed("组织法治培训2次，认领40项“互联网+监管”事项。")[1] == ("40项", OTHER)
    assert filed("组织法治培训2次，15名新录用人员进行宪法宣誓。")[1] == ("15名", OTHER)
    assert filed("全年受理行政复议案件40件。召开会议3次。")[1] == ("3次", OTHER)  # a verb of its own


def test_kinds_of_power_named_in_a_list_take_the_action_before_them() -> None:
    assert filed("本年度下放乡镇行政权力事项20项。其中，行政确认3项、行政许可5项。") == [
        ("20项", "powers.cancelled"), ("3项", "powers.cancelled"), ("5项", "powers.cancelled")]


def test_counts_of_departments_workloads_and_batches_of_a_list_are_other() -> None:
    assert filed("市场监管局等9个县直部门下放审批事项共30项。") == [("9个", OTHER), ("30项", "powers.cancelled")]
    assert filed("政务服务中心进驻部门36个，进驻事项1200项。") == [("36个", OTHER), ("1200项", "gov_services.items")]
    assert filed("推行“一次办”改革，办件量为880件。") == [("880件", OTHER)]
    assert filed("取消审批事项5项。印发《行政审批事项清单》三批。") == [("5项", "powers.cancelled"), ("3批", OTHER)]


def test_a_subject_reads_quoted_and_bracketed_parts_whole_and_stops_at_an_unclosed_mark() -> None:
    subjects = [m.subject for m in find_metrics(
        "开展“双随机、一公开”抽查任务12项，组织网上考试(补考)共96名，又、《某日报宣传报道5次，在8个街道设立工作站。", [])]
    assert subjects == ["开展“双随机、一公开”抽查任务", "组织网上考试(补考)共", "某日报宣传报道", "街道设立工作站"]


# Indicator accuracy (over the gold metrics kg found) on the unseen sets when they were last
# scored (A and B: 1.0 each; C 0.972, D 0.943 and E 0.973 after issue 11's indicator round on
# all five development sets; F 0.977 after round 2; G 0.735 when scored once held out, 1.0 after
# round 3 made it a development set; H 0.647 when scored once held out after round 3, 0.882 after
# round 4; I 0.857 when scored once held out after round 4), less a margin: a rule that files more
# figures wrongly fails here. Round 7 (issue 11) raised D, E, H, J, K and L to its measured figures
# (D .943 → .972, E .973 → .987, H .912 → 1.0, J .929 → .952, K .700 → .943, L .714 → .880). M: .909 held
# out at round 7's start, .913 after it. F, I, J, K, L and M raised after eight labels were set to the
# taxonomy's own descriptions (CONVENTIONS.md). N: .784 held out at the start of round 8 and after it. O: .826
# held out at the start of round 9; .878 after its quoted service modes and minutes. P: .929 held out, unchanged. Q: .750 held out
# three times, unchanged; .893 after round 10 built from it. R: .727 held out at the start of round 10 and after round 11;
# .848 after rounds 13–15 built from it. S: .780 held out four times, unchanged. U: .714 and V: .611 held out at the
# start and end of the session that built them (2026-12-03), unchanged; W: .779 held out at that session's start and
# after its last round, unchanged; X: .731 and Y: .643 held out at that session's start and end, unchanged. Then
# the next session's 政务服务 and legality-review words (E 1.0, R .879, U .810, V .750, W .844, X .808). Z: .650
# held out at that session's start and end, unchanged; then a development set: 法制 as the older word for 法治,
# 公职人员 as staff, books studied by name (.875); Y .714 after a studied title lends no domain; U .857 and N .804
# after chief legal consultants and 宣传片. T (the second of that name): .895 held out at the next session's start
# and end, unchanged. V .769 and Z .878 after kinds and things put up filed OTHER. AA: .857 held out at the start
# and end of the session after T's, unchanged; .929 after working hours. AC: .931 held out at the start and end of the
# session after AA's, unchanged. AG .82 and AH .864 (of gold) held out at the start of the session after AF's;
# AG .92 after joint enforcement, “三重一大”, seminars on law, hours of study and 专题 lectures. AI .86 held out at that
# session's start and end. AV: .883 held out at session 47's start and end, unchanged. AZ: .860 held out at session 51's
# start (7f9515b); .884 after a study group's sessions counted in 次. BA: .804 held out at session 52's start (7aaec20)
# and end, unchanged. BB: .862 held out at session 53's start (a012ef2), unchanged after it. BC: .659 held out at
# session 54's start (4a52ba9) and after its rules (8401b22); .805 after session 55's (a total's parts, 调解 after
# 复议 cases, powers listed by 公开/发布/确定). BD: .833 held out at session 55's start (9b422f9), unchanged after it.
# BE: .842 held out at session 56's start (c200b5e); .921 after its rule (groups sent and divisions reached).
# BF: .885 held out at session 57's start (caef1d8), unchanged after it. BG: .785 held out at session 58's start
# (d76d629), unchanged after it (legal reviews listed after a comma without their verb; kinds of service items); .831
# after session 59's rule (a legality review's list). BA .787 after sheets (35张) are counted: ba10's 3张, unfound, was
# paired with the metric 3张履职清单共311项 running over it (its OTHER right by chance), now with its own; 311项 is then
# paired, OTHER where gold files the duties listed (the same count right, one more paired).
# BH: .763 held out at session 59's start (5be0f13); .769 after its rules (banners and booklets of a campaign, cases
# entered in a supervision platform filed as reviews, left).
# BI: .860 held out at session 60's start (eb04c03), unchanged after it (meetings held filed as study sessions, a
# spot-check's plans as cases, a case confirmed unlawful as received).
# BV: .806 (25 of 31) held out at session 72's start (7b9e609); .818 (27 of 33) after its rules (credits of study,
# 学分, count no session; two units found).
# BW: .767 (23 of 30) held out at session 73's start (b4b8cc7); .867 (26 of 30) after its rules (a trade's
# administrative cases are its enforcement's; 6大板块 a unit; the systems a plan names, 三项制度, no count).
INDICATOR_FLOORS = {"gold_a.json": 0.95, "gold_b.json": 0.95, "gold_c.json": 0.94, "gold_d.json": 0.97,
                    "gold_e.json": 1.0, "gold_f.json": 0.97, "gold_g.json": 0.97, "gold_h.json": 1.0,
                    "gold_i.json": 0.96, "gold_j.json": 0.97, "gold_k.json": 0.97, "gold_l.json": 0.92, "gold_m.json": 0.95,
                    "gold_n.json": 0.8, "gold_o.json": 0.87, "gold_p.json": 0.92,
                    "gold_q.json": 0.89, "gold_r.json": 0.87, "gold_s.json": 0.78, "gold_u.json": 0.85,
                    "gold_v.json": 0.76, "gold_w.json": 0.84, "gold_x.json": 0.8,
                    "gold_y.json": 0.71, "gold_z.json": 0.87, "gold_t.json": 0.89, "gold_aa.json": 0.92,
                    "gold_ac.json": 0.93, "gold_ad.json": 0.81,
                    "gold_ae.json": 0.73, "gold_af.json": 0.8, "gold_ag.json": 0.92, "gold_ah.json": 0.86,
                    "gold_ai.json": 0.86, "gold_aj.json": 0.86, "gold_ak.json": 0.87, "gold_al.json": 0.92, "gold_am.json": 0.95,
                    "gold_an.json": 0.89, "gold_ao.json": 0.86, "gold_ap.json": 0.87,
                    "gold_aq.json": 0.86, "gold_ar.json": 0.79, "gold_as.json": 0.86,
                    "gold_at.json": 0.88, "gold_au.json": 0.95,
                    "gold_av.json": 0.88, "gold_aw.json": 0.91,
                    "gold_ax.json": 0.90, "gold_ay.json": 0.90, "gold_az.json": 0.88,
                    "gold_ba.json": 0.78, "gold_bb.json": 0.86, "gold_bc.json": 0.80,
                    "gold_bd.json": 0.83, "gold_be.json": 0.92,
                    "gold_bf.json": 0.88, "gold_bg.json": 0.78, "gold_bh.json": 0.76,
                    "gold_bi.json": 0.85, "gold_bj.json": 0.83,
                    "gold_bk.json": 0.91, "gold_bl.json": 0.83,
                    "gold_bm.json": 0.95, "gold_bn.json": 0.83,
                    "gold_bo.json": 0.89, "gold_bp.json": 0.99, "gold_bq.json": 0.89,
                    "gold_br.json": 0.95, "gold_bs.json": 0.83, "gold_bt.json": 0.75, "gold_bu.json": 0.90,
                    "gold_bv.json": 0.81, "gold_bw.json": 0.86,
                    "gold_bx.json": 0.99,  # (BX held out: 14 of 14)
                    "gold_by.json": 0.74,  # (BY held out: 16 of 24; after the adviser's help, 18)
                    "gold_bz.json": 0.9,  # (BZ held out: 19 of 23; after 73049个工作日 and 办理行政复议案件, 21)
                    "gold_ca.json": 0.93,  # (CA held out: 14 of 16 found; after 赴13个设区市, 15)
                    "gold_cb.json": 0.77}  # (CB held out: 48 of 62 found)


def test_every_committed_gold_set_has_its_indicator_floor() -> None:
    assert sorted(INDICATOR_FLOORS) == sorted(f"gold_{name}.json" for name in unseen_sets("gold_{x}.json"))


@pytest.mark.parametrize("gold", sorted(INDICATOR_FLOORS))
def test_unseen_reports_keep_their_indicator_accuracy(gold: str) -> None:
    unseen = Path(__file__).parent / "corpus/unseen"
    scores = evaluate(unseen / gold, unseen / "reports").to_dict()["indicators"]
    assert scores["accuracy"] >= INDICATOR_FLOORS[gold], scores["errors"]


def test_lectures_party_school_classes_and_law_exams_are_cadre_study() -> None:
    assert filed("省政府举办专题法治讲座2期。") == [("2期", "study.sessions")]  # (a 专题 lecture, on law too)
    assert filed("普法队伍进学校举办法治讲座12场。") == [("12场", "legal_education.events")]
    assert filed("县政府常务会议举办法治专题讲座3次，在党校开设青年干部研讨班等6个班次，领导班子成员参加法治培训120人次。") == [
        ("3次", "study.sessions"), ("6个", "study.sessions"), ("120人次", "study.participants")]
    assert filed("领导干部任前考法1200人次。") == [("1200人次", "study.participants")]


def test_agenda_items_reviewed_for_legality_are_legal_reviews() -> None:
    assert filed("全年审查县政府常务会议题86个。") == [("86个", "legal_review.documents")]
    assert filed("县政府常务会议研究议题30项。") == [("30项", OTHER)]


def test_books_handed_out_and_articles_of_own_channels_are_legal_education_materials() -> None:
    assert filed("向机关干部发放《宪法学习读本》1200本，通过微信公众号推送学习文章80篇。") == [
        ("1200本", "legal_education.materials"), ("80篇", "legal_education.materials")]
    assert filed("编印法治读本，向基层干部赠送3000余册。") == [("3000册", "legal_education.materials")]


def test_service_lists_by_other_wordings_and_cases_handled() -> None:
    assert filed("梳理公布“最多跑一趟”办事清单680项。") == [("680项", "gov_services.items")]
    assert filed("政务服务事项网上可办率达95%，办理3.2万件。") == [
        ("95%", "gov_services.online_rate"), ("3.2万件", OTHER)]


def test_trade_training_is_not_law_study() -> None:
    assert filed("组织开展营商环境业务培训12次，组织法治培训3次。") == [("12次", OTHER), ("3次", "study.sessions")]


def test_a_bracketed_aside_after_the_unit_does_not_hide_the_thing_counted() -> None:
    assert filed("建成8个镇(街道)公共法律服务工作站。") == [("8个", "public_legal_services")]


def test_a_count_of_bodies_is_other_when_the_subject_ends_in_a_count_word() -> None:
    assert filed("网上政务服务平台接入的部门数达28个。") == [("28个", OTHER)]


def test_applications_received_by_a_service_platform_are_workload() -> None:
    assert filed("网上政务服务平台运行良好，当年收件12000余件。") == [("12000件", OTHER)]


def test_a_hotlines_requests_and_closure_rate_and_service_broadcasts_are_no_service_measures() -> None:
    assert filed("政务服务便民热线全年受理群众诉求12万件，办结率98%。") == [("12万件", OTHER), ("98%", OTHER)]
    assert filed("开展在线政务服务专题直播20场。") == [("20场", OTHER)]
    # (items offered with a clerk's help to apply, 帮代办事项, are service items)
    assert filed("累计上线帮代办事项150项。") == [("150项", "gov_services.items")]


def test_more_wordings_of_powers_listed_devolved_and_added() -> None:
    assert filed("25个单位150项行政许可事项完成了目录化管理。") == [("25个", OTHER), ("150项", "powers.listed")]
    assert filed("赋予试点镇的85项县级经济社会管理权限得到有效运行。") == [("85项", "powers.cancelled")]
    assert filed("公布乡镇行政执法事项清单1200项。") == [("1200项", "powers.listed")]
    assert filed("权责清单动态调整，取消20项，新增6项。") == [("20项", "powers.cancelled"), ("6项", OTHER)]
    assert filed("依法确定全县权责清单事项3138项。") == [("3138项", "powers.listed")]
    assert filed("明确各镇职责清单事项129项。") == [("129项", "powers.listed")]
    assert filed("发布《乡镇政府权责清单》，公开乡镇政府权责事项79项。") == [("79项", "powers.listed")]
    # (确定 lists powers when its clause names the items or the list; a task it sets is none of them)
    assert filed("确定深化行政审批制度改革工作任务，已完成130项。")[0] == ("130项", OTHER)


def test_the_figure_a_cut_starts_from_is_other_and_what_is_left_is_retained() -> None:
    assert filed("行政许可事项由860项精简至420项。") == [("860项", OTHER), ("420项", "powers.retained")]
    assert filed("动态调整权责清单，权责事项由3100项精简至2900项。") == [("3100项", OTHER), ("2900项", "powers.listed")]
    assert filed("行政审批事项由原来的156项减少到86项。") == [("156项", OTHER), ("86项", "powers.retained")]
    assert filed("行政复议案件由去年的45件上升到52件。") == [("45件", OTHER), ("52件", "reconsideration.received")]


def test_administrative_disputes_settled_are_not_mediation_between_people() -> None:
    assert filed("成立行政争议调解中心，全年化解行政争议15件，调解矛盾纠纷260件。") == [
        ("15件", OTHER), ("260件", "mediation.disputes")]


def test_services_handled_in_another_place_are_service_items() -> None:
    assert filed("新增异地办理事项120项，整改问题30项。") == [("120项", "gov_services.items"), ("30项", OTHER)]


def test_problems_found_or_rectified_are_other() -> None:
    assert filed("评查行政执法案卷136卷，发现问题86个，已全部整改。") == [("136卷", "enforcement.reviews"), ("86个", OTHER)]


def test_law_classes_given_by_leaders_are_study_sessions_and_lectures_to_the_public_stay_education() -> None:
    assert filed("镇街党政主要负责人上好30场法治课。") == [("30场", "study.sessions")]
    assert filed("举办法治讲座30场，受教育群众2万人次。") == [
        ("30场", "legal_education.events"), ("2万人次", "legal_education.participants")]


def test_a_headcount_of_people_taking_part_is_filed_by_what_they_took_part_in() -> None:
    assert filed("组织60名科级干部参加依法行政专题培训班。") == [("60名", "study.participants")]
    assert filed("组织15名新任科、股级干部参加法律知识考试。") == [("15名", "study.participants")]


def test_the_laws_a_meeting_studied_are_not_study_sessions() -> None:
    assert filed("政府常务会议专题学习《某某条例》等法律法规6部，会前学法10次。") == [
        ("6部", OTHER), ("10次", "study.sessions")]


def test_policy_interpretations_are_not_information_disclosed() -> None:
    assert filed("主动公开政府信息3200条、政策解读150条。") == [("3200条", "disclosure.proactive"), ("150条", OTHER)]


def test_agreements_signed_are_not_agreements_reviewed() -> None:
    assert filed("与周边城市签署合作协议8个，审查行政合同45件。") == [("8个", OTHER), ("45件", "legal_review.documents")]


def test_titles_lend_no_domain_and_loose_documents_take_no_action_from_the_clause_before() -> None:
    assert filed("下发《关于推进政务服务事项标准化的通知》等各类文件15件。") == [("15件", OTHER)]
    assert filed("制定了实施方案，下发《关于做好审批服务工作的通知》等文件20件。") == [("20件", OTHER)]


def test_legal_advice_is_a_public_legal_service_and_legal_aid_its_own_cases() -> None:
    assert filed("村(社区)法律顾问全覆盖，为群众提供法律咨询800余人次，受理法律援助案件60件。") == [
        ("800人次", "public_legal_services"), ("60件", "legal_aid.cases")]


def test_rounds_written_as_lunci_keep_their_whole_unit() -> None:
    assert [(m.value, m.unit, m.indicator) for m in find_metrics("完成行政执法案卷评查2轮次。", [])] == [
        (2, "轮次", "enforcement.reviews")]


def test_visits_of_people_take_no_action_of_things_from_the_clause_before() -> None:
    assert filed("开展普法宣传活动156场次，发放宣传资料5.6万份，受教育群众12万人次。") == [
        ("156场次", "legal_education.events"), ("5.6万份", "legal_education.materials"),
        ("12万人次", "legal_education.participants")]


def test_proactive_disclosure_is_named_by_its_own_word_after_a_sentence_on_requests() -> None:
    assert filed("受理政府信息公开申请45件，全部按时答复。主动公开政府信息2300条。") == [
        ("45件", "disclosure.requests"), ("2300条", "disclosure.proactive")]


def test_petition_batches_are_one_unit() -> None:
    assert filed("全年共接待群众来访126批次356人次。") == [("126批次", "petitions.cases"), ("356人次", "petitions.cases")]
    assert filed("印发《行政许可事项清单》两批次。") == [("2批次", OTHER)]


def test_a_part_of_a_breakdown_takes_the_action_of_the_totals_domain() -> None:
    assert filed("全年共受理行政复议案件40件，其中维持25件，调解和解结案6件。") == [
        ("40件", "reconsideration.accepted"), ("25件", OTHER), ("6件", "reconsideration.mediated")]
    assert filed("全县调解矛盾纠纷300件，另有行政复议案件12件正在审理。调解成功295件。")[-1] == (
        "295件", "mediation.disputes")  # no 其中: the clause's own domain


def test_a_bare_action_of_the_work_before_is_that_works_not_its_words_own_domain() -> None:
    # 调解 alone after the 复议 cases of its sentence: those cases mediated, no disputes between people
    assert filed("办理行政复议案件141件，调解75件。")[1] == ("75件", "reconsideration.mediated")
    assert filed("受理行政复议案件12件。调解矛盾纠纷75件。")[1] == ("75件", "mediation.disputes")
    assert filed("排查矛盾纠纷300件，调解280件。")[1] == ("280件", "mediation.disputes")


def test_a_subject_naming_a_domain_of_its_own_borrows_none_from_the_clause_before() -> None:
    assert filed("共办理行政处罚案件1953件、行政许可3286件、行政检查4481件。") == [
        ("1953件", "enforcement.cases"), ("3286件", OTHER), ("4481件", "enforcement.cases")]
    assert filed("今年取消行政许可12项。") == [("12项", "powers.cancelled")]


def test_comments_of_a_review_and_counts_of_mediation_bodies_are_other() -> None:
    assert filed("全年共审查规范性文件送审稿42件，提出修改意见136条。") == [("42件", "normative.reviewed"), ("136条", OTHER)]
    assert filed("全县建立人民调解委员会236个，调解矛盾纠纷1200件。") == [("236个", OTHER), ("1200件", "mediation.disputes")]


def test_study_named_as_the_head_of_what_was_done_is_study() -> None:
    assert filed("区政府党组开展理论学习12次，组织“每周一学”学习30次。") == [
        ("12次", "study.sessions"), ("30次", "study.sessions")]


def test_honours_received_are_other_even_after_a_study_clause() -> None:
    assert filed("组织法治培训15次，获上级表彰3次，个人嘉奖、表扬等12人次。") == [
        ("15次", "study.sessions"), ("3次", OTHER), ("12人次", OTHER)]


def test_major_matters_decided_by_a_meeting_are_major_decisions_but_not_matters_reported() -> None:
    assert filed("召开常务会议10次，集体讨论决定重大事项56件，向上级请示报告重大事项8次。") == [
        ("10次", OTHER), ("56件", "major_decisions.count"), ("8次", OTHER)]


def test_a_legality_review_named_as_such_is_no_adviser_service() -> None:
    assert filed("法律顾问列席会议40次，出具合法性审核意见书12份。") == [
        ("40次", "legal_adviser.opinions"), ("12份", "legal_review.documents")]


def test_certificates_asked_of_applicants_are_not_powers() -> None:
    assert filed("梳理证明事项30项，取消证明材料12项。") == [("30项", OTHER), ("12项", OTHER)]


def test_letters_and_vessels_are_counted_in_their_own_units() -> None:
    assert filed("清理退出渔船120艘，收到群众来信35封。") == [("120艘", OTHER), ("35封", "petitions.cases")]


def test_study_with_law_as_its_matter_is_cadres_study() -> None:
    assert filed("县委常委会学习宪法6次，县政府常务会议学习习近平法治思想8次。") == [
        ("6次", "study.sessions"), ("8次", "study.sessions")]


def test_party_rules_a_meeting_studied_are_the_matter_not_the_work() -> None:
    assert filed("党组学习《党章》等党规党纪9部。") == [("9部", OTHER)]


def test_lectures_taken_into_villages_and_schools_are_legal_education() -> None:
    assert filed("组织普法讲师进社区、进学校开展专题讲座52场。") == [("52场", "legal_education.events")]
    assert filed("面向机关干部举办专题讲座6场。") == [("6场", "study.sessions")]  # no place: cadres' study


def test_village_advisers_places_covered_and_services_are_a_public_legal_service() -> None:
    assert filed("实现89个村（社区）法律顾问全覆盖，聘请政府法律顾问12名，村法律顾问驻村服务2次。") == [
        ("89个", "public_legal_services"), ("12名", "legal_adviser.count"), ("2次", "public_legal_services")]
    assert filed("为驻村干部提供法律咨询，全县32个单位外聘法律顾问50个。") == [("32个", OTHER), ("50个", "legal_adviser.count")]


def test_rounds_of_a_document_review_are_not_documents() -> None:
    assert filed("开展规范性文件专项清理2次，清理文件35件。") == [("2次", OTHER), ("35件", "normative.cleaned")]


def test_a_number_opening_its_clause_counts_the_noun_right_after_it() -> None:
    assert filed("15项重大决策全部经合法性审查。") == [("15项", "major_decisions.count")]


def test_party_members_trained_in_the_party_s_work_are_not_law_study() -> None:
    assert filed("组织党员教育培训320期，培训党员1.5万人次，组织法治培训8次。") == [
        ("320期", OTHER), ("1.5万人次", OTHER), ("8次", "study.sessions")]


def test_large_counts_of_occurrences_are_metrics_but_long_codes_are_not() -> None:
    assert [(f"{m.value:g}{m.unit}") for m in find_metrics("全年办理商事登记31715件次，服务企业12680户次。", [])] == [
        "31715件次", "12680户次"]
    assert find_metrics("来电经12345次日回复。", []) == []  # a hotline, then 次日 (the next day)
    assert find_metrics("服务热线12345天天在线。", []) == []  # a hotline, then 天天 (every day)
    # (the days cut from all the services' time limits are a large count in working days)
    assert [m.text for m in find_metrics("事项办理承诺时限压减73049个工作日。", [])] == ["事项办理承诺时限压减73049个工作日"]
    # (and so are the copies of leaflets handed out)
    assert [m.text for m in find_metrics("发放宣传资料82200余份。", [])] == ["发放宣传资料82200余份"]
    assert filed("主动公开政府信息18530条。") == [("18530条", "disclosure.proactive")]  # items disclosed


def test_visits_into_firms_are_not_legal_education_by_themselves() -> None:
    assert filed("服务专员进企业走访服务120次。") == [("120次", OTHER)]


def test_rounds_of_reviewing_contracts_deciding_or_listing_powers_are_not_their_counts() -> None:
    assert filed("5次专题研究项目协议及合同，审查合同32件。") == [("5次", OTHER), ("32件", "legal_review.documents")]
    assert filed("开展权责清单梳理2轮，梳理权力事项356项。") == [("2轮", OTHER), ("356项", "powers.listed")]


def test_cases_handled_are_workload_whatever_the_sentence_before_names() -> None:
    assert filed("公布容缺受理审批事项清单120项，全年办件量达5.6万件。") == [
        ("120项", "powers.listed"), ("5.6万件", OTHER)]


def test_a_review_of_legality_named_with_filing_is_the_review() -> None:
    assert filed("全年完成规范性文件合法性审查备案18件，报备规范性文件9件。") == [
        ("18件", "normative.reviewed"), ("9件", "normative.filed")]


def test_a_law_named_after_a_domain_is_the_matter_studied() -> None:
    assert filed("围绕行政复议法、行政诉讼法等内容组织专题培训6场次。") == [("6场次", "study.sessions")]


def test_the_people_reached_take_the_measure_of_the_work_before_and_staff_study() -> None:
    assert filed("组织开展执法业务专题培训8场次，覆盖执法队员300余人次。") == [
        ("8场次", "study.sessions"), ("300人次", "study.participants")]
    assert filed("开展以案释法活动15场，覆盖民警460人次。") == [  # staff only: the events are their study too
        ("15场", "study.sessions"), ("460人次", "study.participants")]
    assert filed("开展以案释法活动15场，覆盖干部群众4600人次。") == [
        ("15场", "legal_education.events"), ("4600人次", "legal_education.participants")]


def test_service_items_of_any_body_are_service_items_but_not_intermediaries() -> None:
    assert filed("梳理交管涉企服务事项64项，其中42项实现全程网办。") == [
        ("64项", "gov_services.items"), ("42项", "gov_services.items")]
    assert filed("清理规范行政审批中介服务事项，保留事项36项。") == [("36项", OTHER)]


def test_counters_of_a_service_are_bodies_not_service_items() -> None:
    assert filed("在政务大厅设立交管服务事项综合受理窗口12个。") == [("12个", OTHER)]


def test_aspects_written_in_figures_are_the_reports_data() -> None:
    assert filed("制定了6个方面42项具体措施。") == [("6个", OTHER), ("42项", OTHER)]


def test_law_pushed_to_staff_is_not_law_brought_to_people() -> None:
    assert filed("通过内网推送法治学习资料40余条，开展送法进社区活动12场。") == [
        ("40条", OTHER), ("12场", "legal_education.events")]


def test_credit_repaired_and_skill_contests_are_no_cases_or_study() -> None:
    """Penalty records repaired restore a firm's credit; a contest of skills is no study of law."""
    assert filed("为企业办理行政处罚信用修复350条。") == [("350条", "other")]
    assert filed("组织民警开展法律知识比武考试3次。") == [("3次", "other")]
    assert filed("组织民警开展法律知识考试3次。") == [("3次", "study.sessions")]


def test_the_last_item_of_a_list_closed_by_deng_is_counted_by_the_lists_head() -> None:
    """禁毒、信访、行政复议等中心工作12次 counts the meetings on the head's kind, not review cases."""
    assert filed("常务会议研究部署禁毒、信访、行政复议等中心工作12次。") == [("12次", "other")]
    assert filed("受理行政复议等案件12件。") == [("12件", "reconsideration.accepted")]  # no list before it
    assert filed("开展宪法宣传周、民法典宣传月等各类活动120场。") == [("120场", "legal_education.events")]  # one kind
    # a breakdown's last part is the rest of its total, whatever its items
    assert filed("村法律顾问提供服务300件，其中提供法律咨询200件，代写文书、调解纠纷、出具法律意见等其他服务100件。")[-1] == \
        ("100件", "legal_adviser.opinions")


def test_items_and_bodies_of_inspection_are_the_scope_of_enforcement_not_cases() -> None:
    assert filed("全市120项涉企行政检查事项纳入平台，公布38个行政执法主体，开展联合检查60次。") == [
        ("120项", OTHER), ("38个", OTHER), ("60次", "enforcement.cases")]


def test_loose_documents_reviewed_after_a_legality_review_are_its_documents() -> None:
    assert filed("加强政府合同和会议文件的合法性审查。全年审核文件210件。") == [("210件", "legal_review.documents")]
    assert filed("清理各类文件。全年审核文件210件。") == [("210件", "normative.reviewed")]  # no review named before
    assert filed("全县审核文件30件，另新建口袋公园7个。")[1] == ("7个", OTHER)  # 文件 lends no domain


def test_a_count_whose_noun_closes_with_a_body_or_a_party_committee_is_other() -> None:
    assert filed("全市9个区县不动产登记窗口实现“一窗受理”。") == [("9个", OTHER)]
    assert filed("全县86个党委(党组)开展专题学法。") == [("86个", OTHER)]
    # ... but a body's study group after the figure names the group's sessions it counts
    assert filed("全年开展6次党组理论学习中心组学习。") == [("6次", "study.sessions")]


def test_a_law_named_in_the_sentence_before_lends_no_domain() -> None:
    assert filed("组织专题学习民法典、行政处罚法，覆盖干部900人次。") == [("900人次", "study.participants")]
    assert filed("严格执行《行政复议法》，撤销具体行政行为3件。") == [("3件", "reconsideration.corrected")]  # applied


def test_rounds_of_service_work_are_not_service_items_and_items_that_can_be_handled_are() -> None:
    assert filed("干部体验政务服务事项办理流程25次。") == [("25次", OTHER)]
    assert filed("自助终端可办事项达75个。") == [("75个", "gov_services.items")]


def test_the_clause_after_the_things_counted_says_what_became_of_them() -> None:
    assert filed("动态调整权责清单，32个部门2860项行政职权在政府网站公布。")[1] == ("2860项", "powers.listed")
    assert filed("全县128项行政许可事项、40项公共服务事项实现“一站式办理”。") == [
        ("128项", "gov_services.items"), ("40项", "gov_services.items")]
    assert filed("全县128项行政许可事项划转至审批局。") == [("128项", OTHER)]  # no service way named
    assert filed("下放行政许可事项20项，40项公共服务事项实现“就近办”。")[1] == ("40项", "gov_services.items")
    assert filed("“一窗综办”服务1.2万件。") == [("1.2万件", OTHER)]  # services given, not items
    assert filed("90%以上的审批事项实现“一窗通办”。") == [("90%", OTHER)]  # a share is no count of items


def test_legal_education_that_reaches_a_bodys_own_staff_only_is_their_study() -> None:
    assert filed("举办机关干部法治大讲堂5期。") == [("5期", "study.sessions")]
    assert filed("举办社区法治大讲堂12场，覆盖居民2000人次。") == [
        ("12场", "legal_education.events"), ("2000人次", "legal_education.participants")]


def test_averages_and_work_still_under_way_are_not_counts_of_work_done() -> None:
    assert filed("各乡镇职责事项平均精简15项。") == [("15项", OTHER)]
    assert filed("收到行政复议申请40件，尚未审结的6件。") == [("40件", "reconsideration.received"), ("6件", OTHER)]


def test_villages_reached_are_places_unless_each_has_a_service_of_its_own() -> None:
    assert filed("全县156个村(社区)张贴普法挂图。") == [("156个", OTHER)]
    assert filed("全县156个村(社区)建成公共法律服务工作室。") == [("156个", "public_legal_services")]
    assert filed("在8个乡镇设立公共法律服务站，156个村(社区)、2个园区设立公共法律服务室。")[1] == (
        "156个", "public_legal_services")  # what each has is read to the clause's end


def test_legal_service_points_and_liaison_points_are_public_legal_services() -> None:
    assert filed("在产业园区设立12个企业法律服务点，新建8个涉企法律联络点。") == [
        ("12个", "public_legal_services"), ("8个", "public_legal_services")]


def test_major_and_minor_items_are_units_and_next_day_is_no_count() -> None:
    assert [(m.value, m.unit) for m in find_metrics("将第一责任人职责细化为8大项31小项。", [])] == [(8, "大项"), (31, "小项")]
    assert [(m.value, m.unit) for m in find_metrics("执法检查备案23150次。", [])] == [(23150, "次")]
    assert [(m.value, m.unit) for m in find_metrics("将考核指标细化为4大类36项。", [])] == [(4, "类"), (36, "项")]
    # (the parts a plan is laid out in, 大板块 a 板块 stressed as 大类 a 类)
    assert [(m.value, m.unit) for m in find_metrics("提出6大板块31项具体举措。", [])] == [(6, "板块"), (31, "项")]
    assert [(m.value, m.unit) for m in find_metrics("今年出台五项制度。", [])] == [(5, "项")]  # (rules made, counted)


def test_quoted_policy_names_phases_and_the_regions_profile_are_not_metrics() -> None:
    assert find_metrics("落实“稳经济十五条”“助企纾困22条”等政策。", []) == []
    assert find_metrics("推进执法监督平台二期建设。", []) == []
    assert find_metrics("全县总面积2300平方公里，户籍人口48.6万，其中少数民族人口12万，占总人口的24.7%。", []) == []
    assert find_metrics("全年实现地区生产总值412亿元，同比增长5.8%；一般公共预算收入21亿元。", []) == []
    assert len(find_metrics("地区生产总值稳步增长。全年受理行政复议申请40件。", [])) == 1  # another sentence


def test_a_list_closed_by_its_total_is_counted_whole_and_published_information_is_disclosed() -> None:
    assert filed("主动公开规划计划、财政预决算、政策解读等共计2600条。") == [("2600条", "disclosure.proactive")]
    assert filed("主动公开政府信息900条，发布政策解读40条。") == [
        ("900条", "disclosure.proactive"), ("40条", OTHER)]
    assert filed("在政府网站发布涉农补贴信息310条。") == [("310条", "disclosure.proactive")]


def test_bodies_counted_with_no_counter_are_counted_in_ge() -> None:
    assert [(m.value, m.unit, m.indicator) for m in find_metrics("推动26部门审批事项进驻政务服务中心。", [])] == [
        (26, "个", OTHER)]


def test_a_legality_review_of_normative_documents_is_their_review_and_what_a_clean_up_keeps_is_other() -> None:
    assert filed("对部门起草的规范性文件进行合法性审核，共审核26件，报送备案9件。") == [
        ("26件", "normative.reviewed"), ("9件", "normative.filed")]
    assert filed("对政府合同进行合法性审核，共审核26件。") == [("26件", "legal_review.documents")]
    assert filed("集中清理规范性文件210件，废止15件，继续有效195件。") == [
        ("210件", "normative.cleaned"), ("15件", "normative.repealed"), ("195件", OTHER)]
    # (the documents in force after it are no work done either, however the clause before named one)
    assert filed("废止规范性文件4件，现行有效规范性文件52件。") == [("4件", "normative.repealed"), ("52件", OTHER)]
    # ... and nor are its parts: the 其中 after it breaks down what is in force, no repeal (the action before)
    assert filed("清理规范性文件100件，废止7件，现行有效规范性文件86件，其中县政府60件、乡镇13件。")[1:] == [
        ("7件", "normative.repealed"), ("86件", OTHER), ("60件", OTHER), ("13件", OTHER)]


def test_applications_received_are_received_whatever_the_clause_before_concluded() -> None:
    assert filed("全年审结行政复议案件30件，新收复议申请34件。") == [
        ("30件", "reconsideration.concluded"), ("34件", "reconsideration.received")]


def test_the_people_taking_part_in_the_work_before_are_its_headcount() -> None:
    assert filed("开展送法进乡村活动20场，参与群众3000人次。") == [
        ("20场", "legal_education.events"), ("3000人次", "legal_education.participants")]
    assert filed("举办依法行政专题培训班3期，参训人员达280人次。") == [
        ("3期", "study.sessions"), ("280人次", "study.participants")]


def test_documents_issued_are_drafted_and_a_part_of_the_cases_named_before_takes_their_domain() -> None:
    assert filed("全年制发行政规范性文件6件。") == [("6件", "normative.drafted")]
    assert filed("在办结的复议案件中，以调解方式结案5件。") == [("5件", "reconsideration.mediated")]


def test_minutes_points_and_sub_items_are_measures_but_a_service_circle_is_a_name() -> None:
    assert filed("将企业开办审批时间进一步压缩至30分钟以内。") == [("30分钟", "gov_services.time_saved")]
    assert [f for f, _ in filed("评估总分为720.72分，高于全国平均水平66.38分。")] == ["720.72分", "66.38分"]
    assert [f for f, _ in filed("对纲要中的7大项44分项144个支项逐项分解。")][:2] == ["7大项", "44分项"]
    assert filed("打造15分钟政务服务圈，社区受理群众事项。") == []
    assert filed("基本形成主城区15分钟、一般村(社区)20分钟的公共文化服务圈。") == []  # (each reach listed before it)
    assert filed("企业开办时间压缩至30分钟，建成服务驿站12个。") == [("30分钟", "gov_services.time_saved"), ("12个", "other")]
    assert filed("这项工作十分重要。") == []  # 十分 is no score


def test_copies_participants_time_limits_and_party_school_lectures_are_filed_by_what_they_count() -> None:
    # copies of a book ordered are no study session, whatever the book is about
    assert filed("组织征订《习近平法治思想学习纲要》1198册。") == [("1198册", OTHER)]
    assert filed("执法人员全年完成在线学法60学时以上。") == [("60学时", OTHER)]  # (hours of study, no sessions)
    assert filed("执法人员参加专题培训，人均完成学习24学分。") == [("24学分", OTHER)]  # (nor credits)
    assert filed("发放《民法典》普法读本650余本。") == [("650本", "legal_education.materials")]
    # firms that took part in an event are its audience, not firms registered
    assert filed("开展政商交流活动533场，参与市场主体3.5万余个。")[1] == ("3.5万个", OTHER)
    # a time within which any matter is handled is a service's time limit
    assert filed("全省不动产登记5个工作日内办结已成常态。") == [("5个工作日", "gov_services.time_saved")]
    # ... in working hours as in working days
    assert filed("企业设立登记3个工作小时内办结。") == [("3个工作小时", "gov_services.time_saved")]
    # ... and so is a time any matter's is cut to
    assert filed("企业办证时间压缩至5个工作日以内。") == [("5个工作日", "gov_services.time_saved")]
    # ... and the time it was cut from, before the cut's figure (both are the service's times); not a dispute's
    assert filed("设立企业的时间由改革前的21个工作日减少为2个工作日。") == [
        ("21个工作日", "gov_services.time_saved"), ("2个工作日", "gov_services.time_saved")]
    assert filed("调解时间由原来的30天缩短为15天。") == [("30天", OTHER), ("15天", OTHER)]
    # a seminar held is a study session; legal education's venues and a survey's respondents are none of its measures
    assert filed("组织召开学习研讨会2次。") == [("2次", "study.sessions")]
    assert filed("建成镇级习近平法治思想学习宣传阵地1个。") == [("1个", OTHER)]
    assert filed("全市参与法治问卷调查答卷7.7万人。") == [("7.7万人", OTHER)]
    # a long noun phrase after the figure closes on what it counts, and a list it opens ends it
    assert filed("举办2期全区领导干部依法行政专题培训研讨班。") == [("2期", "study.sessions")]
    assert filed("制定加强法治建设三十条措施及法治政府建设工作要点等系列文件。") == [("30条", OTHER)]
    # a party school's lectures are the study of cadres
    assert filed("县委党校开设专题讲授习近平法治思想讲座9场次。") == [("9场次", "study.sessions")]
    # kinds counted after digits are no measure of the taxonomy; after a Chinese numeral no figure at all
    assert filed("平台上线政务服务事项2070项，签发电子证照种类182种。") == [
        ("2070项", "gov_services.items"), ("182种", OTHER)]
    assert filed("不断丰富“书面+台面”两种形式。") == []
    assert filed("建成法治文化街15条，法治灯箱1000多面。")[-1] == ("1000面", OTHER)  # flat things put up, as kinds
    assert filed("全面推进，面积达200平方米，一面旗帜。") == []
    # sets of things after digits (业务套餐25组), no group of people after a Chinese numeral, no 组织 after digits
    assert [text for text, _ in filed("承接发布“一件事”业务套餐25组，成立一组专班，3组织协调。")] == ["25组"]


def test_materials_videos_the_public_s_training_and_a_figure_listed_after_another() -> None:
    assert filed("发放宣传材料5000余份，发布普法短视频51条。") == [
        ("5000份", "legal_education.materials"), ("51条", "legal_education.materials")]
    assert filed("组织“法律明白人”培训6次。") == [("6次", "legal_education.events")]
    # the second of two figures listed with 、 measures what the first does, of the second thing
    assert filed("全市政务服务、行政许可事项承诺时限压缩83%、78%。") == [
        ("83%", "gov_services.time_saved"), ("78%", "gov_services.time_saved")]
    # the documents a legality review's verb reaches, listed after its first (审核…6件、…公告2件), are reviewed too; a
    # list of studies and meetings held is no list of one thing
    assert [ind for _, ind in filed("严把文件合法性审核关，审核政府规范性文件6件，招商引资合同协议4件、政府各类公告2件、"
                                    "政府常务会议题3件。")][1:] == ["legal_review.documents"] * 3
    assert filed("全年开展理论中心组学习12次、党工委会议17次。")[1] == ("17次", OTHER)


def test_sheets_after_digits_are_counted_and_a_formula_s_parts_are_not() -> None:
    assert filed("挂宣传横幅12条、宣传海报35张，构建“一张网”，制定三张清单。")[1:] == [
        ("35张", "legal_education.materials")]


def test_copies_time_limits_and_the_public_s_training_stay_within_what_they_count() -> None:
    assert filed("评查行政执法案卷120本。") == [("120本", "enforcement.reviews")]  # case files, not copies of a book
    assert filed("信访事项均在60日内办结。") == [("60日", OTHER)]  # a petition's term is no service's time limit
    assert filed("开展为群众办实事专题学习4次。") == [("4次", "study.sessions")]  # a topic about the public
    assert filed("全区行政复议纠错率12%、8%。")[1] == ("8%", OTHER)  # no two things listed before the figures


def test_the_service_reforms_of_recent_years_are_service_measures() -> None:
    """“高效办成一件事” matters, 高频事项, 可办率 and an efficiency of approval raised by a share are 政务服务 measures;
    the rounds a list was published in (清单3期) count no items."""
    assert filed("推出32个“高效办成一件事”主题事项，梳理高频事项118个，审批效率提升45%。") == [
        ("32个", "gov_services.items"), ("118个", "gov_services.items"), ("45%", "gov_services.time_saved")]
    assert filed("发布“一件事”事项清单3期，掌上可办率达61%，审批总时限压缩至60个工作日。") == [
        ("3期", OTHER), ("61%", "gov_services.online_rate"), ("60个工作日", "gov_services.time_saved")]
    assert filed("全程“网上办”审批事项320项。") == [("320项", "gov_services.items")]


def test_legal_matters_and_decisions_reviewed_are_legality_reviews() -> None:
    """涉法文件 and 涉法事项 are what a legality review reads, and decisions reviewed are reviews; decisions made after a
    review (21项重大决策全部经合法性审查) stay decisions, and 涉法涉诉 is a petition."""
    assert filed("审查涉法文件57件，审查重大行政决策事项9项。") == [
        ("57件", "legal_review.documents"), ("9项", "legal_review.documents")]
    assert filed("健全决策程序，将审核设为前置条件，12项重大决策全部经合法性审查。") == [("12项", "major_decisions.count")]
    assert filed("受理涉法涉诉信访件40件。") == [("40件", "petitions.cases")]


def test_a_fair_competition_review_and_legal_service_matters_are_their_own_measures() -> None:
    assert filed("开展公平竞争审查文件210件。") == [("210件", OTHER)]
    assert filed("全年受理法律服务事项3120件。") == [("3120件", "public_legal_services")]


def test_a_list_closed_by_a_bare_deng_and_no_noun_is_counted_whole() -> None:
    """集中学习习近平法治思想、法律法规等80余场次: 等 closes the list with no head after the unit, so the list's first
    item (the study) names the measure."""
    assert filed("各级党组织集中学习习近平法治思想、法律法规等80余场次。") == [("80场次", "study.sessions")]


def test_the_older_word_for_rule_of_law_names_legal_education_too() -> None:
    """法制 (the genre's word before 法治): 法制讲座 and 法治演出 are events, the issues of a 法制宣传栏 and 法律知识读本
    handed out are materials."""
    assert filed("举办法制讲座64场次，开展法治文艺演出12场次。") == [
        ("64场次", "legal_education.events"), ("12场次", "legal_education.events")]
    assert filed("创办法制宣传栏230期，向群众发放法律知识读本1500余册。") == [
        ("230期", "legal_education.materials"), ("1500册", "legal_education.materials")]


def test_public_servants_examined_and_books_studied_are_cadres_study() -> None:
    """全县公职人员普法考试 is the staff's study of law, not the public's education; a book studied by name (学习
    《…学习纲要》5次) is a study session."""
    assert filed("举办全县公职人员普法考试3次，参考人员8200人。") == [
        ("3次", "study.sessions"), ("8200人", "study.participants")]
    assert filed("党组理论学习中心组学习《习近平法治思想学习纲要》5次。") == [("5次", "study.sessions")]


def test_the_title_of_a_document_studied_lends_no_domain_to_the_people_reached() -> None:
    """重点学习《重大行政决策程序暂行条例》，覆盖干部140余人次: the study reached them; no major decision was made."""
    assert filed("共组织党组集体学法12次，重点学习《重大行政决策程序暂行条例》等内容，覆盖全体干部140余人次。") == [
        ("12次", "study.sessions"), ("140人次", "study.participants")]


def test_chief_legal_consultants_are_advisers_and_their_studios_are_places() -> None:
    assert filed("组建了12人的首席法律咨询专家团队。") == [("12人", "legal_adviser.count")]
    assert filed("设立首席法律咨询专家工作室4个。") == [("4个", OTHER)]
    assert filed("摄制普法宣传片6部。") == [("6部", "legal_education.materials")]


def test_joint_enforcement_major_matters_by_their_customary_name_and_seminars_on_law() -> None:
    assert filed("全年开展跨部门跨领域协同执法600余次。") == [("600次", "enforcement.cases")]
    assert filed("全年向区委报告“三重一大”决策事项8个。") == [("8个", "major_decisions.count")]
    assert filed("举办领导干部依法行政专题研讨班2期。") == [("2期", "study.sessions")]
    # (a seminar on a plenary's spirit is no study of law)
    assert filed("举行全区领导干部学习贯彻党的十九届六中全会精神专题研讨班4期。") == [("4期", OTHER)]


def test_items_handled_online_by_tolerated_gaps_or_in_a_catalogue_are_service_items() -> None:
    assert filed("网上办理事项增加到3797项。") == [("3797项", "gov_services.items")]
    assert filed("全区38个事项实行“容缺审批”。") == [("38个", "gov_services.items")]
    assert filed("动态更新事项目录1285项。") == [("1285项", "gov_services.items")]


def test_powers_sunk_to_townships_leave_the_region_s_list() -> None:
    assert filed("下沉到镇的行政执法职权431项。") == [("431项", "powers.cancelled")]


def test_quizzes_run_for_the_public_are_legal_education() -> None:
    assert filed("开展线上答题活动2次。") == [("2次", "legal_education.events")]


def test_who_joined_a_lecture_studied_and_what_study_yields_or_an_event_reaches_is_no_session_or_registration() -> None:
    assert filed("举办习近平法治思想专题讲座，累计参学人员800余人。")[-1] == ("800人", "study.participants")
    assert ("260篇", "study.sessions") not in filed("开展专题学习，收集领导班子研讨发言材料、心得体会260篇。")
    assert filed("政府全体会议专题学法1次。") == [("1次", "study.sessions")]
    assert ("1500家次", "business.registrations") not in filed("“凤鸣政策通”等品牌活动覆盖企业1500余家次。")


def test_people_counted_with_their_bodies_or_doing_a_study_are_its_participants() -> None:
    assert filed("7名政府组成部门领导干部参加了区人大常委会任前法律知识考试。") == [("7名", "study.participants")]
    assert filed("组织71名新提任科级领导干部进行法律法规知识考试。") == [("71名", "study.participants")]
    assert ("5个", "study.participants") not in filed("5个政府部门参加了培训。")


def test_rules_and_regulations_counted_by_their_number_are_no_measure() -> None:
    assert filed("省政府常务会议会前学法，学习法律法规规章20部。") == [("20部", OTHER)]
    assert filed("废止修订省政府规章57部。") == [("57部", OTHER)]


def test_a_list_of_powers_issued_counts_the_powers_listed() -> None:
    assert filed("制发盟本级权责清单6519项。") == [("6519项", "powers.listed")]


def test_a_seminar_held_on_its_own_is_study_and_an_approximate_figure_keeps_its_subject() -> None:
    assert filed("全年落实“第一议题”学习20余次，组织专题研讨4次，重点研读《习近平法治思想学习纲要》。") == [
        ("20次", "study.sessions"), ("4次", "study.sessions")]
    assert filed("区委理论学习中心组集体学习1次，示范带动各单位学习近200次。") == [
        ("1次", "study.sessions"), ("200次", "study.sessions")]
    [metric] = find_metrics("示范带动各单位学习近200次。", [])
    assert (metric.subject, metric.qualifier) == ("示范带动各单位学习", "approx")


def test_leads_received_and_problems_put_right_are_no_work_of_the_domain_before() -> None:
    assert filed("开展行政复议决定履行情况专项督察，摸排发现涉执行问题46个，整改完成42个。") == [("46个", OTHER), ("42个", OTHER)]
    assert filed("开展执法领域突出问题专项整治，收到有效问题线索239个，整改完成231个。") == [("239个", OTHER), ("231个", OTHER)]


def test_officers_counted_taking_part_in_training_are_its_participants() -> None:
    assert filed("组织全县685名执法人员参加公共法律知识培训。") == [("685名", "study.participants")]
    assert filed("组织120名执法人员参加执法证件年审。") == [("120名", "enforcement.officers")]
    assert filed("新增持证执法人员3名。") == [("3名", "enforcement.officers")]


def test_a_trades_enforcement_and_the_firms_it_inspected_are_enforcement_cases() -> None:
    assert filed("全年开展统计执法4次，检查企业共46家。") == [("4次", "enforcement.cases"), ("46家", "enforcement.cases")]
    assert filed("对医疗机构开展综合监管21家。") == [("21家", "enforcement.cases")]
    # (a trade's administrative cases are its enforcement's; 行政案件 alone are a court's)
    assert filed("全年办结林业行政案件103件。") == [("103件", "enforcement.cases")]
    assert filed("全年一审行政案件36件。") == [("36件", "litigation.cases")]
    assert filed("法院审结涉企业行政案件12件。") == [("12件", "litigation.cases")]


def test_inspections_training_and_scenes_are_no_enforcement_cases() -> None:
    assert filed("检查企业负责人培训3场。") == [("3场", "study.sessions")]
    assert filed("综合监管场景12个。") == [("12个", "other")]


def test_cases_counted_by_li_and_people_by_wei_after_a_number_in_characters() -> None:
    """病例2例 counts cases; 两位厅负责人 counts people, while 五位一体 is a formula."""
    found = find_metrics("累计治愈确诊病例2例，两位厅负责人参加培训，坚持“五位一体”总体布局，构建三位一体领导机制。", [])
    assert [(m.value, m.unit) for m in found] == [(2, "例"), (2, "位")]
    # (a quoted list of measures counted is no slogan: its parts are no N个 and a verb's phrase)
    assert [(m.value, m.unit) for m in find_metrics("提出“十个方面、二十项措施”。", [])] == [(20, "项")]


def test_the_thing_a_figure_counts_stops_where_the_next_figure_s_thing_is_joined_to_it() -> None:
    subjects = {m.text: m.subject for m in find_metrics("成立15个独立党支部、4个联合党支部和指派党建指导员26名。", [])}
    assert subjects["4个"] == "联合党支部"
    # (one thing joined by 和, a word holding 及, and 与 a preposition: the figure's own words run on)
    assert filed("今年以来，23场宪法和民法典宣传活动覆盖群众5000余人。")[0] == ("23场", "legal_education.events")
    assert {m.text: m.subject for m in find_metrics("12起涉及金额50万元的纠纷全部调解成功。", [])}["12起"].startswith("涉及")

"""Reports list the congresses and plenary sessions whose spirit they carry out under one 精神 (党的十九大、十九届二中、
三中全会精神), and write the genre's fixed phrase for what their work is for with a degree inside it (为经济社会发展
提供坚强法治保障): kg/ask/practice.py ``congress_spirits`` and ``safeguarded_for``."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.practice import congress_spirits, safeguarded_for, spirit_of_congress, variants
from tests.answering import answerer_over_texts, listed_regions

LISTED_UNDER_ONE_SPIRIT = """平利县2022年法治政府建设工作总结
2022年，平利县认真贯彻落实党的十九大、十九届历次全会和二十大会议精神，为全县经济社会高质量发展提供了坚强法治保障。
全年审查规范性文件12件，办理行政复议案件7件，服务全县经济社会发展。
"""
THE_NEXT_CONGRESS_ONLY = """陇县2023年法治政府建设工作总结
2023年，陇县全面落实党中央决策部署和党的二十大、二十届二中全会精神，为疫情防控提供法治保障。
全年审查规范性文件9件，办理行政复议案件5件，服务全县经济社会发展。
"""
ANOTHER_SPIRIT_BEFORE_THE_CONGRESS = """镇坪县2022年法治政府建设工作总结
2022年，镇坪县认真学习贯彻省委全面依法治省委员会第五次会议精神，以依法行政的实际成效迎接党的二十大胜利召开。
全年审查规范性文件6件，办理行政复议案件4件，推动全县各项工作。
"""
THE_CONGRESS_S_PLANS_AFTER_A_SPIRIT = """旬阳县2023年法治政府建设工作总结
2023年，旬阳县深入学习贯彻习近平总书记重要讲话重要指示精神，深入贯彻落实党的二十大关于法治建设重大部署。
全年审查规范性文件3件，办理行政复议案件2件，推动全县各项工作。
"""
NEITHER = """岚皋县2022年法治政府建设工作总结
2022年，岚皋县持续深化放管服改革，十九个部门联合开展执法检查，推动经济社会发展。
全年审查规范性文件8件，办理行政复议案件9件，服务全县经济社会发展。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"pingli_2022.txt": LISTED_UNDER_ONE_SPIRIT, "longxian_2023.txt": THE_NEXT_CONGRESS_ONLY,
             "langao_2022.txt": NEITHER, "zhenping_2022.txt": ANOTHER_SPIRIT_BEFORE_THE_CONGRESS,
             "xunyang_2023.txt": THE_CONGRESS_S_PLANS_AFTER_A_SPIRIT}
    with answerer_over_texts(tmp_path_factory.mktemp("congress"), texts) as answerer:
        yield answerer


def test_a_congress_listed_under_one_spirit_is_carried_out(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方写到贯彻落实党的十九大精神？") == {"平利县"}
    # (not 镇坪县, whose 精神 is another meeting's, named before the congress whose opening it greets; 旬阳县 carries out
    # the congress's plans in the sentence of its 精神)
    assert listed_regions(answerer, "哪些地方写到学习贯彻党的二十大精神？") == {"平利县", "陇县", "旬阳县"}
    # a term's plenary sessions asked by the term are not another term's (二十届二中全会 is no 十九届中央全会)
    assert listed_regions(answerer, "哪些地方学习贯彻十九届中央全会精神？") == {"平利县"}


def test_a_safeguard_for_what_any_work_is_for_is_stated_by_providing_it(answerer: Answerer) -> None:
    """经济社会发展 is in every paragraph here, as in a real corpus: what any work is for."""
    assert listed_regions(answerer, "哪些地方把法治建设定位为给本地经济社会发展或中心任务提供法治保障？") == {"平利县", "陇县"}


def test_the_congresses_sessions_and_beneficiaries_a_question_names() -> None:
    assert congress_spirits("学习贯彻党的二十届三中全会精神") == [[["二十届"], ["三中"], ["全会"], ["精神"]]]
    assert congress_spirits("学习党的十九大报告") == []  # (no spirit carried out)
    # the plenary sessions of a term, named by the term alone (十九届中央全会: any of them, not another term's)
    assert congress_spirits("十九届中央全会精神") == [[["十九届"], ["全会"], ["精神"]]]
    assert congress_spirits("实施十大战略精神") == []  # (十大 is no congress)
    assert congress_spirits("以党的十九大和十九届历次全会精神为依据推进法治政府建设") == [
        [["十九大"], ["精神"]], [["十九届"], ["历次"], ["全会"], ["精神"]]]
    # a practice about the spirit (a lecture team, a meeting held on it) is not stated by carrying the spirit out
    assert congress_spirits("宣讲团深入机关、校园宣讲党的二十大精神") == []
    assert congress_spirits("党的二十大精神专题宣讲会") == []
    # a meeting named by its convener, whose spirit reports list with others' under one 精神
    assert congress_spirits("传达学习了中央全面依法治国工作会议精神") == [[["中央全面依法治国工作会议"], ["精神"]]]
    assert congress_spirits("组织中央全面依法治国工作会议精神专题宣讲会") == []
    assert safeguarded_for("哪些地方给本地经济社会发展、振兴或中心任务提供法治（法制）保障？") == ["经济社会发展", "振兴", "中心任务"]
    assert safeguarded_for("哪些地方为群众提供法律援助？") is None
    assert safeguarded_for("哪些地方为疫情防控开展法治宣传、法律服务或提供法治保障？") == ["疫情防控"]
    assert "简政放权" in variants("加大简政放权力度", quoted=False)
    assert variants("加大执法力度", quoted=False) == ["加大执法力度"]  # (执法 alone picks nothing out)


def test_a_safeguard_for_the_genres_aims_is_any_reports_however_rare_its_words(tmp_path) -> None:
    """In a small corpus 经济社会发展 is written once, and so is a key word; but a report providing the rule of law's
    safeguard for its own aim (为谱写中国式现代化…篇章提供坚实法治保障) states what the question asks all the same."""
    texts = {"honghe_2023.txt": "红河州2023年法治政府建设年度报告\n2023年，红河州不断纵深推进法治政府建设，"
                                "为谱写中国式现代化红河篇章提供坚实法治保障。\n全年审查规范性文件12件。\n",
             "yantai_2016.txt": "烟台市2016年法治政府建设年度报告\n2016年，烟台市扎实推进法治政府建设，"
                                "为推动经济社会健康发展提供了有力的法治保障。\n全年审查规范性文件9件。\n",
             "langao_2022.txt": "岚皋县2022年法治政府建设工作总结\n2022年，岚皋县持续深化放管服改革。\n"
                                "全年审查规范性文件8件，办理行政复议案件9件。\n"}
    with answerer_over_texts(tmp_path, texts) as rare:
        assert listed_regions(rare, "哪些地方把法治政府建设定位为给本地经济社会发展提供法治保障？") == {"红河哈尼族彝族自治州", "烟台市"}


def test_a_heading_naming_the_work_it_safeguards_states_the_safeguard(tmp_path) -> None:
    """A section headed 加强中心工作法治保障 provides the safeguard for that work without the verb 提供; reports that
    only work around 中心工作 and 保障 other things do not."""
    texts = {"minhang_2025.txt": "闵行区2025年法治政府建设情况报告\n（二）加强中心工作法治保障\n"
                                 "一是全力推进中央法务区建设，全年审查规范性文件12件。\n"}
    for name, place in (("langao_2022.txt", "岚皋县"), ("pingli_2022.txt", "平利县"), ("longxian_2022.txt", "陇县")):
        texts[name] = (f"{place}2022年法治政府建设工作总结\n全县围绕中心工作，保障和改善民生，审查规范性文件8件。\n"
                       "办理行政复议案件9件，围绕中心工作开展执法检查，保障群众合法权益。\n")
    with answerer_over_texts(tmp_path, texts) as answerer:
        assert listed_regions(answerer, "哪些地方写明为本地发展或中心工作提供法治保障？") == {"闵行区"}


def test_the_provinces_plan_asked_is_the_one_a_districts_report_carries_out(tmp_path) -> None:
    """本省（直辖市）的实施方案 in 铜梁区's report is 《重庆市…实施方案》; another province's plan is not its own."""
    texts = {"tongliang_2021.txt": "重庆市铜梁区2021年法治政府建设工作报告\n2021年，铜梁区认真贯彻落实"
                                   "《重庆市法治政府建设实施方案(2021—2025年)》，全年审查规范性文件12件。\n",
             "xinshi_2021.txt": "乌鲁木齐市新市区2021年法治政府建设工作报告\n2021年，新市区学习借鉴"
                                "《浙江省法治政府建设实施方案(2021—2025年)》，全年审查规范性文件8件。\n"}
    with answerer_over_texts(tmp_path, texts) as answerer:
        assert listed_regions(answerer, "哪些地方写明贯彻落实本省（直辖市）的法治政府建设实施方案（2021—2025年）？") == {"铜梁区"}


def test_a_congress_greeted_after_another_meeting_s_spirit_is_no_spirit_of_its_own() -> None:
    """The sentence's 精神 is the province's meeting's; the congress is named as held. A heading naming the congress says
    what its sentences carry out."""
    groups = [["二十大"], ["精神"]]
    greeted = "认真学习贯彻省委全面依法治省委员会第五次会议精神，以实际成效迎接党的二十大胜利召开。"
    assert not spirit_of_congress(greeted, groups)
    assert spirit_of_congress(greeted, groups, "（一）深入学习党的二十大报告中关于法治建设的重大部署")
    assert spirit_of_congress("全面贯彻落实党的二十大和二十届二中、三中全会精神。", groups)
    # (greeted first or without 召开, and a heading that greets it, as well)
    for greeted_too in ("以优异成绩迎接党的二十大胜利召开，认真学习贯彻省委第五次会议精神。", "会议精神，以实际成效喜迎党的二十大。"):
        assert not spirit_of_congress(greeted_too, groups), greeted_too
    assert not spirit_of_congress("推进依法行政。", groups, "（一）以优异成绩迎接党的二十大胜利召开")

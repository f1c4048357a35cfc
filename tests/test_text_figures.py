"""Figures read from a paragraph's text where the extraction left no stated fact."""

from __future__ import annotations

import re

from kg.ask.answer import CLAUSE_MARK, _assign
from kg.ask.quantities import Figure, parse_parts, score
from kg.ask.text_figures import following, ordinal, text_figures, unstated, whole_counts, year_figures
from search.tokens import SearchTokenizer

tokenize = SearchTokenizer().tokenize
TEXT = "2023年,将全镇12个部门的96项便民事项统一进驻服务大厅,组织夜校、讲座共8场、350人次,排名第3名。"


def figures_of(text: str, years: bool = False, wholes: bool = False) -> list[Figure]:
    """Figures as the answerer builds them: the words before a figure's text and after it, and its clause."""
    out = []
    for fact in text_figures(text, "p-1", 2023) + (year_figures(text, "p-1", 2023) if years else []) \
            + (whole_counts(text, "p-1", 2023) if wholes else []):
        at, end = fact["text_start"], fact["text_start"] + len(fact["text"])
        clause = text[max((m.end() for m in CLAUSE_MARK.finditer(text, 0, at)), default=0):end]
        out.append(Figure({**fact, "region": "某镇"}, text[max(0, at - 40):end], text[end:end + 40], clause))
    return out


def test_numbers_with_a_measure_word_are_figures_and_years_are_not() -> None:
    facts = text_figures(TEXT, "p-1", 2023)
    assert [(f["value"], f["unit"]) for f in facts] == [(12, "个"), (96, "项"), (8, "场"), (350, "人次"), (3, "名")]
    assert all(TEXT[f["text_start"]:].startswith(f["text"]) for f in facts)
    # a second measure right after a figure shares its name; an ordinal is quoted with 第
    assert facts[3]["name"] == facts[2]["name"] == "组织夜校、讲座共" and facts[4]["text"] == "排名第3名"
    # the figure after another's noun is named like that one, its text starts at its number
    assert facts[1]["text"] == "96项" and facts[1]["name"] == facts[0]["name"]


def test_batches_are_counted_in_batches_asked_as_such() -> None:
    text = "组织开展“双随机”抽查18批次，在党校班次中设置法治课程4批次。"
    assert [(f["value"], f["unit"]) for f in text_figures(text, "p-1", 2023)] == [(18, "批次"), (4, "批次")]
    parts = parse_parts("某县开展了多少批次抽查？设置课程多少批次？", ["某县"], tokenize)
    assert [part.unit for part in parts] == ["批次", "批次"]


def test_sets_of_things_are_figures_and_an_organisation_is_none() -> None:
    text = "承接发布“高效办成一件事”业务套餐25组，3组织参加。"
    assert [(f["value"], f["unit"]) for f in text_figures(text, "p-1", 2023)] == [(25, "组")]


def test_figures_an_extracted_fact_already_gives_are_left_out() -> None:
    extracted = [{"paragraph_id": "p-1", "value": 12.0, "unit": "个"}]
    assert (12, "个") not in [(f["value"], f["unit"]) for f in unstated(text_figures(TEXT, "p-1", 2023), extracted)]


def test_an_ordinal_is_not_left_out_for_a_count_of_the_same_value() -> None:
    # 先后5次 was extracted; 第五次会议 says which meeting, another figure of the paragraph
    text = "县委、县政府主要领导先后5次作出指示批示，主持召开县委全面依法治县委员会第五次会议。"
    extracted = [{"paragraph_id": "p-1", "value": 5.0, "unit": "次", "text": "先后5次"}]
    assert [ordinal(f) for f in unstated(text_figures(text, "p-1", 2023), extracted)] == ["第五次"]


def test_a_list_a_preposition_governs_is_one_object_of_one_count() -> None:
    # 对A、B作出指示批示 asks one count of instructions, given by bodies acting together (县委、县政府)
    text = "县委、县政府主要领导先后5次对法治建设、法治政府建设作出指示批示，组织了2次法治政府建设督察。"
    parts = parse_parts("某县县委、县政府主要领导先后多少次对法治建设、法治政府建设作出指示批示？", ["某县"], tokenize)
    assert [p.item for p in parts] == ["主要领导先后对法治建设、法治政府建设作出指示批示"]
    assert [f["value"] for f in _assign(parts, figures_of(text), tokenize, set()).values()] == [5]


def test_each_part_gets_the_figure_whose_noun_it_counts() -> None:
    parts = parse_parts("某镇多少个部门的多少项便民事项进驻了服务大厅？", ["某镇"], tokenize)
    chosen = _assign(parts, figures_of(TEXT), tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (12, 96)
    parts = parse_parts("某镇组织夜校、讲座共几场、多少人次？", ["某镇"], tokenize)
    chosen = _assign(parts, figures_of(TEXT), tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (8, 350)


def test_an_ordinal_in_chinese_numerals_is_a_figure_written_as_it_stands() -> None:
    text = "召开县委依法治县委员会第三次会议,我县入选第二批示范项目,共召开会议4次。"
    facts = text_figures(text, "p-1", 2023)
    assert [(f["value"], f["unit"], ordinal(f)) for f in facts] == [(3, "次", "第三次"), (2, "批", "第二批"), (4, "次", None)]
    assert facts[0]["text"] == "召开县委依法治县委员会第三次"
    # 第一责任人, 第三方: 第 and a numeral with no measure word after them are no figures
    assert text_figures("落实第一责任人职责,开展第三方评估。", "p-1", 2023) == []
    # rounds, copies and places are measures too; taking turns (轮流) is none
    assert [ordinal(f) for f in text_figures("迎接全省第三轮示范命名“回头看”，轮流值班。", "p-1", 2023)] == ["第三轮"]
    # an edition (第三届论坛) and a place in a ranking (名列第37位), in either writing
    assert [ordinal(f) for f in text_figures("举办第三届论坛，名列全国百强第37位。", "p-1", 2024)] == ["第三届", "第37位"]


def test_measures_asked_side_by_side_take_the_figures_written_side_by_side() -> None:
    # the report gives the second measure of one thing without its words (5个方面32项, 8大项30小项)
    text = "将年度任务分解为5个方面32项重点工作,全部落实到责任单位。"
    parts = parse_parts("某镇年度任务涉及几个方面、多少项？", ["某镇"], tokenize)
    chosen = _assign(parts, figures_of(text), tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"], chosen[1]["unit"]) == (5, 32, "项")
    text = "明确党委书记职责8大项30小项,政府首长职责6大项21小项。"
    parts = parse_parts("某镇为党委书记明确了多少大项、多少小项履职任务？", ["某镇"], tokenize)
    chosen = _assign(parts, figures_of(text), tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (8, 30)  # not the 政府首长's 21小项
    assert following("32项重点工作,明确") == (32, "项") and following("，办结12件") is None


def test_a_figure_beside_the_answer_in_another_measure_answers_nothing() -> None:
    # 3场 then 420人: a part asking 多少人次 is not answered by the 人 beside it; a clause mark ends the pair
    text = "开展送法下乡活动3场420人,受理咨询15件,办结12件。"
    parts = parse_parts("某镇开展了几场送法下乡活动，参与多少人次？", ["某镇"], tokenize)
    assert 1 not in _assign(parts, figures_of(text), tokenize, set())
    parts = parse_parts("某镇受理咨询多少件？满意度调查多少件？", ["某镇"], tokenize)
    assert list(_assign(parts, figures_of(text), tokenize, set())) == [0]


def test_a_total_over_listed_examples_is_named_by_its_verb_before_the_list() -> None:
    text = "2023年,镇党委会组织专题学习宪法、民法典、行政处罚法、行政复议法、乡村振兴促进法等共12次;举办讲座3次。"
    parts = parse_parts("某镇党委会组织了多少次专题学习？", ["某镇"], tokenize)
    assert _assign(parts, figures_of(text), tokenize, set())[0]["value"] == 12


def test_which_years_and_which_year_are_answered_by_years_as_written() -> None:
    text = ("印发《某镇法治政府建设实施方案(2021—2025年)》,2023年初,镇政府向县政府报告了2022年度法治政府建设情况,"
            "全年办理复议案件5件。")
    parts = parse_parts("某镇的法治政府建设实施方案覆盖哪几年？", ["某镇"], tokenize)
    figures = figures_of(text, years=True)
    assert _assign(parts, figures, tokenize, set())[0]["written"] == "2021—2025年"
    parts = parse_parts("某镇向县政府报告的是哪一年度的法治政府建设情况？办理复议案件多少件？", ["某镇"], tokenize)
    chosen = _assign(parts, figures, tokenize, set())
    assert (chosen[0]["written"], chosen[1]["value"]) == ("2022年度", 5)  # not 2023年 of 2023年初
    # a count is never answered by a year, nor a year by words it shares once with its clause
    assert not _assign(parse_parts("某镇印发了多少个方案？", ["某镇"], tokenize),
                       [f for f in figures if f.fact.get("years")], tokenize, set())
    assert not _assign(parse_parts("某镇的普法规划覆盖哪几年？", ["某镇"], tokenize), figures, tokenize, set())


def test_a_count_of_a_whole_s_parts_answers_a_question_asking_how_many_big() -> None:
    # (几大核心特征: 六大, in numerals or digits, quoted or not; never the party's 二十大 nor 大力)
    text = "坚持把法治化列为现代民政六大核心特征之首,学习党的二十大精神,大力推进“三大工程”和5大领域综合执法改革。"
    assert [(f["written"], f["value"]) for f in whole_counts(text, "p-1", 2017)] == [
        ("六大", 6), ("三大", 3), ("5大", 5)]
    parts = parse_parts("某厅把法治化列为现代民政几大核心特征之首？", ["某厅"], tokenize)
    assert parts[0].unit == "大" and _assign(parts, figures_of(text, wholes=True), tokenize, set())[0]["written"] == "六大"
    assert not any(f["unit"] == "大" for f in text_figures(text, "p-1", 2017))  # (read only when asked)
    # (one is no count of parts, 一大批; 多少大学生 and 几大队 ask no 大)
    assert [f["written"] for f in whole_counts("培养一大批法治人才,开展“四大”行动。", "p-1", 2017)] == ["四大"]
    assert all(p.unit != "大" for p in parse_parts("某市有多少大学生参加宪法宣传？组建了几大队？", ["某市"], tokenize))


def test_a_place_in_a_ranking_without_a_measure_word_is_an_ordinal() -> None:
    text = "政府透明度指数在全省16个城市中排名第三,获评第二批示范单位,召开第十二次党代会。"
    facts = text_figures(text, "p-1", 2023)
    assert [(f["value"], ordinal(f)) for f in facts if ordinal(f)] == [(3, "第三"), (2, "第二批"), (12, "第十二次")]
    parts = parse_parts("某镇透明度指数在全省多少个城市中排第几？获评的是第几批示范单位？", ["某镇"], tokenize)
    chosen = _assign(parts, figures_of(text), tokenize, set())
    assert (chosen[0]["value"], ordinal(chosen[1]), ordinal(chosen[2])) == (16, "第三", "第二批")
    # which batch is never answered by which meeting (第十二次), whatever words they share
    alone = [f for f in figures_of(text) if f.fact["unit"] == "次"]
    assert not _assign(parse_parts("某镇召开的是第几批党代会？", ["某镇"], tokenize), alone, tokenize, set())


def test_places_listed_after_a_ranking_s_first_are_each_a_place() -> None:
    text = "在全国县域发展潜力、旅游经济百强县中我县分别排名第59、第26;成功入选示范县。"
    facts = text_figures(text, "p-1", 2025)
    assert [(f["value"], ordinal(f)) for f in facts if ordinal(f)] == [(59, "第59"), (26, "第26")]
    parts = parse_parts("某县在全国县域发展潜力、旅游经济百强县中分别排名第几？", ["某县"], tokenize)
    chosen = _assign(parts, figures_of(text), tokenize, set())
    assert (ordinal(chosen[0]), ordinal(chosen[1])) == ("第59", "第26")


def test_points_of_a_score_are_a_measure_and_a_branch_is_not() -> None:
    facts = text_figures("法治建设在绩效考核中分值权重15分,设3分局,用时20分钟,安排第三方评估。", "p-1", 2023)
    assert [(f["value"], f["unit"]) for f in facts] == [(15, "分"), (20, "分钟")]
    parts = parse_parts("某镇法治建设在绩效考核中的分值权重是多少？", ["某镇"], tokenize)
    assert _assign(parts, figures_of("法治建设在绩效考核中分值权重15分。"), tokenize, set())[0]["value"] == 15


def test_verbs_of_one_object_written_together_share_one_figure() -> None:
    text = "2023年,审查、备案规范性文件35件,清理文件12件。"
    parts = parse_parts("某镇审查、备案了多少件规范性文件？", ["某镇"], tokenize)
    chosen = _assign(parts, figures_of(text), tokenize, set())
    assert len(parts) == 2 and chosen[0] is chosen[1] and chosen[0]["value"] == 35
    # written one by one, each verb keeps its own figure; a verb the report does not write gets none
    chosen = _assign(parts, figures_of("2023年,审查规范性文件35件,备案规范性文件30件。"), tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (35, 30)
    assert 1 not in _assign(parts, figures_of("2023年,审查规范性文件35件。"), tokenize, set())


def test_a_count_of_levels_is_read_after_the_levels_it_counts() -> None:
    facts = text_figures("建成县、乡、村三级调解网络,完善市县两级联动,设一级指标6项。", "p-1", 2023)
    assert [(f["value"], f["unit"], f.get("written")) for f in facts] == [(3, "级", "三级"), (2, "级", "两级"), (6, "项", None)]
    assert text_figures("完善市、县三级体系。", "p-1", 2023) == []  # two levels listed are no 三级
    parts = parse_parts("某镇建成的调解网络分几级？", ["某镇"], tokenize)
    assert _assign(parts, figures_of("建成县、乡、村三级调解网络。"), tokenize, set())[0]["written"] == "三级"
    # a count of levels answers no question in another measure, whatever words they share
    parts = parse_parts("某镇的调解网络学习了几次？", ["某镇"], tokenize)
    assert not _assign(parts, figures_of("建成县、乡、村三级调解网络。"), tokenize, set())


def test_a_reform_named_with_duo_is_answered_by_its_number() -> None:
    text = "推行“12证合一”改革,新设企业360家。"
    parts = parse_parts("某镇推行的“多证合一”整合了多少个证照？", ["某镇"], tokenize)
    assert _assign(parts, figures_of(text), tokenize, set())[0]["value"] == 12
    assert not _assign(parts, figures_of("推行“证照分离”改革,新设企业360家。"), tokenize, set())


def test_a_figure_the_report_writes_as_a_floor_is_said_as_one() -> None:
    from kg.ask.answer import said_value

    facts = text_figures("开展专题学习达2万余人次,举办讲座290余场,覆盖100多个单位,受理16宗。", "p-1", 2023)
    assert [said_value(f) for f in facts] == ["2万余人次", "290余场", "100多个", "16宗"]


def test_which_years_of_each_of_two_documents_are_asked_apart() -> None:
    """国家纲要和省实施方案分别覆盖哪些年份: one span each, as each title writes it, not one span for both."""
    text = "根据《法治政府建设实施纲要(2015—2020年)》和《某省法治政府建设实施方案(2016—2020年)》,印发了工作要点。"
    parts = parse_parts("某镇依据的国家法治政府建设实施纲要和省法治政府建设实施方案分别覆盖哪些年份？", ["某镇"], tokenize)
    assert len(parts) == 2
    chosen = _assign(parts, figures_of(text, years=True), tokenize, set())
    assert (chosen[0]["written"], chosen[1]["written"]) == ("2015—2020年", "2016—2020年")


def test_departments_counted_without_a_measure_word_and_figures_set_apart_by_spaces() -> None:
    figures = text_figures("协调公安等 12 部门联合执法，全年办理案件 35 件", "p-1", 2020)
    assert [(f["value"], f["unit"]) for f in figures] == [(12.0, "部门"), (35.0, "件")]
    assert [(f["value"], f["unit"]) for f in text_figures("拨打12345市民热线，在4市2县试点", "p-1", 2020)] == [
        (4.0, "市"), (2.0, "县")]


def test_days_a_report_writes_are_figures_that_answer_a_question_asking_on_which_day() -> None:
    text = "4月12日上午，召开全县法治政府建设推进会；2024年5月8日印发《实施方案》，要求3日内报送。"
    days = [f for f in year_figures(text, "p-1", 2024) if f["unit"] == "日"]
    assert [f["written"] for f in days] == ["4月12日", "5月8日"]  # (3日内 is a time limit, no day)
    parts = parse_parts("县政府在哪天召开推进会、哪天印发实施方案？", [], tokenize)
    assert [p.item for p in parts] == ["县政府召开推进会", "印发实施方案"] and all(p.unit == "日" for p in parts)
    first, second = (Figure(day, text[:day["text_start"] + len(day["text"])],
                            text[day["text_start"] + len(day["text"]):]) for day in days)
    assert score(parts[0], first, tokenize) > score(parts[0], second, tokenize)
    assert score(parts[1], second, tokenize) > score(parts[1], first, tokenize)
    # what was done on a day follows its date, whatever it counts (市政府第40次常务会议…)
    text = "2020年5月27日，市政府召开推进会。2020年6月11日，市政府第40次常务会议专题研究政府立法工作。"
    days = [f for f in year_figures(text, "p-1", 2020) if f["unit"] == "日"]
    may, june = (Figure(day, text[:day["text_start"] + len(day["text"])], text[day["text_start"] + len(day["text"]):])
                 for day in days)
    asked = parse_parts("市政府在哪一天召开常务会议专题研究政府立法工作？", [], tokenize)[0]
    assert score(asked, june, tokenize) > score(asked, may, tokenize)


def test_banners_and_anniversaries_are_counted_in_their_own_words() -> None:
    figures = text_figures("悬挂宣传横幅35幅，纪念宪法颁布40周年", "p-1", 2022)
    assert [(f["value"], f["unit"]) for f in figures] == [(35.0, "幅"), (40.0, "周年")]
    assert [p.unit for p in parse_parts("悬挂了多少幅横幅？纪念宪法颁布多少周年？", [], tokenize)] == ["幅", "周年"]


def test_small_counts_in_chinese_numerals_are_figures_written_as_they_stand() -> None:
    text = "每年年初召开一次专题会议，推行一次性告知，听取汇报十余次，连续四年获评先进，实行一人一档，增强“四个意识”，一年来成效明显。"
    facts = text_figures(text, "p-1", 2022)
    assert [(f["written"], f["value"], f["unit"]) for f in facts] == [("一次", 1, "次"), ("十余次", 10, "次"),
                                                                       ("四年", 4, "年")]
    assert facts[0]["name"] == "每年年初召开"
    # a dated year is no count of years, nor a numeral inside a longer one
    assert text_figures("二〇二一年，全县开展培训", "p-1", 2021) == []
    # a congress's or committee's term named by its number is no count (市六届人大常委会, 十九届四中全会); terms
    # counted are (连续三届)
    text = "向市六届人大常委会报告，学习十九届四中全会精神，连续三届获评先进。"
    assert [f["written"] for f in text_figures(text, "p-1", 2020)] == ["三届"]


def test_items_of_a_list_each_counted_after_its_noun_share_the_predicate_after_the_list() -> None:
    text = "区委常委会2次、区政府常务会5次研究部署法治工作，开展党组学习5次、中心组学习7次和支部学习8次。"
    assert [f["name"] for f in text_figures(text, "p-1", 2025)][:2] == ["区委常委会", "区政府常务会"]
    parts = parse_parts("某区区委常委会几次研究部署法治工作？区政府常务会几次？", ["某区"], tokenize)
    chosen = _assign(parts, figures_of(text), tokenize, set())
    assert [chosen[i]["text"] for i in range(2)] == ["区委常委会2次", "区政府常务会5次研究部署法治工作"]
    parts = parse_parts("某区开展了几次党组学习、几次中心组学习和几次支部学习？", ["某区"], tokenize)
    chosen = _assign(parts, figures_of(text), tokenize, set())
    assert [chosen[i]["value"] for i in range(3)] == [5, 7, 8]


def test_a_year_in_a_run_is_an_ordinal_asked_by_which_year() -> None:
    text = "全年召开6次常委会，连续第三年在全省考核中位居第一。"
    assert [ordinal(f) for f in text_figures(text, "p-1", 2020)] == [None, "第三年", "第一"]  # (位居第一: a place)
    parts = parse_parts("某市在全省考核中连续第几年位居第一？", ["某市"], tokenize)
    assert ordinal(_assign(parts, figures_of(text), tokenize, set())[0]) == "第三年"


def test_a_count_of_years_is_asked_with_its_measure_and_answered_only_by_one() -> None:
    text = "安全生产、社会综合治理两项工作分别连续四年、三年获评全省先进，全年开展培训3次。"
    parts = parse_parts("某市安全生产工作连续几年获评全省先进？", ["某市"], tokenize)
    assert [p.unit for p in parts] == ["年"]
    chosen = _assign(parts, figures_of(text), tokenize, set())
    assert chosen[0]["written"] == "四年"  # the first listed thing's figure of the run after 分别, not 三年
    parts = parse_parts("某市社会综合治理工作连续几年获评全省先进？", ["某市"], tokenize)
    assert _assign(parts, figures_of(text), tokenize, set())[0]["written"] == "三年"
    parts = parse_parts("某市全年开展培训几次？", ["某市"], tokenize)
    assert _assign(parts, figures_of(text), tokenize, set())[0]["value"] == 3  # (四年 counts no 次)


def test_parts_listed_a_clause_before_respectively_take_the_run_of_figures_in_order() -> None:
    text = "某市经济综合实力和基本竞争力再次实现“双进位”,分别名列全国百强第37位、第59位。"
    parts = parse_parts("某市经济综合实力和基本竞争力在全国百强中分别名列第几位？", ["某市"], tokenize)
    chosen = _assign(parts, figures_of(text), tokenize, set())
    assert [ordinal(chosen[i]) for i in range(2)] == ["第37位", "第59位"]


def test_aspects_counted_name_the_part_and_an_adverb_ends_the_counted_noun() -> None:
    part = parse_parts("某区专题学习大学堂围绕几个方面授课？", ["某区"], tokenize)[0]
    assert part.head == "方面"
    text = "专题学习大学堂围绕“习近平法治思想的基本精神、六大关系”三个方面，为干部等260余人授课。"
    assert _assign([part], figures_of(text), tokenize, set())[0]["written"] == "三个"
    assert parse_parts("某市将多少个县（市、区）全部纳入改革试点范围？", ["某市"], tokenize)[0].head == "县"


def test_a_fraction_is_a_share_said_as_written() -> None:
    figures = text_figures("审批要件、综合时间累计分别减少2/3以上、1/2以上，三分之一的乡镇，发布时间2025/3/5", "p", 2020)
    assert [(f["written"], f["value"], f["unit"]) for f in figures if f.get("written")] == [
        ("2/3以上", 66.7, "%"), ("1/2以上", 50.0, "%"), ("三分之一", 33.3, "%")]


def test_the_thing_joined_after_a_figure_s_noun_and_counted_by_the_next_figure_is_the_next_one_s() -> None:
    text = "推动在律师事务所成立15个独立党支部、4个联合党支部和指派党建指导员26名,实现全覆盖。"
    figures = figures_of(text)
    assert [f.subject for f in figures][:2] == ["独立党支部", "联合党支部"]
    parts = parse_parts("某镇为律师事务所指派党建指导员多少名？", ["某镇"], tokenize)
    assert _assign(parts, figures, tokenize, set())[0]["value"] == 26
    # (a word holding 及 and a preposition's 与 join nothing: the figure's words run on)
    assert [f.subject for f in figures_of("全年受理投诉56件涉及金额20万元。")][0] == "涉及金额"
    assert [f.subject for f in figures_of("开展3次与群众面对面普法活动覆盖500人。")][0] == "与群众面对面普法活动覆盖"

"""Questions answered from graph and paragraphs, on the samples plus the genre test corpus."""

from __future__ import annotations

import re

import pytest

from kg.ask.answer import Answerer
from kg.ask.evaluate import evaluate, score_answer_sets
from kg.ask.quantities import parse_parts
from kg.ask.understand import understand
from search.evaluate import load_questions
from tests.support import REPO, SAMPLES
from tests.answering import answerer_over

GENRE = REPO / "tests/corpus/genre"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    with answerer_over(tmp_path_factory.mktemp("ask") / "data", [SAMPLES, GENRE]) as answerer:
        yield answerer


def test_interpretation_of_places_years_entities_and_kind() -> None:
    known = {"REGULATION": {"党政主要负责人履行推进法治建设第一责任人职责规定"}, "INITIATIVE": {"首违不罚"}}
    it = understand("广东各县近三年怎样推行首违不罚?", known, 2022)
    assert it.regions == [{"name": "广东省", "level": "province", "code": "440000", "scope": "county"}]
    assert it.years == [2020, 2021, 2022] and it.kind == "how"
    assert it.entities == [{"type": "INITIATIVE", "name": "首违不罚"}]
    it = understand("哪些地方落实了《第一责任人职责规定》?", known, 2022)
    assert it.kind == "which_regions" and it.entities[0]["name"] == "党政主要负责人履行推进法治建设第一责任人职责规定"
    assert understand("2019-2021年出庭应诉率是多少", {}, 2022).years == [2019, 2020, 2021]
    assert understand("2020年以来的行政复议", {}, 2022).year_range == (2020, 2022)
    # 去年 is the year before the corpus's latest, unless the question names its year: then what it is compared with
    assert understand("去年受理了多少件行政复议？", {}, 2022).years == [2021]
    assert understand("2025年服务机构多少家？较去年同期增长多少？", {}, 2025).years == [2025]
    # 今年 is the corpus's latest year; 本年度 is each report's own year, no filter
    assert understand("今年哪些地方推行了证明事项告知承诺制？", {}, 2025).years == [2025]
    assert understand("哪些地方印发了本年度的法治政府建设工作要点？", {}, 2025).years == []
    assert understand("湖州怎样培养法治人才?", {}, 2022).regions[0]["name"] == "湖州市"
    assert understand("和始兴县类似的做法还有哪些地方?", {}, 2022).kind == "similar"
    # which place in an order is a figure asked (第59), however the question ends (排名第几？)
    assert understand("2025年某县在全国百强县中排名第几？", {}, 2025).kind == "numeric"
    # government departments asked are listed by their regions, as places are; departments alone ask the graph's bodies
    assert understand("哪些政府部门设立政策法规处等法制工作机构？", {}, 2025).kind == "which_regions"
    assert understand("哪些部门参与了行政复议？", {}, 2025).kind == "entities"
    # departments of a kind are bodies of regions too, listed by region
    assert understand("哪些卫生健康部门推进疾控机构与卫生监督机构整合？", {}, 2025).kind == "which_regions"


def test_a_place_in_an_aside_of_examples_is_part_of_an_example_not_a_region_asked() -> None:
    it = understand("哪些地方写到贯彻总书记对本省工作的重要讲话（如关于西藏工作的重要指示）？", {}, 2024)
    assert it.kind == "which_regions" and it.regions == []
    # ... but a region named outside the aside is asked, and one describing the places asked still names them
    assert [r["name"] for r in understand("西藏哪些地方写到重要讲话（如关于西藏工作的重要指示）？", {}, 2024).regions] == [
        "西藏自治区"]
    assert [r["name"] for r in understand("哪些地方（如西藏）写到重要讲话？", {}, 2024).regions] == ["西藏自治区"]


def test_a_cited_title_is_the_asked_regulation_under_any_spelling_and_its_years_are_not_the_questions() -> None:
    outline = "法治政府建设实施纲要（2015—2020年）"
    known = {"REGULATION": {outline, "某某县贯彻落实〈法治政府建设实施纲要（2015—2020年）〉实施方案", "行政复议法"}}
    it = understand("哪些地区引用了《法治政府建设实施纲要(2015-2020年)》？", known, 2022)
    assert it.entities == [{"type": "REGULATION", "name": outline}]  # not the plan implementing it
    assert (it.years, it.year_range) == ([], None)
    assert understand("2021年以来哪些地区引用了《法治政府建设实施纲要（2015—2020年）》？", known, 2022).year_range == (2021, 2022)
    assert understand("哪些地方落实了《纲要》?", known, 2022).entities[0]["name"] == outline  # a short title: containment
    # editions in an aside after the title name the document too
    it = understand("哪些地方以《法治政府建设实施纲要》（2015—2020年或2021—2025年）为依据？", known, 2025)
    assert (it.years, it.year_range) == ([], None)
    # the years of what an aside excludes are not asked either (国务院2004年《…》…不算)
    it = understand("哪些地方写明贯彻落实《法治政府建设实施纲要》或“一规划两纲要”（国务院2004年《全面推进依法行政实施纲要》"
                    "不算）？", known, 2025)
    assert (it.years, it.year_range) == ([], None)
    assert understand("2023年哪些地方制定了普法责任清单（2004年制定的不算）？", known, 2025).years == [2023]


def test_a_short_title_of_many_regulations_asks_for_the_same_five_every_run() -> None:
    """Of titles containing a short one, the five shortest, ties by the title itself: the corpus's names
    are a set, and a tie left to its order changed the answer from one run to the next."""
    titles = {f"{place}法治政府建设实施纲要" for place in "甲乙丙丁戊己庚辛"}
    asked = understand("哪些地方落实了《实施纲要》?", {"REGULATION": titles}, 2022).entities
    assert [e["name"] for e in asked] == sorted(titles)[:5]


def test_how_many_regions_do_a_practice_is_answered_by_listing_them(answerer: Answerer) -> None:
    it = understand("有几个县开展了证明事项告知承诺制？", {}, 2022)
    assert it.kind == "which_regions"
    assert understand("湖州市组织多少个县区参加示范创建？", {}, 2022).kind == "numeric"  # a count inside a place
    assert understand("全省有多少个县政府工作部门公开了权责清单？", {}, 2022).kind == "numeric"  # not places
    # which year or years a document covers is a value the report writes (纲要（2021—2025年）)
    assert understand("湖州市的法治政府建设规划覆盖哪几年？", {}, 2022).kind == "numeric"
    assert understand("湖州市报告的是哪一年度的法治政府建设情况？", {}, 2022).kind == "numeric"
    # a date asked (在哪天举行) is a value, not a place; so are kinds counted (几类)
    assert understand("湖州市的工作汇报会在哪天举行？召开了几次推进会？", {}, 2022).kind == "numeric"
    assert understand("2020年湖州市政府在哪一天召开常务会议研究立法工作？", {}, 2022).kind == "numeric"
    assert understand("湖州市向党员发放了几类必读书目？", {}, 2022).kind == "numeric"
    answer = answerer.ask("2022年有多少个地区的报告提到了法律顾问？")
    listed = {f["region"] for f in answer.facts}
    assert answer.answer.startswith(f"共{len(listed)}个地区") and listed
    assert all(f["year"] == 2022 for f in answer.facts)


def test_which_counties_hired_law_firms_from_graph_facts(answerer: Answerer) -> None:
    answer = answerer.ask("哪些县聘请了律师事务所担任法律顾问?")
    advises = {f["region"]: f for f in answer.facts if f["kind"] == "ADVISES"}
    assert {"始兴县", "仁化县", "南雄市"} <= set(advises)
    evidence = {h["paragraph_id"]: h for h in answer.evidence}
    for fact in advises.values():  # every fact cites a paragraph naming the firm, from that region
        assert fact["law_firm"] in evidence[fact["paragraph_id"]]["text"]
        assert evidence[fact["paragraph_id"]]["region"] == fact["region"]


def test_a_region_held_up_as_the_model_is_not_the_answer(answerer: Answerer) -> None:
    """哪些县和始兴县一样…: the other counties doing it; 始兴县 is said to do it, apart."""
    it = understand("哪些县像始兴那样聘请了律师事务所担任法律顾问?", {}, 2022, {"始兴县"})
    assert (it.regions, [r["name"] for r in it.references]) == ([], ["始兴县"])
    assert [r["name"] for r in understand("广东哪些县聘请了法律顾问?", {}, 2022).regions] == ["广东省"]
    answer = answerer.ask("哪些县和始兴县一样聘请了律师事务所担任法律顾问?")
    listed = {f["region"] for f in answer.facts}
    assert "始兴县" not in listed and {"仁化县", "南雄市"} <= listed
    assert "始兴县本身的报告也陈述了这一做法" in answer.answer


def test_rates_per_region_with_value_unit_year_and_source(answerer: Answerer) -> None:
    answer = answerer.ask("2021年各地行政复议纠错率是多少?")
    assert answer.interpretation.kind == "numeric" and answer.interpretation.years == [2021]
    by_region = {}
    for fact in answer.facts:
        by_region.setdefault(fact["region"], fact)
    assert by_region["仁化县"]["value"] == 12.5 and by_region["仁化县"]["unit"] == "%"
    assert by_region["德清县"]["value"] == 9.8 and "deqing_2021.txt" not in answer.answer  # cited by title
    assert f"《{by_region['德清县']['report_title']}》" in answer.answer
    assert all(h["year"] == 2021 for h in answer.evidence)


def test_how_question_is_limited_to_the_named_place(answerer: Answerer) -> None:
    answer = answerer.ask("湖州怎样培养法治人才?")
    assert answer.evidence and {h["prefecture"] for h in answer.evidence} == {"湖州市"}
    assert "法治人才" in answer.evidence[0]["text"]


def test_how_answers_quote_the_sentences_that_say_it(answerer: Answerer) -> None:
    answer = answerer.ask("各地如何推行行政执法三项制度？")
    lines = answer.answer.splitlines()[1:]
    assert lines and all(not re.match(r"^[^：]+：\s*[（(][一二三四五六七八九十]+[）)]", line) for line in lines)
    assert sum("执法" in line for line in lines) >= len(lines) - 1  # the quotes are about enforcement


def test_a_how_answer_quotes_only_regions_whose_paragraphs_state_the_practice(answerer: Answerer) -> None:
    answer = answerer.ask("各地如何推行证明事项告知承诺制？")
    lines = answer.answer.splitlines()[1:]
    regions = [line.split("：", 1)[0] for line in lines]
    assert answer.answer.startswith(f"共{len(regions)}个地区的报告陈述了这一做法") and regions
    stating = {h["region"] for h in answer.evidence if "告知承诺" in h["text"]}
    assert set(regions) == stating and not {h["region"] for h in answer.related} & stating
    few = answerer.ask("各地如何推进法律顾问制度？", k=2)
    total = int(re.match(r"共(\d+)个地区", few.answer).group(1))
    assert total > 2 and "以下是其中2个地区的做法" in few.answer and len(few.answer.splitlines()) == 3


def test_a_how_question_about_a_word_no_report_writes_lists_no_practice(answerer: Answerer) -> None:
    answer = answerer.ask("各地怎样开展碳达峰行动？")
    assert answer.answer.startswith("没有找到陈述这一做法的段落：没有任何段落包含“碳达峰”")
    assert answer.evidence == [] and answer.facts == []


def test_similar_practices_come_from_other_regions_as_pairs(answerer: Answerer) -> None:
    answer = answerer.ask("和始兴县类似的做法还有哪些地方?")
    similar = [f for f in answer.facts if f["kind"] == "SIMILAR"]
    assert similar and all(f["region"] != "始兴县" for f in similar)
    assert all(answer.interpretation.regions[0]["name"] == "始兴县" for _ in similar)
    regions = answer.answer.split("：", 1)[1].split("。", 1)[0].split("、")
    pairs = [line for line in answer.answer.splitlines() if line.startswith("  ↔ 始兴县：")]
    assert len(pairs) == len(regions)  # each region's practice beside the 始兴县 practice it matches


def test_a_place_and_year_the_store_has_no_report_of_is_said_first_with_the_years_it_has(answerer: Answerer) -> None:
    answer = answerer.ask("宝应县2030年行政复议收案多少件？")
    first, held = answer.answer.splitlines()[0], re.search(r"年份：([\d、]+)", answer.answer)
    assert first.startswith("注意：库中没有宝应县2030年的报告") and held
    assert all(h["region"] != "宝应县" or h["year"] != 2030 for h in answer.evidence)
    assert answerer.ask("2031年哪些地区推行了行政执法三项制度？").answer.startswith("注意：库中没有2031年的报告")
    assert not answerer.ask("宝应县怎样推行行政执法三项制度？").answer.startswith("注意")  # no year asked
    undated = answerer.ask("湖州市2020年怎样培养法治人才？").answer  # the samples' 湖州 article states no year
    assert undated.startswith("注意：库中没有湖州市2020年的报告") and "另有未标明年份的报告" in undated


def test_which_region_has_the_highest_rate_ranks_every_region_stating_it(answerer: Answerer) -> None:
    answer = answerer.ask("哪个地区的行政复议纠错率最高？")
    assert answer.interpretation.kind == "rank"
    ranked = [f for f in answer.facts if f["kind"] == "STATES"]
    values = [f["value"] for f in ranked]
    assert len(ranked) >= 3 and values == sorted(values, reverse=True) and {f["unit"] for f in ranked} == {"%"}
    assert [f["rank"] for f in ranked] == list(range(1, len(ranked) + 1))
    assert len({f["region"] for f in ranked}) == len(ranked)  # one figure a region
    texts = {h["paragraph_id"]: h["text"] for h in answer.evidence}
    assert all(f["text"].split("；")[0][:6] in texts[f["paragraph_id"]] for f in ranked)  # each cited
    assert f"最高的是{ranked[0]['region']}" in answer.answer
    lowest = answerer.ask("哪个县的行政机关负责人出庭应诉率最低？")
    rates = [f["value"] for f in lowest.facts]
    assert rates and rates == sorted(rates) and "最低的是" in lowest.answer


def test_which_regions_meet_a_bound_lists_those_whose_figure_meets_it_and_shows_the_rest(answerer: Answerer) -> None:
    answer = answerer.ask("行政复议纠错率超过10%的有哪些地区？")
    assert answer.interpretation.kind == "rank"
    assert answer.facts and all(f["unit"] == "%" and f["value"] > 10 for f in answer.facts)
    below = re.search(r"其余给出该数值的地区：(.+)。", answer.answer)
    assert below and all(float(v) <= 10 for v in re.findall(r"（([\d.]+)%）", below.group(1)))
    none = answerer.ask("哪些地区的行政复议纠错率低于1%？")
    assert none.facts == [] and "没有地区符合" in none.answer
    assert {h["paragraph_id"] for h in none.evidence}  # the figures compared are cited all the same


def test_a_ranking_kind_needs_a_superlative_of_a_quantity() -> None:
    assert understand("哪些地区推行了最多跑一次改革？", {}, 2022).kind == "which_regions"
    assert understand("各地行政诉讼败诉率从低到高排序", {}, 2022).kind == "rank"


def test_named_regions_are_ordered_by_which_is_higher_and_one_stating_nothing_is_said(answerer: Answerer) -> None:
    # which is higher ranks them; a comparison of a measure stays one, answered with the figures
    for question, kind in (("浏阳市和德清县的行政复议纠错率哪个高？", "rank"), ("德清县的行政复议纠错率和浏阳市相比如何？", "compare")):
        answer = answerer.ask(question)
        assert answer.interpretation.kind == kind, question
        assert [f["region"] for f in answer.facts] == ["德清县"] and answer.facts[0]["unit"] == "%"
        assert "浏阳市的报告未给出这一数值。" in answer.answer
    assert understand("德清县和浏阳市谁的出庭应诉率更低？", {}, 2022).kind == "rank"
    assert understand("比较德清县和浏阳市的行政复议工作", {}, 2022).kind == "compare"  # a practice, not a measure


def test_a_count_asked_by_its_noun_is_asked_in_its_measure() -> None:
    parts = parse_parts("规范性文件审查件数是多少", [], lambda t: [t])
    assert [(p.unit, "件数" in p.item) for p in parts] == [("件", False)]


def test_a_named_region_stating_no_figure_is_said_not_skipped(answerer: Answerer) -> None:
    answer = answerer.ask("浏阳市和德清县的行政复议纠错率分别是多少？")
    assert [f["region"] for f in answer.facts] == ["德清县"] and answer.facts[0]["unit"] == "%"
    assert "浏阳市：未找到“行政复议纠错率”的数值" in answer.answer


def test_no_evidence_is_said_plainly(answerer: Answerer) -> None:
    answer = answerer.ask("火星基地的量子通信预算是多少?")
    assert not [f for f in answer.facts if f.get("value") is not None]  # no figure is offered as the answer
    assert "未找到" in answer.answer or "没有" in answer.answer


def test_quality_on_the_project_question_set(answerer: Answerer) -> None:
    report = evaluate(answerer, load_questions(REPO / "tests/corpus/ask_questions.jsonl"))
    assert report["absent_regions"] == []  # the store holds every region the questions expect
    assert report["evidence_recall@10"] >= 0.9
    assert report["exact_answers"] >= 0.8
    assert report["interpretation_accuracy"] >= 0.8


def test_answer_sets_on_samples_and_genre(answerer: Answerer) -> None:
    """Complete region sets (and empty ones) and multi-part numbers over all 13 reports."""
    report = score_answer_sets(answerer, load_questions(REPO / "tests/corpus/answer_sets.jsonl"))
    assert report["region_precision"] >= 0.9 and report["region_recall"] >= 0.9, report["per_question"]
    assert report["negatives"] >= 10 and report["negatives_silent"] >= 0.9, report["per_question"]
    assert report["numerics"] >= 10 and report["numerics_complete"] >= 0.9, report["per_question"]


def test_a_corpus_place_the_gazetteer_lacks_is_a_region_of_the_question() -> None:
    places = {"滨江新区", "杭州市"}
    # written after the city it lies in, the zone stands for it: its reports name no parent city
    it = understand("2021年杭州市滨江新区管委会开了几次常务会议？", {}, 2022, places)
    assert [r["name"] for r in it.regions] == ["滨江新区"]
    assert [r["name"] for r in understand("2021年杭州市开了几次常务会议？", {}, 2022, places).regions] == ["杭州市"]
    # a town of the corpus written in full is no city its name opens (永安镇, not 永安市), after its county or alone
    places = {"永安市", "永安镇"}
    for question in ("垫江县永安镇2025年举办法治讲座多少场？", "永安镇2025年举办法治讲座多少场？"):
        assert [r["name"] for r in understand(question, {}, 2025, places).regions] == ["永安镇"], question
    assert [r["name"] for r in understand("永安2021年举办法治讲座多少场？", {}, 2025, places).regions] == ["永安市"]


def test_scores_on_a_store_without_the_questions_regions_say_which_are_missing(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "shixing.txt").write_text((SAMPLES / "000_f57059954a762f10.txt").read_text(encoding="utf-8"), encoding="utf-8")
    with answerer_over(tmp_path / "data", [folder]) as one_report:
        questions = load_questions(REPO / "tests/corpus/ask_questions.jsonl")[:1]  # expects 始兴县 and four others
        assert evaluate(one_report, questions)["absent_regions"] == ["仁化县", "南雄市", "安吉县", "浏阳市"]


def test_a_two_character_county_is_a_region_of_the_question_where_no_word_runs_into_it() -> None:
    def named(question: str, places: set[str] = frozenset()) -> list[str]:
        return [r["name"] for r in understand(question, {}, 2022, places).regions]

    assert named("黟县2021年审查了多少件规范性文件？") == ["黟县"]  # opening the question
    assert named("2020年沛县、丰县的出庭应诉率是多少？") == ["沛县", "丰县"]  # after a year, in a list
    assert named("黄山市黟县的复议纠错率是多少？") == ["黄山市", "黟县"]  # after the city it lies in
    assert named("休宁县和黟县的做法有何不同？", {"黟县"}) == ["休宁县", "黟县"]  # a place of the corpus
    # the tail of a word, or the levels of 市和县, is no county, even one the corpus holds
    assert named("哪些市和县开展了放管服改革？", {"和县"}) == []
    assert named("振兴县域经济的地区有哪些？", {"兴县"}) == []


def test_a_place_whose_reports_state_no_year_answers_a_dated_question_from_them(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "xiuning.txt").write_text(
        "休宁县人民政府关于法治政府建设工作情况的报告\n市人民政府：\n现将我县法治政府建设工作情况报告如下。\n"
        "一、行政复议工作\n全年共收到行政复议申请17件，受理15件，审结14件，依法纠错2件，行政复议纠错率14.3%。\n"
        "二、行政应诉工作\n全县行政诉讼案件21件，行政机关负责人出庭应诉21件，出庭应诉率100%。\n", encoding="utf-8")
    with answerer_over(tmp_path / "data", [folder]) as undated:
        answer = undated.ask("休宁县2020年行政复议受理多少件？")
    assert answer.answer.startswith("注意：库中没有休宁县2020年的报告（该地区的报告都未标明年份）。以下按这些未标明年份的报告作答")
    assert [(f["value"], f["unit"]) for f in answer.facts] == [(15, "件")]
    assert answer.interpretation.years == [2020]  # the question's year, said in the note, not dropped


def test_how_long_asks_for_a_duration_in_any_unit_of_time() -> None:
    import jieba

    parts = parse_parts("确定的事项有多少项？企业开办时间压缩到多长？", [], jieba.lcut)
    assert [part.unit for part in parts] == ["项", "天"]
    assert [part.unit for part in parse_parts("审批要多久", [], jieba.lcut)] == ["天"]


def test_the_noun_a_quantity_counts_stays_with_it_before_the_next_verb() -> None:
    from search.tokens import SearchTokenizer

    tokenize = SearchTokenizer().tokenize
    parts = parse_parts("某县从几个方面推进多少项改革任务？", ["某县"], tokenize)
    assert [(p.item, p.unit) for p in parts] == [("方面", "个"), ("推进改革任务", "项")]
    assert [p.head for p in parse_parts("某区有几个部门进驻多少项事项？", ["某区"], tokenize)] == ["部门", "事项"]


def test_a_listing_of_departments_and_a_generic_kind_are_no_which_regions_question() -> None:
    assert understand("报告提到了哪些行政执法部门？", {}, 2025).kind != "which_regions"
    assert understand("哪些相关部门参与了案卷评查？", {}, 2025).kind != "which_regions"

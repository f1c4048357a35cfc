"""Answers a researcher can trust: verified region lists, silent negatives, complete multi-part numbers."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from kg.ask.evaluate import score_answer_sets, ungiven_values
from kg.ask.practice import practice_terms, variants
from kg.ask.quantities import parse_parts
from search.evaluate import load_questions
from search.tokens import SearchTokenizer
from tests.support import EVAL, SAMPLES
from tests.answering import answerer_over

DEV_ANSWERS = EVAL / "dev_answers.jsonl"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    """The five seed reports only: the corpus dev_answers.jsonl describes completely."""
    with answerer_over(tmp_path_factory.mktemp("answers") / "data", [SAMPLES]) as answerer:
        yield answerer


def test_practice_terms_drop_the_question_frame_and_keep_quoted_names() -> None:
    assert practice_terms("广东哪些县推行了容缺受理？", []) == ["容缺受理"]
    assert practice_terms("哪些地方在推行“一窗受理、集成服务”改革？", []) == ["一窗受理、集成服务"]
    assert variants("一窗受理、集成服务") == ["一窗受理、集成服务", "一窗受理集成服务", "一窗受理"]
    assert "行政执法公示" in variants("行政执法公示制度")


def test_quantity_parts_of_two_and_three_part_questions() -> None:
    tokenize = SearchTokenizer().tokenize
    parts = parse_parts("某县2020年收到、受理、审结的行政复议案件各多少宗？", ["某县"], tokenize)
    assert [(p.item, p.unit, p.context) for p in parts] == [
        ("收到", "宗", "行政复议案件"), ("受理", "宗", "行政复议案件"), ("审结", "宗", "行政复议案件")]
    parts = parse_parts("某市受理了多少件行政复议申请？其中不予受理的有几件？", ["某市"], tokenize)
    assert [p.item for p in parts] == ["受理行政复议申请", "不予受理"] and "受理" not in parts[0].own_words
    parts = parse_parts("行政诉讼的败诉率和出庭应诉率分别是多少？", [], tokenize)
    assert [(p.item, p.rate) for p in parts] == [("败诉率", True), ("出庭应诉率", True)]


def test_negative_question_names_no_region(answerer: Answerer) -> None:
    result = answerer.ask("哪些地区开展了碳达峰行动？")
    assert result.facts == [] and result.evidence == []
    assert "碳达峰" in result.answer and "没有" in result.answer
    assert not any(region in result.answer for region in answerer.index.docstore.regions())
    assert all(h["region"] for h in result.related)  # similar material is only labelled related


def test_which_regions_lists_only_regions_whose_paragraph_states_it(answerer: Answerer) -> None:
    result = answerer.ask("哪些地区提出了柔性执法？")
    cited = {h["paragraph_id"]: h for h in result.evidence}
    assert result.facts and all(f["paragraph_id"] in cited for f in result.facts)
    assert all("柔性执法" in cited[f["paragraph_id"]]["text"] for f in result.facts)
    rows = answerer.index.docstore.db.execute("SELECT region FROM paragraphs WHERE text LIKE '%柔性执法%'")
    assert {f["region"] for f in result.facts} == {r[0] for r in rows}
    assert not {h["region"] for h in result.related} & {f["region"] for f in result.facts}


def test_two_part_numeric_question_gets_both_values(answerer: Answerer) -> None:
    result = answerer.ask("丹江口市2018年参加了多少件涉政府的应诉案件？其中民事诉讼案件有几件？")
    assert "15件" in result.answer and "2件" in result.answer
    assert [(f["value"], f["unit"]) for f in result.facts] == [(15, "件"), (2, "件")]
    assert all(f["paragraph_id"] in {h["paragraph_id"] for h in result.evidence} for f in result.facts)


def test_a_count_never_stands_in_for_an_asked_rate(answerer: Answerer) -> None:
    result = answerer.ask("始兴县行政机关负责人出庭应诉率是多少？")
    assert result.facts == [] and "未给出" in result.answer and "%" not in result.answer


def test_dev_answer_sets_reach_the_targets(answerer: Answerer) -> None:
    report = score_answer_sets(answerer, load_questions(DEV_ANSWERS))
    assert report["region_precision"] == report["region_recall"] == 1.0, report["per_question"]
    assert report["negatives_silent"] == 1.0 and report["numerics_complete"] == 1.0, report["per_question"]
    assert report["numerics_given"] == 1.0, report["per_question"]


def test_a_value_counts_as_answered_only_when_a_part_gives_it() -> None:
    def stated(value: float, unit: str, text: str) -> dict:
        return {"kind": "STATES", "value": value, "unit": unit, "text": text}

    # 13个 given for the 25个 asked: the quoted sentence states 25个, no part gives it
    quoting = stated(13, "个", "提出的25个问题现场交办2个县市区和13个")
    assert ungiven_values([quoting, stated(2, "个", "现场交办2个")], ["25个", "2个", "13个"]) == ["25个"]
    # as written, whatever the script, spaces or dash; a value asked twice is given twice
    assert ungiven_values([stated(35, "项", "35項"), stated(13, "个", "13个")], ["35項", "13 个"]) == []
    assert ungiven_values([stated(16, "件", "16件")], ["16件", "16件"]) == ["16件"]


def test_a_quoted_name_is_stated_as_written_not_by_its_words(answerer: Answerer) -> None:
    # 执法 and 普法 meet in one sentence of two reports (“谁执法谁普法”); the quoted name does not
    quoted = answerer.ask("哪些地区推行了“执法普法”一体化？")
    assert quoted.facts == [] and "执法普法" in quoted.answer
    stated = answerer.ask("哪些地区落实了“谁执法谁普法”责任制？")
    assert {f["region"] for f in stated.facts} and all("谁执法谁普法" in f["stated_as"] for f in stated.facts)


def test_the_words_before_several_counted_nouns_are_said_of_each() -> None:
    tokenize = SearchTokenizer().tokenize
    parts = parse_parts("某市的执法监督平台纳入了多少个执法部门、多少项检查事项、多少名执法人员？", ["某市"], tokenize)
    assert [p.item for p in parts] == ["执法部门", "检查事项", "执法人员"]
    assert all("执法监督平台纳入" in p.context for p in parts)
    # each quantity with a verb of its own keeps it (制定 and 清理 tell the two apart)
    parts = parse_parts("某县制定了多少件规范性文件、清理了多少件规范性文件？", ["某县"], tokenize)
    assert [p.item for p in parts] == ["制定规范性文件", "清理规范性文件"]


def test_examples_after_the_quantity_and_bodies_meeting_together_ask_one_number() -> None:
    tokenize = SearchTokenizer().tokenize
    parts = parse_parts("某区主动公开了多少条文件和政策解读等信息？", ["某区"], tokenize)
    assert len(parts) == 1
    parts = parse_parts("某区的区委常委会和区政府常务会共组织了多少次法治方面的专题学习？", ["某区"], tokenize)
    assert len(parts) == 1 and parts[0].item.endswith("专题学习") and "学习" in parts[0].head


def test_the_counted_word_names_a_part_whatever_its_siblings_write() -> None:
    tokenize = SearchTokenizer().tokenize
    # a verb of one character is said otherwise in the report (举办, 召开): the noun names the figure
    assert parse_parts("某县领导干部法治专题培训班办了几次？", ["某县"], tokenize)[0].head == "培训班"
    # 审查 is the first part's counted word though the second writes it too (审查意见书)
    parts = parse_parts("某县对送审文件审查了多少件，出具合法性审查意见书多少份？", ["某县"], tokenize)
    assert "审查" in parts[0].own_words and "审查" not in parts[1].own_words


def test_what_a_change_reached_is_the_value_it_became() -> None:
    from kg.ask.answer import _assign
    from kg.ask.quantities import Figure

    tokenize = SearchTokenizer().tokenize
    parts = parse_parts("某区的可办事项升级到了多少个？", ["某区"], tokenize)
    assert parts[0].reached
    figure = Figure({"paragraph_id": "p", "name": "可办事项由首批", "value": 15.0, "unit": "个", "year": 2024,
                     "text": "可办事项由首批15个"}, before="推动政务智能办，可办事项由首批", after="升级为30个，获评创新举措")
    chosen = _assign(parts, [figure], tokenize, set())
    assert chosen[0]["value"] == 30.0


def test_major_and_minor_items_are_measures_of_their_own() -> None:
    from kg.ask.text_figures import text_figures

    figures = text_figures("明确党委主要负责人职责12大项25小项。", "p", 2020)
    assert [(f["value"], f["unit"]) for f in figures] == [(12.0, "大项"), (25.0, "小项")]
    assert [p.unit for p in parse_parts("明确了多少大项、多少小项职责？", [], SearchTokenizer().tokenize)] == ["大项", "小项"]


def test_certificates_merged_into_one_are_counted_by_zheng() -> None:
    from kg.ask.text_figures import text_figures

    # 多证合一 is written with its count (实现“24证合一”) and asked so (推行的是几证合一)
    assert [(f["value"], f["unit"]) for f in text_figures("全面实施“31证合一”改革。", "p", 2017)] == [(31.0, "证")]
    assert parse_parts("某省推行的是几证合一？", ["某省"], SearchTokenizer().tokenize)[0].unit == "证"
    assert parse_parts("某省颁发了多少证照？", ["某省"], SearchTokenizer().tokenize)[0].unit is None


def test_the_counted_noun_ends_where_its_predicate_begins() -> None:
    tokenize = SearchTokenizer().tokenize
    # 多少个部门进驻大厅 counts 部门 (reports write 进厅部门32个); a noun with a verb inside stays whole
    assert parse_parts("某区有多少个部门进驻政务服务大厅？", ["某区"], tokenize)[0].head == "部门"
    assert parse_parts("某县给小微企业做了多少次法律体检？", ["某县"], tokenize)[0].head == "体检"


def test_which_regions_looks_for_what_the_actor_does_not_how_the_actor_is_named(tmp_path) -> None:
    """Reports name who acts in words of their own (县委、县政府主要负责同志, 县长): the practice is
    what they do, and a paragraph that only names the actor states nothing."""
    folder = tmp_path / "in"
    folder.mkdir()
    reports = {
        "jia.txt": "休宁县人民政府关于2023年法治政府建设情况的报告\n一、加强组织领导\n"
                   "县委、县政府主要负责同志认真履行推进法治建设第一责任人职责，带头述法。\n",
        "yi.txt": "黟县人民政府关于2023年法治政府建设情况的报告\n一、加强组织领导\n"
                  "黟县全面推行“现场述法+书面述法”，各乡镇党委书记现场述法。\n",
        "bing.txt": "祁门县人民政府关于2023年法治政府建设情况的报告\n一、经济工作\n"
                    "党政主要负责人深入企业调研，协调解决企业用地问题。\n",
    }
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    with answerer_over(tmp_path / "data", [folder]) as answerer:
        duty = answerer.ask("哪些县强调党政主要负责人要履行推进法治建设第一责任人职责？")
        report = answerer.ask("哪些地区组织党政主要负责人开展述法？")
    assert {f["region"] for f in duty.facts} == {"休宁县"}
    assert {f["region"] for f in report.facts} == {"休宁县", "黟县"}


def test_parts_listed_as_the_report_lists_them_take_its_figures_in_order() -> None:
    from kg.ask.answer import _assign
    from kg.ask.quantities import Figure

    tokenize = SearchTokenizer().tokenize
    parts = parse_parts("某区政务服务事项的办理时限、申请材料、办理环节分别压减了多少？", ["某区"], tokenize)
    assert [p.rate for p in parts] == [True, True, True]  # a change asked without a unit is a share
    sentence = "办理时限、申请材料、办理环节分别压减62%、30.5%、27.5%，即办件达到38.5%"
    figures = []
    for value in ("62", "30.5", "27.5"):
        at = sentence.index(value + "%")
        figures.append(Figure({"paragraph_id": "p", "name": "", "value": float(value), "unit": "%", "year": 2020,
                               "text": value + "%"}, before=sentence[:at], after=sentence[at + len(value) + 1:]))
    chosen = _assign(parts, figures, tokenize, set())
    assert [chosen[i]["value"] for i in range(3)] == [62.0, 30.5, 27.5]


def test_a_plain_word_of_the_question_finds_the_reports_official_one() -> None:
    from kg.ask.quantities import Figure, score

    tokenize = SearchTokenizer().tokenize
    part = parse_parts("某市依法治市委员会全年开会几次？", ["某市"], tokenize)[0]
    figure = Figure({"paragraph_id": "p", "name": "全年召开会议", "value": 4.0, "unit": "次", "year": 2025,
                     "text": "全年召开会议4次"}, before="充分发挥全面依法治市委员会统筹协调作用，", after="，专题研究")
    assert score(part, figure, tokenize) > 0

"""Figures read from a paragraph's text where the extraction left no stated fact."""

from __future__ import annotations

from kg.ask.answer import _assign
from kg.ask.quantities import Figure, parse_parts
from kg.ask.text_figures import ordinal, text_figures, unstated
from search.tokens import SearchTokenizer

tokenize = SearchTokenizer().tokenize
TEXT = "2023年,将全镇12个部门的96项便民事项统一进驻服务大厅,组织夜校、讲座共8场、350人次,排名第3名。"


def figures_of(text: str) -> list[Figure]:
    """Figures as the answerer builds them: the words before a figure's text and after it."""
    out = []
    for fact in text_figures(text, "p-1", 2023):
        at, end = fact["text_start"], fact["text_start"] + len(fact["text"])
        out.append(Figure({**fact, "region": "某镇"}, text[max(0, at - 40):end], text[end:end + 40]))
    return out


def test_numbers_with_a_measure_word_are_figures_and_years_are_not() -> None:
    facts = text_figures(TEXT, "p-1", 2023)
    assert [(f["value"], f["unit"]) for f in facts] == [(12, "个"), (96, "项"), (8, "场"), (350, "人次"), (3, "名")]
    assert all(TEXT[f["text_start"]:].startswith(f["text"]) for f in facts)
    # a second measure right after a figure shares its name; an ordinal is quoted with 第
    assert facts[3]["name"] == facts[2]["name"] == "组织夜校、讲座共" and facts[4]["text"] == "排名第3名"
    # the figure after another's noun is named like that one, its text starts at its number
    assert facts[1]["text"] == "96项" and facts[1]["name"] == facts[0]["name"]


def test_figures_an_extracted_fact_already_gives_are_left_out() -> None:
    extracted = [{"paragraph_id": "p-1", "value": 12.0, "unit": "个"}]
    assert (12, "个") not in [(f["value"], f["unit"]) for f in unstated(text_figures(TEXT, "p-1", 2023), extracted)]


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

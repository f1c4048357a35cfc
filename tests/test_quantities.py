"""Multi-part numeric questions: which quantities are asked, and which stated figure answers each."""

from __future__ import annotations

from kg.ask.answer import _assign
from kg.ask.quantities import Figure, parse_parts, score
from search.tokens import SearchTokenizer

tokenize = SearchTokenizer().tokenize


def figure(name: str, value: float, unit: str, text: str, before: str = "", after: str = "") -> Figure:
    """A STATES fact as the graph gives it, with the report's words around it."""
    return Figure({"name": name, "value": value, "unit": unit, "text": text, "year": 2021,
                   "paragraph_id": "p-1", "region": "某县"}, before or text, after)


def test_from_to_question_asks_a_starting_value_and_the_value_it_became() -> None:
    parts = parse_parts("某县办案平均用时从多少天缩短到多少天？", ["某县"], tokenize)
    assert [(p.unit, p.follows) for p in parts] == [("天", False), ("天", True)]


def test_the_value_a_figure_became_is_read_from_the_words_after_it() -> None:
    start = figure("办案平均用时", 30, "天", "办案平均用时由30天", after="压减至12.5天，群众满意率明显提升。")
    parts = parse_parts("某县办案平均用时从多少天缩短到多少天？", ["某县"], tokenize)
    chosen = _assign(parts, [start], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"], chosen[1]["unit"]) == (30, 12.5, "天")
    # no "到/至 + number" after the figure: the second value is not invented
    alone = figure("办案平均用时", 30, "天", "办案平均用时30天", after="，较上年有所缩短。")
    assert 1 not in _assign(parts, [alone], tokenize, set())


def test_a_figure_whose_noun_follows_the_number_still_answers() -> None:
    parts = parse_parts("某市出台了多少条便民措施、分解了多少项责任清单？", ["某市"], tokenize)
    measures = figure("出台", 26, "条", "出台26条", after="便民措施，分解45项责任清单。")
    duties = figure("分解", 45, "项", "分解45项", after="责任清单。")
    assert score(parts[0], measures, tokenize) > 0 and score(parts[1], duties, tokenize) > 0
    assert score(parts[0], duties, tokenize) == 0  # 责任清单 is not what the first part counts
    chosen = _assign(parts, [measures, duties], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (26, 45)
    assert chosen[0]["text"] == "出台26条便民措施"  # the answer quotes the noun it counts


def test_quoted_names_joined_by_and_are_one_category_unless_each_is_asked() -> None:
    one = parse_parts("某州“掌上办”和“就近办”事项有多少项？", ["某州"], tokenize)
    assert [p.item for p in one] == ["“掌上办”和“就近办”事项"]
    each = parse_parts("某州“掌上办”和“就近办”事项各有多少项？", ["某州"], tokenize)
    assert len(each) == 2


def test_relative_clauses_joined_by_and_are_asked_apart() -> None:
    parts = parse_parts("某市撤销的和保留的议事机构各有多少个？", ["某市"], tokenize)
    assert [p.item for p in parts] == ["撤销", "保留"]


def test_a_bare_share_is_answered_by_the_percentage_that_says_of_what() -> None:
    parts = parse_parts("某区“一网通办”事项有多少项，占比多少？", ["某区"], tokenize)
    share = figure("占全部事项的", 95.5, "%", "占全部事项的95.5%")
    other = figure("群众满意率", 99.0, "%", "群众满意率99%")
    assert parts[1].rate and score(parts[1], share, tokenize) > 0 and score(parts[1], other, tokenize) == 0


def test_a_separator_character_inside_a_word_does_not_split_the_question() -> None:
    parts = parse_parts("某县法律顾问参与了多少件行政诉讼？", ["某县"], tokenize)
    assert [p.item for p in parts] == ["法律顾问参与行政诉讼"]
    parts = parse_parts("某县提供了多少件法律意见、参与了多少件行政诉讼？", ["某县"], tokenize)
    assert [p.item for p in parts] == ["提供法律意见", "参与行政诉讼"]


def test_the_noun_after_a_figure_stops_at_the_next_figure() -> None:
    first = figure("印发", 21, "项", "印发21项", after="专项任务清单和14项问题清单，明确责任。")
    assert first.subject == "专项任务清单"
    assert figure("审结", 8, "件", "审结8件", after="行政诉讼案件。").subject == "行政诉讼案件"


def test_an_aside_in_brackets_does_not_end_the_noun_after_a_figure() -> None:
    counted = figure("组织", 41, "个", "组织41个", after="科室(站所)负责人年终述职，完成12件实事。")
    assert counted.subject == "科室站所负责人年终述职"
    parts = parse_parts("某县有多少个科室（站所）的负责人年终述职？", ["某县"], tokenize)
    other = figure("开展培训", 30, "场次", "开展培训三十余场次", before="各站所开展培训三十余场次")
    assert _assign(parts, [other, counted], tokenize, set())[0]["value"] == 41

"""Which practice a which-regions question asks about, however it is framed."""

from __future__ import annotations

from kg.ask.practice import is_clause, key_words, practice_terms


def test_the_actor_and_the_verb_are_not_part_of_the_practice() -> None:
    assert practice_terms("哪些地区的党政主要负责人开展了年度述法？", []) == ["年度述法"]
    assert practice_terms("哪些地方组织学习或宣传了民法典？", []) == ["民法典"]


def test_alternatives_are_practices_of_their_own() -> None:
    assert practice_terms("哪些地区编制公布了权力清单或权责清单？", []) == ["权力清单", "权责清单"]
    # a bare verb shares the next alternative's object
    assert practice_terms("哪些地区清理或规范了行政审批中介服务事项？", []) == ["行政审批中介服务事项"]


def test_a_clause_is_stated_by_its_rarest_content_words() -> None:
    term = practice_terms("哪些地方为小微企业开展了法律体检？", [])[0]
    assert is_clause(term)
    frequency = {"小微企业": 3, "法律体检": 1, "开展": 90}
    words = key_words(term, lambda t: ["为", "小微", "企业", "小微企业", "开展", "法律", "体检", "法律体检"],
                      lambda w: frequency.get(w, 50), 1000)
    assert words == ["法律体检", "小微企业"]  # whole words, rarest first, no verbs
    # common words together still match by chance: a third one is required
    common = {"行政许可": 60, "审批": 120, "窗口": 80}
    assert key_words("把行政许可事项交到审批窗口", lambda t: ["行政许可", "事项", "窗口", "审批"],
                     lambda w: common.get(w, 500), 1000) == ["行政许可", "窗口", "审批"]
    # words that still meet by chance pick nothing out: the clause states no practice of its own
    assert key_words("把事项交到审批窗口", lambda t: ["窗口", "审批"], lambda w: 600, 1000) == []


def test_names_keep_their_quotes_and_stay_names() -> None:
    assert practice_terms("哪些地区实施了“双随机、一公开”监管？", []) == ["双随机、一公开"]
    assert not is_clause("证明事项告知承诺制") and not is_clause("法治副校长")


def test_a_clause_asking_two_quantities_is_two_parts() -> None:
    from kg.ask.quantities import parse_parts
    from search.tokens import SearchTokenizer

    tokenize = SearchTokenizer().tokenize
    parts = parse_parts("2022年某市实施方案定了多少条具体举措、细化了多少项任务分工？", ["某市"], tokenize)
    assert [(p.unit, p.head) for p in parts] == [("条", "举措"), ("项", "分工")]
    parts = parse_parts("把多少个部门单位的多少项行政许可事项划入了审批局？", [], tokenize)
    assert [p.unit for p in parts] == ["个", "项"] and "许可" in parts[1].item
    # the counted noun after 多少 names the figure, not the verb before it
    assert parse_parts("给小微企业做了多少次法律体检？", [], tokenize)[0].head == "体检"

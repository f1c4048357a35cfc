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
                      lambda w: frequency.get(w, 50))
    assert words == ["法律体检", "小微企业"]  # whole words, rarest first, no verbs


def test_names_keep_their_quotes_and_stay_names() -> None:
    assert practice_terms("哪些地区实施了“双随机、一公开”监管？", []) == ["双随机、一公开"]
    assert not is_clause("证明事项告知承诺制") and not is_clause("法治副校长")

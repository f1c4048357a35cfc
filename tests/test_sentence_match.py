"""Best-matching sentences (search/sentence_match.py), and their use by similar practices."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from search.index import SearchIndex
from search.lexical import LexicalIndex
from search.sentence_match import SentenceMatcher, sentences
from tests.test_search import build


def test_sentences_cut_at_ends_and_semicolons_and_drop_short_pieces() -> None:
    text = "一是推行证明事项告知承诺制；二是清理。三是开展“双随机、一公开”抽查！是否公开？"
    assert sentences(text) == ["一是推行证明事项告知承诺制；", "三是开展“双随机、一公开”抽查！"]


def test_best_match_is_the_best_sentence_pair_weighted_by_idf() -> None:
    idf = {"告知": 3.0, "承诺制": 3.0, "推行": 0.5, "依法": 0.1, "行政": 0.1, "决策": 2.0}
    matcher = SentenceMatcher(lambda w: idf.get(w, 1.0))

    def vectors(text: str) -> list[dict[str, float]]:  # the stored tokens of these texts: their words
        return matcher.vectors(text, text.split())

    left = vectors("依法 行政 决策 。 推行 告知 承诺制 。")
    right = vectors("依法 行政 。 推行 告知 承诺制 清理 。")
    assert all(math.isclose(sum(v * v for v in s.values()), 1.0) for s in left + right)
    # best pair: 推行 告知 承诺制 against 推行 告知 承诺制 清理 (清理 has idf 1)
    shared = 0.5 ** 2 + 3.0 ** 2 + 3.0 ** 2
    expected = shared / math.sqrt(shared) / math.sqrt(shared + 1.0)
    assert matcher.best(left, right) == pytest.approx(expected)
    assert matcher.best(left, right) == pytest.approx(matcher.best(right, left))
    # sharing only common words is a weak match, whatever their number
    weak = vectors("依法 行政 。")
    assert matcher.best(weak, vectors("依法 行政 决策 。")) < 0.1
    # numbers are no practice: two counts that happen to be equal do not match
    assert matcher.best(vectors("全县 共 42 项 。"), vectors("全市 共 42 件 。")) == 0.0
    assert matcher.best([], right) == 0.0


def test_a_sentence_holds_the_stored_tokens_it_contains_with_the_index_idf() -> None:
    index = LexicalIndex.build([(1, "告知 承诺制 执法"), (2, "执法"), (3, "执法 复议")])
    matcher = SentenceMatcher(index.idf)
    vectors = matcher.vectors("推行告知承诺制。加强执法监督。", ["推行", "告知", "承诺制", "承诺", "加强", "执法", "监督"])
    assert [sorted(v) for v in vectors] == [["告知", "承诺", "承诺制", "推行"], ["加强", "执法", "监督"]]
    assert index.idf("监督") == 0.0  # words no paragraph holds weigh nothing
    norm = index.idf("执法")
    assert vectors[1]["执法"] == pytest.approx(index.idf("执法") / norm)


def test_similar_finds_the_paragraph_sharing_one_practice_among_others(tmp_path: Path) -> None:
    """A long paragraph lists four practices; of two other reports' paragraphs, each as long, one
    shares a whole sentence with it, the other some words of three of its sentences. The
    best-sentence ranking puts the one that states the same practice first."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    filler = ("坚持依法行政，推进法治政府建设，加强组织领导，压实工作责任，确保各项任务落到实处。",
              "围绕中心大局，统筹推进法治建设，健全工作机制，强化督促检查，推动工作取得实效。")
    (corpus / "a.txt").write_text(
        "甲县人民政府2022年法治政府建设年度报告\n\n"
        + "一是推行证明事项告知承诺制，全县对42项证明事项实行告知承诺。"
        + "二是深化综合行政执法改革。三是完善规范性文件备案审查。四是开展普法宣传进社区活动。\n", encoding="utf-8")
    (corpus / "b.txt").write_text(
        "乙市人民政府2022年法治政府建设年度报告\n\n"
        + filler[0] + filler[1] + "全市推行证明事项告知承诺制，共对35项证明事项实行告知承诺。\n", encoding="utf-8")
    (corpus / "c.txt").write_text(
        "丙区人民政府2022年法治政府建设年度报告\n\n"
        + filler[1] + filler[0] + "全区推进综合行政执法改革，完善规范性文件审查，开展普法宣传活动。\n", encoding="utf-8")
    index: SearchIndex = build(tmp_path / "data", [corpus])
    rows = index.docstore.rows(index.docstore.vids()).values()
    source = next(r for r in rows if "42项" in r["text"])
    partner = next(r for r in rows if "35项" in r["text"])
    hits = index.similar(source["id"], 5)
    assert hits and hits[0]["paragraph_id"] == partner["id"]
    assert all(h["report_id"] != source["report_id"] for h in hits)
    other = next(r for r in rows if r["source"] == "c.txt" and "普法" in r["text"])
    # c shares more of a's words than b does, spread over its sentences: b's one sentence wins
    tokens = next(index.docstore.tokens_of([source["vid"]]))[1].split()
    assert index._by_best_sentence(source["text"], tokens, [other["vid"], partner["vid"]]) == \
        [partner["vid"], other["vid"]]
    index.close()

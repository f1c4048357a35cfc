"""The genre's vocabulary: the table itself, query expansion, and weighted BM25."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from ingest.pipeline import ingest
from search.index import SearchIndex
from search.lexical import LexicalIndex
from search.synonyms import EXPANSION_WEIGHT, KINDS, TABLE, Synonyms, default, weighted_tokens
from search.tokens import SearchTokenizer


def table_rows() -> list[list[str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_the_table_is_large_well_formed_and_documented() -> None:
    rows = table_rows()
    assert len(rows) >= 300
    assert all(len(row) == 3 and row[2] in KINDS and row[0] != row[1] for row in rows)
    duplicates = [pair for pair, n in Counter((a, b) for a, b, _ in rows).items() if n > 1]
    assert not duplicates
    assert {kind for _, _, kind in rows} == KINDS
    assert TABLE.read_text(encoding="utf-8").startswith("#")  # the header says what the columns mean
    synonyms = default()
    for colloquial, official in [("律所", "律师事务所"), ("法律参谋", "法律顾问"), ("民告官", "行政诉讼"),
                                 ("一把手", "主要负责人"), ("上门检查", "执法检查"), ("红头文件", "规范性文件"),
                                 ("一颗印章管审批", "相对集中行政许可权")]:
        assert official in synonyms.equivalents[colloquial] and colloquial in synonyms.equivalents[official]


def test_a_malformed_row_is_named_by_its_line() -> None:
    with pytest.raises(ValueError, match="line 2"):
        Synonyms.parse("# header\n律所 律师事务所 abbr\n")
    with pytest.raises(ValueError, match="line 1"):
        Synonyms.parse("律所\t律师事务所\tslang\n")


def test_expansion_is_symmetric_and_one_step() -> None:
    synonyms = Synonyms.parse("甲乙\t丙丁\tsynonym\n丙丁\t戊己\tabbr\n")
    assert synonyms.expansions("关于甲乙的问题") == ["丙丁"]
    assert synonyms.expansions("丙丁") == ["戊己", "甲乙"]
    assert synonyms.expansions("甲乙和丙丁") == ["戊己"]  # what the query already says is not added
    assert synonyms.expansions("无关") == []


def test_official_wordings_go_from_the_colloquial_or_short_side_only() -> None:
    synonyms = Synonyms.parse("甲乙\t丙丁\tcolloquial\n戊己\t庚辛\tsynonym\n")
    assert synonyms.official == {"甲乙": {"丙丁"}, "戊己": {"庚辛"}, "庚辛": {"戊己"}}


def test_expansion_tokens_weigh_less_than_the_querys_own() -> None:
    synonyms = Synonyms.parse("民告官\t行政诉讼\tcolloquial\n")
    tokenizer = SearchTokenizer()
    tokens, weights = weighted_tokens("民告官怎么办", tokenizer.tokenize, synonyms)
    own = tokenizer.tokenize("民告官怎么办")
    assert tokens[:len(own)] == own and weights[:len(own)] == [1.0] * len(own)
    added = dict(zip(tokens[len(own):], weights[len(own):]))
    assert "行政诉讼" in added and set(added.values()) == {EXPANSION_WEIGHT} and EXPANSION_WEIGHT < 1
    assert weighted_tokens("民告官", tokenizer.tokenize, synonyms, weight=0.0)[0] == tokenizer.tokenize("民告官")


def test_bm25_weights_scale_each_terms_contribution() -> None:
    index = LexicalIndex.build([(1, "行政 诉讼 案件"), (2, "法律 顾问"), (3, "法律 援助 中心")])
    ids, plain = index.search(["法律", "诉讼"], 3)
    same_ids, ones = index.search(["法律", "诉讼"], 3, weights=[1.0, 1.0])
    assert ids.tolist() == same_ids.tolist() and np.allclose(plain, ones)
    _, only_law = index.search(["法律"], 3)
    _, only_suit = index.search(["诉讼"], 3)
    weighted = dict(zip(*[a.tolist() for a in index.search(["法律", "诉讼"], 3, weights=[1.0, 0.25])]))
    assert weighted[1] == pytest.approx(0.25 * float(only_suit[0]), rel=1e-5)
    assert weighted[2] == pytest.approx(float(only_law[0]), rel=1e-5)


def test_colloquial_query_finds_the_official_wording_in_the_index(tmp_path: Path) -> None:
    source = tmp_path / "reports.jsonl"
    records = [{"id": "a", "region": "宝应县", "text": "宝应县法治政府建设报告\n\n全年办理行政诉讼案件三十件，依法应诉。\n\n"
                "组织开展宪法宣传周活动。"},
               {"id": "b", "region": "始兴县", "text": "始兴县法治政府建设总结\n\n开展垃圾分类宣传，美化村容村貌。"}]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    index = SearchIndex(tmp_path / "data", None, say=lambda _m: None)
    ingest([source], write=index.add_document, max_bytes=10**8, workers=1)
    index.sync(progress=False)
    hits = index.search("民告官", 3, mode="lexical").hits
    assert hits and "行政诉讼" in hits[0]["text"]
    index.expansion_weight = 0.0
    assert not index.search("民告官", 3, mode="lexical").hits
    index.close()

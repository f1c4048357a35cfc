"""Answers quote the sentences that say what was asked, not headings or preambles."""

from __future__ import annotations

from kg.ask.quotes import quote, sentences
from search.tokens import SearchTokenizer

TOKENIZER = SearchTokenizer()
PARAGRAPH = ("（三）加强法治人才队伍建设。我区高度重视队伍建设工作。"
             "依托区委党校开设法治人才培训班，全年培训行政执法人员320人次；"
             "与高校共建法治人才实践基地，选派12名年轻干部跟班学习。")


def test_numbered_headings_are_not_sentences() -> None:
    parts = sentences("一、主要工作\n（一）深化“放管服”改革。全面推行告知承诺制，减少证明材料86项。")
    assert parts == ["全面推行告知承诺制，减少证明材料86项。"]
    assert sentences("落实约谈规定;加强督查。") == ["落实约谈规定;", "加强督查。"]


def test_the_quote_is_the_matching_sentences_in_report_order() -> None:
    words = TOKENIZER.tokenize("怎样培养法治人才")
    quoted = quote(PARAGRAPH, words, TOKENIZER.tokenize)
    assert quoted.startswith("依托区委党校开设法治人才培训班") and "实践基地" in quoted
    assert "（三）" not in quoted and "高度重视" not in quoted


def test_without_a_shared_word_the_first_informative_sentence_is_quoted() -> None:
    quoted = quote(PARAGRAPH, TOKENIZER.tokenize("碳达峰"), TOKENIZER.tokenize, limit=1)
    assert quoted == "我区高度重视队伍建设工作。"


def test_long_quotes_are_cut_with_an_ellipsis() -> None:
    quoted = quote(PARAGRAPH, TOKENIZER.tokenize("法治人才 培训 实践基地"), TOKENIZER.tokenize, max_chars=30)
    assert len(quoted) == 31 and quoted.endswith("…")


RUN_IN = ("（七）落实“谁执法谁普法”责任制，全面推进普法工作规划实施。一是开展普法履职评议。"
          "明确各部门普法责任清单，推动普法责任制落实到位，全年开展送法下乡活动46场。")
RUN_IN_SECTION = "一、主要工作及成效 > （七）落实“谁执法谁普法”责任制，全面推进普法工作规划实施"


def test_the_paragraphs_own_heading_is_not_its_quote_when_a_sentence_under_it_matches() -> None:
    words = TOKENIZER.tokenize("普法责任制")
    quoted = quote(RUN_IN, words, TOKENIZER.tokenize, section=RUN_IN_SECTION)
    assert not quoted.startswith("（七）") and "责任清单" in quoted
    assert quote(RUN_IN, words, TOKENIZER.tokenize).startswith("（七）")  # unknown heading: it matches most


def test_a_heading_that_alone_matches_is_quoted_with_the_sentence_after_it() -> None:
    text = "3.全面推进公共法律服务体系建设，实现普法惠民全覆盖。建立市、乡、村三级法律服务实体平台，选派37名律师担任法律顾问。"
    quoted = quote(text, TOKENIZER.tokenize("普法"), TOKENIZER.tokenize,
                   section="一、工作情况 > 3.全面推进公共法律服务体系建设，实现普法惠民全覆盖")
    assert "普法惠民" in quoted and "三级法律服务实体平台" in quoted

"""Paragraphs are text: headings become section paths; titles, datelines, bylines and notes are no paragraphs."""

from __future__ import annotations

from benchmarks.paragraph_noise import measure, noise_kind
from ingest.document import RawDocument
from ingest.pipeline import build_document
from ingest.segment import MIN_CHARS, paragraph_of, segment
from tests.support import REPO

REPORT = """梅江区2019年依法行政工作总结
发布时间：2020-01-08
一、主要做法
（一）健全决策机制
全年提交区政府常务会议审议的重大行政决策事项12项，全部经过合法性审查和集体讨论决定。
（二）规范行政执法。全区执法部门全面推行行政执法公示制度，全年公示执法信息3200余条。
1.完成执法案卷评查。
2.开展执法人员培训。
二、下一步打算
继续完善重大行政决策程序，强化规范性文件备案审查，推进严格规范公正文明执法。
任务艰巨。
（此件公开发布）
梅江区人民政府
2020年1月6日
"""


def paragraphs():
    return segment(REPORT.strip())


def test_standalone_headings_are_sections_not_paragraphs() -> None:
    texts = [p.text for p in paragraphs()]
    assert "一、主要做法" not in texts and "（一）健全决策机制" not in texts and "二、下一步打算" not in texts
    first = paragraphs()[0]
    assert first.text.startswith("全年提交") and first.section == "一、主要做法 > （一）健全决策机制"


def test_a_heading_opening_a_paragraph_keeps_its_body() -> None:
    inline = next(p for p in paragraphs() if p.text.startswith("（二）规范行政执法"))
    assert inline.section == "一、主要做法 > （二）规范行政执法"


def test_title_dateline_signature_note_and_source_line_are_no_paragraphs() -> None:
    texts = "\n".join(p.text for p in paragraphs())
    for furniture in ("梅江区2019年依法行政工作总结", "发布时间", "（此件公开发布）", "梅江区人民政府", "2020年1月6日"):
        assert furniture not in texts


def test_short_sentences_join_their_paragraph_and_list_items_stay() -> None:
    units = paragraphs()
    last = units[-1]
    assert last.text.endswith("任务艰巨。") and last.section == "二、下一步打算"
    assert all(len(p.text) >= MIN_CHARS or p.text[0].isdigit() for p in units)
    assert [p.ord for p in units] == list(range(len(units)))


def test_entities_in_a_heading_belong_to_the_first_paragraph_of_its_section() -> None:
    units = paragraphs()
    heading_at = REPORT.strip().index("健全决策机制")
    assert paragraph_of(units, heading_at) == units[0].ord
    doc = build_document(RawDocument(text=REPORT, source="t.txt", origin="/t.txt"))
    assert all(0 <= e.paragraph < len(doc.paragraphs) for e in doc.entities)
    assert doc.metadata.region == "梅江区" and doc.metadata.published == "2020-01-08"


def test_a_text_of_labels_only_keeps_one_paragraph() -> None:
    units = segment("一、总体要求\n二、主要任务")
    assert len(units) == 1


def test_the_noise_measure_finds_headings_dates_and_bylines() -> None:
    assert noise_kind("一、主要做法", None) == "heading"
    assert noise_kind("2020年1月6日", None) == "date"
    assert noise_kind("梅江区人民政府", None) == "byline"
    assert noise_kind("全年提交区政府常务会议审议的重大行政决策事项12项。", None) is None
    genre = measure(REPO / "tests" / "corpus" / "genre")
    assert genre["paragraphs"] > 0 and genre["noise"] == 0


def test_an_unpunctuated_line_with_a_figure_is_text_not_a_label() -> None:
    units = segment("一、主要成效\n全年办理行政复议案件28件依法纠错3件涉及多个执法领域\n二、下一步打算")
    assert [u.text for u in units] == ["全年办理行政复议案件28件依法纠错3件涉及多个执法领域"]
    assert units[0].section == "一、主要成效"


def test_a_section_heading_written_as_one_sentence_names_its_section() -> None:
    """(一)X，Y。 alone on its line over the section's text is its heading; list items stay paragraphs."""
    text = ("一、主要举措\n（一）聚焦学思践悟，理论学习取得新成效。\n"
            "县政府常务会议专题学法12次，组织领导干部旁听庭审，全年举办法治讲座6场。\n"
            "（二）规范行政执法，执法质量持续提升。\n（三）强化监督问责，责任落实更加有力。\n"
            "1.完成执法案卷评查工作。\n2.开展执法人员培训工作。")
    texts = [p.text for p in segment(text)]
    assert "（一）聚焦学思践悟，理论学习取得新成效。" not in texts
    assert texts[0].startswith("县政府常务会议") and segment(text)[0].section == "一、主要举措 > （一）聚焦学思践悟，理论学习取得新成效"
    # a heading-sentence followed by the next heading of its level has nothing under it: it stays text
    assert "（二）规范行政执法，执法质量持续提升。" in texts

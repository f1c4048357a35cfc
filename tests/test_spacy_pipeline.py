"""The extraction pipeline as spaCy runs it: character tokens, one span group, nested mentions."""

from __future__ import annotations

from ingest import gazetteer
from ingest.extract.context import RegionContext
from ingest.extract.spacy_pipeline import PIPELINE, make_docs, mentions, nlp

TEXT = "始兴县司法局依据《广东省行政复议工作规定》办理行政复议案件16件，推行“首违不罚”。"


def _run(text: str):
    places = gazetteer.load()
    pipeline = nlp()
    return next(iter(pipeline.pipe(make_docs(pipeline, text, [(0, len(text))], RegionContext(places, places.lookup("始兴县"))))))


def test_the_pipeline_is_the_registered_components_over_character_tokens() -> None:
    pipeline = nlp()
    assert pipeline.pipe_names == list(PIPELINE)
    assert [t.text for t in pipeline.make_doc("县司法局")] == ["县", "司", "法", "局"]


def test_mentions_are_spans_with_the_canonical_name_and_may_nest() -> None:
    doc = _run(TEXT)
    found = {(span.label_, span.text, span.kb_id_) for span, _ in mentions(doc)}
    assert ("AGENCY", "始兴县司法局", "始兴县司法局") in found
    assert ("REGION", "始兴县", "始兴县") in found  # nested inside the agency: a span group keeps both
    assert ("REGULATION", "广东省行政复议工作规定", "广东省行政复议工作规定") in found
    assert any(label == "INITIATIVE" and kb == "首违不罚" for label, _, kb in found)
    metric = [attrs for span, attrs in mentions(doc, "METRIC")]
    assert metric and metric[0]["value"] == 16 and metric[0]["unit"] == "件"
    for span, _ in mentions(doc):  # character offsets are token offsets
        assert TEXT[span.start_char:span.end_char] == span.text and span.start == span.start_char


def test_a_townships_own_report_names_it_by_its_stem_in_its_goals_brand() -> None:
    """法治栎城建设 in 栎城乡's report names the township (as 法治始兴 names 始兴县); 栎城 elsewhere is no place."""
    places = gazetteer.load()
    pipeline = nlp()
    text = "我乡明确法治栎城建设的重点任务。栎城乡推进。"
    context = RegionContext(places, places.lookup("新蔡县"), township="栎城乡")
    doc = next(iter(pipeline.pipe(make_docs(pipeline, text, [(0, len(text))], context))))
    assert sorted((span.start_char, span.text, span.kb_id_) for span, _ in mentions(doc, "REGION")) == [
        (6, "栎城", "栎城乡"), (16, "栎城乡", "栎城乡")]
    text = "我乡奋力谱写栎城法治建设新篇章。"  # (the stem before its goal's name)
    doc = next(iter(pipeline.pipe(make_docs(pipeline, text, [(0, len(text))], context))))
    assert [(span.start_char, span.text, span.kb_id_) for span, _ in mentions(doc, "REGION")] == [(6, "栎城", "栎城乡")]

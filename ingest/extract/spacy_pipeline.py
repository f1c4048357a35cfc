"""Entity extraction as a spaCy pipeline: blank Chinese with the jieba segmenter and kg's own components.

Each component is registered with ``@Language.component`` and adds its mentions to
``doc._.kg_mentions`` (character offsets into the cleaned text, so overlapping and
nested entities are kept, which spaCy's ``doc.ents`` cannot hold). The region of
the report travels in ``doc._.kg_context`` for resolving relative names.

A long text runs through the pipeline in pieces cut at paragraph starts (spaCy
refuses texts over ``nlp.max_length``, and jieba's memory grows with the text);
mention offsets are shifted back into the whole text.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from functools import lru_cache

import jieba

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ingest import gazetteer
from ingest.clean import for_matching
from ingest.document import Document, Entity
from ingest.extract.agencies import AgencyFinder
from ingest.extract.context import RegionContext
from ingest.extract.initiatives import find_initiatives
from ingest.extract.law_firms import find_firms
from ingest.extract.metrics import find_metrics
from ingest.extract.regions import RegionScanner
from ingest.extract.regulations import find_citations, regulation_key

jieba.setLogLevel(logging.WARNING)  # its start-up chatter would mix into CLI output

for _name in ("kg_context", "kg_mentions", "kg_regions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@lru_cache(maxsize=1)
def _scanner() -> RegionScanner:
    return RegionScanner(gazetteer.load())


@Language.component("kg_regions")
def regions_component(doc: Doc) -> Doc:
    ctx: RegionContext = doc._.kg_context
    hits = _scanner().scan(doc.text, ctx.place)
    doc._.kg_regions = hits
    for hit in hits:
        doc._.kg_mentions.append(Entity("REGION", hit.text, hit.place.name, hit.start, hit.end, 0,
                                        {"level": hit.place.level, "code": hit.place.code}))
    return doc


@Language.component("kg_regulations")
def regulations_component(doc: Doc) -> Doc:
    for c in find_citations(doc.text):
        attrs = {"kind": c.kind, "bracketed": c.bracketed, "key": regulation_key(c.canonical)}
        if c.alias_of:
            attrs["alias_of"] = c.alias_of
        doc._.kg_mentions.append(Entity("REGULATION", c.text, c.canonical, c.start, c.end, 0, attrs))
    return doc


@Language.component("kg_agencies")
def agencies_component(doc: Doc) -> Doc:
    ctx: RegionContext = doc._.kg_context
    for m in AgencyFinder(ctx).find(doc.text, doc._.kg_regions):
        attrs = {"region_code": m.region_code}
        if m.elliptical:
            attrs["elliptical"] = True
        doc._.kg_mentions.append(Entity("AGENCY", m.text, m.name, m.start, m.end, 0, attrs))
    return doc


@Language.component("kg_law_firms")
def law_firms_component(doc: Doc) -> Doc:
    ctx: RegionContext = doc._.kg_context
    region_starts = {hit.start for hit in doc._.kg_regions}
    for firm in find_firms(doc.text, region_starts):
        attrs = {"advises_code": ctx.place.code} if firm.advises and ctx.place else {}
        doc._.kg_mentions.append(Entity("LAW_FIRM", firm.text, firm.text, firm.start, firm.end, 0, attrs))
    return doc


@Language.component("kg_initiatives")
def initiatives_component(doc: Doc) -> Doc:
    for m in find_initiatives(doc.text, doc.vocab):
        doc._.kg_mentions.append(Entity("INITIATIVE", m.text, m.name, m.start, m.end, 0, {"quoted": m.quoted}))
    return doc


@Language.component("kg_metrics")
def metrics_component(doc: Doc) -> Doc:
    excluded = [(e.start, e.end) for e in doc._.kg_mentions if e.type in ("REGULATION", "INITIATIVE")]
    for m in find_metrics(doc.text, excluded):
        attrs = {"subject": m.subject, "value": m.value, "unit": m.unit, "qualifier": m.qualifier}
        if m.chinese_numeral:
            attrs["chinese_numeral"] = True
        doc._.kg_mentions.append(Entity("METRIC", m.text, m.text, m.start, m.end, 0, attrs))
    return doc


PIPELINE = ("kg_regions", "kg_regulations", "kg_agencies", "kg_law_firms", "kg_initiatives", "kg_metrics")


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The extraction pipeline (built once per process)."""
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in PIPELINE:
        pipeline.add_pipe(name)
    return pipeline


# Longest piece of text run through the pipeline at once (also bounded by nlp().max_length).
CHUNK_CHARS = 200_000


def chunk_spans(text: str, paragraph_starts: list[int], size: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most ``size`` characters covering ``text``, cut at the last
    paragraph start that fits, else at the last line or sentence end, else at ``size``."""
    spans = []
    begin = 0
    while len(text) - begin > size:
        limit = begin + size
        i = bisect_right(paragraph_starts, limit) - 1
        if i >= 0 and paragraph_starts[i] > begin:
            cut = paragraph_starts[i]
        else:
            cut = max(text.rfind("\n", begin, limit), text.rfind("。", begin, limit)) + 1
            if cut <= begin:
                cut = limit
        spans.append((begin, cut))
        begin = cut
    spans.append((begin, len(text)))
    return spans


def extract_entities(document: Document) -> list[Entity]:
    """All entities of a document, each tied to the paragraph that contains it."""
    gaz = gazetteer.load()
    place = gaz.by_code.get(document.metadata.region_code) if document.metadata.region_code else None
    pipeline = nlp()
    matching = for_matching(document.text)  # traditional characters matched as simplified
    starts = [p.start for p in document.paragraphs]
    entities: list[Entity] = []
    for begin, end in chunk_spans(matching, starts, min(CHUNK_CHARS, pipeline.max_length)):
        doc = pipeline.make_doc(matching[begin:end])
        doc._.kg_context = RegionContext(gaz, place)
        doc._.kg_mentions = []
        for _, component in pipeline.pipeline:
            doc = component(doc)
        for entity in doc._.kg_mentions:
            entity.start += begin
            entity.end += begin
        entities += doc._.kg_mentions
    for entity in entities:
        entity.text = document.text[entity.start:entity.end]  # the surface as written
        entity.paragraph = document.paragraphs[max(0, bisect_right(starts, entity.start) - 1)].ord
        if entity.type == "METRIC":
            entity.attrs.setdefault("year", document.metadata.year)
    entities.sort(key=lambda e: (e.start, -e.end))
    return entities

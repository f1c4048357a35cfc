"""Entity extraction as a spaCy pipeline: blank Chinese, one token per character, kg's components.

Why characters: every component matches on characters (《》 titles, agency suffixes, region
names, numbers with units), and jieba segments the same name differently in different
sentences, so word tokens would only cost a segmentation of every text and misalign
mentions. With one token per character, a mention's character offsets are its token
offsets, so each component records it as a ``Span`` in ``doc.spans["kg"]`` (a span group
holds the overlapping and nested mentions that ``doc.ents`` cannot), labelled with its
entity type and with its canonical name as ``kb_id``. Its properties go in
``doc._.kg_attrs``, a list parallel to the group: span extensions are keyed by offsets
alone, and one span can carry several mentions (县人大及其常委会 names two bodies). Components that depend on earlier ones read that group (metrics skip
the numbers inside titles and initiatives). The region of the report travels in
``doc._.kg_context`` for resolving relative names; stateful components (the gazetteer's
region scanner) are factories, built once with the pipeline.

A long text runs through ``nlp.pipe`` in pieces cut at paragraph starts (spaCy refuses
texts over ``nlp.max_length``); mention offsets are shifted back into the whole text.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import ingest.extract.spacy_without_torch  # noqa: F401  (before spaCy: see that module)
import jieba
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest import gazetteer
from ingest.clean import for_matching
from ingest.document import Document, Entity
from ingest.extract.agencies import AgencyFinder, bureau_name, zone_as_published
from ingest.extract.context import RegionContext
from ingest.extract.initiatives import find_initiatives
from ingest.extract.law_firms import find_firms
from ingest.extract.metrics import find_metrics
from ingest.extract.regions import RegionHit, RegionScanner, townships_in
from ingest.extract.regulations import find_citations, regulation_key
from ingest.gazetteer import Place, branded_areas, township_stem
from ingest.segment import paragraph_of

# The initiatives component consults jieba's dictionary; its start-up chatter would mix into CLI output.
jieba.setLogLevel(logging.WARNING)

SPANS = "kg"  # the span group of every mention
# kg_text: the Doc's text, kept once (spaCy joins every token's text on each ``doc.text``).
for _name in ("kg_context", "kg_text", "kg_regions", "kg_attrs"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def add_mention(doc: Doc, etype: str, start: int, end: int, name: str, attrs: dict[str, Any]) -> None:
    """Record a mention at character offsets [start, end) as a span of ``doc.spans["kg"]``.
    Whitespace at either edge is left out (a character Doc has no token there)."""
    text = doc._.kg_text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    span = doc.char_span(start, end, label=etype, kb_id=name) if end > start else None
    if span is None:
        return
    doc.spans[SPANS].append(span)
    doc._.kg_attrs.append(attrs)


def mentions(doc: Doc, *types: str) -> list[tuple[Span, dict[str, Any]]]:
    """The mentions recorded so far with their properties, of the given types (all when none is given)."""
    return [(span, attrs) for span, attrs in zip(doc.spans[SPANS], doc._.kg_attrs)
            if not types or span.label_ in types]


class RegionsComponent:
    """Region names, resolved against the gazetteer and the report's own place."""

    def __init__(self, scanner: RegionScanner) -> None:
        self.scanner = scanner

    def __call__(self, doc: Doc) -> Doc:
        ctx: RegionContext = doc._.kg_context
        hits: list[RegionHit] = self.scanner.scan(doc._.kg_text, ctx.place)
        doc._.kg_regions = hits  # agencies and law firms read the places themselves
        for hit in (h for h in hits if not h.in_zone_name):
            add_mention(doc, "REGION", hit.start, hit.end, hit.place.name,
                        {"level": hit.place.level, "code": hit.place.code})
        text = doc._.kg_text
        if ctx.township:  # the issuing township is named in its own report, though no code table lists it
            # (a street office by its short name too: 石门街 of 石门街道)
            street = ctx.township.endswith("街道")
            own = re.escape(ctx.township) + (f"|{re.escape(ctx.township[:-1])}(?!道)" if street else "")
            for match in re.finditer(own, text):
                add_mention(doc, "REGION", match.start(), match.end(), ctx.township, {"level": "township"})
            stem = township_stem(ctx.township)
            for brand, start in branded_areas(text):  # (法治舒桥建设: its goal's brand names it without its level)
                if brand == stem:
                    add_mention(doc, "REGION", start, start + len(stem), ctx.township, {"level": "township"})
        taken = [(h.start, h.end) for h in hits]
        for start, end, name in townships_in(text):  # (other townships, found by their shape)
            if name != ctx.township and not any(s < end and start < e for s, e in taken):
                add_mention(doc, "REGION", start, end, name, {"level": "township"})
        return doc


@Language.factory("kg_regions")
def make_regions_component(nlp: Language, name: str) -> RegionsComponent:
    return RegionsComponent(RegionScanner(gazetteer.load()))


@Language.component("kg_regulations")
def regulations_component(doc: Doc) -> Doc:
    for c in find_citations(doc._.kg_text):
        attrs = {"kind": c.kind, "bracketed": c.bracketed, "key": regulation_key(c.canonical)}
        if c.alias_of:
            attrs["alias_of"] = c.alias_of
        add_mention(doc, "REGULATION", c.start, c.end, c.canonical, attrs)
    return doc


@Language.component("kg_agencies")
def agencies_component(doc: Doc) -> Doc:
    ctx: RegionContext = doc._.kg_context
    for m in AgencyFinder(ctx).find(doc._.kg_text, doc._.kg_regions):
        attrs = {"region_code": m.region_code}
        if m.elliptical:
            attrs["elliptical"] = True
        add_mention(doc, "AGENCY", m.start, m.end, m.name, attrs)
    return doc


@Language.component("kg_law_firms")
def law_firms_component(doc: Doc) -> Doc:
    ctx: RegionContext = doc._.kg_context
    region_starts = {hit.start for hit in doc._.kg_regions}
    for firm in find_firms(doc._.kg_text, region_starts):
        attrs = {"advises_code": ctx.place.code} if firm.advises and ctx.place else {}
        add_mention(doc, "LAW_FIRM", firm.start, firm.end, firm.text, attrs)
    return doc


@Language.component("kg_initiatives")
def initiatives_component(doc: Doc) -> Doc:
    for m in find_initiatives(doc._.kg_text, doc.vocab):
        add_mention(doc, "INITIATIVE", m.start, m.end, m.name, {"quoted": m.quoted})
    return doc


@Language.component("kg_metrics")
def metrics_component(doc: Doc) -> Doc:
    excluded = [(s.start_char, s.end_char) for s, _ in mentions(doc, "REGULATION", "INITIATIVE")]
    for m in find_metrics(doc._.kg_text, excluded):
        attrs = {"subject": m.subject, "value": m.value, "unit": m.unit, "qualifier": m.qualifier,
                 "indicator": m.indicator}
        if m.chinese_numeral:
            attrs["chinese_numeral"] = True
        add_mention(doc, "METRIC", m.start, m.end, m.text, attrs)
    return doc


PIPELINE = ("kg_regions", "kg_regulations", "kg_agencies", "kg_law_firms", "kg_initiatives", "kg_metrics")


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The extraction pipeline (built once per process)."""
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
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


def _opens_as(document: Document, bureau: str, place: Place | None) -> bool:
    """Whether the report's first sentence names the bureau, its region left out (2025年，市数据局在市委、市政府的坚强
    领导下…): the bureau speaks of itself, so a title naming no body (关于2025年法治政府建设情况的报告) is its own
    report, not its government's that it posted."""
    if place is None or place.name not in bureau or not document.paragraphs:
        return False
    own = bureau[bureau.rfind(place.name) + len(place.name):]
    first = document.paragraphs[0].text
    return len(own) > 1 and own in first[:first.find("。") + 1 or None]


def extract_entities(document: Document) -> list[Entity]:
    """All entities of a document, each tied to the paragraph that contains it (or, in a heading,
    to the first paragraph of its section)."""
    gaz = gazetteer.load()
    place = gaz.by_code.get(document.metadata.region_code) if document.metadata.region_code else None
    meta = document.metadata
    unnamed = meta.region is None and meta.issuer_kind in ("county", "district") and meta.province is not None
    if place is None and unnamed:
        # a county or district its text never names: the bodies above it are still its province's (市委 of 重庆市,
        # 自治区党委), its own (区委) stay unresolved
        place = next((p for p in gaz.by_name.get(meta.province or "", []) if p.level == "province"), None)
    zone = meta.region if meta.issuer_kind == "development_zone" else None
    pipeline = nlp()
    context = RegionContext(gaz, place, zone, meta.township,
                            unnamed_level=("区" if meta.issuer_kind == "district" else "县") if unnamed else None,
                            unnamed_township=meta.issuer_kind == "township" and meta.township is None)
    if document.metadata.publisher:
        context.zone_committee = document.metadata.publisher if zone_as_published(zone, document.metadata.publisher) \
            else None
        if meta.township and document.metadata.publisher.endswith(f"人民政府{meta.township}办事处"):
            context.street_office = document.metadata.publisher
        context.bureau = bureau_name(document.metadata.publisher, context, pipeline.get_pipe("kg_regions").scanner)
        title = document.metadata.title
        context.authored_by_bureau = context.bureau is not None and (
            title is None or re.search(r"局|厅|办|委员会|委(?=关于|(?:19|20)\d{2}年)", title) is not None
            or _opens_as(document, context.bureau, place))  # (a commission by its short name: 某市卫生健康委关于…)
        context.authored_by_government = document.metadata.publisher.endswith("人民政府") or (
            context.bureau is not None and not context.authored_by_bureau)
    matching = for_matching(document.text)  # traditional characters matched as simplified
    starts = [p.start for p in document.paragraphs]
    pieces = chunk_spans(matching, starts, min(CHUNK_CHARS, pipeline.max_length))
    entities: list[Entity] = []
    for (begin, _), doc in zip(pieces, pipeline.pipe(make_docs(pipeline, matching, pieces, context))):
        for span, attrs in mentions(doc):
            entities.append(Entity(span.label_, span.text, span.kb_id_, span.start_char + begin,
                                   span.end_char + begin, 0, attrs))
    for entity in entities:
        entity.text = document.text[entity.start:entity.end]  # the surface as written
        entity.paragraph = paragraph_of(document.paragraphs, entity.start)
        if entity.type == "METRIC":
            entity.attrs.setdefault("year", document.metadata.year)
    entities.sort(key=lambda e: (e.start, -e.end))
    return entities


def make_docs(pipeline: Language, text: str, pieces: list[tuple[int, int]], context: RegionContext) -> Iterable[Doc]:
    """A character Doc per piece, carrying the report's context, with an empty span group."""
    for begin, end in pieces:
        piece = text[begin:end]
        doc = pipeline.make_doc(piece)
        doc._.kg_context = context
        doc._.kg_text = piece
        doc.spans[SPANS] = []
        doc._.kg_attrs = []
        yield doc

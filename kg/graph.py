"""Writing documents into the graph and reading its counts, through kg.queries only.

A report's id is the hash of its text, so writing the same content again finds the
report and does nothing; a changed file (same origin, new id) replaces the old
report, its paragraphs, and the entities only it supported.

A write is several statements, so it is made atomic for readers with the Report's
``complete`` flag (see kg.queries): set last on writing, cleared first on removing.
A report left incomplete by a crash is absent for every reader and for the
idempotency check, so the next ingest of its file removes the leftovers and writes it again.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from ingest import gazetteer, topics
from ingest.document import Document, Entity
from ingest.extract.indicators import OTHER, display_name
from ingest.extract.regulations import canonical_title, regulation_key
from ingest.fingerprint import extraction_fingerprint
from ingest.schema import NAMED_ENTITIES
from kg import queries
from kg.store.base import GraphStore

LABEL_OF_TYPE = {kind.type: kind.label for kind in NAMED_ENTITIES}
# Properties an entity node carries besides its name, per label.
NODE_PROPS = {kind.label: kind.properties for kind in NAMED_ENTITIES}


def report_exists(store: GraphStore, report_id: str) -> bool:
    """True only for a completely written report (a half-written one counts as absent)."""
    return bool(store.run(queries.REPORT_EXISTS, {"id": report_id}))


def incomplete_reports(store: GraphStore) -> list[dict[str, Any]]:
    """Reports whose write or removal was cut short: ``id``, ``source`` and ``origin`` of each."""
    return store.run(queries.INCOMPLETE_REPORTS)


def delete_report(store: GraphStore, report_id: str) -> None:
    """Remove a report, its paragraphs and the entities nothing else supports.

    The report is hidden first, so a removal cut short never shows a report missing paragraphs.
    Only the entities this report pointed to are checked for orphans, so a removal costs the
    size of the report, not of the graph.
    """
    store.run(queries.MARK_REPORT_INCOMPLETE, {"id": report_id})
    names: dict[str, list[str]] = {}
    for row in store.run(queries.ENTITIES_OF_REPORT, {"id": report_id}):
        names.setdefault(row["label"], []).append(row["name"])
    if firms := names.get("LawFirm"):
        store.run(queries.UNLINK_REPORT_ADVISERS, {"id": report_id, "firms": firms})
        store.run(queries.DELETE_UNSTATED_ADVISERS, {"firms": firms})
    store.run(queries.DELETE_REPORT_PARAGRAPHS, {"id": report_id})
    store.run(queries.DELETE_REPORT, {"id": report_id})
    for label, statement in queries.DELETE_ORPHANS.items():
        if names.get(label):
            store.run(statement, {"names": names[label]})


def write_document(store: GraphStore, doc: Document) -> bool:
    """Write one document; False when identical content is already stored (see write_documents)."""
    result = write_documents(store, [doc])[0]
    if isinstance(result, Exception):
        raise result
    return result


def write_documents(store: GraphStore, docs: list[Document]) -> list[bool | Exception]:
    """Write a batch of documents with one statement per kind of row; for each document, True
    when written, False when identical content was stored already, or the error that failed it.

    Earlier versions from the same origins, and leftovers of earlier writes cut short, are
    removed first, so the graph holds one version per file and re-ingesting is idempotent.
    The batch's reports become visible together with the last statement; if the batch fails,
    its partial writes are removed and each document is written alone, so one bad document
    fails only itself.
    """
    complete = {row["id"] for row in store.run(queries.COMPLETE_REPORTS_AMONG, {
        "rows": [{"id": d.id, "extraction": d.extraction or extraction_fingerprint()} for d in docs]})}
    new: dict[str, Document] = {}
    for doc in docs:
        if doc.id not in complete:
            new.setdefault(doc.id, doc)
    results: list[bool | Exception] = [doc.id not in complete and new[doc.id] is doc for doc in docs]
    if not new:
        return results
    stale = {row["id"] for row in store.run(queries.REPORTS_FROM_ORIGIN, {"origins": [d.origin for d in new.values()]})}
    stale |= {row["id"] for row in store.run(queries.REPORT_NODE_EXISTS, {"ids": list(new)})}
    for report_id in sorted(stale):
        delete_report(store, report_id)
    try:
        _write_reports(store, list(new.values()))
    except Exception as exc:
        for report_id in new:
            _discard_partial(store, report_id)
        if len(new) == 1:
            return [exc if doc.id in new else result for doc, result in zip(docs, results)]
        alone = {report_id: _write_alone(store, doc) for report_id, doc in new.items()}
        return [alone[doc.id] if result is True else result for doc, result in zip(docs, results)]
    return results


def _write_alone(store: GraphStore, doc: Document) -> bool | Exception:
    try:
        return write_document(store, doc)
    except Exception as exc:  # this document's own failure, reported for it alone
        return exc


def _discard_partial(store: GraphStore, report_id: str) -> None:
    """Remove what a failed write left; if that fails too (the server is gone), the report stays
    incomplete, which readers ignore and the next ingest or ``kg check --repair`` clears."""
    try:
        delete_report(store, report_id)
    except Exception:  # best effort: the write's own error is the one to report
        pass


def _write_reports(store: GraphStore, docs: list[Document]) -> None:
    """The statements of a batch's write; MARK_REPORTS_COMPLETE is the last."""
    _write_regions(store, docs)
    now = time.strftime("%Y-%m-%dT%H:%M:%S")
    store.run(queries.MERGE_REPORTS, {"rows": [{
        "id": doc.id, "source": doc.source, "origin": doc.origin, "title": doc.metadata.title,
        "year": doc.metadata.year, "doc_type": doc.metadata.doc_type, "publisher": doc.metadata.publisher,
        "published": doc.metadata.published, "region": doc.metadata.region, "province": doc.metadata.province,
        "prefecture": doc.metadata.prefecture, "division": doc.metadata.division,
        "issuer_kind": doc.metadata.issuer_kind, "url": doc.metadata.url, "paragraphs": len(doc.paragraphs),
        "chars": len(doc.text),
        "ingested_at": now, "extraction": doc.extraction or extraction_fingerprint()} for doc in docs]})
    issued = [{"id": doc.id, "region_id": doc.metadata.region_code} for doc in docs if doc.metadata.region_code]
    if issued:
        store.run(queries.LINK_REPORT_REGIONS, {"rows": issued})
    store.run(queries.MERGE_PARAGRAPHS, {"rows": [
        {"report_id": doc.id, "id": doc.paragraph_id(p.ord), "ord": p.ord, "section": p.section, "text": p.text,
         "start": p.start, "end": p.end}
        for doc in docs for p in doc.paragraphs
    ]})
    _write_entities(store, docs)
    link_topics(store, [(doc.paragraph_id(p.ord), p.topics) for doc in docs for p in doc.paragraphs])
    store.run(queries.MARK_REPORTS_COMPLETE, {"ids": [doc.id for doc in docs]})


def link_topics(store: GraphStore, assignments: list[tuple[str, list[str]]]) -> None:
    """ABOUT edges from paragraphs to their topics (rules at ingest, similarity after embedding)."""
    rows = [{"paragraph_id": pid, "topic": key, "label": topics.label(key)}
            for pid, keys in assignments for key in keys]
    if rows:
        store.run(queries.LINK_TOPICS, {"rows": rows})


def _write_regions(store: GraphStore, docs: list[Document]) -> None:
    """Merge every region the documents name or are issued by, with its chain of parents."""
    gaz = gazetteer.load()
    codes = {e.attrs["code"] for doc in docs for e in doc.entities if e.type == "REGION" and e.attrs.get("code")}
    codes |= {doc.metadata.region_code for doc in docs if doc.metadata.region_code}
    places = {}
    for code in codes:
        if code in gaz.by_code:
            for place in gaz.chain(gaz.by_code[code]):
                places[place.code] = place
    if not places:
        return
    store.run(queries.MERGE_REGIONS, {"rows": [
        {"id": p.id, "name": p.name, "level": p.level, "code": p.code} for p in places.values()
    ]})
    store.run(queries.LINK_REGION_PARENTS, {"rows": [
        {"id": p.id, "parent": p.parent_code} for p in places.values() if p.parent_code in places
    ]})


def _join_regulation_spellings(store: GraphStore, docs: list[Document]) -> list[dict[str, Any]]:
    """Name each cited regulation as the graph already names its key, so that a report spelling a
    title differently (（2015-2020年）, 中华人民共和国…) cites the same node; rows of the spellings
    that differ from the name, to record as the node's aliases.

    The documents' entities are renamed in place, so the search index that reads them next
    agrees with the graph.
    """
    cited = [e for doc in docs for e in doc.entities if e.type == "REGULATION"]
    if not cited:
        return []
    for entity in cited:
        entity.attrs.setdefault("key", regulation_key(entity.name))
    keys = sorted({e.attrs["key"] for e in cited})
    named = {row["key"]: row["name"] for row in store.run(queries.REGULATIONS_BY_KEY, {"keys": keys})}
    aliases: dict[str, set[str]] = {}
    for entity in cited:
        name = named.setdefault(entity.attrs["key"], entity.name)
        spellings = aliases.setdefault(name, set())
        spellings |= {entity.name, canonical_title(entity.text)} - {name}
        entity.name = name
    return [{"name": name, "aliases": sorted(spellings)} for name, spellings in aliases.items() if spellings]


def _write_entities(store: GraphStore, docs: list[Document]) -> None:
    regulation_aliases = _join_regulation_spellings(store, docs)
    named: dict[str, Counter[tuple[str, str]]] = {label: Counter() for label in LABEL_OF_TYPE.values()}
    props: dict[tuple[str, str], dict[str, Any]] = {}
    regions: Counter[tuple[str, str]] = Counter()
    indicators: list[dict[str, Any]] = []
    agencies_of: set[tuple[str, str]] = set()
    advisers: set[tuple[str, str, int | None, str]] = set()
    for doc, entity in ((doc, entity) for doc in docs for entity in doc.entities):
        pid = doc.paragraph_id(entity.paragraph)
        label = LABEL_OF_TYPE.get(entity.type)
        if label:
            named[label][(pid, entity.name)] += 1
            props[(label, entity.name)] = {k: entity.attrs[k] for k in NODE_PROPS[label] if entity.attrs.get(k)}
            if entity.type == "AGENCY" and entity.attrs.get("region_code"):
                agencies_of.add((entity.name, entity.attrs["region_code"]))
            if entity.type == "LAW_FIRM" and entity.attrs.get("advises_code"):
                advisers.add((entity.name, entity.attrs["advises_code"], doc.metadata.year, doc.id))
        elif entity.type == "REGION" and entity.attrs.get("code"):
            regions[(pid, entity.attrs["code"])] += 1
        elif entity.type == "METRIC" and entity.attrs.get("subject"):  # a bare number states nothing
            indicators.append(_indicator_row(doc, pid, entity))
    for label, counts in named.items():
        rows = [{"paragraph_id": pid, "name": name, "count": n, "props": props[(label, name)]}
                for (pid, name), n in counts.items()]
        if rows:
            store.run(queries.LINK_NAMED_ENTITIES[label], {"rows": rows})
    if regulation_aliases:
        store.run(queries.ADD_REGULATION_ALIASES, {"rows": regulation_aliases})
    if regions:
        store.run(queries.LINK_REGION_MENTIONS, {"rows": [
            {"paragraph_id": pid, "region_id": code, "count": n} for (pid, code), n in regions.items()
        ]})
    if indicators:
        store.run(queries.LINK_INDICATORS, {"rows": indicators})
    if agencies_of:
        store.run(queries.LINK_AGENCY_REGIONS, {"rows": [
            {"name": name, "region_id": code} for name, code in agencies_of
        ]})
    for statement, rows in ((queries.LINK_ADVISERS, [a for a in advisers if a[2] is not None]),
                            (queries.LINK_ADVISERS_UNDATED, [a for a in advisers if a[2] is None])):
        if rows:
            store.run(statement, {"rows": [{"name": name, "region_id": code, "year": year, "report_id": report_id}
                                           for name, code, year, report_id in rows]})


def _indicator_row(doc: Document, paragraph_id: str, entity: Entity) -> dict[str, Any]:
    """A STATES fact: filed under its canonical indicator (the node), keeping the subject as written."""
    indicator = entity.attrs.get("indicator") or OTHER
    return {
        "paragraph_id": paragraph_id,
        "indicator": indicator,
        "indicator_name": display_name(indicator),
        "subject": entity.attrs["subject"],
        "start": entity.start,  # with the end, the fact's key: two figures may start together
        "end": entity.end,  # (将全国其他11个 and 将全国其他11个自贸区的30项)
        "value": entity.attrs.get("value"),
        "unit": entity.attrs.get("unit"),
        "year": entity.attrs.get("year") or doc.metadata.year,
        "text": entity.text,
    }


def stats(store: GraphStore) -> dict[str, Any]:
    """Counts of nodes by label and relationships by type; reports and paragraphs as readers
    see them (a half-written report is not counted). Each count is one indexed statement,
    not a scan of the graph."""
    count = {label: store.run(statement)[0]["count"] for label, statement in queries.COUNT_LABEL.items()}
    rels = {rel: n for rel, statement in queries.COUNT_RELATIONSHIP.items()
            if (n := store.run(statement)[0]["count"])}
    visible = store.run(queries.COUNT_COMPLETE_REPORTS)[0]
    return {
        "reports": visible["reports"],
        "paragraphs": int(visible["paragraphs"] or 0),
        "entities": count,  # every label but Report and Paragraph (kg.queries.COUNT_LABEL)
        "relationships": rels,
    }


TYPE_OF_LABEL = {label: etype for etype, label in LABEL_OF_TYPE.items()} | {"Region": "REGION"}


def documents_for_paragraphs(store: GraphStore, paragraph_ids: list[str]) -> list[Document]:
    """The reports holding ``paragraph_ids``, rebuilt from the graph (for re-indexing)."""
    from ingest.document import Metadata, Paragraph

    docs = []
    for row in store.run(queries.REPORTS_OF_PARAGRAPHS, {"ids": paragraph_ids}):
        report = row["report"]
        paragraphs, entities = [], []
        for p in store.run(queries.PARAGRAPHS_FOR_INDEX, {"id": report["id"]}):
            paragraphs.append(Paragraph(p["ord"], p["text"], p["start"] or 0, p["end"] or 0, p["section"] or "",
                                        list(p["topics"])))
            entities += [Entity(TYPE_OF_LABEL[e["label"]], e["name"], e["name"], 0, 0, p["ord"])
                         for e in p["entities"] if e.get("label") in TYPE_OF_LABEL]
        meta = Metadata(title=report.get("title"), region=report.get("region"), province=report.get("province"),
                        prefecture=report.get("prefecture"), year=report.get("year"),
                        doc_type=report.get("doc_type"), publisher=report.get("publisher"),
                        published=report.get("published"), url=report.get("url"))
        docs.append(Document(id=report["id"], source=report.get("source") or "", origin=report.get("origin") or "",
                             text="", metadata=meta, paragraphs=paragraphs, entities=entities,
                             extraction=report.get("extraction") or "before fingerprints"))
    return docs

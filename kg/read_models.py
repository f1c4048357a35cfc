"""The read model of each page: what a page (and its JSON twin) shows, built from the graph and
the search index, with no knowledge of HTTP.

The web layer validates the request, calls one of these through the Corpus, and renders the
dict; the dict's keys are the JSON twin's fields (outside checks rely on them: add, never
rename). Every list is bounded: an entity page aggregates per region in the graph and pages
the paragraphs themselves, a region page pages its reports, the graph view takes a limit.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from ingest import gazetteer
from ingest.schema import NODE_BY_LABEL, NodeKind
from ingest.topics import TAXONOMY
from kg import graph, indicator_table, reads
from kg.ask.answer import first_sentence
from kg.store.base import GraphStore
from search.grouping import group_by_region
from search.index import SearchError, SearchIndex

ENTRY_POINTS = 12
CONTEXT_PARAGRAPHS = 2
ENTITY_PAGE_SIZE = 50  # citing paragraphs per entity page
REGION_PAGE_SIZE = 100  # reports per region page
SIMILAR_SEEDS = 5  # citing paragraphs (the earliest of the first regions) that seed "similar, not citing"
CAPTION_CHARS = 18


def report_name(report: dict[str, Any]) -> str:
    """How a page cites a report: its title, or where and when it was issued; never its file name."""
    if report.get("title"):
        return str(report["title"])
    year = f"{report['year']}年" if report.get("year") else ""
    return f"{report.get('region') or '地区不详'}{year}报告"


def pages_of(total: int, size: int) -> int:
    return max(1, math.ceil(total / size))


def home(store: GraphStore, index: SearchIndex) -> dict[str, Any]:
    return {
        "stats": graph.stats(store),
        "reports": reads.list_reports(store),
        "regions": reads.issuing_regions(store),
        "regulations": reads.top_entities(store, "Regulation", ENTRY_POINTS),
        "initiatives": reads.top_entities(store, "Initiative", ENTRY_POINTS),
        "search": index.info(),
    }


def report(store: GraphStore, report_id: str) -> dict[str, Any] | None:
    """A report and its paragraphs, each with its named entities (one statement for all)."""
    node = reads.report(store, report_id)
    if node is None:
        return None
    paragraphs = reads.report_paragraphs(store, report_id)
    entities = reads.paragraph_entities(store, [p["id"] for p in paragraphs])
    for paragraph in paragraphs:
        paragraph["entities"] = entities.get(paragraph["id"], [])
    return {"report": node, "paragraphs": paragraphs}


def paragraph(store: GraphStore, index: SearchIndex, paragraph_id: str) -> dict[str, Any] | None:
    """A paragraph with its neighbours in the report, entities, stated figures and similar
    paragraphs of other regions."""
    row = index.paragraph(paragraph_id)
    if row is None:
        return None
    siblings = reads.report_paragraphs(store, row["report_id"])
    context = [p for p in siblings if abs(p["ord"] - row["ord"]) <= CONTEXT_PARAGRAPHS]
    try:
        similar = index.similar(paragraph_id, 10)
    except SearchError:
        similar = []
    return {"paragraph": {k: v for k, v in row.items() if k not in ("vid", "fingerprint")},
            "context": context, "entities": reads.paragraph_entities(store, [paragraph_id]).get(paragraph_id, []),
            "facts": reads.facts_of_paragraphs(store, [paragraph_id]),
            "similar": similar, "similar_groups": group_by_region(similar)}


def entity(store: GraphStore, index: SearchIndex, label: str, name: str, page: int) -> dict[str, Any] | None:
    """An entity and where it is cited: every region (paragraph count, years, earliest paragraph),
    the timeline of regions, and one page of the paragraphs, earliest first.

    ``regions[*].paragraphs`` holds the page's paragraphs of that region; ``paragraphs`` is the
    number of all of them, ``page``/``pages`` say where the page stands.
    """
    node = reads.entity(store, label, name)
    if node is None:
        return None
    counts = reads.entity_regions(store, label, name)
    total = sum(row["paragraphs"] for row in counts)
    rows = reads.entity_paragraphs(store, label, name, (page - 1) * ENTITY_PAGE_SIZE, ENTITY_PAGE_SIZE)
    groups = _region_groups(counts, rows, reads.paragraph_rows(store, [c["first_paragraph"] for c in counts]))
    data: dict[str, Any] = {"label": label, "entity": node, "name": name, "regions": groups,
                            "timeline": _timeline(groups), "paragraphs": total, "page": page,
                            "pages": pages_of(total, ENTITY_PAGE_SIZE), "page_size": ENTITY_PAGE_SIZE}
    if label == "Regulation":
        seeds = [g["first"] for g in groups if g["first"]][:SIMILAR_SEEDS]
        data["similar_not_citing"] = similar_not_pointing(store, index, label, name, seeds, 10)
    if label == "LawFirm":
        data["advises"] = reads.law_firm_advises(store, name)
    if label == "Agency":
        data["of_region"] = reads.agency_region(store, name)
    return data


def _region_groups(counts: list[dict[str, Any]], rows: list[dict[str, Any]],
                   firsts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One group per region, in order of the region's first year (diffusion order)."""
    on_page: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        on_page[(row["region"], row["province"])].append(row)
    gaz = gazetteer.load()
    groups = []
    for count in counts:
        place = gaz.lookup(count["region"]) if count["region"] else None
        years = sorted(year for year in count["years"] if year is not None)
        groups.append({"region": count["region"], "province": count["province"], "code": place.code if place else None,
                       "years": years, "first_year": years[0] if years else None, "count": count["paragraphs"],
                       "first": firsts.get(count["first_paragraph"]),
                       "paragraphs": on_page.get((count["region"], count["province"]), [])})
    return sorted(groups, key=lambda g: (g["first_year"] or 9999, g["region"] or ""))


def _timeline(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per year: regions citing, and regions citing for the first time."""
    years: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"regions": [], "first": []})
    for group in groups:
        for year in group["years"]:
            years[year]["regions"].append(group["region"])
        if group["first_year"]:
            years[group["first_year"]]["first"].append(group["region"])
    return [{"year": year, **years[year]} for year in sorted(years)]


def similar_not_pointing(store: GraphStore, index: SearchIndex, label: str, name: str,
                         seeds: list[dict[str, Any]], k: int) -> list[dict[str, Any]]:
    """Policy to practice: paragraphs close to the seeds (citing paragraphs) from reports that do
    not cite the entity anywhere, best first."""
    similar: dict[str, dict[str, Any]] = {}
    for seed in seeds:
        query = f"{name} {first_sentence(seed['text'], 200)}"
        for hit in index.search(query, k, mode="hybrid", syntax=False).hits:
            if hit["score"] > similar.get(hit["paragraph_id"], {}).get("score", 0):
                similar[hit["paragraph_id"]] = {**hit, "cites": False}
    citing = reads.reports_pointing_among(store, label, name, list({h["report_id"] for h in similar.values()}))
    return sorted((h for h in similar.values() if h["report_id"] not in citing), key=lambda h: -h["score"])[:k]


def region_ids(place: gazetteer.Place) -> list[str]:
    """The region and every division under it (a province's page covers its counties)."""
    return [place.id] + [p.id for p in gazetteer.load().descendants(place)]


def region(store: GraphStore, place: gazetteer.Place, page: int) -> dict[str, Any]:
    """A region's profile: one page of its reports by year, agencies, advisers, most cited
    regulations and stated figures."""
    ids = region_ids(place)
    total = reads.count_region_reports(store, ids)
    by_year: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in reads.region_reports(store, ids, (page - 1) * REGION_PAGE_SIZE, REGION_PAGE_SIZE):
        by_year[str(row["year"] or "年份不详")].append(row)
    return {
        "region": {"code": place.code, "name": place.name, "level": place.level},
        "breadcrumbs": [{"code": p.code, "name": p.name, "level": p.level}
                        for p in reversed(gazetteer.load().chain(place))],
        "reports_by_year": dict(by_year),
        "reports": total, "page": page, "pages": pages_of(total, REGION_PAGE_SIZE),
        "agencies": reads.region_agencies(store, ids),
        "law_firms": reads.region_law_firms(store, ids),
        "regulations": reads.region_regulations(store, ids, 20),
        "indicators": (indicators := reads.region_indicators(store, ids, 200)),
        "indicator_groups": indicator_table.by_indicator(indicators),
    }


def compare(store: GraphStore, index: SearchIndex, places: list[gazetteer.Place]) -> dict[str, Any]:
    """Regions side by side: paragraphs per topic (each cell links to its first evidence) and indicators."""
    columns = []
    for place in places:
        rows = index.docstore.topics_of_place(place.name)
        cells: dict[str, dict[str, Any]] = {}
        for row in rows:
            for topic in (row["topics"] or "").split():
                cell = cells.setdefault(topic, {"count": 0, "paragraph_id": row["id"], "years": set()})
                cell["count"] += 1
                if row["year"]:
                    cell["years"].add(row["year"])
        for cell in cells.values():
            cell["years"] = sorted(cell["years"])
        columns.append({"code": place.code, "name": place.name, "paragraphs": len(rows), "topics": cells,
                        "indicators": reads.region_indicators(store, region_ids(place), 200)})
    return {"topics": [{"key": t.key, "label": t.label} for t in TAXONOMY], "columns": columns,
            "indicator_table": indicator_table.line_up([c["indicators"] for c in columns]),
            "available": reads.issuing_regions(store)}


def neighbourhood(store: GraphStore, index: SearchIndex, node: NodeKind, key: str, limit: int,
                  wanted: set[str]) -> dict[str, Any]:
    """A node and up to ``limit`` neighbours per direction, only of the ``wanted`` labels when given."""
    edges = []
    for direction in ("out", "in"):
        for row in reads.neighbours(store, node.label, node.key, key, direction, limit):
            if not wanted or row["label"] in wanted:
                edges.append(_edge(index, direction, row))
    drawn = {node.label} | {e["label"] for e in edges} | {"Report" for e in edges if e["report"]}
    return {"node": {"kind": node.segment, "label": node.label, "key": key, "name": _node_name(store, index, node, key)},
            "edges": edges, "labels": sorted({e["label"] for e in edges}), "drawn": sorted(drawn)}


def _node_name(store: GraphStore, index: SearchIndex, node: NodeKind, key: str) -> str:
    """What a reader calls the node a graph page is about: a region's or a report's name, where a
    paragraph stands; the names of other nodes are their keys."""
    if node.label == "Region":
        place = gazetteer.load().by_code.get(key)
        return place.name if place else key
    if node.label == "Report":
        found = reads.report(store, key)
        return report_name(found) if found else key
    if node.label == "Paragraph":
        row = index.paragraph(key)
        return f"{report_name(row)} 第 {row['ord'] + 1} 段" if row else key
    return key


def _edge(index: SearchIndex, direction: str, row: dict[str, Any]) -> dict[str, Any]:
    """One neighbour of the graph view, captioned by name; a paragraph also names its region,
    year and report, so a regulation's citing paragraphs say where they come from."""
    label = row["label"]
    node = NODE_BY_LABEL.get(label)
    key = row["id"] if node is None or node.key == "id" else row["name"]
    edge = {"direction": direction, "type": row["type"], "label": label, "kind": node.segment if node else None,
            "key": key, "caption": row["title"] or row["name"] or (row["text"] or "")[:CAPTION_CHARS] or key,
            "region": row["region"], "year": row["year"], "report": None}
    if label == "Paragraph":
        found = index.paragraph(key)
        if found:
            edge.update(region=found["region"], year=found["year"],
                        caption=f"{found['region'] or '地区不详'} {found['year'] or ''} · "
                                f"{(row['text'] or '')[:CAPTION_CHARS]}",
                        report={"key": found["report_id"], "caption": report_name(found)})
    return edge

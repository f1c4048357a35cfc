"""Entity pages (regulation: policy to practice; agency; law firm; initiative), region profiles,
the comparison of regions and the graph neighbourhood view, with their JSON twins."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from flask import Blueprint, abort, request

from ingest import gazetteer
from ingest.topics import TAXONOMY
from kg import queries
from kg.ask.answer import practices
from web.common import index, respond, store, twin_route

entity_pages = Blueprint("entity_pages", __name__)

# URL segment → (graph label, key property); the only labels a URL can name.
ENTITY_KINDS = {"regulation": "Regulation", "agency": "Agency", "law-firm": "LawFirm", "initiative": "Initiative"}
GRAPH_NODES = {"report": ("Report", "id"), "paragraph": ("Paragraph", "id"), "region": ("Region", "id"),
               "regulation": ("Regulation", "name"), "agency": ("Agency", "name"), "law-firm": ("LawFirm", "name"),
               "initiative": ("Initiative", "name"), "indicator": ("Indicator", "name"), "topic": ("Topic", "name")}
SEGMENT_OF_LABEL = {label: segment for segment, (label, _) in GRAPH_NODES.items()}
MAX_COMPARE = 5


def _by_region(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows grouped by region, regions in order of their first year (diffusion order)."""
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        group = groups.setdefault(row["region"] or "（地区不详）", {
            "region": row["region"], "province": row.get("province"), "years": set(), "paragraphs": []})
        if row.get("year"):
            group["years"].add(row["year"])
        group["paragraphs"].append(row)
    out = []
    gaz = gazetteer.load()
    for group in groups.values():
        place = gaz.lookup(group["region"]) if group["region"] else None
        group["code"] = place.code if place else None
        group["years"] = sorted(group["years"])
        group["first_year"] = group["years"][0] if group["years"] else None
        out.append(group)
    return sorted(out, key=lambda g: (g["first_year"] or 9999, g["region"] or ""))


def _timeline(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per year: regions citing, and regions citing for the first time."""
    years: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"regions": [], "first": []})
    for group in groups:
        for year in group["years"]:
            years[year]["regions"].append(group["region"])
        if group["first_year"]:
            years[group["first_year"]]["first"].append(group["region"])
    return [{"year": year, **years[year]} for year in sorted(years)]


def _mention_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"region": g["region"], "province": g["province"], "first_year": g["first_year"], "year": p["year"],
             "title": p["title"], "section": p["section"], "paragraph_id": p["paragraph_id"], "text": p["text"]}
            for g in data["regions"] for p in g["paragraphs"]]


def _compare_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"region": c["name"], "topic": t["label"], "paragraphs": c["topics"].get(t["key"], {}).get("count", 0),
             "years": " ".join(map(str, c["topics"].get(t["key"], {}).get("years", []))),
             "example_paragraph_id": c["topics"].get(t["key"], {}).get("paragraph_id")}
            for c in data["columns"] for t in data["topics"]]


@twin_route(entity_pages, "/entities/<kind>/<path:name>", csv=_mention_rows)
def entity(kind: str, name: str, suffix: str | None = None):
    label = ENTITY_KINDS.get(kind)
    if label is None:
        abort(404)
    rows = store().run(queries.ENTITY_NODE[label], {"name": name})
    if not rows:
        abort(404)
    mentions = store().run(queries.ENTITY_PARAGRAPHS[label], {"name": name})
    groups = _by_region(mentions)
    data: dict[str, Any] = {"kind": kind, "label": label, "entity": rows[0]["entity"], "name": name,
                            "regions": groups, "timeline": _timeline(groups), "paragraphs": len(mentions)}
    if label == "Regulation":
        data["similar_not_citing"] = practices(store(), index(), name, 10)["similar"]
    if label == "LawFirm":
        data["advises"] = store().run(queries.LAW_FIRM_ADVISES, {"name": name})
    if label == "Agency":
        data["of_region"] = store().run(queries.AGENCY_REGION, {"name": name})
    return respond("entity.html", data, suffix)


def _place(code: str) -> gazetteer.Place:
    place = gazetteer.load().by_code.get(code)
    if place is None:
        abort(404)
    return place


def _region_ids(place: gazetteer.Place) -> list[str]:
    gaz = gazetteer.load()
    return [place.id] + [p.id for p in gaz.descendants(place)]


@twin_route(entity_pages, "/regions/<code>", csv=lambda data: data["indicators"])
def region(code: str, suffix: str | None = None):
    place = _place(code)
    ids = _region_ids(place)
    reports = store().run(queries.REGION_REPORTS, {"ids": ids})
    by_year: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for report in reports:
        by_year[str(report["year"] or "年份不详")].append(report)
    data = {
        "region": {"code": place.code, "name": place.name, "level": place.level},
        "breadcrumbs": [{"code": p.code, "name": p.name, "level": p.level}
                        for p in reversed(gazetteer.load().chain(place))],
        "reports_by_year": dict(by_year),
        "agencies": store().run(queries.REGION_AGENCIES, {"ids": ids}),
        "law_firms": store().run(queries.REGION_LAW_FIRMS, {"ids": ids}),
        "regulations": store().run(queries.REGION_REGULATIONS, {"ids": ids, "limit": 20}),
        "indicators": store().run(queries.REGION_INDICATORS, {"ids": ids, "limit": 200}),
    }
    return respond("region.html", data, suffix)


@twin_route(entity_pages, "/compare", csv=_compare_rows)
def compare(suffix: str | None = None):
    """Regions side by side: paragraphs per topic (each cell links to its evidence) and indicators."""
    gaz = gazetteer.load()
    names = [n.strip() for n in request.args.get("regions", "").replace("，", ",").split(",") if n.strip()]
    places = [p for p in (gaz.lookup(n) for n in names[:MAX_COMPARE]) if p]
    columns = []
    for place in places:
        rows = index().docstore.topics_of_place(place.name)
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
                        "indicators": store().run(queries.REGION_INDICATORS,
                                                  {"ids": _region_ids(place), "limit": 30})})
    data = {"regions": names, "unknown": [n for n in names[:MAX_COMPARE] if not gaz.lookup(n)],
            "topics": [{"key": t.key, "label": t.label} for t in TAXONOMY], "columns": columns,
            "available": store().run(queries.ISSUING_REGIONS)}
    return respond("compare.html", data, suffix)


@twin_route(entity_pages, "/graph/<kind>/<path:key>")
def neighbourhood(kind: str, key: str, suffix: str | None = None):
    """A node and its neighbours (optionally only some labels), for the interactive view."""
    if kind not in GRAPH_NODES:
        abort(404)
    label, prop = GRAPH_NODES[kind]
    limit = min(request.args.get("limit", 150, type=int) or 150, 500)
    wanted = {t for t in request.args.get("types", "").split(",") if t}
    edges = []
    for direction, table in (("out", queries.NEIGHBOURS_OUT), ("in", queries.NEIGHBOURS_IN)):
        for row in store().run(table[(label, prop)], {"key": key, "limit": limit}):
            if wanted and row["label"] not in wanted:
                continue
            other_key = row["id"] if GRAPH_NODES[SEGMENT_OF_LABEL.get(row["label"], "topic")][1] == "id" else row["name"]
            edges.append({"direction": direction, "type": row["type"], "label": row["label"],
                          "kind": SEGMENT_OF_LABEL.get(row["label"]), "key": other_key,
                          "caption": row["title"] or row["name"] or (row["text"] or "")[:30] or other_key,
                          "region": row["region"], "year": row["year"]})
    data = {"node": {"kind": kind, "label": label, "key": key}, "edges": edges,
            "labels": sorted({e["label"] for e in edges})}
    return respond("graph.html", data, suffix)

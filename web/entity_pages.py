"""Entity pages (regulation: policy to practice; agency; law firm; initiative), region profiles,
the comparison of regions and the graph neighbourhood view, with their JSON twins."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from flask import Blueprint, abort

from ingest import gazetteer
from ingest.topics import TAXONOMY
from kg import indicator_table, queries
from kg.ask.answer import practices
from web.common import index, respond, store, twin_route
from web.labels import DISPLAY_NAMES, display, report_name
from web.params import MAX_NAME_CHARS, MAX_QUERY_CHARS, bad_request, find_place, int_arg, text_arg
from web.security import allow_inline_styles

entity_pages = Blueprint("entity_pages", __name__)

# URL segment → (graph label, key property); the only labels a URL can name.
ENTITY_KINDS = {"regulation": "Regulation", "agency": "Agency", "law-firm": "LawFirm", "initiative": "Initiative"}
GRAPH_NODES = {"report": ("Report", "id"), "paragraph": ("Paragraph", "id"), "region": ("Region", "id"),
               "regulation": ("Regulation", "name"), "agency": ("Agency", "name"), "law-firm": ("LawFirm", "name"),
               "initiative": ("Initiative", "name"), "indicator": ("Indicator", "name"), "topic": ("Topic", "name")}
SEGMENT_OF_LABEL = {label: segment for segment, (label, _) in GRAPH_NODES.items()}
MAX_COMPARE = 5
GRAPH_LIMIT = (150, 500)  # default and most neighbours per direction
CAPTION_CHARS = 18


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
    if label is None or len(name) > MAX_QUERY_CHARS:
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


def _place(code_or_name: str) -> gazetteer.Place:
    """The region a URL names by its code (as links do) or by its name (as people type it)."""
    place = find_place(code_or_name)
    if place is None:
        abort(404, description=f"不认识的地区：{code_or_name[:MAX_NAME_CHARS]}。")
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
        "indicators": indicator_table.region_indicators(store(), ids, 200),
    }
    data["indicator_groups"] = indicator_table.by_indicator(data["indicators"])
    return respond("region.html", data, suffix)


@twin_route(entity_pages, "/compare", csv=_compare_rows)
def compare(suffix: str | None = None):
    """Regions side by side: paragraphs per topic (each cell links to its evidence), and their
    figures lined up on the same indicator and year."""
    given = text_arg("regions", "地区列表", MAX_COMPARE * (MAX_NAME_CHARS + 1))
    names = [n.strip() for n in given.replace("，", ",").replace("、", ",").split(",") if n.strip()]
    if len(names) > MAX_COMPARE:
        bad_request(f"最多对比 {MAX_COMPARE} 个地区。")
    places = list({p.code: p for p in map(find_place, names) if p}.values())  # a code and its name: one column
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
                        "indicators": indicator_table.region_indicators(store(), _region_ids(place), 200)})
    data = {"regions": names, "unknown": [n for n in names if not find_place(n)],
            "topics": [{"key": t.key, "label": t.label} for t in TAXONOMY], "columns": columns,
            "indicator_table": indicator_table.line_up([c["indicators"] for c in columns]),
            "available": store().run(queries.ISSUING_REGIONS)}
    return respond("compare.html", data, suffix)


def _node_name(kind: str, key: str) -> str:
    """What a reader calls the node a graph page is about: a region's or a report's name, where a
    paragraph stands; the names of other nodes are their keys."""
    if kind == "region":
        place = gazetteer.load().by_code.get(key)
        return place.name if place else key
    if kind == "report":
        rows = store().run(queries.REPORT_BY_ID, {"id": key})
        return report_name(rows[0]["report"]) if rows else key
    if kind == "paragraph":
        row = index().paragraph(key)
        return f"{report_name(row)} 第 {row['ord'] + 1} 段" if row else key
    return key


def _edge(direction: str, row: dict[str, Any]) -> dict[str, Any]:
    """One neighbour of the graph view, captioned by name; a paragraph also names its region,
    year and report, so a regulation's citing paragraphs say where they come from."""
    label = row["label"]
    kind = SEGMENT_OF_LABEL.get(label)
    key = row["id"] if GRAPH_NODES[kind or "topic"][1] == "id" else row["name"]
    edge = {"direction": direction, "type": row["type"], "label": label, "kind": kind, "key": key,
            "type_name": display(row["type"], "relation"), "label_name": display(label, "node"),
            "caption": row["title"] or row["name"] or (row["text"] or "")[:CAPTION_CHARS] or key,
            "region": row["region"], "year": row["year"], "report": None}
    if label == "Paragraph":
        paragraph = index().paragraph(key)
        if paragraph:
            edge.update(region=paragraph["region"], year=paragraph["year"],
                        caption=f"{paragraph['region'] or '地区不详'} {paragraph['year'] or ''} · "
                                f"{(row['text'] or '')[:CAPTION_CHARS]}",
                        report={"key": paragraph["report_id"], "caption": report_name(paragraph)})
    return edge


@twin_route(entity_pages, "/graph/<kind>/<path:key>")
def neighbourhood(kind: str, key: str, suffix: str | None = None):
    """A node and its neighbours (optionally only some labels), for the interactive view."""
    if kind not in GRAPH_NODES or len(key) > MAX_QUERY_CHARS:
        abort(404)
    label, prop = GRAPH_NODES[kind]
    limit = int_arg("limit", "数量上限", GRAPH_LIMIT[0], 1, GRAPH_LIMIT[1])
    wanted = {t for t in text_arg("types", "类型列表", 200).split(",") if t}
    if wanted - set(SEGMENT_OF_LABEL):
        bad_request("不支持的节点类型：" + "、".join(sorted(wanted - set(SEGMENT_OF_LABEL))[:5]) + "。")
    edges = []
    for direction, table in (("out", queries.NEIGHBOURS_OUT), ("in", queries.NEIGHBOURS_IN)):
        for row in store().run(table[(label, prop)], {"key": key, "limit": limit}):
            if not wanted or row["label"] in wanted:
                edges.append(_edge(direction, row))
    drawn = {label} | {e["label"] for e in edges} | {"Report" for e in edges if e["report"]}
    data = {"node": {"kind": kind, "label": label, "key": key, "name": _node_name(kind, key),
                     "label_name": display(label, "node")},
            "edges": edges, "labels": sorted({e["label"] for e in edges}),
            "legend": [{"label": name, "name": DISPLAY_NAMES["node"][name]} for name in sorted(drawn)]}
    allow_inline_styles()  # vis-network adds its own <style>
    return respond("graph.html", data, suffix)

"""Entity pages (regulation: policy to practice; agency; law firm; initiative), region profiles,
the comparison of regions and the graph neighbourhood view, with their JSON twins.

Pages that list what grows with the corpus take ``?page=`` (validated, at most MAX_LIST_PAGE): an
entity's citing paragraphs, a region's reports."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort

from ingest import gazetteer
from ingest.schema import ENTITY_BY_SEGMENT, NODE_BY_LABEL, NODE_BY_SEGMENT
from web.common import corpus, respond, twin_route
from web.labels import display
from web.params import MAX_LIST_PAGE, MAX_NAME_CHARS, MAX_QUERY_CHARS, bad_request, find_place, int_arg, text_arg
from web.security import allow_inline_styles

entity_pages = Blueprint("entity_pages", __name__)

MAX_COMPARE = 5
GRAPH_LIMIT = (150, 500)  # default and most neighbours per direction


def _page() -> int:
    return int_arg("page", "页码", 1, 1, MAX_LIST_PAGE)


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
    """An entity, the regions citing it (counts, years, earliest paragraph) and one page of the
    citing paragraphs (the CSV export holds the same page)."""
    found = ENTITY_BY_SEGMENT.get(kind)
    if found is None or len(name) > MAX_QUERY_CHARS:
        abort(404)
    data = corpus().entity(found.label, name, _page())
    if data is None:
        abort(404)
    return respond("entity.html", {"kind": kind, **data}, suffix)


def _place(code_or_name: str) -> gazetteer.Place:
    """The region a URL names by its code (as links do) or by its name (as people type it)."""
    place = find_place(code_or_name)
    if place is None:
        abort(404, description=f"不认识的地区：{code_or_name[:MAX_NAME_CHARS]}。")
    return place


@twin_route(entity_pages, "/regions/<code>", csv=lambda data: data["indicators"])
def region(code: str, suffix: str | None = None):
    return respond("region.html", corpus().region(_place(code), _page()), suffix)


@twin_route(entity_pages, "/compare", csv=_compare_rows)
def compare(suffix: str | None = None):
    """Regions side by side: paragraphs per topic (each cell links to its evidence), and their
    figures lined up on the same indicator and year."""
    given = text_arg("regions", "地区列表", MAX_COMPARE * (MAX_NAME_CHARS + 1))
    names = [n.strip() for n in given.replace("，", ",").replace("、", ",").split(",") if n.strip()]
    if len(names) > MAX_COMPARE:
        bad_request(f"最多对比 {MAX_COMPARE} 个地区。")
    places = list({p.code: p for p in map(find_place, names) if p}.values())  # a code and its name: one column
    data = {"regions": names, "unknown": [n for n in names if not find_place(n)], **corpus().compare(places)}
    return respond("compare.html", data, suffix)


@twin_route(entity_pages, "/graph/<kind>/<path:key>")
def neighbourhood(kind: str, key: str, suffix: str | None = None):
    """A node and its neighbours (optionally only some labels), for the interactive view."""
    node = NODE_BY_SEGMENT.get(kind)
    if node is None or len(key) > MAX_QUERY_CHARS:
        abort(404)
    limit = int_arg("limit", "数量上限", GRAPH_LIMIT[0], 1, GRAPH_LIMIT[1])
    wanted = {t for t in text_arg("types", "类型列表", 200).split(",") if t}
    if wanted - set(NODE_BY_LABEL):
        bad_request("不支持的节点类型：" + "、".join(sorted(wanted - set(NODE_BY_LABEL))[:5]) + "。")
    data = corpus().neighbourhood(node, key, limit, wanted)
    data["node"]["label_name"] = display(node.label, "node")
    for edge in data["edges"]:
        edge.update(type_name=display(edge["type"], "relation"), label_name=display(edge["label"], "node"))
    data["legend"] = [{"label": label, "name": display(label, "node")} for label in data.pop("drawn")]
    allow_inline_styles()  # vis-network adds its own <style>
    return respond("graph.html", data, suffix)

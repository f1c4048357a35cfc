"""Home (search box, corpus stats, entry points) and report pages, with their JSON twins."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify

from kg import graph, queries
from web.common import index, respond, store, twin_route

pages = Blueprint("pages", __name__)

ENTRY_POINTS = 12


@pages.get("/healthz")
def healthz():
    """200 when the graph answers and the search index is built; 503 with the reason otherwise."""
    store().run("RETURN 1 AS ok")
    info = index().info()
    if info["paragraphs"] and not info["model"]:
        return jsonify({"status": "indexing", "search": info}), 503
    return jsonify({"status": "ok", "search": info})


@twin_route(pages, "/")
def home(suffix: str | None = None):
    data = {
        "stats": graph.stats(store()),
        "reports": store().run(queries.LIST_REPORTS),
        "regions": store().run(queries.ISSUING_REGIONS),
        "regulations": store().run(queries.TOP_ENTITIES["Regulation"], {"limit": ENTRY_POINTS}),
        "initiatives": store().run(queries.TOP_ENTITIES["Initiative"], {"limit": ENTRY_POINTS}),
        "search": index().info(),
    }
    return respond("home.html", data, suffix)


@twin_route(pages, "/reports/<report_id>", csv=lambda data: [
    {k: p[k] for k in ("id", "ord", "section", "text")} for p in data["paragraphs"]])
def report(report_id: str, suffix: str | None = None):
    rows = store().run(queries.REPORT_BY_ID, {"id": report_id})
    if not rows:
        abort(404)
    paragraphs = store().run(queries.REPORT_PARAGRAPHS, {"id": report_id})
    for paragraph in paragraphs:
        paragraph["entities"] = store().run(queries.PARAGRAPH_ENTITIES, {"id": paragraph["id"]})
    return respond("report.html", {"report": rows[0]["report"], "paragraphs": paragraphs}, suffix)

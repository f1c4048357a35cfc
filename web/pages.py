"""Pages: home (corpus stats and reports) and report pages, each with a JSON twin.

A JSON twin answers at the same URL with ``Accept: application/json`` or a
``.json`` suffix. All text reaches HTML through Jinja's autoescaping.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, current_app, jsonify, render_template, request

from kg import graph, queries

pages = Blueprint("pages", __name__)


def _store():
    return current_app.extensions["kg_store"]


def _wants_json(suffix: str | None) -> bool:
    if suffix == ".json":
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and request.accept_mimetypes["application/json"] > request.accept_mimetypes["text/html"]


def _respond(template: str, data: dict[str, Any], suffix: str | None):
    if _wants_json(suffix):
        return jsonify(data)
    return render_template(template, **data)


@pages.get("/healthz")
def healthz():
    _store().run("RETURN 1 AS ok")
    return jsonify({"status": "ok"})


@pages.get("/")
@pages.get("/<any('.json'):suffix>")
def home(suffix: str | None = None):
    data = {"stats": graph.stats(_store()), "reports": _store().run(queries.LIST_REPORTS)}
    return _respond("home.html", data, suffix)


@pages.get("/reports/<report_id>")
@pages.get("/reports/<report_id><any('.json'):suffix>")
def report(report_id: str, suffix: str | None = None):
    rows = _store().run(queries.REPORT_BY_ID, {"id": report_id})
    if not rows:
        abort(404)
    data = {"report": rows[0]["report"], "paragraphs": _store().run(queries.REPORT_PARAGRAPHS, {"id": report_id})}
    return _respond("report.html", data, suffix)

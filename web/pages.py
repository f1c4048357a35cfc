"""Home (search box, corpus stats, entry points) and report pages, with their JSON twins."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify

from web.common import corpus, respond, twin_route

pages = Blueprint("pages", __name__)


@pages.get("/healthz")
def healthz():
    """200 when the graph answers and the search index is built; 503 with the reason otherwise.
    ``warming`` says whether this process is still reading its caches ahead (it answers meanwhile)."""
    info = corpus().healthy()
    if info["paragraphs"] and not info["model"]:
        return jsonify({"status": "indexing", "search": info, "warming": corpus().warming}), 503
    return jsonify({"status": "ok", "search": info, "warming": corpus().warming})


@twin_route(pages, "/")
def home(suffix: str | None = None):
    return respond("home.html", corpus().home(), suffix)


@twin_route(pages, "/reports/<report_id>", csv=lambda data: [
    {k: p[k] for k in ("id", "ord", "section", "text")} for p in data["paragraphs"]])
def report(report_id: str, suffix: str | None = None):
    data = corpus().report(report_id)
    if data is None:
        abort(404)
    return respond("report.html", data, suffix)

"""What every blueprint shares: the JSON twin of each page, the store and the index, highlighting.

A JSON twin answers at the same URL with ``Accept: application/json`` or a ``.json``
suffix; ``twin_route`` registers both rules so no page can forget its twin.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from flask import Blueprint, current_app, jsonify, render_template, request
from markupsafe import Markup, escape

from kg.store.base import GraphStore
from search.index import SearchIndex


def store() -> GraphStore:
    return current_app.extensions["kg_store"]


def index() -> SearchIndex:
    search_index: SearchIndex = current_app.extensions["kg_index"]
    search_index.refresh()
    return search_index


def twin_route(bp: Blueprint, rule: str, **options: Any) -> Callable:
    """Register ``rule`` and ``rule.json``; the view receives ``suffix`` (None or ".json")."""
    def decorator(view: Callable) -> Callable:
        bp.add_url_rule(rule, view_func=view, **options)
        bp.add_url_rule(f"{rule}<any('.json'):suffix>", view_func=view, **options)
        return view
    return decorator


def wants_json(suffix: str | None) -> bool:
    if suffix == ".json":
        return True
    accept = request.accept_mimetypes
    return accept["application/json"] > accept["text/html"]


def respond(template: str, data: dict[str, Any], suffix: str | None, status: int = 200):
    if wants_json(suffix):
        return jsonify(data), status
    return render_template(template, **data), status


def highlight(text: str | None, terms: Iterable[str]) -> Markup:
    """``text`` escaped, with every occurrence of ``terms`` wrapped in <mark> (longest first)."""
    text = text or ""
    words = sorted({t for t in terms if t and len(t) >= 2}, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile("|".join(map(re.escape, words)))
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last:match.start()]))
        out.append(Markup("<mark>") + escape(match.group(0)) + Markup("</mark>"))
        last = match.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)

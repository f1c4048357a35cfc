"""What every blueprint shares: the JSON twin of each page, the corpus, CSV export.

A JSON twin answers at the same URL with ``Accept: application/json`` or a ``.json``
suffix; ``twin_route`` registers both rules so no page can forget its twin. Pages that
list things (hits, citing paragraphs, indicators, matrices) also export them as ``.csv``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from kg.corpus import Corpus


def corpus() -> Corpus:
    """The corpus this app serves: every page reads through it (no Cypher, no SQL here)."""
    return current_app.extensions["kg_corpus"]


def twin_route(bp: Blueprint, rule: str, csv: Callable[[dict[str, Any]], list[dict[str, Any]]] | None = None,
               **options: Any) -> Callable:
    """Register ``rule`` and ``rule.json`` (and ``rule.csv`` when ``csv`` turns the page's data
    into rows); the view receives ``suffix`` (None, ".json" or ".csv")."""
    def decorator(view: Callable) -> Callable:
        view.csv_rows = csv
        suffixes = "'.json', '.csv'" if csv else "'.json'"
        bp.add_url_rule(rule, view_func=view, **options)
        bp.add_url_rule(f"{rule}<any({suffixes}):suffix>", view_func=view, **options)
        return view
    return decorator


def wants_json(suffix: str | None) -> bool:
    if suffix == ".json":
        return True
    accept = request.accept_mimetypes
    return accept["application/json"] > accept["text/html"]


def respond(template: str, data: dict[str, Any], suffix: str | None, status: int = 200):
    if suffix == ".csv":
        rows = current_app.view_functions[request.endpoint].csv_rows(data)
        return Response(_csv(rows), status, mimetype="text/csv",
                        headers={"Content-Disposition": f"attachment; filename={request.endpoint.split('.')[-1]}.csv"})
    if wants_json(suffix):
        return jsonify(data), status
    return render_template(template, **data), status


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text: one starting like a formula (=, +, -, @, tab, CR) gets a
    leading apostrophe, so a report's text can never run as a formula on a researcher's machine."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(rows: list[dict[str, Any]]) -> str:
    """CSV with a byte-order mark, so spreadsheet programs read the Chinese as UTF-8."""
    buffer = io.StringIO()
    columns = list(dict.fromkeys(key for row in rows for key in row))
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    return "\ufeff" + buffer.getvalue()


# Hits as a researcher exports them: the rank, not the fusion score (it means nothing outside one query).
HIT_FIELDS = ("rank", "region", "province", "year", "title", "section", "paragraph_id", "report_id", "text")


def hit_rows(hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{field: hit.get(field) for field in HIT_FIELDS} for hit in hits]

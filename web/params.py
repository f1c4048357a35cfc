"""Request parameters, validated and bounded before any work starts.

Every value a page reads from the query string goes through one of these helpers, so a bad
or hostile value becomes a 400 with a Chinese message (an error page, or JSON on a twin) and
no request can ask for unbounded work: pages, result counts, graph sizes and text lengths all
have caps here.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from flask import abort, request

from ingest import gazetteer

MAX_QUERY_CHARS = 200
MAX_NAME_CHARS = 100
MAX_PAGE = 50  # 500 hits deep; retrieval depth grows with the page, so it must stop somewhere
# Pages of a list the graph sorts whole (an entity's citing paragraphs, a region's reports): a
# deep page costs the same sort as the first plus a skip, so the cap only keeps numbers sane.
MAX_LIST_PAGE = 10_000
MAX_K = 50
YEARS = (1949, 2100)
_INTEGER = re.compile(r"[0-9]{1,9}")  # ASCII digits only: "²".isdigit() is True but int("²") fails


def bad_request(message: str) -> None:
    """Answer 400 with ``message`` (Chinese, shown to the user as is)."""
    abort(400, description=message)


def text_arg(name: str, label: str, limit: int = MAX_NAME_CHARS) -> str:
    """A free-text parameter, stripped; '' when absent; 400 when longer than ``limit`` characters."""
    value = request.args.get(name, "").strip()
    if len(value) > limit:
        bad_request(f"{label}太长：最多 {limit} 个字符。")
    return value


def int_arg(name: str, label: str, default: int, low: int, high: int) -> int:
    """An integer parameter within [low, high]; ``default`` when absent or empty."""
    raw = request.args.get(name, "").strip()
    if not raw:
        return default
    if not _INTEGER.fullmatch(raw) or not low <= int(raw) <= high:
        bad_request(f"{label}应为 {low} 到 {high} 之间的整数。")
    return int(raw)


def year_arg(name: str = "year") -> int | None:
    """A plausible year (1949–2100) or None when absent."""
    if not request.args.get(name, "").strip():
        return None
    return int_arg(name, "年份", 0, *YEARS)


def choice_arg(name: str, label: str, choices: Collection[str], default: str | None = None) -> str | None:
    """One of ``choices``; ``default`` when absent."""
    value = request.args.get(name, "").strip()
    if not value:
        return default
    if value not in choices:
        bad_request(f"不支持的{label}：{value[:MAX_NAME_CHARS]}。")
    return value


def place_name(value: str) -> str:
    """A region given by its six-digit code or by its name, as the name that filters use."""
    place = gazetteer.load().by_code.get(value)
    return place.name if place else value


def find_place(value: str) -> gazetteer.Place | None:
    """The division named by ``value``: a six-digit code, a full name or a short name."""
    gaz = gazetteer.load()
    return gaz.by_code.get(value) or gaz.lookup(value)

"""Validation of the values that enter the store from outside (jsonl fields, derived years).

Why here and not at the store: a bad value that reaches the graph or the search
docstore poisons every later query that filters on it (a year of 1e30 overflows
the int32 filter arrays), so values are checked once on the way in, and the same
rules let ``kg check`` find values stored before they existed.
"""

from __future__ import annotations

import math
from typing import Any

YEAR_MIN, YEAR_MAX = 1949, 2100

# Longest accepted value of each string field a jsonl record may carry.
MAX_LENGTH = {"title": 500, "region": 100, "url": 2000, "id": 200}


class InvalidValue(ValueError):
    """A field's value cannot be stored; the message names the field and the rule."""


def plausible_year(value: int | None) -> bool:
    """True for None or a year kg can store (YEAR_MIN..YEAR_MAX)."""
    return value is None or (isinstance(value, int) and not isinstance(value, bool)
                             and YEAR_MIN <= value <= YEAR_MAX)


def year_or_none(value: int | None) -> int | None:
    """A derived year (from a title or the text) if plausible, else None: such a year is a guess."""
    return value if plausible_year(value) else None


def given_year(value: Any) -> int:
    """A year given by the container: an integer (or integral number or digit string) in range."""
    year: int | None = None
    if isinstance(value, bool):
        year = None
    elif isinstance(value, int):
        year = value
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        year = int(value)
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        year = int(value.strip())
    if year is None or not plausible_year(year):
        raise InvalidValue(f"'year' must be a year from {YEAR_MIN} to {YEAR_MAX}, got {_shown(value)}")
    return year


def valid_unicode(text: str) -> str:
    """``text`` with lone surrogates (JSON escapes like "\\udc80") replaced: they cannot be stored."""
    return text.encode("utf-8", errors="replace").decode("utf-8")


def given_string(field: str, value: Any) -> str:
    """A string field given by the container, stripped; numbers (ids only) become strings."""
    if field == "id" and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InvalidValue(f"'{field}' must be a string, got {type(value).__name__} {_shown(value)}")
    value = valid_unicode(value).strip()
    if len(value) > MAX_LENGTH[field]:
        raise InvalidValue(f"'{field}' is {len(value)} characters long, over the limit of {MAX_LENGTH[field]}")
    return value


def bounded(field: str, value: str) -> str:
    """A derived value (a title read from the text's first line) cut to its field's limit: a text
    without line breaks would otherwise make its whole self the title of every paragraph row."""
    return value[:MAX_LENGTH[field]]


def _shown(value: Any) -> str:
    """A short printable form of a rejected value for the error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."

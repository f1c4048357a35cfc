"""Reads of the stated figures (STATES facts) arranged by the indicator taxonomy.

Why: a region's figures are only useful next to each other when the same measure is
filed under the same canonical indicator (ingest/extract/indicators.tsv); the region
page groups them by indicator and year, and the compare page lines regions up on the
same indicator and year. Figures filed under "other" keep their subject phrase and are
listed, but never lined up: two "other" figures need not measure the same thing.
"""

from __future__ import annotations

from typing import Any

from ingest.extract.indicators import OTHER, display_name, taxonomy


def _rank(indicator: str) -> int:
    """Taxonomy order; "other" and ids the taxonomy no longer has come last."""
    order = list(taxonomy())
    if indicator == OTHER or indicator not in order:
        return len(order) + (indicator != OTHER)
    return order.index(indicator)


def by_indicator(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` grouped by indicator (taxonomy order), then by year (newest first); a group is
    named from the taxonomy (figures written before indicators existed all file under "other")."""
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        indicator = row.get("indicator") or OTHER
        group = groups.setdefault(indicator, {"indicator": indicator, "name": display_name(indicator), "years": {}})
        group["years"].setdefault(row.get("year"), []).append(row)
    out = []
    for indicator in sorted(groups, key=_rank):
        group = groups[indicator]
        years = sorted(group["years"].items(), key=lambda item: -(item[0] or 0))
        out.append({**group, "years": [{"year": year, "facts": facts} for year, facts in years]})
    return out


def line_up(columns: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One row per canonical indicator and year that any column states, with each column's
    figures for it (an empty list where a region states none), in taxonomy order."""
    keys: dict[tuple[str, Any], str] = {}
    for rows in columns:
        for row in rows:
            if (row.get("indicator") or OTHER) != OTHER:
                keys.setdefault((row["indicator"], row.get("year")), display_name(row["indicator"]))
    table = []
    for (indicator, year), name in sorted(keys.items(), key=lambda item: (_rank(item[0][0]), -(item[0][1] or 0))):
        cells = [[row for row in rows if row.get("indicator") == indicator and row.get("year") == year]
                 for rows in columns]
        table.append({"indicator": indicator, "name": name, "year": year, "cells": cells})
    return table

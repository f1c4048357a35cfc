"""Grouping ranked hits by region: how researchers read "similar practices elsewhere"."""

from __future__ import annotations

from typing import Any


def group_by_region(hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Regions in the order of their best hit, each with its hits in rank order."""
    groups: dict[str, dict[str, Any]] = {}
    for hit in hits:
        key = hit["region"] or hit["report_id"]
        if key not in groups:
            groups[key] = {"region": hit["region"], "province": hit["province"], "prefecture": hit.get("prefecture"),
                           "best_score": hit["score"], "hits": []}
        groups[key]["hits"].append(hit)
    return list(groups.values())

"""Reading the graph: one named function per question a page or a command asks, beside the
writes in kg.graph, through kg.queries only.

Callers above (the Corpus and its read models) never see Cypher; every statement takes its
values as parameters, and labels come from kg.queries' fixed tables, never from input.
Functions that could return an unbounded list take a ``limit`` (and ``skip`` to page).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg import queries
from kg.store.base import GraphStore

# Paragraph ids sent in one statement by reads that take a list of them.
PARAGRAPHS_PER_STATEMENT = 5_000


def ping(store: GraphStore) -> None:
    """Raise when the graph does not answer (the health check)."""
    store.run("RETURN 1 AS ok")


def all_paragraph_ids(store: GraphStore) -> set[str]:
    return {row["id"] for row in store.run(queries.ALL_PARAGRAPH_IDS)}


def entity_names(store: GraphStore, label: str) -> set[str]:
    """Every name of the ``label`` nodes (what a question can name)."""
    return {row["name"] for row in store.run(queries.ENTITY_NAMES[label])}


def latest_year(store: GraphStore) -> int | None:
    """The latest year a complete report covers."""
    rows = store.run(queries.LATEST_YEAR)
    return rows[0]["year"] if rows and rows[0]["year"] else None


def advisers(store: GraphStore) -> list[dict[str, Any]]:
    """Every ADVISES relation: region, code, firm, year and the paragraphs that mention the firm."""
    return store.run(queries.ADVISERS)


def all_entity_paragraphs(store: GraphStore, label: str, name: str) -> list[dict[str, Any]]:
    """Every paragraph pointing at the entity, with its report (an exhaustive answer needs all)."""
    return store.run(queries.ENTITY_PARAGRAPHS[label], {"name": name})


def list_reports(store: GraphStore) -> list[dict[str, Any]]:
    return store.run(queries.LIST_REPORTS)


def issuing_regions(store: GraphStore) -> list[dict[str, Any]]:
    """Regions that issued reports, with their report counts, most reports first."""
    return store.run(queries.ISSUING_REGIONS)


def top_entities(store: GraphStore, label: str, limit: int) -> list[dict[str, Any]]:
    return store.run(queries.TOP_ENTITIES[label], {"limit": limit})


def report(store: GraphStore, report_id: str) -> dict[str, Any] | None:
    """The report node's properties, or None when no complete report has this id."""
    rows = store.run(queries.REPORT_BY_ID, {"id": report_id})
    return rows[0]["report"] if rows else None


def report_paragraphs(store: GraphStore, report_id: str) -> list[dict[str, Any]]:
    return store.run(queries.REPORT_PARAGRAPHS, {"id": report_id})


def paragraph_entities(store: GraphStore, paragraph_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Paragraph id → its named entities (label, name, id, count), in one statement for all."""
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.run(queries.PARAGRAPH_ENTITIES, {"ids": paragraph_ids}):
        found[row.pop("paragraph_id")].append(row)
    return found


def facts_of_paragraphs(store: GraphStore, paragraph_ids: list[str]) -> list[dict[str, Any]]:
    """The figures (STATES) of the paragraphs, in paragraph and text order."""
    return store.run(queries.FACTS_OF_PARAGRAPHS, {"ids": paragraph_ids}) if paragraph_ids else []


def paragraph_rows(store: GraphStore, paragraph_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Paragraph id → the paragraph with its report's region, year and title."""
    return {row["paragraph_id"]: row for row in store.run(queries.PARAGRAPH_ROWS, {"ids": paragraph_ids})}


def entity(store: GraphStore, label: str, name: str) -> dict[str, Any] | None:
    """The properties of the ``label`` node named ``name``, or None."""
    rows = store.run(queries.ENTITY_NODE[label], {"name": name})
    return rows[0]["entity"] if rows else None


def entity_regions(store: GraphStore, label: str, name: str) -> list[dict[str, Any]]:
    """Per region of the paragraphs pointing at the entity: ``region``, ``province``,
    ``paragraphs`` (count), ``years`` and ``first_paragraph`` (id of the earliest)."""
    return store.run(queries.ENTITY_REGIONS[label], {"name": name})


def entities_of_paragraphs(store: GraphStore, label: str, paragraph_ids: list[str]) -> list[dict[str, Any]]:
    """(paragraph_id, name) of each ``label`` entity the paragraphs point at, in statements of
    PARAGRAPHS_PER_STATEMENT ids (a province's reports hold tens of thousands of paragraphs)."""
    rows: list[dict[str, Any]] = []
    for start in range(0, len(paragraph_ids), PARAGRAPHS_PER_STATEMENT):
        chunk = paragraph_ids[start:start + PARAGRAPHS_PER_STATEMENT]
        rows += store.run(queries.ENTITIES_OF_PARAGRAPHS[label], {"ids": chunk})
    return rows


def entity_spread(store: GraphStore, label: str) -> list[dict[str, Any]]:
    """Every ``label`` entity complete reports point at: ``name``, ``regions`` and ``paragraphs``
    (counts), the most widespread first. Unbounded by design: its length is the answer's count."""
    return store.run(queries.ENTITY_SPREAD[label])


def entity_paragraphs(store: GraphStore, label: str, name: str, skip: int, limit: int) -> list[dict[str, Any]]:
    """One page of the paragraphs pointing at the entity, earliest first, with their reports."""
    return store.run(queries.ENTITY_PARAGRAPHS_PAGE[label], {"name": name, "skip": skip, "limit": limit})


def reports_pointing_among(store: GraphStore, label: str, name: str, report_ids: list[str]) -> set[str]:
    """Those of ``report_ids`` that point at the entity in any of their paragraphs."""
    return {row["id"] for row in store.run(queries.REPORTS_POINTING_AMONG[label], {"name": name, "ids": report_ids})}


def law_firm_advises(store: GraphStore, name: str) -> list[dict[str, Any]]:
    return store.run(queries.LAW_FIRM_ADVISES, {"name": name})


def agency_region(store: GraphStore, name: str) -> list[dict[str, Any]]:
    return store.run(queries.AGENCY_REGION, {"name": name})


def region_reports(store: GraphStore, region_ids: list[str], skip: int, limit: int) -> list[dict[str, Any]]:
    """One page of the reports issued in the regions, newest first."""
    return store.run(queries.REGION_REPORTS, {"ids": region_ids, "skip": skip, "limit": limit})


def count_region_reports(store: GraphStore, region_ids: list[str]) -> int:
    return store.run(queries.COUNT_REGION_REPORTS, {"ids": region_ids})[0]["count"]


def region_agencies(store: GraphStore, region_ids: list[str]) -> list[dict[str, Any]]:
    return store.run(queries.REGION_AGENCIES, {"ids": region_ids})


def region_law_firms(store: GraphStore, region_ids: list[str]) -> list[dict[str, Any]]:
    return store.run(queries.REGION_LAW_FIRMS, {"ids": region_ids})


def region_regulations(store: GraphStore, region_ids: list[str], limit: int) -> list[dict[str, Any]]:
    return store.run(queries.REGION_REGULATIONS, {"ids": region_ids, "limit": limit})


def region_indicators(store: GraphStore, region_ids: list[str], limit: int) -> list[dict[str, Any]]:
    return store.run(queries.REGION_INDICATORS, {"ids": region_ids, "limit": limit})


def neighbours(store: GraphStore, label: str, key_property: str, key: str, direction: str,
               limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` neighbours of one node in ``direction`` ("out" or "in")."""
    table = queries.NEIGHBOURS_OUT if direction == "out" else queries.NEIGHBOURS_IN
    return store.run(table[(label, key_property)], {"key": key, "limit": limit})

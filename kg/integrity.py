"""What ``kg check`` looks for beyond paragraph ids, and how ``--repair`` fixes it.

- Half-written reports: a write or removal cut short (kill, lost server) leaves a
  Report with ``complete = false`` (see kg.graph). Repair deletes it from graph and
  index; the next ``kg ingest`` of its file writes it again in full. Deleting rather
  than finishing, because the graph does not hold what was not written yet (the
  document's text and entities exist only while its file is ingested).
- Implausible years stored before values were validated on the way in (a year of
  1e30 breaks every filtered search). Repair sets them to null, the value kg stores
  when it does not know the year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ingest.validate import YEAR_MAX, YEAR_MIN
from kg import queries
from kg.graph import delete_report, incomplete_reports
from kg.store.base import GraphStore

if TYPE_CHECKING:
    from search.index import SearchIndex

_RANGE = {"first": YEAR_MIN, "last": YEAR_MAX}


def findings(store: GraphStore, index: "SearchIndex") -> dict[str, Any]:
    """``incomplete_reports`` (ids) and ``implausible_years`` (counts in the graph and the index)."""
    graph_years = sum(store.run(query, _RANGE)[0]["count"] for query in queries.COUNT_YEARS_OUTSIDE.values())
    return {
        "incomplete_reports": [row["id"] for row in incomplete_reports(store)],
        "implausible_years": {"graph": graph_years,
                              "index": index.docstore.count_years_outside(YEAR_MIN, YEAR_MAX)},
    }


def clean(found: dict[str, Any]) -> bool:
    """True when ``findings`` found nothing to repair."""
    return not found["incomplete_reports"] and not any(found["implausible_years"].values())


def repair(store: GraphStore, index: "SearchIndex") -> dict[str, Any]:
    """Delete half-written reports (graph and index) and null implausible years; says what it did:
    ``deleted_reports`` (id and source of each, to be ingested again) and ``years_cleared``.

    The index's BM25 is marked stale, so the caller's ``index.sync`` saves a new state that
    running servers reload (their filter columns hold the old years until then).
    """
    found = findings(store, index)
    deleted = incomplete_reports(store)
    for row in deleted:
        delete_report(store, row["id"])
        index.remove_report(row["id"])
    for query in queries.CLEAR_YEARS_OUTSIDE.values():
        store.run(query, _RANGE)
    if index.docstore.clear_years_outside(YEAR_MIN, YEAR_MAX):
        index.rebuild_lexical_at_next_sync()
    return {"deleted_reports": [{"id": row["id"], "source": row["source"]} for row in deleted],
            "years_cleared": found["implausible_years"]}


def index_consistent(report: dict[str, Any]) -> bool:
    """True when the index's ``check`` found it holding exactly the graph's paragraphs, embedded
    and with BM25 up to date."""
    return not (report["missing_in_index"] or report["missing_in_graph"] or report["unembedded"]
                or report["lexical_stale"] or report["vectors_missing"] or report["vectors_orphaned"])


def describe(report: dict[str, Any]) -> list[str]:
    """Lines for ``kg check`` without --json: what was found, and what --repair did."""
    lines = []
    if report["incomplete_reports"]:
        lines.append(f"half-written reports: {len(report['incomplete_reports'])} (--repair deletes them; "
                     "the next `kg ingest` of their files writes them again)")
    if any(report["implausible_years"].values()):
        lines.append(f"implausible years: {report['implausible_years']} (--repair sets them to null)")
    repaired = report.get("repaired", {})
    for deleted in repaired.get("deleted_reports", []):
        lines.append(f"repaired: deleted the half-written report {deleted['id']} of {deleted['source']}; "
                     "ingest that file again to write it in full")
    if any(repaired.get("years_cleared", {}).values()):
        lines.append(f"repaired: set implausible years to null: {repaired['years_cleared']}")
    return lines

"""FalkorDB's DDL: a range index per (label, property).

Uniqueness needs no constraint here: FalkorDB runs writes one at a time, so
``MERGE`` on an indexed key never creates a duplicate.
"""

from __future__ import annotations

from collections.abc import Set

from kg.queries import INDEXED_PROPERTIES


# The indexes a graph has, one row per label with its indexed properties.
INDEXES = "CALL db.indexes() YIELD label, properties RETURN label, properties"


def schema_statements(existing: Set[tuple[str, str]] = frozenset()) -> list[str]:
    """One ``CREATE INDEX`` per indexed property not in ``existing`` (FalkorDB has no IF NOT EXISTS; see
    is_already_exists for one created meanwhile by another process)."""
    return [f"CREATE INDEX FOR (n:{label}) ON (n.{prop})" for label, prop in INDEXED_PROPERTIES
            if (label, prop) not in existing]


def is_already_exists(error: Exception) -> bool:
    """FalkorDB answers a repeated index or constraint with an error instead of ignoring it."""
    text = str(error).lower()
    return "already indexed" in text or "already exists" in text

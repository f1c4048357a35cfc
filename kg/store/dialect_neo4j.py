"""Neo4j 5's DDL: uniqueness constraints for merge keys (they bring an index) and plain range indexes."""

from __future__ import annotations

from kg.queries import INDEXED_PROPERTIES, UNIQUE_KEYS


def schema_statements() -> list[str]:
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_{prop}_unique IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE"
        for label, prop in UNIQUE_KEYS
    ]
    unique = set(UNIQUE_KEYS)
    statements += [
        f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, prop in INDEXED_PROPERTIES
        if (label, prop) not in unique
    ]
    return statements

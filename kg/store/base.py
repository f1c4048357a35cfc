"""What every graph backend offers: portable Cypher in, plain Python values out."""

from __future__ import annotations

from typing import Any, Protocol

Row = dict[str, Any]


class GraphStore(Protocol):
    """A backend adapter. Queries come from kg.queries; DDL from the backend's dialect module."""

    backend: str

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        """Run one parameterised Cypher statement and return its rows as dicts of plain values."""
        ...

    def ensure_schema(self) -> None:
        """Create the indexes and constraints the queries rely on (idempotent)."""
        ...

    def describe(self) -> dict[str, Any]:
        """Backend name and location, for ``kg stats`` and ``kg graph status``."""
        ...

    def close(self) -> None:
        ...

"""Neo4j 5 adapter through the official driver; used whenever NEO4J_URI is set."""

from __future__ import annotations

from typing import Any

from kg.store import dialect_neo4j
from kg.store.base import Row
from kg.store.errors import GraphStoreError


def to_plain(value: Any) -> Any:
    """Nodes and relationships become dicts of their properties; containers are converted recursively."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, (Node, Relationship)):
        return dict(value.items())
    if isinstance(value, Path):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


class Neo4jStore:
    """Runs portable Cypher on a Neo4j 5 server."""

    backend = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str | None = None):
        import neo4j
        from neo4j.exceptions import AuthError, ServiceUnavailable

        self.uri = uri
        self.database = database
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
            self._driver.verify_connectivity()
        except (ServiceUnavailable, OSError, ValueError) as exc:
            raise GraphStoreError(f"cannot reach Neo4j at {uri}: {exc}; is the server up (docker compose up)?") from exc
        except AuthError as exc:
            raise GraphStoreError(f"Neo4j at {uri} refused the credentials in NEO4J_USER/NEO4J_PASSWORD: {exc}") from exc

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        try:
            records, _, keys = self._driver.execute_query(query, params or {}, database_=self.database)
        except ServiceUnavailable as exc:
            raise GraphStoreError(f"lost the connection to Neo4j at {self.uri}: {exc}") from exc
        except Neo4jError as exc:
            raise GraphStoreError(f"Neo4j rejected a query: {exc}") from exc
        return [{key: to_plain(record[key]) for key in keys} for record in records]

    def ensure_schema(self) -> None:
        for statement in dialect_neo4j.schema_statements():
            self.run(statement)

    def describe(self) -> dict[str, Any]:
        return {"backend": self.backend, "uri": self.uri, "database": self.database or "(default)"}

    def close(self) -> None:
        self._driver.close()

"""FalkorDB adapter: the embedded server over its unix socket, through the ``falkordb`` client."""

from __future__ import annotations

from typing import Any

import redis.exceptions
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FalkorPath

from kg.store import dialect_falkordb
from kg.store.base import Row
from kg.store.embedded import EmbeddedFalkorDB
from kg.store.errors import GraphStoreError

GRAPH_NAME = "kg"
# How long one statement may go unanswered before the server is taken for stuck: far above any statement kg runs (a
# batch of a report's nodes, a count over the whole graph: well under a minute at national scale), so that a server that
# stops answering (seen once: blocked in a futex wait with the client reading its socket) fails the command with a
# clear error instead of leaving it waiting forever.
QUERY_TIMEOUT_S = 600.0


def to_plain(value: Any) -> Any:
    """Nodes and edges become dicts of their properties; containers are converted recursively."""
    if isinstance(value, (Node, Edge)):
        return dict(value.properties)
    if isinstance(value, FalkorPath):
        return [to_plain(n) for n in value.nodes()]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


class FalkorDBStore:
    """Runs portable Cypher on the embedded FalkorDB server of a data directory."""

    backend = "falkordb"

    def __init__(self, server: EmbeddedFalkorDB, query_timeout_s: float = QUERY_TIMEOUT_S):
        self.server = server
        self.query_timeout_s = query_timeout_s
        server.acquire()
        try:
            self._db = FalkorDB(unix_socket_path=str(server.socket_path), socket_timeout=query_timeout_s)
            self._graph = self._db.select_graph(GRAPH_NAME)
        except Exception:
            server.release()
            raise

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        try:
            result = self._graph.query(query, params or {})
        except redis.exceptions.TimeoutError as exc:
            raise GraphStoreError(self._stuck()) from exc
        except redis.exceptions.ConnectionError as exc:
            raise GraphStoreError(f"lost the connection to the FalkorDB server at {self.server.socket_path}: {exc}") from exc
        except redis.exceptions.ResponseError as exc:
            raise GraphStoreError(f"FalkorDB rejected a query: {exc}") from exc
        if not result.header:
            return []
        names = [column[1] for column in result.header]
        return [dict(zip(names, (to_plain(v) for v in row))) for row in result.result_set]

    def _stuck(self) -> str:
        return (f"the FalkorDB server at {self.server.socket_path} did not answer within {self.query_timeout_s:g} s; "
                "stop it with `kg graph stop` and run the command again")

    def ensure_schema(self) -> None:
        for statement in dialect_falkordb.schema_statements():
            try:
                self._graph.query(statement)
            except redis.exceptions.TimeoutError as exc:
                raise GraphStoreError(self._stuck()) from exc
            except redis.exceptions.ResponseError as exc:
                if not dialect_falkordb.is_already_exists(exc):
                    raise GraphStoreError(f"could not create an index ({statement}): {exc}") from exc

    def describe(self) -> dict[str, Any]:
        return {"backend": self.backend, "socket": str(self.server.socket_path), "graph": GRAPH_NAME}

    def close(self) -> None:
        """Leave the server; what this command wrote is compacted into a snapshot first."""
        try:
            self._db.connection.close()
            self.server.compact_if_grown()
        finally:
            self.server.release()

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
# FalkorDB answers a schema statement at once (it fills a new index in the background) unless another process's
# statement holds the graph, so one unanswered this long is looked into (``ensure_schema``): a fresh-clone CI run saw a
# fresh server never answer CREATE INDEX.
SCHEMA_TIMEOUT_S = 60.0


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

    def __init__(self, server: EmbeddedFalkorDB, query_timeout_s: float = QUERY_TIMEOUT_S,
                 schema_timeout_s: float = SCHEMA_TIMEOUT_S):
        self.server = server
        self.query_timeout_s = query_timeout_s
        self.schema_timeout_s = schema_timeout_s
        server.acquire()
        try:
            self._connect()
        except Exception:
            server.release()
            raise

    def _connect(self) -> None:
        self._db = self._client(self.query_timeout_s)
        self._graph = self._db.select_graph(GRAPH_NAME)

    def _client(self, timeout_s: float) -> FalkorDB:
        return FalkorDB(unix_socket_path=str(self.server.socket_path), socket_timeout=timeout_s)

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        try:
            result = self._graph.query(query, params or {})
        except redis.exceptions.TimeoutError as exc:
            raise GraphStoreError(self._stuck(self.query_timeout_s)) from exc
        except redis.exceptions.ConnectionError as exc:
            raise GraphStoreError(self._lost(exc)) from exc
        except redis.exceptions.ResponseError as exc:
            raise GraphStoreError(f"FalkorDB rejected a query: {exc}") from exc
        if not result.header:
            return []
        names = [column[1] for column in result.header]
        return [dict(zip(names, (to_plain(v) for v in row))) for row in result.result_set]

    def _stuck(self, timeout_s: float) -> str:
        return (f"the FalkorDB server at {self.server.socket_path} did not answer within {timeout_s:g} s; "
                "stop it with `kg graph stop` and run the command again")

    def _lost(self, error: Exception) -> str:
        return f"lost the connection to the FalkorDB server at {self.server.socket_path}: {error}"

    def ensure_schema(self) -> None:
        """Create the indexes the graph lacks (none, but on a new store). A schema statement unanswered within
        ``schema_timeout_s`` is looked into: a server that works meanwhile (another process's statement holds the
        graph) is waited for as long as any statement; one that works at nothing is stuck, and is restarted once and
        the schema made again (``EmbeddedFalkorDB.restart_if_stuck``), so a server that hung before the command wrote
        anything does not fail it; and one another process restarted meanwhile is reconnected to."""
        pid = self.server.running_pid()
        try:
            self._create_missing_indexes(self.schema_timeout_s)
            return
        except redis.exceptions.ConnectionError as exc:
            if self.server.running_pid() in (None, pid):
                raise GraphStoreError(self._lost(exc)) from exc
        except redis.exceptions.TimeoutError:
            if pid is None or not self.server.restart_if_stuck(pid):
                self._schema_or_fail(self.query_timeout_s)  # (a server at work: waited for)
                return
        self._db.connection.close()  # (its connection was to the server killed)
        self._connect()
        self._schema_or_fail(self.schema_timeout_s)

    def _schema_or_fail(self, timeout_s: float) -> None:
        try:
            self._create_missing_indexes(timeout_s)
        except redis.exceptions.TimeoutError as exc:
            raise GraphStoreError(self._stuck(timeout_s)) from exc
        except redis.exceptions.ConnectionError as exc:
            raise GraphStoreError(self._lost(exc)) from exc

    def _create_missing_indexes(self, timeout_s: float) -> None:
        """The schema statements, on a connection of their own that waits ``timeout_s`` for each."""
        db = self._client(timeout_s)
        graph = db.select_graph(GRAPH_NAME)
        try:
            try:
                indexed = graph.query(dialect_falkordb.INDEXES).result_set
            except redis.exceptions.ResponseError as exc:
                raise GraphStoreError(f"could not read the graph's indexes: {exc}") from exc
            existing = {(label, prop) for label, props in indexed for prop in props}
            for statement in dialect_falkordb.schema_statements(existing):
                try:
                    graph.query(statement)
                except redis.exceptions.ResponseError as exc:
                    if not dialect_falkordb.is_already_exists(exc):  # (another process created it meanwhile)
                        raise GraphStoreError(f"could not create an index ({statement}): {exc}") from exc
        finally:
            db.connection.close()

    def describe(self) -> dict[str, Any]:
        return {"backend": self.backend, "socket": str(self.server.socket_path), "graph": GRAPH_NAME}

    def close(self) -> None:
        """Leave the server; what this command wrote is compacted into a snapshot first."""
        try:
            self._db.connection.close()
            self.server.compact_if_grown()
        finally:
            self.server.release()

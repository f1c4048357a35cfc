"""Graph store backends behind one interface; ``open_store`` picks one from the settings."""

from __future__ import annotations

import sys

from kg.config import Settings
from kg.store.base import GraphStore
from kg.store.embedded import EmbeddedFalkorDB
from kg.store.errors import GraphStoreError

__all__ = ["GraphStore", "GraphStoreError", "embedded_server", "open_store"]


def embedded_server(settings: Settings) -> EmbeddedFalkorDB:
    """The embedded FalkorDB server of the configured data directory (not started yet)."""
    return EmbeddedFalkorDB(settings.data_dir, settings.redis_server, settings.falkordb_module,
                            linger_s=settings.graph_linger_s, say=_stderr)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def open_store(settings: Settings) -> GraphStore:
    """Connect to Neo4j when NEO4J_URI is set, else start or join the embedded FalkorDB server."""
    if settings.neo4j_uri:
        from kg.store.neo4j_store import Neo4jStore

        store: GraphStore = Neo4jStore(
            settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password, settings.neo4j_database
        )
    else:
        from kg.store.falkordb_store import FalkorDBStore

        store = FalkorDBStore(embedded_server(settings))
    store.ensure_schema()
    return store

"""Settings read from the environment, in one place.

Every setting is optional so that a fresh clone runs with no configuration; the
names are part of the contract in docs/DESIGN (KG_DATA_DIR, KG_EMBED_MODEL,
NEO4J_URI/USER/PASSWORD, KG_API_TOKEN).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """Resolved configuration of one kg process."""

    data_dir: Path
    embed_model: str | None
    neo4j_uri: str | None
    neo4j_user: str
    neo4j_password: str
    neo4j_database: str | None
    api_token: str | None
    max_file_mb: float
    redis_server: str | None
    falkordb_module: str | None
    # Seconds the embedded graph server stays up after its last user left, so that the next
    # command finds it warm (a large store takes seconds to load); 0 stops it at once.
    graph_linger_s: float = 60.0
    # Web worker processes of `kg serve` (gunicorn); 0 serves from one process with waitress.
    web_workers: int = 2
    keep_uploads: bool = False  # KG_KEEP_UPLOADS=1 keeps web uploads after their ingest (default: deleted)

    @property
    def backend(self) -> str:
        """The graph backend in use: Neo4j when a URI is configured, else the embedded store."""
        return "neo4j" if self.neo4j_uri else "falkordb"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        return cls(
            data_dir=Path(env.get("KG_DATA_DIR") or "data").expanduser().resolve(),
            embed_model=env.get("KG_EMBED_MODEL") or None,
            neo4j_uri=env.get("NEO4J_URI") or None,
            neo4j_user=env.get("NEO4J_USER") or "neo4j",
            neo4j_password=env.get("NEO4J_PASSWORD") or "",
            neo4j_database=env.get("NEO4J_DATABASE") or None,
            api_token=env.get("KG_API_TOKEN") or None,
            max_file_mb=float(env.get("KG_MAX_FILE_MB") or 50),
            redis_server=env.get("KG_REDIS_SERVER") or None,
            falkordb_module=env.get("KG_FALKORDB_MODULE") or None,
            graph_linger_s=max(0.0, float(env.get("KG_GRAPH_LINGER_S") or 60)),
            web_workers=int(env.get("KG_WEB_WORKERS") or (os.cpu_count() or 1)),
            keep_uploads=(env.get("KG_KEEP_UPLOADS") or "").lower() in ("1", "true", "yes"),
        )

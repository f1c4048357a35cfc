"""An Answerer over an ingested corpus, for the ask tests' module fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.ask.answer import Answerer
from kg.config import Settings
from kg.corpus import ingest_into
from kg.store import open_store
from search.index import SearchIndex
from tests.support import live_servers


@contextmanager
def answerer_over(data_dir: Path, folders: list[Path]) -> Iterator[Answerer]:
    """Ingest ``folders`` into ``data_dir`` as `kg ingest` does; afterwards no server may be left."""
    store = open_store(Settings.from_env({"KG_DATA_DIR": str(data_dir), "KG_GRAPH_LINGER_S": "0"}))
    index = SearchIndex(data_dir, None, say=lambda _m: None)
    try:
        ingest_into(store, index, folders, 10**8)
        yield Answerer(store, index)
    finally:
        index.close()
        store.close()
    assert not live_servers(data_dir)

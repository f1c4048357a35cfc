"""An Answerer over an ingested corpus, for the ask tests' module fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
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


@contextmanager
def answerer_over_texts(folder: Path, texts: dict[str, str]) -> Iterator[Answerer]:
    """An Answerer over reports written for a test: ``texts`` maps a file name to its text, written into
    ``folder``/in and ingested into ``folder``/data."""
    (folder / "in").mkdir()
    for name, text in texts.items():
        (folder / "in" / name).write_text(text, encoding="utf-8")
    with answerer_over(folder / "data", [folder / "in"]) as answerer:
        yield answerer


def stating_facts(answerer: Answerer, question: str) -> list[dict[str, Any]]:
    """The facts of a which-regions answer that state the practice (one per stating paragraph)."""
    answer = answerer.ask(question)
    assert answer.interpretation.kind == "which_regions", answer.answer
    return [fact for fact in answer.facts if fact.get("kind") == "STATES_PRACTICE"]


def listed_regions(answerer: Answerer, question: str) -> set[str]:
    """The regions a which-regions answer lists as stating the practice."""
    return {fact["region"] for fact in stating_facts(answerer, question)}

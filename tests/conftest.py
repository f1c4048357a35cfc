"""Shared fixtures: an isolated data directory per test and a check that no server outlives it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.config import Settings

from tests.support import live_servers


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh KG_DATA_DIR; fails the test if a graph server is still running afterwards."""
    path = tmp_path / "data"
    monkeypatch.setenv("KG_DATA_DIR", str(path))
    monkeypatch.setenv("KG_GRAPH_LINGER_S", "0")  # each test checks that no server outlives it
    for name in ("NEO4J_URI", "KG_REDIS_SERVER", "KG_FALKORDB_MODULE"):
        monkeypatch.delenv(name, raising=False)
    yield path
    leftover = live_servers(path)
    for pid in leftover:
        os.kill(pid, 9)
    assert not leftover, f"graph server processes left behind: {leftover}"


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings.from_env()

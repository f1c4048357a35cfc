"""Shared fixtures: an isolated data directory per test and a check that no server outlives it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.config import Settings

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"


def live_servers(data_dir: Path) -> list[int]:
    """Pids of live (not zombie) processes whose command line names this data directory."""
    pids = []
    needle = str(data_dir).encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[-1].split()[0]
        except OSError:
            continue
        if needle in cmdline and b"redis-server" in cmdline and state != "Z":
            pids.append(int(entry.name))
    return pids


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

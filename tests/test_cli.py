"""The kg command line end to end, as a user runs it (subprocesses, real store)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLES, live_servers


def kg(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=300)
    if check and result.returncode not in (0,):
        raise AssertionError(f"kg {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


def test_ingest_samples_is_idempotent_and_survives_a_stop(data_dir: Path) -> None:
    first = json.loads(kg("ingest", str(SAMPLES), "--json").stdout)
    assert first["ingested"] == 5 and first["failed"] == [] and first["reports"] == 5
    assert first["paragraphs"] > 100
    again = json.loads(kg("ingest", str(SAMPLES), "--json").stdout)
    assert again["ingested"] == 0 and again["unchanged"] == 5
    before = json.loads(kg("stats", "--json").stdout)
    kg("graph", "stop")
    after = json.loads(kg("stats", "--json").stdout)
    assert before == after and after["reports"] == 5 and after["paragraphs"] == first["paragraphs"]
    assert after["entities"]["Regulation"] > 0 and after["relationships"]["CITES"] > 0
    assert not live_servers(data_dir)


def test_changed_file_replaces_its_earlier_version(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    target = folder / "report.txt"
    shutil.copy(next(SAMPLES.glob("000_*")), target)
    kg("ingest", str(folder), "--json")
    target.write_text(target.read_text(encoding="utf-8").replace("共计废止文件183件", "共计废止文件184件"), encoding="utf-8")
    result = json.loads(kg("ingest", str(folder), "--json").stdout)
    assert result["ingested"] == 1 and result["reports"] == 1


def test_bad_files_are_reported_and_the_rest_ingested(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(next(SAMPLES.glob("001_*")), folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\xff" * 50)
    result = kg("ingest", str(folder), "--json", check=False)
    assert result.returncode == 3
    summary = json.loads(result.stdout)
    assert summary["ingested"] == 1
    assert {Path(f["path"]).name for f in summary["failed"]} == {"empty.txt", "binary.txt"}
    assert "Traceback" not in result.stderr


def test_extract_prints_the_contract(data_dir: Path) -> None:
    out = json.loads(kg("extract", str(next(SAMPLES.glob("000_*"))), "--json").stdout)
    assert set(out) >= {"source", "text", "metadata", "entities"}
    assert set(out["metadata"]) == {"title", "region", "province", "prefecture", "year", "doc_type", "publisher",
                                    "published"}
    for entity in out["entities"]:
        assert out["text"][entity["start"]:entity["end"]] == entity["text"]
        assert {"type", "text", "name", "start", "end", "paragraph"} <= set(entity)
    relative = [e for e in out["entities"] if e["type"] == "AGENCY" and e["text"].startswith("县政府")]
    assert relative and all(e["name"] == "始兴县人民政府" for e in relative)
    assert not live_servers(data_dir)


def test_every_contract_command_is_in_help() -> None:
    text = kg("--help").stdout
    for command in ("ingest", "extract", "stats", "graph", "serve"):
        assert command in text


def test_unreachable_neo4j_gives_a_clear_error(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    result = kg("stats", "--json", check=False)
    assert result.returncode == 1 and "cannot reach Neo4j" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="Debian's docker-compose is installed by test.sh")
def test_docker_compose_file_is_valid() -> None:
    result = subprocess.run(["docker-compose", "config", "-q"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

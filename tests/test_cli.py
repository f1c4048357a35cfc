"""The kg command line end to end, as a user runs it (subprocesses, real store)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import EVAL, REPO, SAMPLES, live_servers


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


def test_every_contract_command_is_listed_in_help() -> None:
    """Each contract command must appear as a row of click's command list (name at the start of
    an indented line), not merely as a word somewhere in the group's docstring."""
    text = kg("--help").stdout
    listed = {m.group(1) for m in re.finditer(r"^  ([a-z-]+)\s{2,}", text.split("Commands:", 1)[1], re.M)}
    for command in ("ingest", "serve", "search", "ask", "extract", "similar", "stats", "check", "graph"):
        assert command in listed, f"{command} missing from kg --help: {sorted(listed)}"


def test_unreachable_neo4j_gives_a_clear_error(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    result = kg("stats", "--json", check=False)
    assert result.returncode == 1 and "cannot reach Neo4j" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="Debian's docker-compose is installed by test.sh")
def test_docker_compose_file_is_valid() -> None:
    result = subprocess.run(["docker-compose", "config", "-q"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_search_batch_similar_and_check(data_dir: Path, tmp_path: Path) -> None:
    kg("ingest", str(SAMPLES), "--json")
    one = json.loads(kg("search", "法律顾问", "-k", "3", "--province", "广东", "--json").stdout)
    assert {"query", "mode", "model", "hits"} <= set(one) and one["model"].startswith("kg-trained@")
    assert one["match_count"] >= len(one["hits"]) and one["no_match"] is False  # added fields: exact counts
    assert all("法律顾问" in h["text"] for h in one["hits"])
    assert one["hits"] and all(h["province"] == "广东省" for h in one["hits"])
    for field in ("rank", "score", "paragraph_id", "report_id", "source", "title", "region", "province", "year",
                  "section", "text"):
        assert field in one["hits"][0]

    questions = [json.loads(line)["question"] for line in
                 (EVAL / "dev_questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    queries = (questions + ["行政复议", "法律顾问", "规范性文件备案", "行政执法三项制度", "普法"] * 8)[:40]
    modes = ("hybrid", "dense", "lexical")
    batch = tmp_path / "queries.jsonl"
    batch.write_text("\n".join(json.dumps({"id": f"q{i}", "query": q, "mode": modes[i % 3], "k": 5}, ensure_ascii=False)
                               for i, q in enumerate(queries)), encoding="utf-8")
    lines = kg("search", "--batch", str(batch)).stdout.splitlines()
    results = [json.loads(line) for line in lines]
    assert [r["id"] for r in results] == [f"q{i}" for i in range(40)]
    assert all(r["mode"] == modes[i % 3] and 0 < len(r["hits"]) <= 5 for i, r in enumerate(results))

    source = one["hits"][0]
    similar = json.loads(kg("similar", source["paragraph_id"], "-k", "8", "--json").stdout)
    assert similar["hits"] and all(h["region"] != source["region"] for h in similar["hits"])
    assert [g["region"] for g in similar["groups"]] == list(dict.fromkeys(h["region"] for h in similar["hits"]))

    report = json.loads(kg("check", "--json").stdout)
    assert report["ok"] and report["graph_paragraphs"] == report["index_paragraphs"] == report["vectors"]
    bad = kg("similar", "no-such-paragraph", check=False)
    assert bad.returncode == 1 and "no-such-paragraph" in bad.stderr and "Traceback" not in bad.stderr
    kg("graph", "stop")

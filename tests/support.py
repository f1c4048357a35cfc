"""Paths and probes the tests share. Test modules import these from here, not from conftest
(pytest loads conftest itself; importing it as a module runs it a second time under another name)."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from benchmarks.metadata_layouts import set_order

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
# The project's shared evaluation data, copied into the repo so the gates run on a clean clone;
# tests/test_eval_copy.py checks the copies against ../shared/eval wherever that is present.
EVAL = REPO / "tests" / "corpus" / "eval"
# The unseen report sets: reports, gold annotations and answer sets (README, "Evaluation data").
UNSEEN = REPO / "tests" / "corpus" / "unseen"


def unseen_sets(kind: str, since: str = "a") -> tuple[str, ...]:
    """Names of the unseen sets with a committed ``kind`` file (gold_{x}.json or answer_sets_{x}.jsonl),
    from set ``since`` on: a set joins the checks by its file landing, not by an edit to a list. Sets are
    named a to z, then aa, ab…, and come in that order."""
    pattern = re.compile(kind.replace("{x}", r"([a-z]{1,2})").replace(".", r"\."))
    names = (pattern.fullmatch(path.name) for path in UNSEEN.iterdir())
    return tuple(sorted((match.group(1) for match in names if match and set_order(match.group(1)) >= set_order(since)),
                        key=set_order))


def gold_documents(name: str) -> list[dict[str, Any]]:
    """Gold documents of unseen set ``name`` with their report text attached; skips until the gold exists."""
    gold = UNSEEN / f"gold_{name}.json"
    if not gold.exists():
        pytest.skip(f"{gold.name} is not committed yet")
    documents = json.loads(gold.read_text(encoding="utf-8"))["documents"]
    for document in documents:
        document["text"] = (UNSEEN / "reports" / document["doc"]).read_text(encoding="utf-8")
    return documents


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_serve(env: dict[str, str], attempts: int) -> tuple[subprocess.Popen, str]:
    """`kg serve` on a free port of 127.0.0.1, returned once /healthz says ok (checked every half
    second, ``attempts`` times); otherwise the server is killed and the test fails with its stderr."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200 and json.loads(response.read()).get("status") == "ok":
                    return process, base
        except OSError:
            pass
        time.sleep(0.5)
    process.kill()
    pytest.fail(f"kg serve did not answer: {process.stderr.read().decode()[-2000:]}")


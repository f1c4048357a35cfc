"""With --json, every failure prints one {"error": ...} object on stdout (the message also on stderr)
and keeps its exit code: a script reading stdout always gets JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)


@pytest.mark.parametrize(("args", "code", "message"), [
    (["similar", "nosuchid"], 1, "nosuchid"),  # a failure of the command (fail())
    (["search", "行政复议"], 1, "kg ingest"),  # an empty index
    (["search"], 2, "QUERY"),  # a usage error raised by the command
    (["search", "x", "-k", "0"], 2, "-k"),  # a usage error of click's parser
    (["extract", "{missing}"], 2, "does not exist"),
    (["eval", "search", "--questions", "{missing}"], 2, "does not exist"),  # a nested group
])
def test_json_failures_print_one_error_object(data_dir: Path, tmp_path: Path, args: list[str], code: int,
                                               message: str) -> None:
    args = [a.replace("{missing}", str(tmp_path / "missing.txt")) for a in args]
    done = kg(*args, "--json")
    assert done.returncode == code, done.stderr
    error = json.loads(done.stdout)  # the whole of stdout is one object
    assert list(error) == ["error"] and message in error["error"]
    assert error["error"] in done.stderr

    plain = kg(*args)
    assert plain.returncode == code and plain.stdout == "" and error["error"] in plain.stderr


def test_json_error_keeps_chinese_unescaped(data_dir: Path) -> None:
    done = kg("similar", "不存在的段落", "--json")
    assert done.returncode == 1
    assert "不存在的段落" in done.stdout and json.loads(done.stdout)["error"]

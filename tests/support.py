"""Paths and probes the tests share. Test modules import these from here, not from conftest
(pytest loads conftest itself; importing it as a module runs it a second time under another name)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
# The project's shared evaluation data, copied into the repo so the gates run on a clean clone;
# tests/test_eval_copy.py checks the copies against ../shared/eval wherever that is present.
EVAL = REPO / "tests" / "corpus" / "eval"


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

"""scripts/install.sh, run against a stub .venv whose python records its calls instead of installing:
steps are announced, setuptools' editable notice is filtered, and a current install skips pip."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.support import REPO

STUB_PYTHON = """#!/usr/bin/env bash
echo "python $* PYTHONWARNINGS=${PYTHONWARNINGS:-}" >> "$(dirname "$0")/calls.log"
"""


def make_project(tmp_path: Path) -> Path:
    """A copy of the files install.sh reads, with a .venv whose python and kg are stubs."""
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    for name in ("scripts/install.sh", "requirements.txt", "requirements-data.txt", "pyproject.toml"):
        shutil.copy2(REPO / name, project / name)
    bin_dir = project / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").write_text(STUB_PYTHON)
    (bin_dir / "kg").write_text("#!/bin/sh\n")
    (bin_dir / "activate").write_text(f'PATH="{bin_dir}:$PATH"\n')
    for stub in ("python", "kg"):
        (bin_dir / stub).chmod(0o755)
    return project


def run_install(project: Path) -> tuple[str, list[str]]:
    log = project / ".venv" / "bin" / "calls.log"
    log.unlink(missing_ok=True)
    done = subprocess.run(["bash", "scripts/install.sh"], cwd=project, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONWARNINGS": ""})
    assert done.returncode == 0, done.stderr
    return done.stderr, log.read_text().splitlines() if log.exists() else []


def test_install_announces_steps_and_a_second_run_skips_pip(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    stderr, calls = run_install(project)
    steps = [line for line in stderr.splitlines() if line.startswith("[")]
    assert [s[:5] for s in steps] == ["[1/4]", "[2/4]", "[3/4]", "[4/4]"]
    assert any("-r requirements.txt" in c for c in calls)
    assert any("--no-deps -r requirements-data.txt" in c for c in calls)
    editable = [c for c in calls if "-e ." in c]
    assert len(editable) == 1 and "PYTHONWARNINGS=ignore:Editable installation" in editable[0]

    stderr, calls = run_install(project)
    assert calls == [] and "up to date" in stderr and "[1/4]" not in stderr

    with (project / "requirements.txt").open("a") as handle:  # a changed pin installs again
        handle.write("tqdm==4.70.1\n")
    stderr, calls = run_install(project)
    assert "[4/4]" in stderr and any("-r requirements.txt" in c for c in calls)

"""The repo's copies of the shared evaluation data are what the project's shared folder holds.

Why: the extraction and answer gates read tests/corpus/eval so that they run (and can fail) on a
clean clone without ../shared; this test catches a copy that has drifted from the source wherever
the shared folder sits beside the checkout, and otherwise checks the copies are complete.
"""

from __future__ import annotations

import json

import pytest

from tests.support import EVAL, REPO

SHARED = REPO.parent / "shared" / "eval"
FILES = ("seeds_gold.json", "dev_answers.jsonl", "dev_questions.jsonl", "README.md")


@pytest.mark.parametrize("name", FILES)
def test_copy_is_present_and_matches_the_shared_source(name: str) -> None:
    copy = EVAL / name
    assert copy.stat().st_size > 0
    if name.endswith(".json"):
        assert json.loads(copy.read_text(encoding="utf-8"))["documents"]
    elif name.endswith(".jsonl"):
        assert all(json.loads(line) for line in copy.read_text(encoding="utf-8").splitlines() if line.strip())
    if (SHARED / name).exists():
        assert copy.read_bytes() == (SHARED / name).read_bytes(), f"{copy} differs from {SHARED / name}"

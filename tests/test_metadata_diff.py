"""benchmarks.metadata_diff lists the metadata fields a change moved, and reads the development sets only
(a set still held out is not in DEVELOPMENT_SETS until it has been scored)."""

from __future__ import annotations

from benchmarks.metadata_diff import DEVELOPMENT_SETS, changes, report_files
from benchmarks.metadata_layouts import set_of


def test_only_the_fields_that_moved_are_listed() -> None:
    before = {"a.txt": {"region": "南宁市", "year": 2024}, "b.txt": {"region": "渠县", "year": None}}
    after = {"a.txt": {"region": "广西-东盟经济技术开发区", "year": 2024}, "b.txt": {"region": "渠县", "year": None},
             "c.txt": {"region": None}}
    lines = changes(before, after)
    assert len(lines) == 2 and "'南宁市' -> '广西-东盟经济技术开发区'" in lines[0] and "year" not in lines[0]
    assert lines[1] == "c.txt: only after"


def test_only_the_development_sets_are_read() -> None:
    unseen = [path for path in report_files() if path.parent.name == "reports"]
    assert unseen and {set_of(path) for path in unseen} <= set(DEVELOPMENT_SETS)

"""benchmarks.metadata_diff lists the metadata fields a change moved, and never reads set G."""

from __future__ import annotations

from benchmarks.metadata_diff import changes, report_files


def test_only_the_fields_that_moved_are_listed() -> None:
    before = {"a.txt": {"region": "南宁市", "year": 2024}, "b.txt": {"region": "渠县", "year": None}}
    after = {"a.txt": {"region": "广西-东盟经济技术开发区", "year": 2024}, "b.txt": {"region": "渠县", "year": None},
             "c.txt": {"region": None}}
    lines = changes(before, after)
    assert len(lines) == 2 and "'南宁市' -> '广西-东盟经济技术开发区'" in lines[0] and "year" not in lines[0]
    assert lines[1] == "c.txt: only after"


def test_the_held_out_set_is_never_read() -> None:
    unseen = [path.name for path in report_files() if path.parent.name == "reports"]
    assert unseen and {name[0] for name in unseen} <= set("abcdef")

"""benchmarks.metadata_layouts reads the development reports in other layouts, and no held-out set."""

from __future__ import annotations

from pathlib import Path

from benchmarks.metadata_layouts import (BREADCRUMB, DEVELOPMENT_SETS, PORTAL_CHROME, in_numerals, layouts, misfiled,
                                         set_of)


def test_each_layout_puts_the_parts_of_a_report_where_pages_put_them() -> None:
    texts = layouts("标题\n正文", "正文", "标题")
    assert texts == {"stored": "标题\n正文", "body": "正文", "titled": "标题\n正文", "chrome": PORTAL_CHROME + "标题\n正文",
                     "chrome_body": PORTAL_CHROME + "正文", "crumb": BREADCRUMB + "标题\n正文",
                     "numerals": "标题\n正文"}


def test_years_and_dates_are_written_in_chinese_numerals() -> None:
    assert in_numerals("2021年度，（2021—2025年），2022年1月10日，2023年12月31日，第3季度") \
        == "二〇二一年度，（二〇二一—二〇二五年），二〇二二年一月十日，二〇二三年十二月三十一日，第3季度"


def test_a_report_under_portal_chrome_is_filed_as_without_it() -> None:
    text = ("某某县2023年法治政府建设情况报告\n2023年，在市委、市政府的坚强领导下，我县全面推进依法行政，"
            "加快建设法治政府，各项工作取得了新的成效。\n一、主要举措和成效\n全年审查规范性文件12件。")
    gold = {"region": None, "year": 2023, "doc_type": "annual_report"}
    assert misfiled(text, gold) == misfiled(PORTAL_CHROME + text, gold) == []


def test_the_development_sets_are_the_sets_in_the_repository() -> None:
    """A held-out set stays outside the repository until it has been scored; the sets whose reports are here are
    the ones the benchmarks may read, no more and no fewer."""
    reports = Path(__file__).parent / "corpus" / "unseen" / "reports"
    assert set(DEVELOPMENT_SETS) == {set_of(path) for path in reports.glob("*.txt")}

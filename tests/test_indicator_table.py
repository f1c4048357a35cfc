"""Figures arranged by the indicator taxonomy for the region and compare pages (kg/indicator_table.py)."""

from __future__ import annotations

from kg.indicator_table import by_indicator, line_up


def fact(indicator: str, year: int | None, value: float, name: str = "主语") -> dict:
    return {"indicator": indicator, "indicator_name": name, "year": year, "value": value, "name": name}


def test_groups_follow_the_taxonomy_with_other_last_and_years_newest_first() -> None:
    rows = [fact("other", 2021, 1), fact("litigation.loss_rate", 2020, 5), fact("reconsideration.received", 2020, 7),
            fact("reconsideration.received", 2021, 9), fact("retired.id", 2021, 3)]
    groups = by_indicator(rows)
    assert [g["indicator"] for g in groups] == ["reconsideration.received", "litigation.loss_rate", "other", "retired.id"]
    assert groups[0]["name"] == "行政复议收案" and [y["year"] for y in groups[0]["years"]] == [2021, 2020]


def test_line_up_puts_the_same_indicator_and_year_side_by_side_and_never_other() -> None:
    left = [fact("reconsideration.received", 2021, 7), fact("other", 2021, 2)]
    right = [fact("reconsideration.received", 2021, 12), fact("reconsideration.received", 2020, 4),
             fact("other", 2021, 2)]
    table = line_up([left, right])
    assert [(r["indicator"], r["year"]) for r in table] == [("reconsideration.received", 2021),
                                                            ("reconsideration.received", 2020)]
    assert [[f["value"] for f in cell] for cell in table[0]["cells"]] == [[7], [12]]
    assert table[1]["cells"][0] == [] and table[0]["name"] == "行政复议收案"

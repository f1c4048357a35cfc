"""The gazetteer: current divisions from the newer code table, retired ones kept for older reports."""

from __future__ import annotations

from ingest.gazetteer import load, prefer_higher_level


def test_divisions_created_after_2017_are_known_under_their_city() -> None:
    gaz = load()
    for name, city in (("即墨区", "青岛市"), ("红谷滩区", "南昌市"), ("莱芜区", "济南市"), ("郫都区", "成都市")):
        (place,) = gaz.by_name[name]
        assert not place.retired
        assert gaz.chain(place)[1].name == city


def test_renamed_or_merged_divisions_stay_known_as_retired() -> None:
    gaz = load()
    (old,) = gaz.by_name["即墨市"]
    assert old.retired and gaz.chain(old)[1].name == "青岛市"
    (merged,) = gaz.by_name["莱芜市"]
    assert merged.retired and merged.level == "prefecture"


def test_a_current_division_ranks_before_a_retired_namesake() -> None:
    gaz = load()
    current, retired = gaz.by_name["即墨区"][0], gaz.by_name["即墨市"][0]
    assert prefer_higher_level([retired, current]) is current


def test_rows_that_name_no_division_are_left_out() -> None:
    gaz = load()
    assert "新社区" not in gaz.by_name and "海域" not in gaz.by_name  # a township row of 台湾, the sea
    assert [p.level for p in gaz.by_name["北京市"]] == ["province"]  # no prefecture row repeating it
    (district,) = gaz.by_name["渝中区"]
    assert gaz.chain(district)[1].name == "重庆市"

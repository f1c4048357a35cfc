"""The gazetteer: current divisions from the newer code table, retired ones kept for older reports."""

from __future__ import annotations

from ingest.gazetteer import load, prefer_higher_level, short_names


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


def test_current_districts_the_newer_table_leaves_out_stay_current() -> None:
    gaz = load()
    for name in ("江北区", "渝北区"):
        (district,) = [p for p in gaz.by_name[name] if gaz.province_of(p).name == "重庆市"]
        assert not district.retired and gaz.chain(district)[1].name == "重庆市"


def test_a_municipality_s_district_ranks_before_a_prefecture_city_s_namesake() -> None:
    gaz = load()
    for name, municipality in (("江北区", "重庆市"), ("普陀区", "上海市"), ("宝山区", "上海市"), ("和平区", "天津市")):
        assert gaz.province_of(prefer_higher_level(gaz.by_name[name])).name == municipality


def test_rows_that_name_no_division_are_left_out() -> None:
    gaz = load()
    assert "新社区" not in gaz.by_name and "海域" not in gaz.by_name  # a township row of 台湾, the sea
    assert [p.level for p in gaz.by_name["北京市"]] == ["province"]  # no prefecture row repeating it
    (district,) = gaz.by_name["渝中区"]
    assert gaz.chain(district)[1].name == "重庆市"


def test_banners_and_counties_are_known_by_their_abbreviations() -> None:
    """Long banner and county names are abbreviated by keeping characters in order and the level word."""
    gaz = load()
    for short, name in (("科右前旗", "科尔沁右翼前旗"), ("察右后旗", "察哈尔右翼后旗"), ("达茂旗", "达尔罕茂明安联合旗"),
                        ("阿右旗", "阿拉善右旗"), ("喀左县", "喀喇沁左翼蒙古族自治县")):
        place = gaz.abbreviated(short)
        assert place is not None and place.name == name, short
    # one character before the level word stands for several banners; a name is no abbreviation of another
    assert gaz.abbreviated("扎旗") is None and gaz.abbreviated("西平县") is None
    # the characters come from the name before its nations: 三都水族自治县 is 三都县, never 三水县
    assert gaz.abbreviated("三水县") is None
    # ordinary words ending in a level word abbreviate nothing
    assert [w for w in ("全县", "推进县", "各旗县", "本旗", "市县") if gaz.abbreviated(w)] == []


def test_an_abbreviation_is_resolved_within_the_division_given() -> None:
    gaz = load()
    (xingan,) = gaz.by_name["兴安盟"]
    (baotou,) = gaz.by_name["包头市"]
    assert gaz.abbreviation_at("兴安盟科右前旗司法局", 3, xingan)[1].name == "科尔沁右翼前旗"
    assert gaz.abbreviation_at("兴安盟科右前旗司法局", 3, baotou) is None


def test_autonomous_counties_named_after_their_nation_alone_or_several_have_short_forms() -> None:
    """东乡族自治县 is called 东乡县, 龙胜各族自治县 龙胜县, 鄂温克族自治旗 鄂温克旗."""
    gaz = load()
    assert "东乡县" in short_names(gaz.by_name["东乡族自治县"][0])  # also a retired county's name in 江西
    for name, short in (("隆林各族自治县", "隆林县"), ("龙胜各族自治县", "龙胜县"), ("鄂温克族自治旗", "鄂温克旗")):
        assert short in short_names(gaz.by_name[name][0])
        assert gaz.by_level_name[short] == gaz.by_name[name]


def test_abbreviation_starts_hold_every_position_where_an_abbreviation_is_found() -> None:
    """The region scanner tries ``abbreviation_at`` only at these positions: missing one would lose a region."""
    gaz = load()
    text = "学习科右中旗、达茂旗和喀左县的做法，县委县政府在旗县两级推广，科尔沁右翼前旗"
    found = {start for start in range(len(text)) if gaz.abbreviation_at(text, start) is not None}
    assert found and found <= set(gaz.abbreviation_starts(text))
    assert len(gaz.abbreviation_starts(text)) < len(text) // 2


def test_a_prefecture_with_a_four_character_transliterated_name_is_called_by_its_first_character() -> None:
    """巴音郭楞蒙古自治州 is 巴州 and 博尔塔拉蒙古自治州 博州, names of their own that say the level; 西双版纳
    is never 西州 (a direction and 州), and two- or three-character stems keep theirs (昌吉州, 黔西南州)."""
    gaz = load()
    for name, short in (("巴音郭楞蒙古自治州", "巴州"), ("博尔塔拉蒙古自治州", "博州"), ("克孜勒苏柯尔克孜自治州", "克州")):
        assert short in short_names(gaz.by_name[name][0])
        assert gaz.by_level_name[short] == gaz.by_name[name]
    assert "西州" not in short_names(gaz.by_name["西双版纳傣族自治州"][0])
    assert "黔州" not in short_names(gaz.by_name["黔西南布依族苗族自治州"][0])
    assert "昌州" not in short_names(gaz.by_name["昌吉回族自治州"][0])


def test_townships_are_known_by_the_counties_that_hold_them() -> None:
    from ingest.gazetteer import townships

    table, gaz = townships(), load()
    assert [gaz.by_code[code].name for code in table["下蜀镇"]] == ["句容市"]
    assert {"柳江区", "蕉城区"} <= {gaz.by_code[code].name for code in table["三都镇"]}  # namesakes
    assert all(name.endswith(("乡", "镇", "街道")) for name in table)

"""REGION mentions: honours in quotes, prefectures listed by short name, one-character province names."""

from __future__ import annotations

import pytest

from ingest.extract.regions import RegionScanner, townships_in
from ingest.gazetteer import load


@pytest.fixture(scope="module")
def scan():
    gaz = load()
    scanner = RegionScanner(gaz)

    def names(text: str, own: str) -> list[tuple[str, str]]:
        return [(hit.text, hit.place.name) for hit in scanner.scan(text, gaz.by_name[own][0]) if not hit.in_zone_name]
    return names


def test_a_division_name_alone_in_quotes_is_an_honour(scan) -> None:
    assert scan("我县连续三年获评全省“平安区”，青海平安区的经验值得借鉴。", "洛南县") == \
        [("青海", "青海省"), ("平安区", "平安区")]


def test_prefectures_named_by_short_name_count_in_a_list_only(scan) -> None:
    assert scan("学习借鉴嘉兴、绍兴等城市经验做法。", "铜川市") == [("嘉兴", "嘉兴市"), ("绍兴", "绍兴市")]
    assert scan("组织干部赴温州学习。", "铜川市") == []
    assert scan("维护社会稳定和长治久安。", "铜川市") == []


def test_the_own_provinces_one_character_name_where_it_stands_for_it(scan) -> None:
    text = "总书记来陕考察重要讲话精神，推广“陕企通”平台，加强与川渝合作。"
    assert [name for _, name in scan(text, "铜川市")] == ["陕西省", "陕西省"]
    # Another province's character, and the own character in an ordinary word, are no places.
    assert scan("深入贯彻总书记来陕考察重要讲话精神。", "赣州市") == []
    assert scan("入选陕西省法治政府建设示范项目。", "铜川市") == [("陕西省", "陕西省")]


def test_a_run_of_neighbouring_provinces_one_character_names_names_each_in_a_report_of_one(scan) -> None:
    """加入川渝滇黔…执法协作机制 in a 重庆 district's report: 四川, 重庆, 云南 (滇) and 贵州 (黔); in a report of none
    of them the run is left alone, as is the area named after them (粤港澳大湾区) and a run alone in quotes, a brand."""
    assert scan("加入川渝滇黔执法协作机制。", "荣昌区") == [
        ("川", "四川省"), ("渝", "重庆市"), ("滇", "云南省"), ("黔", "贵州省")]
    assert scan("加入川渝滇黔执法协作机制。", "铜川市") == []
    assert scan("对接粤港澳大湾区规则。", "中山市") == []
    assert scan("落实“京津冀”协同发展。", "津南区") == []
    assert scan("市委书记郭宁宁主持召开会议。", "福州市") == []  # (a name repeating one character is no run)
    # a place or a road named after them is one name; a last character opening a word is the word's
    assert scan("依托陕甘宁边区高等法院旧址。", "延安市") == [] and scan("渝黔高速沿线。", "綦江区") == []
    assert scan("鄂豫皖苏区首府。", "六安市") == [("鄂", "湖北省"), ("豫", "河南省"), ("皖", "安徽省")]
    # (the own province's quoted brand, “川…”, does not keep its neighbour out)
    assert scan("推广“川渝通办”。", "成都市") == [("川", "四川省"), ("渝", "重庆市")]


def test_a_short_name_opening_a_new_areas_name_is_the_zones(scan) -> None:
    assert scan("2021年，贵阳市和贵安新区协同推进，浦东新区经验值得借鉴。", "贵阳市") == \
        [("贵阳市", "贵阳市"), ("浦东新区", "浦东新区")]
    assert scan("贵阳在全省率先推行。", "贵阳市") == [("贵阳", "贵阳市")]


def test_a_city_cluster_named_by_first_characters_names_its_cities(scan) -> None:
    # 厦门, 漳州, 泉州 in a 厦门 report; 福州 is named in full.
    assert [name for _, name in scan("深化厦漳泉同城化，与福州市协作。", "厦门市")] == [
        "厦门市", "漳州市", "泉州市", "福州市"]
    # Two characters are no cluster; a cluster without the report's own city is not vouched for.
    assert scan("推进厦漳合作。", "厦门市") == []
    assert scan("推进厦漳泉合作。", "三明市") == []


def test_a_character_of_a_name_already_found_belongs_to_no_cluster(scan) -> None:
    assert scan("县政府聘请广东韶达律师事务所担任法律顾问。", "仁化县") == [("广东", "广东省")]


def test_a_two_character_county_is_a_region_in_its_own_chain_only(scan) -> None:
    assert scan("中共渠县县委、渠县人民政府部署。", "渠县") == [("渠县", "渠县"), ("渠县", "渠县")]
    assert scan("中共渠县县委部署。", "铜川市") == []


def test_a_two_character_county_of_the_own_prefecture_opening_a_bodys_name_is_a_region(scan) -> None:
    # 唐县 and 望都县 are both of 保定; 渠县 is of 达州.
    assert scan("与唐县人民法院、望都县人民法院组织协调。", "望都县") == [("唐县", "唐县"), ("望都县", "望都县")]
    assert scan("中共渠县县委部署。", "达州市") == [("渠县", "渠县")]
    assert scan("与唐县人民法院协调。", "渠县") == []
    # 和县 is of 马鞍山, but 市和县委 is the city's and the counties' committees.
    assert scan("在市和县委的领导下。", "含山县") == []


def test_the_regions_of_set_f_are_found() -> None:
    """Set F (autonomous counties, townships, two-character counties) measured .976 unique F1."""
    from ingest.evaluate import evaluate
    from tests.support import REPO

    unseen = REPO / "tests/corpus/unseen"
    assert evaluate(unseen / "gold_f.json", unseen / "reports").to_dict()["unique"]["REGION"]["f1"] >= 0.97


def test_a_banner_named_by_its_abbreviation_is_a_region_anywhere(scan) -> None:
    assert scan("学习借鉴察右前旗的经验，阿拉善盟阿左旗也建成了公共法律服务中心。", "铜川市") == \
        [("察右前旗", "察哈尔右翼前旗"), ("阿拉善盟", "阿拉善盟"), ("阿左旗", "阿拉善左旗")]


def test_a_cluster_character_two_cities_share_is_the_own_citys(scan) -> None:
    # 呼 begins 呼和浩特 and 呼伦贝尔: in a 呼和浩特 report it is the own city; 乌 (乌海, 乌兰察布) stays open
    assert scan("主动融入呼包鄂乌城市圈建设。", "呼和浩特市") == [
        ("呼", "呼和浩特市"), ("包", "包头市"), ("鄂", "鄂尔多斯市")]


def test_the_border_regions_governance_slogans_name_the_own_province(scan) -> None:
    assert [name for _, name in scan("坚持依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆。", "伊犁哈萨克自治州")] == \
        ["新疆维吾尔自治区"] * 5
    assert scan("坚持团结稳疆、富民兴疆。", "拉萨市") == []


def test_the_scanner_finds_the_same_regions_as_trying_every_position() -> None:
    """``scan`` tries only the positions its automaton proposes; trying every one must find nothing more."""
    gaz = load()
    scanner = RegionScanner(gaz)
    text = ("广东省韶关市始兴县司法局会同科右中旗、海淀区学习银川、固原等城市经验，"
            "兰州新区和全省“平安县”创建，来陕考察，渠县县委，长治久安")
    for context in (None, gaz.lookup("始兴县"), gaz.lookup("渠县"), gaz.lookup("兰州市")):
        proposed = set(scanner._candidate_starts(text))
        chain = {p.code for p in gaz.chain(context)} if context else set()
        hits_anywhere = [pos for pos in range(len(text)) if scanner._full_at(text, pos, context)
                         or scanner._short_at(text, pos, context, chain) or scanner._abbreviation_at(text, pos)
                         or scanner._listed_short_at(text, pos, scanner._own_city(context))]
        assert hits_anywhere and set(hits_anywhere) <= proposed


def test_a_townships_own_name_is_a_region_of_its_report() -> None:
    from ingest.document import RawDocument
    from ingest.pipeline import build_document

    text = ("桃花镇2024年法治政府建设情况报告\n2024年，在仁化县委、县政府的坚强领导下，桃花镇坚持依法行政。\n"
            "现将桃花镇有关情况报告如下。\n")
    doc = build_document(RawDocument(text, "report.txt", "/tests/report.txt"))
    assert [(e.name, e.attrs["level"]) for e in doc.entities if e.type == "REGION" and e.name == "桃花镇"] == [
        ("桃花镇", "township")] * 3


def test_a_place_right_after_a_departments_head_is_a_word_of_the_clause(scan) -> None:
    """县司法局会同县市场监管局: 会同 (together with) and the next body's level word, not 会同县; in the place's own
    report its name stays a name."""
    assert scan("县司法局会同县市场监管局开展检查。", "仁化县") == []
    assert scan("会同县人民政府2021年法治政府建设情况报告", "会同县") == [("会同县", "会同县")]


def test_a_long_quoted_provincial_brand_opens_on_the_province(scan) -> None:
    """“陕政通基层社会治理数字化应用”: a provincial brand's name runs long, its first character still the province."""
    assert [name for _, name in scan("上线“陕政通基层社会治理数字化应用”。", "铜川市")] == ["陕西省"]


def test_a_township_is_named_by_its_shape_where_a_name_may_begin() -> None:
    names = lambda text: [name for _, _, name in townships_in(text)]  # noqa: E731
    assert names("2023年唐家湾镇人民调解委员会获评全国模范。") == ["唐家湾镇"]
    assert names("对县委政法委、珠岙镇等14个单位开展巡察；平顺县龙溪镇龙镇村获表彰。") == ["珠岙镇", "龙溪镇"]
    assert names("以九龙湖镇、骆驼街道为试点。") == ["九龙湖镇", "骆驼街道"]
    # levels, collectives and words of prose are no townships
    assert names("各乡镇、苏木镇、重点镇和特色小镇，召开宁镇扬一体化会议，推进城镇化。") == []
    # nor the report's own (我街道) or a list of kinds of people (社区干部及街道机关干部)
    assert names("现将我街道2022年度工作报告如下。为社区书记及街道机关干部授课。") == []
    assert names("现将街道2025年度法治政府建设工作情况报告如下：") == []
    # nor the town by its pronoun after a year (2021年度本镇), while a town's name after 年度 is one
    assert names("现将本镇2021年度本镇法治政府建设情况报告如下：") == []
    assert names("2021年度桃浦镇法治政府建设情况报告") == ["桃浦镇"]
    # a preposition a name the table knows follows is no part of it (为华新镇…提供保障), a name it opens kept (向阳镇)
    assert names("营商环境持续优化,为华新镇“六位一体”建设提供保障,向阳镇、和平里街道参加。") == ["华新镇", "向阳镇", "和平里街道"]
    # nor bodies listed before a township's own (区委、区政府和镇党委)
    assert names("杨行镇在区委、区政府和镇党委的坚强领导下，在镇人大的监督支持下推进工作。") == ["杨行镇"]
    # nor a clause's words before a level (一是街道…, 并由镇…, 就推进街道…), while a name the table knows is kept
    # though its words are a clause's too (人和街道: 人 and 和), as is a street its town was made (新和镇 → 新和街道)
    assert names("。一是街道党政主要负责人履职,并由镇党委书记任组长,就推进街道法治建设作部署,始终将依法治镇工作摆在首位。") == []
    assert names("，人和街道参加。") == ["人和街道"]
    assert names("，新和街道开展普法活动。") == ["新和街道"]


def test_districts_of_the_own_city_named_by_their_stems_count_in_a_list_only(scan) -> None:
    # (their stems are common words elsewhere: 朝阳产业; and a stem alone names no place)
    assert scan("在“三城一区”和海淀、朝阳等重点区域新建一批国际学校。", "北京市") == [
        ("海淀", "海淀区"), ("朝阳", "朝阳区")]
    assert scan("道里区和宾县率先完成试点工作。", "哈尔滨市") == [("道里区", "道里区"), ("宾县", "宾县")]
    assert scan("培育朝阳产业。", "北京市") == []
    assert scan("海淀、朝阳等重点区域。", "长沙市") == []

"""The issuing region of a report: districts at their own level, namesakes told apart, zones kept as issuers."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.document import RawDocument
from ingest.gazetteer import load, short_names
from ingest.issuer import kind_of
from ingest.metadata import extract_metadata

BODY = "全面推进依法行政，加快建设法治政府，各项工作取得了新的进展和成效。"


def metadata(text: str, **hints: str):
    return extract_metadata(RawDocument(text=text, source="t.txt", origin="/t.txt", hints=hints), clean(text))


def test_a_district_report_is_filed_under_the_district_not_its_city() -> None:
    meta = metadata("上海市徐汇区2019年法治政府建设工作报告\n2019年，在上海市委、市政府的领导下，" + BODY)
    assert (meta.region, meta.prefecture, meta.province, meta.issuer_kind) == ("徐汇区", None, "上海市", "district")
    meta = metadata("杭州市西湖区人民政府关于2018年法治政府建设情况的报告\n" + BODY)
    assert (meta.region, meta.prefecture, meta.province) == ("西湖区", "杭州市", "浙江省")


@pytest.mark.parametrize("parent_words, region, prefecture", [
    ("在北京市委、市政府的领导下，北京市朝阳区", "朝阳区", None),
    ("在长春市委、市政府和吉林省委的领导下，我区", "朝阳区", "长春市"),
])
def test_same_name_districts_are_told_apart_by_the_parent_the_text_names(
        parent_words: str, region: str, prefecture: str | None) -> None:
    meta = metadata("朝阳区2017年依法行政工作总结\n2017年，" + parent_words + BODY)
    assert (meta.region, meta.prefecture, meta.doc_type, meta.year) == (region, prefecture, "summary", 2017)


def test_a_district_named_alone_is_the_municipality_s_namesake() -> None:
    """Nothing names a parent: 江北区 and 普陀区 alone are 重庆's and 上海's, not 宁波's and 舟山's."""
    meta = metadata("江北区2022年法治政府建设情况报告\n2022年，在市委、市政府的领导下，江北区" + BODY)
    assert (meta.region, meta.prefecture, meta.province) == ("江北区", None, "重庆市")
    meta = metadata("普陀区2021年法治政府建设情况报告\n2021年，普陀区" + BODY)
    assert (meta.region, meta.province) == ("普陀区", "上海市")
    meta = metadata("普陀区2021年法治政府建设情况报告\n2021年，在舟山市委的领导下，普陀区" + BODY)
    assert (meta.region, meta.prefecture) == ("普陀区", "舟山市")


def test_the_source_line_of_the_page_tells_namesakes_apart() -> None:
    meta = metadata("来源：龙岩市永定区人民政府办公室\n永定区2023年法治政府建设工作要点\n" + BODY)
    assert (meta.region, meta.prefecture, meta.province) == ("永定区", "龙岩市", "福建省")
    meta = metadata("永定区2023年法治政府建设工作要点\n" + BODY + "\n湖南省张家界市永定区人民政府 主办")
    assert (meta.region, meta.prefecture, meta.doc_type) == ("永定区", "张家界市", "work_plan")


def test_a_district_without_a_title_place_is_found_by_its_self_references() -> None:
    meta = metadata("关于2020年度法治政府建设情况的报告\n2020年，我区在宁波市委的领导下，宁波市江北区" + BODY)
    assert (meta.region, meta.prefecture) == ("江北区", "宁波市")


def test_an_untitled_report_by_a_city_s_district_s_bureau_is_the_district_s() -> None:
    """吴忠市红寺堡区文化旅游体育广电局 opening the text: the district its name goes on to, not the city it opens with."""
    meta = metadata("在区委、区政府的领导下，吴忠市红寺堡区文化旅游体育广电局坚持" + BODY + "现将我局2023年法治政府建设情况报告如下：\n"
                    "一、工作完成情况\n" + BODY)
    assert (meta.region, meta.prefecture, meta.issuer_kind) == ("红寺堡区", "吴忠市", "district")


def test_the_body_the_formula_of_reporting_names_after_what_the_report_follows_is_its_issuer() -> None:
    # the province named in a rule cited before it (《安徽省…办法》) is the rule's, not the report's
    text = ("根据《法治政府建设与责任落实督察工作规定》《安徽省法治政府建设年度报告制定和公开工作办法》规定要求，"
            "现将池州市生态环境局2025年度法治政府建设工作情况报告如下：\n一、主要举措和成效\n我局" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.prefecture, meta.province) == ("池州市", "池州市", "安徽省")


def test_a_whole_area_the_issuer_is_honoured_or_ranked_in_is_not_its_own_level() -> None:
    # 评为全省, 位居全省: the province honours and ranks the county; 全县 is the county's own
    text = ("近日，宁陵县司法局被省司法厅评为全省司法行政系统先进集体，普法工作连续三年位居全省前列。\n"
            "2019年，全县司法行政工作以公共法律服务体系建设为总抓手，河南省商丘市" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.prefecture, meta.province) == ("宁陵县", "商丘市", "河南省")


def test_a_development_zone_is_the_issuer_and_its_division_the_region() -> None:
    meta = metadata("苏州工业园区2021年法治政府建设情况报告\n2021年，园区" + BODY)
    assert (meta.region, meta.issuer_kind) == ("苏州工业园区", "development_zone")
    assert (meta.division, meta.province) == ("苏州市", "江苏省")
    meta = metadata("广州南沙开发区管委会2020年法治政府建设年度报告\n" + BODY)
    assert (meta.region, meta.division, meta.prefecture) == ("南沙开发区", "南沙区", "广州市")


def test_a_zone_is_named_without_the_province_and_city_its_full_style_puts_first() -> None:
    meta = metadata("山东潍坊滨河经济开发区管委会2021年度法治政府建设工作报告\n" + BODY)
    assert (meta.region, meta.prefecture, meta.province) == ("滨河经济开发区", "潍坊市", "山东省")
    meta = metadata("天津经济技术开发区2019年法治政府建设情况报告\n" + BODY)
    assert (meta.region, meta.province) == ("天津经济技术开发区", "天津市")


def test_a_zone_named_by_its_county_s_whole_name_is_styled_with_the_county_s_stem() -> None:
    # (宁河经济开发区 of 宁河区: a zone's style names the division it lies in without 区 or 县)
    meta = metadata("重庆市武隆区工业园区管理委员会关于2020年度法治政府建设情况的报告\n" + BODY)
    assert (meta.region, meta.division, meta.issuer_kind) == ("武隆工业园区", "武隆区", "development_zone")
    meta = metadata("宝应县经济开发区2021年法治政府建设情况报告\n" + BODY)
    assert (meta.region, meta.division) == ("宝应经济开发区", "宝应县")
    # an autonomous county's zone by the county's stem, not its name cut before 县
    meta = metadata("石柱土家族自治县工业园区2022年法治政府建设情况报告\n" + BODY)
    assert (meta.region, meta.division) == ("石柱工业园区", "石柱土家族自治县")


def test_an_industrial_park_is_a_zone_of_its_county() -> None:
    # (产业园区, like 工业园区, is a zone's kind: the park issues its report, not the province a cited rule names)
    meta = metadata("河源东源产业园区管委会2025年法治政府建设年度报告\n依据《广东省法治政府建设年度报告制度工作指引》，"
                    + BODY)
    assert (meta.region, meta.division, meta.prefecture, meta.province, meta.issuer_kind) == (
        "东源产业园区", "东源县", "河源市", "广东省", "development_zone")


def test_a_part_of_a_zone_with_a_committee_of_its_own_is_the_issuer() -> None:
    meta = metadata("甘眉工业园区南区管理委员会2023年度法治政府建设工作报告\n2023年，园区坚持依法行政，" + BODY)
    assert (meta.region, meta.issuer_kind, meta.publisher) == (
        "甘眉工业园区南区", "development_zone", "甘眉工业园区南区管理委员会")
    # (a zone's kind before a part's word that no committee or year follows is the zone alone)
    assert metadata("甘眉工业园区南区建设法治政府年度报告\n2023年，" + BODY).region == "甘眉工业园区"


def test_a_zone_s_body_called_by_the_zone_s_short_name_speaks_for_the_zone() -> None:
    """2022年，前海管理局坚持…: the authority of the zone the text names as 前海合作区 and, once, in full."""
    text = ("2022年，前海管理局坚持依法行政，紧紧围绕《全面深化前海深港现代服务业合作区改革开放方案》推进改革。"
            "前海合作区党工委印发实施方案，前海合作区党工委会议专题研究法治工作。深圳市委全面依法治市办予以指导。")
    meta = metadata(text)
    assert (meta.region, meta.prefecture, meta.issuer_kind) == ("前海深港现代服务业合作区", "深圳市", "development_zone")
    # (a body whose short name opens no zone the text names twice is no zone's)
    assert metadata(text.replace("前海合作区党工委", "党工委")).issuer_kind != "development_zone"


def test_a_zone_called_by_a_national_short_kind_keeps_its_city_in_the_official_style() -> None:
    # (a 高新区 or 经开区 is approved under its city's name: the city stays, where a provincial zone's drops)
    meta = metadata("武汉东湖高新区2021年法治政府建设报告\n" + BODY)
    assert (meta.region, meta.prefecture, meta.issuer_kind) == ("武汉东湖高新技术产业开发区", "武汉市", "development_zone")
    meta = metadata("发布机构: 武汉东湖高新区\n名称: 武汉东湖高新区2021年法治政府建设报告\n2021年，" + BODY)
    assert meta.publisher == "武汉东湖高新技术产业开发区管理委员会"


def test_a_new_town_of_a_new_area_is_a_zone_and_a_new_town_district_a_district() -> None:
    meta = metadata("沣西新城2021年法治政府建设年度报告\n2021年，新城" + BODY)
    assert (meta.region, meta.issuer_kind) == ("沣西新城", "development_zone")
    assert meta.prefecture != "呼和浩特市"  # 沣西 + 新城 is no 新城区
    meta = metadata("西安市新城区2021年法治政府建设年度报告\n" + BODY)
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("新城区", "district", "西安市")


def test_a_district_that_names_only_the_city_above_it_is_filed_under_no_region() -> None:
    # (我区 and 区委 speak for a district; the one place named is where a meeting was held: not the issuer)
    text = ("2023年，区委、区政府深入贯彻落实上级部署，借鉴在遵义市召开的现场推进会经验，我区" + BODY
            + "我区严格落实重大行政决策程序。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.province, meta.prefecture) == (None, "district", "贵州省", None)
    assert meta.region_code is None  # no ISSUED_BY edge to the city
    meta = metadata("2022年，县委、县政府贯彻《成都市法治政府建设实施方案》，全县" + BODY + "全县依法行政水平提升。")
    assert (meta.region, meta.issuer_kind, meta.province) == (None, "county", "四川省")


def test_a_bare_zone_in_the_title_takes_the_name_the_text_gives_it() -> None:
    meta = metadata("高新技术产业开发区2019年法治政府建设工作总结\n2019年，宝鸡高新技术产业开发区" + BODY)
    assert (meta.region, meta.division, meta.province) == ("宝鸡高新技术产业开发区", "宝鸡市", "陕西省")


def test_a_district_named_like_a_zone_stays_a_district() -> None:
    meta = metadata("上海市浦东新区2022年法治政府建设情况报告\n" + BODY)
    assert (meta.region, meta.issuer_kind) == ("浦东新区", "district")


def test_autonomous_prefectures_counties_and_banners() -> None:
    meta = metadata("黔东南苗族侗族自治州2016年法治政府建设工作报告\n" + BODY)
    assert (meta.region, meta.province, meta.issuer_kind) == ("黔东南苗族侗族自治州", "贵州省", "autonomous")
    meta = metadata("长阳土家族自治县2024年法治政府建设工作计划\n" + BODY)
    assert (meta.region, meta.prefecture, meta.doc_type) == ("长阳土家族自治县", "宜昌市", "work_plan")
    gaz = load()
    assert kind_of(gaz.by_name["鄂伦春自治旗"][0]) == "autonomous"
    assert kind_of(gaz.by_name["阜康市"][0]) == "county"


def test_an_autonomous_county_named_as_x_autonomous_county_issues_its_untitled_report() -> None:
    meta = metadata("2022年在县委、县政府的坚强领导下，长阳自治县" + BODY + "长阳自治县获评法治示范县。")
    assert (meta.region, meta.prefecture, meta.year) == ("长阳土家族自治县", "宜昌市", 2022)
    assert "长阳自治县" in short_names(load().by_name["长阳土家族自治县"][0])
    assert metadata("2021年是实施纲要的开局之年，长阳自治县" + BODY).year == 2021


def test_a_text_at_an_autonomous_region_s_level_is_told_by_the_kinds_of_division_it_names() -> None:
    plan = "结合自治区实际，制定本方案。\n" + BODY + "调整完善旗县级以上政府部门权责清单。"
    meta = metadata(plan)
    assert (meta.region, meta.province, meta.doc_type) == ("内蒙古自治区", "内蒙古自治区", "work_plan")
    assert metadata("结合自治区实际，制定本方案。\n" + BODY + "调整完善县级以上政府部门权责清单。").region is None
    assert load().provinces_by_kind()["盟"].name == "内蒙古自治区"


def test_a_township_s_untitled_report_is_the_township_s_in_the_county_it_names() -> None:
    text = ("中共渠县县委、渠县人民政府：\n2025年以来，在县委的领导下，立足全镇实际，落实达州市和渠县部署，"
            "现将某某镇2025年度法治政府建设情况报告如下。\n一、主要举措\n2025年，某某镇坚持" + BODY + "全镇各村推进。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division, meta.prefecture) == ("某某镇", "township", "渠县", "达州市")
    titled = metadata("关于某某乡2023年法治政府建设情况的报告\n" + BODY)
    assert (titled.region, titled.issuer_kind, titled.year) == ("某某乡", "township", 2023)
    assert metadata("全县乡镇2023年法治政府建设情况报告\n" + BODY).issuer_kind != "township"
    town_in_county = "2025年，我县" + BODY + "全县推进。\n某某镇坚持试点，全镇村居覆盖。某某镇获评示范镇。"
    assert metadata(town_in_county).issuer_kind != "township"
    county = metadata("2025年，在县委的领导下，渠县各乡镇" + BODY + "乡镇干部推进，全镇" + BODY)
    assert county.issuer_kind != "township"  # 乡镇 is no township's name


def test_a_township_opening_after_what_its_work_follows_is_the_subject_of_its_untitled_report() -> None:
    text = ("根据中共中央《法治中国建设规划（2020—2025年）》提出的要求，以及市、区的具体部署，2023年，某桥街道以深入学习"
            "贯彻习近平法治思想为核心，" + BODY + "\n一、主要举措\n某桥街道党工委推进依法行政。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind) == ("某桥街道", "township")


def test_a_street_office_reporting_to_its_districts_committee_after_the_time_it_works_in_is_the_issuer() -> None:
    # the addressee above is the district's committee; the subject, after 在…上, is the street's office
    text = ("城中区委全面依法治区委员会:\n在全面建设社会主义现代化国家新征程上,人民街街道办事处坚持以习近平法治思想为根本遵循,"
            "认真贯彻落实《城中区2025年法治政府建设工作要点》要求," + BODY + "现将2025年工作情况总结如下:\n一、全年工作完成情况\n"
            "街道党工委推进依法行政,全街道社区覆盖。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division, meta.prefecture) == ("人民街街道", "township", "城中区", "西宁市")
    assert meta.publisher == "西宁市城中区人民街街道办事处"


def test_a_township_of_a_municipality_lies_in_its_one_district_there_holding_that_name() -> None:
    # (长寿路街道 is also a 乐山市 street; the report names 上海市 and its district only as 区委、区政府)
    text = ("2023年，长寿路街道深入实施上海市法治建设规划以及区委、区政府的部署，" + BODY
            + "\n现将本街道2023年法治政府建设工作报告如下。街道党工委推进依法行政，全街道居民区覆盖。")
    meta = metadata(text)
    assert (meta.region, meta.division, meta.province) == ("长寿路街道", "普陀区", "上海市")


def test_an_ethnic_township_and_the_county_its_page_names_before_it() -> None:
    text = "某山瑶族乡2025年度法治政府建设情况报告\n\n发布时间:2026-02-02 信息来源:辰溪县某山瑶族乡\n\n2025年，某山瑶族乡" + BODY
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division, meta.prefecture) == ("某山瑶族乡", "township", "辰溪县", "怀化市")


def test_a_townships_office_of_its_county_s_government_and_a_county_site_above_its_title() -> None:
    meta = metadata("仁化县人民政府某湖街道办事处关于2022年度法治政府建设情况的报告\n" + BODY)
    assert (meta.region, meta.issuer_kind, meta.division) == ("某湖街道", "township", "仁化县")
    meta = metadata("始兴县人民政府\n某江乡2024年法治政府建设情况报告\n2024年，某江乡" + BODY)
    assert (meta.title, meta.region, meta.issuer_kind) == ("某江乡2024年法治政府建设情况报告", "某江乡", "township")


def test_a_township_whose_name_ends_in_a_level_word_is_one_where_the_division_table_knows_it() -> None:
    meta = metadata("黔江区水市镇人民政府关于2025年法治政府建设工作情况的报告\n2025年，水市镇" + BODY)
    assert (meta.region, meta.issuer_kind, meta.division) == ("水市镇", "township", "黔江区")
    # (the table's 水市镇 is 湖南 宁远县's: a township of that name is known, and the title's county places it)
    # (a collective is none, though a township the table knows opens it: 安全乡镇 is not 安全乡)
    assert metadata("黔江区安全乡镇创建2025年工作情况的报告\n2025年，" + BODY).issuer_kind != "township"


def test_an_untitled_report_naming_its_township_once_as_subject_is_the_townships() -> None:
    meta = metadata("2021年度，在县委、县政府领导下，某溪镇认真贯彻决策部署，" + BODY + "立足我镇实际，我镇推进。")
    assert (meta.region, meta.issuer_kind) == ("某溪镇", "township")


def test_a_short_untitled_report_that_never_speaks_of_its_own_level_is_its_opening_subject_township_s() -> None:
    text = "2023年，某岭镇始终坚持以习近平法治思想为指导，在县司法局的指导下，" + BODY + "法治教育纳入镇、村工作。"
    assert (metadata(text).region, metadata(text).issuer_kind) == ("某岭镇", "township")
    # a county's report opening on one of its towns speaks of itself (全县) somewhere
    assert metadata("2023年，某岭镇率先试点，" + BODY + "全县推广。").issuer_kind != "township"


def test_a_township_report_naming_only_its_county_is_the_one_township_of_that_county_it_names() -> None:
    # (太平镇 is a town of 始兴县 and of some fifty other counties; named once, as no subject, it is the report's own)
    text = ("2023年,我镇始终围绕全镇发展实际,根据始兴县法治政府建设的有关要求,依法全面履行政府职能。" + BODY
            + "以“法治+服务”强化太平镇法治建设,全镇法治氛围浓厚。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division) == ("太平镇", "township", "始兴县")
    # two of its towns named: neither is known to be the report's own
    assert metadata(text + "学习借鉴马市镇经验。").region != "马市镇"


def test_a_township_report_naming_itself_only_in_its_goals_brand_is_that_townships() -> None:
    """法治栎城建设 in a report that says 我乡 and never 栎城乡: the one township of that name the division table
    knows; a brand that is a common word (法治文化建设, though the table holds 文化镇) names none."""
    text = "2024年，在县委、县政府的坚强领导下，我乡坚持依法行政。" + BODY + "明确法治栎城建设的重点任务，我乡法治氛围浓厚。"
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division, meta.province) == ("栎城乡", "township", "新蔡县", "河南省")
    assert metadata(text.replace("栎城", "文化").replace("我乡", "我镇")).region != "文化镇"
    # nor a division's name or an adjective (法治湖南建设: the province's goal, though 湖南乡 exists; 法治幸福建设)
    for brand in ("湖南", "朝阳", "幸福"):
        assert metadata(text.replace("栎城", brand)).region != brand + "乡", brand


def test_a_street_naming_itself_by_its_level_alone_and_its_stem_before_its_goal_is_that_street() -> None:
    """街道按照…, 街道建立…: a street's report calling itself by its level as the subject of what it does, more
    often than 全县, and naming itself only before its goal (开创夔门法治建设新局面): 夔门街道 of the county it names.
    Its bodies (街道党工委, 街道办事处) are named of streets in a county's report too, and are no subject so."""
    text = ("2023年，街道认真落实《奉节县法治政府建设实施方案》，围绕全县中心工作依法履职。" + BODY
            + "街道建立法律顾问制度，开创夔门法治建设新局面。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division) == ("夔门街道", "township", "奉节县")
    county = ("2023年，全县认真落实《奉节县法治政府建设实施方案》，全县依法履职。" + BODY
              + "各街道党工委依法履职。街道办事处依法履职，街道综合文化站开放。")
    assert metadata(county).issuer_kind == "county"
    # the tail of a longer name before the goal is no township's stem (济南市: 南市, though 南市街道 exists)
    text = "2023年，街道认真落实《历下区法治政府建设实施方案》。" + BODY + "街道建立法律顾问制度，为济南市法治建设贡献力量。"
    assert metadata(text).region != "南市街道"


def test_a_preposition_before_a_common_noun_ending_in_a_level_is_no_township() -> None:
    """在圩镇部门、商铺…宣传: 在 (in) and 圩镇 (the market town), no town's name; the town that never names itself
    lies in the district it names."""
    text = ("2021年,我镇在云安区委、区政府的坚强领导下,全面依法行政。" + BODY + "本镇组织普法进校园、进企业等,"
            "在圩镇部门、商铺、各村居的电子显示屏滚动播放法治标语。本镇法治氛围浓厚。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("云安区", "township", "云浮市")


def test_a_street_opening_the_text_right_after_its_year_is_the_subject_of_its_untitled_report() -> None:
    """2022年南星街道法治政府建设工作,深入贯彻…: the street opens the sentence as a title would, with no comma after the
    year; the county holding it (by the division table) is its region's."""
    text = "2022年南星街道法治政府建设工作,深入贯彻党的二十大精神," + BODY + "南星街道全面落实各项法治建设部署,全省率先出台办法。"
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division, meta.prefecture) == ("南星街道", "township", "上城区", "杭州市")
    # (a common phrase there, named once, is no township: the town the text names twice is the report's)
    text = "2023年统筹城乡发展，全乡坚持依法行政。" + BODY + "水宽乡组织执法培训，水宽乡推进法治。"
    assert metadata(text).region == "水宽乡"


def test_a_town_led_by_a_zone_and_never_named_is_filed_under_the_county_it_names_at_the_towns_level() -> None:
    """在某新区党工委、管委会的领导下，我镇…: the zone leads the town and is no subject; the town, never named, lies in
    the county whose notice it reports under, the most precise place it gives."""
    text = ("在金水新区党工委、管委会的领导下,我镇持续深化法治政府建设实践。根据《新蔡县法治政府建设年度报告工作规定的通知》"
            "要求,现将我镇2024年法治政府建设情况报告如下。\n一、压实责任\n" + BODY + "全镇协同推进。\n")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division, meta.township) == ("新蔡县", "township", "新蔡县", None)
    # (a zone's own report names its zone in that clause: the zone, without the 在 before it)
    zone = metadata("2023年，在南宁五象新区党工委、管委会的正确领导下，我区坚持依法行政。" + BODY + "\n一、主要做法\n区党工委高度重视。")
    assert (zone.region, zone.issuer_kind, zone.prefecture) == ("五象新区", "development_zone", "南宁市")


def test_the_opening_subject_township_outweighs_phrases_ending_in_its_level() -> None:
    # (立足街道 and 融入到街道 end in 街道 as subjects of clauses too; the opening's subject is the street)
    text = ("2025年,某杏大街街道在文峰区委、区政府的正确领导下,紧紧围绕基层治理,立足街道、社区基层实际,把法治建设融入到街道"
            "日常工作," + BODY + "为全街道营造良好法治环境。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division, meta.prefecture) == ("某杏大街街道", "township", "文峰区", "安阳市")


def test_a_zone_run_with_a_township_lies_where_the_township_does() -> None:
    # (南朗 is a 镇 in the division table, made a street since; the text names its province only)
    meta = metadata("翠亨新区(南朗街道)2025年法治政府建设年度报告\n2025年,翠亨新区(南朗街道)" + BODY + "落实广东部署。")
    assert (meta.region, meta.issuer_kind, meta.prefecture, meta.province) == (
        "翠亨新区", "development_zone", "中山市", "广东省")


def test_a_container_hint_is_disambiguated_like_a_title() -> None:
    meta = metadata("2021年，舟山市普陀区" + BODY, region="普陀区")
    assert (meta.region, meta.prefecture) == ("普陀区", "舟山市")


def test_the_title_is_the_line_naming_the_genre_and_a_year_or_place_under_page_chrome() -> None:
    meta = metadata("政务公开\n部门文件\n南京市鼓楼区2022年度法治政府建设情况报告\n" + BODY)
    assert (meta.title, meta.region, meta.doc_type) == ("南京市鼓楼区2022年度法治政府建设情况报告", "鼓楼区",
                                                        "annual_report")


def test_a_years_account_with_next_years_plans_is_a_summary() -> None:
    meta = metadata("江山市2018年依法行政工作情况及2019年工作打算\n" + BODY)
    assert (meta.doc_type, meta.year) == ("summary", 2018)


def test_the_year_of_a_cited_document_does_not_date_the_report() -> None:
    meta = metadata("德清县贯彻落实《法治政府建设实施纲要（2015—2020年）》2018年度情况报告\n" + BODY)
    assert meta.year == 2018
    assert metadata("德清县关于印发《2019年度法治政府建设工作计划》的通知\n" + BODY).year == 2019


def test_a_page_label_with_a_time_dates_the_report() -> None:
    meta = metadata("德清县2021年法治政府建设情况报告\n发布于:2022-01-20 10:31:05\n" + BODY)
    assert meta.published == "2022-01-20"


def test_a_sites_tag_before_the_title_is_no_part_of_it() -> None:
    meta = metadata("【政务公开】浙江省2019年法治政府建设情况报告\n" + BODY)
    assert (meta.title, meta.region, meta.year) == ("浙江省2019年法治政府建设情况报告", "浙江省", 2019)


def test_a_title_broken_over_two_lines_is_joined() -> None:
    meta = metadata("首页 >> 信息公开\n\n赣江新区管理委员会关于报送\n《赣江新区2021年度法治政府建设情况》的报告\n" + BODY)
    assert meta.title == "赣江新区管理委员会关于报送《赣江新区2021年度法治政府建设情况》的报告"
    assert (meta.region, meta.issuer_kind, meta.year) == ("赣江新区", "development_zone", 2021)


def test_an_untitled_text_built_as_an_annual_report_is_one() -> None:
    opening = "2021年，在县委的坚强领导下，南召县" + BODY
    assert metadata(opening + "现将有关情况报告如下：\n一、加强组织领导").doc_type == "annual_report"
    assert metadata(opening + "\n一、主要举措和成效\n（一）健全制度").doc_type == "annual_report"
    assert metadata(opening + "\n一、重点工作推进情况\n（一）健全制度").doc_type == "annual_report"
    assert metadata(opening + "\n一、加强组织领导\n（一）健全制度").doc_type == "article"
    # a page that ran it into one line keeps a space before each heading
    assert metadata(opening + " 一、主要举措和成效 （一）健全制度").doc_type == "annual_report"
    assert metadata(opening + "全县上下取得积极成效。").doc_type == "article"


def test_a_body_s_name_on_its_own_line_or_an_index_line_is_no_title() -> None:
    layout = "\n2025年，某市交通运输局坚持以习近平法治思想为指导，" + BODY + "\n一、主要举措\n（一）健全制度"
    meta = metadata("某市交通运输局" + layout)
    assert (meta.title, meta.doc_type) == (None, "annual_report")
    index = "- 索 引 号:QZ030101-0200-2026-00002\n- 备注/文号:泉洛政文〔2026〕3号\n- 公文生成日期:2026-01-16\n区人大常委会:\n"
    meta = metadata(index + "2025年，洛江区坚持以习近平新时代中国特色社会主义思想为指导，" + BODY + "\n一、主要举措")
    assert (meta.title, meta.doc_type, meta.published) == (None, "annual_report", "2026-01-16")


def test_a_region_s_rule_of_law_work_as_subject_of_the_opening_formula_is_its_own_account() -> None:
    text = "2024年，某市法治政府建设各项工作坚持以习近平法治思想为指导，" + BODY + "\n一、坚持以习近平法治思想为指引\n（一）健全制度"
    assert metadata(text).doc_type == "annual_report"


def test_an_untitled_text_is_typed_by_what_its_opening_and_headings_say_of_it() -> None:
    plan = "为深入推进依法行政，结合自治区实际，制定本方案。\n一、健全政府机构职能体系\n" + BODY
    assert metadata(plan).doc_type == "work_plan"
    reprint = "近日，市委、市政府印发了《某某市法治政府建设实施方案》。\n为全面建设法治政府，结合我市实际，制定本实施方案。"
    assert metadata(reprint + "\n" + BODY).doc_type == "work_plan"
    summary = "2024年，某某区司法行政系统" + BODY + "\n一、2024年工作总结\n（一）坚持党建引领\n" + BODY
    assert metadata(summary).doc_type == "summary"
    own = "2017年，某某市政府" + BODY + "\n一、依法全面履行政府职能\n（一）推进职能转变。我市" + BODY
    assert metadata(own).doc_type == "annual_report"
    # the 2021–2025 outline's tasks, worded in the report's own way
    own = "2022年，某某市紧紧围绕法治政府建设实施纲要，" + BODY + "\n一、加强统筹谋划\n二、优化政府机构职能，提高行政效能\n" + BODY
    assert metadata(own).doc_type == "annual_report"
    news = "2024年，某某市" + BODY + "\n坚持立法先行，某某市" + BODY
    assert metadata(news).doc_type == "article"  # no sections, no 我市: a reporter's account


def test_two_character_names_in_running_text_are_not_the_issuer() -> None:
    meta = metadata("2020年，我县认真落实省委和县委的决策部署，" + BODY)
    assert meta.region is None


def test_index_lines_with_several_keys_give_the_source_and_date() -> None:
    meta = metadata("首页 -> 政务公开 -> 部门文件 -> 工作报告 -> 年度报告\n信息来源:区司法局 发布日期: 2022-03-08 浏览次数:9\n"
                    "梅江区2021年法治政府建设情况报告\n" + BODY)
    assert (meta.region, meta.publisher, meta.published) == ("梅江区", "梅州市梅江区司法局", "2022-03-08")
    meta = metadata("时间:2020年02月11日来源:司法局\n梅州市2019年法治政府建设情况报告\n" + BODY)
    assert (meta.publisher, meta.published) == ("梅州市司法局", "2020-02-11")


def test_a_speech_subtitle_dates_the_report() -> None:
    meta = metadata("梅江区人民政府关于2021年法治政府建设情况的报告\n——2022年4月20日在梅江区人民代表大会常务委员会会议上\n" + BODY)
    assert (meta.published, meta.publisher) == ("2022-04-20", "梅州市梅江区人民政府")


def test_a_district_stem_is_a_region_in_its_own_reports_only() -> None:
    from ingest.pipeline import build_document

    def regions(text: str) -> set[str]:
        doc = build_document(RawDocument(text=text, source="t.txt", origin="/t.txt"))
        return {e.name for e in doc.entities if e.type == "REGION"}

    sentence = "2021年，鼓楼法院与鼓楼公安分局联合开展普法宣传，全面推进依法行政，建设法治政府。"
    assert "鼓楼区" in regions("南京市鼓楼区2021年法治政府建设情况报告\n" + sentence)
    assert "鼓楼区" not in regions("浦口区2021年法治政府建设情况报告\n" + sentence)


def test_a_zone_report_is_stored_with_its_kind_and_issued_by_its_division(settings) -> None:
    from kg.graph import write_document
    from kg.store import open_store
    from ingest.pipeline import build_document

    doc = build_document(RawDocument(text="广州南沙开发区2020年法治政府建设年度报告\n2020年，" + BODY,
                                     source="z.txt", origin="/z.txt"))
    store = open_store(settings)
    try:
        write_document(store, doc)
        rows = store.run("MATCH (r:Report {id: $id})-[:ISSUED_BY]->(g:Region) "
                         "RETURN r.region AS region, r.issuer_kind AS kind, r.division AS division, g.name AS g",
                         {"id": doc.id})
    finally:
        store.close()
    assert rows == [{"region": "南沙开发区", "kind": "development_zone", "division": "南沙区", "g": "南沙区"}]


def test_a_place_inside_a_quoted_title_is_not_the_issuer_when_one_is_named_outside() -> None:
    meta = metadata("湖州市司法局关于推广《长兴县2021年法治政府建设示范创建方案》的通知\n" + BODY)
    assert (meta.region, meta.prefecture, meta.issuer_kind) == ("湖州市", "湖州市", "prefecture")
    meta = metadata("关于印发《湖州市2021年法治政府建设工作要点》的通知\n" + BODY)
    assert meta.region == "湖州市"


def test_district_stems() -> None:
    gaz = load()
    from ingest.gazetteer import district_stem

    assert [district_stem(gaz.by_name[n][0]) for n in ("海淀区", "浦东新区", "顺河回族区", "城区", "阜康市")] == \
        ["海淀", "浦东", "顺河", None, None]


def test_a_division_the_title_names_beats_a_zone_the_page_lists_as_publisher() -> None:
    text = ("发布机构: 厦门火炬高新区管委会办公室、厦门市湖里区人民政府办公室\n"
            "厦门市湖里区人民政府办公室关于印发湖里区2022年依法行政工作要点的通知\n" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.prefecture, meta.issuer_kind) == ("湖里区", "厦门市", "district")
    assert meta.publisher == "厦门市湖里区人民政府办公室"


@pytest.mark.parametrize("parent_words, publisher", [
    ("在北京市委、市政府的领导下，", "北京市朝阳区人民政府"),
    ("在长春市委、市政府和吉林省委的领导下，", "长春市朝阳区人民政府"),
])
def test_a_district_publisher_is_named_with_its_city(parent_words: str, publisher: str) -> None:
    """As agencies are: the title's 朝阳区人民政府 alone names two governments."""
    meta = metadata("朝阳区人民政府2021年法治政府建设年度报告\n2021年，" + parent_words + "朝阳区" + BODY)
    assert meta.publisher == publisher
    # a county, or a name already carrying its city, is left as written
    assert metadata("杭州市西湖区司法局2018年法治政府建设情况报告\n" + BODY).publisher == "杭州市西湖区司法局"


@pytest.mark.parametrize("title, publisher", [
    ("昌吉州人民政府2024年度法治政府建设情况报告", "昌吉回族自治州人民政府"),
    ("酉阳县司法局2021年法治政府建设工作情况报告", "酉阳土家族苗族自治县司法局"),
])
def test_an_autonomous_areas_publisher_takes_its_full_name(title: str, publisher: str) -> None:
    """A title may name the area by its customary short name; the publisher is its official name, as agencies are."""
    assert metadata(title + "\n" + BODY).publisher == publisher


@pytest.mark.parametrize("title, publisher", [
    ("乌鲁木齐县人民政府2022年法治政府建设情况报告", "乌鲁木齐县人民政府"),
    ("兰州新区管理委员会2022年法治政府建设情况报告", "兰州新区管理委员会"),
])
def test_a_name_that_goes_on_past_a_short_name_is_left_as_written(title: str, publisher: str) -> None:
    """乌鲁木齐 is the city's short name, but 乌鲁木齐县 is a county of its own; 兰州新区 is a zone."""
    assert metadata(title + "\n" + BODY).publisher == publisher


def test_a_zone_whose_division_is_unknown_keeps_its_name_and_no_guess() -> None:
    meta = metadata("某某新区2022年度法治政府建设工作报告\n2022年，新区" + BODY + "新区荣获全省“平安区”称号。")
    assert (meta.region, meta.issuer_kind) == ("某某新区", "development_zone")
    assert (meta.province, meta.prefecture, meta.region_code) == (None, None, None)


def test_a_zone_in_a_municipality_lies_in_the_one_municipality_its_text_names() -> None:
    # (the city a zone calls 市 is a province-level one here, which its short name alone may name)
    text = "2024年，新区深学笃行习近平总书记视察重庆重要讲话精神，认真落实市委、市政府决策部署，" + BODY
    meta = metadata("两江新区2024年度法治政府建设情况报告\n" + text)
    assert (meta.region, meta.issuer_kind, meta.province, meta.prefecture) == ("两江新区", "development_zone", "重庆市", None)
    # two municipalities named: neither is taken
    meta = metadata("两江新区2024年度法治政府建设情况报告\n" + text + "学习借鉴上海、北京经验。")
    assert meta.province is None


def test_a_district_named_only_by_its_stem_is_confirmed_by_its_province() -> None:
    text = "2021年，区政府办" + BODY + "“甘快办”定西安定分厅上线，全区办件量增长。"
    meta = metadata(text + "现将有关情况报告如下：")
    assert (meta.region, meta.prefecture, meta.province) == ("安定区", "定西市", "甘肃省")
    # Without the province named, a stem alone is no evidence.
    assert metadata("2021年，区政府办" + BODY + "定西安定分厅上线，全区办件量增长。").region is None


def test_an_untitled_report_whose_opening_sentence_has_a_zone_as_subject_is_the_zone_s() -> None:
    text = ("2022年，在市委、市政府的坚强领导下，杭州钱塘经济技术开发区坚持" + BODY
            + "\n一、主要举措\n杭州钱塘经济技术开发区出台行政执法公示办法。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.province) == ("钱塘经济技术开发区", "development_zone", "浙江省")


def test_a_zone_named_once_as_the_subject_is_the_issuer_where_the_report_calls_itself_by_its_name() -> None:
    # (洋山党委, 洋山管委会: a zone's report calls itself by its name without the kind; 综保区 is 综合保税区 shortened)
    text = ("2023年，在市委、市政府的正确领导下，洋山综保区坚持" + BODY + "\n一、主要工作\n洋山党委深入学习法律法规。"
            "洋山管委会推进依法行政，推动洋山法治建设。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind) == ("洋山综合保税区", "development_zone")
    # its name not repeated either: a zone in passing, no issuer
    assert metadata("2023年，洋山综保区坚持" + BODY + "\n一、主要工作\n推动法治政府建设。").region is None


def test_a_zone_named_once_as_the_subject_with_its_bureau_is_the_issuer_and_the_bureau_its_publisher() -> None:
    """2025年,金普新区卫生健康局在党工委、管委会的坚强领导下…: the zone's bureau speaks for its part of the zone's work,
    though the zone is named once and calls itself 新区 less often than ``_SELF_BY_KIND``."""
    text = ("新区党工委、管委会:\n2025年,金普新区卫生健康局在党工委、管委会的坚强领导下,扎实推进法治政府建设。" + BODY
            + "\n一、主要举措\n为新区卫生健康事业发展提供法治保障。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.publisher) == ("金普新区", "development_zone", "金普新区卫生健康局")
    # (the zone in passing, before another clause's subject, is none; nor a clause running into a zone's kind, nor a
    # word ending in 局)
    assert metadata("2025年,金普新区卫生健康局的同志来访," + BODY + "\n一、主要举措\n推进法治。").region is None
    town = metadata("2023年，我镇积极配合高新区税务局开展税收普法，" + BODY + "宁安镇党委高度重视。宁安镇组织学习。全镇推进。")
    assert (town.region, town.publisher) == ("宁安镇", None)
    assert metadata("2023年，洋山综保区坚持服务发展大局，" + BODY).region is None


def test_a_zone_named_once_as_the_subject_is_the_issuer_where_the_report_calls_itself_by_its_kind() -> None:
    # (新区法检两院, 新区发展所需: a zone's report speaks of itself by its kind; 西咸 pairs 西安 and 咸阳)
    text = ("2024年西咸新区坚持" + BODY + "新区法检两院落地运行。\n一、主要工作\n聚焦新区发展所需，推动新区法治政府建设。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.province, meta.prefecture) == ("西咸新区", "development_zone", "陕西省",
                                                                               "西安市")
    # named once, its kind not repeated: a zone in passing, no issuer
    assert metadata("2024年西咸新区坚持" + BODY + "\n一、主要工作\n推动法治政府建设。").region is None


def test_a_zone_named_for_two_partners_keeps_both_and_its_defined_short_name_counts_as_named_again() -> None:
    text = ("2024年，广西-某某经济技术开发区（以下简称“广西-某某经开区”）在钦州市委的领导下" + BODY
            + "\n一、主要举措\n广西-某某经开区出台行政执法公示办法。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("广西-某某经济技术开发区", "development_zone", "钦州市")


def test_words_saying_what_was_done_with_a_zone_are_no_zone_name() -> None:
    # (积极配合新区进行…: an adverb and a verb before 新区, a street helping its new area, not a zone called 积极配合)
    text = ("一、主要举措\n积极配合新区进行综合窗口改革，" + BODY + "按照新区编办要求调整机构。\n"
            "根据新区行政规范性文件审核要求开展合法性审核。配合新区完成重大行政决策事项年度目录公开。")
    assert metadata(text).region is None


def test_a_zones_own_bodies_opening_an_untitled_report_name_its_issuer_though_named_once() -> None:
    text = "2023年，宜昌经济技术开发区党工委、管委会在市委、市政府坚强领导下，坚持" + BODY + "全区推进。"
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("宜昌经济技术开发区", "development_zone", "宜昌市")


def test_a_zone_calling_itself_by_its_bare_kind_is_the_one_zone_of_that_kind_it_names_though_once() -> None:
    """(a made-up park: its report says 园区 and names itself once, in its plan's title)"""
    text = ("2022年，园区坚持" + BODY + "印发《扬州工业园区法治政府建设实施方案》，园区推进法治建设。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("扬州工业园区", "development_zone", "扬州市")
    # two parks of that kind named: neither is taken
    assert metadata(text + "学习苏州工业园区经验。").issuer_kind != "development_zone"
    # the bare word said once only: not how a zone speaks of itself
    assert metadata("2022年，园区建设有序推进。扬州工业园区" + BODY).issuer_kind != "development_zone"


def test_a_zones_stem_is_a_place_inside_the_parent_its_name_opens_with() -> None:
    """海安 is a county of 江苏; in a zone named 上海海安… it is no parent (a made-up zone: no such place in 上海)."""
    meta = metadata("上海海安高新区2021年法治政府建设年度报告\n\n2021年，高新区坚持" + BODY + "高新区推进法治建设。")
    assert meta.issuer_kind == "development_zone" and meta.province == "上海市"


def test_a_zone_named_once_in_an_untitled_report_is_not_its_issuer() -> None:
    meta = metadata("2022年，示范园区管委会统筹，某某高新区配合" + BODY + "全县推进。")
    assert meta.issuer_kind != "development_zone"


def test_an_untitled_report_of_a_zone_calling_itself_by_its_kind_takes_the_city_s_style() -> None:
    text = ("2022年，高新区坚持" + BODY + "高新区全力服务法治惠州建设，在惠州市委的领导下推进。"
            + "\n一、主要举措\n高新区出台行政执法公示办法。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("惠州高新技术产业开发区", "development_zone", "惠州市")


def test_a_report_naming_its_banner_by_abbreviation_is_the_banners() -> None:
    meta = metadata("苏右旗2023年法治政府建设情况报告\n2023年，锡林郭勒盟苏右旗" + BODY)
    assert (meta.region, meta.prefecture, meta.province, meta.issuer_kind) == \
        ("苏尼特右旗", "锡林郭勒盟", "内蒙古自治区", "county")
    meta = metadata("2023年，在盟委、盟行政公署的领导下，锡林郭勒盟苏右旗" + BODY + "全旗" + BODY)
    assert meta.region == "苏尼特右旗"


def test_a_zone_after_the_titles_year_issues_the_report() -> None:
    """Titles put the year first for zones as for divisions (2024年度鄞州区…): the zone is still the issuer,
    never the district around it that the text names."""
    meta = metadata("2023年苏州工业园区法治政府建设情况报告\n2023年，园区按照江苏省、苏州市决策部署，" + BODY)
    assert (meta.region, meta.issuer_kind, meta.prefecture, meta.province) == \
        ("苏州工业园区", "development_zone", "苏州市", "江苏省")


def test_an_untitled_text_naming_only_its_regions_campaign_is_that_regions() -> None:
    """建设法治X names the region's own rule-of-law building: with 我区 it is the district of that name."""
    text = "2024年，区司法局深入贯彻习近平法治思想，我区" + BODY + "研究提出法治西峰建设新举措，全区" + BODY
    assert (metadata(text).region, metadata(text).prefecture) == ("西峰区", "庆阳市")
    # the text's own level decides: a city's text (我市) does not take a district of that name
    assert metadata(text.replace("区", "市")).region is None


def test_a_new_area_named_by_two_cities_first_characters_lies_in_the_leading_city() -> None:
    meta = metadata("贵安新区2022年度法治政府建设工作报告\n2022年，新区" + BODY)
    assert (meta.region, meta.issuer_kind, meta.prefecture, meta.province) == \
        ("贵安新区", "development_zone", "贵阳市", "贵州省")


def test_the_government_opening_an_untitled_text_gives_its_level() -> None:
    """An addressee line names the body reported to; the subject of the opening sentence is the issuer's
    government, whose level decides between the city the text names and the district itself."""
    text = ("杭州市人民政府：\n2022年是开局之年，西湖区政府在市委、市政府和区委的正确领导下，" + BODY
            + "杭州市" + BODY + "杭州市" + BODY + "落实西湖区" + BODY)
    assert (metadata(text).region, metadata(text).prefecture) == ("西湖区", "杭州市")


def test_a_party_committee_and_government_opening_an_untitled_text_give_its_level() -> None:
    """2019年，长沙市委、市政府深入…: the pair is the subject, at the city's level, though the text says 全省
    once; 按照市委、市政府关于…的要求 is no subject but the instruction followed."""
    text = "2019年，长沙市委、市政府深入" + BODY + "在全省率先" + BODY + "长沙市" + BODY
    assert metadata(text).region == "长沙市"
    text = "按照市委、市政府关于法治建设的要求，我区坚持" + BODY + "长沙市" + BODY + "长沙市" + BODY + "岳麓区" + BODY
    assert metadata(text).region == "岳麓区"


def test_an_untitled_district_text_naming_only_its_city_in_full_is_the_district_it_names_by_stem() -> None:
    text = "2019年，区政府坚持" + BODY + "按照《广州市法治政府建设规划》，推进番禺法治建设，全区" + BODY
    assert (metadata(text).region, metadata(text).prefecture) == ("番禺区", "广州市")


def test_a_province_naming_itself_by_short_name_is_found() -> None:
    text = "2020年，在党中央、国务院的坚强领导和省委的直接领导下，省政府坚持" + BODY + "落实总书记关于江西工作的重要要求。"
    assert (metadata(text).region, metadata(text).issuer_kind) == ("江西省", "province")
    text = "在党中央的坚强领导下，自治区认真落实" + BODY + "坚持依法治藏，推进法治西藏建设。"
    assert metadata(text).region == "西藏自治区"


def test_a_zone_committee_that_defines_its_short_name_issued_the_untitled_report() -> None:
    text = ("2023年，某某经济技术开发区管理委员会（简称经开区管委会）坚持" + BODY + "按照某某市、某某区决策部署，"
            + "经开区管委会" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind) == ("某某经济技术开发区", "development_zone")


def test_the_division_opening_an_untitled_text_as_its_subject_issued_it() -> None:
    """A report speaks of its issuer first, though it names its city more often (在十堰市委…领导下)."""
    text = ("2018年，丹江口市在十堰市委、市政府的正确领导下，在十堰市政府法制办的指导下，" + BODY
            + "全市" + BODY + "按照十堰市要求，" + BODY)
    assert (metadata(text).region, metadata(text).prefecture) == ("丹江口市", "十堰市")
    text = "2024年，在省委、市委的正确领导下，上城区深入学习贯彻习近平法治思想，" + BODY + "杭州市" + BODY + "浙江省"
    assert (metadata(text).region, metadata(text).prefecture) == ("上城区", "杭州市")


def test_a_rank_in_the_city_is_no_area_the_text_calls_its_own() -> None:
    """斩获3项全市第一, 稳居全市前列, 全市首个: the whole city is where the district ranks, not its own area; the district
    opening the text as its subject issued it."""
    text = ("2025年，云城区坚持以习近平新时代中国特色社会主义思想为指导，" + BODY + "全区" + BODY + "斩获3项全市第一，稳居全市"
            "前列。成为全市首个省级特色产业集群，率先实现全市数据登记零突破，推动“云浮豉油膏”地理标志保护。")
    assert (metadata(text).region, metadata(text).prefecture) == ("云城区", "云浮市")


def test_a_township_whose_name_ends_in_village_is_one_the_table_knows() -> None:
    """中村乡 (村 + 乡) is a township, though 村镇 and 各村镇 name kinds of places."""
    text = "2025年，中村乡法治政府建设工作在市委、市人民政府的正确领导下，" + BODY + "我乡" + BODY
    assert (metadata(text).region, metadata(text).issuer_kind) == ("中村乡", "township")


def test_a_township_named_after_its_county_in_the_title_issued_the_report() -> None:
    meta = metadata("安吉县孝丰镇2024年度法治政府建设情况报告\n2024年，孝丰镇" + BODY)
    assert (meta.region, meta.issuer_kind, meta.division) == ("孝丰镇", "township", "安吉县")
    # a county's report on its towns names no township after the county
    assert metadata("安吉县2024年度乡镇法治政府建设情况报告\n" + BODY).region == "安吉县"


def test_a_city_zone_titled_by_its_short_kind_is_named_in_its_official_style() -> None:
    meta = metadata("绵阳高新区2023年法治政府建设情况报告\n2023年，高新区" + BODY)
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("绵阳高新技术产业开发区", "development_zone", "绵阳市")


def test_a_report_titled_by_a_zones_kind_alone_is_its_citys_zone() -> None:
    meta = metadata("高新区2024年法治政府建设工作报告\n2024年，在绵阳市委、市政府的坚强领导下，高新区" + BODY + "绵阳市" + BODY)
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("绵阳高新技术产业开发区", "development_zone", "绵阳市")


def test_a_leagues_untitled_report_speaks_at_the_leagues_level() -> None:
    """A league (盟) governs through its 行政公署 and calls its area 全盟: it is the region, not the banner it
    names most."""
    text = ("2023年，在自治区党委、政府的坚强领导下，盟行署坚持" + BODY + "锡林郭勒盟" + BODY
            + "正蓝旗、正蓝旗、正蓝旗、镶黄旗" + BODY + "全盟" + BODY)
    assert (metadata(text).region, metadata(text).issuer_kind) == ("锡林郭勒盟", "prefecture")


def test_a_prefecture_named_diqu_speaks_as_the_diqu() -> None:
    text = ("2022年，在自治区党委、政府的坚强领导下，地区行署坚持" + BODY + "喀什地区" + BODY
            + "巴楚县、巴楚县、巴楚县" + BODY + "全地区" + BODY + "结合本地区实际" + BODY)
    assert metadata(text).region == "喀什地区"


def test_an_untitled_prefecture_report_naming_itself_by_its_first_character_is_that_prefecture() -> None:
    """博州 names 博尔塔拉蒙古自治州 as 阿坝州 names 阿坝: the report speaking of 全州 is the prefecture's."""
    text = "2023年，在自治区党委、政府坚强领导下，全州" + BODY + "建设法治博州、法治政府。" + BODY
    meta = metadata(text)
    assert (meta.region, meta.province, meta.issuer_kind) == ("博尔塔拉蒙古自治州", "新疆维吾尔自治区", "autonomous")


def test_an_untitled_report_names_its_issuer_in_the_report_formula() -> None:
    """现将X年度…情况报告如下: the genre's closing formula of the opening sentence names the issuer,
    here a zone; a zone lies in the one city of its province the text names."""
    meta = metadata("2023年，在市委、市政府的正确领导下，我区扎实推进依法行政，现将某某新区2023年度法治政府建设情况报告如下：\n"
                    "一、主要工作\n某某新区对照《浙江省数字经济促进条例》《宁波市城市管理条例》，完善制度。" + BODY)
    assert (meta.region, meta.issuer_kind, meta.prefecture, meta.province) == ("某某新区", "development_zone", "宁波市", "浙江省")


def test_a_two_character_county_opening_a_document_title_is_the_issuer() -> None:
    """Two-character names are words in running text (和县), but one opening a 《》 title names a division."""
    text = "2022年，我县认真落实上级部署，" + BODY + "\n一、主要工作\n制定《房县法治政府建设实施方案》，统筹推进。"
    assert (metadata(text).region, metadata(text).prefecture) == ("房县", "十堰市")
    assert metadata("2022年，我县认真落实上级部署，" + BODY + "房县县城面貌一新。").region is None


def test_a_report_in_traditional_characters_is_filed_like_its_simplified_twin() -> None:
    traditional = "2022年，海澱區政府堅持以習近平法治思想為指導，全面推進依法行政，加快建設法治政府。\n一、主要工作\n"
    meta = metadata(traditional + BODY)
    assert (meta.region, meta.province, meta.year, meta.doc_type) == ("海淀区", "北京市", 2022, "annual_report")


def test_the_reports_own_formulas_and_the_outlines_tasks_give_its_type_and_year() -> None:
    """对2019年度…工作总结如下 sums the year up; an untitled account opening on its year with the national
    outline's tasks as headings reports on it; a report on the year's rule-of-law government that ends on next
    year's plans is still the annual report."""
    summary = metadata("按照上级要求，对2019年度我县法治政府建设工作总结如下：\n一、工作情况\n" + BODY)
    assert (summary.year, summary.doc_type) == (2019, "summary")
    outline = metadata("2018年，某某省深入推进依法行政。\n一、依法全面履行政府职能\n" + BODY + "\n二、完善依法行政制度体系\n" + BODY)
    assert (outline.year, outline.doc_type) == (2018, "annual_report")
    titled = metadata("某某县人民政府关于2021年度法治政府建设情况及2022年度工作安排的报告\n" + BODY)
    assert (titled.year, titled.doc_type) == (2021, "annual_report")
    # the next year's points of work alone are a plan
    assert metadata("某某县2022年度法治政府建设工作安排\n" + BODY).doc_type == "work_plan"


def test_zones_of_the_kinds_the_state_approves_besides_development_zones_issue_reports() -> None:
    meta = metadata("贵州双龙航空港经济区2023年度法治政府建设工作情况报告\n" + BODY)
    assert (meta.region, meta.issuer_kind, meta.province) == ("双龙航空港经济区", "development_zone", "贵州省")


def test_a_department_s_long_official_name_opening_the_text_is_its_publisher() -> None:
    meta = metadata("2024年，长春市政务服务和数字化建设管理局坚持以习近平新时代中国特色社会主义思想为指导，" + BODY)
    assert meta.publisher == "长春市政务服务和数字化建设管理局"


def test_a_district_left_out_of_the_newer_code_table_is_not_its_namesake_of_another_province() -> None:
    # (重庆市江北区, 500105, is no row of the newer table; 宁波市江北区 is: the title's 重庆市 files it)
    meta = metadata("重庆市江北区2021年法治政府建设情况报告\n2021年，江北区" + BODY)
    assert (meta.region, meta.province, meta.region_code) == ("江北区", "重庆市", "500105")
    assert metadata("宁波市江北区2021年法治政府建设情况报告\n" + BODY).province == "浙江省"


def test_a_county_saying_only_we_is_the_one_its_source_line_names_not_its_prefectures_short_namesake() -> None:
    text = ("关于2021年度法治政府建设工作情况报告的公示\n2021年12月22日\n来源:炉霍县人民政府\n\n"
            "州法治政府建设工作领导小组办公室:\n在州委、州政府的坚强领导下，我县坚持" + BODY +
            "按照《甘孜藏族自治州人民政府2021年度法治政府建设重点工作安排》，我县狠抓落实。\n")
    meta = metadata(text)
    assert (meta.region, meta.prefecture, meta.issuer_kind) == ("炉霍县", "甘孜藏族自治州", "county")
    # (without the source line, 甘孜 of 甘孜藏族自治州 names the prefecture, not its county 甘孜县)
    assert metadata(text.replace("来源:炉霍县人民政府\n", "")).region != "甘孜县"


def test_a_governments_office_publishing_the_report_is_named_with_its_government() -> None:
    meta = metadata("2016年度银川市法治政府建设情况报告\n来源:银川市法制办 时间:2017-03-13 10:40\n\n2016年，全市" + BODY)
    assert meta.publisher == "银川市人民政府法制办公室"


def test_a_page_title_repeated_under_its_issuers_line_is_the_documents_title() -> None:
    text = ("首页/ 公开 / 区政府文件 / 正文\n\n关于2025年法治政府建设情况的报告\n\n来源:杨陵区人民政府 发布时间:2026-03-16\n\n"
            "杨陵区人民政府\n\n关于2025年法治政府建设情况的报告\n\n区人大常委会:\n\n2025年，杨陵区" + BODY)
    assert metadata(text).title == "杨陵区人民政府关于2025年法治政府建设情况的报告"


def test_an_honour_named_by_the_area_above_and_a_list_after_the_country_do_not_set_the_level() -> None:
    text = ("2023年，鄂尔多斯市深入贯彻习近平法治思想，全面落实党中央、自治区党委政府、市委关于法治政府建设的部署要求。\n"
            "印发《鄂尔多斯市法治政府建设工作方案》（鄂依法委发〔2023〕1号）。推进全国、全区法治政府建设示范创建，"
            "3个项目被命名为“全区法治政府建设示范项目”，动员全市分步创建。" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.province, meta.issuer_kind) == ("鄂尔多斯市", "内蒙古自治区", "prefecture")


# A township's report under its party committee's and government's joint title, sent to its county's government.
JOINT_TOWNSHIP_REPORT = ("中共大马营镇委员会 大马营镇人民政府关于2025年法治政府建设情况的报告\n山丹县人民政府:\n"
                         "2025年，大马营镇坚持" + BODY)


def test_a_townships_title_after_its_year_or_its_party_committee_and_without_the_sites_trail() -> None:
    text = ("2025年度杨行镇法治政府建设情况报告_公开目录_上海市宝山区人民政府门户网站\n\n2025年度杨行镇法治政府建设情况报告\n"
            "信息来源: 杨行镇 发布时间 2026-01-26\n\n2025年，杨行镇在区委、区政府的领导下" + BODY)
    meta = metadata(text)
    assert (meta.title, meta.region, meta.issuer_kind) == ("2025年度杨行镇法治政府建设情况报告", "杨行镇", "township")
    text = JOINT_TOWNSHIP_REPORT
    assert (metadata(text).region, metadata(text).issuer_kind) == ("大马营镇", "township")


def test_a_title_under_a_long_column_of_a_portals_menu_is_found() -> None:
    menu = "\n\n".join(["法定主动", "公开内容", "政策", "试点领域", "信息公开", "政府信息", "公开年报", "依申请", "公开",
                        "政府网站", "年度报表", "地方部门", "链接"])
    text = f"阳泉市城区人民政府\n\n{menu}\n\n城区2020年度法治政府建设情况报告\n发布日期:2021-03-11\n\n2020年，区政府坚持" + BODY
    meta = metadata(text)
    assert (meta.title, meta.region, meta.prefecture) == ("城区2020年度法治政府建设情况报告", "城区", "阳泉市")


def test_an_untitled_account_opening_on_carrying_out_xi_jinpings_thought_is_an_annual_report() -> None:
    text = ("2023年，鄂尔多斯市深入贯彻习近平法治思想，全面落实党中央、自治区党委政府、市委关于法治政府建设的部署要求，"
            "法治政府建设取得明显成效。\n\n一、深入贯彻习近平法治思想，加快建设人民满意的法治政府\n\n（一）强化统筹部署。" + BODY)
    assert metadata(text).doc_type == "annual_report"


def test_a_townships_government_publishing_its_report_is_named_with_its_county() -> None:
    text = JOINT_TOWNSHIP_REPORT
    assert metadata(text).publisher == "山丹县大马营镇人民政府"


def test_a_townships_county_is_the_one_the_division_table_holds_it_in_when_its_text_names_none() -> None:
    text = "市委、市政府:\n2025年，下蜀镇坚持以习近平新时代中国特色社会主义思想为指导，" + BODY
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.division, meta.prefecture, meta.province) == (
        "下蜀镇", "township", "句容市", "镇江市", "江苏省")
    # (namesakes the text's level word and named parents leave tied stay unresolved: 三都镇 of 柳江区 and 蕉城区)
    text = "三都镇2025年法治政府建设年度报告\n2025年，在区委、区政府的正确领导下，三都镇" + BODY
    assert (metadata(text).region, metadata(text).division) == ("三都镇", None)
    # (a page's line naming the city above tells them apart)
    assert metadata("来源:柳州市人民政府\n" + text).division == "柳江区"


def test_one_mention_of_the_whole_province_leaves_the_city_the_opening_names() -> None:
    """全省 said once in a city's report (打造全省…的增长极) is the province it stands in, not the issuer's level,
    though the report names that province too (总书记在福建考察时的讲话)."""
    meta = metadata("2023年，泉州市坚持" + BODY + "落实总书记在福建考察时的重要讲话精神，全力打造全省高质量发展的重要增长极。")
    assert (meta.region, meta.prefecture, meta.province) == ("泉州市", "泉州市", "福建省")


def test_a_township_the_words_before_it_ran_into_is_named_as_the_division_table_knows_it() -> None:
    # (结合水口镇的工作特点: the clause's verb is no part of the name; 水口镇 is a township of several counties)
    text = ("2024年，在县委、县政府的领导下，我镇全面贯彻落实国家、省、市工作部署，" + BODY
            + "多次组织普法活动，结合水口镇的工作特点，以案释法。全镇推进。")
    assert metadata(text).region == "水口镇"


def test_an_untitled_report_that_names_its_street_twice_as_subject_and_never_its_level_is_the_streets() -> None:
    # (no 全街道 nor 我区: the report speaks of itself by its name alone; 西兴街道 of 杭州's 滨江区, named with 浙江)
    text = ("2024年是深入实施“十四五”规划的攻坚之年，也是西兴街道高质量发展的重要之年。西兴街道始终坚持依法行政，"
            "深入学习贯彻习近平总书记考察浙江重要讲话精神，" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.province) == ("西兴街道", "township", "浙江省")


def test_an_untitled_report_whose_opening_township_ranks_itself_in_its_city_is_the_townships() -> None:
    # (one 全市 ranks the street among the city's; the opening's subject speaks, its district by 区委、区政府: 长宁区)
    text = ("2021年,在区委、区政府坚强领导下,虹桥街道深入学习贯彻习近平法治思想,扎实推进基层法治建设各项工作,"
            "取得了全市第五名的好成绩。" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.province) == ("虹桥街道", "township", "上海市")
    # ... but a city named like a town (景德镇) is no township
    assert metadata("2024年,景德镇坚持" + BODY + "全市推进。").issuer_kind != "township"


def test_a_year_spaced_from_its_nian_still_opens_the_clause_of_the_subject() -> None:
    # (2025 年: the page's typesetting; 大桥江乡 of 麻阳苗族自治县, the only one of its name)
    text = "2025 年,大桥江乡在县委、县政府的坚强有力领导下,深入学习贯彻习近平法治思想," + BODY
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("大桥江乡", "township", "怀化市")


def test_an_untitled_report_opening_on_the_year_just_past_has_its_township_as_subject() -> None:
    # (一年来 says the year; the one 全县 is inside a county plan's title the township follows, not its own level)
    text = ("一年来，周溪乡在县委、县政府的正确领导下，认真落实市、县关于法治政府建设的部署，对照《2024年全县法治政府建设"
            "工作要点》，" + BODY + "周溪乡切实推行领导干部学法。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind) == ("周溪乡", "township")


def test_an_untitled_zone_report_calling_itself_by_its_kind_is_the_one_zone_it_names_twice() -> None:
    # (新区党工委, 结合新区实际, 新区推进: the kind alone is how the zone speaks of itself; its opening names no zone)
    text = ("一、新区推进法治政府建设主要举措和成效\n1.深入学习贯彻习近平法治思想。纳入新区党工委理论学习中心组重要内容，"
            "对标中央和重庆市法治政府建设要求，结合新区实际，制定两江新区法治政府建设实施方案。" + BODY
            + "\n2.两江新区完善推动高质量发展的法治保障。")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.province) == ("两江新区", "development_zone", "重庆市")
    # a municipality's report naming a zone twice, never speaking as one, stays the municipality's
    text = "2021年，重庆市坚持" + BODY + "支持两江新区建设，推动两江新区高质量发展。全市推进。"
    assert metadata(text).region == "重庆市"


def test_a_verb_before_a_townships_level_word_names_no_township() -> None:
    """依托镇综治办 relies on the town's office: no 依托镇. The one town the division table knows that the report names
    anywhere (纳入了东庄镇…规划) is its own."""
    text = ("区委、区政府:\n2024年，在区委、区政府的坚强领导下，我镇深入推进法治政府建设。现将我镇工作情况汇报如下:\n"
            "一、主要工作\n一是完善机制。将法治建设纳入了东庄镇发展总体规划。在领导小组统一领导下，依托镇综治办开展工作，"
            "全镇形成合力。\n")
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind, meta.province) == ("东庄镇", "township", "福建省")


def test_a_committee_of_a_citys_part_of_a_zone_spanning_cities_issues_for_that_part() -> None:
    """四川天府新区成都管理委员会 governs 成都's part of 天府新区 (which spans 成都 and 眉山): the issuer is that part,
    called by the city's name before the zone's, and lies in that city."""
    text = "四川天府新区成都管理委员会\n关于2020年度法治政府建设有关情况的报告\n市人民政府:\n现将成都天府新区2020年度情况报告如下。" + BODY
    meta = metadata(text)
    assert (meta.region, meta.prefecture, meta.province, meta.issuer_kind) == (
        "成都天府新区", "成都市", "四川省", "development_zone")


def test_a_pilot_free_trade_zone_is_the_issuer_under_its_official_name() -> None:
    """中国(上海)自由贸易试验区: the province in brackets is part of the zone's name, written full-width as officially;
    its committee's bureau is the publisher the page names, under the committee, not under the city."""
    text = ("中国(上海)自由贸易试验区管理委员会保税区管理局2023年度法治政府建设情况报告\n"
            "发布机构:保税区管理局\n2023年，保税区管理局党组坚持以习近平法治思想为指导。" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.province, meta.issuer_kind) == ("中国（上海）自由贸易试验区", "上海市", "development_zone")
    assert meta.publisher == "中国（上海）自由贸易试验区管理委员会保税区管理局"


def test_a_department_titled_by_its_level_alone_lies_in_the_division_its_source_line_names() -> None:
    text = "市生态环境局2021年法治政府建设工作报告\n发布时间:2022-03-01 来源:武汉市生态环境局\n2021年，我局" + BODY
    meta = metadata(text)
    assert (meta.region, meta.province, meta.publisher) == ("武汉市", "湖北省", "武汉市生态环境局")


def test_an_area_of_a_pilot_free_trade_zone_is_named_under_the_zone() -> None:
    text = ("中国(上海)自由贸易试验区临港新片区管理委员会\n开放创新 · 智慧生态\n临港新片区2023年度法治工作情况报告\n"
            "发表时间:2024-05-09点击次数:\n"
            "中国(上海)自由贸易试验区临港新片区管委会在市委、市政府的坚强领导下，" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.province, meta.issuer_kind) == ("中国（上海）自由贸易试验区临港新片区", "上海市", "development_zone")
    assert meta.published == "2024-05-09"


def test_a_collectives_piece_or_a_township_visited_is_not_the_reports_own() -> None:
    for named in ("推动部分乡镇开展示范创建，", "争创全国文明村镇，", "组织干部到城关镇学习，"):
        text = ("2024年，在区委、区政府的坚强领导下，我镇深入推进法治政府建设。" + named + "全镇法治意识明显提升。\n"
                "一、主要工作\n一是加强领导。" + BODY)
        assert metadata(text).region in (None, "福建省"), named


def test_a_title_opening_on_a_word_that_begins_with_a_level_character_names_no_level() -> None:
    text = "市场监督管理局2023年法治政府建设情况报告\n来源:宁波市鄞州区市场监督管理局\n2023年，我局" + BODY
    assert metadata(text).publisher != "宁波市场监督管理局"


def test_of_divisions_named_as_often_the_one_opening_a_document_the_report_made_is_its_issuer() -> None:
    """A bureau writing 我局 names 《广东省法治政府建设实施纲要》, which it follows, and 《始兴县林业法治建设2024年工作要点》,
    which it made, once each: 始兴县's report. A city carrying out its own plan and naming a county once stays the
    city's."""
    bureau = ("2024年，我局严格对标《广东省法治政府建设实施纲要》要求，为始兴林业高质量发展筑牢法治根基。"
              "制定出台《始兴县林业法治建设2024年工作要点》。")
    meta = metadata(bureau)
    assert (meta.region, meta.prefecture, meta.issuer_kind) == ("始兴县", "韶关市", "county")
    province = bureau.replace("要求，", "要求，广东省林业局统筹全省林业，")
    assert metadata(province).region == "广东省"
    city = "2024年，我市认真落实《丽水市法治政府建设实施方案》，龙泉市获评省级法治示范，全市法治建设取得新成效。"
    assert metadata(city).region == "丽水市"

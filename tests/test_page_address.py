"""The division a government site's address spells (ingest/page_address.py), and the issuer it gives a report whose
text never names one (a jsonl record's ``url``, a saved page's canonical link)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.document import RawDocument
from ingest.gazetteer import load
from ingest.metadata import extract_metadata
from ingest.page_address import addressed_place, addressed_zone_city
from ingest.readers import read_path


@pytest.mark.parametrize(("url", "text", "division"), [
    ("http://www.xiangcheng.gov.cn/zwgk/1.html", "", None),  # (相城区, 项城市, 襄城县…: no guess)
    ("https://www.wuyishan.gov.cn/zwgk", "", "武夷山市"),  # the name in full
    ("http://zwgk.jiangsuyixing.gov.cn/x", "", None),  # (no spelling of a province's name in full before it)
    ("www.zjtl.gov.cn/news", "", "桐庐县"),  # the province's initials and the division's (浙江 桐庐)
    ("www.hnxt.gov.cn/news", "", None),  # (湖南 湘潭县 or its city 湘潭市: no guess)
    ("http://info.gdshixing.gov.cn/a", "", "始兴县"),  # the province's initials, then the name in full
    ("http://www.cqjb.gov.cn/bm", "", "江北区"),  # 重庆's 江北区, kept though the newer code table dropped it
    ("http://xxgk.qinghexian.gov.cn/a", "中共邢台市委", "清河县"),  # (清河县 and 青河县: the text names 邢台)
    ("http://xxgk.qinghexian.gov.cn/a", "", None),
    ("http://www.yandu.gov.cn/art/1.html", "", "盐都区"),  # 都 read du (殷都区 would need 殷 read yan too)
    ("http://www.zhuhai-hitech.gov.cn/zwgk/1.html", "", "珠海市"),  # a hyphened label, part by part
    ("https://benxi.gov.cn/publicity/1", "本溪市人民政府", "本溪市"),  # (the text names the city, not the county)
    ("http://changzhi.gov.cn/a", "长治市司法局", "长治市"),  # (尚志市, and 长治县 since renamed)
    ("https://www.changzhi.gov.cn/xxgkml/1.shtml", "", "长治市"),  # 长治 read chang zhi as a dictionary reads it (尚志市
    # spells it only by 尚's rare reading)
    ("http://www.qixia.gov.cn/a", "烟台市栖霞市司法局", "栖霞市"),  # (pypinyin's own reading of a name stands: qi xia…
    ("http://www.zhalute.gov.cn/a", "", "扎鲁特旗"),  # …and a name's other readings still spell it: zha, not the
    # dictionary's za)
    ("http://sthjj.xam.gov.cn/hygq/1.html", "", "兴安盟"),  # a prefecture's initials with its level's, its own label
    ("http://xam.sthjj.gov.cn/1.html", "", None),  # (…only as the label right before gov.cn)
    ("http://www.hzbj.gov.cn/a", "", "滨江区"),  # a county-level division's initials after its city's (杭州 滨江区)…
    ("http://sthj.guizhou.gov.cn/a", "", "贵州省"),  # (…only as the site's own label: sthj is a department's, not 汕头
    # 濠江区; guizhou is the province's name in full, whose departments' sites stand under it)
    ("http://nynct.fujian.gov.cn/ztzl/1.htm", "省农业农村厅", "福建省"),
    ("http://www.shanxi.gov.cn/a", "", None),  # (山西 and 陕西 alike, where the text does not tell them apart)
    ("http://wsjkw.gd.gov.cn/zwyw/1.html", "省卫生健康委", "广东省"),  # a province's initials as the site's own label…
    ("http://www.hn.gov.cn/a", "", None),  # (…河南, 湖南 and 海南 alike…
    ("http://www.hn.gov.cn/a", "湖南省人民政府", "湖南省"),  # …where the text does not tell them apart)
    ("http://gd.wsjkw.gov.cn/a", "", None),  # (…only as the site's own label)
    ("http://www.hhht.gov.cn/a", "呼和浩特市人民政府", "呼和浩特市"),  # (a prefecture's own initials, not 怀化 会同县…
    ("http://www.hhht.gov.cn/a", "", None),  # …where the text does not tell them apart)
    ("http://bhwxq.dg.gov.cn/gkmlpt/1", "", "东莞市"),  # a prefecture's two initials, that no other's share…
    ("http://www.sz.gov.cn/cn/xxgk/1", "", None),  # (…not 深圳, 苏州, 宿州, 随州 and 朔州's, the text naming none…
    ("http://www.sz.gov.cn/cn/xxgk/1", "苏州市人民政府", "苏州市"),  # …or naming one…
    ("https://qh.sz.gov.cn/xxgk/1.html", "推广借鉴深圳法治先行示范城市建设经验", "深圳市"),  # …by its short name…
    ("http://www.hbga.gov.cn/a", "在廊坊市委领导下，我局会同县公安局", "固安县"),  # (…a city's: 公安 of 公安局 is no 公安县)
    ("http://www.moj.gov.cn/1.html", "", None),  # (a ministry's abbreviation spells no prefecture)
    ("http://www.wuyishan.com.cn/news", "", None),  # not a government site
    ("no address given", "", None),
    ("http://[::1/x", "", None),  # a malformed host is no address
])
def test_a_site_address_spells_one_division_or_none(url: str, text: str, division: str | None) -> None:
    place = addressed_place(url, load(), text)
    assert (place.name if place else None) == division


def _metadata(text: str, url: str):
    raw = RawDocument(text=text, source="r.jsonl:1", origin="/r.jsonl#1", hints={"url": url})
    return extract_metadata(raw, clean(text))


def test_of_divisions_one_spelling_names_the_one_of_the_level_the_text_speaks_at() -> None:
    """yiyang is 益阳市, 弋阳县 and 宜阳县: under a text whose bureau is a city's (市教育局) and that names none, the city;
    under a county's, two counties still share it."""
    text = "2025年，市教育局坚持以习近平新时代中国特色社会主义思想为指导，全市教育系统依法治校，推进全市教育事业发展。"
    assert _metadata(text, "http://edu.yiyang.gov.cn/14317/content_1.html").region == "益阳市"
    assert _metadata(text.replace("市", "县"), "http://edu.yiyang.gov.cn/14317/content_1.html").region is None


def test_a_city_s_zone_calling_itself_by_its_kind_on_the_city_s_site_is_that_city_s_zone() -> None:
    text = "高新区2020年法治政府建设工作情况报告\n2020年，高新区在市委、市政府的坚强领导下，坚持依法行政，高新区法治建设取得新进展。"
    meta = _metadata(text, "http://www.zhuhai-hitech.gov.cn/zwgk/2.html")
    assert (meta.region, meta.issuer_kind, meta.prefecture) == ("珠海高新技术产业开发区", "development_zone", "珠海市")


def test_a_zone_s_office_speaking_as_the_zone_s_district_on_the_city_s_site_is_that_city_s_zone() -> None:
    """区党政办坚持… and 经开区 named as the work it serves, no division named: the office of the city's zone, which
    calls itself 区; its publisher is the zone's office. A text naming two kinds of zone says not which is its own."""
    text = ("区依法治区委员会：\n2022年，区党政办坚持依法行政，服务经开区发展大局，全面提升机关法治水平。"
            "现将有关工作情况报告如下：")
    meta = _metadata(text, "http://www.yantai.gov.cn/doc/1.shtml")
    assert (meta.region, meta.issuer_kind, meta.prefecture, meta.publisher) == (
        "烟台经济技术开发区", "development_zone", "烟台市", "烟台经济技术开发区党政办公室")
    # a zone merely named is another body's or place's: a district's bureau on the city's site stays the city's
    for named in ("积极对接经开区", "学习借鉴苏州高新区经验", "公安高新区分局积极配合"):
        other = "2022年，区住建局坚持依法行政，" + named + "，全区住建领域法治水平提升。"
        assert _metadata(other, "http://www.yantai.gov.cn/doc/1.shtml").issuer_kind != "development_zone", named
    # nor is a government's office or a whole system a zone's publisher
    office = _metadata(text.replace("区党政办", "区政府办公室"), "http://www.yantai.gov.cn/doc/1.shtml")
    assert office.publisher is None or "政府" not in office.publisher


def test_a_zone_whose_text_names_no_division_lies_in_the_one_its_site_spells() -> None:
    text = ("2025年，湄洲岛国家旅游度假区党工委、管委会坚持依法行政，紧紧围绕市委、市政府法治政府建设工作部署，"
            "推进度假区法治建设。现将全年工作情况报告如下：")
    meta = _metadata(text, "https://mzd.putian.gov.cn/xxgk/tzgg/1.htm")
    assert (meta.region, meta.issuer_kind, meta.prefecture, meta.province) == (
        "湄洲岛国家旅游度假区", "development_zone", "莆田市", "福建省")
    assert _metadata(text, "https://mzd.example.com/1.htm").province is None


def test_a_province_s_site_names_only_a_text_speaking_as_the_province() -> None:
    """A province's portal and departments repost its counties' and cities' reports: the site's province is the
    issuer only of a text whose subject is a province's body."""
    department = "2023年,省农业农村厅坚持依法行政,贯彻落实省委关于全面依法治省的决策部署。"
    assert _metadata(department, "http://nynct.fujian.gov.cn/ztzl/1.htm").region == "福建省"
    commission = _metadata(department.replace("农业农村厅", "卫生健康委"), "http://wsjkw.gd.gov.cn/a/1.html")
    assert (commission.region, commission.publisher) == ("广东省", "广东省卫生健康委员会")  # (a commission by its short name)
    district = "2022年，区委、区政府坚持依法行政，我区法治政府建设取得新进展，我区依法行政水平不断提升。"
    assert _metadata(district, "http://www.guizhou.gov.cn/zwgk/2.html").region is None
    city_bureau = "2025年，市农业农村局坚持依法行政，全市农业系统推进法治建设。"
    assert _metadata(city_bureau, "http://nynct.fujian.gov.cn/ztzl/1.htm").region is None
    assert _metadata(city_bureau, "http://www.gz.gov.cn/1.html").region is None  # (广州's portal, not 贵州's)
    township = "梅仙镇2025年法治政府建设年度报告\n2025年，梅仙镇坚持依法行政，全面落实县委、县政府的决策部署。"
    assert _metadata(township, "http://www.fujian.gov.cn/1.htm").division is None


def test_of_the_divisions_a_site_spells_the_one_holding_the_report_s_township_is_its_county() -> None:
    """fjyx spells 福建's 尤溪县 and 云霄县; the table puts a 梅仙镇 in 尤溪县 (and one in 湖南's 平江县)."""
    text = ("梅仙镇2025年法治政府建设年度报告\n2025年，梅仙镇坚持依法行政，全面落实县委、县政府关于依法治县的各项决策部署，"
            "推进全镇法治建设。")
    meta = _metadata(text, "http://www.fjyx.gov.cn/ztzl/fzzfjs/1.htm")
    assert (meta.region, meta.prefecture, meta.province) == ("梅仙镇", "三明市", "福建省")
    assert _metadata(text, "http://www.example.com/1.htm").province is None
    # a county renamed since the table was cut holds its townships still (禄丰县 → 禄丰市, both spelled ynlf)
    renamed = "中村乡2025年法治政府建设工作报告\n2025年，中村乡在市委、市政府的坚强领导下，坚持依法行政。"
    assert _metadata(renamed, "https://ynlf.gov.cn/info/1.htm").division == "禄丰市"


def test_the_address_names_the_issuer_a_text_never_names_and_no_issuer_the_text_names() -> None:
    own = "2022年，区委、区政府坚持依法行政，我区法治政府建设取得新进展，我区依法行政水平不断提升。"
    meta = _metadata(own, "http://www.xinbei.gov.cn/zwgk/2.html")
    assert (meta.region, meta.province, meta.issuer_kind) == ("新北区", "江苏省", "district")
    # a province's report a county's site reposts stays the province's
    reposted = "2022年，黑龙江省坚持依法行政，全省法治政府建设取得新进展。黑龙江省各级政府依法履职。"
    assert _metadata(reposted, "http://www.suibin.gov.cn/x").region == "黑龙江省"
    # a namesake the text leaves open (江北区 of 宁波 or of 重庆) is the one the site spells
    assert _metadata("江北区2021年法治政府建设情况报告\n2021年，江北区坚持依法行政。",
                     "http://www.cqjb.gov.cn/bm").province == "重庆市"


def test_a_bureau_under_its_district_s_committee_naming_only_its_city_is_the_district_s_its_site_spells() -> None:
    """在区委、区政府的坚强领导下，我局… on www.yongding.gov.cn, naming 龙岩市 in a plan's title: a district's bureau,
    of the district the site spells (福建's 永定区, not 张家界's), not of the city it names."""
    bureau = ("2025年，在区委、区政府的坚强领导下，我局坚持依法行政，审议通过了《龙岩市卫生健康系统法治建设实施方案》。"
              "我局依法履职，各项工作取得新进展。")
    meta = _metadata(bureau, "http://www.yongding.gov.cn/xxgk/1.htm")
    assert (meta.region, meta.prefecture, meta.issuer_kind) == ("永定区", "龙岩市", "district")
    # (a city's bureau, under its city's committee, on the same site stays the city's)
    city_bureau = bureau.replace("区委、区政府", "市委、市政府")
    assert _metadata(city_bureau, "http://www.yongding.gov.cn/xxgk/1.htm").region == "龙岩市"


def test_a_township_the_table_puts_in_another_county_of_its_city_lies_in_the_one_its_site_spells() -> None:
    """都里镇, 安阳县's in the division table, under 区委、区政府 on www.yindu.gov.cn: 殷都区's, where the city redrew its
    districts; under 县委、县政府 it stays the table's county."""
    text = "2024年，在区委、区政府的坚强引领下，都里镇法治建设工作取得新成效，都里镇依法行政水平不断提升。"
    assert _metadata(text, "http://www.yindu.gov.cn/2026/02-06/1.html").division == "殷都区"
    assert _metadata(text.replace("区委、区政府", "县委、县政府"), "http://www.yindu.gov.cn/2026/02-06/1.html").division \
        == "安阳县"


_PAGE_BODY = ("<title>2021年法治政府建设情况报告</title>{head}</head><body>"
              "<p>2021年，市委、市政府坚持依法行政，我市法治政府建设取得新成效，我市依法行政水平不断提升。</p></body></html>")


@pytest.mark.parametrize(("before", "head", "address"), [
    # its canonical link
    ("", '<link rel="canonical" href="http://www.wuyishan.gov.cn/zwgk/3.htm">',
     "http://www.wuyishan.gov.cn/zwgk/3.htm"),
    # the note a browser writes on a page it saves, where the page has no canonical link
    ("<!DOCTYPE html>\n<!-- saved from url=(0041)http://www.wuyishan.gov.cn/zwgk/4.htm -->\n", "",
     "http://www.wuyishan.gov.cn/zwgk/4.htm"),
])
def test_a_saved_pages_address_is_read_and_names_its_issuer(tmp_path: Path, before: str, head: str,
                                                            address: str) -> None:
    page = tmp_path / "report.html"
    page.write_text(before + "<html><head>" + _PAGE_BODY.format(head=head), encoding="utf-8")
    raw = read_path(page, max_bytes=10**7)[0]
    assert raw.hints["url"] == address
    assert extract_metadata(raw, clean(raw.text)).region == "武夷山市"


def test_a_zone_s_site_spells_its_city_s_initials_before_the_zone_s_own() -> None:
    """dljp.gov.cn: 大连 (dl, which 大理 shares) and 金普; of the cities sharing the initials, the one whose counties
    the zone's name joins (金州区, 普兰店区). A text that never names its city still lies in it."""
    text = ("2025年,金普新区卫生健康局在党工委、管委会的坚强领导下,扎实推进法治政府建设。现将2025年度法治政府建设情况报告如下:\n"
            "一、主要举措\n为新区卫生健康事业发展提供法治保障,坚持依法行政。")
    meta = _metadata(text, "https://www.dljp.gov.cn/dt/001003/20260126/a.html")
    assert (meta.region, meta.prefecture, meta.province) == ("金普新区", "大连市", "辽宁省")
    # (initials after which no city's name fits the zone's: no city; nor one city of those initials whose counties the
    # zone's name does not join: ln is 陇南's initials alone, and 陇南 has no county of 金 or 普)
    assert _metadata(text, "https://www.dlxx.gov.cn/a.html").province is None
    assert addressed_zone_city("https://www.lnjp.gov.cn/a.html", "金普", load()) is None


def test_a_county_s_initials_alone_name_it_where_one_alone_fits_what_the_text_says_of_its_issuer() -> None:
    """www.fl.gov.cn: fl are the initials of 涪陵区, 浮梁县 and 丰林县; a text speaking at a district's level (区委、区政府,
    区文化旅游委) and naming no division is 涪陵区's; one speaking at a county's is any of two, and one at no level none."""
    text = ("2025年,区文化旅游委在区委、区政府的坚强领导下,在区司法局的指导支持下,坚持以习近平法治思想为根本遵循,"
            "深入推进依法行政。现将全年工作情况报告如下:\n一、主要举措和成效\n推动学习宣传贯彻抓实走深。")
    url = "http://www.fl.gov.cn/bm/whlyw/zwgk/202601/t20260130_1.html"
    meta = _metadata(text, url)
    assert (meta.region, meta.province) == ("涪陵区", "重庆市")
    assert _metadata(text.replace("区", "县"), url).region is None
    assert addressed_place(url, load(), "推动学习宣传贯彻抓实走深。") is None
    # (initials another division shares with the level in them are no county's alone: yyx is 岳阳县's and 酉阳县's)
    assert _metadata(text.replace("区", "县"), "http://yyx.gov.cn/1.html").region is None
    # (nor initials of a kind of body or zone: kfq is 开发区's, though 开福区 shares them)
    assert _metadata(text, "http://www.kfq.gov.cn/1.html").region is None

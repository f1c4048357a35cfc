"""REGION: administrative divisions named in the text, full names and customary short forms.

Full names count anywhere (also inside agency names and titles). Short forms are
trusted for provinces (广东, 新疆) everywhere, but for prefectures and counties
only when they belong to the report's own region chain: 湖州 in a 湖州 report is
the city, while 长治 in 长治久安 is not a place. A district's stem (海淀 for 海淀区,
宁河 in 宁河经济开发区) counts the same way, in its own reports only: district stems
are common words elsewhere (和平, 鼓楼), so the gazetteer's global short names leave them out.
A two-character county (渠县) counts the same way. A banner's or county's abbreviation (科右中旗 for
科尔沁右翼中旗, 喀左县) says its level and stands for one division, so it counts anywhere, like a full
name. A prefecture's short name outside that chain counts when it stands in a list of places (学习借鉴
银川、固原等城市), where the list vouches for it. The own province's one-character name counts where
it stands for the province (来陕考察, “赣服通”), and in a run of neighbours' one-character names (川渝, 川渝滇黔)
each names its province, in a report of one of them. A city cluster named by the first characters of its cities
(呼包鄂乌, 厦漳泉) names them when the run holds three or more such characters of the own province's
prefectures, one of them the report's own city's; a character two cities share stands for the own city when it
is one of them, else stays unresolved. A name alone in quotes (全省“平安区”) is an honour, a place outside the
report's chain right after a department's head (县司法局会同县…) is a word of the clause, and
a short name opening a new area's name (兰州新区) is the zone's, not the city's.
"""

from __future__ import annotations

from dataclasses import dataclass

import re

import ahocorasick
import jieba

from ingest.gazetteer import Gazetteer, Place, district_stem, quoted_alone, township_codes, townships
from ingest.jieba_dictionary import load_default_dictionary

# What joins the places of a list (银川、固原), and what may close it (…等城市).
_LIST_JOINS = ("、", "和", "与", "及")
_LIST_END = re.compile(r"等(?:城市|地市|地区|市|地)")
# A short name opening a new area's name (兰州新区, 西咸新区) is part of the area's name: new areas are
# development zones of their own, not the city (a division named so, 浦东新区, matches by full name); so is one opening
# a land feature's (``_LAND_FEATURE``). Such a hit is still found, as the prefix of the area's or the feature's
# bodies (宝应湖旅游度假区管理委员会), but marked ``in_zone_name``.
_NEW_AREA = "新区"
# A two-character county's full name (渠县, 和县) is an ordinary word elsewhere but names the county in its
# own reports and its townships' (渠县县委), like a short name.
_COUNTY_LEVEL_WORDS = ("县", "旗")
# ...and a neighbour's (与唐县人民法院 in a 望都县 report, both of 保定) where one of its bodies follows: a county of the
# report's own prefecture, its name closed by a body's opening (人民法院, 县委), is no word of prose, unless it opens
# on a conjunction after a level (市和县委: the city's and the counties' committees, not 和县's).
_BODY_OPENINGS = ("人民", "县委", "县政府", "旗委", "旗政府")
_CONJUNCTIONS = "和与及"
_LEVELS = "省市州盟区"
# The heads of a department's name (局, 厅, 院, 办), after which no place's name follows in running text.
_DEPARTMENT_HEADS = "局厅院办"
_BRANCH = "分"
# A place or a road named after the provinces of a run (粤港澳大湾区, 陕甘宁边区, 川陕革命老区, 渝黔高速): one name, not
# each of them.
_NAMED_AFTER_RUN = ("大湾区", "边区", "苏区", "老区", "革命老区", "高速", "铁路", "高铁")
# What a lake, a hill, a river, a bay or an island is called by after a place's short name (白云湖, 白云山, 荣昌河):
# the feature's name, no division.
# Only a county's or district's short name is read so, and not before a division's level (广东江门, 浙江山区26县).
_LAND_FEATURE = re.compile(r"[湖山河江湾岛](?![区县市州旗])")
# The fewest characters of a city cluster's name (呼包鄂): two (苏南, 南通) are ordinary words or other names.
_CLUSTER_MIN_CHARS = 3


@dataclass(frozen=True)
class RegionHit:
    text: str
    start: int
    end: int
    place: Place
    # Opens a new area's name (兰州 in 兰州新区): a prefix for agency names (兰州新区管理委员会), no REGION.
    in_zone_name: bool = False


class RegionScanner:
    """Longest-match scan for division names, indexed by first character.

    Why an automaton too: trying every table at every character of a report was the largest
    part of extraction after tokenizing; one Aho-Corasick pass (in C) finds the few positions
    where some name starts, and only those are tried, with the same rules in the same order.
    """

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._full: dict[str, list[str]] = {}
        for name in gazetteer.by_name:
            if len(name) >= 3:  # two-character full names (城区, 郊区, 矿区) are ordinary words
                self._full.setdefault(name[0], []).append(name)
        self._short: dict[str, list[str]] = {}
        self._clusters: dict[str | None, tuple[re.Pattern[str], dict[str, list[Place]]]] = {}
        self._short_places: dict[str, list[Place]] = {k: list(v) for k, v in gazetteer.by_short.items()}
        for place in gazetteer.by_code.values():
            stem = district_stem(place)
            if stem and stem not in gazetteer.by_name:
                self._short_places.setdefault(stem, []).append(place)
            if len(place.name) == 2 and place.name.endswith(_COUNTY_LEVEL_WORDS):
                self._short_places.setdefault(place.name, []).append(place)  # 渠县, own reports only
        for name in self._short_places:
            self._short.setdefault(name[0], []).append(name)
        for table in (self._full, self._short):
            for names in table.values():
                names.sort(key=len, reverse=True)
        self._starts = ahocorasick.Automaton()
        for names in (*self._full.values(), *self._short.values()):
            for name in names:
                self._starts.add_word(name, len(name))
        self._starts.make_automaton()

    def scan(self, text: str, context: Place | None) -> list[RegionHit]:
        chain = {p.code for p in self.gazetteer.chain(context)} if context else set()
        own_city = self._own_city(context)
        hits: list[RegionHit] = []
        listed: list[RegionHit] = []  # short names of prefectures outside the chain, kept if in a list
        i = 0
        for start in self._candidate_starts(text):
            if start < i:
                continue  # inside the last hit
            hit = self._full_at(text, start, context) or self._short_at(text, start, context, chain) \
                or self._abbreviation_at(text, start)
            found = hits
            if hit is None:
                hit, found = self._listed_short_at(text, start, own_city), listed
            if hit is None:
                continue
            if not quoted_alone(text, hit.start, hit.end):
                found.append(hit)
            i = hit.end
        hits += [hit for hit in listed if _in_a_list(text, hit, hits + listed)]
        covered = {i for hit in hits for i in range(hit.start, hit.end)}
        # (runs before the own province's one character: “川渝通办” names both in either province's report)
        hits += [RegionHit(text[start], start, start + 1, place) for run in self.gazetteer.province_runs(text)
                 for start, place in _neighbours_named(text, run, chain, covered)]
        covered = {i for hit in hits for i in range(hit.start, hit.end)}
        hits += [RegionHit(text[start], start, start + 1, place) for start, place in
                 self.gazetteer.province_characters(text) if place.code in chain and start not in covered]
        covered = {i for hit in hits for i in range(hit.start, hit.end)}
        hits += self._cluster_characters(text, context, covered)
        return sorted(hits, key=lambda h: h.start)

    def _candidate_starts(self, text: str) -> list[int]:
        """Every position where a full or short name or an abbreviation may start, in order: at any
        other position every test of ``scan`` fails."""
        starts = {end - length + 1 for end, length in self._starts.iter(text)}
        starts.update(self.gazetteer.abbreviation_starts(text))
        return sorted(starts)

    def _cluster_characters(self, text: str, context: Place | None, covered: set[int]) -> list[RegionHit]:
        """The cities of a cluster named by their first characters (呼包鄂乌 in a 呼和浩特 report); a
        character of a name found already (广东 in 广东韶达律师事务所) belongs to no cluster."""
        own = self.gazetteer.prefecture_of(context) if context else None
        if own is None or own.level != "prefecture":
            return []
        runs, by_first = self._clusters_of(own.parent_code)
        hits: list[RegionHit] = []
        for match in runs.finditer(text):
            start = match.start()
            for end in [*(i for i in range(match.start(), match.end()) if i in covered), match.end()]:
                run = text[start:end]
                if len(run) >= _CLUSTER_MIN_CHARS and own.name[0] in run:
                    hits += [RegionHit(c, start + k, start + k + 1, city) for k, c in enumerate(run)
                             for city in [_cluster_city(c, by_first, own)] if city is not None]
                start = end + 1
        return hits

    def _clusters_of(self, province_code: str | None) -> tuple[re.Pattern[str], dict[str, list[Place]]]:
        """Runs of the first characters of a province's current prefectures, and the prefectures
        of each character; built once per province (a scan per paragraph used to rebuild them)."""
        if province_code not in self._clusters:
            by_first: dict[str, list[Place]] = {}
            for place in self.gazetteer.by_code.values():
                if place.level == "prefecture" and place.parent_code == province_code and not place.retired:
                    by_first.setdefault(place.name[0], []).append(place)
            runs = re.compile(f"[{re.escape(''.join(by_first))}]{{{_CLUSTER_MIN_CHARS},}}" if by_first else "(?!)")
            self._clusters[province_code] = (runs, by_first)
        return self._clusters[province_code]

    def _full_at(self, text: str, i: int, context: Place | None) -> RegionHit | None:
        for name in self._full.get(text[i], ()):
            if text.startswith(name, i):
                place = self.gazetteer.lookup(name, near=context, allow_short=False)
                if place is not None and not _after_a_bodys_head(text, i, place, context, self.gazetteer):
                    return RegionHit(name, i, i + len(name), place)
        return None

    def _abbreviation_at(self, text: str, i: int) -> RegionHit | None:
        """A banner or county by its abbreviation (科右中旗 for 科尔沁右翼中旗): it says its level and stands
        for one division of the country, so it counts anywhere, like a full name."""
        found = self.gazetteer.abbreviation_at(text, i)
        return RegionHit(text[i:found[0]], i, found[0], found[1]) if found else None

    def _own_city(self, context: Place | None) -> set[str]:
        """The codes of the report's own region and its prefecture: the parents of the counties and districts whose
        stems a list of places may name (``_listed_short_at``); read once per scan."""
        return {p.code for p in (context, self.gazetteer.prefecture_of(context) if context else None) if p}

    def _listed_short_at(self, text: str, i: int, own_city: set[str]) -> RegionHit | None:
        """A short name kept only if it stands in a list of places: a county's or district's of the report's own city
        (``own_city``: 海淀、朝阳等重点区域 in a 北京市 report: its own, not the prefecture 朝阳市), whose stems are common
        words elsewhere (朝阳产业), or a prefecture's anywhere (学习借鉴银川、固原等城市)."""
        for name in self._short.get(text[i], ()):
            if text.startswith(name, i):
                places = [p for p in self._short_places[name] if p.level == "county" and p.parent_code in own_city] \
                    or [p for p in self._short_places[name] if p.level == "prefecture"]
                if len(places) == 1:
                    return RegionHit(name, i, i + len(name), places[0])
        return None

    def _short_at(self, text: str, i: int, context: Place | None, chain: set[str]) -> RegionHit | None:
        for name in self._short.get(text[i], ()):
            if not text.startswith(name, i):
                continue
            for place in self._short_places[name]:
                if place.level == "province" or place.code in chain or self._neighbour_county_body(text, i, place, context):
                    # (白云湖数字科技城 in a 白云区 report: a lake's name, not the district, as 兰州新区 is the zone's)
                    feature = place.level == "county" and _LAND_FEATURE.match(text, i + len(name)) is not None
                    in_name = text.startswith(_NEW_AREA, i + len(name)) or feature
                    return RegionHit(name, i, i + len(name), place, in_name)
        return None

    def _neighbour_county_body(self, text: str, i: int, place: Place, context: Place | None) -> bool:
        """A two-character county of the report's own prefecture opening one of its bodies' names (唐县人民法院)."""
        if context is None or len(place.name) != 2 or not place.name.endswith(_COUNTY_LEVEL_WORDS):
            return False
        if place.name[0] in _CONJUNCTIONS and i > 0 and text[i - 1] in _LEVELS:
            return False
        own = self.gazetteer.prefecture_of(context)
        return own is not None and place.parent_code == own.code and text.startswith(_BODY_OPENINGS, i + len(place.name))


def _after_a_bodys_head(text: str, i: int, place: Place, context: Place | None, gazetteer: Gazetteer) -> bool:
    """Whether a place outside the report's chain is named right after a department's head (县司法局会同县市场监管局):
    running text never writes two bodies back to back, so the name's first characters are a word of the clause (会同,
    together with) and its level word opens the next body's relative name. A branch named after the place
    (市公安局新城区分局) is the department's own."""
    chain = gazetteer.chain(context) if context else []
    return i > 0 and text[i - 1] in _DEPARTMENT_HEADS and place not in chain \
        and not text.startswith(_BRANCH, i + len(place.name))


def _neighbours_named(text: str, run: list[tuple[int, Place]], chain: set[str],
                      covered: set[int]) -> list[tuple[int, Place]]:
    """The provinces a run of one-character names (川渝滇黔) names, in a report of one of them: none where a name found
    already holds a character of it (辽宁), it stands alone in quotes (“京津冀”, a programme's brand) or names a place or
    a road after them (粤港澳大湾区, 陕甘宁边区, 渝黔高速); a last character that opens a word with the next one is
    that word's (粤港澳台青年: 青年, 鄂豫皖苏区: 苏区)."""
    start, end = run[0][0], run[-1][0] + 1
    if not any(place.code in chain for _, place in run) or any(i in covered for i in range(start, end)) \
            or quoted_alone(text, start, end) or text.startswith(_NAMED_AFTER_RUN, end):
        return []
    while run and _opens_a_word(text, run[-1][0]):
        run = run[:-1]
    return run if len(run) >= 2 and any(place.code in chain for _, place in run) else []


def _opens_a_word(text: str, at: int) -> bool:
    """Whether the character at ``at`` and the next one are a word of jieba's dictionary (青年, 苏区)."""
    load_default_dictionary()
    return jieba.dt.FREQ.get(text[at:at + 2], 0) > 0


def _cluster_city(character: str, by_first: dict[str, list[Place]], own: Place) -> Place | None:
    """The city a cluster's character stands for: the one city it begins, or of several (呼: 呼和浩特, 呼伦贝尔)
    the report's own, which the cluster is named around."""
    cities = by_first[character]
    if len(cities) == 1:
        return cities[0]
    return own if own in cities else None


def _in_a_list(text: str, hit: RegionHit, others: list[RegionHit]) -> bool:
    """A place joined to another place (银川、固原) or closing a list (…固原等城市)."""
    if _LIST_END.match(text, hit.end):
        return True
    return any(other is not hit and (text[other.end:hit.start] in _LIST_JOINS or text[hit.end:other.start] in _LIST_JOINS)
               for other in others)


# A township (镇, 街道) named in running text (唐家湾镇人民调解委员会, 对县委政法委、珠岙镇等14个单位, 平顺县龙溪镇龙镇村):
# below the code table, it is found by its shape, where a name may begin: after a mark, a preposition or the name of
# the county it lies in. Its stem is no word of prose (重点镇, 特色镇, 中心镇, 示范街道) nor ends in a level or a
# collective (各乡镇, 全镇, 城镇: one character) or a kind of town (特色小镇, 古镇, 重镇).
_PREPOSITIONS = "在对以和及与到赴由把将向"  # (a name may begin right after these)
_TOWNSHIP = re.compile(r"(?:(?<=[、，,。；;：:（(“\n" + _PREPOSITIONS + r"])|^|(?<=[县区市旗])|(?<=\d年)(?!度)|(?<=\d年度))"
                       r"(?P<name>(?P<stem>[\u4e00-\u9fff]{2,3}?)(?:镇|街道))")
# (百县千镇万村; 现将我街道, 现将街道…报告如下: the report's own, after the formula that opens its account; 本镇, 该镇:
# the report's town by a pronoun, 2021年度本镇 not the 度本镇 after a year; 社区主干及
# 街道机关: a list of kinds; 区政府和镇党委: bodies listed)
_NOT_A_TOWNSHIP_STEM = re.compile(r"[乡镇村县市区省各全街小古名重强我本该此]$|^(?:各|全|本|该|每|所|其|[现兹特]将)|^[百千万][县乡]"
                                  r"|[及与]|政府|党委|人大")
# jieba's tags of words that modify or act, not names (重点 n is listed apart): an adjective, a verb, an adverb, a
# numeral or quantity, a pronoun, a locality or time word.
_PROSE_TAGS = ("a", "v", "d", "m", "r", "f", "t", "b", "c", "p", "u")
# ... of words that make a clause (a verb, a conjunction, a preposition, an adverb): a stem holding one is no name the
# division table lacks.
_CLAUSE_TAGS = ("v", "c", "p", "d")
_PROSE_STEMS = frozenset("重点 中心 示范 特色 试点 经济 工业 旅游 边境 全国 乡村 城乡 农村 基层 辖区 相关 有关 部分 其他 "
                         "特大 小城 文明 平安 法治 美丽 生态 卫星 集镇 苏木".split())  # (苏木镇: 苏木 and 镇, levels)


# A preposition standing after a mark, which ``_TOWNSHIP`` takes into a name the table does not know (，为华新镇…,
# ，在华新镇…: the match starts at the mark): those a name may follow, and 为, 给, 从.
_NAME_OPENERS = _PREPOSITIONS + "为给从"


def townships_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each township ``text`` names by its shape (``_TOWNSHIP``)."""
    import jieba.posseg

    out = []
    for match in _TOWNSHIP.finditer(text):
        stem = match.group("stem")
        if _NOT_A_TOWNSHIP_STEM.search(stem) or stem in _PROSE_STEMS:
            continue
        words = list(jieba.posseg.cut(stem))
        if words[0].flag.startswith(_PROSE_TAGS) and (len(words) == 1 or len(words[0].word) > 1):
            continue  # (召开宁镇… opens on a verb)
        start, name = match.start("name"), match.group("name")
        if name[0] in _NAME_OPENERS and name not in townships() and name[1:] in townships():
            start, name = start + 1, name[1:]  # (为华新镇“六位一体”建设提供保障: 华新镇, after the preposition)
        elif not township_codes(name) and any(w.flag.startswith(_CLAUSE_TAGS) for w in words):
            continue  # (一是街道…, 并由镇…, 就推进街道…: a clause's words before the level, no name the table knows, nor
            # a street its town was made: 新和镇 → 新和街道)
        out.append((start, match.end("name"), name))
    return out

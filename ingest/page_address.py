"""The division a government site's address spells (www.jiangjin.gov.cn, www.cqjb.gov.cn, www.ahshitai.gov.cn).

Why: a report whose text never names its issuer (我区, 区委 and nothing more) usually stands on its own government's
site, and that site's host name spells the division in pinyin: its name in full (jiangjin: 江津区; qinghexian:
清河县), or after its province's initials, in full or by initials (ahshitai: 安徽 石台; cqjb: 重庆 江北; xjsmgq: 新疆
水磨沟区), or by initials after its city's (tsqs: 天水 清水县); a province's department's site stands under the
province's name in full (nynct.fujian: 福建) or its initials (wsjkw.gd: 广东). A crawler's jsonl record carries the
address (``url``), as does a saved page (its canonical link).
Only host names under gov.cn are read, and only a spelling that one division alone has, or that the text tells
apart: a county's initials alone (jj) are too many divisions' to read, a prefecture's two as its site's own label
(dg: 东莞; sz: 深圳, 苏州, 宿州…) are read where one alone has them or the text names one. A name is read as a
dictionary of words reads it (CC-CEDICT: 长治 chang zhi, 六安 lu an), and one it does not know by any of its
characters' readings; of divisions sharing a spelling that the text does not tell apart, the one it spells by the
usual readings (the dictionary's, or each character's first) is chosen.
A label joined by hyphens (zhuhai-hitech: 珠海's high-tech zone) is read whole, then part by part. A zone whose text
never names its city is placed by its site's own label, its city's initials and then its own (dljp: 大连 金普).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, product
from typing import TYPE_CHECKING, Callable
from urllib.parse import urlsplit

from ingest.gazetteer import Gazetteer, Place, cut_words, load, short_names, stems

if TYPE_CHECKING:
    from pypinyin import Style

# The levels of the divisions whose sites are read by every spelling, and the level characters their names end in
# (qinghexian); a province's only by its name in full, or by its initials as a site's own label.
_READ_LEVELS = ("prefecture", "county")
_LEVEL_CHARACTERS = "区县市旗盟州"
# Host labels that name a service of a site, not its division (www, 政务公开 xxgk, 司法局 sfj…).
_SERVICE_LABEL = re.compile(r"^(?:www\d*|xxgk|zwgk|info|web|gov|sfj|fzb|admin|m|wap|en|bm|zfxxgk)$")
_SHORTEST_INITIALS_KEY = 4  # province initials and the division's: cqjb; shorter initials are too many divisions'
# A county's two or three initials as its site's own label (fl), not those of a kind of body or zone (kfq 开发区, gxq
# 高新区, jkq 经开区, sft 司法厅).
_COUNTY_INITIALS_LABEL = re.compile(r"(?!kfq$|gxq$|jkq$|sft$)[a-z]{2,3}")
_MOST_READINGS = 16  # spellings of one name by its characters' other readings (a long name's would be too many)


def addressed_place(url: str | None, gaz: Gazetteer, text: str = "",
                    fits: Callable[[Place], bool] | None = None) -> Place | None:
    """The one division the host name of ``url`` spells, or None: not a gov.cn site, no label spells a division,
    or a spelling several divisions share that ``text`` does not tell apart: by naming one most (its full name, above
    its short name, above its province or city: sz is 深圳市 where the text names 深圳; qinghexian is 清河县 of 河北,
    not 青河县 of 新疆, where the text names 邢台; benxi is 本溪市, not 本溪满族自治县, where it names 本溪市), by one
    alone being of the level the text speaks at (``fits``: yiyang is 益阳市, not 弋阳县, under a text whose bureau is
    市教育局), by one alone being current (tongliang: 铜梁区, not 铜梁县), or by one alone being read the usual way
    (yandu: 盐都区, not 殷都区)."""
    host = _gov_host(url)
    if host is None:
        return None
    keys, own_label_keys = _spellings(gaz), _own_label_spellings(gaz)
    labels = host.split(".")
    for label in [*labels, *(part for label in labels if "-" in label for part in label.split("-"))]:
        if _SERVICE_LABEL.match(label):
            continue
        spelled = keys.get(label.replace("-", "")) or (own_label_keys.get(label, {}) if label == labels[-1] else {})
        places = list(spelled)
        if len(places) > 1:
            # (a city's short name is read as a word of the text, which is cut only where a city is among them)
            words = set(cut_words(text)) if any(p.level == "prefecture" for p in places) else set()
            named = {p: (4 if p.name in text else 2 * _named_short(p, words)) + any(
                name in text for parent in gaz.chain(p)[1:] for name in (parent.name, *short_names(parent)))
                     for p in places}
            places = [p for p in places if named[p] == max(named.values())]
            if fits is not None and len(places) > 1:
                places = [p for p in places if fits(p)] or places
            places = [p for p in places if not p.retired] if len(places) > 1 else places  # (铜梁区, not 铜梁县)
            fewest = min(spelled[p] for p in places)
            places = [p for p in places if spelled[p] == fewest]
        if len(places) == 1:
            return places[0]
    return _county_by_initials(labels[-1], gaz, fits) if labels[-1] not in own_label_keys else None


def _county_by_initials(label: str, gaz: Gazetteer, fits: Callable[[Place], bool] | None) -> Place | None:
    """The one current county-level division whose initials alone are the site's own label (fl.gov.cn: 涪陵区, 浮梁县,
    丰林县) and that fits what the text says of its issuer (``fits``: a text speaking at a district's level, 区委、
    区政府, leaves 涪陵区 alone); None without such a word, or where several fit. A county's initials are too many
    divisions' to be read alone (jj), so they count only as a last reading, where no other spelling of any label
    reads a division."""
    if fits is None or not _COUNTY_INITIALS_LABEL.fullmatch(label):
        return None
    fitting = [place for place in _county_initials(gaz).get(label, ()) if fits(place)]
    return fitting[0] if len(fitting) == 1 else None


@lru_cache(maxsize=2)
def _county_initials(gaz: Gazetteer) -> dict[str, list[Place]]:
    """The current county-level divisions by the usual initials of each of their names, without the level and with it
    (fl: 涪陵区; yyx: 岳阳县 and 酉阳县, 酉阳土家族苗族自治县's short name)."""
    divisions: dict[str, list[Place]] = {}
    for place in gaz.by_code.values():
        if place.level == "county" and not place.retired:
            level = _level_character(place)
            for name in {name for stem in stems(place) for name in (stem, stem + level)}:
                initials = "".join(_usual(name, initials=True))
                if place not in divisions.setdefault(initials, []):
                    divisions[initials].append(place)
    return divisions


def _named_short(place: Place, words: set[str]) -> bool:
    """Whether the text names a prefecture by its short name as a word of its own (深圳 of 深圳法治先行示范城市建设):
    a city's short name is distinctive, a county's two characters often a word of the genre (公安 of 公安局, 和政 of
    和政务, 大关 of 把好大关), and a short name inside a longer name is that one's (津市 of 天津市)."""
    return place.level == "prefecture" and any(short in words for short in short_names(place))


def addressed_zone_city(url: str | None, zone_stem: str, gaz: Gazetteer) -> Place | None:
    """The prefecture whose initials, then those of a zone's name without its kind, spell the site's own label
    (dljp.gov.cn: 大连 金普, of 金普新区): a zone's site stands under its city's initials as a district's does (hzsc),
    and its name alone does not say which city it lies in. The city must have counties whose names open with the
    zone's characters, as a zone is named after the divisions it joins (金普: 金州区 and 普兰店区 of 大连, not 大理,
    which shares dl); None where no city or several do."""
    host = _gov_host(url)
    if host is None or len(zone_stem) < 2:
        return None
    label, zone = host.split(".")[-1], "".join(_usual(zone_stem, initials=True))
    if not label.endswith(zone) or len(label) == len(zone):
        return None
    cities = [city for city in _own_label_spellings(gaz).get(label[: -len(zone)], {}) if city.level == "prefecture"
              and _joins_counties_of(city, zone_stem, gaz)]
    return cities[0] if len(cities) == 1 else None


def _joins_counties_of(city: Place, zone_stem: str, gaz: Gazetteer) -> bool:
    """Whether each character of a zone's name opens the name of one of ``city``'s divisions (金普: 金州区, 普兰店区)."""
    openings = {division.name[0] for division in gaz.descendants(city)}
    return all(character in openings for character in zone_stem)


def _gov_host(url: str | None) -> str | None:
    """The host name of ``url`` without its .gov.cn, or None for no address or a site not under gov.cn."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:  # (an address that is none: [no address], a malformed IPv6 host)
        return None
    return host[: -len(".gov.cn")] if host.endswith(".gov.cn") else None


# Each spelling, with the divisions it spells and how many of their names' characters it reads otherwise than usual.
Spellings = dict[str, dict[Place, int]]


@lru_cache(maxsize=2)
def _spellings(gaz: Gazetteer) -> Spellings:
    """Each spelling a site may give a prefecture- or county-level division (one since retired too: its old reports
    stay on its site), or a province by its name in full, with the divisions it spells."""
    keys: Spellings = {}
    for place in gaz.by_code.values():
        if place.level == "province":  # (a province's department's site: nynct.fujian.gov.cn, by its name in full)
            for stem in short_names(place):
                for key, unusual in _readings(stem, initials=False).items():
                    if len(stem) > 1 and len(key) >= _SHORTEST_INITIALS_KEY:
                        keys.setdefault(key, {})[place] = unusual
            continue
        if place.level not in _READ_LEVELS:
            continue
        level = _level_character(place)
        spelled: dict[str, int] = {}

        def add(spellings: dict[str, int], head: str = "") -> None:
            for spelling, unusual in spellings.items():
                spelled[head + spelling] = min(unusual, spelled.get(head + spelling, unusual))

        for stem in stems(place):
            in_full = _readings(stem, initials=False)
            by_initials = [_readings(text, initials=True) for text in (stem, stem + level)]
            add(in_full)
            add(_readings(stem + level, initials=False))
            for province in short_names(gaz.province_of(place)):
                head = "".join(_usual(province, initials=True))
                add(in_full, head)
                for spellings in by_initials:
                    add(spellings, head)
        for key, unusual in spelled.items():
            if len(key) >= _SHORTEST_INITIALS_KEY and key.isascii():
                keys.setdefault(key, {})[place] = unusual
    return keys


@lru_cache(maxsize=2)
def _own_label_spellings(gaz: Gazetteer) -> Spellings:
    """A province's initials (gd: 广东, the site its departments stand under: wsjkw.gd.gov.cn), a prefecture's initials
    with its level's (xam: 兴安盟, lsz: 凉山州), and a county-level division's initials after its prefecture's, with its
    level's or without (tsqs: 天水 清水县, hzsc: 杭州 上城区, zzszq: 枣庄 市中区), by the usual readings: read only as a
    site's own label, right before gov.cn, where no department's abbreviation (fgw.…, sfj.…, sthj.…) stands.
    (Provinces sharing initials, hn of 河南, 湖南 and 海南, are told apart by the text or not at all; a province is
    taken only for a text speaking as one.)"""
    keys: Spellings = {}
    for place in gaz.by_code.values():
        if place.level == "province":
            for stem in short_names(place):
                if len(stem) > 1 and (initials := "".join(_usual(stem, initials=True))).isascii():
                    keys.setdefault(initials, {})[place] = 0
        elif place.level == "prefecture":  # (and by its own initials alone, hhht: 呼和浩特, dg: 东莞, which a county's or
            # another prefecture's may spell too: sz of 深圳 and 苏州, told apart by the text or not at all)
            for stem in stems(place):
                initials = "".join(_usual(stem, initials=True))
                level = _level_character(place)
                key = initials + ("".join(_usual(level, initials=True)) if level else "")
                if len(key) < _SHORTEST_INITIALS_KEY and key.isascii():
                    keys.setdefault(key, {})[place] = 0
                if len(initials) > 1 and initials.isascii():
                    keys.setdefault(initials, {})[place] = 0
        elif place.level == "county":
            cities = {city for parent in gaz.chain(place)[1:] if parent.level == "prefecture" for city in stems(parent)}
            level = _level_character(place)
            for city, stem in product(cities, stems(place)):
                for name in (stem, stem + level):  # (with its level's initial too: zzszq, 枣庄 市中区)
                    key = "".join(_usual(city, initials=True) + _usual(name, initials=True))
                    if key.isascii():
                        keys.setdefault(key, {})[place] = 0
    return keys


def _readings(text: str, initials: bool) -> dict[str, int]:
    """The spellings of ``text`` by its characters' readings (in full or by initials), the usual one (``_usual``)
    first, each with how many characters it reads otherwise than usual; at most ``_MOST_READINGS`` of them."""
    from pypinyin import pinyin

    usual = _usual(text, initials)
    spellings = {"".join(usual): 0}
    for combination in islice(product(*pinyin(text, style=_style(initials), heteronym=True)), _MOST_READINGS):
        if len(combination) == len(usual):
            spellings.setdefault("".join(combination), sum(a != b for a, b in zip(combination, usual)))
    return spellings


def _usual(text: str, initials: bool) -> list[str]:
    """``text``'s characters by their usual readings (in full or by initials), one syllable each: the spelling
    ``_readings`` counts other readings against, and how a province's short name opens its divisions' site names
    (cq of 重庆). A division's name pypinyin's own phrases lack, whose characters it would read by their first
    readings, opens with the reading CC-CEDICT gives it (``_dictionary_readings``: 长治 chang zhi, not zhang zhi,
    which left 长治 tied with 尚志 read chang zhi by 尚's rare reading)."""
    from pypinyin import lazy_pinyin

    readings = _dictionary_readings()
    word = next((text[:size] for size in range(len(text), 1, -1) if text[:size] in readings), "")
    syllables = [*readings.get(word, ()), *lazy_pinyin(text[len(word):])] if word else lazy_pinyin(text)
    return [syllable[0] for syllable in syllables] if initials else syllables


@lru_cache(maxsize=1)
def _dictionary_readings() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT's readings (pypinyin-dict), without tones, of the divisions' names, stems and short names that
    pypinyin's own phrases lack (长治: chang zhi; 六安: lu an). A name pypinyin knows keeps its reading (栖霞 qi xia,
    where CC-CEDICT has xi xia), and pypinyin itself is left as it is. Read once per process; the dictionary (some
    60 MB of phrases) is let go once the names' readings are taken from it."""
    import sys

    from pypinyin.constants import PHRASES_DICT
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin_dict.phrase_pinyin_data import cc_cedict

    gaz = load()
    names = {name for place in gaz.by_code.values() for name in (place.name, *stems(place), *short_names(place))}
    readings = {name: tuple(to_normal(syllables[0]) for syllables in cc_cedict.phrases_dict[name])
                for name in names if name in cc_cedict.phrases_dict and name not in PHRASES_DICT}
    for module in [name for name in sys.modules if name.startswith("pypinyin_dict")]:
        del sys.modules[module]  # (nothing else holds the phrases: they are freed when this returns)
    return readings


def _level_character(place: Place) -> str:
    """The level character a division's name ends in (区 of 涪陵区, 县 of 岳阳县), or "" for one ending otherwise (a
    name a site may spell with it: qinghexian)."""
    return place.name[-1] if place.name[-1] in _LEVEL_CHARACTERS else ""


def _style(initials: bool) -> Style:
    """pypinyin's style for readings in full or by initials."""
    from pypinyin import Style

    return Style.FIRST_LETTER if initials else Style.NORMAL

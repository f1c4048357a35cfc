"""The division a government site's address spells (www.jiangjin.gov.cn, www.cqjb.gov.cn, www.ahshitai.gov.cn).

Why: a report whose text never names its issuer (我区, 区委 and nothing more) usually stands on its own government's
site, and that site's host name spells the division in pinyin: its name in full (jiangjin: 江津区; qinghexian:
清河县), or after its province's initials, in full or by initials (ahshitai: 安徽 石台; cqjb: 重庆 江北; xjsmgq: 新疆
水磨沟区). A crawler's jsonl record carries the address (``url``), as does a saved page (its canonical link).
Only host names under gov.cn are read, and only a spelling that one division alone has: initials alone (jj) are
too many divisions' to read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from ingest.gazetteer import Gazetteer, Place, district_stem, short_names

# The levels of the divisions whose sites are read, and the level characters their names end in (qinghexian).
_READ_LEVELS = ("prefecture", "county")
_LEVEL_CHARACTERS = "区县市旗盟州"
# Host labels that name a service of a site, not its division (www, 政务公开 xxgk, 司法局 sfj…).
_SERVICE_LABEL = re.compile(r"^(?:www\d*|xxgk|zwgk|info|web|gov|sfj|fzb|admin|m|wap|en|bm|zfxxgk)$")
_SHORTEST_INITIALS_KEY = 4  # province initials and the division's: cqjb; shorter initials are too many divisions'


def addressed_place(url: str | None, gaz: Gazetteer, text: str = "") -> Place | None:
    """The one division the host name of ``url`` spells, or None: not a gov.cn site, no label spells a division,
    or a spelling several divisions share that ``text`` does not tell apart by naming one's province or city
    (qinghexian: 清河县 of 河北 or 青河县 of 新疆), nor by one alone being current (tongliang: 铜梁区, not 铜梁县)."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:  # (an address that is none: [no address], a malformed IPv6 host)
        return None
    if not host.endswith(".gov.cn"):
        return None
    keys = _spellings(gaz)
    for label in host[: -len(".gov.cn")].split("."):
        if _SERVICE_LABEL.match(label):
            continue
        places = keys.get(label.replace("-", ""), [])
        if len(places) > 1:
            places = [p for p in places if any(name in text for parent in gaz.chain(p)[1:]
                                               for name in (parent.name, *short_names(parent)))] or places
            places = [p for p in places if not p.retired] if len(places) > 1 else places  # (铜梁区, not 铜梁县)
        if len(places) == 1:
            return places[0]
    return None


@lru_cache(maxsize=2)
def _spellings(gaz: Gazetteer) -> dict[str, list[Place]]:
    """Each spelling a site may give a prefecture- or county-level division (one since retired too: its old reports
    stay on its site), with the divisions it spells."""
    from pypinyin import Style, lazy_pinyin

    def full(text: str) -> str:
        return "".join(lazy_pinyin(text))

    def initials(text: str) -> str:
        return "".join(lazy_pinyin(text, style=Style.FIRST_LETTER))

    keys: dict[str, list[Place]] = {}
    for place in gaz.by_code.values():
        if place.level not in _READ_LEVELS:
            continue
        stems = {s for s in [district_stem(place), *short_names(place)] if s and len(s) >= 2}
        level = place.name[-1] if place.name[-1] in _LEVEL_CHARACTERS else ""
        province = short_names(gaz.province_of(place))
        spelled = set()
        for stem in stems:
            spelled |= {full(stem), full(stem + level)}
            for outer in province:
                spelled |= {initials(outer) + full(stem), initials(outer) + initials(stem),
                            initials(outer) + initials(stem + level)}
        for key in spelled:
            if len(key) >= _SHORTEST_INITIALS_KEY and key.isascii():
                keys.setdefault(key, []).append(place)
    return keys

"""REGION: administrative divisions named in the text, full names and customary short forms.

Full names count anywhere (also inside agency names and titles). Short forms are
trusted for provinces (广东, 新疆) everywhere, but for prefectures and counties
only when they belong to the report's own region chain: 湖州 in a 湖州 report is
the city, while 长治 in 长治久安 is not a place. A district's stem (海淀 for 海淀区,
宁河 in 宁河经济开发区) counts the same way, in its own reports only: district stems
are common words elsewhere (和平, 鼓楼), so the gazetteer's global short names leave them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.gazetteer import Gazetteer, Place, district_stem


@dataclass(frozen=True)
class RegionHit:
    text: str
    start: int
    end: int
    place: Place


class RegionScanner:
    """Longest-match scan for division names, indexed by first character (fast on long texts)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._full: dict[str, list[str]] = {}
        for name in gazetteer.by_name:
            if len(name) >= 3:  # two-character full names (城区, 郊区, 矿区) are ordinary words
                self._full.setdefault(name[0], []).append(name)
        self._short: dict[str, list[str]] = {}
        self._short_places: dict[str, list[Place]] = {k: list(v) for k, v in gazetteer.by_short.items()}
        for place in gazetteer.by_code.values():
            stem = district_stem(place)
            if stem and stem not in gazetteer.by_name:
                self._short_places.setdefault(stem, []).append(place)
        for name in self._short_places:
            self._short.setdefault(name[0], []).append(name)
        for table in (self._full, self._short):
            for names in table.values():
                names.sort(key=len, reverse=True)

    def scan(self, text: str, context: Place | None) -> list[RegionHit]:
        chain = {p.code for p in self.gazetteer.chain(context)} if context else set()
        hits: list[RegionHit] = []
        i = 0
        while i < len(text):
            hit = self._full_at(text, i, context) or self._short_at(text, i, context, chain)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.end
        return hits

    def _full_at(self, text: str, i: int, context: Place | None) -> RegionHit | None:
        for name in self._full.get(text[i], ()):
            if text.startswith(name, i):
                place = self.gazetteer.lookup(name, near=context, allow_short=False)
                if place is not None:
                    return RegionHit(name, i, i + len(name), place)
        return None

    def _short_at(self, text: str, i: int, context: Place | None, chain: set[str]) -> RegionHit | None:
        for name in self._short.get(text[i], ()):
            if not text.startswith(name, i):
                continue
            for place in self._short_places[name]:
                if place.level == "province" or place.code in chain:
                    return RegionHit(name, i, i + len(name), place)
        return None

"""The document context that relative names are resolved against: 县 → 始兴县, 市 → 韶关市."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.gazetteer import Gazetteer, Place


@dataclass
class RegionContext:
    """The issuing region and its parents, by the level word that refers to each."""

    gazetteer: Gazetteer
    place: Place | None
    zone: str | None = None  # the development zone that issued the document, which its 党工委 and 管委会 are
    # the township (镇, 乡, 街道) that issued the document, below the code table: ``place`` is its county
    township: str | None = None
    # the official name of the bureau that issued the document (重庆市綦江区司法局), whose own party group
    # and committee its report calls 局党组 and 局党委; None when the publisher is no bureau or unknown
    bureau: str | None = None
    # whether that bureau wrote the report (its title names a bureau, or the text has no title): a bare
    # 党组理论学习中心组 is then its own, while a government's report that its 司法局 publishes names the
    # government's
    authored_by_bureau: bool = False
    # whether the report's region's government wrote it (it publishes the report, or its 司法局 publishes
    # a report whose title names no bureau): a bare 党组理论学习中心组 is then the government's party group's
    authored_by_government: bool = False
    # the level word (区, 县) of the county or district that issued the document without its text ever naming it:
    # ``place`` is then its province, and that word denotes no place (区委 is the district's, not 自治区's)
    unnamed_level: str | None = None
    # whether the issuer is a township its report never names (我镇 only): ``place`` is its county, and the groups it
    # names bare as its own (法治建设领导小组) stay as written, no body of the county's
    unnamed_township: bool = False
    # that zone's administrative committee where it publishes the report, by the name it publishes under
    # (南宁五象新区规划建设管理委员会): the report's bare 管委会, whose style its other bodies share (中共南宁五象新区工作委员会)
    zone_committee: str | None = None
    # a street's office where it publishes the report under its district government's name, as its official style
    # writes it (烟台市莱山区人民政府黄海路街道办事处): the report's bare 办事处, which kg otherwise styles without that
    street_office: str | None = None

    def resolve_level_word(self, word: str) -> Place | None:
        """The place a bare level word (县, 旗, 市, 区, 州, 盟, 省, 自治区) denotes in this document.

        In a county's report 市 is its prefecture; in a county-level city's report 市
        is the city itself; 自治区 and 省 are the province.
        """
        if self.place is None or word == self.unnamed_level:
            return None
        chain = self.gazetteer.chain(self.place)
        if word in ("省", "自治区"):
            return chain[-1]
        for candidate in chain:
            name = candidate.name
            if word == "州" and name.endswith("州") and candidate.level == "prefecture":
                return candidate
            if word == "市" and name.endswith("市"):
                return candidate
            if word == "县" and (name.endswith("县") or name.endswith("旗")):
                return candidate
            if word == "旗" and name.endswith("旗"):
                return candidate
            if word == "盟" and name.endswith("盟") and candidate.level == "prefecture":
                return candidate
            if word == "区" and name.endswith("区") and candidate.level == "county":
                return candidate
        if word == "区" and self.place.level == "province" and self.place.name.endswith("自治区"):
            return self.place  # an autonomous region's own report calls it 区 (全区, 依法治区委员会)
        return None

"""Questions that ask for the graph's entities of one type, not for regions: 宝应县引用了哪些法规,
始兴县聘请了哪些律师事务所, 丹江口市的律师事务所有哪些, 报告引用了多少部法规.

Such a question wants names, each with the regions and paragraphs that state it, and a count that
is true: every entity of the type in the question's scope, not the best paragraphs' few. Read as a
which-regions or how question, 宝应县的报告引用了哪些法规 looked for the word 引用 in the text.
Figures a report states as counted things (清理规范性文件多少件) stay numeric questions: only a
verb of citing (引用了多少部法规) counts entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.ask.quantities import YEAR_WORDS

# Entity type → the nouns a question names it by. 法律 is no title when a word runs on (法律顾问, 法律服务).
_NOUNS: dict[str, str] = {
    "LAW_FIRM": r"律师事务所|律所",
    "AGENCY": r"部门|机构|机关",  # 哪些单位 stays a which-regions question (哪些单位…开展了: regions and bodies alike)
    "REGULATION": r"法律法规|法规规章|法律(?!顾问|服务|援助|意见|风险|知识|职业|人才|工作者|咨询|事务|明白人|素养)"
                  r"|法规|条例|规章|(?:规范性|政策|制度)?文件",
}
_CITING = r"引用|援引|提到|提及|涉及|依据|列举"
# A count of entities is asked of the titles cited only (引用了多少部法规): 涉及多少个部门 asks a figure the report
# states (a list's departments), not the bodies the graph holds.
_COUNTED = r"引用|援引|提到|提及"
LISTED_TYPES: dict[str, re.Pattern[str]] = {
    etype: re.compile(rf"哪些(?:{nouns})|(?:{nouns})(?:有|是)哪些"
                      + (rf"|(?:{_COUNTED})了?多少(?:部|个|份|项)?(?:{nouns})" if etype == "REGULATION" else ""))
    for etype, nouns in _NOUNS.items()
}
ASKS_LIST = re.compile("|".join(pattern.pattern for pattern in LISTED_TYPES.values()))
# The kinds of regulation (ingest/extract/regulations.py) a noun asks for: 法律法规 are laws, regulations
# and rules, not a county's plan or an outline (a list of them padded with plans would not be true);
# 文件 is any document. A noun not here asks for every kind.
_KINDS_OF_NOUN: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"文件"), frozenset()),
    (re.compile(r"法律法规|法规|规章.*法律|法律.*规章"), frozenset({"law", "regulation", "rules"})),
    (re.compile(r"法律"), frozenset({"law"})),
    (re.compile(r"条例"), frozenset({"regulation"})),
    (re.compile(r"规章"), frozenset({"rules"})),
)
# What each asked set of kinds is called in the answer.
_KIND_NOUNS = {frozenset({"law", "regulation", "rules"}): "法律法规", frozenset({"law"}): "法律",
               frozenset({"regulation"}): "条例", frozenset({"rules"}): "规章"}
# What the answer calls each type, and the measure word of its count.
NAMES: dict[str, tuple[str, str]] = {"LAW_FIRM": ("律师事务所", "家"), "AGENCY": ("部门和机构", "个"),
                                     "REGULATION": ("法规文件", "个")}
# What a paragraph does to an entity of each type, said in the answer (the graph's relation).
RELATIONS: dict[str, tuple[str, str]] = {"LAW_FIRM": ("MENTIONS", "提到"), "AGENCY": ("MENTIONS", "提到"),
                                         "REGULATION": ("CITES", "引用")}
# The words of a listing question that say what is listed and how, not a practice to look for
# (…在行政复议方面引用了哪些法规: 行政复议 narrows the paragraphs; 引用, 报告, 方面 do not).
_FRAME = re.compile(rf"(?:{_CITING}|聘请|聘用|选聘|委托|印发|出台|制定|学习|贯彻|宣传|参与|参加|负责|牵头)了?|的?报告(?:中|里)?|"
                    r"得?最(?:多|常见?|广泛?|普遍|频繁)|较多|经常|被|"  # the list is ordered by spread anyway
                    r"以来|各地区?|各县(?:市区)?|各市|全国|所有|本地|当地|地区|地方|方面|领域|工作中|中|里|都|共|有|是|了|的|在|对|"
                    r"哪些|多少|[部个份项家]|[？?。，,、\s]")


def listed_type(question: str) -> str | None:
    """The entity type a question asks a list (or count) of, or None."""
    for etype, pattern in LISTED_TYPES.items():
        if pattern.search(question):
            return etype
    return None


def asked_kinds(question: str, etype: str) -> frozenset[str]:
    """The regulation kinds the question's noun asks for; empty for every kind (and other types)."""
    match = LISTED_TYPES[etype].search(question)
    if etype != "REGULATION" or not match:
        return frozenset()
    return next((kinds for noun, kinds in _KINDS_OF_NOUN if noun.search(match.group())), frozenset())


def noun_of(etype: str, kinds: frozenset[str]) -> tuple[str, str]:
    """(noun, measure word) the answer counts the entities by."""
    return (_KIND_NOUNS[kinds], "部") if kinds in _KIND_NOUNS else NAMES[etype]


def practice_words(question: str, etype: str, places: list[str]) -> str:
    """What is left of the question once the list, its verb, places, years and frame words are gone:
    a practice the listed entities must be stated with (行政复议), or "" when the question names none."""
    text = LISTED_TYPES[etype].sub("", question)
    for place in sorted(places, key=len, reverse=True):
        text = text.replace(place, "")
    return _FRAME.sub("", YEAR_WORDS.sub("", text))


@dataclass
class Listed:
    """One entity of the answer: how many regions and paragraphs state it, and per region (where
    read) its years, paragraph count and first paragraph."""

    name: str
    kind: str | None  # a regulation's kind (law, plan…); None for other types
    regions: int
    paragraphs: int
    places: list[dict[str, Any]] = field(default_factory=list)  # {region, years, paragraphs, first_paragraph}


def group(rows: list[dict[str, Any]]) -> list[Listed]:
    """Paragraph rows (name, region, year, paragraph_id) grouped by entity and region, the entities
    most regions state first, then by paragraphs and name."""
    by_name: dict[str, dict[str, dict[str, Any]]] = {}
    kinds: dict[str, str | None] = {}
    for row in rows:
        kinds[row["name"]] = row.get("kind")
        place = by_name.setdefault(row["name"], {}).setdefault(
            row["region"] or "", {"region": row["region"], "years": set(), "ids": {}})
        place["ids"][row["paragraph_id"]] = None  # in order, once each
        if row.get("year"):
            place["years"].add(row["year"])
    listed = [Listed(name, kinds[name], len(places), sum(len(p["ids"]) for p in places.values()),
                     [{"region": p["region"], "years": sorted(p["years"]), "paragraphs": len(p["ids"]),
                       "first_paragraph": next(iter(p["ids"]))} for p in places.values()])
              for name, places in by_name.items()]
    return ranked(listed)


def ranked(listed: list[Listed]) -> list[Listed]:
    return sorted(listed, key=lambda e: (-e.regions, -e.paragraphs, e.name))


def facts(etype: str, listed: list[Listed]) -> list[dict[str, Any]]:
    """One fact per entity and region read, the region's first paragraph cited."""
    kind = RELATIONS[etype][0]
    return [{"kind": kind, "type": etype, "entity": entity.name, "region": place["region"],
             "year": place["years"][-1] if place["years"] else None, "years": place["years"],
             "paragraph_id": place["first_paragraph"], "paragraphs": place["paragraphs"]}
            for entity in listed for place in entity.places]


def shown_name(etype: str, name: str) -> str:
    return f"《{name}》" if etype == "REGULATION" else name

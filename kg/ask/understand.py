"""Reading a researcher's question: where, when, about what, and what kind of answer it wants."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from ingest import gazetteer
from ingest.extract.numerals import chinese_to_number
from ingest.extract.regulations import canonical_title, regulation_key, same_regulation
from ingest.extract.regions import RegionScanner
from ingest.schema import ENTITY_BY_TYPE
from ingest.topics import classify
from kg.ask.listing import ASKS_LIST, listed_type
from kg.ask.quantities import RANKING, THRESHOLD
from kg.ask.report_parts import ASKS_PART

KINDS = ("which_regions", "numeric", "rank", "entities", "reports", "part", "how", "compare", "similar")

# Order matters: the first kind whose pattern matches wins.
KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 广东省有哪些地区的报告, 库中有多少份报告, 始兴县有哪几年的报告: what the store holds, not what reports say
    # (哪些地区的报告提到了X goes on past 报告 and is a which-regions question)
    # (报告 as what is counted: after 的 or 有, or after 份/篇 (有几份2022年度报告); not a 信用报告 a clause with 了 hands
    # out, nor the 年度报告 a practice publishes (哪些地区按时公开政府信息公开年度报告))
    ("reports", re.compile(r"(?:哪些|多少|几|哪几)(?:[^，,。？?了]{0,12}[的有]|[^，,。？?了]{0,2}[份篇][^，,。？?了]{0,10})"
                           r"报告[吗呢]?[？?]?$|报告(?:有|是)哪些[？?]?$")),
    # 引用了哪些法规, 律师事务所有哪些: the graph's entities of one type (kg/ask/listing.py), first: 哪些法律
    # 被引用最多 ranks no regions, 哪些法规 is no place, and 引用了多少部法规 counts entities, not a stated figure
    ("entities", ASKS_LIST),
    ("part", ASKS_PART),  # 存在哪些问题, 下一步有什么打算: a part every annual report has (kg/ask/report_parts.py)
    ("rank", RANKING),  # 哪个县纠错率最高: an order of regions by a quantity, before "which" and "how many"
    ("similar", re.compile(r"类似|相似|相近|同样的做法")),
    ("compare", re.compile(r"比较|对比|相比|异同|区别|各地.{0,16}情况")),
    ("which_regions", re.compile(r"哪些(县|市|区|地方|地区|省|城市|单位|村|镇|乡|街道|社区)|哪(个|些|几个)?(县|市|区|地|省|城)|哪里|在哪(?!一?[天日])|"
                                 r"哪些[\u4e00-\u9fff]{1,4}?(地区|地方|城市|县市|县区|区县|省份)"  # 哪些民族地区
                                 # (bodies of regions, listed by region, of any kind doing something: 哪些卫生健康部门推进…;
                                 # 哪些部门 alone, 哪些相关部门, and 提到了哪些执法部门？ ask the graph's)
                                 r"|哪些政府部门|哪些(?!相关|有关|职能|其他)[\u4e00-\u9fff]{2,6}?部门(?![？?]|$)")),
    # 覆盖哪几年, 哪一年度: years the report writes are the value asked
    ("numeric", re.compile(r"多少|几[天个件项次名家年倍类册场期部批种条份轮篇户所起宗例位支本处座]|第几|比例|百分之|[率额量数]是|多久|"
                           r"多长时间|数量|数据|哪(?:一|几|些|个)?(?:年度|年份|年)|(?:在)?哪(?:一)?天")),  # (a date asked: 在哪天举行)
)
# "有多少个地区的报告提到了X" with no place named: how many regions do X, answered by listing them (a
# place named makes it a count inside that place: 长春市组织多少个县（市）区参加…).
HOW_MANY_REGIONS = re.compile(r"(?:多少|几)个?(?:县市区|县区|区县|地区|地方|城市|省份|县|省)(?![\u4e00-\u9fff]{0,4}(?:部门|单位|机关))")
LEVEL_WORDS = {"各县": "county", "各区县": "county", "各县区": "county", "各县市区": "county",
               "各市": "prefecture", "各地市": "prefecture", "各省": "province"}
YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年?")
YEAR_RANGE = re.compile(r"(20\d{2})\s*[-—~至到]\s*(20\d{2})\s*年?")
SINCE = re.compile(r"(20\d{2})\s*年?以来")
RECENT = re.compile(r"近([一二两三四五六七八九十\d]+)年")


@dataclass
class Interpretation:
    question: str
    regions: list[dict[str, Any]] = field(default_factory=list)  # {name, level, code, scope}
    references: list[dict[str, Any]] = field(default_factory=list)  # regions asked "like": 和始兴县一样
    years: list[int] = field(default_factory=list)
    year_range: tuple[int, int] | None = None
    entities: list[dict[str, str]] = field(default_factory=list)  # {type, name}
    topic: str | None = None
    kind: str = "how"
    listing: str | None = None  # the entity type an "entities" question lists (REGULATION, LAW_FIRM)
    # read the reports of the question's years whose issuer kg could not tell, its place holding none (see
    # Answerer.ask)
    reads_unplaced: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("question")
        data.pop("reads_unplaced")  # (how an answer was read, not what the question asks: the answer's note says it)
        data["year_range"] = list(self.year_range) if self.year_range else None
        return data


def understand(question: str, known_entities: Mapping[str, set[str]], latest_year: int | None,
               corpus_places: set[str] = frozenset()) -> Interpretation:
    """Interpret ``question``; ``known_entities`` maps a type to the names the corpus holds and
    ``corpus_places`` names the regions the corpus covers (short names of those are trusted)."""
    interpretation = Interpretation(question=question)
    interpretation.regions = _regions(question, corpus_places)
    interpretation.years, interpretation.year_range = _years(question, latest_year)
    known = known_entities if isinstance(known_entities, KnownNames) else KnownNames(known_entities)
    interpretation.entities = _entities(question, known)
    topics = classify(question)
    interpretation.topic = topics[0] if topics else None
    interpretation.kind = next((kind for kind, pattern in KIND_PATTERNS if pattern.search(question)), "how")
    if interpretation.kind == "numeric" and not interpretation.regions and HOW_MANY_REGIONS.search(question):
        interpretation.kind = "which_regions"  # 有多少个地区…: the regions listed are the count
    if interpretation.kind == "which_regions" and THRESHOLD.search(question):
        interpretation.kind = "rank"  # 哪些县的出庭应诉率达到100%: the regions whose stated figure meets it
    if interpretation.kind == "entities":
        interpretation.listing = listed_type(question)
    if interpretation.kind == "which_regions":
        interpretation.regions, interpretation.references = _split_references(question, interpretation.regions)
    return interpretation


# A region the question holds up as the model (哪些地区和始兴县一样…, 像浦东新区那样…, 学习枫桥…): the
# answer is the other regions doing it, not that region's own reports.
_LIKE = re.compile(r"(?:和|与|同|跟|像|如)(?P<place>[^，,。？?、和与]{2,14}?)(?:一样|那样|这样|相同|同样)"
                   r"|(?:学习|参照|借鉴|仿照)(?P<model>[^，,。？?、和与]{2,14}?)(?:的|经验|做法)")


# An aside giving examples of the practice (（如在当地考察时的讲话、关于西藏工作的重要指示）): a place it names is part of
# an example, no region to answer within; one right after the regions asked (哪些地方（如北京市）…) would describe them.
_EXAMPLES_ASIDE = re.compile(r"(?<![方区市县省位])[（(](?:如|例如|比如|譬如)(?P<examples>[^（）()]+)[）)]")


def _split_references(question: str, regions: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(regions to answer within, regions named as the model) of a which-regions question; a region named only in
    an aside of examples of the practice is neither."""
    written = [m.group("place") or m.group("model") for m in _LIKE.finditer(question)]
    examples = [m.group("examples") for m in _EXAMPLES_ASIDE.finditer(question)]
    outside = _EXAMPLES_ASIDE.sub("", question)
    gaz = gazetteer.load()

    def forms(region: dict[str, Any]) -> list[str]:
        place = gaz.by_code.get(region["code"]) if region["code"] else None
        return [region["name"], *(gazetteer.short_names(place) if place else [])]

    def named(region: dict[str, Any]) -> bool:
        return any(form in text for form in forms(region) for text in written)

    def an_example(region: dict[str, Any]) -> bool:
        return any(form in text for form in forms(region) for text in examples) \
            and not any(form in outside for form in forms(region))

    asked = [r for r in regions if not an_example(r)]
    return [r for r in asked if not named(r)], [r for r in asked if named(r)]


@functools.cache
def region_scanner() -> RegionScanner:
    """One scanner per process: indexing the gazetteer's names took 40 ms of every question."""
    return RegionScanner(gazetteer.load())


def _regions(question: str, corpus_places: set[str]) -> list[dict[str, Any]]:
    """Full names anywhere; short names (湖州, 广东) when they name a place of the corpus or,
    unambiguously, a province or prefecture."""
    gaz = gazetteer.load()
    spans: list[tuple[int, int, gazetteer.Place]] = [
        (hit.start, hit.end, hit.place) for hit in region_scanner().scan(question, None)]
    taken = {i for start, end, _ in spans for i in range(start, end)}
    taken |= _corpus_places_in_full(question, corpus_places, taken)
    for size in (4, 3, 2):
        for start in range(len(question) - size + 1):
            if any(i in taken for i in range(start, start + size)):
                continue
            candidates = gaz.by_short.get(question[start:start + size], [])
            known = [p for p in candidates if p.name in corpus_places]
            upper = [p for p in candidates if p.level in ("province", "prefecture")]
            place = known[0] if len(known) == 1 else (upper[0] if len(upper) == 1 and not known else None)
            if place:
                spans.append((start, start + size, place))
                taken |= set(range(start, start + size))
    spans += _two_character_counties(question, spans, corpus_places)
    out: list[dict[str, Any]] = []
    for _, end, place in sorted(spans, key=lambda s: s[0]):
        after = question[end:end + 4]
        scope = next((level for word, level in LEVEL_WORDS.items() if after.startswith(word)), None)
        region = {"name": place.name, "level": place.level, "code": place.code, "scope": scope}
        if region not in out:
            out.append(region)
    return _with_corpus_places(question, out, spans, corpus_places)


def _corpus_places_in_full(question: str, corpus_places: set[str], taken: set[int]) -> set[int]:
    """The positions of the corpus's own places written in full where the scanner found none (永安镇 of
    垫江县永安镇, 东城街道): no short name inside them is read (永安 there is not 永安市, 东城 not 东城区), as
    ``_with_corpus_places`` adds them whole."""
    positions: set[int] = set()
    for name in corpus_places:
        if len(name) < 3 or name not in question:  # (a substring test first: a corpus holds thousands of places)
            continue
        for match in re.finditer(re.escape(name), question):
            span = set(range(match.start(), match.end()))
            if not span & taken:
                positions |= span
    return positions


# What follows 县 when a two-character county's name is the tail of a word and a level's head (县级, 县域, 县城,
# 县区, 县乡): 和县级 in 市和县级部门, 兴县域 in 振兴县域经济.
_LEVEL_COMPOUND_TAILS = "级域城区乡镇市"
_LEVEL_HEADS = "省市州盟区县乡镇"
_LIST_JOINERS = "、和与及"


def _two_character_counties(question: str, spans: list[tuple[int, int, Any]],
                            corpus_places: set[str]) -> list[tuple[int, int, Any]]:
    """Two-character counties (黟县, 歙县, 沛县) named in the question. The scanner trusts them only in a
    report of their own, as the names are ordinary words elsewhere (和县 in 市和县); a question has no
    such report, so one counts where it cannot be a word's tail: it is a place of the corpus, or it
    opens the question or a clause, or it follows a place it lies in (安徽省歙县, 黄山市黟县). Left
    unread, 黟县2021年… was answered from every region's reports."""
    gaz = gazetteer.load()
    taken = {i for start, end, _ in spans for i in range(start, end)}
    ends = {end: place for _, end, place in spans}
    found: list[tuple[int, int, Any]] = []
    for start in range(len(question) - 1):
        name = question[start:start + 2]
        places = [p for p in gaz.by_name.get(name, ()) if p.level == "county" and not p.retired]
        following = question[start + 2:start + 3]
        if not places or start in taken or start + 1 in taken or (following and following in _LEVEL_COMPOUND_TAILS):
            continue
        before = ends.get(start)
        inside = [p for p in places if before is not None and before in gaz.chain(p)]
        opens = start == 0 or not _is_cjk(question[start - 1]) or _after_a_year_or_a_listed_place(question, start, ends)
        after_a_level = start > 0 and question[start - 1] in _LEVEL_HEADS  # 市和县: the levels, not 和县
        if inside or opens or (name in corpus_places and not after_a_level):
            found.append((start, start + 2, inside[0] if inside else gazetteer.prefer_higher_level(places)))
    return found


def _is_cjk(character: str) -> bool:
    return "\u4e00" <= character <= "\u9fff"


def _after_a_year_or_a_listed_place(question: str, start: int, ends: Mapping[int, Any]) -> bool:
    """Whether a name at ``start`` opens a phrase: right after a year (2020年沛县) or after another
    place and a joiner (休宁县和歙县, 沛县、丰县), where no word runs on into it."""
    before = question[start - 1]
    if before == "年":
        return start >= 2 and question[start - 2].isdigit()
    return before in _LIST_JOINERS and (start - 1) in ends


def _with_corpus_places(question: str, regions: list[dict[str, Any]], spans: list[tuple[int, int, Any]],
                        corpus_places: set[str]) -> list[dict[str, Any]]:
    """``regions`` plus the corpus's own places the gazetteer lacks (大鹏新区, a zone's name) written
    in full in the question. One written right after a region it lies in (深圳市大鹏新区) stands for
    it: the question asks about the zone, whose reports name no parent to filter by."""
    known = {region["name"] for region in regions}
    for name in sorted(corpus_places - known, key=len, reverse=True):
        at = question.find(name) if len(name) >= 3 else -1
        if at < 0 or any(start < at + len(name) and at < end for start, end, _ in spans):
            continue
        parent = next((place.name for start, end, place in spans if end == at), None)
        regions = [r for r in regions if r["name"] != parent]
        regions.append({"name": name, "level": None, "code": None, "scope": None})
        spans = spans + [(at, at + len(name), None)]
    return regions


# An aside excluding something (（不算其办公室的会议）, （国务院2004年《…》…不算）, （泛称“…”的不算）): its words and years are
# what the question rules out, not what it asks.
EXCLUSION_ASIDE = re.compile(r"[（(](?:(?:不算|不包括|不含|不计|除了?|并非|而非|而不是|但不)[^（）()]*"
                             r"|[^（）()]*(?:的?不算|除外|不计在内|不包括在内))[）)]")


# A title in 《》 (纲要（2015—2020年）, 2019年度工作要点): its years name the document, not the question's years;
# so do years in an aside right after it (《法治政府建设实施纲要》（2015—2020年或2021—2025年）: its editions).
_TITLE = re.compile(r"《[^《》]*》(?:[（(][^（）()]*(?:19|20)\d{2}[^（）()]*[）)])?")


# Spans of years a plan covers, said before it (本省2021—2025年的法治政府建设实施方案, 覆盖“十四五”时期（2021—2025年）的
# 规划, 2021—2025年、2022—2025年的方案) or after it in brackets: the document's years, not the question's.
_RANGE_UNGROUPED = YEAR_RANGE.pattern.replace("(20", "(?:20")  # (a span after the first, its years read apart)
# ... or in brackets right after it (法治政府建设实施方案（2016—2020年）), its period's name perhaps offered as an alternative
# (（2021—2025年或“十四五”）, （…或“十四五”时期）, （…，即“十四五”）): no name the question asks a report to state.
PLAN_SPAN_ASIDE = re.compile(r"(?<=规划|方案|纲要|计划)[（(]" + _RANGE_UNGROUPED
                             + r"(?P<period>(?:[或、]|[，,]?即)[^（）()]{2,12})?[）)]")
_PLAN_SPAN = re.compile(YEAR_RANGE.pattern + r"(?:[、和或]" + _RANGE_UNGROUPED + r")*[）)]?的"
                        r"(?=[^，,。？?；;]{0,16}?(?:规划|方案|纲要|计划))|" + PLAN_SPAN_ASIDE.pattern)


_NUMERALS = "〇一二三四五六七八九"  # (the period of a five-year plan, 十四五, in characters)


def plan_span_words(question: str) -> list[str]:
    """How a report writes the span a plan asked about covers (覆盖2021—2025年的法治建设规划): its first year, and the
    five-year period it is (“十四五”: 2021—2025, the national plans' periods, 十三五 2016—2020); [] when none is asked."""
    match = _PLAN_SPAN.search(question)
    if match is None:
        return []
    words = []
    for span in YEAR_RANGE.finditer(match.group()):  # (例如2021—2025年、2022—2025年的方案: either)
        first, last = sorted((int(span.group(1)), int(span.group(2))))
        words.append(str(first))
        if last - first == 4 and first % 5 == 1:  # (the 1st five-year plan began in 1953; the 13th in 2016)
            words.append(f"十{_NUMERALS[(first - 2016) // 5 + 3]}五")
    return list(dict.fromkeys(words))


def _years(question: str, latest: int | None) -> tuple[list[int], tuple[int, int] | None]:
    question = _PLAN_SPAN.sub("", _TITLE.sub("《》", EXCLUSION_ASIDE.sub("", question)))
    if m := YEAR_RANGE.search(question):
        low, high = sorted((int(m.group(1)), int(m.group(2))))
        return list(range(low, high + 1)), (low, high)
    if (m := SINCE.search(question)) and latest:
        low = int(m.group(1))
        return list(range(low, max(low, latest) + 1)), (low, max(low, latest))
    if (m := RECENT.search(question)) and latest:
        span = int(m.group(1)) if m.group(1).isdigit() else chinese_to_number(m.group(1))
        if span:
            return list(range(latest - span + 1, latest + 1)), (latest - span + 1, latest)
    years = sorted({int(y) for y in YEAR.findall(question)})
    if years:  # (2025年…较去年同期增长多少: 去年 is what the year is compared with, not the year asked)
        return years, None
    if latest and "去年" in question:
        return [latest - 1], None
    # 今年 is the asker's year; 本年度 (本年度的工作要点) is each report's own, as 当年 is: no filter.
    if latest and "今年" in question:
        return [latest], None
    return years, None


class EntityNames:
    """The corpus's entity names by their bare form (without 《》“”), to find every name a question
    contains with one dictionary probe per substring of a length some name has.

    Why: testing each known name against the question grows with the corpus (8,400 names at
    1,000 reports: 1.4 ms a question of 35 characters, 0.4 ms with this lookup, whose 40 name
    lengths bound the probes whatever the corpus's size; built in 6 ms). Names come
    out in the order the scan over ``known`` gave them (type by type, each type's names in their
    iteration order), so answers are the same as with that scan.
    """

    def __init__(self, known: Mapping[str, Iterable[str]]) -> None:
        self.by_bare: dict[str, list[tuple[int, int, str, str]]] = {}
        for type_order, etype in enumerate(ENTITY_BY_TYPE):
            for position, name in enumerate(known.get(etype, ())):
                bare = name.strip("《》“”")
                if len(bare) >= 3:
                    self.by_bare.setdefault(bare, []).append((type_order, position, etype, name))
        self.lengths = sorted({len(bare) for bare in self.by_bare})

    def within(self, text: str) -> list[tuple[str, str]]:
        """(type, name) of each known name whose bare form occurs in ``text``."""
        found: set[tuple[int, int, str, str]] = set()
        for start in range(len(text)):
            for size in self.lengths:
                if start + size > len(text):
                    break
                found.update(self.by_bare.get(text[start:start + size], ()))
        return list(dict.fromkeys((etype, name) for _, _, etype, name in sorted(found)))


class KnownNames(dict[str, set[str]]):
    """The names the corpus holds, by entity type, and the lookup that finds them in a question.

    An answerer reads them from the graph once per index generation and passes the same object
    with every question, so the lookup is built once, on the first question; a new generation's
    answerer brings a new object and therefore a new lookup.
    """

    @functools.cached_property
    def lookup(self) -> EntityNames:
        return EntityNames(self)

    @functools.cached_property
    def regulation_titles(self) -> list[tuple[str, str]]:
        """(canonical title, name) of every regulation, built once: 34,000 titles at 30,000 reports
        are too many to canonicalise on every question."""
        return [(canonical_title(name.strip("《》")), name) for name in self.get("REGULATION", ())]

    @functools.cached_property
    def regulations_by_key(self) -> dict[str, list[str]]:
        """Regulation names by the key all spellings of one title share (regulation_key)."""
        keys: dict[str, list[str]] = {}
        for title, name in self.regulation_titles:
            keys.setdefault(regulation_key(title), []).append(name)
        return keys


def _entities(question: str, known: KnownNames) -> list[dict[str, str]]:
    """Known names the question contains, and regulations named in 《》 even partially."""
    found: list[dict[str, str]] = []
    quoted = re.findall(r"《([^《》]{2,60})》", question)
    for title in quoted:
        regulations = known.get("REGULATION", set())
        # the title itself under any spelling (（2015-2020年）, 中华人民共和国…); else the titles it is
        # a short form of (《纲要》 → 法治政府建设实施纲要（2015—2020年）, as one report's citations are
        # joined); else those containing it. Never all at once: a plan implementing the asked
        # regulation (…贯彻落实〈纲要〉实施方案) is not the regulation.
        canonical = canonical_title(title)
        matches = (known.regulations_by_key.get(regulation_key(canonical))
                   or [n for full, n in known.regulation_titles if same_regulation(canonical, full)]
                   or [n for n in regulations if title in n])
        for name in sorted(matches, key=lambda n: (len(n), n))[:5] or [f"《{title}》"]:  # (the same five every run)
            found.append({"type": "REGULATION", "name": name})
    for etype, name in known.lookup.within(question):
        if {"type": etype, "name": name} not in found:
            found.append({"type": etype, "name": name})
    # a shorter name inside a longer one found too (行政复议法 in 中华人民共和国行政复议法) adds nothing
    names = [e["name"] for e in found]
    return [e for e in found if not any(e["name"] != other and e["name"].strip("《》") in other for other in names)]


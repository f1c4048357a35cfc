"""Figures a paragraph writes that the extraction left without a stated fact.

Why: a numeric answer may only give a value its cited paragraph states, but the graph's STATES
facts miss some that a reader sees at once: the second figure of "27个部门单位的278项行政许可
事项", a measure the indicator patterns do not know (31715件次), the second measure of one thing
("3场、278人次"). The paragraph is the evidence either way, so a number written with its measure
word is read from the text itself and scored like any other figure: it answers a part only when
the words before or after it name what was asked.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.extract.numerals import chinese_to_number

# Measure words of the genre's counts (longest first), and the percent sign.
UNITS = ("个工作小时", "个工作日", "个百分点", "平方公里", "平方米", "人次", "件次", "户次", "场次", "批次", "大类", "大项", "小项", "分项", "子项",
         "万元", "亿元", "分钟", "部门", "周年",
         "小时", "件", "宗", "次", "个", "名", "人", "家", "项", "条", "场", "批", "所", "元", "天", "日", "倍", "户", "例",
         "篇", "期", "份", "起", "类", "部", "证", "艘", "辆", "台", "套", "轮", "册", "处", "幅", "张", "分", "市", "县", "届", "位",
         "组", "%", "％")
# 分 is a score's measure (分值权重20分, 考核得分95.5分), not the 分 of a branch's name (3分局, 2分院)
# nor of a fraction (3分之1).
# (nor is 轮 of 轮流 a round)
# (部门 is counted with no measure word: 商务部等18部门联合发文; 届 and 位 are an edition's and a ranking's: 第三届论坛,
# 名列第37位)
# (nor is 组 of 组织 or 组建 a set of things: 业务套餐41组)
# (nor are 市 and 县 the places counted (在3市8县开展试点) when a word goes on from them: 12345市民热线, 2县级)
_UNIT = "|".join({"分": "分(?![局院队所之公])", "轮": "轮(?!流)", "市": "市(?![民场级直委政区属内辖长])",
                  "县": "县(?![民级直委政区域属内城乡长])", "组": "组(?![织建成长委])"}.get(unit, re.escape(unit))
                 for unit in UNITS)
# (a space may stand between the number and its word, as pages set figures apart: 商务部等 18 部门)
_NUMBER = r"(\d+(?:\.\d+)?)[ \u00a0]?(万|亿)?(余|多)?[ \u00a0]?(" + _UNIT + ")"  # value, 万/亿, 余/多, unit
_FIGURE = re.compile(r"(?<![\d.])" + _NUMBER)
# Reports write ordinals in Chinese numerals (第六次会议, 第二批) and counts in digits: only 第, a numeral
# and a measure word (or 年: 连续第三年) are read so. ``_ORDINAL``: 第 and a number, in either writing.
_CHINESE_ORDINAL = re.compile(r"第([零〇一二两三四五六七八九十百千]+)(" + _UNIT + r"|年(?![度级]))")
# A place in a ranking written with no measure word (在全国49个城市中排名第四, 位列全省第3): read as 第N名
# (安排第三方评估 is no place).
_RANK = re.compile(r"(?:排名|排|位列|位居|列|居)(?:全国|全省|全市|全区)?(第([零〇一二两三四五六七八九十]+|\d+))(?![\d零〇一二两三四五六七八九十百千方]|" + _UNIT + ")")
_LISTED_RANK = re.compile(r"[、和](第([零〇一二两三四五六七八九十]+|\d+))(?![\d零〇一二两三四五六七八九十百千方]|" + _UNIT + ")")
_ORDINAL = re.compile(r"第\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*")
# Small counts written in Chinese numerals (召开一次专题会议, 围绕三个方面, 连续四年获评, 十余次): a numeral up to
# ninety-nine that no other numeral, digit or 第 stands before, with its measure word or 年 (a count of years is
# written so, never a date). Not a count: a numeral inside a quoted name (“四个意识”, “一次不用跑”), a pattern of
# pairs (一企一策, 一年一度), a fixed word (一次性, 一件事, 一起 as "together", 一条龙, 一年来), a congress's or
# committee's term named by its number (市六届人大常委会, 十九届四中全会, 五届区委): 届 before the body or plenary.
_CHINESE_COUNT = re.compile(r"(?<![第\d零〇一二两三四五六七八九十百千万亿几])([一二两三四五六七八九]?十[一二三四五六七八九]?|[一两三四五六七八九])"
                            r"(余|多)?(" + _UNIT + r"|年(?![来度级底初末中前后内]))")
_NOT_A_CHINESE_COUNT = re.compile(r"一(?:次性|件事|起(?![案件宗])|条龙)"
                                  r"|[一二两三四五六七八九十]+届(?=[人党政全省市县区州旗盟委一二三四五六七八九十])")
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")
_JOINED = re.compile(r"^[、和及与]?$")  # "3场、278人次": a second measure of the same thing
# "区委常委会2次、区政府常务会5次": the words between two figures open with a joiner and name a thing of their own, the next
# item of a list the second figure counts (not the first one's noun, as 的 makes them in 27个部门单位的278项事项)
_NEXT_ITEM = re.compile(r"^[、和及与][\u4e00-\u9fff]{2,}$")
# The figure written next in the same clause, a few words of the first one's noun between (7个方面20项,
# 12大项25小项, 100多个党委集中学习达2万余人次): no clause mark, no other number.
_NEXT = re.compile(r"^[^\d，,。；;：:！!？?\n]{0,16}?" + _NUMBER)
_TEN_THOUSANDS = {"万": 1e4, "亿": 1e8}
# The levels of government listed before their count (省、市、区三级; 县乡村三级): a count of levels.
_LEVEL = re.compile(r"乡镇|街道|社区|[省市县区乡镇村]")
_LEVELS_COUNTED = re.compile(r"((?:(?:" + _LEVEL.pattern + r")[、]?){2,6})([两二三四五六])级")
# Years a report writes: a span (纲要（2021—2025年）) or one year (2020年度, 2019年). A question asking which
# years (覆盖哪几年) is answered by a span, one asking which year (哪一年度) by one year.
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:[-—–~至到]\s*((?:19|20)\d{2})\s*)?年(度)?")
SPAN, ONE_YEAR, YEAR_OF_REPORT = "几年", "一年", "一年度"  # what a year figure is, as a question asks it
DAY = "哪天"  # a date (2月6日), as a question asking on which day something was done asks it
# A day of a month (2025年2月6日, 3月20日上午): not a number of days (3日内), nor inside a longer number.
_DAY = re.compile(r"(?<![\d.])(?:(?:19|20)\d{2}年)?(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日")


# A share written as a fraction (减少2/3以上, 三分之一): a percentage, said as written with its bound (以上, 左右).
_FRACTION = re.compile(r"(?<![\d/.-])(?:([1-9])/([2-9]|10)(?![\d/.-])|([一二三四五六七八九])分之([一二三四五六七八九]))"
                       r"(以上|以下|左右)?")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding position ``at`` of ``text`` begins: after the last clause mark before it."""
    return max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)


def text_figures(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each number with a measure word in ``text`` as a fact like a STATES fact: ``text`` from the
    start of its clause (or the figure before it) to its unit, beginning at ``text_start``; ``name``
    the words before the number (a figure right after another in one clause shares that one's
    name); ``value``, ``unit`` (万 and 亿 kept with it: 14.6万件) and ``start``. Numbers of years
    and dates have no measure word."""
    facts: list[dict[str, Any]] = []
    previous_end, previous_name = 0, ""
    for match in _FIGURE.finditer(text):
        clause_start = _clause_start(text, match.start())
        start = max(clause_start, previous_end)
        name = text[start:match.start()].strip()
        if previous_end and start == previous_end and _NEXT_ITEM.match(name):
            # the next item of a list, each with its own count (区委常委会2次、区政府常务会5次): named by its words
            name = name[1:].strip()
            start += 1
        elif previous_end and start == previous_end:
            # right after a figure of the same clause: "3场、278人次" measures the same thing, and
            # in "27个部门单位的278项事项" the words between are the first figure's noun
            if not _JOINED.match(name):
                start = match.start()
            name = previous_name
        if match.start() and text[match.start() - 1] == "第":
            start = min(start, match.start() - 1)  # an ordinal (第10名) is quoted as one
        unit = (match.group(2) or "") + match.group(4)
        facts.append({"paragraph_id": paragraph_id, "name": name, "indicator": "other", "indicator_name": None,
                      "value": float(match.group(1)), "unit": "%" if unit == "％" else unit, "year": year,
                      "text": text[start:match.end()], "text_start": start, "start": match.start()})
        previous_end, previous_name = match.end(), name
    return sorted(facts + _chinese_counts(text, paragraph_id, year) + _chinese_ordinals(text, paragraph_id, year)
                  + _ranks(text, paragraph_id, year) + _fractions(text, paragraph_id, year)
                  + _levels(text, paragraph_id, year), key=lambda f: f["start"])


# A count of the parts a whole is named by (六大核心特征, 5大领域, 三大部分), the unit a question asking one (几大产业) asks:
# read only then (``whole_counts``), as in running text it is part of a name (四大重点和14项任务 would run on into the
# next figure); never a party congress (党的二十大) nor a word going on from 大 (大会, 大力).
WHOLE = "大"
# (quoted too, as a report names the count asked: “六大产业”, “四大”行动; one is no count of parts: 一大批, 中共一大)
_WHOLE_COUNT = re.compile(r"(?<![第\d零〇一二两三四五六七八九十百千万亿几.])(\d+|[一二两三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九])"
                          r"大(?=[”\"]?[\u4e00-\u9fff])(?![会力众型量幅学家概约批])")
_CONGRESS = re.compile(r"(?:十[五六七八九]|二十)$")


def whole_counts(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each count of a whole's parts (``WHOLE``: 六大, 5大) as a figure, quoted from the start of its clause,
    ``written`` as the report writes it."""
    facts = []
    for match in _WHOLE_COUNT.finditer(text):
        number = match.group(1)
        value = _value_of(number)
        if not value or _CONGRESS.search(number):
            continue
        facts.append(_clause_figure(text, match.start(), match.end(), paragraph_id, year, value, WHOLE,
                                    written=match.group()))
    return facts


def year_figures(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each year or span of years ``text`` writes as a figure (unit 年, value its first year), quoted
    from the start of its clause: ``years`` says which kind (SPAN, YEAR_OF_REPORT for 2020年度,
    ONE_YEAR), ``written`` the years as written (2021—2025年); and each day (DAY, unit 日, written 2月6日)."""
    facts = []
    for match in _DAY.finditer(text):
        month, day = int(match.group(1)), int(match.group(2))
        facts.append(_clause_figure(text, match.start(), match.end(), paragraph_id, year, float(month * 100 + day),
                                    "日", years=DAY, written=f"{month}月{day}日"))
    for match in _YEARS.finditer(text):
        first, last, of_report = match.groups()
        kind = SPAN if last else YEAR_OF_REPORT if of_report else ONE_YEAR
        written = f"{first}—{last}年" if last else f"{first}年{of_report or ''}"
        facts.append(_clause_figure(text, match.start(), match.end(), paragraph_id, year, float(first), "年",
                                    years=kind, written=written))
    return facts


def _fractions(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each fraction (2/3以上, 三分之一) as a percentage, quoted from the start of its clause, ``written`` as the report
    writes it; a numerator not below its denominator is no share (3/2)."""
    facts = []
    for match in _FRACTION.finditer(text):
        digits, chinese = match.group(1, 2), match.group(3, 4)
        if digits[0]:
            part, whole = int(digits[0]), int(digits[1])
        else:  # 三分之一: the whole is written first
            whole, part = chinese_to_number(chinese[0]), chinese_to_number(chinese[1])
        if not whole or not part or part >= whole:
            continue
        facts.append(_clause_figure(text, match.start(), match.end(), paragraph_id, year, round(100 * part / whole, 1),
                                    "%", written=match.group()))
    return facts


def _chinese_counts(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each small count in Chinese numerals (一次, 三个, 四年, 十余次) as a figure, quoted from the start of its
    clause, ``written`` as the report writes it."""
    facts = []
    for match in _CHINESE_COUNT.finditer(text):
        if _NOT_A_CHINESE_COUNT.match(text, match.start()) or text[match.end():match.end() + 1] == "一" \
                or inside(text, match.start(), "“", "”"):  # (a name or slogan quoted, not a figure stated)
            continue
        value = chinese_to_number(match.group(1))
        if not value:
            continue
        facts.append(_clause_figure(text, match.start(), match.end(), paragraph_id, year, float(value), match.group(3),
                                    written=match.group()))
    return facts


def inside(text: str, at: int, opening: str, closing: str) -> bool:
    """Whether position ``at`` of ``text`` lies inside a pair of marks left open before it: quotes (“”) or
    brackets (（( and ）)), any of ``opening`` against any of ``closing``."""
    before = text[:at]
    return sum(map(before.count, opening)) > sum(map(before.count, closing))


def _value_of(number: str) -> float | None:
    """A number written in digits (12, 1.5) or in Chinese numerals (六, 二十), or None where the numerals read as none."""
    if number[0].isdigit():
        return float(number)
    value = chinese_to_number(number)
    return None if value is None else float(value)


def _clause_figure(text: str, at: int, end: int, paragraph_id: str, year: int | None, value: float, unit: str,
                   **more: Any) -> dict[str, Any]:
    """A figure written at ``at``..``end`` of ``text`` as a fact (like a STATES fact), quoted from the start of its
    clause and named by the words before it there; ``more``: what its kind adds (``written``, ``years``)."""
    start = _clause_start(text, at)
    return {"paragraph_id": paragraph_id, "name": text[start:at].strip(), "indicator": "other", "indicator_name": None,
            "value": value, "unit": unit, "year": year, **more, "text": text[start:end], "text_start": start,
            "start": at}


def _chinese_ordinals(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each ordinal in Chinese numerals (第六次, 第二批) as a figure, quoted from the start of its clause."""
    facts = []
    for match in _CHINESE_ORDINAL.finditer(text):
        value = chinese_to_number(match.group(1))
        if value is None:
            continue
        facts.append(_clause_figure(text, match.start(), match.end(), paragraph_id, year, float(value), match.group(2)))
    return facts


def _levels(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each count of levels written after the levels themselves (省、市、区三级, 县乡村三级) as a figure
    in 级: reports write it in Chinese numerals, and only a numeral equal to the levels listed is read
    (一级指标 names a level, it counts none)."""
    facts = []
    for match in _LEVELS_COUNTED.finditer(text):
        levels = _LEVEL.findall(match.group(1))
        if chinese_to_number(match.group(2)) != len(levels):
            continue
        start = _clause_start(text, match.start())
        facts.append({"paragraph_id": paragraph_id, "name": text[start:match.start(2)].strip(), "indicator": "other",
                      "indicator_name": None, "value": float(len(levels)), "unit": "级", "year": year,
                      "written": match.group(2) + "级",
                      "text": text[start:match.end()], "text_start": start, "start": match.start(2)})
    return facts


def _ranks(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each place in a ranking written without a measure word (排名第四) as an ordinal figure in 名,
    quoted from the start of its clause, ``ordinal`` as written."""
    facts = []
    for first in _RANK.finditer(text):
        start = _clause_start(text, first.start())
        # (places listed after the first, each in its own ranking: 分别排名第59、第26)
        for match in [first, *_listed_ranks(text, first.end())]:
            value = _value_of(match.group(2))
            if value is None:
                continue
            facts.append({"paragraph_id": paragraph_id, "name": text[start:first.start(1)].strip(),
                          "indicator": "other", "indicator_name": None, "value": float(value), "unit": "名",
                          "ordinal": match.group(1), "year": year, "text": text[start:match.end()],
                          "text_start": start, "start": match.start(1)})
    return facts


def _listed_ranks(text: str, end: int) -> list[re.Match[str]]:
    """The places listed right after a ranking's place at ``end`` (、第26 of 排名第59、第26)."""
    listed = []
    while match := _LISTED_RANK.match(text, end):
        listed.append(match)
        end = match.end()
    return listed


def ordinal(fact: dict[str, Any]) -> str | None:
    """The ordinal a figure is, as written (第六次, 第57次, 第四 of 排名第四), or None for a count: its
    text writes 第 right before its value and unit."""
    if fact.get("ordinal"):
        return fact["ordinal"]
    unit = fact.get("unit") or ""
    if not unit:
        return None
    for match in re.finditer(_ORDINAL.pattern + re.escape(unit), fact.get("text") or ""):
        if _value_of(match.group(1)) == fact.get("value"):
            return match.group().replace(" ", "")
    return None


def in_words(fact: dict[str, Any]) -> str | None:
    """The figure as its text writes it in Chinese numerals (连续四年 for 4年: an extracted fact keeps only the value),
    else None."""
    if not fact.get("unit"):
        return None
    written = re.finditer(r"(?<![第\d])([一二两三四五六七八九十百千]+)(余|多)?" + re.escape(fact["unit"]), fact.get("text") or "")
    return next((match.group() for match in written if chinese_to_number(match.group(1)) == fact.get("value")), None)


def following(after: str) -> tuple[float, str] | None:
    """(value, unit) of the figure written next in the clause that ``after`` continues, counted in
    plain units (2万余人次 → 20000, 人次), or None when a clause mark or nothing comes first."""
    match = _NEXT.match(after)
    if not match:
        return None
    return plain(float(match.group(1)) * _TEN_THOUSANDS.get(match.group(2) or "", 1), match.group(4))


def plain(value: float, unit: str) -> tuple[float, str]:
    """A value in plain units: 2, 万人次 → 20000, 人次 (reports and extraction write either)."""
    if unit[:1] in _TEN_THOUSANDS and len(unit) > 1:
        return value * _TEN_THOUSANDS[unit[0]], unit[1:]
    return value, "%" if unit == "％" else unit


def unstated(figures: list[dict[str, Any]], facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text's figures no extracted fact of the same paragraph already gives (same value and unit, and both
    an ordinal or both a count: 第五次会议 beside 先后5次 is another figure)."""
    def key(f: dict[str, Any]) -> tuple[Any, ...]:
        return f["paragraph_id"], f["value"], f["unit"], ordinal(f) is not None

    known = {key(f) for f in facts}
    return [f for f in figures if key(f) not in known]

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
UNITS = ("个工作日", "个百分点", "人次", "件次", "户次", "场次", "大类", "大项", "小项", "万元", "亿元", "件", "宗", "次", "个",
         "名", "人", "家", "项", "条", "场", "批", "所", "元", "天", "日", "倍", "户", "例", "篇", "期", "份",
         "起", "类", "部", "证", "艘", "辆", "台", "套", "%", "％")
_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万|亿)?(余|多)?(" + "|".join(map(re.escape, UNITS)) + ")")
# Reports write ordinals in Chinese numerals (第六次会议, 第二批) and counts in digits: only 第, a numeral
# and a measure word are read so. ``_ORDINAL``: 第 and a number, in either writing.
_CHINESE_ORDINAL = re.compile(r"第([零〇一二两三四五六七八九十百千]+)(" + "|".join(map(re.escape, UNITS)) + ")")
_ORDINAL = re.compile(r"第\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*")
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")
_JOINED = re.compile(r"^[、和及与]?$")  # "3场、278人次": a second measure of the same thing


def text_figures(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each number with a measure word in ``text`` as a fact like a STATES fact: ``text`` from the
    start of its clause (or the figure before it) to its unit, beginning at ``text_start``; ``name``
    the words before the number (a figure right after another in one clause shares that one's
    name); ``value``, ``unit`` (万 and 亿 kept with it: 14.6万件) and ``start``. Numbers of years
    and dates have no measure word."""
    facts: list[dict[str, Any]] = []
    previous_end, previous_name = 0, ""
    for match in _FIGURE.finditer(text):
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
        start = max(clause_start, previous_end)
        name = text[start:match.start()].strip()
        if previous_end and start == previous_end:
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
    return sorted(facts + _chinese_ordinals(text, paragraph_id, year), key=lambda f: f["start"])


def _chinese_ordinals(text: str, paragraph_id: str, year: int | None) -> list[dict[str, Any]]:
    """Each ordinal in Chinese numerals (第六次, 第二批) as a figure, quoted from the start of its clause."""
    facts = []
    for match in _CHINESE_ORDINAL.finditer(text):
        value = chinese_to_number(match.group(1))
        if value is None:
            continue
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
        facts.append({"paragraph_id": paragraph_id, "name": text[start:match.start()].strip(), "indicator": "other",
                      "indicator_name": None, "value": float(value), "unit": match.group(2), "year": year,
                      "text": text[start:match.end()], "text_start": start, "start": match.start()})
    return facts


def ordinal(fact: dict[str, Any]) -> str | None:
    """The ordinal a figure is, as written (第六次, 第57次), or None for a count: its text writes 第
    right before its value and unit."""
    unit = fact.get("unit") or ""
    if not unit:
        return None
    for match in re.finditer(_ORDINAL.pattern + re.escape(unit), fact.get("text") or ""):
        number = match.group(1)
        if (float(number) if number[0].isdigit() else chinese_to_number(number)) == fact.get("value"):
            return match.group().replace(" ", "")
    return None


def unstated(figures: list[dict[str, Any]], facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text's figures no extracted fact of the same paragraph already gives (same value and unit)."""
    known = {(f["paragraph_id"], f["value"], f["unit"]) for f in facts}
    return [f for f in figures if (f["paragraph_id"], f["value"], f["unit"]) not in known]

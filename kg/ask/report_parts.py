"""Questions about a part every annual report has: its results (取得的成效), its shortcomings
(存在的问题) and its plans (下一步打算). The rules for these reports prescribe three parts (measures
and results, shortcomings, next year's arrangements), each under a top-level heading (一、主要工作及成效,
二、存在的主要问题, 三、下一步工作计划), so 始兴县存在哪些问题 is answered by the items of that part of its
report, in order, not by paragraphs that write the word 问题 (问题导向, 解决问题). A work plan is itself
all plans: its items are its top-level headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.segment import PATH_SEPARATOR

# What a question asks for, by part.
ASKED: dict[str, re.Pattern[str]] = {
    "problems": re.compile(r"(?:存在|有)(?:哪些|什么|的)?(?:(?!多少|几)[\u4e00-\u9fff]){0,4}?(?:问题|不足|短板|差距|困难)(?!导向)"
                           r"|(?:问题|不足|短板|差距)(?:有哪些|是什么|在哪)"),
    "plans": re.compile(r"下一?步|下一?年度?(?:的|有|打算|计划|工作|安排|准备|如何|怎么)|明年|今后|(?:工作)?打算"
                        r"|工作(?:思路|安排|计划)(?:有哪些|是什么|是)|(?:哪些|什么)(?:工作)?(?:安排|思路|重点任务)"),
    # the first part, measures and results, asked of one place (始兴县取得了哪些成效, 主要做法有哪些)
    # (the results of a work named before 取得的 are what a which-regions question asks reports for: 写到法律援助工作取得的成效)
    "results": re.compile(r"取得了?(?:哪些|什么)(?:主要)?(?:成效|成绩|进展|成果)|取得的(?:主要)?(?:成效|成绩|进展|成果)(?:有哪些|是什么)"
                          r"|(?:主要)(?:工作|做法|举措|成效)(?:有哪些|是什么)|做了哪些(?:主要)?工作"),
}
ASKS_PART = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in ASKED.values()))
# A top-level heading opening that part (the first crumb of a paragraph's section path).
_HEADINGS: dict[str, re.Pattern[str]] = {
    "problems": re.compile(r"存在的?(?:主要)?(?:问题|不足|短板|差距|困难)|^(?:[一二三四五六七八九十]+、)?(?:主要)?(?:问题|不足)"
                           r"(?:和|与|及|$)"),
    "plans": re.compile(r"下一?步|下一?年度?|明年|今后|(?:工作)?(?:打算|思路)|(?:工作)?(?:安排|计划)$|努力方向|工作展望"),
}
# A part's heading is short; a long run-in heading (一、坚持问题导向，推动…) is a measure of the first part.
_MAX_HEADING_CHARS = 40
# Words one of whose the section path of a part's paragraph writes (a cheap first sieve over the corpus).
SECTION_WORDS = {"problems": ("问题", "不足", "短板", "差距", "困难"),
                 "plans": ("下一", "下步", "下年", "明年", "今后", "打算", "思路", "安排", "计划", "方向", "展望")}
# What the answer calls each part.
NAMES = {"problems": "存在的问题", "plans": "下一步工作安排", "results": "主要工作和成效"}


def asked_part(question: str) -> str | None:
    """The part a question asks for (problems, plans, results), or None."""
    return next((part for part, pattern in ASKED.items() if pattern.search(question)), None)


def heading_of(section: str, part: str) -> str | None:
    """The top-level heading of ``section`` when it opens ``part`` (丹江口市's 二、存在问题及下步打算 opens
    both), else None."""
    top = _top(section)
    if top and len(top) <= _MAX_HEADING_CHARS and _HEADINGS[part].search(top):
        return top
    return None


def part_of_report(rows: list[dict], part: str) -> tuple[str | None, list["Item"]] | None:
    """(heading, items) of ``part`` in one report's paragraphs (in order), None when it has none.
    A work plan is all plans, its items its top-level headings (heading None). Results are the
    top-level part before the shortcomings or plans; a report without those parts (organised by
    topic, 一、深化行政管理体制改革…) has its top-level headings as its measures."""
    if not rows:
        return None
    if rows[0].get("doc_type") == "work_plan":
        return (None, items(rows, None)) if part == "plans" else None
    if part == "results":
        tops = list(dict.fromkeys(_top(row["section"]) for row in rows if _top(row["section"])))
        later = [i for i, top in enumerate(tops) if heading_of(top, "problems") or heading_of(top, "plans")]
        if not later:  # organised by topic: its headings; an article without headings: its paragraphs' leads
            if len(tops) > 1:
                return None, items(rows, None)
            body = [row for row in rows if not _INTRODUCES.search(row["text"])]
            return ("", items(body, "")) if len(body) > 1 else None
        first = tops[0] if later[0] > 0 else None
        inside = [row for row in rows if _top(row["section"]) == first] if first else []
        return (first, items(inside, first)) if inside else None
    heading = next((h for row in rows if (h := heading_of(row["section"], part))), None)
    if heading is None:
        return None
    inside = of_part([row for row in rows if heading_of(row["section"], part) == heading], part)
    return (heading, items(inside, heading)) if inside else None


# A paragraph introducing the report (…现将有关情况报告如下), not a measure of it.
_INTRODUCES = re.compile(r"(?:报告|总结|汇报)如下")


def _top(section: str | None) -> str:
    return section.split(PATH_SEPARATOR)[0].strip() if section else ""


@dataclass
class Item:
    """One item of a part: its heading under the part's, or its paragraph's first sentence."""

    text: str
    paragraph_id: str


# A paragraph turning from shortcomings to plans under one heading for both (二、存在问题及下步打算).
# It opens on when or what will be done (下一步…; 将进一步…, 继续深化…), where a shortcoming opens on what falls short.
_TURN_TO_PLANS = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:下一步|下步|今后|下一年度?|明年|"
                            r"(?:我[省市县区旗州])?(?:将|拟|计划)|继续|持续|进一步)")


def of_part(rows: list[dict], part: str) -> list[dict]:
    """The paragraphs of ``part`` under a heading that opens it: under one opening both parts,
    shortcomings run until a paragraph turns to plans (下一步，我市将…), plans from there."""
    both = all(heading_of(rows[0]["section"], other) for other in _HEADINGS) if rows else False
    if not both:
        return rows
    turn = next((i for i, row in enumerate(rows) if _TURN_TO_PLANS.search(row["text"])), len(rows))
    return rows[:turn] if part == "problems" else rows[turn:]


def items(rows: list[dict], part_heading: str | None) -> list[Item]:
    """The items of one report's part from its paragraphs (in order): each sub-heading once, else each
    paragraph's first sentence. With no part heading (a work plan's plans), each top-level heading."""
    found: list[Item] = []
    seen: set[str] = set()
    for row in rows:
        crumbs = [c.strip() for c in (row["section"] or "").split(PATH_SEPARATOR) if c.strip()]
        if part_heading is None:
            text = crumbs[0] if crumbs else ""
        else:
            text = crumbs[1] if len(crumbs) > 1 else _first_sentence(row["text"])
        text = text.rstrip("。；;")
        if text and text not in seen:
            seen.add(text)
            found.append(Item(text, row["id"]))
    return found


# A sentence leading into a part (虽然取得了一些成绩，但还存在一些问题。), which names no item itself.
_LEAD_IN = re.compile(r"虽然|取得了?[^。]{0,6}(?:成绩|成效)|(?:存在|反映出)[^。]{0,6}(?:问题|不足)[和与]?(?:不足)?[。：:]?$")


def _first_sentence(text: str, limit: int = 80) -> str:
    """The paragraph's first sentence, or the one after it when the first only leads in, without its
    closing mark."""
    sentences = [s for s in re.split(r"(?<=[。；;！!])", text.strip()) if s.strip()]
    if sentences and _LEAD_IN.search(sentences[0]):
        sentences = sentences[1:]  # a paragraph that only leads in names no item
    sentence = sentences[0] if sentences else ""
    sentence = sentence.strip().rstrip("。；;！!")
    return sentence if len(sentence) <= limit else sentence[:limit] + "…"

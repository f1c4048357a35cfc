"""Highlighting of query terms in escaped text.

Only the words a reader searched for are marked, and not the genre's stop words: in these
reports 行政, 法律, 法治, 政府, 工作… occur in nearly every paragraph, so marking them would
paint every hit and point at nothing. The list is short on purpose (words of the genre and
question words); anything more specific than these is worth marking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape

STOP_WORDS = frozenset({
    # the genre's own vocabulary, present in most paragraphs of a rule-of-law report
    "行政", "法律", "法治", "政府", "依法", "工作", "建设", "推进", "开展", "加强", "全面", "落实", "进一步",
    "情况", "相关", "有关", "实施", "深入", "完善", "健全", "提升", "推动", "坚持", "我们", "全县", "全市",
    # question words and function words of a question
    "怎样", "怎么", "如何", "哪些", "什么", "是否", "多少", "为什么", "以及", "还是", "或者",
})


def marked_terms(terms: Iterable[str]) -> list[str]:
    """The terms worth marking, longest first (so a longer term wins over its prefix)."""
    return sorted({t for t in terms if t and len(t) >= 2 and t not in STOP_WORDS}, key=len, reverse=True)


def highlight(text: str | None, terms: Iterable[str]) -> Markup:
    """``text`` escaped, with every occurrence of the marked ``terms`` wrapped in <mark>."""
    text = text or ""
    words = marked_terms(terms)
    if not words:
        return escape(text)
    pattern = re.compile("|".join(map(re.escape, words)))
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last:match.start()]))
        out.append(Markup("<mark>") + escape(match.group(0)) + Markup("</mark>"))
        last = match.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)

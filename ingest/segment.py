"""Structure: paragraphs of body text, each with the section path of the headings above it.

Levels, outermost first: 一、 › （一） › 1. / 1、 › （1）. A heading may stand on its
own line or open a paragraph ("（一）加强组织领导。一是……"); in the second case the
heading is the text up to the first 。 and the whole line stays a paragraph.

Why not every line: readers and search want units of text that say something.
A heading standing alone only names the section of what follows, so it becomes
the section path of the paragraphs under it. The title, datelines, signatures and
bylines (already read into the metadata), disclosure notes ("(此件公开发布)") and
labels without a clause mark are no paragraphs. A short sentence (under MIN_CHARS)
joins the paragraph next to it in its section, unless it is an item of a list. The cleaned text
is left whole: entity offsets stay true, and ``paragraph_of`` ties an entity in
a heading to the first paragraph of its section.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.document import Paragraph

_CN_NUM = "一二三四五六七八九十百"
HEADING_LEVELS: list[re.Pattern[str]] = [
    re.compile(rf"^[{_CN_NUM}]+\s*[、.．]"),
    re.compile(rf"^[（(]\s*[{_CN_NUM}]+\s*[)）]"),
    re.compile(r"^\d{1,2}\s*(?:[、．]|\.(?!\d))"),
    re.compile(r"^[（(]\s*\d{1,2}\s*[)）]"),
]
_MAX_HEADING = 40
PATH_SEPARATOR = " > "  # joins the headings of a section path (kg/ask splits it)
MIN_CHARS = 20
# A line that ends a sentence or clause says something; a line without such a mark is a label.
_SENTENCE_MARK = re.compile(r"[。！？；;!?…]")
_CLAUSE_MARK = re.compile(r"[，,：:。！？；;!?]")
# A figure of work done (28件, 95%) makes an unpunctuated line a statement, not a label.
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff])(?<![年月日号])")
_LIST_ITEM = re.compile(r"^(?:[（(]?\d{1,2}[)）.、．]|[（(][一二三四五六七八九十]+[)）]|[①-⑳]|[一二三四五六七八九十]是)")
_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?(?:\s*星期.)?$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
_NOTE_LINE = re.compile(r"^[（(]\s*此件[^）)]{0,10}[）)]$|^[（(]\s*(?:联系人|联系电话)[^）)]*[）)]$")
_META_LINE = re.compile(r"^(?:文章|信息)?(?:来源|发布时间|发布日期|更新时间|字号|作者|责任编辑|编辑|浏览次数|点击数)\s*[:：]")
# A body's name standing alone: the signature above a dateline, or an article's byline.
_BODY_NAME = re.compile(r"^[\u4e00-\u9fff（）()·\s]{3,40}(?:人民政府|政府|办公室|委员会|局|委|办|中心组|党组|法院|检察院|"
                        r"司法所|管委会|中心|小组)(?:\s+[\u4e00-\u9fff·]{2,4})?$")


def heading_of(line: str) -> tuple[int, str] | None:
    """(level, heading text) when the line starts with a numbered heading."""
    for level, pattern in enumerate(HEADING_LEVELS):
        if pattern.match(line):
            head = re.split(r"[。；;]", line, maxsplit=1)[0]
            if len(head) > _MAX_HEADING:
                head = head[:_MAX_HEADING].rstrip("，,、") + "…"
            return level, head.strip()
    return None


def is_heading_only(line: str) -> bool:
    """A numbered heading with no body after it: short, and no sentence inside or after it."""
    heading = heading_of(line)
    if heading is None:
        return False
    body = line.strip()
    return len(body) <= _MAX_HEADING and not _SENTENCE_MARK.search(body.rstrip("。；;"))\
        and not (_SENTENCE_MARK.search(body[-1:]) and _CLAUSE_MARK.search(body[:-1]))


def heads_a_section(line: str, next_line: str) -> bool:
    """A section heading of the two outer levels (一、, （一）) written as one short sentence with its full stop
    ((一)聚焦学思践悟，习近平法治思想学习贯彻取得新成效。) when text that is no heading of its level or above
    follows it: the section's name, not a paragraph. Items of a list (1. 2.) stay paragraphs."""
    heading = heading_of(line)
    if heading is None or heading[0] > 1 or len(line.strip()) > _MAX_HEADING:
        return False
    body = line.strip()
    if not body.endswith("。") or _SENTENCE_MARK.search(body[:-1]):
        return False
    following = heading_of(next_line)
    return len(next_line.strip()) >= MIN_CHARS and (following is None or following[0] > heading[0])


def is_furniture(line: str, index: int) -> bool:
    """A line that is metadata, a label or page furniture, not text: a line with no clause mark
    and no figure (the title, a subtitle, an unnumbered heading, a site label), a dateline, a disclosure note,
    a 来源/发布时间 line, or a body's name standing alone (a signature, a byline)."""
    stripped = line.strip()
    if len(stripped) <= 60 and not _CLAUSE_MARK.search(stripped) and not _FIGURE.search(stripped):
        return True
    if _DATE_LINE.match(stripped) or _NOTE_LINE.match(stripped) or _META_LINE.match(stripped):
        return True
    return bool(_BODY_NAME.match(stripped))


def segment(text: str) -> list[Paragraph]:
    """Paragraphs of the cleaned text with their section paths (see the module docstring)."""
    path: list[str | None] = [None] * len(HEADING_LEVELS)
    units: list[tuple[int, int, str]] = []  # (start, end, section) of each paragraph
    pending: tuple[int, str, int] | None = None  # a short sentence opening a section: start, section, line
    position = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start, end = position, position + len(line)
        position = end + 1
        heading = heading_of(line)
        if heading is not None:
            level, head = heading
            path[level] = head
            for deeper in range(level + 1, len(path)):
                path[deeper] = None
            if is_heading_only(line) or heads_a_section(line, lines[i + 1] if i + 1 < len(lines) else ""):
                continue
        if not line.strip() or is_furniture(line, i):
            continue
        section = PATH_SEPARATOR.join(h for h in path if h)
        if len(line.strip()) < MIN_CHARS and not _LIST_ITEM.match(line.strip()):
            if units and units[-1][2] == section:
                units[-1] = (units[-1][0], end, section)  # a short sentence joins the paragraph before it
            else:
                pending = (start, section, i)
            continue
        if pending is not None and pending[1:] == (section, i - 1):  # the line right above
            start = pending[0]
        pending = None
        units.append((start, end, section))
    if not units:  # nothing but headings and labels: keep the longest line, so entities have a home
        return _longest_line(text)
    return [Paragraph(ord=n, text=text[s:e], start=s, end=e, section=k) for n, (s, e, k) in enumerate(units)]


def _longest_line(text: str) -> list[Paragraph]:
    position, best = 0, (0, 0)
    for line in text.split("\n"):
        if len(line) > best[1] - best[0]:
            best = (position, position + len(line))
        position += len(line) + 1
    start, end = best
    return [Paragraph(ord=0, text=text[start:end], start=start, end=end, section="")]


def paragraph_of(paragraphs: list[Paragraph], offset: int) -> int:
    """The ord of the paragraph holding ``offset``; for text between paragraphs (a heading, a
    signature) the first paragraph after it, as a heading's words belong to its section."""
    starts = [p.start for p in paragraphs]
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < paragraphs[i].end:
        return paragraphs[i].ord
    return paragraphs[min(i + 1, len(paragraphs) - 1)].ord

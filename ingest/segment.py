"""Structure: section paths from the numbering conventions of Chinese official documents.

Levels, outermost first: 一、 › （一） › 1. / 1、 › （1）. A heading may stand on its
own line or open a paragraph ("（一）加强组织领导。一是……"); in the second case the
heading is the text up to the first 。 and the rest stays the paragraph's body.
Every cleaned line becomes a paragraph, so every entity offset has a paragraph.
"""

from __future__ import annotations

import re

from ingest.document import Paragraph

_CN_NUM = "一二三四五六七八九十百"
HEADING_LEVELS: list[re.Pattern[str]] = [
    re.compile(rf"^[{_CN_NUM}]+\s*[、.．]"),
    re.compile(rf"^[（(]\s*[{_CN_NUM}]+\s*[)）]"),
    re.compile(r"^\d{1,2}\s*(?:[、．]|\.(?!\d))"),
    re.compile(r"^[（(]\s*\d{1,2}\s*[)）]"),
]
_MAX_HEADING = 40
_PATH_SEPARATOR = " > "


def heading_of(line: str) -> tuple[int, str] | None:
    """(level, heading text) when the line starts with a numbered heading."""
    for level, pattern in enumerate(HEADING_LEVELS):
        if pattern.match(line):
            head = re.split(r"[。；;]", line, maxsplit=1)[0]
            if len(head) > _MAX_HEADING:
                head = head[:_MAX_HEADING].rstrip("，,、") + "…"
            return level, head.strip()
    return None


def segment(text: str) -> list[Paragraph]:
    """Paragraphs (one per line of the cleaned text) with their section paths."""
    paragraphs: list[Paragraph] = []
    path: list[str | None] = [None] * len(HEADING_LEVELS)
    position = 0
    for ord_, line in enumerate(text.split("\n")):
        start, end = position, position + len(line)
        position = end + 1
        heading = heading_of(line)
        if heading is not None:
            level, head = heading
            path[level] = head
            for deeper in range(level + 1, len(path)):
                path[deeper] = None
        section = _PATH_SEPARATOR.join(h for h in path if h)
        paragraphs.append(Paragraph(ord=ord_, text=line, start=start, end=end, section=section))
    return paragraphs

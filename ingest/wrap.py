"""Hard-wrapped text: lines cut at one width (a PDF's visual lines as pdfplumber gives them, a print layout kept in a
page), and the page numbers between them.

Why: such a text's lines are not its paragraphs. A cut line holding no comma (…服务保障“三大攻坚战”、推动成) would be
read as a label and dropped, and a name cut at a line's end (中央全面依法治国委员\n会) would go unread; a page's
number on a line of its own would cut the paragraph running on over the page's end. Cleaning joins the cut lines
into one line per paragraph, as any other text is cleaned (``ingest/clean.py``).

A text is taken for hard-wrapped only by its shape: at least ``_WRAPPED_LINES`` of its lines, and ``_WRAPPED_SHARE``
of its lines of ``_WRAPPED_MIN_CHARS`` or more, are of one width (within ``_WRAP_SLACK`` characters: half-width marks
make a cut line a little longer or shorter, and a paragraph's first line is indented by two) and run on into a line
that opens no heading, and hardly a line is longer than that (a line-per-paragraph text whose list items happen to
be of one width has sentences longer than its items).
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.segment import heading_of

# A page's number on a line of its own, as a PDF's text or a print layout sets it (— 3 —, - 3 -, 第3页 共10页): page
# furniture. (A bare number on a line is no page number for certain: a table laid out one cell per line writes its
# values so.)
PAGE_NUMBER = re.compile(r"[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?")
# A line that ends in no mark closing a sentence, a clause or a title runs on (…服务保障“三大攻坚战”、推动成).
_RUNS_ON = re.compile(r"[^。！？；;!?：:”）)》」』】]$")
_WRAPPED_LINES = 4
_WRAPPED_SHARE = 0.4
_WRAPPED_MIN_CHARS = 20
_WRAP_SLACK = 3
_LONGER_THAN_WIDTH_SHARE = 0.05  # the lines a hard-wrapped text may have over its width (a title, a signature)


def running_on(texts: list[str]) -> list[bool]:
    """For each line (stripped), whether a hard-wrapped text's line was cut from it at the text's width and goes on in
    the next: a line of that width ending in no such mark, before a line that opens no heading. All False for a text
    whose lines are its paragraphs."""
    opens_no_heading = [heading_of(text) is None for text in texts]
    candidates = [i for i in range(len(texts) - 1) if len(texts[i]) >= _WRAPPED_MIN_CHARS
                  and _RUNS_ON.search(texts[i]) and opens_no_heading[i] and opens_no_heading[i + 1]]
    widths = Counter(len(texts[i]) for i in candidates)

    def near(width: int) -> int:
        return sum(n for length, n in widths.items() if width - _WRAP_SLACK <= length <= width)

    width = max(widths, key=near, default=0)
    long_lines = sum(1 for text in texts if len(text) >= _WRAPPED_MIN_CHARS)
    longer = sum(1 for text in texts if len(text) > width + _WRAP_SLACK)
    if not width or near(width) < _WRAPPED_LINES or near(width) < _WRAPPED_SHARE * long_lines \
            or longer > _LONGER_THAN_WIDTH_SHARE * len(texts):
        return [False] * len(texts)
    return [i + 1 < len(texts) and opens_no_heading[i + 1] and width - _WRAP_SLACK <= len(text) <= width + _WRAP_SLACK
            and bool(_RUNS_ON.search(text)) for i, text in enumerate(texts)]

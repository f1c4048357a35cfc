"""The sentences of a paragraph that say what was asked: what an answer quotes.

Why: a paragraph's first sentence is often its heading or a general preamble
(“（三）加强法治人才培养。”, “我县高度重视……”), so an answer built from first sentences
repeats headings instead of the practice. An answer quotes the sentences that share the
most key words with the question (or with the paragraph it is paired with), in the order
the report gives them, and says nothing it cannot quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ingest.segment import PATH_SEPARATOR

# A sentence ends at 。；！？ or their half-width forms (a list item's ；too); a line break also ends one.
_SENTENCE = re.compile(r"[^。；！？;!?\n]+[。；！？;!?]?")
# Numbered heading prefixes: 一、 （三） 3. 第一，
_NUMBERING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十]+[，,、])\s*")
HEADING_MAX = 24  # a period-less clause this short, with a numbering prefix, is a heading


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, trimmed; numbered headings dropped."""
    out = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group().strip()
        if not sentence:
            continue
        if _NUMBERING.match(sentence) and (len(sentence) <= HEADING_MAX or not sentence.endswith(("。", "；", ";"))):
            rest = _NUMBERING.sub("", sentence)
            if len(rest) <= HEADING_MAX:
                continue
            sentence = rest
        out.append(sentence)
    return out


def quote(text: str, words: Iterable[str], tokenize: Callable[[str], list[str]], limit: int = 2,
          max_chars: int = 160, section: str = "") -> str:
    """The ``limit`` sentences of ``text`` sharing most of ``words``, in text order, at most
    ``max_chars`` long; the first informative sentence when none shares a word.

    A paragraph often opens on its own run-in heading, which the segmenter put in its ``section``
    path ("…> （七）落实“谁执法谁普法”责任制，全面实施“七五”普法规划"): the heading names the topic, so
    it shares the question's words more than any sentence under it, yet says no practice. Such a
    sentence is quoted only when no other sentence shares a word, and then with the sentence after it.
    """
    wanted = {w.lower() for w in words if len(w) >= 2}
    candidates = sentences(text) or [text.strip()]
    headings = {_bare(h) for h in section.split(PATH_SEPARATOR) if h.strip()}
    scored = []
    for position, sentence in enumerate(candidates):
        found = wanted & set(tokenize(sentence))
        scored.append((sum(len(w) for w in found), position, sentence))
    matched = [s for s in scored if s[0] > 0]
    stating = [s for s in matched if _bare(s[2]) not in headings]
    if stating:
        best = sorted(stating, key=lambda s: (-s[0], s[1]))[:limit]
    elif matched:
        heading = min(matched, key=lambda s: (-s[0], s[1]))
        best = [heading] + scored[heading[1] + 1:heading[1] + limit]
    else:
        best = [max(scored, key=lambda s: (len(s[2]) >= 12, -s[1]))]
    chosen = "".join(s for _, _, s in sorted(best, key=lambda s: s[1]))
    return chosen if len(chosen) <= max_chars else chosen[:max_chars] + "…"


def _bare(heading: str) -> str:
    """A heading or sentence without its numbering and closing punctuation, to compare the two."""
    return _NUMBERING.sub("", heading.strip()).rstrip("。；;：:！!？? ")

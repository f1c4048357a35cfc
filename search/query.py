"""The search box's syntax: ``"精确短语"``, ``+必须``, ``-排除``, ``A OR B`` and plain words.

Why a syntax at all: a researcher who writes "N 份报告提到 X" needs to know which
paragraphs contain X, not which ones are near it. So every query that looks like
keywords becomes a boolean condition over exact substrings (counted over the whole
corpus by search/exact.py) plus a text for the ranked hybrid search that orders the
paragraphs meeting it. A query written as a sentence (a question) has no condition:
it keeps the plain ranked search, since no paragraph repeats a question word for word.

Semantics (documented in README and on the search page):
- every whitespace-separated word or quoted phrase is a required term (AND);
- ``A OR B`` (also ``|``) makes one required group of alternatives;
- ``+term`` is required (the same as a bare word, kept for habit), ``-term`` excludes;
- matching is by substring on characters (CJK has no spaces to split words on), ignoring
  punctuation, spaces and Latin case (行政执法三项制度 matches 行政执法“三项制度”); quotes keep
  operators literal;
- an unquoted entry with particles (的, 了), question words or a word longer than
  ``LONGEST_KEYWORD`` characters is a description: it is ranked, with no condition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from search import synonyms
from search.exact import normalize

# A quoted phrase (ASCII or Chinese quotes) or a run of non-space characters.
_TOKEN = re.compile(r'([+-]?)(?:"([^"]*)"|“([^”]*)”|([^\s"“”]+))')
_OR = {"OR", "|", "或"}
# Marks of a sentence rather than keywords: question words, sentence punctuation, particles.
_QUESTION = re.compile(r"[？?。，,；;！!]|哪些|哪个|哪里|什么|多少|怎样|怎么|如何|是否|有没有|[的了吗呢]")
# A word longer than this without quotes is a description ("公务员去法院现场听审案子"), not a term.
LONGEST_KEYWORD = 10


@dataclass
class Query:
    """A parsed query: required groups (each met by any of its terms), excluded terms, ranking text."""

    raw: str
    required: list[list[str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    ranking_text: str = ""

    @property
    def exact(self) -> bool:
        """True when the query sets a condition that paragraphs must meet (keywords, not a sentence)."""
        return bool(self.required or self.excluded)

    @property
    def terms(self) -> list[str]:
        """Every positive term, in order (for highlighting and the "no match" notice)."""
        return list(dict.fromkeys(t for group in self.required for t in group))

    def describe(self) -> str:
        """The condition in words, for "N 段包含 …" and "没有段落包含 …": “复议”或“诉讼”、“纠错”，不含“应诉”."""
        groups = "、".join("或".join(f"“{t}”" for t in group) for group in self.required)
        excluded = "、".join(f"“{t}”" for t in self.excluded)
        return groups + (f"，不含{excluded}" if excluded else "")

    def matches(self, text: str) -> bool:
        """The condition on one text, by plain substring tests on normalized text."""
        norm = normalize(text)
        return (all(any(normalize(t) in norm for t in group) for group in self.required)
                and not any(normalize(t) in norm for t in self.excluded))


def parse(raw: str, expand: bool = True) -> Query:
    """Parse a search box entry; a sentence-like entry without operators yields no condition.

    An unquoted keyword that the genre's table knows (search/synonyms.tsv) is met by any of its
    equivalents too (民告官 by 行政诉讼), and the condition says so; a quoted one is literal.
    ``expand=False`` turns that off (as the index does when its expansion weight is 0).
    """
    raw = raw.strip()
    query = Query(raw=raw)
    items: list[tuple[str, str, bool]] = []  # (sign, term, quoted)
    for m in _TOKEN.finditer(raw):
        sign, quoted = m.group(1), m.group(2) if m.group(2) is not None else m.group(3)
        term = quoted if quoted is not None else m.group(4)
        if quoted is None and sign and not term:  # a lone "+" or "-"
            continue
        items.append((sign, term.strip(), quoted is not None))
    has_operator = any(sign or is_quoted or term in _OR for sign, term, is_quoted in items)
    if not has_operator and (_QUESTION.search(raw) or any(len(normalize(t)) > LONGEST_KEYWORD for _, t, _ in items)):
        query.ranking_text = raw
        return query
    positive: list[str] = []
    pending_or = False
    for sign, term, is_quoted in items:
        if not is_quoted and term in _OR:
            pending_or = bool(query.required)
            continue
        if not normalize(term):  # punctuation alone matches nothing
            continue
        if sign == "-":
            query.excluded.append(term)
            pending_or = False
            continue
        alternatives = [term] if is_quoted or not expand else [
            term, *sorted(synonyms.default().equivalents.get(term, ()))]
        if pending_or and sign != "+":
            query.required[-1].extend(alternatives)
        else:
            query.required.append(alternatives)
        positive.append(term)
        pending_or = False
    query.ranking_text = " ".join(positive) or raw
    return query

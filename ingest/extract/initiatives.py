"""INITIATIVE: programmes, reforms and mechanisms named in quotes, and their unquoted repeats.

A quoted name that continues past the closing quote to a head word keeps it
(“七五”普法 → 七五普法, “不见面”审批). Ideological slogans (四个自信, 两个维护)
and scare quotes (a lone word quoted for emphasis) are not initiatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ingest.extract.spacy_without_torch  # noqa: F401  (before spaCy: see that module)
from spacy.vocab import Vocab

from ingest.extract.phrases import PhraseGazetteer

_QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,30})[”\"]")
_HEADS = ("普法", "衔接", "审批", "规划", "改革", "讲法", "工程", "行动", "机制", "模式", "服务", "品牌", "监管",
          "制度", "试点", "活动", "平台", "建设", "工作法", "工作")
_HEAD_AFTER = re.compile("(" + "|".join(_HEADS) + ")")
# "N个X" slogans of political theory: 四个自信, 两个维护, 四个意识, 四个全面.
_SLOGAN = re.compile(r"^[两三四五六七八九]个(?:自信|意识|维护|确立|全面|一百年|服务)$")
_SLOGAN_WORDS = re.compile(r"关键少数|社会主义|现代化国家|伟大复兴|初心使命|以人民为中心")
_HAS_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff0-9+＋]")
_DATE_LIKE = re.compile(r"^\d{1,2}\s*[·.．]\s*\d{1,2}$")
# Quoted names of organisations, platforms and media are not programmes.
_NOT_PROGRAMME = re.compile(r"(?:学院|大学|学校|平台|网站|网|报|杂志|栏目|公众号|APP|App)$")
# Heads a short quoted name runs on to: “七五”普法, “两法”衔接, “不见面”审批, “非接触式”执法.
_RUN_ON_HEADS = re.compile(r"普法|衔接|审批|规划|讲法|执法|工程|行动")


def _is_common_word(content: str) -> bool:
    """A quoted ordinary word (in jieba's dictionary) is emphasis, not a programme's name."""
    import jieba

    jieba.initialize()
    return jieba.dt.FREQ.get(content, 0) > 0


@dataclass
class InitiativeMention:
    text: str
    start: int
    end: int
    name: str
    quoted: bool = True


def _is_initiative(content: str, followed_by_head: bool) -> bool:
    if _SLOGAN.match(content) or _SLOGAN_WORDS.search(content):
        return False
    if not _HAS_NAME_SHAPE.search(content):
        return False
    if _DATE_LIKE.match(content) or _NOT_PROGRAMME.search(content):
        return False
    if not followed_by_head and (len(content) <= 1 or _is_common_word(content)):
        return False  # a quoted lone word: emphasis, not a name ("真空", "一把手")
    if content.endswith(("的", "了", "吗")) or "。" in content:
        return False
    return True


def find_initiatives(text: str, vocab: Vocab | None = None) -> list[InitiativeMention]:
    out: list[InitiativeMention] = []
    names: dict[str, str] = {}
    for match in _QUOTED.finditer(text):
        content = match.group(1).strip()
        start, end = match.start(1), match.end(1)
        head = _HEAD_AFTER.match(text, match.end())
        run_on = _RUN_ON_HEADS.match(text, match.end())
        short = run_on is not None and (len(content) <= 3 or content.endswith(("式", "型")))
        if short:
            head = run_on
        if not _is_initiative(content, head is not None):
            continue
        if short:
            surface = text[match.start():head.end()]
            name = content + head.group(0)
            out.append(InitiativeMention(surface, match.start(), head.end(), name))
        else:
            name = content
            out.append(InitiativeMention(content, start, end, name))
        names.setdefault(content, name)
    # Unquoted repeats of names quoted elsewhere (at least three characters, to avoid ordinary words).
    quoted_spans = [(m.start, m.end) for m in out]
    gazetteer = PhraseGazetteer(vocab or Vocab(), {content: name for content, name in names.items() if len(content) >= 3})
    for s, e, name in gazetteer.find(text):
        if any(a <= s < b or a < e <= b for a, b in quoted_spans):
            continue
        if s and text[s - 1] in "“\"":
            continue
        out.append(InitiativeMention(text[s:e], s, e, name, quoted=False))
    out.sort(key=lambda m: m.start)
    return out

"""REGULATION: titles cited in 《》 (nested titles too), in-text aliases, and bare names of national laws.

Canonical names unify the variants scraping produces: ASCII brackets become
（）and 〈〉, a year-range dash becomes —, spaces go. Within a report, other spellings of
one title (a short reference, the title without its issuer or the state's name, a word left
out) take the fullest one's name; across reports ``regulation_key`` joins them in the graph. ``kind`` comes from the
title's head noun. A short 《》 title with no legal head noun is a newspaper or
programme (《法治时代》), not a regulation, unless it is a book studied (《…法治手册》).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("regulation", re.compile(r"(?:条例|实施条例)$")),
    ("law", re.compile(r"(?<!办)法(?:典)?$")),  # …管理办法 is a rule, not a law
    ("rules", re.compile(r"(?:规定|办法|细则|规则|规程|准则)(?:（试行）|（暂行）)?$")),
    ("outline", re.compile(r"纲要(?:（[^）]*）)?$")),
    ("plan", re.compile(r"(?:规划|计划|方案|要点|预案)$")),
    ("opinion", re.compile(r"意见$")),
    ("decision", re.compile(r"决定$")),
    ("notice", re.compile(r"通知$")),
    ("list", re.compile(r"(?:清单|目录|分工表|明细表|一览表)(?:（[^）]*）)?$")),  # (a plan's table of tasks too)
]
# The heads of the documents cited: rules, plans, lists and tables of tasks, and the pledges a body's heads sign
# (《法治建设责任书》).
_LEGAL_HEAD = re.compile(r"(?:法|法典|条例|规定|办法|细则|规则|纲要|规划|计划|方案|要点|意见|决定|通知|清单|目录|预案|"
                         r"(?<=[\u4e00-\u9fff]{2})(?:分工表|明细表|一览表|责任书)|"
                         r"制度|制|标准|指引|指南|体系|章程|党章|公约|决议|报告)(?:（[^）]*）)?$")
# A book of the genre's study is cited as well, by a book's head (…手册, …读本, …汇编) or as a collection of a
# leader's talks on a subject (…谈治国理政); a paper or column (《人民日报》, 《法治时代》) has neither.
_BOOK = re.compile(r"(?:手册|读本|汇编|选编|摘编|文选|文集|问答|教材)$|^[\u4e00-\u9fff]{2,4}谈[\u4e00-\u9fff]{2,}$")
# A body or topic, a colon, then what it did (《X区政务办：公益专席暖民心》): a headline's shape, no document's.
_HEADLINE = re.compile(r"[^:：]{2,}[:：][^:：]{2,}")
# A paper or a platform that ran the title just cited, right after it: the title is an article's (…》在《人民日报》头版刊发;
# not after a comma, where the next clause speaks of another piece).
_PUBLISHED_IN = re.compile(r"(?:在|于|被)《[^《》]{2,12}》[^，,。；;]{0,6}?(?:刊发|刊登|刊载|发表|登载|报道|转载|头版)")
_ALIAS = re.compile(r"[（(]\s*以下简称\s*《([^《》]{1,30})》\s*[）)]")
# Bare law names: 宪法, 民法典, 党章, and "X法" or "X条例" closing a list item or following a verb of study or use.
# A code named in a day, week, campaign, contest or oath (国家宪法日, 宪法宣传周, 宪法法律知识竞赛, 宪法宣誓) or inside a
# quoted name or slogan (“宪法与浙江”宣传月, “美好生活·民法典相伴”主题宣传月, “学宪法讲宪法”) is not cited; one inside
# words said (他说：“要认真学习宪法和民法典。”) is.
_BARE_CODES = re.compile(r"(?<!《)(宪法|民法典|党章)(?!》|日|周|月|宣传|宣誓|(?:法律)?(?:知识)?竞赛)")
_INSIDE_QUOTES = re.compile(r"(?<![：:])“[^“”\n]*\Z")  # (what precedes a code opens a quote, not of speech, left open)
# A law's name ends before a list's break, a verb of putting it into effect (新修订的行政复议法贯彻实施; not before
# its own implementing rules, …法实施条例), its provisions (不符合行政许可法规定的), its revision or its coming into
# force (行政复议法修订, 海南自由贸易港法正式列入), the teaching of it (行政处罚法讲座培训) or a space closing a
# quoted line (“学习贯彻安全生产法 牢固树立…”).
_LAW_END = re.compile(r"(?:法|(?<=[\u4e00-\u9fff]{3})条例)(?=[、，,。；;和及与以等的》\n ]|$|贯彻|实施(?!条例|细则|办法|意见|方案)"
                      r"|规定|修订|修正|正式|讲座|培训|专题)")  # 以: “…法以及…”
_VERB = re.compile(r"(?:学习|宣传|培训|贯彻|落实|实施|施行|执行|依照|依据|根据|按照|遵照|解读|颁布|修订|开展|组织|参加|"
                    r"符合|违反|新)的?")
_NOT_LAW_ENDINGS = ("执法", "依法", "普法", "守法", "方法", "办法", "做法", "司法", "立法", "说法", "违法", "合法",
                    "学法", "用法", "非法", "无法", "设法", "想法", "看法", "手法", "宪法", "述法", "讲法", "考法",
                    "懂法", "知法", "谈法", "找法", "靠法", "敬法", "信法", "尊法", "释法")
# (ending in 法 but practices, not laws: 年度述法, 一把手讲法, 任前谈法, 以案释法; 遇事找法、化解矛盾靠法, 人人敬法;
# 护法 of 护法卫士 is no ending, since it closes the most common law name of all, …保护法)
_LIST_BREAK = "、，,。；;：:（）()“”《》\n及"  # 及: the law's own rules (传染病防治法及实施条例) are no second name
# 和 or 与 right after a name ends it (行政处罚法和行政许可法, 民法典与安全生产法), not 和 inside one (中华人民共和国…,
# 全国人民代表大会和地方各级人民代表大会选举法).
_JOINED_AFTER_NAME = re.compile(r"(?<=法|典|例)[和与]")
# Branches and ranks of law, no statute's name (学习内容以宪法和行政法等基础法为中心, 不得与上位法相抵触).
_BRANCHES_OF_LAW = frozenset({"行政法", "经济法", "国际法", "民商法", "部门法", "程序法", "实体法", "基础法", "根本法",
                              "上位法", "下位法", "国内法", "涉外法"})
# Words of a kind of rules, not one regulation's name (党的各项条例, 党内法规和条例, 地方性条例).
_KIND_OF_RULES = re.compile(r"[的和各等]|性条例$")


def _bare_laws(text: str) -> list[tuple[int, int]]:
    """Spans of unbracketed law and regulation names: the item of a list, or what follows a verb.

    The whole phrase walked back to the list's break is the name unless a verb of study or use opens it: the last
    verb that leaves a name no verb opens (学习村民委员会组织法 is not cut at its 组织, 学习新修订的行政复议法 is cut after
    修订的; a verb inside a longer name still cuts it: 学习反有组织犯罪法 gives 犯罪法). A phrase holding a verb that leaves
    no name is a clause, no name (严格执行条例规定, 学习税法). A name
    ending in 条例 is a regulation's only at five characters or more and naming one (政法工作条例, 经开区条例), not a kind
    of rules (党内条例, 党的各项条例, 党内法规和条例, 地方性条例)."""
    spans = [(m.start(1), m.end(1)) for m in _BARE_CODES.finditer(text)
             if not _INSIDE_QUOTES.search(text, max(0, m.start() - 40), m.start())]
    for match in _LAW_END.finditer(text):
        end = match.end()
        start = match.start()
        while start > 0 and text[start - 1] not in _LIST_BREAK and end - start < 16 \
                and not _JOINED_AFTER_NAME.match(text, start - 1):
            start -= 1
        regulation = match.group() == "条例"
        shortest = 5 if regulation else 3
        verbs = list(_VERB.finditer(text, start, match.start()))
        after_verb = next((v.end() for v in reversed(verbs)
                           if end - v.end() >= shortest and not _VERB.match(text, v.end())), None)
        if verbs and after_verb is None:
            continue
        opens_at = after_verb if after_verb is not None else start
        name = text[opens_at:end]
        if shortest <= len(name) <= 14 and not name.endswith(_NOT_LAW_ENDINGS) and name not in _BRANCHES_OF_LAW \
                and re.fullmatch(r"[\u4e00-\u9fff]+", name) and not (regulation and _KIND_OF_RULES.search(name)):
            if after_verb is not None or opens_at == 0 or text[opens_at - 1] in "、《及" \
                    or _JOINED_AFTER_NAME.match(text, opens_at - 1):
                spans.append((opens_at, end))
    return spans


@dataclass
class Citation:
    text: str  # surface string without the outer brackets
    start: int
    end: int
    canonical: str
    kind: str
    bracketed: bool = True
    alias_of: str | None = None


def canonical_title(title: str) -> str:
    title = re.sub(r"\s+", "", title)
    title = title.replace("(", "（").replace(")", "）").replace("<", "〈").replace(">", "〉")
    title = title.replace("《", "〈").replace("》", "〉")
    title = re.sub(r"(\d{4})年?(?:[-－–—‒―~～]+|至)(\d{4})", r"\1—\2", title)
    return _LOST_DASH.sub(_year_range, title)


# Two years run together where scraping dropped the dash: （20212025年）.
_LOST_DASH = re.compile(r"(?<=[（])((?:19|20)\d\d)((?:19|20)\d\d)(?=年?）)")


def _year_range(match: re.Match[str]) -> str:
    first, last = match.group(1), match.group(2)
    return f"{first}—{last}" if first < last else match.group(0)


_STATE_PREFIX = "中华人民共和国"
_YEARS = re.compile(r"（[^（）]*\d{4}[^（）]*）$")
_ISSUER = re.compile(r"^[^〈〉（）]{2,30}?(?=关于)")
# A short reference (《纲要》, 《实施意见》, 《条例》) stands for the one full title it ends.
_SHORT_REFERENCE_CHARS = 4
# Words a citation may leave out of a title without naming another document (市县政府依法行政 /
# 市县依法行政; 政务公开工作 / 政务公开).
_OMISSIBLE = {"政府", "人民", "工作", "的", "全面", "进一步", "切实", "有关"}
_NEAR_MIN_CHARS = 8
# Last characters of a body right before a short title: its own document (区委《意见》, 区人大《决定》).
_ISSUING_BODY_ENDS = set("委府大院部厅局办")


# The years a title covers, written with 年 or without it (（2015—2020年） = （2015—2020）).
_YEAR_RANGE_WITH_NIAN = re.compile(r"（((?:19|20)\d\d—(?:19|20)\d\d)年）")


def regulation_key(canonical: str) -> str:
    """The key that one regulation has under all its spellings across reports: the canonical
    title without the state's name (中华人民共和国行政诉讼法 = 行政诉讼法) and with the years it covers
    written one way (纲要（2015—2020年） = 纲要(2015-2020))."""
    return _YEAR_RANGE_WITH_NIAN.sub(r"（\1）", canonical.removeprefix(_STATE_PREFIX) or canonical)


def _without_issuer(title: str) -> str:
    return _ISSUER.sub("", regulation_key(title))


def same_regulation(short: str, full: str) -> bool:
    """Whether ``short`` is another spelling of ``full`` in one report (``short`` no longer):
    the same key; a short reference that ends the full title (纲要 → 法治政府建设实施纲要（2015—2020年）);
    the title without its issuer (关于加强法治政府建设的意见 → 国务院关于…); or a word left out
    of a long title (关于加强市县依法行政的决定 → 国务院关于加强市县政府依法行政的决定)."""
    if regulation_key(short) == regulation_key(full):
        return True
    bare_full = _YEARS.sub("", full)
    if bare_full != short and bare_full.endswith(short) and (
            len(short) <= _SHORT_REFERENCE_CHARS or bare_full[: -len(short)] == _STATE_PREFIX):
        return True
    issuer = _ISSUER.match(regulation_key(short))
    if issuer and not regulation_key(full).startswith(issuer.group(0)):
        return False  # two issuers' documents on one subject (国务院关于… / 湖北省人民政府关于…)
    a, b = _without_issuer(short), _without_issuer(full)
    if a == b:
        return True
    return len(a) >= _NEAR_MIN_CHARS and _omits_a_filler(a, b)


def _omits_a_filler(short: str, full: str) -> bool:
    """``short`` is ``full`` less one word that leaves the subject unchanged (政府, 工作, 的 …);
    a word of substance left out (监督, 执法) makes another document."""
    cut = len(full) - len(short)
    if cut <= 0:
        return False
    return any(full[:i] + full[i + cut:] == short for i in range(len(full) - cut + 1)
               if full[i:i + cut] in _OMISSIBLE)


def kind_of(canonical: str) -> str:
    for kind, pattern in KINDS:
        if pattern.search(canonical):
            return kind
    return "other"


_TITLE_BREAKS = frozenset("。；;\n")


def _bracketed_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the content of each outermost 《…》, tolerating nested 《》 and 〈〉. A 《 right after a
    whole title still open (《法治中国建设规划(2020-2025年)《法治政府建设实施纲要…》: its 》 dropped) closes it
    there: a title nests another only after words that lead to it (《关于印发《…》的通知》). No title runs past the
    end of a sentence or a line: a 《 still open there lost its 》 (《…实施方案2021—2025年)等…规划;高效完成《…》), and the
    titles after it are read on their own."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "《":
            if depth == 1 and _LEGAL_HEAD.search(canonical_title(text[start:i])):
                spans.append((start, i))
                depth = 0
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
        elif ch in _TITLE_BREAKS:
            depth = 0
    return spans


def find_citations(text: str) -> list[Citation]:
    """All regulation citations of a document, in order, with aliases resolved to their full title."""
    citations: list[Citation] = []
    aliases: dict[str, Citation] = {}
    alias_spans = set()
    for match in _ALIAS.finditer(text):
        alias_spans.add((match.start(1), match.end(1)))
    for start, end in _bracketed_spans(text):
        surface = text[start:end]
        if not surface.strip() or len(surface) > 120:
            continue
        canonical = canonical_title(surface)
        if (start, end) in alias_spans and citations:
            full = citations[-1]
            aliases[canonical] = full
            citations.append(Citation(surface, start, end, full.canonical, full.kind, alias_of=full.canonical))
            continue
        if canonical in aliases:
            full = aliases[canonical]
            citations.append(Citation(surface, start, end, full.canonical, full.kind, alias_of=full.canonical))
            continue
        if len(canonical) <= 8 and not _LEGAL_HEAD.search(canonical) and not _BOOK.search(canonical):
            continue  # a newspaper, column or programme title
        if _HEADLINE.search(canonical) and not _LEGAL_HEAD.search(canonical):
            continue  # an article's or a case's headline (《X区政务办：公益专席暖民心》)
        if _PUBLISHED_IN.match(text, end + 1) and not _LEGAL_HEAD.search(canonical) and not _BOOK.search(canonical):
            continue  # an article a paper ran (《…展现新作为》在《人民日报》头版刊发)
        citations.append(Citation(surface, start, end, canonical, kind_of(canonical)))
        for inner_start, inner_end in _bracketed_spans(surface.replace("〈", "《").replace("〉", "》")
                                                        .replace("<", "《").replace(">", "》")):
            inner = surface[inner_start:inner_end]
            inner_canonical = canonical_title(inner)
            citations.append(Citation(inner, start + inner_start, start + inner_end, inner_canonical,
                                      kind_of(inner_canonical)))
    occupied = [(c.start, c.end) for c in citations]
    for s, e in _bare_laws(text):
        if any(a <= s < b for a, b in occupied):
            continue
        name = text[s:e]
        citations.append(Citation(name, s, e, name, "other" if name == "党章" else kind_of(name), bracketed=False))
    citations.sort(key=lambda c: c.start)
    _unify_spellings(text, citations)
    return citations


def _unify_spellings(text: str, citations: list[Citation]) -> None:
    """Give every spelling of one regulation in a report the same canonical name, its fullest.

    Each citation is compared with the longer titles of the report; one that fits several
    (a short reference: 《办法》) goes to the nearest of them cited before it, else the first after it.
    """
    first_seen: dict[str, int] = {}
    for c in citations:
        first_seen.setdefault(c.canonical, c.start)
    by_length = sorted(first_seen, key=lambda t: (-len(t), first_seen[t]))
    fuller = {t: [f for f in by_length if len(f) > len(t) and same_regulation(t, f)] for t in by_length}
    fullest: dict[str, str] = {}
    for title in by_length:  # longest first, so a fuller title's own name is settled before
        options = fuller[title]
        fullest[title] = fullest[min(options, key=first_seen.get)] if options else title
    spelled = [(c.start, c.canonical) for c in citations]
    for c in citations:
        options = fuller[c.canonical]
        if not options or (len(c.canonical) <= _SHORT_REFERENCE_CHARS and c.start >= 2
                           and text[c.start - 2] in _ISSUING_BODY_ENDS):
            continue
        before = [(start, title) for start, title in spelled if title in options and start < c.start]
        chosen = max(before)[1] if before else min(options, key=first_seen.get)
        c.canonical = fullest[chosen]
        c.kind = kind_of(c.canonical)

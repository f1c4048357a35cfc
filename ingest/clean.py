"""Cleaning: drop web page chrome, read index-number blocks, normalise characters, keep offsets true.

Government sites wrap reports in navigation ("您当前所在位置"), share widgets,
"上一篇/下一篇", "关闭窗口 打印本页", "附件下载", newspaper page lists and
index-number blocks (索引号/主题分类/发文日期/发布机构/文号). trafilatura removes
most of it from HTML; these line rules catch what reaches us as plain text, which
is how many reports are scraped.

Normalisation is one character for one character (full-width letters and digits to
ASCII, exotic spaces to a space), so every character of the cleaned text maps back
to one character of the raw text: ``Cleaned.offsets[i]`` is that raw index.

A text hard-wrapped at a fixed width (a PDF's visual lines, a print layout kept in a page) is cleaned to one line
per paragraph as any other, its cut lines running on and its page numbers dropped (``ingest/wrap.py``).
"""

from __future__ import annotations

from functools import lru_cache

import re
from dataclasses import dataclass, field

from ingest.wrap import PAGE_NUMBER, running_on

# Tokens that make up navigation and widget lines; a short line made only of these is chrome.
_CHROME_TOKENS = re.compile(
    r"上一篇|下一篇|上一版|下一版|上一条|下一条|放大|缩小|默认|打印本页|打印|关闭窗口|关闭|附件下载|附件|"
    r"分享到|分享|收藏|微信|微博|手机版|智能互动|返回顶部|返回|字号|往期阅读|标题导航|扫一扫|二维码|"
    r"政府信息公开|信息公开|今天是|图片\d*|第\d+版[:：]?\S{0,8}|当前版[:：]?\s*\d*版?|"
    # the type-size and accessibility widgets (字体:【 默认 超大】, 无障碍阅读, 长者版) and the site's own links
    r"字体|超大|[大中小]|打印内容|设为首页|加入收藏|无障碍(?:阅读|浏览)?|长者版|适老化|网站首页|首页|Menu|"
    r"[【】\[\]|/｜·•>›»:：、,，#\-]"
)
# Lines that are chrome whatever follows them on the line.
# A breadcrumb opens on the home page or on a separator (首页-专题专栏-法治政府建设, >政府信息公开>工作信息).
_CHROME_PREFIX = re.compile(r"^(?:(?:您(?:当前|现在)?|当前|现在)的?(?:所在)?的?位置|当前版|今天是"
                            # the site's footer: its code, sponsor and registrations (网站标识码, 主办单位, 备案号)
                            r"|网站标识码|主办单位|承办单位|备案号|[\u4e00-\u9fff]{0,2}ICP备|[\u4e00-\u9fff]公网安备"
                            r"|首页\s*(?:-?>|[›»→\-—/])|[>›»]\s*\S)")
# After the body has started, these lines close it: what follows is page furniture.
_FOOTER = re.compile(r"^(?:上一篇\s*下一篇|标题导航|关闭窗口|打印本页|附件下载|返回顶部)")
# Keys of the index-number block of government information-disclosure pages.
_INDEX_KEYS = (
    "索引号", "主题分类", "分类", "发文日期", "发布日期", "成文日期", "发布时间", "发布机构", "发文机关",
    "文号", "发文字号", "公开方式", "公开范围", "公开时限", "有效性", "信息来源", "来源", "浏览次数",
    "访问量", "主题词", "体裁分类", "组配分类", "所属机构", "生成日期", "稿件来源",
    "文章来源", "更新时间", "日期", "时间", "公开类别", "点击数", "阅读次数", "作者", "发文单位", "发布单位",
    "效力状态", "发文机构", "公文时效", "信息分类",
    "信息名称", "名称", "标题", "制发机构", "备注/文号", "备注", "公文生成日期", "废止日期", "关键词",
    # the editor and the size widget, which follow the source on its line (来源:区司法局  责任编辑:…, 字号:[ ]),
    # and a news page's editor and click counter around its date (编辑:宣传部  发布日期:2017-12-25  点击:[], 点击率:)
    "责任编辑", "字号", "编辑", "点击", "点击率", "点击量", "点击次数", "发表时间",
    # a law database's article properties (•【制定机关】…, •【公布日期】2020.04.15, •【效力等级】地方规范性文件,
    # 效力级别地方党内规范性文件)
    "制定机关", "公布日期", "施行日期", "效力等级", "效力级别", "时效性",
)
# A line of the index block is short; one holding several keys padded to the page's columns runs longer.
_INDEX_LINE_MAX_CHARS = 80
_INDEX_ROW_MAX_CHARS = 200
_INDEX_ROW_KEYS = 3
# Keys whose value is the document's title; after a key of another with no value (有效性), a line shaped like a
# title (济宁市兖州区司法局2025年度法治政府建设情况的报告) is the title below the block, not that key's value.
_TITLE_KEYS = ("信息名称", "名称", "标题")
# Keys whose value is a document's number (文号: 东府发〔2025〕3号): a body's name on the line after an empty 文号 cell is
# none (东安县应急管理局 / 2025年…报告: the issuer's line of the document's layout), while anything else there is still
# taken as its value, as for any key (无, 川府发〔二〇二五〕三号, or a cell kg does not read: 时效:, 公开部门:市司法局).
NUMBER_KEYS = ("文号", "发文字号")
_BODY_NAME_LINE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:局|厅|委员会|政府|办公室|管委会|办事处)")
_TITLE_SHAPE = re.compile(r"(?:19|20)\d{2}年.*(?:报告|总结|要点|方案|计划|规划)$")
# Pages pad keys to one width with spaces between their characters (名 称, 索 引 号, 标      题).
_KEY_ALTERNATIVES = "|".join(r"[ \t]*".join(map(re.escape, key)) for key in sorted(_INDEX_KEYS, key=len, reverse=True))
# A key is followed by a colon, or by the rule of a table's cell (索 引 号 | 1162… | 主题分类 | …).
_INDEX_LINE = re.compile(r"^(" + _KEY_ALTERNATIVES + r")\s*[:：|｜]?\s*(.*)$")
# Further keys on the same line ("信息来源:区司法局 发布日期:2021-03-31", "时间:2022年2月15日来源:…"):
# after a space, or straight after a date, followed by a colon, a space or the line's end (an empty cell: 发布机构
# 原州区司法局 文 号); or glued to the value before
# it but followed by a colon ("来源:双城区人民政府更新时间:2022-03-10").
_NEXT_KEY = re.compile(r"(?:(?:(?<=\s)|(?<=[\d日]))(" + _KEY_ALTERNATIVES + r")(?:\s*[:：|｜]\s*|\s+|$)"
                       r"|(" + _KEY_ALTERNATIVES + r")[:：]\s*)")
# A cell rule and the key of the next cell after a value (| 公文时效:是).
_OTHER_CELL = re.compile(r"\s*[|｜]\s*(?=[\u4e00-\u9fff]{2,6}\s*[:：])")
# The rules of a table's cells around a value (| 2025-06-13 |).
_CELL_RULES = " \t|｜"
# Keys set in brackets ("[ 发布机构 ] 秀山县人民政府", "【发布日期】2021-01-13") read as "key: value".
_BRACKETED_KEY = re.compile(r"[\[【]\s*(" + _KEY_ALTERNATIVES + r")\s*[\]】]")
# A page's posting stamp, a date with its clock time ("2023-03-31 17:05:00 来源: 海口市司法局"): the
# clock time marks it as the site's, not a date of the text; keys may follow it on the line.
# The clock time is written with colons or in words (2021年03月22日 16时47分).
_POSTING_STAMP = re.compile(r"^((?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?)\s+"
                            r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?)\s*(.*)$")
# The site a page is posted on, named before the posting's keys on their line (信阳市人民政府门户网站 www.xinyang.gov.cn
# 时间:2024-03-04 来源:): the portal's banner, not a value.
_SITE_BANNER = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:门户网站|网站|网)(?:\s+(?:https?://)?[\w.-]+\.(?:cn|com|net|org))?\s+"
                          r"(?=(?:" + _KEY_ALTERNATIVES + r")\s*[:：])")
# A posting stamp dated with dots and the year last (25.02.2016  10:00): read day first where the day shows
# (over 12), else left unread.
_DOTTED_STAMP = re.compile(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(.*)$")
# List marks before the lines of an index block (• 发布机构:…, • 2021年03月22日 16时47分, - 标题: …).
_LIST_MARK = re.compile(r"^(?:[•·●▪◆■]|[-*|｜](?=\s))\s*")  # (a table row of the index block: | 标题:… |)
_SPACES = {"\u00a0", "\u2002", "\u2003", "\u2009", "\u3000", "\u200b", "\ufeff", "\t"}
_BODY_MIN_CHARS = 30
# A line's indent of ideographic spaces that an encoding lost as question marks (??一、…): indentation, no text.
_LOST_INDENT = re.compile(r"^[?？]{1,4}(?=[\u4e00-\u9fff（(0-9])")
# A pinyin gloss in brackets after a character (區(qū)): at least one toned vowel, so that no list mark or
# abbreviation in brackets ((a), (app)) is taken for one.
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
# The body starts with a line of running text (a clause mark in it), not with a long label.
_CLAUSE = re.compile(r"[，,。；;]")


@dataclass
class Cleaned:
    text: str
    offsets: list[int]  # offsets[i]: index in the raw text of text[i]
    fields: dict[str, str] = field(default_factory=dict)  # index-block values (发文日期, 发布机构, ...)


def normalize_char(ch: str) -> str:
    """Full-width ASCII letters/digits and exotic spaces become their plain forms; all else stays."""
    code = ord(ch)
    if ch in _SPACES:
        return " "
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    return ch


def _is_chrome(line: str) -> bool:
    if _CHROME_PREFIX.match(line):
        return True
    if len(line) > 40:
        return False
    return not _CHROME_TOKENS.sub("", line).strip()


def _index_pairs(key: str, rest: str) -> list[tuple[str, str]]:
    """The key-value pairs of one index line: its first key and any keys after it on the line."""
    pairs, position = [], 0
    rest = " " + rest  # (a key opening the rest follows an empty cell: | 关键词 | 发布机构 | 某县林草局 |)
    for match in _NEXT_KEY.finditer(rest):
        pairs.append((key, rest[position:match.start()].strip()))
        key, position = match.group(1) or match.group(2), match.end()
    pairs.append((key, rest[position:].strip()))
    # a cell rule before another key of the table, one kg does not read (发布机构:司法局 | 公文时效:是), ends the value
    return [(re.sub(r"\s+", "", key), _OTHER_CELL.split(value)[0].strip(_CELL_RULES)) for key, value in pairs]


def _header_pairs(line: str) -> list[tuple[str, str]] | None:
    """The key-value pairs of a line of the index block or of a posting stamp; None for other lines."""
    line = _SITE_BANNER.sub("", line)
    dotted = _DOTTED_STAMP.match(line)
    if dotted:
        first, second, year, rest = dotted.groups()
        if int(first) <= 12:  # 05.06.2018: day and month cannot be told apart; the line is the site's all the same
            return _header_pairs(rest) if rest else []
        return _header_pairs(f"{year}-{int(second):02d}-{int(first):02d} 00:00 {rest}".strip())
    stamp = _POSTING_STAMP.match(line)
    if stamp:
        rest = _header_pairs(stamp.group(2)) if stamp.group(2) else []
        # A line going on with running text (2022年3月5日 9:30,市司法局召开…) is no stamp.
        return None if rest is None else [("发布时间", stamp.group(1))] + rest
    index = _INDEX_LINE.match(_BRACKETED_KEY.sub(r"\1:", line))
    if not index:
        return None
    return [(key, _without_chrome(value)) for key, value in _index_pairs(index.group(1), index.group(2))]


def _without_chrome(value: str) -> str:
    """A value without the page widgets after it on the line (来源: 海口市司法局 打印)."""
    words = value.split()
    while words and _is_chrome(words[-1]):
        words.pop()
    return " ".join(words)


def clean(raw: str) -> Cleaned:
    """Cleaned text (one line per paragraph, no blank lines) with its map back to ``raw``."""
    lines: list[tuple[int, int]] = []  # (start, end) in raw of each kept, stripped line
    fields: dict[str, str] = {}
    body_started = False
    pending_key: str | None = None
    position = 0
    for raw_line in raw.splitlines(keepends=True):
        line_start = position
        position += len(raw_line)
        content = raw_line.rstrip("\r\n")
        normalized = "".join(normalize_char(c) for c in content)
        stripped = normalized.strip()
        if not stripped:
            continue
        lead = len(normalized) - len(normalized.lstrip())
        if lost := _LOST_INDENT.match(stripped):
            lead, stripped = lead + lost.end(), stripped[lost.end():]
        span = (line_start + lead, line_start + lead + len(stripped))
        if pending_key is not None:
            key, pending_key = pending_key, None
            if len(stripped) <= 40 and not _INDEX_LINE.match(_LIST_MARK.sub("", stripped)) \
                    and (key in _TITLE_KEYS or not _TITLE_SHAPE.search(stripped)) \
                    and (key not in NUMBER_KEYS or not _BODY_NAME_LINE.fullmatch(stripped)):
                fields[key] = stripped
                continue
        if not body_started and len(stripped) <= _INDEX_ROW_MAX_CHARS:
            pairs = _header_pairs(_LIST_MARK.sub("", stripped))
            # (a row of the block holding three keys or more, 体裁分类:… 发布时间:… 发布机构:…, may run longer)
            if pairs is not None and (len(stripped) <= _INDEX_LINE_MAX_CHARS or len(pairs) >= _INDEX_ROW_KEYS):
                fields.update((key, value) for key, value in pairs if value)
                if len(pairs) == 1 and not pairs[0][1]:
                    pending_key = pairs[0][0]
                continue
        if _is_chrome(stripped) or PAGE_NUMBER.fullmatch(stripped):
            if body_started and _FOOTER.match(stripped):
                break
            continue
        if len(stripped) >= _BODY_MIN_CHARS and _CLAUSE.search(stripped):
            body_started = True
        lines.append(span)

    text_parts: list[str] = []
    offsets: list[int] = []
    runs_on = running_on([raw[start:end] for start, end in lines])
    for i, (start, end) in enumerate(lines):
        if i and not runs_on[i - 1]:
            text_parts.append("\n")
            offsets.append(lines[i - 1][1])
        glossed = _glossed(raw, start, end)
        kept = [k for k in range(start, end) if k not in glossed] if glossed else range(start, end)
        text_parts.append("".join(normalize_char(raw[k]) for k in kept))
        offsets.extend(kept)
    return Cleaned(text="".join(text_parts), offsets=offsets, fields=fields)


def _glossed(raw: str, start: int, end: int) -> set[int]:
    """The raw indices of the pinyin glosses a mirror site writes after characters (區(qū), 務(wù)): ruby text
    of the page's markup, no part of the report's words, which it would break (建設(shè)情況)."""
    return {k for m in _PINYIN_GLOSS.finditer(raw, start, end) for k in range(m.start(), m.end())}


def opening_line(lines: list[str]) -> int:
    """The index of the first line of running text (a clause mark, 30 characters or more, or a full stop
    closing it), where a report's opening sentence stands, past its title, the site's labels and an addressee
    line; 0 when none is."""
    return next((i for i, line in enumerate(lines)
                 if (len(line) >= _BODY_MIN_CHARS and _CLAUSE.search(line)) or line.endswith("。")), 0)


# A space between a year's digits and its 年 (2025 年,大桥江乡在…): a page's typesetting, not a break in the clause.
_SPACED_YEAR = re.compile(r"(?<=\d)[ \u3000\xa0]+(?=年)")


def opening(text: str) -> str:
    """The cleaned text from its opening sentence on (see ``opening_line``), its years written whole."""
    lines = text.split("\n")
    return _SPACED_YEAR.sub("", "\n".join(lines[opening_line(lines):]))


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def for_matching(text: str) -> str:
    """Simplified-Chinese twin of ``text`` for rules and dictionaries written in simplified
    characters. Only used when it keeps every offset (OpenCC's t2s maps characters one to one
    for almost all text); otherwise the text is matched as it is. Stored text stays as written.
    """
    simplified = _t2s().convert(text)
    return simplified if len(simplified) == len(text) else text

"""METRIC: numbers stating work done or targets, with unit, the thing counted, and a qualifier.

A metric is NUMBER (+ 余/多) UNIT, the unit with its scale (万户) and per-time mark (场/次);
the subject is the clause text before the number (共计废止文件183件 → 废止文件). Dates, years,
ordinals (第三), document numbers, hotlines and numbers inside names are not metrics, but runs
of years (连续四年) and time limits (15日内) are. Chinese numerals count too (五类 → 5 类)
when they are not part of a fixed word (一是, 一体), a campaign's round number (百名法学家) or the
enumeration of a plan's tasks (两件大事, 六个工程).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.indicators import LEGALITY_REVIEWS, OTHER, PERSON_UNITS, SCALES, classify, counter
from ingest.extract.numerals import CHARS as CN_CHARS, chinese_to_number

UNITS = [
    "个百分点", "个工作日", "工作日", "个工作小时", "工作小时", "个月", "人次", "场次", "户次", "件次", "家次", "轮次", "批次", "元", "人",
    "件", "项", "个", "名", "次", "场", "份", "家", "宗", "亿", "万", "%", "％", "天", "小时", "类", "批", "条",
    "部", "期", "篇", "卷", "所", "户", "起", "支", "套", "本", "册", "村", "镇", "位", "单", "笔", "处", "台", "座",
    "轮", "方面", "封", "艘", "大项", "小项", "分项", "大类", "分钟", "个课时", "课时", "学时", "学分", "例",
    "微克/立方米",  # an air pollutant's concentration (PM2.5平均浓度为30微克/立方米)
]
# How a unit is written → the unit: 大类 is a 类 stressed (细化为3大类、75项措施), 大板块 a 板块, while 大项 and 小项 are two
# levels of item a list is split into (12大项25小项) and stay units of their own.
_UNIT_SPELLINGS = {"％": "%", "大类": "类", "大板块": "板块"}
_UNIT_RE = "|".join(map(re.escape, sorted(UNITS, key=len, reverse=True)))
# Places counted by their level's character right after a figure (在3市8县开展试点); after a Chinese numeral
# the character more often closes a name (三市四县联调机制, 一市一策).
PLACE_UNITS = ["市", "县"]
# A service circle named by how far it reaches (15分钟政务服务圈, 半小时法律服务圈): its minutes are its name, and so
# are those listed before the circle (主城区15分钟、一般村(社区)20分钟的公共文化服务圈).
_CIRCLE = re.compile(r"(?:[、（）()\u4e00-\u9fff\d]{0,20}?的)?[\u4e00-\u9fff]{0,6}圈")
# Points of a score (评估总分为720.72分), after digits only: after a Chinese numeral 分 is 十分 (very), 三分 (a
# third); not 分钟, 分局, 分院 (a body), 分之 (a fraction) or 分别.
_POINTS = "分(?![钟局院队所之别类项])"
# Kinds counted (签发电子证照种类182种) and flat things put up (法治灯箱1000多面), after digits only: after a Chinese
# numeral 种 says how a thing is done (“书面+台面”两种形式) and 面 is a side or a word (一面, 全面); not 面积, 面向.
_KINDS = "种|面(?![积向对临])"
# Sets of things (业务套餐41组), after digits only: after a Chinese numeral 组 is a group (一组, 工作组); not 组织, 组建.
_SETS = "组(?![织建成长委])"
# Sheets (宣传海报35张, 折页14万张), after digits only: after a Chinese numeral 张 counts a formula's parts (一张网, 三张清单).
_SHEETS = "张"
# The parts a plan is laid out in (提出6大板块31项具体举措), after digits only: in characters (分为三大板块) they are how
# prose enumerates the parts of a text, as 方面 are.
_PARTS = "大板块|板块"
_ARABIC_UNIT_RE = "|".join(map(re.escape, sorted(UNITS + PLACE_UNITS, key=len, reverse=True))) + "|" + _POINTS \
    + "|" + _KINDS + "|" + _SETS + "|" + _SHEETS + "|" + _PARTS
# A counter may carry a scale (3.2万余人 → 万人, 20多万元 → 万元; 余 is the qualifier, not the unit)
# and a "per time" mark written after it (518场/次, 42人(次)): both are part of the unit as written.
_SCALED_UNIT = rf"(?:([{SCALES}])(余|多)?)?({_ARABIC_UNIT_RE})(/次|[(（]次[)）])?"
# A factor of a product (7×24小时 service) is part of a formula, not a count.
_ARABIC = re.compile(rf"(?<![\d.A-Za-z第×])(\d+(?:\.\d+)?)\s*(余|多)?\s*{_SCALED_UNIT}(以上|以内|左右)?")
_CHINESE = re.compile(rf"(?<![第{CN_CHARS}])([{CN_CHARS}]{{1,6}})(余|多)?({_UNIT_RE})(以上|以内|左右)?")
# Spans of time written with a date word: a run of years (连续四年, 连续15年) and a time limit
# (15日内); a bare 年 or 日 elsewhere is part of a date.
_TIME_SPANS = (
    re.compile(rf"(?<=连续)(\d{{1,2}}|[{CN_CHARS}]{{1,3}})(年)()"),
    re.compile(r"(?<![\d.月])(\d{1,3})(日)(内)"),
)
# Bodies counted by a figure with no counter (17部门审批事项入驻, as 17个部门): the counter left out is 个.
_BODIES_UNCOUNTED = re.compile(r"(?<![\d.A-Za-z第×])(\d+)(余|多)?(?=部门|单位)")
IMPLIED_COUNTER = "个"
# Chinese-numeral words that are not counts.
_CN_STOPWORDS = re.compile(r"^(?:一[是体批些起切次项件名个份类条部场致般律流线样道同系定举并直度把手])|^[二三四五六七八九十]是|^十[四五]五")
_CLAUSE_BREAK = "，,。；;：:！？!?\n（）()、"
# Connectives, enumerators (四是) and a leading year (2021年) are not part of the subject.
_LEADING = re.compile(r"^(?:[一二三四五六七八九十]+是|(?:19|20)\d{2}年(?:度)?|今年|去年|其中|共计|共有|共|累计|合计|全年|全市|全县|全区|全州|总计|已|先后|分别|达到|达|为|有|约|近)+")
_PREPOSITIONS = frozenset("在对向把将从由")
# A word that makes the number after it approximate (学习近200次, 约30件): no part of the thing counted.
_APPROXIMATE = re.compile("(?:将近|接近|近|大约|约)$")
_SENTENCE_BREAK = "。；;！？!?\n"
_OPEN_QUOTES = "“「『\"'‘"
_CLOSE_QUOTES = "”」』\"'’"
_TITLE = re.compile(r"《[^《》]*》")
_PAIRS = {"）": "（", ")": "(", "”": "“", "》": "《", "」": "「", "』": "『", "’": "‘"}  # closing → opening
_BRACKETS = re.compile(r"[(（][^()（）\n，,。；;]{1,6}[)）]")  # a short aside: 乡(镇), 县(市、区)
# Up to a clause break, a headcount's people, then 参加/参训 and what they took part in (through
# the 、 of a list of ranks: 23名新提任局、处级干部参加任职法律知识考试).
_TAKING_PART = re.compile(r"[^，,。；;！？!?\n]{0,12}?((?:参加|参训|参与|进行|接受)[^，,。；;！？!?\n]{1,20})")
HEADCOUNT_UNITS = PERSON_UNITS | {"人次"}
# Ranks listed before the people of them (培训处级、科级领导干部180余人): one subject, read through their 、.
_RANK_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}级")
_RANK_BEFORE = re.compile(_RANK_AFTER.pattern + "$")
# People counted by 位 after a number in characters (两位厅负责人, 三位专家): the holders of a post or a trade.
_PEOPLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:负责人|专家|领导|同志|律师|老师|教授|干部|法官|检察官|委员|代表|嘉宾|讲师|学者)")
_RANKING = re.compile(r"[^，,。；;]{0,8}?中(?:位居|位列|排名|排第|名列)")
SLOGAN_CHARS = 6  # a quoted slogan closes within this many characters of its number's unit
QUOTED_SLOGAN_CHARS = 16  # how far a slogan of parallel parts runs on either side of one part's number
SUBJECT_CHARS = 40  # how far back the clause before a number is read for its subject
HEAD_CHARS = 2  # the head noun of a subject (事项, 案件) is its last two characters
AFTER_CHARS = 12  # how much of the clause after the unit can name the thing counted
HEAD_TAIL_CHARS = 5  # how much of a longer clause's end is read with it, for its head
_LIST_GOES_ON = re.compile("及|以及|等")  # after the thing a figure counts, other things listed with it
# Words of a predicate: a clause holding one goes on past the thing counted to what became of it.
_PREDICATE_WORDS = re.compile("了|着|参加|参与|参训|进行|开展|完成|实现|经|被|纳入|达到|全部|均|已")
REST_CHARS = 60  # how much of the sentence after the unit is read for what became of the things counted
TITLE_ROOM = 48  # characters of titles the clause after a unit may hold besides its own words
CONTEXT_CHARS = 160  # how far back the sentences before a subject are read for its domain
_QUALIFIERS = {"余": "approx", "多": "approx", "约": "approx", "以上": "at_least", "不少于": "at_least",
               "以内": "at_most", "内": "at_most"}


@dataclass
class MetricMention:
    text: str
    start: int
    end: int
    value: float | int
    unit: str
    subject: str
    qualifier: str | None
    chinese_numeral: bool = False
    indicator: str | None = OTHER  # None only until find_metrics has looked at the list it is in


def _subject(text: str, number_start: int) -> tuple[str, int]:
    """Clause text before the number, without leading connectives; and where it starts. A
    bracketed or quoted part is read whole (开展“双随机、一公开”抽查任务, 网上考试(发证)共), and an
    opening mark left unclosed ends the clause (…、《某报宣传报道7次 → 某报宣传报道)."""
    begin = number_start
    awaited: list[str] = []  # the opening marks of the pairs being read through, innermost last
    while begin > 0 and number_start - begin < SUBJECT_CHARS:
        mark = text[begin - 1]
        if mark in _PAIRS:
            awaited.append(_PAIRS[mark])
        elif awaited and mark == awaited[-1]:
            awaited.pop()
        elif not awaited and (mark in _CLAUSE_BREAK or mark in _PAIRS.values()) \
                and not (mark == "、" and _RANK_BEFORE.search(text, 0, begin - 1) and _RANK_AFTER.match(text, begin)):
            break
        begin -= 1
    raw = text[begin:number_start]
    lead = _LEADING.match(raw)
    if lead:
        begin += lead.end()
    if text[begin:number_start].strip() in _PREPOSITIONS:  # 在10个乡镇设立: the thing counted follows
        begin = number_start
    return _APPROXIMATE.sub("", text[begin:number_start].strip()), begin


def _after(text: str, end: int) -> str:
    """The clause right after a metric's unit (32个单位外聘… → 单位外聘…), cut at a break, with
    the titles in it left out: a title names a document, not the thing counted (先后4次对
    《信访工作条例》等进行专题学习 counts study sessions, not petitions). A short bracketed aside
    is read through and left out too (13个乡(镇)公共法律服务工作站 → 乡公共法律服务工作站)."""
    stop = end
    while stop < len(text) and stop - end < AFTER_CHARS + TITLE_ROOM:
        closing = _BRACKETS.match(text, stop)
        if closing:
            stop = closing.end()
        elif text[stop] in _CLAUSE_BREAK:
            break
        else:
            stop += 1
    after = _BRACKETS.sub("", _TITLE.sub("", text[end:stop])).strip()
    figure = _ARABIC.search(after)
    joined = thing_done_before(after[:figure.start()]) if figure else None
    return after[:joined] if joined else after  # (24个联合党支部和指派党建指导员96名: the instructors are the 96's)


def thing_done_before(words: str) -> int | None:
    """Where the thing a figure counts ends in ``words``, the words after its unit up to the next figure: at the last
    conjunction that a verb of providing people or setting a thing up follows, which opens what the next figure counts
    (24个联合党支部和指派党建指导员96名); None where none does (宪法和民法典宣传活动…5000余人 is one thing; 涉及 and 参与
    hold no conjunction; 与群众面对面 is a preposition's phrase)."""
    joins = list(_JOINED_TO_WHAT_NEXT_COUNTS.finditer(words))
    return joins[-1].start() if joins else None


# (the verbs a report counts the outcome of: people sent, hired or trained, bodies set up)
_JOINED_TO_WHAT_NEXT_COUNTS = re.compile(r"(?:以及|(?<![涉普惠顾参给])[和及与])(?=指派|选派|派驻|配备|配齐|聘请|聘任|选聘|任命|招录"
                                         r"|培训|设立|成立|建立|组建|新建|发展)")


def _counted(after: str) -> str:
    """What the clause after a unit says is counted: its first ``AFTER_CHARS`` and, for a longer one, the last
    words of the thing the figure is of, since a noun phrase closes on its head (2期全区领导干部依法行政专题培训研讨班
    counts classes); a list the thing opens (三十条措施及…工作要点等系列文件) ends it, and a clause going on to a
    predicate is not read at its end."""
    thing = _LIST_GOES_ON.split(after, 1)[0]
    if len(after) <= AFTER_CHARS or _PREDICATE_WORDS.search(thing):
        return after[:AFTER_CHARS]  # (45名行政执法人员参加了年度轮训: what the people did, read apart from them)
    return after[:AFTER_CHARS] + thing[max(AFTER_CHARS, len(thing) - HEAD_TAIL_CHARS):]


def _rest(text: str, end: int) -> str:
    """The sentence after a metric's unit, up to REST_CHARS: what the things counted became and whom
    the work reached are said there (80项事项全量实现“一窗通办”；讲座10场，覆盖民警700人次)."""
    stop = end
    while stop < len(text) and stop - end < REST_CHARS and text[stop] not in _SENTENCE_BREAK:
        stop += 1
    return text[end:stop]


def _activity(text: str, end: int) -> str:
    """What the people a headcount counts took part in (组织118名干部参加依法治区专题培训班 →
    参加依法治区专题培训班): the activity, not the people, says which measure the figure is."""
    taken_part = _TAKING_PART.match(text, end)
    return taken_part.group(1) if taken_part else ""


def _context(text: str, begin: int) -> str:
    """The sentence before a metric's subject (where 行政复议 of "…申请7宗，受理6宗" is named),
    with the sentence before it in the same paragraph ("分四批取消和调整许可事项。其中：第一批
    取消1项" names its domain a sentence earlier); the nearest domain word still wins."""
    start = _sentence_start(text, begin, begin)
    if start > 0 and text[start - 1] in _SENTENCE_BREAK and text[start - 1] != "\n":
        start = _sentence_start(text, start - 1, begin)
    return text[start:begin]


def _sentence_start(text: str, position: int, begin: int) -> int:
    """Where the sentence holding ``position`` starts, reading back no further than
    CONTEXT_CHARS before ``begin``."""
    while position > 0 and text[position - 1] not in _SENTENCE_BREAK and begin - position < CONTEXT_CHARS:
        position -= 1
    return position


# A session's number before its plenary, also the later ones of a list (六届五次、六次全会 → 六次).
# So is a congress's (省七次党代会, 第十次党代会).
_SESSION_AFTER = re.compile(rf"(?:[、和](?:\d+|[{CN_CHARS}]+)次)*(?:全(?:会|体会议)|党代会|党员代表大会)")
# The political slogans written without quotes (增强四个意识、坚定四个自信、做到两个维护): N个 names the tenets.
_SLOGAN_HEADS = re.compile("自信|意识|维护|确立|一百年")
# A count of aspects written in characters (以下十一个方面, 等八个方面重点工作) is how prose enumerates the
# parts of a text, not work done; a figure (制定了7个方面58项措施) is the report's data. So is a count of the
# tasks or programmes a plan is built of, in characters (办好两件大事, 打好五场硬仗, 实施六个工程, 三个“一号工程”, 三项清单
# 制度; a quote closing the phrase; not 五类“一件事一次办”事项, where the quote qualifies a noun).
_ASPECTS = re.compile("方面|大事|硬仗|攻坚战|工程|清单制度|“[^”]{1,12}”(?![\u4e00-\u9fff])")
# 行政执法三项制度 names the system of 公示, 全过程记录 and 法制审核 (出台五项制度 counts rules made).
_ENFORCEMENT_SYSTEM = re.compile("(?<=执法[一二两三四五六七八九十]项)制度")
# A round hundred or thousand written alone (百名法学家百场报告会, 千名干部进万家) names a campaign: counts are
# written with figures.
_ROUND_NAMES = frozenset("百千万")
# 部 that begins a noun (部委, 部门, 部署, 部分) is no counter of documents: 六部委 counts ministries.
_NOUNS_OPENED_BY_BU = "委门署分"


# The profile of a region: its population or area right before a figure (not 登记流动人口, work done on people).
_PLACE_FACTS = re.compile("(?:(?:常住|户籍|总|民族|辖区|全市|全县|全区)人口|面积)(?:的|为|达|约|共|是|有)?$")
PLACE_FACT_CHARS = 8
_AREA_UNITS = ("平方", "公里", "公顷", "亩")  # a figure in these measures land, whatever scale precedes them
# ... and its economy, in the clause before the figure or the one before it (地区生产总值320亿元，同比增长6.2%).
_ECONOMY = re.compile("生产总值|GDP|财政收入|预算收入|固定资产投资|零售总额|可支配收入|进出口总额|工业增加值")
ECONOMY_CHARS = 24


# 二期 before a project's words is its phase (二期工程, 监督平台二期迭代), not a count of sessions.
_PROJECT_WORDS = ("工程", "项目", "建设", "迭代", "改造", "扩建")


def _not_a_quantity(text: str, s: int, e: int) -> bool:
    """Numbers that name rather than count: one opening a short quoted slogan (“四个自信”),
    a session of a congress or committee (十二届十次全会, 五次、六次全会, 七次党代会), the leading bodies (四套班子),
    the field of a ranking (在参评的100个城市中位居第二), a number before a noun that its 部 opens, the
    reach of a service circle (15分钟政务服务圈: how near, a name),
    the tenets of an unquoted slogan (坚定四个自信), the aspects or programmes a text is divided in (以下八个方面,
    六个工程), the phase of a project (二期工程), a quoted name it closes, the system 行政执法三项制度 and the region's
    own profile."""
    aspects = text[s] in CN_CHARS and _ASPECTS.match(text, e) is not None
    opens_slogan = s > 0 and text[s - 1] in _OPEN_QUOTES and any(
        c in _CLOSE_QUOTES for c in text[e:e + SLOGAN_CHARS])
    return (opens_slogan or _opens_a_quoted_slogans_part(text, s, e) or _closes_a_quoted_name(text, s, e)
            or _describes_the_place(text, s, e)
            or text[s - 1:s] == "届" or text.startswith("班子", e)
            or (text[e - 1] == "次" and _SESSION_AFTER.match(text, e) is not None)
            or (text[e - 1] == "部" and text[e:e + 1] in tuple(_NOUNS_OPENED_BY_BU))
            or (text[e - 1] == "个" and _SLOGAN_HEADS.match(text, e) is not None) or aspects
            or (text[e - 1] == "期" and text.startswith(_PROJECT_WORDS, e))
            or bool(_RANKING.match(text, e)) or _ENFORCEMENT_SYSTEM.match(text, e) is not None
            or (text[s:e].endswith(("分钟", "小时")) and _CIRCLE.match(text, e) is not None))


def _opens_a_quoted_slogans_part(text: str, s: int, e: int) -> bool:
    """Whether a number written in characters with 个 opens a part of a quoted slogan of parallel parts (“两个上台阶、
    四个走前列”): its tenets, not a count. Each part opens the quote or follows a 、 or comma inside it."""
    if text[s] not in CN_CHARS or text[e - 1] != "个" or text[s - 1:s] not in (*_OPEN_QUOTES, "、", "，", ","):
        return False  # (the parts are N个 and a verb's phrase: 四个走前列; “十个方面、二十项措施” counts measures)
    closing = min((i for i in (text.find(q, e, e + QUOTED_SLOGAN_CHARS) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    return _quote_open_at(text, s, QUOTED_SLOGAN_CHARS) >= 0 and closing >= 0 \
        and not any(c in _OPEN_QUOTES for c in text[e:closing])


def _closes_a_quoted_name(text: str, s: int, e: int) -> bool:
    """Whether the number and its unit close a quoted name (“津南二十条”, “提信心28条”): policies are
    named by how many articles or measures they have."""
    if text[e:e + 1] not in _CLOSE_QUOTES:
        return False
    return _quote_open_at(text, s, SLOGAN_CHARS) >= 0


def _quote_open_at(text: str, s: int, reach: int) -> int:
    """Where the quote still open at ``s`` opened, within ``reach`` characters before it; -1 where none is."""
    opening = max(text.rfind(q, max(0, s - reach), s) for q in _OPEN_QUOTES)
    return opening if opening >= 0 and not any(c in _CLOSE_QUOTES for c in text[opening + 1:s]) else -1


def _describes_the_place(text: str, s: int, e: int) -> bool:
    """Whether the figure is the region's population, area or economy (常住人口117.5万, 占总人口的35.1%, 总面积1.74万
    平方公里, 地区生产总值增长6.5%), as a report's opening profile gives them: facts of the place, not the work
    of governing by law or a target of it."""
    before = text[max(0, s - ECONOMY_CHARS):s]
    before = before[max(before.rfind(c) for c in _SENTENCE_BREAK) + 1:]
    return (_PLACE_FACTS.search(text[max(0, s - PLACE_FACT_CHARS):s]) is not None or text.startswith(_AREA_UNITS, e)
            or _ECONOMY.search(before) is not None)


def find_metrics(text: str, excluded: list[tuple[int, int]]) -> list[MetricMention]:
    """Metrics outside ``excluded`` spans (titles, names, quotes)."""

    def inside_excluded(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in excluded)

    out: list[MetricMention] = []
    for match in _ARABIC.finditer(text):
        number, approx, scale, scale_approx, counter, per, tail = match.groups()
        unit = (scale or "") + counter + (per or "")
        s, e = match.start(1), match.end()
        if inside_excluded(s, e) or _is_date_or_code(text, match, number, unit) or _not_a_quantity(text, s, e):
            continue
        value = float(number) if "." in number else int(number)
        out.append(_mention(text, s, e, value, unit, approx or scale_approx or tail, False))
    for match in _CHINESE.finditer(text):
        number, approx, unit, tail = match.groups()
        s, e = match.start(1), match.end()
        if inside_excluded(s, e) or _CN_STOPWORDS.match(text[s:s + 3]) or _not_a_quantity(text, s, e):
            continue
        value = chinese_to_number(number)
        if value is None or value < 2 or unit in ("万", "亿", "元", "村", "镇", "单", "本") or number in _ROUND_NAMES \
                or (unit == "位" and (text.startswith("一体", e) or not _PEOPLE_AFTER.match(text, e))):
            continue  # (三位一体, 五位一体: a formula; 两位厅负责人 counts people)
        out.append(_mention(text, s, e, value, unit, approx or tail, True))
    for match in (m for pattern in _TIME_SPANS for m in pattern.finditer(text)):
        number, unit, tail = match.groups()
        s, e = match.span()
        value = int(number) if number.isdigit() else chinese_to_number(number)
        if value is not None and not inside_excluded(s, e):
            out.append(_mention(text, s, e, value, unit, tail, not number.isdigit()))
    for match in _BODIES_UNCOUNTED.finditer(text):
        s, e = match.span()
        if not inside_excluded(s, e):
            out.append(_mention(text, s, e, int(match.group(1)), IMPLIED_COUNTER, match.group(2), False))
    out.sort(key=lambda m: m.start)
    _file_siblings(text, out)
    return out


# Subjects listed before figures listed the same way (政务服务、行政许可事项…压83%、78%), or said 分别.
_LISTED_SUBJECTS = re.compile(r"[\u4e00-\u9fff]、[\u4e00-\u9fff]|分别")


def _file_siblings(text: str, metrics: list[MetricMention]) -> None:
    """An item of a list (保留事项515项，行政许可事项218项，其他事项297项) that no rule files
    takes the indicator of the item before it in the same sentence, when both count the same
    head noun (事项) in the same unit, or its head is left out (超过省定的62.5% after a 提速率), or it is
    listed right after it (承诺时限压83%、78%: the figures of two things, respectively), or a legality review's list goes on
    (审核政府规范性文件6件、政府各类公告2件: the documents its verb reaches; a list of meetings and studies held, 中心组学习12次、
    党工委会议17次, is no list of one thing); else it is OTHER."""
    for before, metric in zip([None, *metrics], metrics):
        if metric.indicator is not None:
            continue
        metric.indicator = OTHER
        if (before is not None and before.indicator != OTHER and metric.unit == before.unit
                and (metric.subject.endswith("的") or len(metric.subject) >= HEAD_CHARS
                     and metric.subject[-HEAD_CHARS:] == before.subject[-HEAD_CHARS:]
                     or not metric.subject.strip() and text[before.end:metric.start] == "、"
                     and _LISTED_SUBJECTS.search(text[_sentence_start(text, before.start, before.start):before.end])
                     or before.indicator.startswith(LEGALITY_REVIEWS) and text[before.end:metric.start].startswith("、"))
                and not any(c in _SENTENCE_BREAK for c in text[before.end:metric.start])):
            metric.indicator = before.indicator


def _mention(text: str, s: int, e: int, value, unit: str, qualifier_word: str | None, chinese: bool) -> MetricMention:
    subject, begin = _subject(text, s)
    before = text[max(0, s - 3):s]
    qualifier = _QUALIFIERS.get(qualifier_word or "")
    if qualifier is None:
        if _APPROXIMATE.search(before):
            qualifier = "approx"
        elif before.endswith("不少于"):
            qualifier = "at_least"
    unit = _UNIT_SPELLINGS.get(unit, unit)
    after = _after(text, e)
    activity = _activity(text, e) if counter(unit) in HEADCOUNT_UNITS else ""
    indicator = classify(subject, unit, _counted(after), _context(text, begin), activity, _rest(text, e))
    return MetricMention(text[begin:e], begin, e, value, unit, subject or after[:AFTER_CHARS], qualifier, chinese,
                         indicator)


# A counter of occurrences (件次, 户次, 场次): large counts are written in it, never a code or a hotline.
_COUNTS_OF_TIMES = re.compile(r"^.次$")


# Units large counts are written in (items of information disclosed: 主动公开信息22432条; the days cut from all the
# services' time limits: 承诺时限压减73049个工作日; the copies of leaflets handed out: 发放宣传资料82200余份).
_LARGE_COUNT_UNITS = frozenset({"元", "万元", "亿元", "件", "人", "人次", "名", "项", "个", "户", "笔", "条", "次",
                                "个工作日", "工作日", "天", "份", "册"})


_NEXT_TIMES = ("日", "月", "年")  # after 次: the next day, month or year (次日), no counter of times


def _is_date_or_code(text: str, match: re.Match[str], number: str, unit: str) -> bool:
    """Hotlines and codes (long numbers in a unit no count of that size is written in) and
    ordinals (第3个); 12月10日 dates and 号 document numbers never match, as 月/日/号 are no units."""
    if unit == "天" and text[match.end():match.end() + 1] == "内":
        return False
    if unit == "次" and text.startswith(_NEXT_TIMES, match.end()):
        return True  # 次日 is the next day: the figure before it is a code or a hotline (来电经12345次日回复)
    if unit == "天" and text.startswith("天", match.end()):
        return True  # 天天 is every day: the figure before it is a hotline (服务热线12345天天在线)
    if len(number.split(".")[0]) >= 5 and unit not in _LARGE_COUNT_UNITS and not _COUNTS_OF_TIMES.match(unit):
        return True
    return unit in ("个", "项", "件") and text[match.start():match.start() + 1] == "第"

"""The quantities a numeric question asks for, and which stated figure answers each.

Why: "收到、受理、审结的行政复议案件各多少宗？" asks three numbers and "其中不予受理
的有几件？" a second one; an answer with one of them, or with a neighbouring figure,
misleads. A question becomes one ``Part`` per asked quantity (its indicator words, the
unit, whether it is a rate, and the shared context such as 行政复议). A stated figure
(a STATES fact) answers a part only when its indicator shares the part's own words,
not just the context, and a count never stands in for a rate or the reverse.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ingest.clean import for_matching
from ingest.extract.indicators import classify
from ingest.extract.metrics import thing_done_before
from kg.ask.text_figures import DAY, ONE_YEAR, SPAN, UNITS as FIGURE_UNITS, YEAR_OF_REPORT, inside, ordinal, plain

# "多少宗", "几件", "是多少": the quantity asked and its unit; "多长时间", "多久": a duration (``DURATION``).
QUANTITY = re.compile(r"(?:是|为|有|达|共|分别|各|大约|约)*(?:(?:多少|几)"
                      r"(个工作日|个工作小时|个百分点|平方公里|平方米|万元|亿元|人次|件次|户次|场次|批次|大类|大项|小项|分项|子项|周年|分(?![钟局院队所之别])|级(?!别)|部(?!门)|证(?!照|书|明|件)|本(?![级地年单部市县区])|支(?![持出付])|组(?![织建成长委])|位(?!于)|轮(?!流)|面(?![积向对临上])|年(?![度份来])"
                      r"|(?<=几)大(?![学型中队会项案力])(?=[\u4e00-\u9fff])"  # (几大产业: how many parts; not 多少大学生, 几大队)
                      r"|[件宗次个名人家项条场批所元天日倍户例篇期份起宗类艘辆台套册处座卷笔种幅张])?"
                      r"|(多长时间|多长|多久))")
DURATION = "天"  # the unit a duration asked without one is read in: any of DURATION_UNITS answers it
# A question asking for an order of regions by one quantity (哪个县纠错率最高, 按败诉率从低到高排序), not
# for one region's value: 最多跑一次 and 最大限度 are names and manner, no superlative of a quantity.
# Between named regions the order is asked by which is higher (阜康市和始兴县的纠错率哪个高, 谁更低).
_ORDER = r"最(?:高|低|多|少|大|小)(?!跑|限度)|[从由](?:高|低|多|少|大|小)到(?:高|低|多|少|大|小)|排序|排行|(?:高|多|大)还是(?:低|少|小)"
_WHICH_OF = r"(?:哪个|谁)(?:[^，,。？?]{0,20}?更|的[^，,。？?]{1,20}?)?"  # 哪个…更, 谁的…: then the direction, closing the question
RANKING = re.compile(_ORDER + "|" + _WHICH_OF + r"(?:高|低|多|少|大|小)[？?]?$")
_ASCENDING = re.compile(r"最(?:低|少|小)|[从由](?:低|少|小)到|" + _WHICH_OF + r"(?:低|少|小)[？?]?$")
# The words of an order, taken out to leave the quantity (谁的审查件数更多 → 审查件数).
_ORDER_WORDS = re.compile(_ORDER + r"|(?:哪个|谁)的?|更?(?:高|低|多|少|大|小)(?=[？?]?$)")
# A comparison's frame around the quantity of named regions (的纠错率和始兴县相比如何): no words of the quantity.
_COMPARED = re.compile(r"(?:和|与|跟|同)?(?:相比|比较|对比)(?:起来)?(?:如何|怎么样|怎样|有何不同|有什么不同)?"
                       r"|^(?:请)?(?:比较|对比)(?:一下)?")
# A bound a region's figure must meet (出庭应诉率达到100%, 纠错率超过10%, 低于5%的), after a measure.
THRESHOLD = re.compile(r"(?<=[率数量额比件宗次人项])(?:达到|达|超过|高于|低于|不低于|不少于|不高于|不超过|少于|多于|大于|小于|不足|在)"
                       r"\s*(\d+(?:\.\d+)?)\s*(%|％|[件宗次个名人家项条场批所元天日户例篇期份起类])?\s*(及以上|以上|及以下|以下)?")
_AT_LEAST = re.compile(r"^(?:达到|达|不低于|不少于)|以上$")
_MORE = re.compile(r"^(?:超过|高于|多于|大于)")
_AT_MOST = re.compile(r"^(?:不高于|不超过)|以下$")
# The words that ask which region, and the order itself: what is left names the quantity.
_WHICH_REGION = re.compile(r"(?:哪(?:个|些|几个)?|各)(?:县市区|县区|区县|地区|地方|城市|省份|县|市|区|省|地)的?"
                           r"|(?:的|，|,)?(?:有|是)?哪(?:些|几个|个)(?:县市区|县区|区县|地区|地方|城市|省份|县|市|区|省)?")


@dataclass(frozen=True)
class Bound:
    """A bound on a figure: ``op`` is one of >=, >, <=, <; ``unit`` as the question writes it, if at all."""

    op: str
    value: float
    unit: str | None

    def holds(self, value: float) -> bool:
        return {">=": value >= self.value, ">": value > self.value,
                "<=": value <= self.value, "<": value < self.value}[self.op]

    def label(self) -> str:
        words = {">=": "达到", ">": "超过", "<=": "不超过", "<": "低于"}
        number = int(self.value) if self.value.is_integer() else self.value
        return f"{words[self.op]}{number}{self.unit or ''}"


def ranked_quantity(question: str) -> tuple[str, bool, Bound | None]:
    """The quantity a ranking question orders regions by, asked as a numeric question (哪个地区的
    出庭应诉率最高 → 出庭应诉率是多少), whether the order is ascending (最低, 从少到多), and the bound
    a figure must meet when the question sets one (哪些县的出庭应诉率达到100%)."""
    ascending = bool(_ASCENDING.search(question))
    bound = None
    if match := THRESHOLD.search(question):
        words = match.group(0)
        op = ">=" if _AT_LEAST.search(words) else ">" if _MORE.search(words) else "<=" if _AT_MOST.search(words) else "<"
        unit = (match.group(2) or "").replace("％", "%") or None
        bound = Bound(op, float(match.group(1)), unit)
        ascending = op in ("<=", "<")
        question = question[:match.start()] + question[match.end():]
    text = _ORDER_WORDS.sub("", _WHICH_REGION.sub("", _COMPARED.sub("", question)))
    text = re.sub(r"^(?:按照|按)|[？?。！!]+$", "", text.strip())
    return (text if QUANTITY.search(text) else text + "是多少"), ascending, bound


_PLACE = "\x00"  # where a place name of the question stood, while the places are taken out
# Year words of a question (2020年度, 2021—2025年, 近三年, 去年): the question's years, not part of what it asks.
YEAR_WORDS = re.compile(r"(?:(?:19|20)\d{2}\s*[-—–~至到]\s*)?(?:19|20)\d{2}\s*年(?:度|以来)?|近[一二两三四五六七八九十\d]+年|去年|今年")
# Leading connectives and trailing links to the value: 达到/达 (办件量达到多少) only join an indicator to
# its value, as 是/为 do, and name nothing a figure must write.
_FILLER = re.compile(r"^(?:其中|另外|以及|并且|那么|还|又|共|一共|总共|累计|全年|当年|各地|各县|各区|各市|全市|全县|全区)+|(?:了|的|有|是|为|达到|达|分别|各|共|呢|吗)+$")
JOINING = r"(?:、|以及|和|与|及)"
_SEPARATORS = re.compile(JOINING)
# A 和 or 与 that joins two fields inside a body's name (海洋与渔业局, 人力资源和社会保障局): after a field, not after a
# body (司法局和公安局), and before the rest of the name up to its head.
_IN_A_BODY_NAME = re.compile(r"(?<![局委府办厅院])[和与][\u4e00-\u9fff]{2,6}?(?:局|厅)(?![\u4e00-\u9fff]{0,2}[长])")
_CUT_AFTER = re.compile(f"{_SEPARATORS.pattern}|的")  # where a clause asking two quantities is cut
# A preposition that puts the second counted thing before the verb (多少个部门对多少个事项实施了X): the
# first quantity's noun ends before it. (为, 到 and 在 are not: 缩短为多少天 is a from–to pair.)
_CUT_BEFORE = re.compile(r"[对向给把将]")
_RATE = re.compile(r"率|比例|百分比|占比")
# "分别压减了多少", "提高了多少": how much a measure changed, with no unit asked, is stated as a share of it
# (压减62%); a change counted in a unit (减少了多少件) asks that unit.
# ... but a sum of money changed (企业开办费用减少了多少) is said in money (减少开办费用500余元) as often as in a share.
_MONEY = re.compile(r"费用|成本|资金|金额|经费|开支")
_CHANGED_BY = re.compile(r"(?:压减|压缩|减少|降低|下降|缩短|精简|提高|提升|增长|增加)了?(?:多少|几)(?![个件宗次名人项])")
# A part asking which years (覆盖哪几年, 哪些年份) or which year (哪一年度, 哪年): answered by years the report
# writes (纲要（2021—2025年）, 2020年度), not by a count. What each asks, and the year figures that answer it.
_WHICH_YEARS = re.compile(r"哪(?:几|些)(?:个)?(?:年度|年份|年)|哪(?:一|个)?(?:年度|年份|年)")
_YEARS_ANSWERING = {SPAN: {SPAN}, YEAR_OF_REPORT: {YEAR_OF_REPORT}, ONE_YEAR: {ONE_YEAR, YEAR_OF_REPORT}, DAY: {DAY}}
# A part asking on which day something was done (在哪天举行, 哪一天形成初稿): answered by a date the report writes;
# several days asked in one clause are cut apart at the 、 before each later one.
_WHICH_DAY = re.compile(r"(?:在)?哪一?天")
_NEXT_DAY_ASKED = re.compile(r"、(?=(?:最终|最后|又|再|并)?(?:在)?哪一?天)")
_AREA = re.compile(r"^[^的，,]{0,8}?(?:方面|领域)的")  # 法治方面的专题学习: the area, then what is counted
# Aspects counted (围绕几个方面授课, 涉及几个领域): the aspect is the noun, what follows is done about them.
_ASPECTS = re.compile(r"^(?:方面|领域)(?!的)")
# A share asked without naming its measure ("占比多少"): the report writes "占……的98.96%".
_BARE_SHARE = re.compile(r"^(?:占比|比例|百分比|比重)$")
NEGATION = re.compile(r"不予|未予|未能|未经")
# "从多少天缩短到多少天": the first quantity is the starting value, the second the value it became.
_FROM = re.compile(r"(?:从|由)$")  # the item of a from-part ends with it
_TO = re.compile(r"^\w{0,4}?(?:到|至|为)$")
_REACHED = re.compile(r"\w(?:到|至)$")  # "可办事项升级到多少个": the value a change reached
# Quoted names joined into one category ("零跑动”和“最多跑一次”事项): one quantity unless 各/分别.
_JOINED_NAMES = re.compile(r"^“[^”]+”(?:和|与|及|、)“[^”]+”\w*$")
_EACH = re.compile(r"各|分别")
_CLAUSE_MARK = re.compile(r"[？?，,；;。！!]")
_TOTAL = re.compile(r"共")  # 共几场 (QUANTITY takes 共 in): the enumerated items summed
_TOTAL_BEFORE = re.compile(r"(?:一共|总共|合计|累计|共计)$")
# A level of places counted right after the quantity (几个市, 多少个县), a noun the tokenizer's words of two or more
# characters leave out.
_PLACE_LEVELS = "省市县区州乡镇村"
_PLACES_COUNTED = re.compile(f"[{_PLACE_LEVELS}]")
# The last of levels listed before the count they make together (州、县两级, 市、县、乡三级).
_LEVELS_TOGETHER = re.compile(f"^[{_PLACE_LEVELS}]{{1,2}}[两二三四五]级")
_EXAMPLES_END = re.compile(r"等")  # A、B、C等: examples of one thing, not things counted apart
_EXAMPLES_TOTAL = re.compile(r"等(?:共|共计|累计|合计|总计)?$")  # "A、B、C等共20次": a total over examples
_ORGAN = r"(?:委|政府|人民政府|人大|政协|级)"  # after a place name: its party committee, government… or level (市级)
_LEVELS = "省市县区州"
DURATION_UNITS = frozenset("天 日 个工作日 工作日 个自然日 自然日 小时 个工作小时 工作小时 分钟".split())
# Measure words by what they count; 个 counts anything and belongs to none.
MEASURE_KINDS = (frozenset("件 宗 起 例 件次".split()), frozenset("人 名 位 人次".split()),
                 frozenset("次 场 场次 期 批 批次 轮".split()), frozenset("家 所 户 户次".split()),
                 frozenset("元 万元 亿元".split()), DURATION_UNITS, frozenset("艘 辆 台 套".split()),
                 frozenset({"大项"}), frozenset({"小项"}), frozenset({"分项"}), frozenset({"子项"}),
                 frozenset("类 大类".split()), frozenset({"种"}), frozenset("册 本".split()))  # kinds, sorts, copies
# Measure words that count one thing only (级 levels, 分 points of a score, 年 years: 连续四年; 张 sheets: 海报35张): a
# figure in one answers a question asking that measure or none (分值权重是多少), never one asking another (学习了几次:
# not 两级, nor 折页14万张).
SOLE_MEASURES = frozenset("级 分 年 张 平方米 平方公里".split())  # (and an area: 大厅面积3218平方米)
RANK_UNITS = frozenset("名 位".split())  # a place in a ranking, asked and written either way
# Words that only say a duration is asked (审批用时多少天, 办理时限是几个工作日): the unit says it, and
# reports write the number of days without them (审批“最多80天”, 压缩至3个工作日).
DURATION_WORDS = frozenset("用时 时间 时长 时限 期限 天数 耗时 周期".split())
UNIT_MISMATCH = -3.0  # a figure in another kind of measure loses to any that fits (3 is one own word)
# Bodies of the genre that act (市委, 区政府, 部门, 镇街): an enumeration of them is who acts.
_BODY = re.compile(r"[省市县区州镇乡盟地]?(?:委|政府|人民政府|人大|政协)(?:常委会|常务会议?|党组)?|党委|党工委|管委会|行署|行政公署"
                   r"|部门|单位|机关|镇街|乡镇|街道|社区|村")  # (a league's or a 地区's 盟委、行署)
# A preposition whose object a list may be (对A、B作出指示批示): see ``_within_frames``.
_FRAME = re.compile(r"(?:对|就|围绕)(?=[^对就]*$)")
# Items that are relative clauses ending in 的 ("确定不属于…的和保留的"): an enumeration of their own.
_RELATIVES = re.compile(r"的(?:和|与|及|、)")
# The words after a figure that name what it counts (制定38条具体工作举措): up to the next separator, 24 characters at
# most (举办4期省管干部学习贯彻党的二十大精神专题研讨班 ends in the head asked).
# (a year opening the noun is read through: 举办3期2025年度…培训班 counts the year's classes)
_AFTER = re.compile(r"^(?:\d{4}年度?)?[^，,。；;、：:（(\d]{0,24}")
_BRACKETED = re.compile(r"[（(][^（）()]{1,8}[）)]")  # a short aside inside a noun: 部门(单位), 乡(镇)


def _asides_read(text: str) -> str:
    """``text`` with its short asides read as words (83个部门(单位)党政…: no boundary at the brackets), save one that
    lists others (88个县(市、区)党委), which is left out: it is no list of what is counted."""
    return _BRACKETED.sub(lambda m: "" if _SEPARATORS.search(m.group()) else m.group()[1:-1], text)


# "52项操作性、针对性强的改革措施": modifiers listed before 的, then the counted noun.
_MODIFIED_NOUN = re.compile(r"^[^，,。；;：:（(\d]{0,20}?的[^，,。；;：:（(\d、的]{1,10}")
# Bodies listed right after a figure, whose members or work it counts (275名乡镇、部门领导班子成员): the list and
# the noun after it are its words.
_LISTED_BODIES = re.compile(rf"^(?:(?:{_BODY.pattern})、)+(?:{_BODY.pattern})[^，,。；;、：:（(\d]{{1,20}}")
_JOINING_NEXT = re.compile(r"(?:以及|和|与|及|并)$")  # "21项X清单和14项…": 和 joins the next figure
# "权责事项由2711项减至2656项" read as one figure (2656项, its text up to 减至): the starting value
# is written inside the figure's own text, in its unit, before the verb that changed it.
# (or the whole of it, with the value it became: 从8780项削减至3843项)
_STARTED = r"(?:从|由)(\d+(?:\.\d+)?)\s*(?:余|多)?{unit}[^\d，,。；;]{{0,6}}(?:到|至|为)(?:\d+(?:\.\d+)?\s*(?:余|多)?{unit})?$"
# "提速至6.44天", "下降到5件": the value a from-figure became, right after it in the same clause.
_BECAME = re.compile(r"^[^，,。；;]{0,12}?(?:到|至|为)(\d+(?:\.\d+)?)\s*(余|多)?")


# A share naming no thing of its own (占总事项的99%, 占比达95%): the share of what the clause before counts.
# Another measure word offered in brackets after the one asked (多少期（次）法治培训): the same count.
_OTHER_MEASURE = re.compile(r"(?<=[期次个件场项人名批轮])[（(][期次个件场项人名批轮]{1,2}[）)]")
# Generic nouns a figure's measure word stands for (308项 of 赋权事项, 12件 of 复议案件, 8次 of 演讲比赛等活动, 3218平方米
# of 大厅面积).
UNITS_OF_GENERIC_NOUNS = {"事项": {"项"}, "案件": {"件"}, "活动": {"次", "场", "场次"}, "面积": {"平方米", "平方公里"}}
# A clause that only sets the place or occasion of what the next one says (在每周学习例会上, 在疫情防控期间).
_SETTING = re.compile(r"在[^\d，,。；;]{2,20}?(?:上|中|期间|里|内)")
# A clause that is only a share of what the clause before counts (占总事项的99%), or only its change over a year
# (人社综合业务81113件次，同比增长21.6%; 较上年下降5%).
_SHARE_OF_THE_FIGURE_BEFORE = re.compile(r"^(?:占|占比|比例)")
_CHANGE_OF_THE_FIGURE_BEFORE = re.compile(
    r"^(?:同比|环比|(?:较|比)(?:上年|去年|上一年|(?:19|20)\d{2}年)度?(?:同期)?)(?:分别)?(?:增长|增加|上升|提高|下降|减少|降低)")


@dataclass
class Part:
    """One asked quantity: ``item`` names it (受理, 纠错率), ``context`` is shared (行政复议案件)."""

    item: str
    unit: str | None
    rate: bool
    context: str = ""
    head: str = ""  # the word next to 多少 (收到 of 收到多少宗…, 纠错 of …纠错多少宗): a figure must name it
    own_words: set[str] = field(default_factory=set)  # the item's words no sibling part of its kind has
    rival_heads: set[str] = field(default_factory=set)  # the other parts' counted words, not this one's
    follows: bool = False  # the "到多少" of 从多少…到多少: read after the previous part's figure
    ordinal: bool = False  # 第几次会议: which one (第六次), not how many
    years: str = ""  # which years (SPAN), which year (ONE_YEAR) or which report year (YEAR_OF_REPORT) is asked

    def label(self) -> str:
        return self.item

    @property
    def reached(self) -> bool:
        """Whether the part asks what a change reached (升级到多少个, 压缩至多少天): a figure that
        states where it started (由首批15个升级为30个) answers with the value it became."""
        return not self.follows and bool(_REACHED.search(self.item))

    @property
    def stem(self) -> str | None:
        """The words a rate is named by (纠错 of 行政复议纠错率, 网办 of 全程网办的比例, 述法 of 书面述法达到多少比例:
        not the verb of reaching): a figure must name the same one. A share of the things named (“马上办”事项占比,
        一窗通办事项占比) is named by them, not by the noun they are of: reports write “马上办”占57.1%."""
        m = re.search(r"(\w{2})[”\"]?(?:事项|案件)占比|(\w{2})的?(?:达到|达)?(?:率|比例|占比)", self.item)
        return (m.group(1) or m.group(2)) if m else None


@dataclass(frozen=True)
class FigureWords:
    """A figure's words as :func:`score` reads them (``Figure.read``): its indicator name, the noun after it,
    its share's lead, all it states, its clause before it, the clause after it, a list it totals, the predicate
    after a run of further items it opens and the verb before a run of items it closes."""

    name: str
    subject: str
    lead: str
    stated: str
    clause: str
    sequel: str
    listing: str
    predicate: str
    opening: str


# A clause listing things, then 分别 and a run of figures up to this one (…两项工作分别连续四年、三年).
_RESPECTIVE = re.compile(r"([^，,。；;：:]+?)分别([^，,。；;：:分]*)$")
# A figure as a run of them writes it, in digits or numerals, and its measure word (longest first).
_RUN_FIGURE = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)[万亿]?[余多]?"
_RUN_MEASURE = "(?:" + "|".join(map(re.escape, sorted(set(FIGURE_UNITS), key=len, reverse=True))) + ")"
# The figures after it in such a run (、三年, 、第59位): what follows them is said of each.
_REST_OF_RUN = re.compile(rf"^(?:、第?{_RUN_FIGURE}(?:{_RUN_MEASURE}|年))+")
# A run of further items after a figure, each counted after its noun (区委常委会2次、区政府常务会5次研究部署…): the
# predicate after the run is every item's.
_COUNTED_ITEMS = re.compile(rf"^(?:[、和及与][^\d，,。；;、：:（(]{{2,12}}?{_RUN_FIGURE}{_RUN_MEASURE})+")
# A clause that opens with a verb and runs through items each counted before its noun, up to this figure (梳理出
# 36个部门单位、2758项): the verb is every item's.
_RUN_OPENING = re.compile(rf"^(?P<opening>\D+?)(?:{_RUN_FIGURE}{_RUN_MEASURE}[^\d，,。；;、：:（(]{{2,12}}?、)+$")
# A bound a figure is said to pass (突破千万户, 超过90%, 逾百家): less than the figure itself.
_PASSED = re.compile(r"(?:突破|超过|逾)[\d.一二两三四五六七八九十百千万亿]")
# A clause that only links a figure to what the clause before it counts (…突破千万户，达1042.8万户).
_RESTATING = re.compile(r"(?:达到?|共计?|计|合计|总计|为)")


@dataclass
class Figure:
    """A stated figure (a STATES fact) with the report's words around it: ``before`` (its context),
    ``after`` (the rest of its clause, which names what it counts when the number comes first:
    制定38条具体工作举措) and ``clause`` (its clause from the start)."""

    fact: dict[str, Any]
    before: str = ""
    after: str = ""
    clause: str = ""  # the words of its clause up to the figure, however long (``before`` keeps 40 characters)

    @property
    def subject(self) -> str:
        """The words after the figure up to the next separator or figure (具体工作举措 of
        制定38条具体工作举措, 任务清单 of 印发21项任务清单和14项措施清单), short asides read as words."""
        after = _asides_read(self.after)
        if self.respective:  # 分别连续四年、三年获评全省先进: the noun after the run is each figure's
            after = _REST_OF_RUN.sub("", after)
        words = _AFTER.match(after).group()
        if after[len(words):][:1] == "、" and (modified := _MODIFIED_NOUN.match(after)):
            return modified.group()  # 52项操作性、针对性强的改革措施: the noun after the modifiers' 的
        if after[len(words):][:1] == "、" and (bodies := _LISTED_BODIES.match(after)):
            return bodies.group()
        if after[len(words):][:1] == "、" and _FRAME.search(words):  # 5次对A、B作出指示批示: the list is one object
            joined = _within_frames(re.split(r"[，,。；;：:]", after)[0].split("、"))[0]
            if not re.search(r"\d", joined):  # (…对A、B等10家单位: the list holds another figure's words)
                return joined
        if not after[len(words):][:1].isdigit():
            return words
        words = _JOINING_NEXT.sub("", words)
        joined = thing_done_before(words)  # (24个联合党支部和指派党建指导员96名: the instructors are the 96's)
        return words[:joined] if joined else words

    @property
    def run_predicate(self) -> str:
        """The predicate after a run of further items the figure opens, each counted after its noun
        (研究部署法治政府建设工作 for 2次 of 区委常委会2次、区政府常务会5次研究部署法治政府建设工作): it is this item's too."""
        after = _asides_read(self.after)
        run = _COUNTED_ITEMS.match(after)
        return _AFTER.match(after[run.end():]).group() if run else ""

    @property
    def run_opening(self) -> str:
        """The verb opening a run of items counted before their nouns that the figure closes (梳理出 for 2758项 of
        梳理出36个部门单位、2758项权责清单事项): it says what was done to each. Empty for a figure with a verb of its own
        (受理36件行政复议案件、办结28件: 办结 is what 28件 counts)."""
        text = self.fact.get("text") or ""
        bare = re.fullmatch(_RUN_FIGURE + _RUN_MEASURE, text)
        clause = self.clause[:-len(text)] if bare and self.clause.endswith(text) else ""
        run = _RUN_OPENING.match(clause)
        return run.group("opening") if run else ""

    @functools.cached_property
    def read(self) -> FigureWords:
        """The figure's words in simplified script, as questions are written (a report in traditional script
        writes 35項主要任務, 全程網辦), converted once per figure: every part asked is scored against them."""
        name = for_matching(self.fact.get("name") or "")
        subject = for_matching(self.subject)
        return FigureWords(name=name, subject=subject, lead=for_matching(self.lead),
                           stated=for_matching(self.fact.get("text") or "") + name + subject,
                           clause=for_matching(re.split(r"[。；;]", self.before)[-1]),
                           sequel=for_matching(self.sequel), listing=for_matching(self.listing),
                           predicate=for_matching(self.run_predicate), opening=for_matching(self.run_opening))

    @property
    def answered(self) -> dict[str, Any]:
        """The fact as an answer gives it: its text with the words after it that name what it counts, as the report
        writes them (17期(次)培训, not the 17期次培训 its asides are read as)."""
        subject = self.subject
        written = next((self.after[:end] for end in range(len(subject), min(len(self.after), len(subject) + 8) + 1)
                        if _asides_read(self.after[:end]) == subject), subject)
        return {**self.fact, "text": self.fact["text"] + written}

    @property
    def lead(self) -> str:
        """For a percentage, the words of its own clause and of the clause before it in the same
        sentence when that one states no figure of its own: reports name a share there (一窗通办
        事项应纳尽纳，占比达100%); or when its own clause is only a share (公布…事项974项，占总事项的99%: the share
        of the items the clause before counts). For another figure whose own clause only links it (全省市场主体总量
        突破千万户，达1042.8万户), the clause before without its figures: the figure restates what that one
        counts; for any figure, a clause before it that only sets where its work was done (在每周学习例会上). Empty for
        other figures, named by their own words."""
        pieces = self._sentence_clauses
        if self.fact.get("unit") != "%":
            restating = len(pieces) >= 2 and _RESTATING.fullmatch(re.sub(r"\d.*$", "", pieces[-1]))
            if restating:
                return re.sub(r"\d[\d.]*\D{0,2}?(?=[，,]|$)", "", pieces[-2]) + pieces[-1]
            # (a clause that only sets where the work was done opens the figure's: 在每周学习例会上，…学习15次)
            return pieces[-2] + pieces[-1] if len(pieces) >= 2 and _SETTING.fullmatch(pieces[-2].strip()) else ""
        if self.shares_the_figure_before:  # …事项974项，占总事项的99%: the share of those
            previous = re.sub(r"\d[\d.]*", "", pieces[-2])
        else:
            previous = pieces[-2] if len(pieces) >= 2 and not re.search(r"\d", pieces[-2]) else ""
        return previous + pieces[-1]

    @property
    def respective(self) -> tuple[list[str], int] | None:
        """The things its clause lists before 分别 and which of them this figure is of, by its place in the run of
        figures after 分别 (安全生产、社会综合治理两项工作分别连续四年、三年: 三年 is the second's), or None when the
        figure follows no such list."""
        match = _RESPECTIVE.search(self.before)
        if not match:
            return None
        listed = [item for item in re.split(JOINING, match.group(1)) if item]
        place = match.group(2).count("、")  # the figures written before this one in the run
        return (listed, place) if 2 <= len(listed) and place < len(listed) else None

    @functools.cached_property
    def _sentence_clauses(self) -> list[str]:
        """The clauses of the figure's sentence up to it, its own last: what ``lead`` and a share read."""
        return re.split(r"[，,]", re.split(r"[。；;]", self.before)[-1])

    @property
    def shares_the_figure_before(self) -> bool:
        """Whether the figure is a percentage whose own clause names no thing (占总事项的99%, 同比增长21.6%) after a
        clause of the same sentence: it is the share, or the change over a year, of what that clause counts. (The
        change of a share, …占计划任务总数的69.45%，同比提高38.64%, is named by its own words: the share's words name
        the share.)"""
        pieces = self._sentence_clauses
        if self.fact.get("unit") != "%" or len(pieces) < 2:
            return False
        return bool(_SHARE_OF_THE_FIGURE_BEFORE.match(pieces[-1])
                    or (_CHANGE_OF_THE_FIGURE_BEFORE.match(pieces[-1]) and not re.search("[%％]", pieces[-2])))

    @property
    def sequel(self) -> str:
        """The clause after the figure's own in the same sentence when it states no figure of its
        own: reports name what a count of meetings was for there (召开常委会会议15次，研究法治建设
        重要事项). Empty when that clause holds a number (受理15件，办结12件: 办结 names 12件), unless the figure is a
        date: the clause after it says what was done that day, whatever it counts (2020年6月11日，市政府第40次常务会议…)."""
        rest = re.split(r"[。；;]", self.after)[0]
        pieces = re.split(r"[，,]", rest)
        dated = self.fact.get("years") == DAY
        return pieces[1] if len(pieces) >= 2 and (dated or not re.search(r"\d", pieces[1])) else ""

    @property
    def listing(self) -> str:
        """When the figure totals a list of examples (组织专题学习A、B、C等共20余次), the words of its
        clause from the start: the verb that says what is counted comes before the list. Empty else."""
        written = re.sub(r"\d[\d.]*\D*$", "", self.fact.get("text") or "")
        return (self.clause or re.split(r"[，,：:]", self.before)[-1]) if _EXAMPLES_TOTAL.search(written) else ""

    def started(self) -> dict[str, Any] | None:
        """The value this figure changed from when its own text says so (由2711项减至 → 2711项),
        as a fact of its own; None when the text names no starting value in the figure's unit."""
        text, unit = self.fact.get("text") or "", self.fact.get("unit") or ""
        m = re.search(_STARTED.format(unit=re.escape(unit)), text) if unit else None
        if not m:
            return None
        return {**self.fact, "value": float(m.group(1)), "text": text[:m.end(1)] + unit}

    def became(self) -> dict[str, Any] | None:
        """The value this figure changed into (从20.86天提速至6.44天 → 6.44天), as a fact of its own."""
        m = _BECAME.match(self.after)
        if not m:
            return None
        unit = self.fact.get("unit") or ""
        if unit in DURATION_UNITS:  # a time may become one in another unit (2天内办结缩短至6小时)
            unit = next((u for u in sorted(DURATION_UNITS, key=len, reverse=True)
                         if self.after[m.end():].startswith(u)), "")
            if not unit:
                return None
        elif unit and not self.after[m.end():].startswith(unit):
            return None
        text = self.after[:m.end()] + unit
        return {**self.fact, "value": float(m.group(1)), "unit": unit, "text": text, "name": self.fact.get("name")}


def asked_unit(quantity: re.Match[str]) -> str | None:
    """The unit a ``QUANTITY`` match asks for: the measure word written, a duration's for 多长/多久."""
    return quantity.group(1) or (DURATION if quantity.group(2) else None)


# A preposition alone before the quantity (对多少个镇、多少个部门开展督查) introduces what is counted.
_PREPOSITION_ONLY = re.compile(r"^(?:对|向|给|为|就|从)$")
# A count asked by its noun (审查件数是多少, 参训人数为多少) asks the figure in that measure (审查多少件); a total's noun
# stays what is counted, as reports write it (线上学法的总人数是多少 → 多少人总人数: 2024年度总人数40人).
_COUNT_NOUN = re.compile(r"(总)?([件人次项场个名家篇条])数(?:量)?(?:是|为|有)?(多少|几)")


# Before and after a change, each (事项削减前后各有多少项): the value it started from and the value it became.
# (the measure word only, the question's end right after it: 各有多少项事项 names what is counted after it, not asked here)
_BEFORE_AND_AFTER = re.compile(r"(削减|压减|精简|缩减|减少|压缩|缩短|增加|提高|提升|调整)?前后各(?:有|是|为)?(多少|几)"
                               r"([项个件条天家名人次户])(?=[？?，,。；;]|$)")


def parse_parts(question: str, places: list[str], tokenize: Callable[[str], list[str]]) -> list[Part]:
    """One Part per quantity asked, in the question's order; "before and after, each" (削减前后各有多少项) is
    asked as from–to (从多少项削减到多少项)."""
    text = _OTHER_MEASURE.sub("", YEAR_WORDS.sub("", question).replace("了", ""))
    text = _BEFORE_AND_AFTER.sub(lambda m: f"从{m.group(2)}{m.group(3)}{m.group(1) or ''}到{m.group(2)}{m.group(3)}", text)
    for place in sorted(places, key=len, reverse=True):
        # 武汉市委、市政府: the place's own organs keep their level (市委), as reports write them
        text = re.sub(re.escape(place) + _ORGAN, lambda m: m.group()[len(place) - 1:] if place[-1] in _LEVELS
                      else m.group()[len(place):], text)
        text = text.replace(place, _PLACE)
    # 浏阳市和德清县的…: the places and the words joining them go together, else 和 opens the quantity
    text = re.sub(f"{_PLACE}(?:[和与及、，,]|以及)+(?={_PLACE})", "", text).replace(_PLACE, "")
    parts: list[Part] = []
    context = ""
    for clause in _one_quantity_each(_clauses(text), tokenize):
        clause = _COUNT_NOUN.sub(lambda m: m.group(3) + m.group(2) + (f"总{m.group(2)}数" if m.group(1) else ""),
                                 clause.strip())
        if _WHICH_DAY.search(clause):
            for asked in _NEXT_DAY_ASKED.split(clause):
                day = _WHICH_DAY.search(asked)
                if day:  # (named by all its words, as for years: 形成初稿, 举行汇报会)
                    parts.append(Part(_clean(asked[:day.start()]) + asked[day.end():], "日", False, context, years=DAY))
            continue
        if which := _WHICH_YEARS.search(clause):
            parts += _years_parts(clause, which, context, tokenize)
            continue
        quantity = QUANTITY.search(clause)
        if not quantity and not _RATE.search(clause):
            context += clause
            continue
        unit = asked_unit(quantity) if quantity else None
        if quantity and parts and _FROM.search(parts[-1].item) and _TO.match(clause[:quantity.start()]):
            previous = parts[-1]
            parts.append(Part(clause[:quantity.start()], unit, previous.rate, previous.context, previous.head,
                              follows=True))
            continue
        is_ordinal = bool(quantity) and clause[:quantity.start()].endswith("第")
        before_quantity = clause[:quantity.start()].removesuffix("第") if quantity else clause
        if _PREPOSITION_ONLY.match(before_quantity):  # 对多少个镇: the towns, not a 对镇
            before_quantity = ""
        rest = (before_quantity + clause[quantity.end():]) if quantity else clause
        each = bool(_EACH.search(clause))
        if quantity and not each and _one_count(clause, quantity, tokenize):
            items, local_context = [_clean(rest)], ""
        else:
            items, local_context = _items(rest, tokenize, each=each)
        same = parts[-1] if quantity and not items and parts and not _clean(rest) else None
        if same:  # "共几场、多少人次": a bare second measure counts the same thing as the one before it
            items, local_context = [same.item], same.context
        rate = bool(_RATE.search(clause) or (_CHANGED_BY.search(clause) and not _MONEY.search(clause))) and unit is None
        for item in items:
            if len(items) == 1 and quantity:
                # the word next to 多少: the noun it counts (多少次法律体检), else the verb before it (收到多少宗)
                # (a noun ends at 的: 多少个乡镇的履职事项清单 counts 乡镇; 多少件次的政务综合业务 counts 业务)
                # (多少次法治方面的专题学习 counts 专题学习: 方面 only says what the learning was about)
                # (an aside of the noun says which ones it covers: 多少个县（市、区）政府 counts 县政府)
                counted = _noun_of(_BRACKETED.sub("", _AREA.sub("", clause[quantity.end():].removeprefix("的")))
                                   .partition("的")[0])
                aspect = _ASPECTS.match(counted)
                after = [w for w in tokenize(_clean(counted)) if len(w) >= 2]
                before = tokenize(_clean(before_quantity))
                # a verb of one character (培训班办了几次) is said otherwise by reports (举办, 召开): the
                # noun it acts on names the figure
                before = [w for w in before if len(w) >= 2 and not _FILLER.fullmatch(w)] or before
                # (a field's work, 法治建设 or 依法行政工作, only says which 专项督查 of 几次法治建设专项督查 was counted)
                head = (after[-1] if after[1:2] in (["建设"], ["工作"]) else after[:2][-1]) if after \
                    else before[-1] if before else item  # 法律体检 → 体检
                if not after and (place := _PLACES_COUNTED.fullmatch(_clean(counted))):
                    head = place.group()  # 在几个市开展试点: the places counted, a word of one character
                if is_ordinal and not after:  # 排第几名: which place, named by the ordinal itself (第10名)
                    head = "第"
                if aspect:  # (a word the tokenizer drops as too common, so named here)
                    head = aspect.group()
                elided = _elided_object(item, parts[-1], tokenize) if not after and parts and unit == parts[-1].unit \
                    else ""
                if elided:
                    # 区检察院获得多少项 after 区法院获得…荣誉多少项 (not 领导干部参加多少人次 after 参加讲座多少期: the
                    # people who attended are counted, not the lectures)
                    item, head = item + elided, parts[-1].head
            else:
                words = tokenize(item)
                head = words[-1] if words else item
            if same:
                head = same.head
            if _BARE_SHARE.match(item):
                head = "占"
            parts.append(Part(item, unit, rate or bool(_RATE.search(item)) and unit is None,
                              context + local_context, head, ordinal=is_ordinal))
        if local_context:
            context = local_context
        elif items and not parts[-1].context:
            context = ""
    words = [set(tokenize(p.item)) if not p.follows else set() for p in parts]
    for i, part in enumerate(parts):
        others = set().union(*(w for j, w in enumerate(words) if j != i and parts[j].rate == part.rate))
        part.own_words = {part.head} if _BARE_SHARE.match(part.item) else (words[i] - others) or words[i] or {part.item}
        if part.head in words[i] and not any(p.head == part.head for p in parts if p is not part):
            # the word next to 多少 tells the part from its siblings even when one of them writes it
            # too (审查了多少件 beside 合法性审查意见书多少份, whose head is 意见书)
            part.own_words.add(part.head)
        part.rival_heads = {p.head for p in parts if p.head and p.head != part.head}
    return [p for p in parts if p.item]


def _clauses(question: str) -> list[str]:
    """The question cut at its clause marks, save those inside quotes or title marks: a name quoted whole
    (“汇聚侨力量，圆梦大湾区”项目获第几批…) is one clause's words, not the end of one and the start of the next."""
    pieces, start = [], 0
    for mark in _CLAUSE_MARK.finditer(question):
        if not inside(question, mark.start(), "“《", "”》"):
            pieces.append(question[start:mark.start()])
            start = mark.end()
    return pieces + [question[start:]]


def _elided_object(item: str, previous: Part, tokenize: Callable[[str], list[str]]) -> str:
    """The object a question leaves out of ``item`` because the part before said it with the same verb and counts
    it in the same measure (区法院获得市级以上荣誉多少项？区检察院获得多少项？: 市级以上荣誉), or "" when ``item`` does
    not end in a verb the previous part has its counted noun after."""
    words = tokenize(item)
    verb = words[-1] if words and item.endswith(words[-1]) and len(words[-1]) >= 2 else ""
    at = previous.item.find(verb) if verb and verb != previous.head else -1
    rest = previous.item[at + len(verb):] if at >= 0 else ""
    return rest if rest and previous.head and rest.endswith(previous.head) else ""


_DOCUMENT_NAME = 4  # characters each name asked for its years has at least to be a document's own name


def _years_parts(clause: str, which: re.Match[str], context: str, tokenize: Callable[[str], list[str]]) -> list[Part]:
    """The parts of a clause asking which years: one, or one per name when it asks each (国家纲要和省实施方案分别覆盖
    哪些年份: the span of each, as two titles write them). Names shorter than ``_DOCUMENT_NAME`` are modifiers of
    one name (中央和省级两个纲要), asked as one part: reports write them otherwise (中共中央、国务院《纲要》)."""
    if not _EACH.search(clause):
        return [_years_part(clause, which, context)]
    asked = _EACH.sub("", clause[:which.start()])
    verb = re.search(r"(?:覆盖|涵盖|跨越|是|为)$", asked)
    named = asked[:verb.start()] if verb else asked
    items, shared = _items(named, tokenize, each=True)
    if len(items) < 2 or any(len(item) < _DOCUMENT_NAME for item in items):  # (中央和省级两个纲要: the modifiers
        return [_years_part(clause, which, context)]                        # of one name, asked as one)
    tail = (verb.group() if verb else "") + clause[which.start():]
    return [_years_part(item + tail, _WHICH_YEARS.search(item + tail), context + shared) for item in items]


def _years_part(clause: str, which: re.Match[str], context: str) -> Part:
    """The part of a clause asking which years (…实施方案覆盖哪几年) or which year (报告的是哪一年度的…):
    named by all its words, as a year is written inside a title or beside what it dates."""
    asked = which.group()
    kind = SPAN if re.match(r"哪(?:几|些)", asked) else YEAR_OF_REPORT if asked.endswith("年度") else ONE_YEAR
    item = _clean(clause[:which.start()]) + clause[which.end():]
    return Part(item, "年", False, context, years=kind)


def _one_count(clause: str, quantity: re.Match[str], tokenize: Callable[[str], list[str]]) -> bool:
    """Whether a clause with an enumeration still asks one number: a total (A、B共几场), examples or
    means ending in 等 (通过党组会、主题党日等开展了多少场次学习, 多少条文件和政策解读等信息), or what the counted ones did,
    named after the quantity, its noun and a verb (多少名干部参加考试和旁听庭审). 受理和审结了多少宗
    and 多少项一级指标、二级指标 ask several."""
    before, after = clause[:quantity.start()], clause[quantity.end():]
    if not _separators(clause, tokenize):
        return False
    if _TOTAL.search(quantity.group()) or _TOTAL_BEFORE.search(before):
        return True
    listed = _separators(before, tokenize)
    if listed and _EXAMPLES_END.search(before[listed[-1].end():]):
        return True
    if listed and _LEVELS_TOGETHER.match(before[listed[-1].end():]):
        return True  # 州、县两级政府常务会累计学法多少次: the levels listed act together, one count
    following = _separators(after, tokenize)
    if following and _EXAMPLES_END.search(after[following[-1].end():]):
        return True  # 多少条文件和政策解读等信息: the counted noun's examples, one count
    return not listed and bool(following) and _has_verb(after[:following[0].start()])


def _has_verb(text: str) -> bool:
    """Whether jieba tags a word of ``text`` as a verb: 多少名干部参加A和B lists what the counted
    did, 多少项一级指标、二级指标 lists what is counted."""
    import jieba.posseg

    return any(word.flag == "v" for word in jieba.posseg.cut(text))


def _one_quantity_each(clauses: list[str], tokenize: Callable[[str], list[str]]) -> list[str]:
    """Clauses that ask one quantity each: "定了多少条具体举措、细化了多少项任务分工",
    "多少个部门单位的多少项行政许可事项" and "从多少天缩短到多少天" are two questions each. A clause
    asking several is cut before each later quantity, after the last separator or 的 between the
    two if there is one, else before a preposition between them (多少个部门|对多少个事项实施了X),
    else right after the earlier quantity; what precedes the first quantity stays with the first,
    unless every later quantity follows its separator at once and the first one counts a noun after
    it (纳入了多少个执法部门、多少项执法事项): then it is said of all of them, a clause of its own."""
    out = []
    for clause in clauses:
        found = list(QUANTITY.finditer(clause))
        start = 0
        if len(found) > 1 and _shared_lead(clause, found, tokenize):
            out.append(clause[:found[0].start()])
            start = found[0].start()
        for previous, current in zip(found, found[1:]):
            between = clause[previous.end():current.start()]
            # after the last separator or 的 between them; else right after the first quantity
            # (从多少天缩短到多少天: 缩短到 belongs to the second)
            separator = max((m.end() for m in _separators(between, tokenize, _CUT_AFTER)), default=0)
            if not separator and (preposition := _CUT_BEFORE.search(between, 1)):
                separator = preposition.start()
            if not separator:  # 从几个方面推进多少项任务: the noun counted stays with its quantity
                separator = _counted_noun_end(between)
            cut = previous.end() + separator
            out.append(clause[start:cut].rstrip("、和与及以"))
            start = cut
        out.append(clause[start:])
    return out


def _counted_noun_end(between: str) -> int:
    """Where the noun right after a quantity ends when a verb follows it (几个方面|推进多少项): the noun is
    what that quantity counts; 0 when no noun and verb (by jieba's tags) open ``between``. An aspect (几个方面) is
    such a noun whatever follows it: jieba tags the verb after it a noun (方面部署)."""
    import jieba.posseg

    if aspect := _ASPECTS.match(between):
        return aspect.end()

    words = jieba.posseg.lcut(between)
    if len(words) >= 2 and words[0].flag.startswith("n") and words[1].flag == "v":
        return len(words[0].word)
    return 0


_NOT_IN_A_NOUN = frozenset({"c", "d", "ad"})  # jieba's tags of conjunctions and adverbs
_JOINING_NOUNS = frozenset("和 与 及 或 以及 及其".split())  # conjunctions that list nouns (乡镇和街道): inside a noun
# Words jieba tags as nouns that act as adverbs after a counted noun (多少个县全部纳入试点): they end the noun too.
_ADVERBIAL_NOUNS = frozenset("全部 全体 全都".split())


def _noun_of(counted: str) -> str:
    """The noun a quantity counts when a predicate follows it (多少个部门进驻政务服务大厅 counts 部门): up
    to the first word jieba tags a verb with an object of three characters or more after it; a verb
    at the end or before a one-word head is part of the noun (多少次法律体检, 多少个行政执法部门). An adverb or a
    conjunction ends it wherever it stands (多少项政策因此全面适用 counts 政策), save one that lists nouns (多少个乡镇
    和街道)."""
    import jieba.posseg

    position = 0
    for word in jieba.posseg.cut(counted):
        # (a level of places is a noun of one character: 几个县开展试点 counts 县)
        noun_begun = position >= 2 or position == 1 and _PLACES_COUNTED.fullmatch(counted[0]) is not None
        if noun_begun and ((word.flag in _NOT_IN_A_NOUN and word.word not in _JOINING_NOUNS)
                           or word.word in _ADVERBIAL_NOUNS or (
                word.flag == "v" and len(counted) - position - len(word.word) >= 3)):
            return counted[:position]
        position += len(word.word)
    return counted


def _shared_lead(clause: str, found: list[re.Match[str]], tokenize: Callable[[str], list[str]]) -> bool:
    """Whether the words before the first of several quantities of ``clause`` are said of all of them:
    each later quantity comes right after a separator (、多少项…, not 受理多少件、办结多少件, 参与了多少件
    nor 从多少天缩短到多少天), and the first counts a noun written after it."""
    if not all(any(m.end() == current.start() for m in _separators(clause[:current.start()], tokenize))
               for current in found[1:]):
        return False
    return len(_SEPARATORS.sub("", clause[found[0].end():found[1].start()])) >= 2 and \
        bool(clause[:found[0].start()].strip())


def _separators(text: str, tokenize: Callable[[str], list[str]], pattern: re.Pattern[str] = _SEPARATORS
                ) -> list[re.Match[str]]:
    """Where ``pattern`` separates ``text``: not a 和/与/及 inside a word of the words around it
    (参与决策, 涉及企业); read with two characters either side, as a lone pair (增和 of 新增和扩大)
    is a word to jieba's guesser; nor inside brackets, an aside of the noun before them (多少个县（市、区）政府);
    nor a 和/与 joining two fields inside a body's name (海洋与渔业局, 住房和城乡建设局)."""
    return [m for m in pattern.finditer(text)
            if not (m.group() in ("和", "与", "及")
                    and any(m.group() in word for word in tokenize(text[max(0, m.start() - 2):m.end() + 2])))
            and not inside(text, m.start(), "（(", "）)") and not _IN_A_BODY_NAME.match(text, m.start())]


def _split(text: str, tokenize: Callable[[str], list[str]]) -> list[str]:
    """``text`` cut at its separators (``_separators``)."""
    pieces, start = [], 0
    for m in _separators(text, tokenize):
        pieces.append(text[start:m.start()])
        start = m.end()
    return pieces + [text[start:]]


def _clean(text: str) -> str:
    while (cleaned := _FILLER.sub("", text.strip())) != text.strip():
        text = cleaned
    return text.strip()


def _items(rest: str, tokenize: Callable[[str], list[str]], each: bool = False) -> tuple[list[str], str]:
    """The indicators named in one clause and the context they share.

    "收到、受理、审结的行政复议案件": the side of 的 with an enumeration holds the items, the
    other side is context; "行政复议的纠错率": the head after 的 is the item. "确定不属于X的和保留的":
    relative clauses, each an item. "“零跑动”和“最多跑一次”事项" names one category unless
    the question asks for each (各, 分别)."""
    if _RELATIVES.search(rest):  # 撤销的和保留的议事机构: what follows the last 的 is shared
        listed, _, shared = rest.rpartition("的")
        return [_clean(i) for i in _split(listed, tokenize) if _clean(i)], _clean(shared)
    if _JOINED_NAMES.match(_clean(rest)) and not each:
        return [_clean(rest)], ""
    left, _, right = rest.partition("的")
    left, right = _clean(left), _clean(right)
    if right and _separators(right, tokenize):  # (listed on both sides: the head nouns next to the quantity,
        listed, context = right, left            # 审批和政务服务事项的办理时限、申请材料、办理环节分别压减多少)
    elif right and not _separators(left, tokenize):
        listed, context = right, left
    else:
        listed, context = left, right
    items = _within_frames([_clean(i) for i in _split(listed, tokenize) if _clean(i)])
    if len(items) > 1 and not each and all(_BODY.fullmatch(i) for i in items[:-1]) and (
            body := _BODY.match(items[-1])) and body.end() < len(items[-1]):
        # "部门和镇街一把手上了多少场法治课", "市委、市政府会议研究议题多少次", "区委常委会和区政府
        # 常务会组织了多少次专题学习": bodies (or their meetings) that act together are who acts
        # (context) in one quantity, not several quantities; what is counted keeps its noun (专题学习)
        counted = f"的{context}" if context and listed is left else ""
        return [_clean(items[-1][body.end():]) + counted], "、".join(items[:-1] + [body.group()])
    if len(items) == 1 and listed is right and context and not _separators(context, tokenize):
        # "区级保留的政务服务事项": the modifier tells this item from its neighbours (区级取消的…)
        return [f"{context}的{items[0]}"], context
    if len(items) > 1 and all(len(i) <= 2 for i in items[:-1]) and len(items[-1]) > 3:
        # "收到、受理、审结行政复议案件": the last item's object is the context of all of them
        words = tokenize(items[-1])
        if words and items[-1].startswith(words[0]) and len(words[0]) < len(items[-1]):
            context = items[-1][len(words[0]):] + context
            items[-1] = words[0]
    return items, context


def _within_frames(items: list[str]) -> list[str]:
    """Items rejoined where a preposition's object is a list that its verb closes (对法治建设、法治政府建设作出
    指示批示: what the instructions were about, listed, is one count's object, not two counts): an item with
    对, 就 or 围绕 and no verb after it runs on through the items up to one that holds the verb."""
    out: list[str] = []
    open_frame = False
    for item in items:
        if open_frame:
            out[-1] += "、" + item
        else:
            out.append(item)
        frame = _FRAME.search(out[-1])
        open_frame = bool(frame) and not _has_verb(out[-1][frame.end():])
    return out


def unit_agreement(asked: str | None, stated: str | None) -> float:
    """1 for the asked measure word, 0 when either is generic or unknown, and a penalty for a
    measure word of another kind: 多少场法治课 counts events, 82家 counts bodies."""
    if not asked or not stated:
        return 0.0
    if asked == stated:
        return 1.0
    kinds = [next((i for i, kind in enumerate(MEASURE_KINDS) if unit in kind), None) for unit in (asked, stated)]
    if None in kinds:
        return 0.0
    return 0.5 if kinds[0] == kinds[1] else UNIT_MISMATCH


def unit_fits(part: Part, fact: dict[str, Any]) -> bool:
    """A rate is answered by a percentage, a count by anything else; which one (第几次) only by an
    ordinal, and how many never by one (第五次会议 says nothing of how many meetings were held);
    which years only by years the report writes, of the kind asked (a span for 覆盖哪几年); a count
    of levels or points only where that measure or none is asked; a duration only by one (承诺时限压减多少个工作日 is not
    answered by 环节压减9583个, a count in the measure word that counts anything)."""
    if part.years or fact.get("years"):  # which years: a span or a year as the question asks, nothing else
        return fact.get("years") in _YEARS_ANSWERING.get(part.years, ())
    measure = plain(0.0, fact.get("unit") or "")[1]  # (its scale apart: 折页14万张 counts sheets)
    if measure in SOLE_MEASURES and part.unit and part.unit != measure:
        return False
    if part.unit in DURATION_UNITS and measure not in DURATION_UNITS and not part.rate:
        return False
    return (fact.get("unit") == "%") == part.rate and (ordinal(fact) is not None) == part.ordinal


# The channels of disputes a report counts side by side in the same units (复议12件，诉讼13件，出庭11件，调解…):
# a figure of one never answers a question on another. (Other areas are not told apart so: a question's
# words file less surely than a figure's, 中心组围绕法治专题学习 reading as legal education.)
DISPUTE_CHANNELS = frozenset({"reconsideration", "litigation", "appearance", "mediation", "petitions", "legal_aid"})


@functools.lru_cache(maxsize=4096)
def _domain_of(text: str, unit: str) -> str | None:
    indicator = classify(text, unit)
    return indicator.split(".")[0] if indicator and indicator != "other" else None


def asked_domain(part: Part) -> str | None:
    """The area of the genre's measures a part asks about (行政复议案件 → reconsideration), by the
    taxonomy that files extracted figures, or None when it names none."""
    return _domain_of(part.context + part.item, part.unit or ("%" if part.rate else "件"))


# A quoted name of a reform that writes 多 where the number stands (“多证合一”, “多规合一”): reports
# write it with the number (24证合一, 五规合一), which answers how many were merged.
_MANY_NAME = re.compile(r"“([^“”]*多[^“”]*)”")


def _numbers_name(part: Part, figure: Figure) -> bool:
    """Whether ``figure`` writes a quoted name of the part with its number in place of 多 (24证合一)."""
    value = figure.fact.get("value")
    if not isinstance(value, (int, float)) or not float(value).is_integer():
        return False
    written = f"{int(value)}{figure.fact.get('unit') or ''}{figure.subject}"
    return any(written.startswith(name.replace("多", str(int(value)), 1))
               for name in _MANY_NAME.findall(part.context + part.item))


def _written(word: str) -> set[str]:
    """``word`` and the official wordings the genre's vocabulary gives it (search/synonyms.tsv: 开会 → 召开会议,
    上法庭 → 出庭, 人大 → 人民代表大会): a question says it plainly or short, a report in the official words."""
    from search import synonyms

    aspect = {word.removeprefix("已")} if word.startswith("已") and len(word) > 1 else set()  # 已结 is 结 (结案件11件)
    return {word} | aspect | synonyms.default().official.get(word, set())


def _head_in(head: str, text: str, tokenize: Callable[[str], list[str]]) -> bool:
    """Whether ``text`` writes the head word asked, as it is, in official words (``_written``) or with a
    modifier inside a compound of two words (专题讲座 in 专题法治讲座, 集体学法 in 集体学习法律): reports
    qualify the thing counted."""
    if any(written in text for written in _written(head)):
        return True
    pieces = [w for w in tokenize(head) if w != head and len(w) >= 2]
    halves = [(a, b) for a in pieces for b in pieces if a + b == head]
    return any(re.search(re.escape(a) + r"[\u4e00-\u9fff]{1,4}" + re.escape(b), text) for a, b in halves)


# What a figure's text may write between the noun it counts and its number: a change from a figure to it (由119项减少至) and
# the word linking the noun to the figure (事项由, 总量达, 共有).
_CHANGES = "减少|下降|压减|压缩|精简|增加|增长|提高|提升|缩短|调整"
_CHANGE_TAIL = re.compile(rf"(?:(?:由|从)?\d+(?:\.\d+)?\D{{0,2}}?(?:{_CHANGES})?(?:至|到)|(?:{_CHANGES})(?:至|到|为)?)$")
_LINK_TAIL = re.compile(r"(?:由|从|为|达到?|共有?|有|是)$")


_COUNTED_GAP = 3  # characters between a number and a noun it counts: its measure word and a level (88个县党委)


def _names_uncounted(head: str, pieces: tuple[str, ...]) -> bool:
    """Whether a figure's words (its text before its own number, its name, its subject: each apart, so that its own
    number stands before none of them) write ``head`` other than as the noun another number counts: the words a
    figure's text runs over from the figure before (提出的25个问题现场交办2个县市区和13个) name 问题 as what 25个 counts,
    not 13个 (nor 党委 of 9个市(州)88个县党委 what 9个 counts)."""
    counted = re.compile(rf"[\d.]+[万亿]?[余多]?[^\d，,。；;、]{{0,{_COUNTED_GAP}}}{re.escape(head)}")
    return not head or any(head in counted.sub("", piece) for piece in pieces)  # (no head: nothing to tell apart)


def counted_before(written: str) -> str:
    """The words a figure's text writes before its number up to the noun it counts, when a linking word or a
    change joins that noun to it (…管理的事项由119项, …的事项由119项减少至87项: 事项); empty when none does (16个部门
    84项…事项: 84 counts the noun after it; 区委常委会学习…思想14次: what was studied)."""
    unchanged = _CHANGE_TAIL.sub("", written, count=1)
    unlinked = _LINK_TAIL.sub("", unchanged)
    return unlinked if unlinked != written else ""


def _names_its_own(item: str, listed: list[str], place: int) -> bool:
    """Whether the part asked (``item``) shares no longer run of characters with another listed thing than
    with the one at ``place``: a figure after 分别 is of its own thing only."""
    def shared(thing: str) -> int:
        return max((n for n in range(min(len(thing), len(item)), 0, -1)
                    if any(thing[i:i + n] in item for i in range(len(thing) - n + 1))), default=0)
    own = shared(listed[place])
    return all(shared(thing) <= own for n, thing in enumerate(listed) if n != place)


def score(part: Part, figure: Figure, tokenize: Callable[[str], list[str]], question_words: set[str] = frozenset()
          ) -> float:
    """How well a stated figure answers ``part``; 0 when its indicator is not what was asked.

    The figure is named by its indicator name, its text and the words right after it (the noun of
    制定38条具体工作举措); the word next to 多少 may also stand earlier in its clause (清理规范中介服务
    事项……其中清理规范77项). Words of the whole question near the figure break ties."""
    fact = figure.fact
    name = fact.get("name") or ""
    if NEGATION.search(name) and not NEGATION.search(part.item):
        return 0.0
    if _numbers_name(part, figure):
        return 3.0 * 3  # “多证合一”合并了多少个证照: 24证合一 says it as three own words would
    # the figure's own words, not the indicator its sentence filed it under (a 法律顾问 sentence files
    # 参与行政诉讼53件 with the advisers): a litigation figure answers no question on reconsideration
    asked = asked_domain(part)
    held = _domain_of((fact.get("text") or "") + figure.subject, fact.get("unit") or "件") if asked else None
    if asked in DISPUTE_CHANNELS and held in DISPUTE_CHANNELS and held != asked:
        return 0.0
    words = figure.read  # (a report in traditional script is read as the question is written)
    name, subject, stated = words.name, words.subject, words.stated
    if part.stem and part.stem not in stated + words.lead:
        return 0.0
    if (respective := figure.respective) and not _names_its_own(part.item, *respective):
        return 0.0  # 安全生产工作连续几年: 四年 of 安全生产、社会综合治理分别连续四年、三年, not 三年
    duration = part.head in DURATION_WORDS and part.unit in DURATION_UNITS and fact.get("unit") in DURATION_UNITS
    # (a generic noun its own measure words count goes unwritten beside them: 承接市级赋权308项 counts 赋权事项)
    implied = fact.get("unit") in UNITS_OF_GENERIC_NOUNS.get(part.head, ())
    its_words = stated + words.clause + words.sequel + words.listing + words.predicate
    if not part.stem and part.head and not duration and not implied and not _head_in(part.head, its_words, tokenize):
        return 0.0
    before_its_number = re.sub(r"[\d.]+\D*$", "", fact.get("text") or "")
    if not _names_uncounted(part.head, (for_matching(before_its_number), name, subject)) \
            and any(rival in subject for rival in part.rival_heads):
        return 0.0  # the noun after a figure says what it counts (16个部门84项中介服务事项: 84 counts no 部门)
    counted = counted_before(before_its_number)
    if counted and not counted.endswith(part.head) \
            and any(counted.endswith(rival) and rival not in part.item for rival in part.rival_heads):
        return 0.0  # … and the noun right before it (管理的事项由119项减少至87项: 119 and 87 count 事项, no 部门)
    name_words = set(tokenize(name)) | set(tokenize(subject)) | set(tokenize(words.lead)) | \
        set(tokenize(words.listing)) | set(tokenize(words.predicate))
    if part.head and part.head in subject:  # (the verb opening its run, for the item that counts the noun asked:
        name_words |= set(tokenize(words.opening))  # not 1个 of 对全镇16个嘎查村、1个社区 for 全镇多少个嘎查村)
    if part.years == DAY:  # what was done on a day follows its date (3月20日上午，…汇报会举行)
        name_words |= set(tokenize(words.sequel))
    if part.ordinal:  # which place in what: the words of its clause before it (全国100个城市第10名)
        name_words |= set(tokenize(re.split(r"[，,。；;]", figure.before)[-1]))
    # a word the tokenizer keeps nothing of (工作推进会) names a figure whose own words hold it
    name_words |= {w for w in part.own_words if not tokenize(w) and w in name + subject}
    # (a rate's words as written name it however the tokenizer cuts them apart: 一窗通办率 is 窗通＋办率 in one
    # sentence and 一窗＋通办率 in another)
    matched = {w for w in part.own_words if (len(w) >= 2 or len(part.own_words) == 1)
               and any(written in name_words or ((written != w or part.rate) and written in name + subject)
                       for written in _written(w))}
    # 多少个市（州）: a level of places is all the part names, written after the figure (9个市) or as its measure (3市)
    if not matched and _PLACES_COUNTED.fullmatch(part.head) and (subject.startswith(part.head)
                                                                  or fact.get("unit") == part.head):
        matched = {part.head}
    if duration:  # a word for the time asked (开办时间) is said by the figure's unit (2天)
        matched |= {w for w in part.own_words if w in DURATION_WORDS}
    own = len({w for w in matched if not any(w != other and w in other for other in matched)})  # 一把手, not 一把
    shared = len(set(tokenize(part.item)) & name_words)
    # a year is everywhere: two words of its part name the one asked (one of them its own beside a sibling's:
    # 国家…纲要 and 省…实施方案 asked each)
    if not own or (part.years and max(own, shared) < 2):
        return 0.0
    near = set(tokenize(figure.before))
    # (a share is of what its lead names: 事项974项，占总事项的99% is not the 97% of the 网办事项 after it)
    of = set(tokenize(words.lead)) if part.rate and figure.shares_the_figure_before else near
    context = len(set(tokenize(part.context)) & of)
    unit = unit_agreement(part.unit, fact.get("unit"))
    if part.ordinal and part.unit and part.unit != fact.get("unit") \
            and not {part.unit, fact.get("unit")} <= RANK_UNITS:  # (排第几位: 第11位 is a rank as 第11名 is)
        return 0.0  # 第几批 is no 第十二次: which one of what is said by the measure word itself
    nearby = 0.1 * len(question_words & near)
    # the word next to 多少 names what is counted: a figure named by it beats one it stands near
    # (取消68项 over 调整16项 for 取消了多少项, when both follow 动态调整)
    named = 2.0 if part.head and part.head in name_words else 0.0
    # a bound passed (突破千万户) says less than the figure a report restates it by (，达1042.8万户)
    passed = 0.5 if _PASSED.search(fact.get("text") or "") else 0.0
    return 3.0 * own + shared + 0.5 * context + unit + nearby + named - passed

"""The genre's indicator taxonomy (indicators.tsv) and the rules that file a metric under one.

Why: the same measure is written many ways (收到行政复议申请24宗 / 行政复议案件收案24件 /
"受理24宗" after a clause naming 行政复议), so regions can only be lined up on a canonical
id. A metric is classified in two steps over its words: the *domain* (行政复议, 规范性文件,
法律顾问…) is looked for in the subject and the noun after the number first, each domain named
tried by priority, then in the sentence before it (or the one before that in the paragraph),
nearest first (受理 in "收到行政复议申请7宗，受理6宗" takes 行政复议 from its clause's
neighbour); the *action* (受理, 审结, 废止…) picks the indicator inside the domain, else the
action named nearest before. A part of a breakdown (…40件，其中调解和解结案6件) takes an action
of its total's domain, and a headcount naming no domain is filed by what its people took part
in (118名干部参加专题培训班). The unit gates the kind, so a count is never filed under a rate id
or the reverse. Anything else is "other", with its subject phrase kept as written.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TAXONOMY_FILE = Path(__file__).with_name("indicators.tsv")
OTHER = "other"
SHORT_SUBJECT = 4  # characters: a subject this short (审结的) names no thing of its own

RATE_UNITS = frozenset({"%", "个百分点"})  # a change of a rate is a rate figure too
MONEY_UNITS = frozenset({"元", "亿"})
DURATION_UNITS = frozenset({"天", "日", "工作日", "个工作日", "小时", "工作小时", "个工作小时", "分钟", "个月", "年"})
# Units that count people (or the bodies a headcount is given in: 家 of firms, 个 of advisers).
PEOPLE_UNITS = frozenset({"人", "人次", "万", "名", "位", "个", "家"})
# Heads, not events or cases: a count of cases (件, 次, 人次 of visits) is never given in these.
PERSON_UNITS = frozenset({"人", "名", "位"})
SCALES = "万亿"  # a scale written before a counter (万户, 亿元) is part of the unit
PER_TIME = re.compile(r"(?:/次|[(（]次[)）])$")


def counter(unit: str) -> str:
    """The counter a unit is of, without its scale or the way its "per time" is written
    (万元 → 元, 3.2万余人's 万人 → 人, 42人(次)'s 人(次) → 人次; a bare 万 stays 万)."""
    if PER_TIME.search(unit):
        unit = PER_TIME.sub("次", unit)
    return unit[1:] if len(unit) > 1 and unit[0] in SCALES else unit


@dataclass(frozen=True)
class Indicator:
    """One canonical measure: ``kind`` is count|rate|money|duration|people."""

    id: str
    name: str
    kind: str
    description: str


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, Indicator]:
    """The indicators of indicators.tsv by id, in file order (read once per process)."""
    with TAXONOMY_FILE.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if line.strip() and not line.startswith("#")), delimiter="\t")
        return {row[0]: Indicator(*row[:4]) for row in rows}


def display_name(indicator_id: str) -> str:
    """The Chinese name readers see for ``indicator_id`` (the id itself if unknown)."""
    found = taxonomy().get(indicator_id)
    return found.name if found else indicator_id


def fits(kind: str, unit: str) -> bool:
    """Whether a figure in ``unit`` can be an indicator of ``kind``."""
    unit = counter(unit)
    if unit in RATE_UNITS:
        return kind in ("rate", "duration")  # 时限压缩 60% is a duration measure
    if unit in MONEY_UNITS:
        return kind == "money"
    if unit in DURATION_UNITS:
        return kind == "duration"
    if kind == "people":
        return unit in PEOPLE_UNITS
    return kind == "count" and unit not in PERSON_UNITS


@dataclass(frozen=True)
class _Rule:
    indicator: str  # an id of the taxonomy, or OTHER to stop a domain's defaults
    action: re.Pattern[str] | None  # words that must be present (None: the domain's default)


@dataclass(frozen=True)
class _Domain:
    name: str
    words: re.Pattern[str]
    rules: tuple[_Rule, ...]
    needs_action: bool = False  # a loose domain word (文件) files a metric only with an action word of its own
    in_context: bool = True  # False: a word too common (企业) to lend its domain to a neighbour clause
    # True: the domain's measures count things (documents, decisions, powers), so a figure in 次 or 轮
    # counts the rounds of the work (开展专项清理3次, 5次专题研究项目协议), none of its measures.
    counts_things: bool = False


def _rules(*pairs: tuple[str, str | None]) -> tuple[_Rule, ...]:
    return tuple(_Rule(indicator, re.compile(action) if action else None) for indicator, action in pairs)


_NORMATIVE_ACTIONS = (
    (OTHER, "意见(?!书)"),  # the comments a review makes (提出修改意见136条) are not documents
    # a fair-competition review (公平竞争审查) is an institution of its own, over any policy measure
    (OTHER, "公平竞争"),
    (OTHER, "继续有效|现行有效|保留"),  # what a clean-up leaves in force: no work done on it
    # a review of legality named as such (合法性审核备案25件) is the review, whatever registers it after
    ("normative.reviewed", "合法性审[查核]"),
    ("normative.filed", "备案|报备"),
    ("normative.repealed", "废止|失效|废除"),
    ("normative.revised", "修改|修订"),
    ("normative.cleaned", "清理"),
    ("normative.reviewed", "审查|审核"),
    ("normative.drafted", "制定|制发|出台|发布|印发|起草"),
)

# 进 and a kind of place the law is taken into (进村, 进社区, 进学校); not 推进, 先进, 引进. Not 进企业 either:
# officials go into firms to serve or inspect them (服务专员进企业走访) as often as to teach law.
_INTO_PLACES = "(?<![引推促增先改跟前])进(?:村|社区|学校|校园|机关|乡村|农村|家庭|寺庙|军营)"

_CUT_TO = "(?:减少|减|精简|压减|削减|压缩)(?:至|到|为)"  # cut down to: the figure after it is what is left
# The ways a service reform has items handled (实现“一站式审批”, “就近办”, 一窗通办), and any way quoted as where
# or how an item is handled or looked up (“指尖办”, “掌上查”).
_SERVICE_MODES = ("一站式|一条龙|通办|一窗|综合窗口|(?:当场|马上|网上|掌上|就近|一次|全程网|智能|自助)办|不见面|即办|秒批|秒办"
                  "|[“\"][\u4e00-\u9fff]{1,3}[办查][”\"]")

# Priority order: within the subject, the first domain that matches wins.
DOMAINS: tuple[_Domain, ...] = (
    _Domain("appearance", re.compile("出庭"), _rules(
        ("appearance.rate", None), ("appearance.count", None))),
    _Domain("reconsideration", re.compile("复议"), _rules(
        ("reconsideration.correction_rate", "纠错|撤销|变更|确认违法|责令"),
        ("reconsideration.corrected", "纠错|撤销|变更|确认违法|责令"),
        ("reconsideration.mediated", "调解|和解"),
        # … and the opinions and recommendations it sends agencies (复议意见书, 复议建议书) are no cases, nor the replies
        # a body makes as the respondent (办理行政应诉、行政复议答复…等案件), nor cases carried over or heard (结转, 听证).
        (OTHER, "不予受理|驳回|维持|撤回|终止|率|意见书|建议书|答复|结转|听证"),
        ("reconsideration.concluded", "审结|办结|结案"),
        ("reconsideration.accepted", "受理"),
        # applications received (新收复议申请41件) whatever the sentence before concluded
        ("reconsideration.received", "新收|收到|收案|申请|接收|接到"),
        ("reconsideration.concluded", "办理"),  # (cases handled: 办理行政复议案件141件)
        ("reconsideration.received", None))),
    _Domain("hearings", re.compile("旁听|庭审"), _rules(("study.participants", None), ("study.sessions", None))),
    _Domain("litigation", re.compile("行政诉讼|应诉|(?:(?<!业)|(?<=企业))行政案件|诉讼案件|为被告"), _rules(
        ("litigation.loss_rate", "败诉"), ("litigation.lost", "败诉"),
        (OTHER, "胜诉|撤诉|驳回|维持|民事|率"), ("litigation.cases", None))),
    _Domain("normative", re.compile("规范性文件|红头文件"), _rules(*_NORMATIVE_ACTIONS), counts_things=True),
    # 行政审批中介服务事项 are services firms sell to applicants, not powers of the government.
    _Domain("intermediaries", re.compile("中介"), _rules((OTHER, None))),
    # No default: a count of items with no action (划入审批局的许可事项278项) is none of these.
    # 行政许可 and 行政执法事项 (处罚、强制、检查) are powers too; so are the 管理权限 a county gives a
    # town (赋予). Licences granted (行政许可3286件) are workload: no action, no indicator.
    # 证明事项 are certificates asked of applicants (减证便民 cuts them), not powers of the government.
    # A town's 职责清单 lists the duties its powers are (明确各镇职责清单事项129项).
    _Domain("powers", re.compile("权力事项|行政权力|权责|权力清单|职权|行政审批|审批事项|许可事项|目录事项"
                                 "|行政执法事项|管理权限|行政许可|职责清单"),
            # What is left after a cut (审批事项由1296项减至405项) is what is kept, but a 权责清单 cut
            # to 2656项 is the list as published; powers added to a list (新增17项) are none of these.
            # Items handled in a way of a service reform (全程“不见面”审批事项) are service items, not powers.
            _rules(("gov_services.items", f"(?:{_SERVICE_MODES})[^，,。；;]*事项"),
                   ("powers.listed", f"权责.*{_CUT_TO}"), ("powers.retained", _CUT_TO),
                   ("powers.cancelled", "取消|下放|下沉|调整|精简|削减|承接|赋予|赋权"), ("powers.retained", "保留"),
                   ("powers.listed", "梳理|疏理|公布|公开|发布|编制|制发|建立|(?<!行政)确认|厘清|目录化|编码化"
                                     "|(?:确定|明确)[^，,。；;]*(?:事项|清单)"),
                   (OTHER, "新增|增加")), counts_things=True),
    # The advisers of villages and communities (村（居）法律顾问, 嘎查法律顾问全覆盖) serve the people there: a
    # count of the places they cover or of their services is a public legal service; a headcount of
    # them stays a count of advisers.
    _Domain("village_advisers", re.compile(r"(?:村|社区|嘎查|居)[(（]?[^，,。；;]{0,3}?[)）]?法律顾问"), _rules(
        ("public_legal_services", None), ("legal_adviser.count", None))),
    # A government's chief legal consultants (首席法律咨询专家) are its advisers (but see public_legal_services).
    _Domain("legal_adviser", re.compile("法律顾问|公职律师|法律意见|律师事务所|律所|法律咨询专家(?!工作[室站])"), _rules(
        ("legal_adviser.count", None), ("legal_adviser.opinions", None))),
    _Domain("officers", re.compile("执法人员|检查人员|执法证|执法资格|持证"), _rules(
        ("study.participants", "培训|轮训"), ("study.sessions", "培训|轮训"), ("enforcement.officers", None))),
    _Domain("penalties", re.compile("罚没|罚款"), _rules(
        ("enforcement.penalties", None), ("enforcement.cases", None))),
    _Domain("reviews", re.compile("评查|案卷|执法监督"), _rules(("enforcement.reviews", None))),
    # Records of penalties repaired (行政处罚信用修复) restore firms' credit: no count of enforcement cases.
    _Domain("credit_repair", re.compile("信用修复"), _rules((OTHER, None))),
    # The items of inspection a body may carry out (行政检查事项) and the bodies that carry it out (检查主体)
    # are the scope of enforcement, not cases of it.
    # Enforcement done jointly (跨部门协同执法600余次, 联合执法) is enforcement, and so is any of a trade's done
    # (开展统计执法4次), the firms it inspected (检查企业共46家), a trade's regulated units overseen (对医疗机构开展综合
    # 监管21家) and a trade's administrative cases (办结林业行政案件103件; 行政案件 alone, or of enterprises, 涉企业行政案件,
    # are a court's).
    _Domain("enforcement", re.compile("行政处罚|行政检查|执法检查|查处|执法案件|处罚案件|(?<=业)(?<!企业)行政案件|立案|联合检查|抽查"
                                      "|双随机|协同执法|联合执法|(?<!出动)执法$|检查企业(?:数|共|$)|综合监管$"), _rules(
        (OTHER, "事项|(?<!市场)主体"), ("enforcement.cases", None))),
    # 审查区政府常务会议题: the agenda of a government meeting is reviewed for legality before it.
    # Agreements signed (签署…协议13个) are not agreements reviewed.
    # Documents and matters with legal effect (涉法文件, 涉法事项) are what a legality review reads; 涉法涉诉 names
    # petitions.
    _Domain("legal_review", re.compile("合法性审查|合法性审核|合同|协议|法制审核|法律审核|审查.{0,12}(?:议题|纪要)"
                                       "|涉法(?!涉诉)"), _rules(
        (OTHER, "签署|签订"), ("legal_review.documents", None)), counts_things=True),
    # A meeting deciding major matters (集体研究决定重大事项) is the statutory procedure of a major decision;
    # major matters reported upward (请示报告重大事项) are not decisions, and decisions reviewed (审查重大行政决策事项14项)
    # are legality reviews.
    # (“三重一大”决策事项: matters of major decision by their customary name)
    _Domain("major_decisions", re.compile("重大行政决策|重大决策|决定重大事项|重大事项.{0,4}决[策定]|三重一大"),
            _rules(("legal_review.documents", "(?:审查|审核)[^，,。；;]*决[策定]"), ("major_decisions.count", None)),
            counts_things=True),
    # Law taken into places (the 法律“八进” campaign: 进村社、进学校开展讲座) is legal education. Books handed
    # out (发放《…学习纲要》; 向干部发放5000册, the figure right after the verb) and articles a body's own channels
    # publish (公众号文章) are its materials.
    # 送法 is law brought to people, not a 法 word after a verb of sending (推送法治学习资料, 输送法治人才).
    # (法制, the genre's word before 法治 replaced it around 2014-2017: 法制讲座, 法制文艺演出)
    # (law classes given to pupils, 为在校学生上法制课349课时, teach the public, not officials)
    _Domain("legal_education", re.compile("普法|宣传|(?<![推输发])送法|法律进|法治进|以案释法|(?<!专题)法[治制律]讲座|法治讲堂|大讲堂"
                                          "|(?:学生|师生|青少年)[^，,。；;]{0,4}法[治制]课"
                                          "|法[治制](?:文艺|演出)|宣讲|受教育|受众|法律知识读本|答题"
                                          f"|{_INTO_PLACES}"
                                          "|(?:发放|赠送|赠阅)《|(?:发放|赠送|赠阅|分发)$"
                                          "|(?:新媒体|公众号|微博|微信|网站|专栏).{0,10}(?:文章|推文)"), _rules(
        # the media reporting a region's work, or the pieces a body writes for them (宣传稿件, 信息稿件), is not
        # legal education
        (OTHER, "报道|推介|稿件"),
        # ... nor are its venues (学习宣传阵地, 法治宣传教育基地) nor the people who answer a survey (问卷调查答卷)
        (OTHER, "阵地|基地|长廊|问卷|答卷"),
        # (what it hands out or publishes: printed matter, articles and short videos)
        # (the issues of a board put up: 宣传栏1287期, 板报)
        ("legal_education.materials", "资料|材料|手册|宣传品|读本|折页|海报|文章|推文|短视频|微视频|宣传片|专题片|《|宣传栏"
                                      "|板报|展板|(?:发放|赠送|赠阅|分发)$"),
        ("legal_education.participants", None), ("legal_education.events", None))),
    # 专题讲座 (专题法治讲座 too) and the classes of a party school (4个主体班次, 党校开设…讲座9场次) are study sessions
    # of cadres, whatever the unit; the domain lends itself to no neighbour clause (参训200人次 counts people).
    _Domain("classes", re.compile("专题(?:法[治制律])?讲座|班次|党校[^，,。；;]*讲座"), _rules(("study.sessions", None)),
            in_context=False),
    # Study named as the head of what a body did (政府党组理论学习14次, “第一议题”学习96次, 开展学习80场次)
    # or with law as its matter (常委会学习习近平法治思想14次, 学习宪法), or a book (学习《习近平法治思想学习纲要》3次), is
    # its cadres' study, as 学法 is.
    # A 业务培训 trains staff in their trade, and 党员教育培训 party members in the party's work, not in law.
    # (a seminar on law, 依法行政专题研讨班, is study; one on a plenary's spirit is not; a 专题研讨 held, like a 专题学习, is)
    _Domain("study", re.compile("学法|考法|中心组|法治培训|法律培训|旁听庭审|讲法|法律知识考试|培训|考试|课程|授课|专题学习|参学"
                                "|(?:法治|法律|依法|法规|宪法)[^，,。；;]{0,12}研讨班"
                                "|集中学习|集体学习|理论学习|法治课|学习(?:会|会议)?$|(?:专题|学习|交流|集中)研讨(?:会)?$"
                                "|学习[^，,。；;]{0,6}(?:法治思想|宪法|民法典|法律|法规)|学习了?《"), _rules(
        # ... nor is a contest of skills (比武考试) a study of law.
        # ... nor are the writings it yields (心得体会260篇, 研讨发言材料) its sessions.
        (OTHER, "业务培训|党员(?:教育)?培训|培训党员|党员教育|比武|心得|(?<!全)体会|发言材料|笔记"), ("study.participants", None),
        ("study.sessions", None))),
    # (items handled online, by 容缺 acceptance, in a catalogue of services, under 四级四同 or with a clerk's help
    # (帮代办事项) are service items; a catalogue of certificates, 证明事项目录, is none)
    _Domain("gov_services", re.compile(
        "政务服务|(?<!中介)(?<!法律)服务事项|公共服务项目|一网通办|通办|网上可办|网办|最多跑一次|跑一趟|办事清单|一次办|掌上办|零跑动|零材料|减证|企业开办|"
        "(?:办理|承诺|审批)总?时[限间]|提速|即办|异地办理|异地可办|可办事项|可办率|高频事项|一件事|(?:审批|办事|办理)效率"
        "|网上办理事项|容缺|(?<!证明)事项目录|四级四同|代办事项|(?:智慧|智能)审批"),
            # The cases handled (办理5万件) are workload, not items (see WORKLOAD).
            # ... nor is the share of them closed (办结率: no time saved), and the broadcasts explaining services
            # (政务服务专题直播48场) are events, not items.
            _rules((OTHER, "^办理(?!时限|时间)|办结率|直播"),
                   ("powers.retained", "保留"), ("powers.cancelled", "取消|下放"),
                   ("gov_services.time_saved", "压缩|时限|开办|时间|办结|缩短|提速|效率"),
                   ("gov_services.online_rate", "网|掌上|线上|电子化|不见面|指尖|移动端|可办率"),
                   ("gov_services.items", f"清单|进驻|入驻|纳入|梳理|疏理|编制|公布|发布|事项.*(?:{_SERVICE_MODES})"),
                   # ... nor the times a service was tried out or a round of work done (体验办事流程140次).
                   ("gov_services.items", None)), counts_things=True),
    # Firms that got a policy's support (获得扶持资金的企业, 享受减免的企业) are its beneficiaries, and those that took
    # part in an event or were visited (参与市场主体3.5万余个, 走访企业) its audience, not registrations.
    _Domain("business", re.compile("市场主体|企业|个体工商户|合作社"), _rules(
        (OTHER, "注销|满意|检查|涉及|规范|整治|清理|扶持|享受|受益|惠及|覆盖|参与|参加|走访"),
        ("business.registrations", "新增|新登记|登记|注册|实有|新设|新发展|(?:市场主体|企业|个体工商户|合作社)$")),
        needs_action=True, in_context=False),
    # A 政策解读 explains a policy: a measure of its own, not an item of information disclosed (but a total of
    # a list it closes is: 主动公开文件、政策解读等共计3800条). Information a government publishes (发布惠企政策
    # 信息) is disclosed of its own accord.
    _Domain("disclosure", re.compile("政府信息|信息公开|主动公开|依申请公开|公开信息|发布[^，,。；;]{0,6}信息"), _rules(
        (OTHER, "解读(?:稿|文章|材料)?$"), ("disclosure.proactive", "主动"), ("disclosure.requests", "申请"), ("disclosure.proactive", None))),
    # A 行政争议 settled (实质化解) is a dispute with the government, not one between people that
    # 人民调解 handles.
    _Domain("mediation", re.compile("调解|矛盾纠纷|纠纷|化解"), _rules(
        (OTHER, "行政争议"), ("mediation.success_rate", None), ("mediation.disputes", None))),
    _Domain("legal_aid", re.compile("法律援助"), _rules(("legal_aid.cases", None))),
    _Domain("petitions", re.compile("信访|来访|来信|接访"), _rules(("petitions.cases", None))),
    # Legal advice (法律咨询, from 12348 lines, service centres and village advisers) is a public
    # legal service open to anyone; legal aid is the means-tested case work of 法律援助.
    # The studios set up for a government's legal consultants (首席法律咨询专家工作室5个) are places, neither
    # advisers nor services.
    _Domain("public_legal_services", re.compile("公共法律服务|法律服务(?:工作)?(?:站|室|中心|点|事项)|法律联络点|法律咨询"), _rules(
        (OTHER, "法律咨询专家工作[室站]$"), ("public_legal_services", None))),
    _Domain("supervision", re.compile("代表建议|人大建议|政协提案|提案|(?<![复审])议案"), _rules(
        ("supervision.suggestions", None))),
    # A word this loose lends its domain to no neighbour clause (…审查文件362件（正在审核的5件）).
    _Domain("documents", re.compile("文件"), _rules(*_NORMATIVE_ACTIONS), needs_action=True, in_context=False,
            counts_things=True),
)


# The number counts bodies or arrangements, not work done (4个协调小组, 5个宣传调研组, 11个县直部门, 事项清单31个,
# 《…清单》两批), or the counters where a service is given (设立…反映窗口108个).
_BODIES = "小组|工作组|调研组|督导组|督查组|宣讲团|专班|机制|制度|方面|部门|单位|机构|调解组织|调解委员会|窗口|党委|党组"
NOT_MEASURES = re.compile(rf"^(?:[^，,。；]{{0,4}}?)(?:{_BODIES})")  # the noun after the unit
# ... but after a count of times a body's study group names its sessions (开展6次党组理论学习中心组学习; 82家党组
# 理论学习中心组 counts the groups).
GROUP_SESSIONS = re.compile(NOT_MEASURES.pattern + r"(?:理论)?(?:学习)?中心组")
# ... but people counted with the bodies they belong to are people (7名政府组成部门领导干部参加…考试).
MEMBERS = re.compile(r"(?:干部|人员|负责人|负责同志|工作者|党员)")
# ... or its head, the noun closing it (7个政务服务中心公安窗口).
HEADED_BY_BODIES = re.compile(rf"(?:{_BODIES})$")
# ... or the noun after the unit is a place work reached or covers (面向60个行政村, 41个政务服务大厅已实现…, 深入10个市州, 赴13个设区市:
# divisions named by their levels alone, not as what a thing is of, 48个毗邻区县公共服务事项),
# unless it goes on to what was set up in each (在10个乡镇设立公共法律服务站 counts the stations).
_PLACES = ("大厅|乡镇|镇街|街道|社区|村(?!民|干部|医)|学校|设区(?:的)?市(?![\u4e00-\u9fff]{0,3}(?:政府|局|委|院|办|部门))"
           "|(?:市州|县市区|县区|区县|市县)(?![\u4e00-\u9fff])")
PLACES_REACHED = re.compile(rf"^(?:[^，,。；]{{0,4}}?)(?:{_PLACES})")
# ... or what each of them has (村公共法律服务工作室), read to the clause's end (84个村、1个开发区设立服务室).
SET_UP_IN_EACH = re.compile("设立|建立|建成|成立|配备|站|室|中心|法律顾问")
# The subject's head, when no noun follows the unit, read through a closing 数达/为 (接入的部门数达36个).
COUNTED_BODIES = re.compile(rf"(?:{_BODIES})数?(?:达到|达|为|共计|共|约|有)?$")
LISTS = re.compile(r"(?:清单|目录)》?$")
# The measures or points of a plan are its parts, not work done (制定监管措施12项, 38条举措).
PLAN_ITEMS = re.compile(r"(?:措施|举措|要点)$")
# Problems found or rectified (发现问题86个, 整改问题300余项), the leads of them received (收到有效问题线索239个)
# and those put right, counted bare (整改完成231个), are what work turned up, not work done.
PROBLEMS = re.compile("问题(?:线索)?$|线索$|^整改(?:完成|到位|销号)?$")
# Honours a body or its staff received (获…表彰6次, 嘉奖令5次, 个人嘉奖、表扬、感谢等35人次) are
# recognition of work, not a measure of it.
HONOURS = re.compile("表彰|嘉奖|表扬|感谢|记功|立功|等功")
# The laws and party rules a meeting studied (专题学习…等法律法规5部, …和党规党纪10余部) are the matter of
# the work, not the work done.
LAWS_COUNTED = re.compile("(?:法律法规|法律|法规|规章|党规党纪|党纪党规|党内法规)(?:规章)?$")
LAW_UNITS = frozenset({"部", "件"})
# The count a change starts from (事项由1296项减至405项) is the state before the work, not work
# done; a time limit or a rate before a cut is still a figure of its measure (由30个工作日压缩至5个).
BEFORE_A_CHANGE = re.compile("(?:由|从)(?:原来|原有|原先|原|去年|上年|改革前)?的?$")
CHANGE_VERBS = re.compile("^(?:减|降|压|缩|精简|削减|增|提|升|扩|调|上升|下降)")
# A part of a breakdown (受理复议案件40件，其中…调解和解结案6件) is of the total's domain when it
# names one of that domain's actions: the 其中 opens the sentence's last clauses, before the subject.
# So does "of the cases, …" (复议案件中，以调解方式结案12件).
BREAKDOWN = re.compile("(?:其中|(?:案件|申请|事项|文件)中[，,：:])[^。；;！？!?\n]*$")
# The cases a hall or a body handled or the applications it received (办件量, 收件) are its workload,
# whatever domain the sentence before names (…告知承诺事项…，办件量达11万件): no measure of work done; so are the
# calls and requests a hotline takes and how many it closes (12345政务服务便民热线受理诉求31万件，办结率100%).
WORKLOAD = re.compile("办件|收件|热线")
# Items handled, counted in 件 (办理审批服务事项130件): the cases done, workload too; items themselves are counted in 项.
ITEMS_HANDLED = re.compile("办理[^，,。；;]*(?<!法律)(?<!中介)服务事项$")
# A law named after a domain's work (培训行政复议法、行政处罚法) is the matter studied, not that work.
LAW_NAMES = re.compile("(?:行政复议|行政诉讼|行政处罚|行政许可|行政强制|法律援助|人民调解|信访工作|信访)(?:法|条例)"
                       "(?![治律规院官])")
# A clause that studies or teaches what the laws it names say, from its verb to its last law.
STUDIED_LAWS = re.compile(rf"(?:学习|辅导|培训|宣讲|讲解|解读|宣传)[^，,。；;]*(?:{LAW_NAMES.pattern})")
# A subject that closes a list with 等 before a head of its own (禁毒、防汛、行政复议应诉等法治建设相关工作: the list
# before it, joined by 、).
LIST_JOIN = "、"
LIST_CLOSE = "等"
# A list closed by its total and no head of its own (文件、政策解读等共计3800条; not 公安局、财政局等6个分中心); a
# bare 等 closes one too when no noun follows the unit (专题学习习近平法治思想、法律法规等100余场次).
LIST_TOTAL = re.compile("等(?:共计|合计|总计|累计|共)$")
CLAUSE_BREAKS = re.compile(r"[，,。；;：:\n]")
# A headcount reached by the work the sentence before names (专题培训12场次，覆盖民警200人次; 参加人数达460人次).
REACHED = re.compile("^(?:覆盖|惠及|参加|参训|参与)")
CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")  # unlike CLAUSE_BREAKS, a list (、) and a quote are read through
SENTENCE_END = re.compile(r"[。；;！？!?\n]")
# A time within which a matter is handled (不动产登记5个工作日内办结): a service's time limit, whatever the service.
DONE_WITHIN = re.compile("^内?(?:即可)?(?:办结|办完|办理完毕|完成办理|完成审批|审批完毕|出证|领证)")
# ... but not a dispute's or a petition's term (信访事项60日内办结, 复议案件30日内办结, 调解时间缩短为15天): no service.
DISPUTES = re.compile("信访|复议|诉讼|案件|纠纷|调解|仲裁|投诉|举报")
TIME_LIMIT = "gov_services.time_saved"
# ... and so is any matter's time cut to a figure (企业办证时间压缩至5个工作日, 审批时限缩短到3天): the cut says it is a
# time a service takes, as 办结 does.
_CUT_VERBS = "(?:压缩|缩短|压减|减少|缩减|减)(?:至|到|为)?"
TIME_CUT = re.compile(f"时[间限长](?:[^，,。；;]{{0,4}}|[由从][^，,。；;]{{0,24}}){_CUT_VERBS}$")
# ... and the time it was cut from (设立企业的时间由改革前的21个工作日减少为2个工作日: both are the service's times).
TIME_CUT_FROM = re.compile("时[间限长][由从][^，,。；;]{0,8}$")
CUT_AFTER = re.compile(f"^{_CUT_VERBS}")
# Copies of printed matter (征订《…学习纲要》1198册), hours and credits of study (在线学法60学时, 人均完成学习24学分) count
# no study session or event: the study or education they serve is not measured by them. (The gold files differ on 课时
# of classes given and 部 of laws studied at a meeting: left as the rules file them.)
COPY_UNITS = frozenset({"册", "本", "学时", "学分"})
# Kinds of a thing counted (电子证照种类182种) and flat things put up (法治灯箱1000多面): how varied or how much is
# on show, no count of work the taxonomy measures.
KIND_UNITS = frozenset({"种", "面"})
STUDY_OR_EVENTS = frozenset({"study.sessions", "study.participants", "legal_education.events",
                             "legal_education.participants"})
# What legal education becomes when it reaches a body's own staff only.
STAFF_STUDY = {"legal_education.participants": "study.participants", "legal_education.events": "study.sessions"}
# ... and what the study of law becomes when it teaches the public only (“法律明白人”培训6次, 村民法治培训).
PUBLIC_STUDY = {study: education for education, study in STAFF_STUDY.items()}
# People of the public (and firms, which legal education reaches too).
_PEOPLE_OF_THE_PUBLIC = "群众|居民|村民|市民|学生|青少年"
# The public trained (“法律明白人”培训, 村民法治培训), not a topic about them (为群众办实事专题学习).
LEARNING_PUBLIC = re.compile(f"(?:法律明白人|{_PEOPLE_OF_THE_PUBLIC})[”\"]?(?:法治|法律|普法)?(?:培训|学法|讲座)")
# Items handled in a new way (…事项实现“一站式审批”, 业务“一窗通办”) are the items of a service reform.
HANDLED_ITEMS = re.compile("事项|业务")
SERVICE_MODES = re.compile(_SERVICE_MODES)
# Work still under way (正在审核的5件, 尚未办结3件) is not work done.
PENDING = re.compile("正在|尚未|尚在|未办结|未审结")
# An average per place or per case (平均删减29条) is no count of work done.
AVERAGE = re.compile("平均")
# A body's own staff: what reaches them (以案释法研讨活动…覆盖民警700人次) is their study of law, not the
# legal education of the public, unless the public is reached too (覆盖干部群众).
STAFF = re.compile("民警|辅警|干警|干部|公务员|公职人员|工作人员|职工")
PUBLIC = re.compile(f"{_PEOPLE_OF_THE_PUBLIC}|企业")
# Titles name documents, not the thing counted (《关于开展政务服务事项…的通知》等各类文件20件).
TITLE_CONTENTS = re.compile(r"(?<=《)[^《》]*(?=》)")
ROUND_UNITS = frozenset({"次", "轮", "期"})  # how many times a piece of work was done (发布清单4期), not how much it did
PARTITION = "分"  # 分四批 / 分两轮 says how work was split up, not how much was done
LIST_UNITS = frozenset({"个", "份", "张", "批", "批次"})
# 法律顾问 as the actor of a sentence: the contracts, cases and decisions it worked on are its
# service figures (法律顾问…起草修改协议45件，参与行政诉讼53件) — but not a review of legality named as
# such (出具合法性审核意见书5份): that is the government's own review, whoever takes part in it.
ADVISER_ACTOR = re.compile("法律顾问|公职律师")
LEGALITY_REVIEW = re.compile("合法性审查|合法性审核|法制审核|法律审核")
ADVISER_WORK = frozenset({"legal_review", "litigation", "major_decisions"})
# … and any cases it helped with, where the adviser acts in the sentence (法律顾问参与审核合同3份，协助处理重大执法案件2宗):
# the adviser's help, not the cases handled (聘请法律顾问3名。全年协助公安机关处理案件20件 is the body's own help).
ADVISER_ASSISTS = re.compile("^协助")
ADVISER_ACTING = re.compile(r"(?:法律顾问|公职律师)(?:团队)?[^，,。；;]{0,4}?(?:参与|协助|审核|审查|起草|出具|提供|办理|代理|修改)")
LOOSE_DOCUMENTS = "documents"  # the domain of a bare 文件
NORMATIVE = "normative"
LEGALITY_REVIEWS = "legal_review"
# A subject with a verb of its own (为企业开展法律体检) does not take the action of the clause before.
OWN_VERBS = re.compile("开展|进行|组织|举办|提供|出具|召开|实行|实施|推行|为")
ADVISER_VERBS = re.compile("参与|起草|审查|审核|出具|提供|办理|代理|修改|论证|谈判|解答")


# A document's title after a verb of studying or teaching it (学习《…条例》, 专题辅导《…》).
STUDIED_TITLES = re.compile(r"((?:学习|辅导|培训|宣讲|讲解|解读)[^，,。；;《]{0,6})《[^《》]*》")


# A subject ending in a training class or meeting counts classes held, the topic before it only naming them.
TRAINING_CLASS = re.compile(r"培训(?:班|会)$")


def _without_laws_studied(context: str) -> str:
    """``context`` without the laws named as the matter of study (学习贯彻…、行政处罚法等专题辅导: no enforcement
    work), keeping those a clause applies (严格执行《行政复议法》，撤销…2件 is reconsideration work); and so the title
    of any document studied (重点学习《重大行政决策程序暂行条例》, no major decisions made)."""
    return STUDIED_TITLES.sub(r"\1《》", STUDIED_LAWS.sub(lambda clause: LAW_NAMES.sub("", clause.group()), context))


def _domain_in_context(context: str) -> _Domain | None:
    """The domain named nearest before the number (the last match), ties by priority."""
    best: tuple[int, int] | None = None
    found = None
    context = _without_laws_studied(context)
    for rank, domain in enumerate(DOMAINS):
        if not domain.in_context:
            continue
        for match in domain.words.finditer(context):
            key = (match.end(), -rank)
            if best is None or key > best:
                best, found = key, domain
    if found is not None and best is not None and found.name == LEGALITY_REVIEWS:
        return _reviewed_documents(CLAUSE_BREAKS.split(context[:best[0]])[-1]) or found
    return found


def _reviewed_documents(clause: str) -> _Domain | None:
    """The domain of the documents a legality review's clause names (对新制定的规范性文件进行合法性审核: their
    review is a measure of normative documents), or None for the review of anything else."""
    return next((d for d in DOMAINS if d.name == NORMATIVE and d.words.search(clause)), None)


def _action_in_context(domain: _Domain, unit: str, context: str) -> str | None:
    """The indicator of the action named nearest before the number in ``context``'s last sentence (保留 of
    "保留的政务服务事项515项，行政许可事项218项"), or its last two when the last breaks down the one before (下放…20项。
    其中，行政确认3项); exclusions (OTHER) stay with their clause, save a total's, whose parts are none of the work
    either (现行有效…86件，其中县政府60件), and sentences further back are of other work (a law
    cited, 《物业管理条例》。, names no materials of 开展…法治讲座4场)."""
    kinds = taxonomy()
    sentences = SENTENCE_END.split(context)
    if breakdown := BREAKDOWN.search(context):
        total = CLAUSE_BREAKS.split(context[:breakdown.start()].rstrip("，,：: "))[-1]
        if any(rule.indicator == OTHER and rule.action is not None and rule.action.search(total)
               for rule in domain.rules):
            return OTHER
    context = "。".join(sentences[-2:]) if breakdown else sentences[-1]
    best, found = -1, None
    for rule in domain.rules:
        if rule.action is None or rule.indicator == OTHER or not fits(kinds[rule.indicator].kind, unit):
            continue
        if counter(unit) == "人次" and kinds[rule.indicator].kind != "people":
            continue  # visits of people (受教育群众12万人次) are not the things an action before made
        for match in rule.action.finditer(context):
            if match.end() > best:
                best, found = match.end(), rule.indicator
    return found


def _named_action(domain: _Domain, unit: str, words: str) -> str | None:
    """The indicator of the first rule of ``domain`` whose action is in ``words`` and whose kind
    fits ``unit`` (OTHER for an exclusion), or None."""
    kinds = taxonomy()
    for rule in domain.rules:
        if rule.action is not None and rule.action.search(words) and (
                rule.indicator == OTHER or fits(kinds[rule.indicator].kind, unit)):
            return rule.indicator
    return None


def _pick(domain: _Domain, unit: str, words: str, subject: str | None, context: str = "",
          predicate: str = "") -> str | None:
    """The first rule of ``domain`` whose action is in ``words`` and whose kind fits ``unit``, or for
    the subject's own domain of things in ``predicate`` (the clause after the unit: 3507项行政职权在网站公布);
    else, for a subject that names no thing of its own, the action nearest in ``context``
    (调整5项 after "取消承接和调整行政许可事项"), then the domain's default rule; None when no
    rule applies. ``subject`` is None for the subject's own domain (a bare noun phrase); for a
    domain borrowed from the sentence before it is the metric's words before and after the
    number, which lend the domain only when too short to name a thing of their own (审结的 /
    人数达 after a clause on 行政复议 / 普法) or when they count the people it reached (覆盖民警),
    never to 新建公园, 召开会议 or 认领591项监管事项."""
    if domain.counts_things and counter(unit) in ROUND_UNITS:
        return OTHER
    named_action = _named_action(domain, unit, words)
    if named_action is None and subject is None and predicate and domain.counts_things:
        named_action = _named_action(domain, unit, predicate)  # what became of the things counted (公布3507项职权)
    if named_action is not None:
        return named_action
    kinds = taxonomy()
    bare = subject is None or (len(subject.strip()) <= SHORT_SUBJECT and not OWN_VERBS.search(subject)) \
        or (fits("people", unit) and REACHED.match(subject) is not None)
    if bare and context and not domain.needs_action and fits("count", unit) and not OWN_VERBS.search(words):
        nearest = _action_in_context(domain, unit, context)
        if nearest is not None:
            return nearest
    if domain.needs_action or not bare:
        return None
    for rule in domain.rules:
        if rule.action is None and (rule.indicator == OTHER or fits(kinds[rule.indicator].kind, unit)):
            return rule.indicator
    return None


def _is_a_count(unit: str) -> bool:
    """Whether a figure in ``unit`` counts things or people (not a rate, a sum or a duration)."""
    return fits("count", unit) or fits("people", unit)


def classify(subject: str, unit: str, after: str = "", context: str = "", activity: str = "",
             rest: str = "") -> str | None:
    """The indicator of :func:`_classify`, save that legal education given to a body's own staff only is
    their study of law (以案释法研讨活动10场，覆盖民警700人次; 机关干部法治大讲堂3次) and training given to the
    public only is legal education (“法律明白人”培训6次), and that items no rule
    files whose clause says how they are now handled (…事项实现“一站式审批”) are service items, and that copies
    of books count no study or event (征订…1198册 is OTHER; 评查案卷120本 stays a review), and that
    a time within which any matter is handled (不动产登记5个工作日内办结) or to which its time is cut
    (企业办证时间压缩至5个工作日) is a service's time limit, and kinds
    counted (电子证照种类182种) are OTHER. ``rest``
    is the sentence after the unit: its first clause is the figure's predicate, the next may name
    the people the work reached."""
    if counter(unit) in KIND_UNITS:
        return OTHER
    predicate = CLAUSE_END.split(rest, 1)[0]
    found = _classify(subject, unit, after, context, activity, predicate)
    if counter(unit) in COPY_UNITS and found in STUDY_OR_EVENTS:
        return OTHER
    if found is None and fits("duration", unit) and (DONE_WITHIN.search(predicate) or TIME_CUT.search(subject)
                                                       or (TIME_CUT_FROM.search(subject) and CUT_AFTER.match(predicate))) \
            and not DISPUTES.search(subject + CLAUSE_BREAKS.split(context)[-1]):
        return TIME_LIMIT
    people = subject + after + activity + _audience(rest)
    if found in STAFF_STUDY and STAFF.search(people) and not PUBLIC.search(people):
        return STAFF_STUDY[found]
    if found in PUBLIC_STUDY and LEARNING_PUBLIC.search(people) and not STAFF.search(people):
        return PUBLIC_STUDY[found]
    if (found is None and fits("count", unit) and HANDLED_ITEMS.search(after or subject)
            and SERVICE_MODES.search(predicate)):
        return "gov_services.items"
    return found


def _audience(rest: str) -> str:
    """The clause after a figure's own when it names the people the work reached (…，覆盖民警700余人次)."""
    clauses = CLAUSE_END.split(rest, 2)
    return clauses[1] if len(clauses) > 1 and REACHED.match(clauses[1]) else ""


def _mixed_examples(subject: str, context: str) -> bool:
    """Whether ``subject`` closes a list of items of different kinds with 等 and a head (禁毒、防汛、行政复议应诉等
    法治建设相关工作): the items are examples of the head's kind, which names what is counted; items of one
    domain (宪法宣传周、民法典宣传月等各类活动) name it for their generic head, and a breakdown's last part (其中…、
    …等其他服务33件) is the rest of its total."""
    if not context.endswith(LIST_JOIN) or LIST_CLOSE not in subject[:-1]:
        return False
    items = CLAUSE_BREAKS.split(context)[-1].split(LIST_JOIN)[:-1] + [subject[:subject.rindex(LIST_CLOSE)]]
    return len({next((d.name for d in DOMAINS if d.words.search(item)), None) for item in items}) > 1


def _documents_of_the_review_before(named: list[_Domain], context: str) -> list[_Domain]:
    """``named`` with the loose 文件 read as the documents of the legality review the sentence before names
    (强化送审文件、招商引资协议的合法性审查。…共计审查文件362件): a report says 规范性文件 when it means them."""
    if named and named[0].name == LOOSE_DOCUMENTS:
        nearest = _domain_in_context(context)
        if nearest is not None and nearest.name == LEGALITY_REVIEWS:
            return [nearest, *named[1:]]
    return named


def _bare_action_of_the_work_before(subject: str, after: str, unit: str, context: str,
                                    named: list[_Domain]) -> str | None:
    """The indicator of a subject that is nothing but an action of the work its sentence names before it, in another
    domain than the word's own (办理行政复议案件141件，调解75件: the 复议 cases mediated, no disputes of 人民调解), or None."""
    nearest = _domain_in_context(SENTENCE_END.split(context)[-1])
    if after or nearest is None or nearest in named:
        return None
    kinds = taxonomy()
    return next((rule.indicator for rule in nearest.rules
                 if rule.action is not None and rule.indicator != OTHER and rule.action.fullmatch(subject.strip())
                 and fits(kinds[rule.indicator].kind, unit)), None)


def _classify(subject: str, unit: str, after: str, context: str, activity: str, predicate: str = "") -> str | None:
    """The canonical indicator id of a metric: ``subject`` is the phrase before the number,
    ``after`` the noun right after its unit (50个法律顾问), ``context`` the sentences before
    the subject, ``activity`` what the people of a headcount took part in (参加专题培训班),
    which names the measure when the subject and the people (区管干部) name none, ``predicate`` the clause
    after the unit, whose action files a figure opening its clause (3507项行政职权在网站公布). OTHER when a
    rule says the figure is none of the taxonomy's measures (不予受理, 民事诉讼案件), None when
    no rule applies (the caller files it as OTHER or by its list).
    Every domain the subject names is tried in priority order, so the unit can pass a figure
    on (审批事项…办理时间20天 is no count of powers but a processing time)."""
    counted = after or subject
    if ((NOT_MEASURES.search(after) and not (counter(unit) in PERSON_UNITS and MEMBERS.search(after))
         and not (counter(unit) in ROUND_UNITS and GROUP_SESSIONS.search(after)))
            or HEADED_BY_BODIES.search(after)
            or (PLACES_REACHED.search(after) and not SET_UP_IN_EACH.search(predicate or after))
            or PLAN_ITEMS.search(counted) or PROBLEMS.search(counted)
            or subject.endswith(PARTITION) or (AVERAGE.search(subject) and _is_a_count(unit))
            or PENDING.search(subject + after) or HONOURS.search(subject + after) or WORKLOAD.search(subject + after)
            or (counter(unit) == "件" and ITEMS_HANDLED.search(subject))
            or (not after and COUNTED_BODIES.search(subject))
            or (unit in LIST_UNITS and LISTS.search(counted))
            or (counter(unit) in LAW_UNITS and LAWS_COUNTED.search(counted))
            or (_is_a_count(unit) and BEFORE_A_CHANGE.search(subject) and CHANGE_VERBS.match(after))):
        return OTHER
    listed = CLAUSE_BREAKS.split(context)[-1]
    closed = LIST_TOTAL.search(subject) or (subject.endswith(LIST_CLOSE) and not after)
    if context.endswith(LIST_JOIN) and closed:  # 主动公开各类文件、政策解读等共计3800条:
        subject, context = listed + subject, context[:-len(listed)]  # the total of the list, all of it
    elif _mixed_examples(subject, context) and not BREAKDOWN.search(context):  # its list lends no domain either
        subject, context = subject[subject.rindex(LIST_CLOSE) + 1:], context[:-len(listed)]
    words = LAW_NAMES.sub("", TITLE_CONTENTS.sub("", subject)) + after
    named = [d for d in DOMAINS if d.words.search(words)]
    if not subject.strip():  # the number opens its clause (21项重大决策全部经合法性审查): the noun
        named.sort(key=lambda d: d.words.search(words).start())  # right after it is what it counts
    elif TRAINING_CLASS.search(subject):  # 行政复议培训班2次: classes held, whatever their topic
        named.sort(key=lambda d: d.name != "study")
    if not named and activity:
        words += activity
        named = [d for d in DOMAINS if d.words.search(words)]
    named = _documents_of_the_review_before(named, context)
    total = _domain_in_context(context) if BREAKDOWN.search(context) else None
    if total is not None and (part := _named_action(total, unit, words)) is not None:
        return part
    if (ADVISER_ACTOR.search(context + words) and fits("count", unit) and not LEGALITY_REVIEW.search(words)
            and ((named[0].name in ADVISER_WORK
                  or (ADVISER_ASSISTS.search(words) and ADVISER_ACTING.search(SENTENCE_END.split(context)[-1])))
                 if named else ADVISER_VERBS.search(words))):
        return "legal_adviser.opinions"
    if named and (of_the_work_before := _bare_action_of_the_work_before(subject, after, unit, context, named)):
        return of_the_work_before
    for domain in named:
        # (what a headcount's people took part in says what they were counted for: 685名执法人员参加…培训)
        taken_part = activity if activity and _named_action(domain, unit, activity) else ""
        picked = _pick(domain, unit, words + taken_part, None, context, predicate)
        if picked is not None:
            return picked
    domain = _domain_in_context(context) if not named else None  # a named domain is a thing of its own
    if domain is not None:
        return _pick(domain, unit, words, words, context)
    return None

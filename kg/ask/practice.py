"""What a which-regions question asks about, and the wordings that state it.

Why: "N 个地区推行了 X" is only true if each region's report says X. So the answer
is built from paragraphs that contain the practice's name (or one of its known
variants) found by the exact index, never from paragraphs that are merely similar.
The name is what the question quotes, or else the object left once the question frame
(哪些地区 … 的党政主要负责人 … 开展了 … ？) is taken away. A question may ask for
alternatives (编制公布了权力清单或权责清单): each is a practice of its own. An object
that is a clause rather than a name (为小微企业开展了法律体检) is stated by a paragraph
holding its most distinctive words together (``key_words``), not by its literal text, or, as
questions paraphrase, by the next most distinctive ones (``key_word_sets``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from ingest.extract.agencies import OFFICE_WORD_GUARD
from ingest.metadata import DESCRIBED_YEAR_SENTENCE
from kg.ask.quantities import YEAR_WORDS
from kg.ask.understand import EXCLUSION_ASIDE, PLAN_SPAN_ASIDE
from search import synonyms

# "哪些县/哪些地方/哪几个市…" and the aspect or verb that introduces the practice.
_PLACE_NOUNS = r"(?:县市区|县区|县市|市县|区县|地方|地区|城市|省份|乡镇|街道|县|市|区|省|州|旗|村|镇|乡|社区|单位|部门)?"
# "哪些民族地区", "哪些沿海城市": a short modifier may stand before a place noun of two characters.
_MODIFIED_PLACE = r"(?:[\u4e00-\u9fff]{1,4}?(?:地区|地方|城市|县市|县区|区县|省份|部门|单位))"
# "多少个县…", "有几个地区…": how many regions, asked as which (the answer counts those it lists).
_HOW_MANY_PLACES = r"(?:有)?(?:多少|几)个?(?:" + _MODIFIED_PLACE + "|" + _PLACE_NOUNS.removesuffix("?") + ")"
_ASKING = r"(?:(?:哪些|哪几个|哪个|哪几|哪)" + r"(?:" + _MODIFIED_PLACE + "|" + _PLACE_NOUNS + ")|" + _HOW_MANY_PLACES + ")"
_FRAME = re.compile(r"^(?:[\w]*?)" + _ASKING)
# A comma clause that only asks (…审查的，有哪些地区？) says nothing of the practice.
_FRAME_ONLY = re.compile(r"^(?:都|还|共|又|分别)?(?:有|是)?" + _ASKING + r"(?:呢)?$")
# "在X方面，哪些地方…": the practice is X, the rest asks who (and what they did about it).
_TOPIC = re.compile(r"^在(.{2,}?)(?:方面|领域)[，,]")
# "在司法所建设方面有做法": a topic asked about with no practice of its own after it (做法, 创新…);
# the practice is the topic, and so it is of "在队伍建设上有做法" (any practice in it; 在调解工作上有
# 创新 asks for an innovation). (在执法领域开展了专项整治 names its practice after the topic: not this.)
_TOPIC_ONLY = re.compile(r"^在(.{2,}?)(?:(?:方面|领域)(?:有|的|上|取得)?(?:了)?(?:新的?|具体的?|哪些)?"
                         r"(?:做法|举措|措施|创新|成效|经验|亮点|特色|探索|成果)"
                         r"|上有(?:了)?(?:具体的?|哪些)?(?:做法|举措|措施))")
# "在报告中写到…", "在报告所述期间…": where and when the report says it, no part of the practice.
# (with how plainly it says so: 明确写到, 专门提到)
_SAYS_HOW = r"(?:明确|专门|具体|都|也|还|均|已)?"
_REPORT_FRAME = re.compile(r"(?:在|的)(?:本|其)?报告(?:中|里|所述期间|期间|年度)?(?:内)?(?:" + _SAYS_HOW
                           + r"(?:写到|写明|写了|提到|提及|谈到|说到|讲到|指出|表明|表示|说明|强调))?(?:了|过)?")
# Whose reports are asked about besides the regions' own (（含政府部门）, （含政府部门、园区）, and the kinds of place whose
# reports count, （含乡镇街道、片区）): the rest of such an aside after its 含, and the aside right after the frame, no
# part of the practice.
_BODIES_AFTER_HAN = r"[^（）()]*(?:部门|机关|单位|乡镇|街道|片区|园区|新区|开发区)(?:[、和及][^（）()、]{1,6})*[）)]"
_BODIES_ASKED = re.compile(r"^[（(]含" + _BODIES_AFTER_HAN)
# A practice summed up before a colon, its ways listed after it (规范重大行政决策：严格执行…规定、按程序推进…事项，或…):
# the ways are what a report states.
_SUMMED_UP = re.compile(r"^[^：:，,。；;（）()]{2,20}[：:]")
# "（含政府部门）写到…": the same frame with the report left unsaid, before the practice.
_SAYS = re.compile(r"^((?:[（(][^）)]*[）)])?)" + _SAYS_HOW + r"(?:写到|写明|写了|提到|提及|谈到|说到|讲到)(?:了|过)?")
_AFTER_VERB = re.compile(r"^\s*(?:或者|或|、)")  # what a verb taken off the front (建立或…) leaves
_EXCLUSION = re.compile(r"除了?[^，,。？?；;]{1,30}?(?:之|以)?外[，,]?")  # 除A外，哪些地方…
# An aside on how the question reads the reports (报告中使用这一提法, 报告点出这一委员会, 写出“以……为指导”): no
# practice's words.
_READING_ASIDE = re.compile(r"[（(][^（）()]*(?:报告(?:中|里|点出|写明|写到|提到|使用)|提法|字样|原文|表述|写出)[^（）()]*[）)]")
_EXCLUDING = re.compile(r"^(?:但|并且|且)?(?:不算|不包括|不含|不计|并非|而非|而不是)")  # a clause that excludes
# "A、B之类的X": A and B are examples of the practice X, each stated as itself; so are means listed before 等 and the
# kind of means they stand for (通过网络学院、在线学习等线上方式学习), or before 的 and their kind (通过案例剖析、案例研讨的
# 形式), not a 等 inside a word (高等院校等途径) nor one of many ways (等多种方式: its examples, 报纸、电视、网络, are any
# report's media).
_KIND_OF = re.compile(r"之类的?|一类的?|这样的|这类|(?P<means>等(?![多各])(?=[^等，,、]{0,6}?(?:方式|形式|渠道|途径))"
                      r"|的(?=(?:方式|形式|渠道|途径)))")  # (通过案例剖析、案例研讨的形式: the list is the means too)
# Means joined into one way (和, 与, 或, 相结合) rather than listed by 、 before 的方式 (案例剖析、案例研讨的形式).
_JOINED_MEANS = re.compile(r"[和及与或]|相结合")
# How long each means listed before 等 or 的 is, at least, to name one of its own (网络学院, 在线学习; not 报纸, 网络).
_OWN_MEANS_CHARS = 3
_LISTED_SEPARATOR = re.compile(r"[、和及与]|或者|或")  # between examples listed before 之类的 or 等
# Laws given as examples of the laws asked for (国家安全法等…方面的法律, 宪法、民法典等法律法规), after the verb that
# acts on them (学习): names ending in 法, 条例 or 法典, not the genre's words that end in 法 (执法, 以案释法, 普法).
_LAWS_FOR_EXAMPLE = re.compile(r"(?P<laws>(?:[\u4e00-\u9fff]{1,12}?(?:法|条例|法典)[、和及与])*"
                               r"[\u4e00-\u9fff]{1,12}?(?:法|条例|法典))等(?=[^，,]*(?:法律|法规))")
_NOT_LAWS = re.compile(r"(?:执法|释法|说法|普法|守法|用法|学法|立法|司法|依法|办法|方法|做法|想法|看法|合法|违法|讲法|述法)$")
# (坚持 before a verb keeps doing it: 坚持开展会前学法 states 会前学法)
_FRAME_ADVERBS = r"(?:在|已|已经|都|也|还|正在|曾|率先|全面|积极|大力|开始|先后|相继|明确|切实|主动|不断|持续|着力|注重|要|实际|真正|确实|坚持|自行)"
_VERB = re.compile(r"^" + _FRAME_ADVERBS + r"*"
                   r"(?:推行|实行|实施|建立|建成|建设|开展|召开|推进|推广|提出|出台|制定|设立|聘请|落实|贯彻|探索|试行|部署|参与|"
                   r"采取(?:了)?(?:有效|有力|多项|一系列)?措施|"
                   r"启动|完成|创建|创新|引入|采用|使用|运用|有|搞|做|组织|举办|打造|上线|开通|印发|执行|"
                   r"配备|配齐|聘任|聘用|引进|成立|组建|健全|完善|深化|开设|设置|发布|公布|培养|培育|选聘|试点|"
                   r"获评|荣获|获得|被评为|评为|入选|研究|审议|审定|听取|经过|强调|发挥|安排|纳入|列入|写入|放进|放入|"
                   r"推动|营造|提升|优化|加强|强化|列为|作为|接受|迎接|开办|担起|担负|扛起|压实|申报|争创|设有|建有|配有)"
                   r"(?:了|过|着)?")
# Verbs that also begin names (规范性文件, 宣传月): stripped only when followed by 了/过.
_NAME_OPENING_VERBS = (r"参加|参与|清理|规范|办理|细化|修订|修改|废止|学习|宣传|部署|选任|评为|担任|编制|公布|集中|提供|进行|旁听|履行"
                       r"|组织|通过|梳理|调整|充实")
_VERB_DONE = re.compile(r"^(?:被)?(?:" + _NAME_OPENING_VERBS + r")+(?:了|过)")
# "一批行政许可事项", "一系列措施": how many of a thing the question supposes, no word of its name.
_QUANTIFIER = re.compile(r"^(?:一批|一系列|一些|若干|多项|多个|多种|各类|各项|一项|一套)(?=[\u4e00-\u9fff]{2})")
_COPULA = re.compile(r"^是")  # 是法治政府建设示范区: the name follows
_VERB_JOINED = re.compile(r"^[、和与及]")  # 推动制定、修订了地方性法规: verbs in a row share the object
# 开展或参加X, 制定、印发或审议通过X: a verb after a joiner acts on the same object, even one that may
# begin a name elsewhere (参加 of 参加人员) and even without 了.
_JOINED_VERB = re.compile(r"^(?:[、和与及]|或者|或)" + _VERB_DONE.pattern.lstrip("^").replace(")+(?:了|过)", ")+(?:了|过)?"))
# A verb anywhere (the object starts after it), alternatives (A或B), and function words of clauses.
_VERB_INSIDE = re.compile(_VERB.pattern.lstrip("^") + "|" + _VERB_DONE.pattern.lstrip("^").replace(")+(?:了|过)", ")"))
# ... and one that may begin a name, without 了 before an alternative verb (调整或充实X): an action on X. (Verbs
# listed with 、 are asked together: 学习宣传、贯彻落实宪法, see ``_shared``.)
_VERB_BEFORE_ALTERNATIVE = re.compile(_VERB_DONE.pattern.replace(")+(?:了|过)", r")+(?=(?:或者|或)(?:")
                                      + _VERB_INSIDE.pattern + "))")
_ALTERNATIVES = re.compile(r"或者|或是|或|还是|，|,")
# "召开委员会会议来研究部署X": what follows 来 is the purpose of the practice before it, which reports
# state in words of their own (总结部署, 安排); after a means (通过中心组来学习X) it is the practice itself.
_PURPOSE = re.compile(r"来(?=" + _VERB_INSIDE.pattern + ")")
# A body's name right before what it does (…领导小组统筹推进…, …委员会负责…): the body is the practice, its work its purpose.
_BODY_DOING = re.compile(r"(?:领导小组|协调小组|工作小组|委员会|工作专班)(?=统筹|负责|牵头|协调|推动|推进|指导|督促)")
_SETTING_UP = re.compile(r"^(?:成立|设立|组建|建立|调整|健全|依托)")  # (the verbs that set a body up or lean on it)
_MEANS_WORDS = ("通过", "利用", "借助", "依托", "运用")
_MEANS = re.compile(r"^(?:" + "|".join(_MEANS_WORDS) + r"|用)")  # the means a practice is carried out by
_CLAUSES = re.compile(r"[，,]")
# "…，无论是证明事项还是行政审批": a clause that only says the practice counts whatever its scope
# names no practice of its own (行政审批 alone is not 告知承诺制).
_SCOPE = re.compile(r"^(?:无论|不论|不管)")
# "面向群众开展普法宣传": whom the practice reaches, the public at large, before its verb; reports name the practice
# without them (开展普法宣传) or with the public in words of their own (干部群众, 辖区居民).
_AUDIENCE = re.compile(r"^(?:面向|针对|向)(?:广大|全[县市区州省旗]|辖区)?(?:人民)?(?:群众|居民|村民|市民|公众|社会公众|社会)"
                       r"(?=开展|进行|组织|推进|加强)"
                       # ... or the bodies it is done to (对所属部门、下级地区开展了法治督察): a report names its
                       # own (对14个单位开展巡察, 对各乡镇开展督察), and the practice is what is done
                       r"|^对[^，,。对]{0,16}?(?:部门|单位|地区|乡镇|街道|机关|政府|县区|县市区|区县)(?:等单位)?"
                       r"(?=(?:开展|进行|组织|实施)了?)")
# "把A与B结合起来", "A同B相结合": a practice joined to other work.
_COMBINED = re.compile(r"^(?P<practice>[^，,]{4,}?)(?:与|同|和)(?P<work>[^，,]{2,}?)(?:有机|紧密)?(?:相)?结合(?:起来)?$")
# "运用法治思维和法治方式推动工作": a means and what it does; the means is the practice when what it does is any work.
_MEANS_FOR_WORK = re.compile(_MEANS.pattern + r"[^，,]{2,}?(?=(?:推动|推进|开展|做好|抓好|促进)(?:各项)?(?:工作)?$)")
# "全县（州）范围的…会议": the whole of the place is the scope of any report's work, no word that states a practice.
_WHOLE_SCOPE = re.compile(r"全[县区市州省旗](?:[（(][^）)]{1,6}[）)])?范围(?:内)?的?")
# "…，让党政主要负责人述法": a clause saying whom the practice makes act; who is made to act is
# the clause's subject, the causative verb no part of it.
_CAUSATIVE = re.compile(r"^(?:让|使|促使|要求)")
_NOUN_TAGS = "njl"  # jieba's tags of nouns, abbreviations and set phrases (n, nz, vn is a verb-noun: no)
# A short aside in brackets names a variant: 党委（党工委）, 依法治区（县、市）, or says what the practice holds
# (学法（学习习近平法治思想或宪法法律）: its 或 joins no alternatives of the clause); one beginning with 或
# is an alternative of its own (主要负责人（或主要负责同志）).
# A list of variants may run longer, each no longer than one (党的领导（党对法治政府建设的领导、党的全面领导）).
_VARIANTS = r"(?:[^（）()、，,]{1,12}[、，,])*[^（）()、，,]{1,12}"
_ASIDE = re.compile(r"[（(](?!或)(?:[^（）()]{1,16}|" + _VARIANTS + r")[）)]")
# An aside of examples (社区矫正工作（如未成年社区矫正对象的教育矫治）, 常务会议（包括会前学法）), however
# long: the practice is what it is an aside to, and the examples are alternatives of their own; so is one of what it
# includes (学习宪法（含习近平总书记关于宪法的重要论述）), but not of the bodies whose reports count (（含司法行政部门）).
_EXAMPLE_ASIDE = re.compile(r"[（(](?:如|例如|比如|譬如|包括|含(?!" + _BODIES_AFTER_HAN + r")(?=[^（）()]{5}))"
                            r"((?:[^（）()]|[（(][^（）()]{1,8}[）)])+)[）)]")  # (an example's own variant: 依法治县（区）)
_ALTERNATIVE_ASIDE = re.compile(r"[（(](或[^（）()]{1,12})[）)]")
# ... and a longer one is another clause of its own (…第一责任人职责（或落实、整改这一职责的督察问题）).
_ALTERNATIVE_CLAUSE_ASIDE = re.compile(r"[（(](或[^（）()]{13,})[）)]")
# ... but a preposition offered as the verb's alternative (制定了（或围绕）当年的工作要点) asks for the same object,
# however the report relates to it: no practice of its own.
# Prepositions of following a document (按照X): one that ends a row of verbs (制定、印发或按照X) is one of the verbs
# sharing X (``_without_leading_verb``).
_FOLLOWING_WORDS = ("按照", "依照", "根据", "依据", "对照")
_PREPOSITION_ASIDE = re.compile(r"[（(]或(?:围绕|" + "|".join(_FOLLOWING_WORDS) + r")[）)]")
# The meeting a clause sets its practice at (在政府常务会议上, 在党委理论学习中心组学习中); not an activity of the
# practice's own kind (在学法活动中结合案例讲解法律（以案释法…）: 以案释法 is said of any teaching of law).
_SETTING = re.compile(r"^在[^，,在]{2,14}?(?:会议|会|中心组(?:学习)?)(?:上|中)")
_AT_A_MEETING = re.compile(r"(?<=会议)上|(?<=务会)上")
# An aside listing names of the practice a clause describes (结合案例讲解法律（以案释法、以案说法））: see
# ``named_in_aside``.
_LISTING_ASIDE = re.compile(r"[（(]((?:[^（）()、，,]+[、，,])*[^（）()、，,]+)[）)]")
ASIDE_NAME = 4  # characters an aside's item has at least to be a practice's name (以案释法), not a variant (党工委)
# An aside of other names for the word before it (依法治区（旗、省）, 党委（党组）, 村（嘎查）), not one
# of examples, alternatives, scope or a quoted short name (（含政府部门）, （“两法衔接”）).
# What opens an aside of alternatives, examples, scope or exclusion (（或…）, （如…）, （含政府部门）, （不算…）): no
# other name of the words before it.
_NO_NAME_ASIDE = r"(?:或|如|例如|比如|譬如|含|包括|即|不|除|并非|而非)"
# An aside that lists what the practice takes in with 或 inside (示范创建（创建全国或市级法治政府建设示范区、巩固创建成果））,
# opened by none of those: its alternatives are the practice's, as a (或…) clause's are, not words of the name before it.
# Held to 17 characters or more: a shorter one says what the practice holds (学法（学习习近平法治思想或宪法法律）) or who
# acts (党政主要负责人（党委、政府主要负责人或县委书记）).
_ALTERNATIVES_ASIDE = re.compile(r"[（(](?!" + _NO_NAME_ASIDE + r")(?=[^（）()]{17,}[）)])([^（）()]{4,}或[^（）()]{4,})[）)]")
_VARIANT_ASIDE = re.compile(r"[（(](?!" + _NO_NAME_ASIDE + r"|[“\"])([^（）()]{1,12}|" + _VARIANTS + r")[）)]")
# "比如/例如 X": X is an example of the practice, stated as itself; the marker is no word of it.
_EXAMPLE = re.compile(r"^(?:比如|例如|譬如|诸如|包括)")
CLAUSE_LENGTH = 10  # a longer "name" is a description: 行政审批中介服务事项 is written 中介服务事项清单
_FUNCTION_WORD = re.compile(r"[的把为将对向于给到]")
# Words of the genre too common to tell a practice apart (they head many practices' names).
COMMON_WORDS = frozenset("政府 工作 部门 单位 地区 地方 全面 主要 相关 有关 国家 人员 开展 进行 组织 参加 实现 可以 "
                         "提供 事项 服务 管理 建设 法治 依法 行政 制度 机制 内容 通过 经过 党委 委员会 "
                         # what a report says of any work (报告…情况, 纳入重点, 研究文件): no practice alone
                         "情况 重点 文件 方面 "
                         # what is studied or carried out in every report (学习贯彻…重要讲话精神, 全会精神)
                         "重要 讲话 精神 "
                         # a report's year (年度法治建设 is any year's work)
                         "年度".split())
# The word a report names itself by: a name of it alone (年度报告 left by a list, 报告 by a time word taken off)
# is any report, though with what is reported and to whom (向党委报告) it tells a practice apart.
SELF_WORDS = frozenset({"报告"})
# Words by which a question points at each region itself (本地的实施方案, 当年的工作要点): a report
# says 我区/全市/2024年, never 本地, so they are no words that state a practice.
_DISPOSAL = re.compile(r"^(?:并且?|[把将])(?=[\u4e00-\u9fff]{2})")
# 把X作为…的重要任务 / 作为工作依据 / 作为…的一项主要工作: the role any work is given in a report, which reports seldom
# write; X is the practice.
# (A role of its own stays: 把合法性审查作为前置程序, 作为前置审核条件.)
# (and 着力点, 切入点, 成效 of the work it serves, one or several: 作为法治政府建设的着力点或成效)
# (The field it serves, when one of its own, stays: 作为普法的首要内容, see ``_role_dropped``.)
_ROLE_RANK = r"(?:重要|首要|重点|主要|一项|基本|根本)"
_ROLE = _ROLE_RANK + r"?(?:政治)?(?:任务|工作依据|依据|遵循|抓手|指引|着力点|切入点|突破口|成效)"
_AS_ROLE = re.compile(r"(?<=[\u4e00-\u9fff]{2})作为(?P<field>[^，,；;？?]{0,24}?)的?(?P<role>" + _ROLE + r"(?:[或、和]"
                      + _ROLE + r")*|" + _ROLE_RANK + r"+(?:工作|内容))(?=$|[，,；;？?])")
# A role of the first rank with no field (作为首要政治任务): a report gives it one work only, so the role tells reports
# apart (written of studying 习近平法治思想 by a few reports, where every report names the doctrine).
_FIRST_RANK = "首要"
_GIVING = "作为"  # what gives X its role (把X作为首要政治任务)
# The genre's sharing out of a work among its leaders (主要领导亲自抓、分管领导具体抓、责任部门抓落实的工作格局): the
# principal's part, then a deputy's, each a duty of a few words (负总责, 牵头挂帅, 具体负责); reports word the parts
# in their own ways (主要领导负总责、分管领导抓具体; 一把手亲自抓，分管领导具体抓; 行政首长牵头，分管领导具体负责), so
# one that shares out any work between the two ranks states it, and a question whose practice is that formula (its parts
# duties too) asks for it. Not the two ranks merely named together (主要负责同志和分管领导多次调研: no part of each), nor
# a group's make-up (主要负责人任组长、分管负责人任副组长).
_PRINCIPALS = ("主要领导", "主要负责人", "主要负责同志", "一把手", "行政首长")
_DEPUTIES = ("分管领导", "分管负责人", "分管负责同志", "分管副职")
# Each part a duty (亲自抓, 负总责, 牵头挂帅, 具体负责, 统筹抓, 督办), not a post (任组长), attending or speaking (出席, 讲话)
# nor the rank's own word going on (主要领导同志、分管领导同志参加)
_DUTY = r"(?:亲自|具体|统筹|牵头|挂帅|总责|负责|抓|督)"
_PART = rf"(?![和及与、，,]|任|担任|为|同志|干部)(?=[^、，,。；;和及与]{{0,5}}{_DUTY})[^、，,。；;和及与]{{1,6}}"
LEADERS_SHARING_OUT = re.compile(f"(?:{'|'.join(_PRINCIPALS)})[”\"]?{_PART}[、，,][“\"]?(?:{'|'.join(_DEPUTIES)}){_PART}")
# Words that point at a place, a time or a body from where the report stands: a report writes the one meant (我市,
# 2023年, and for 上级 the body above it: 被市委依法治市办命名为…, 向市政府报告), never the pointing word; for 同级 the
# body of its own level (向区人大常委会报告), though some write it (每年均向同级党委报告): no key word, a wording still.
DEICTIC_WORDS = frozenset("本地 当地 本地区 本级 同级 当年 本年 本年度 具体 上级".split())
# anywhere: 修订本地区的条例 is 修订条例, and 本省、市、区的方案 each level's own 方案 (not 本县和市场…: a word goes on); so
# is the asker's own body (本单位（本系统）年度工作要点: the report's own, which it names)
_PLACE_DEICTIC = re.compile(r"(?:本地区|本地|本[省市县区州旗](?:[、和或][省市县区州旗](?=[、和或的]))*|当地|本级|自己|自身"
                            r"|本单位|本部门|本系统)的?")
# "以本地名义的实施方案", "以市政府名义印发": in whose name a document is issued, no part of its name.
_IN_NAME_OF = re.compile(r"以[\u4e00-\u9fff]{0,6}?(?:[（(][^（）()]{1,6}[）)])?名义的?")  # (以本地（本级）名义)
_DEICTIC = re.compile(r"^(?:(?:本地区|本地|当地|本级|当年|本年度|本年)的?)+")
_TAIL = re.compile(r"[？?。！!，,]+$|(?:吗|呢|的做法|做法|工作|的)$")
# A verb that makes an alternative an action of its own (规范 of 规范性文件 does not).
_ACTION = re.compile(_VERB.pattern.lstrip("^") + "|" + _VERB_DONE.pattern.lstrip("^") + "|[到在对向为把将给于]")
# Where the shared predicate of coordinated subjects begins (干部或国家工作人员|到法院旁听庭审).
_PREDICATE = re.compile(_VERB_INSIDE.pattern + r"|[到在对向为把将给于]")
# Who acts, at the end of a subject (领导干部或主要负责人述法: 述法 is what both do).
_ACTOR = re.compile(r"(?:干部(?:职工)?|负责人|责任人|负责同志|一把手|工作人员|书记|班子成员)")  # (干部职工: staff, one actor)
# Who acts at the head of a practice, perhaps after whom it is organised for (组织领导干部述法, 为…).
_LEADING_ACTOR = re.compile(r"^(?:组织|[为对向让])?(?P<who>[\u4e00-\u9fff]{0,8}?" + _ACTOR.pattern + ")")
_DUTY = re.compile(r"职责|责任")  # 安全生产第一责任人职责: the duty of a role, not who acts
# Who acts, a person or a body, right before the verb: 的党委或政府制定了…, 的检察机关办理了….
_ACTOR_OR_BODY = re.compile(_ACTOR.pattern + r"$|(?:政府|党委|党工委|常委会|委员会|部门|机关|单位|机构)$")
# An object put before the verb (的政府对权责清单进行了动态调整): the verb's own object is the practice.
_PREPOSITION = re.compile(r"[对把将向为给]")
# Time and frequency words before a name: 年度述法 is written 年终述法, 述法; 年度立法计划 2021年立法计划.
_TIME_MODIFIER = re.compile(r"^(?:年度|年终|每年|全年|定期|常态化)")
# Before a place (到法院, 去法院, 在党政机关) or whom a practice is for (为企业优化营商环境): reports
# state the practice without either.
_LOCATIVE = re.compile(r"(?:[到在向赴去]|(?<![列作成视认称评改转])为)")  # (the 为 of 列为, 作为 is the verb's)
# The question asks for the region's own (本地自己的实施方案, 以本地名义, 本省的): see ``asks_own``.
_OWN = re.compile(r"本地|本省|本市|本县|本区|本州|自己的|自身的|以本地名义")
# ... and what it owns is a document (本地的实施方案, 本地当年的工作要点); not the place's development or work that
# the rule of law serves (为本地发展提供法治保障, 研究部署本地法治建设), which a report states of itself in any words.
_OWN_DOCUMENT = re.compile("方案|规划|纲要|要点|计划|意见|办法|规定|细则|目录|清单|文件|制度|条例|决定|通知|报告|安排")
_CLAUSE_END = re.compile(r"[，,；;？?]")
# ... made in the period the report covers (在报告所述期间制定…, 在报告年度内印发…, 当年印发…): one it only carries out was made
# before.
_MADE_IN_PERIOD = re.compile(r"报告所述期间|报告期内|报告年度|当年|本年度")
_CARRIED_OUT = re.compile(r"落实|贯彻|按照|根据|依据|对照|遵照|遵循|围绕")  # before a title: a document made before
_TITLES = re.compile(r"《[^《》]*》")  # whole titles in a clause, with the words inside them
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
SHARED_NAME = 4  # characters a name listed after another has at most to share its modifier (实施方案)
SPLIT_PIECE = 4  # characters each piece of a split name has at least (行政审批 | 中介服务事项)
OBJECT_NAME = 7  # characters a verb's object has at most to be a name its alternatives share the verb of (习近平法治思想)
ABBREVIATION_COVER = 0.6  # share of a clause an abbreviation's pieces must span (会前学法 of 开会前先…学法)
# Generic head nouns: "领导干部年度述法制度" is stated as "领导干部年度述法考评制度" or "…述法等制度".
GENERIC_HEADS = ("制度", "机制", "平台", "监管", "工作", "行动", "改革", "模式", "体系", "试点", "活动", "服务",
                 "措施", "办法", "举措")
_GENERIC_HEAD = re.compile(f"(?:{'|'.join(GENERIC_HEADS)})$")
# A count left as the core of a name (三项 of 三项制度): the name is what it counts, not a practice of its own.
_COUNT_CORE = re.compile(r"[一二两三四五六七八九十]{1,2}[项个类张件条大种]")
CAMPAIGN_WORDS = ("创建", "争创")  # striving for a title: 示范创建, 争创示范县
_CAMPAIGN = re.compile(f"(?:{'|'.join(CAMPAIGN_WORDS)})(?:工作|活动)?$")
_QUOTED = re.compile(r"[“\"《]([^”\"《》]{2,40})[”\"》]")
# What a quoted name is said to be, after it: “四个亲自”，即重要工作亲自部署、重大问题亲自过问… (or （即…）).
_DEFINED = re.compile(r"[”\"》][，,]?[（(]?即([^，,。？?；;（）()]{4,60})")
# ... or the parts an aside right after it lists, their shared head written once: “四个亲自”（亲自部署、过问、协调、督办）.
_SPELLED_OUT = re.compile(r"[”\"][（(]((?!或|如|即)[^（）()、]{2,12}(?:、[^（）()、]{1,12})+)[）)]")
# ... or the whole name an aside after it and its head spells in full, ending as the head does (“八五”普法规划（第八个
# 五年法治宣传教育规划）), not words said of it (“八五”普法中期评估（2023年度工作）, “谁执法谁普法”责任制（以清单方式明确责任）).
_IN_FULL = re.compile(r"[”\"][\u4e00-\u9fff]{0,4}(?P<end>[\u4e00-\u9fff]{2})[（(]([\u4e00-\u9fff]{4,28}(?P=end))[）)]")
_WORK_OF = re.compile(r"(?<=\w{2})建设(?:工作)?$")  # 法治政府建设 (或法治建设纳入考核): the work of 法治政府, no verb
_INNER_BUILDING = re.compile(r"(?<=\w{2})建设(?=\w{2})")  # 法治建设督察: the work of 法治 inside a name
_INNER_PUNCT = re.compile(r"[、·，,\s]")
# The 行政 of the genre's two administrative things, which reports as often leave out (重大决策事项目录, 规范性文件清理)
# (not of either at a term's end: 重大决策 alone is also the centre's, 党中央重大决策部署; 规范性文件 is every report's)
_ADMINISTRATIVE = re.compile(r"(?<=重大)行政(?=决策[\u4e00-\u9fff])|行政(?=规范性文件[\u4e00-\u9fff])")
# The span of years in a title's brackets, written with its 年 or without: 纲要（2021—2025年）, 纲要(2021—2025)
_DASHES = "—–－―~～-"  # the dashes a span of years is written with (2021—2025年, 2021-2025年, 2021～2025年)
_SPAN_YEAR = re.compile(r"(?<=\d{4}[" + re.escape(_DASHES) + r"至到]\d{4})年(?=[）)])")
_INNER_MANNER = re.compile(r"(?<=\w{2})专题(?=\w{2})")  # 法治专题讲座 is written 法治讲座 (or 专题法治讲座)
# A course named by its topic and its kind (法治专题培训班, 习近平法治思想专题讲座): reports write more of the topic
# between them (法治政府建设专题培训班, 习近平法治思想暨法治素养提升专题培训班).
_TOPICAL_COURSE = re.compile(r"(?P<topic>[\u4e00-\u9fff]{2,10}?)(?P<course>专题(?:培训班|培训|讲座|研讨班|读书班|辅导))")
_QUOTE_MARKS = re.compile(r"[“”\"]")
# A quoted name listed beside unquoted ones (深化“放管服”改革、简政放权或行政审批制度改革, 建设综合窗口或推行“一窗通办”,
# 开展宣讲（主题宣讲）或“八进”活动):
# each alternative is a practice of its own, not only the quoted one (a list of what a quoted name sums up,
# 行政执法公示、…法制审核“三项制度”, joins no alternative to it).
_QUOTED_AMONG_ALTERNATIVES = re.compile(r"”[\u4e00-\u9fff]{0,4}(?:或|、)(?![“\"])[\u4e00-\u9fff]{2}"
                                        r"|(?<![”\"])(?:[\u4e00-\u9fff]{2}|[）)])(?:或|、)[\u4e00-\u9fff]{0,2}[“\"]"
                                        r"|[，,](?:或者|或是|或)")  # (…亲自督办，或形成“主要领导亲自抓”的格局)


# How a "how" question asks (各地如何…, 湖州怎样…, 在X方面有什么不同): taken off, the rest names the practice.
_HOW_FRAME = re.compile(r"(?:各地|各县(?:市区)?|各区县|各市|各省)(?:是)?|(?:是)?(?:如何|怎样|怎么样?|怎么)|"
                        r"(?:有|存在)?(?:什么|何|哪些)(?:不同|区别|差异|异同)|采取了?(?:哪些|什么)(?:措施|做法|办法)|"
                        r"(?:有|做了|开展了)(?:哪些|什么)(?:做法|工作|举措|经验)")


def how_terms(question: str, places: list[str]) -> list[str]:
    """The practices a "how" question asks about (各地如何推进法律顾问制度 → 法律顾问制度), read as
    the which-regions question it amounts to, without its places (全 and short names) and the words
    joining them (始兴县和阜康市在普法方面…)."""
    text = question
    for place in sorted(places, key=len, reverse=True):
        text = text.replace(place, "\x00")
    text = re.sub("\x00(?:[和与及、，,]|以及)*", "", text)
    rest = _HOW_FRAME.sub("", text).strip().rstrip("？?。")
    rest = re.sub(r"^在(.{2,12}?)(?:方面|领域)的?(?:工作)?(?:情况)?$", r"\1", rest)  # 在普法方面 (有什么不同): 普法
    return practice_terms("哪些地区" + rest, [])


_EMPTY_BRACKETS = re.compile(r"[（(]\s*[）)]")
# "X精神或其决策部署": an alternative of what the object brings with it (its 决策部署, 要求), stated by the object's name;
# and so an aside naming the object's forms with one (应知应会党内法规和国家法律（清单制度或其学习内容）): each is the
# object's, stated by its name, no practice of its own. (An aside offering only its parts, 委员会会议（或其办公室会议）,
# names bodies: ``_its_resolved``.)
_ITS_ALTERNATIVE = re.compile(r"(?:或者|或)其(?![他它余])[^\W的]{2,6}(?=[？?。，,]|$)"
                               r"|[（(](?!或)[^（）()]+(?:或者|或)其(?![他它余])[^（）()]*[）)]")
_ASIDES_BLANKED = re.compile(r"[（(][^（）()]*[）)]")
# "覆盖2021—2025年的规划": the span a plan covers (``plan_span_words``), no word of the plan's name.
_COVERING = re.compile(r"覆盖(?=(?:“[^”]{1,6}”)?(?:时期)?[（(]?(?:19|20)\d{2})")
# A document carried out as the purpose of making one's own (为贯彻《法治政府建设实施纲要》制定了本地的法治政府建设实施
# 方案): the practice is the document made, which a report names without the one it carries out (制定《房县法治政府建设
# 实施方案》), when it is named by the same matter (``_carried_out_by_making``).
_CARRIED_OUT_BY_MAKING = re.compile(r"为(?:了)?(?:贯彻落实|贯彻|落实|实施|执行)(?:好)?《(?P<title>[^《》]+)》(?:精神|要求)?[，,]?"
                                    r"(?=(?:制定|印发|出台|编制|起草)(?:了|或|、)?)")
SHARED_MATTER = 4  # characters a made document's name shares with the one it carries out, to be named by its matter


def _carried_out_by_making(question: str) -> str:
    """``question`` without the document it says its practice carries out, when the document made is named by the
    same matter (法治政府建设实施纲要 → 法治政府建设实施方案); else as it is: a plan named only by its kind
    (制定了实施方案或工作方案, 任务分工方案) is told apart by what it carries out."""
    match = _CARRIED_OUT_BY_MAKING.search(question)
    if match is None:
        return question
    title, made = match.group("title"), question[match.end():]
    shared = any(title[i:i + SHARED_MATTER] in made for i in range(len(title) - SHARED_MATTER + 1))
    return question[:match.start()] + made if shared else question


# The people a practice is for, listed with 或 before its verb (为领导干部、机关干部或行政执法人员举办法治培训): one list of
# them, not alternatives of their own (为领导干部、机关干部 alone is no practice).
_PEOPLE_SERVED_OR = re.compile(r"(?<=[为给对向])(?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8}?(?:或者|或)[\u4e00-\u9fff]{2,8}?"
                               r"(?:干部|人员|职工|群众|居民|村民|学生|企业)(?=举办|开展|组织|进行)")

# Meetings listed as where one thing is done (在党委会议、政府常务会议或主任办公会上安排会前学法): each is a setting of
# its own for what follows, not a practice alone (政府常务会议 alone is any standing meeting's business).
_LISTED_MEETING_HEAD = r"(?:会议|会|中心组(?:学习)?)(?:[（(][^（）()]{1,8}[）)])?"
_MEETING_ITEM = r"[^，,。；;、在上或（）()]{2,12}(?:[（(][^（）()]{1,8}[）)][^，,。；;、在上或（）()]{0,6})?" + _LISTED_MEETING_HEAD
_MEETINGS_LISTED = re.compile(r"在((?:" + _MEETING_ITEM + r"(?:、|或者|或))+" + _MEETING_ITEM + r")(上|中)([^，,。；;？?]+)")
_MEETING_SEPARATOR = re.compile(r"(?:、|或者|或)(?![^（(]*[）)])")  # (not inside an aside: 党委（党组、党工委）会议)


def _meetings_written_out(question: str) -> str:
    """The question with each listed meeting given what is done at it (在A上学法，或在B上学法)."""
    return _MEETINGS_LISTED.sub(lambda m: "，或".join(f"在{meeting}{m.group(2)}{m.group(3)}"
                                                     for meeting in _MEETING_SEPARATOR.split(m.group(1))), question)


def practice_terms(question: str, regions: list[str]) -> list[str]:
    """The practices the question asks about: its quoted names, else each alternative object
    left after the frame (wherever it stands), the actor (…的党政主要负责人) and the verb."""
    # (a plan's years with its period's name beside them, （2021—2025年或“十四五”）, name no practice; a title's years stay)
    question = PLAN_SPAN_ASIDE.sub(lambda span: "" if span["period"] else span.group(),
                                   _READING_ASIDE.sub("", _carried_out_by_making(question)))
    question = _PEOPLE_SERVED_OR.sub(lambda m: m.group().replace("或者", "、").replace("或", "、"), question)
    question = _meetings_written_out(question)
    quoted = quoted_names(EXCLUSION_ASIDE.sub("", question))  # (a name quoted only to exclude it is not asked)
    examples_only = quoted and all(any(q in m.group(1) for m in _EXAMPLE_ASIDE.finditer(question)) for q in quoted)
    among = _QUOTED_AMONG_ALTERNATIVES.search(question) is not None
    if quoted and not all(_ACTOR.fullmatch(q) for q in quoted) and not examples_only and not among:
        # (names quoted only among examples (如巡回宣讲、“进企业”) are examples like the others; what a name is said to
        # be (“四个亲自”，即重要工作亲自部署、…) states it as the name does)
        in_full = [m.group(2) for m in _IN_FULL.finditer(question)]
        spelled = quoted_spellings(question)
        return [spelling for name in quoted for spelling in spelled.get(name, [name])] + [
            m.group(1) for m in _DEFINED.finditer(question)] + in_full + [
            _with_head_written_out(m.group(1)) for m in _SPELLED_OUT.finditer(question)]
    text = _QUOTE_MARKS.sub("", question) if quoted else question  # only who acts is quoted (“一把手”)
    for region in regions:
        text = text.replace(region, "")
    text = _EMPTY_BRACKETS.sub("", YEAR_WORDS.sub("", _COVERING.sub("", text))).strip()  # (实施方案（2016—2020年）)
    text = _ITS_ALTERNATIVE.sub("", text)
    text = _EXCLUSION.sub("", EXCLUSION_ASIDE.sub("", _PREPOSITION_ASIDE.sub("", text)))
    if topic := _TOPIC.match(text):
        text = topic.group(1)
    else:
        clauses = [c for c in re.split(r"[，,；;]", text) if not _FRAME_ONLY.match(_strip_tail(c.strip()))
                   and not _EXCLUDING.match(c.strip())]
        # "为企业优化营商环境，哪些地方拿出了具体措施": the topic comes first, the asking clause after
        # it only says who acted on it.
        clauses = [c for i, c in enumerate(clauses) if i == 0 or not _FRAME.match(c.strip())]
        text = _SAYS.sub(r"\1", _REPORT_FRAME.sub("", _FRAME.sub("", "，".join(clauses).strip())))
        text = _BODIES_ASKED.sub("", text)  # (（含政府部门）成立、调整或充实…: the verbs lead)
        text = _SUMMED_UP.sub("", text)
        if topic := _TOPIC_ONLY.match(text):  # (在司法所建设方面: the 建设 of 司法所 is any work on it)
            # (the examples a question gives after it are practices of the topic too: …举措，例如编制决策目录)
            examples = text[topic.end():] if _EXAMPLE.match(text[topic.end():].lstrip("，,")) else ""
            text = re.sub(r"(?<=\w{3})(?:建设|工作)$", "", topic.group(1)) + examples
    if text.startswith("的"):  # an actor first: 的党政主要负责人开展了… (not a preposition: 为X提供了…)
        # (法治政府建设情况: no verb 建设; nor one in an aside, 法治政府（法治建设）情况)
        verb = _VERB_INSIDE.search(_ASIDES_BLANKED.sub(lambda m: "\x00" * len(m.group()),
                                                       _INNER_BUILDING.sub("\x00\x00", text)))
        actor = _bare_actor(text[:verb.start()]) if verb else ""
        # (a verb with nothing after it, 把X放到网站上公布, leaves the practice in front of it)
        # (nor when a body of its own does any work of the genre, 的党委常委会专门研究法治建设工作: the
        # body is then what tells the practice apart; 政府 or 党委 are every region's)
        body = verb is not None and _ACTOR_OR_BODY.search(actor) is not None and not _PREPOSITION.search(actor) \
            and not _generic(actor)
        done = _strip_tail(_strip_verbs(_CLAUSES.split(text[verb.start():])[0])) if body else ""
        if verb and (_ACTOR_OR_BODY.search(actor) or _PREPOSITION.search(actor)) and \
                len(_strip_tail(text[verb.end():])) >= 2 and not (body and _generic(done)):  # not 的常务会议安排了学法
            text = text[verb.start():]
    # (以本地名义制定了X: the verb after the frame leads)
    text = _combined_with_any_work(_strip_tail(_IN_NAME_OF.sub("", _AS_ROLE.sub(_role_dropped,
                                                                                  _WHOLE_SCOPE.sub("", text)))))
    set_up = _SETTING_UP.match(text) is not None  # (成立…领导小组统筹推进…: the body set up is asked, ``_before_purpose``)
    verbless = _strip_verbs(text)
    verbless = text if _generic(_strip_tail(verbless)) else verbless  # (the verb on any work is kept below)
    after_verb = verbless != text and _AFTER_VERB.match(verbless) is not None  # 建立或升级了X: 建立 went
    text = _EMPTY_BRACKETS.sub("", _PLACE_DEICTIC.sub("", verbless))  # (本省（本市）: nothing left of either)
    examples = [example for m in _EXAMPLE_ASIDE.finditer(text) for example in _examples_in_place(text, m)]
    text = _EXAMPLE_ASIDE.sub("", text)
    # (names of what is done at a meeting are done there: 在政府常务会议上学法（专题学法、由部门负责人讲法）)
    names = [(m.group(), [(setting.group() if (setting := _SETTING.match(text[:m.start()])) else "") + name
                          for name in named]) for m in _LISTING_ASIDE.finditer(text)
             if (named := named_in_aside(text[:m.start()], m.group(1), text[m.end():]))]
    for aside, named in names:
        text = text.replace(aside, "", 1)
        examples += named
    text = _kinds_of("，".join([text] + examples))
    terms = []
    text = _with_variants_written_out(_ALTERNATIVES_ASIDE.sub(r"，\1", _ALTERNATIVE_CLAUSE_ASIDE.sub(r"，\1", text)))
    clauses = _placing_shared([_CAUSATIVE.sub("", c.strip())
                               for c in _CLAUSES.split(_ALTERNATIVE_ASIDE.sub(r"\1", _ASIDE.sub("", text)))
                               if not _SCOPE.match(c.strip())])
    alternatives = [a for i, clause in enumerate(clauses)
                    for a in _shared(_after_bare_verbs([a.strip() for a in _ALTERNATIVES.split(clause) if a.strip()],
                                                       after_verb and i == 0))]
    for alternative in alternatives:
        if not _MEANS.match(alternative):
            alternative = _followed(_before_purpose(alternative, set_up))
        acted = _strip_tail(_DEICTIC.sub("", _EXAMPLE.sub("", _AUDIENCE.sub("", _combined_with_any_work(alternative)))))
        alternative = _QUANTIFIER.sub("", _strip_tail(_strip_verbs(acted)))
        verbs = [re.sub(f"^{_FRAME_ADVERBS}+|[了过着]$", "", m.group())
                 for m in _VERB_INSIDE.finditer(acted[:acted.rfind(alternative)])] if _generic(alternative) else []
        if verbs and verbs[-1] not in COMMON_WORDS:  # 研究部署法治政府建设: 部署法治政府建设 (开展 is any work's)
            alternative = verbs[-1] + alternative
        alternative = _DEICTIC.sub("", alternative).lstrip("的")  # 的 of a place taken away (哪些地方的…)
        alternative = _DISPOSAL.sub("", alternative)  # 把依法行政纳入…, 并公开…: 把 moves the object first, 并 joins
        if len(alternative) > 2 or (len(alternative) == 2 and not _VERB_INSIDE.fullmatch(alternative)):
            terms.append(alternative)  # a bare verb (清理 of 清理或规范了X) shares the next one's object
    terms = [_its_resolved(term, terms[:i], quoted) for i, term in enumerate(terms)]
    terms = [q for q in quoted if among and not _ACTOR.fullmatch(q)] + terms  # (a quoted actor, “一把手”, is who acts)
    terms += quoted if examples_only else []  # (a quoted example is stated as written, as any quoted name)
    terms = [listed for term in terms for listed in listed_objects(term)]
    if _SAFEGUARD.search(question):  # (为本地经济社会发展或“十四五”开局提供法治保障: what it is for is no practice)
        terms = [term for term in terms if not _BENEFICIARY_ALONE.match(term) or _VERB_INSIDE.search(term[1:])] or terms
    # (党政主要负责人、单位负责人述法: a listed actor alone, 党政主要负责人, says who acts, not what is done)
    terms = [term for term in terms if not _only_actor(term)] or terms
    terms = [done for term in terms for done in (term, *_done_to(term), *_the_example(term))]
    terms += [spelled for term in terms for written, variant, after in aside_variants(question)
              if (spelled := _spelled_as_aside_says(term, written, variant, after))]
    terms = list(dict.fromkeys(terms))
    return [term for term in terms if not _generic(term) and not _furthering_any_work(term)] or terms


# 其 as "its" (其办公室, 其实施情况), not of 其他, 其中, 其余, 其次 or 其实
_ITS_WORD = r"其(?![他它余中次]|实(?!施))"
# ... standing for what the alternative before acts on (落实普法责任制，或为其制定清单), after a preposition (not 其常委会
# alone: its own body).
_ITS_OBJECT = re.compile(r"^(?:为|对|给|向)" + _ITS_WORD)


def _its_resolved(term: str, before: list[str], quoted: list[str]) -> str:
    """``term`` with its leading 其 written as the object of the alternative before it (为其制定清单 after
    落实普法责任制: 为普法责任制制定清单): a report names what the list is for, and the pronoun alone would leave
    only words any report says (制定, 清单). As it is where no name stands before it (a clause's object is not
    told apart from its verbs: 按照《纲要》推进法治政府建设，或对其…); a quoted name is a name, whatever verbs it
    holds (“谁执法谁普法”普法责任制)."""
    its = _ITS_OBJECT.match(term)
    if its is None or not before:
        return term
    unquoted = re.sub("|".join(map(re.escape, quoted)), "", before[-1]) if quoted else before[-1]
    return term if unquoted and is_clause(unquoted) else term[:its.end() - 1] + before[-1] + term[its.end():]


# Verbs of furthering any work (推进法治建设, 加强法治建设): with the genre's common words only after them, what every report
# does, no practice beside a more specific alternative (召开…委员会会议，部署推进法治建设).
_FURTHERING = re.compile(r"^(?:部署)?(?:推进|推动|加强)")


def _role_dropped(role: re.Match[str]) -> str:
    """The role a question gives its practice, left out where what it serves is any report's work (作为法治政府建设的
    重要任务), kept where that is a field of its own (作为全民普法的首要任务, ``given_role``) or there is no field and the
    role is of the first rank (作为首要政治任务)."""
    return role.group() if _own_field(role["field"]) or _first_rank_in_no_field(role) else ""


def _first_rank_in_no_field(role: re.Match[str]) -> bool:
    """Whether an ``_AS_ROLE`` match gives a role of the first rank in no field (作为首要政治任务)."""
    return not role["field"] and role["role"].startswith(_FIRST_RANK)


def _own_field(field: str) -> bool:
    """Whether the ``field`` a role serves (作为{field}的首要任务) is one of its own: not any report's work (法治政府建设),
    nor several (推进法治建设或司法行政工作), nor a verb of studying (宣传, as 普法（宣传） is also read: 学习宣传X is
    what every report writes of X, whatever role it gives X)."""
    return len(field) >= 2 and not _ALTERNATIVES.search(field) and field not in STUDY_VERBS \
        and not _generic(_strip_verbs(field))


class GivenRole(NamedTuple):
    """What a question's term gives a role (``held``), the field the role serves ("" for none) and the role itself."""
    held: str
    field: str
    role: str


def given_role(term: str) -> GivenRole | None:
    """The role a ``term`` gives X, kept by ``_role_dropped``. In a field (习近平法治思想作为普法的首要内容): where the
    field is one of its own, a report that does so gives X the role with the field beside it (作为我县“八五”普法首要
    内容, 作为普法宣传的首要任务); X alone is what every report names, and the role's rank (首要) what every report
    gives some other work. In no field, a role of the first rank (学习贯彻习近平法治思想作为首要政治任务). None for a
    term that gives no role kept."""
    role = _AS_ROLE.search(term)
    if not role or not (role["field"] or _first_rank_in_no_field(role)):
        return None
    return GivenRole(term[:role.start()], role["field"], role["role"])


def _furthering_any_work(term: str) -> bool:
    """Whether ``term`` furthers the genre's common work only (推进法治建设, 部署推进依法治区 is not: 依法治区 is no
    common word)."""
    match = _FURTHERING.match(term)
    return match is not None and match.end() < len(term) and _generic(term[match.end():])


# "发挥藏语文等少数民族语言文字在普法中的作用": an example before 等 and the kind it stands for, then what is said of it.
_EXAMPLE_OF_KIND = re.compile(r"(?<=[\u4e00-\u9fff]{2})等(?P<kind>[\u4e00-\u9fff]{3,12}?)(?=在|对|开展|开设|进行|提供|实现)")


def _with_head_written_out(listing: str) -> str:
    """A listing whose first item alone carries the head the others share (亲自部署、过问、协调、督办), with the head
    before each (亲自部署、亲自过问、亲自协调、亲自督办), as reports write it; else as it is."""
    first, *rest = listing.split("、")
    size = len(first) - len(rest[0])
    if size <= 0 or any(len(item) != len(rest[0]) or item.startswith(first[:size]) for item in rest):
        return listing
    return "、".join([first] + [first[:size] + item for item in rest])


def _the_example(term: str) -> list[str]:
    """``term`` said of the example it gives before 等 alone (藏语文在普法中的作用 of 藏语文等少数民族语言文字在
    普法中的作用): a report names its own case, not the kind the question generalises to."""
    match = _EXAMPLE_OF_KIND.search(term)
    return [term[:match.start()] + term[match.end():]] if match else []


# "对拟提拔任用的领导干部进行任前法律知识考试": whom or what a practice is done to, before the practice.
_DONE_TO = re.compile(r"^[对向为给](?P<whom>[^，,]{2,}?)(?:进行|开展|实行|实施|组织|举行|举办)(?:了|过)?(?P<practice>[^，,]{4,})$")


def _done_to(term: str) -> list[str]:
    """The practice a term names after whom it is done to (对拟提任干部进行任前法律知识考试 → 任前法律知识
    考试), when it is a name (no clause): reports name it without the question's description of whom.
    Only people (``_ACTOR``): what it is done to (对政府合同开展合法性审查) is part of the practice."""
    match = _DONE_TO.match(term)
    practice = match.group("practice") if match and _ACTOR.search(match.group("whom")) else ""
    return [practice] if practice and not is_clause(_INNER_BUILDING.sub("", practice)) else []


LISTED_NAME = 3  # characters each name listed with 、 has at least to be a practice of its own (工作清单)


def listed_objects(term: str) -> list[str]:
    """``term`` and, when it lists names with 、 (开展了专题调研、调查研究; 纳入绩效考核、领导班子考核
    评价), each of them with what the first one's verb and actor say (开展了调查研究): a question lists
    alternatives so, any one of which a report states alone. Names of ``LISTED_NAME`` characters or
    more that begin with no verb and the last with no function word (下属地区、部门的法治建设 lists whose
    法治建设 it is) (清理、规范 share an object: ``_after_bare_verbs``; 调查研究 and 重点工作安排
    are names); a quoted name (“双随机、一公开”) is never read here (``practice_terms`` returns it first).
    The 建设 inside a name (法治政府建设工作要点) is no verb that others share. A name that differs from
    the last one in its last character takes the last one's head (依法治县、依法治区工作要点: 依法治县工作要点). A
    first one as short (在市、县两级…) lists places or levels, no practice."""
    if occasions := _occasions_sharing_words(term):
        return [term, *occasions]
    first, *later = term.split("、")
    if later and (shared := _verbs_sharing_object(first, later) or _names_sharing_predicate(first, later)):
        return [term, *shared]
    if later and all(map(_is_verb_clause, later)) and (_acts_on_its_own(first) or _names_a_thing(first) and all(
            _VERB.match(name) for name in later)) and not any(_FUNCTION_WORD.search(name) for name in [first, *later]):
        # 依法全面履行政府职能、转变政府职能: each a practice with its own verb; so too after a name whose verb went
        # before (建立|法治督察制度、开展全面法治督察)
        return [term, first, *later]
    if not later or _FUNCTION_WORD.search(later[-1]) or len(first) < LISTED_NAME or any(
            len(name) < LISTED_NAME or _common_compound(name) or _VERB.match(name) or _starts_with_verb(name)
            or _only_verbs(name) for name in later):
        return [term]
    last = later[-1]  # 依法治县、依法治区工作要点: the head the last one ends in is the earlier ones' too
    first, *later = [name + last[len(name):] if len(name) < len(last) and last.startswith(name[:-1])
                     and last[len(name) - 1] != name[-1] and len(name) in _word_ends(last) else name
                     for name in [first, *later]]  # (宪法日、宪法宣传周活动: 宣传周 is a word, no head after 宪法宣)
    # ... and a head after a compound of the genre's words is a listed compound's too (依法行政、法治政府建设工作领导小组:
    # 依法行政领导小组; 依法行政 alone is any report's)
    if (head := _head_after_compound(last)) and _common_compound(first):
        first = first + head
    # ... and a kind of document it is named as is theirs (法治政府建设、依法治县工作要点: 法治政府建设工作要点;
    # not a plan it is placed in: 法治建设、法治政府建设纳入发展规划)
    placed = _VERB_INSIDE.search(_INNER_BUILDING.sub("\x00\x00", last)) is not None
    if (kind := _LISTED_HEAD.search(last)) is not None and not placed:
        first, *later = [name if _LISTED_HEAD.search(name) else name + kind.group() for name in [first, *later]]
    ends = [m.end() for m in _VERB_INSIDE.finditer(_INNER_BUILDING.sub("\x00\x00", first)) if len(first) - m.end() >= 2]
    lead = first[:ends[-1]] if ends else ""  # (the verb acting on the first name: 宣传 of 开展法治宣传 is the name's)
    if not lead and (meeting := _LEADING_MEETING.match(first)) and not any(re.search("[会组]", n) for n in later):
        # (政府常务会议会前学法、定期学法制度: the meeting's 定期学法制度, not any body's; a later name with a meeting
        # or group of its own, 理论学习中心组学习, is done there)
        lead = meeting.group()
    return [term, first] + [lead + name for name in later]


def _word_ends(text: str) -> set[int]:
    """Where jieba's words of ``text`` end."""
    import jieba

    return set(accumulate(len(word) for word in jieba.cut(text)))


# The meeting heading a listed name, where what is done at it follows (政府常务会议|会前学法).
_LEADING_MEETING = re.compile(r"^[^、，,]{0,10}?(?:常务会议?|常委会(?:会议)?|办公会议?|党组会议?)(?=[^、，,]{2})")


# Verbs that place what is named before them in something named after (纳入干部教育培训, 列入党委理论学习中心组学习内容).
PLACING_VERBS = ("纳入", "列入", "写入", "写进", "融入", "纳进")
TAKING_AS = ("作为", "列为")  # (what a report takes as a part of a thing it places there: 把…作为…重点课程)
# Written things a practice is placed in, each told apart only by the word before it (干部教育培训计划 is a 培训计划,
# and 纳入学法计划 is another practice; 发展规划 is not 法治政府建设规划).
WRITTEN_KINDS = frozenset("计划 规划 大纲 课程 方案 要点 日程 清单 目录".split())
_PLACING = re.compile("|".join(PLACING_VERBS))
# ... and those that list it as one of a kind of thing (列为中心组学习内容): names listed before either share it.
_PLACING_OR_LISTING = re.compile("|".join((*PLACING_VERBS, "列为")))
# The kind of document (…工作要点, …实施方案) or the group (依法行政、依法治理工作领导小组: 依法行政工作领导小组; 依法行政
# alone is every report's) a listed name ends in, shared by the names listed before it.
_LISTED_HEAD = re.compile(r"(?:(?:工作|实施)?(?:" + "|".join(sorted(WRITTEN_KINDS - {"课程", "日程"})) + ")"
                          r"|(?:工作)?领导小组)$")


# Occasions listed inside 在…上的 share what was said or done at them (在中央全面依法治国委员会会议、中央全面依法治国工作会议上的
# 重要讲话精神): the words before 在, each occasion, and the words after 上的.
_OCCASIONS = re.compile(r"^(?P<before>.*?在)(?P<occasions>[^、在，,]{2,}(?:、[^、在，,]{2,})+)(?P<after>[上中]的.{2,})$")


def _occasions_sharing_words(term: str) -> list[str]:
    """Each occasion a term lists inside 在…上的 with what it shares (在A会议、B会议上的重要讲话精神: 在A会议上的重要讲话精神
    and 在B会议上的重要讲话精神): a report carries out what was said at one of them. Empty when the term lists none."""
    match = _OCCASIONS.match(term)
    if match is None:
        return []
    return [match["before"] + occasion + match["after"] for occasion in match["occasions"].split("、")]


def _names_sharing_predicate(first: str, later: list[str]) -> list[str]:
    """Names listed before the last one's predicate share it (习近平法治思想、法治政府建设内容纳入干部教育培训: 习近平法治
    思想纳入干部教育培训): the earlier names hold no verb, and the last one a verb placing or listing them
    (``_PLACING_OR_LISTING``) past its first two characters, with a thing of two characters or more after it. Asked
    alone, the first name (习近平法治思想) would be any report's. Empty when the list is not of that shape."""
    if any(_VERB_INSIDE.search(_INNER_BUILDING.sub("\x00\x00", name)) for name in [first, *later[:-1]]):
        return []
    verb = next((m for m in _PLACING_OR_LISTING.finditer(later[-1])
                 if m.start() >= 2 and len(later[-1]) - m.end() >= 2), None)
    if verb is None:
        return []
    predicate = later[-1][verb.start():]
    return [name + predicate for name in [first, *later[:-1]]] + [later[-1]]


def _verbs_sharing_object(first: str, later: list[str]) -> list[str]:
    """Verbs listed before the last name's verb share its object (学习贯彻、深学笃用习近平法治思想: 学习贯彻习近平法治思想
    and 深学笃用习近平法治思想): the first name is verbs alone, and the last ends in a short name (``OBJECT_NAME``)
    of nouns after words that are none, by jieba's tags. Empty when the list is not of that shape."""
    import jieba.posseg

    if not _only_verbs(first):
        return []
    words = jieba.posseg.lcut(later[-1])
    nouns = next((i for i in range(len(words), 0, -1) if words[i - 1].flag[0] not in _NOUN_TAGS), 0)
    tail = words[nouns:]
    if nouns == 0 or not 2 <= sum(len(w.word) for w in tail) <= OBJECT_NAME:
        return []
    done = "".join(w.word for w in tail)
    if words[nouns - 1].word == "的" and words[0].flag.startswith("v"):  # 坚持、加强党对…的领导: the whole object
        done = later[-1][len(words[0].word):]  # after the last verb is shared, not its head alone (坚持领导)
    return [name + done for name in [first, *later[:-1]]] + [later[-1]]


def _head_after_compound(name: str) -> str | None:
    """What follows the longest opening run of the genre's common words in ``name`` (法治政府建设工作领导小组 → 领导小组),
    when that run is a compound of four characters or more and what follows is a head of two or more, no verb."""
    import jieba

    at = 0
    for word in jieba.lcut(name):
        if word not in COMMON_WORDS:
            break
        at += len(word)
    head = name[at:]
    return head if at >= 4 and len(head) >= 2 and not _VERB_INSIDE.search(head) else None


def _compound_ending(text: str) -> str | None:
    """The longest of the genre's compounds (four to six characters of its common words, ``COMMON_WORDS``) ``text``
    ends with, from a word's start (报告法治政府 ends with 法治政府: 报告 is what is done with it), opening with no
    verb (开展法治建设 ends with 法治建设: 开展 is what is done with it)."""
    import jieba

    starts, at = set(), 0
    for word in jieba.lcut(text):
        starts.add(at)
        at += len(word)
    return next((text[-size:] for size in (6, 5, 4) for words in [jieba.lcut(text[-size:])]
                 if len(text) - size in starts and all(w in COMMON_WORDS for w in words)
                 and not _VERB.fullmatch(words[0])), None)


def _common_compound(name: str) -> bool:
    """Whether ``name`` is made of the genre's common words and the report's own (``SELF_WORDS``) even where
    jieba reads it as one word (年度报告 of 年度 and 报告): listed alone it names any report's matter."""
    import jieba

    return all(word in COMMON_WORDS or word in SELF_WORDS for word in jieba.lcut_for_search(name) if len(word) == 2)


def _only_actor(term: str) -> bool:
    """Whether ``term`` names who acts and nothing done: plain nouns ending in an actor (党政主要负责人),
    not a role a practice names (依法行政的第一责任人, 由主要负责人担任组长)."""
    actor = _LEADING_ACTOR.fullmatch(term)
    return actor is not None and not re.search("[的由被]", term) and not _VERB_INSIDE.search(actor.group("who"))


def without_actor(term: str) -> str:
    """``term`` without who acts at its head (党政主要负责人履行…职责 → 履行…职责, 领导干部述法 →
    述法): reports name the actor in words of their own (县委、县政府主要负责同志, 主要领导, 一把手,
    各单位主要负责人) or not at all beside the practice (推行“现场述法+书面述法”), so the actor's
    words would pick paragraphs by who is named rather than what is done. Only an actor of plain
    nouns (no verb; no 的: 新提任的领导干部 says whom a practice is for; no 由 or 被: 由主要负责人担任
    组长 describes the practice) with a practice of its own after it, not the duty of a role
    (第一责任人职责); else ``term`` as it is."""
    actor = _LEADING_ACTOR.match(term)
    if not actor or re.search("[的由被]", actor.group("who")) or _VERB_INSIDE.search(actor.group("who")) \
            or _DUTY.match(term, actor.end()):
        return term
    rest = _strip_tail(term[actor.end():].lstrip("就"))
    if len(done := _VERB.sub("", rest)) >= 2:  # 开展述法: 述法 is what the actor does (旁听过庭审 keeps 旁听)
        rest = done
    return rest if len(rest) >= 2 and not _VERB_INSIDE.fullmatch(rest) and not _generic(rest) else term


def _generic(term: str) -> bool:
    """Whether ``term`` is made of the genre's common words only (法治建设 of 专门研究法治建设工作):
    every report writes it, so it states no practice beside a more specific alternative."""
    import jieba

    return all(word in COMMON_WORDS for word in jieba.lcut(term))


# The noun a list of examples is all of, after its last item's 的 (如习近平法治思想、具体法律的专题讲座).
_SHARED_NOUN = re.compile(r"的([\u4e00-\u9fff]{2,8})$")
# A kind of thing an aside gives examples of (学习法治内容（如习近平法治思想、宪法法律）): the examples are what the verb
# before the kind acts on, not practices of their own.
_KIND_NOUN = re.compile(r"(?:内容|方面|领域)$")


_OBJECT_OF_EXAMPLES = 4  # characters of what a practice acts on, at least, for examples of verbs alone to share it


def _examples_in_place(text: str, aside: re.Match[str]) -> list[str]:
    """The examples of an aside (``_EXAMPLE_ASIDE``), each a practice of its own (如巡回宣讲、“进企业”), verbs alone done
    to what the practice before the aside acts on; or, after a
    kind of thing (法治内容), each put in the kind's place after the verb acting on it, with all written before it
    (通过中心组学习法治内容（如习近平法治思想、宪法法律） → 通过中心组学习习近平法治思想, …学习宪法法律): a report names
    what it studied, and a doctrine or a law alone is in every report."""
    listed = [e for e in re.split(r"[、，,]|或者|或|和|及", aside.group(1)) if e]
    if text.startswith("的", aside.end()):
        return []  # (examples of whose thing is asked, 机构（如领导小组）的工作规则: the bodies are no practice alone)
    before = text[:aside.start()]
    shared = _SHARED_NOUN.search(listed[-1]) if len(listed) >= 2 else None
    if shared and shared.group(1) in before and not any("的" in item for item in listed[:-1]):
        # (举办法治专题讲座（如习近平法治思想、具体法律的专题讲座）: every item is of the noun after the last one's 的, the
        # kind the aside gives examples of, no practice alone; not where an item has a noun of its own, 考察时的讲话)
        return [item + shared.group(1) for item in listed[:-1]] + [listed[-1][:shared.start()] + shared.group(1)]
    verbs = list(_VERB_INSIDE.finditer(before))
    if not _KIND_NOUN.search(before) or not verbs or len(listed) < 2:
        # (an example of verbs alone does them to what the practice acts on: 学习贯彻党的二十大精神（如…、组织传达学习）
        # is 组织传达学习党的二十大精神; 传达学习 alone is of anything)
        # (not an aside inside the clause, of the noun before it: 所管行业（如统计、文化和旅游）工作的…)
        # (nor a verb that opens a word of the noun: 规范 of 规范性文件管理)
        acted_on = before[verbs[-1].end():] if verbs and verbs[-1].end() in _word_ends(before) else ""
        closing = aside.end() == len(text) or text[aside.end()] in "，,。；;？?"
        if closing and len(acted_on) >= _OBJECT_OF_EXAMPLES and any(_verbs_alone(item) for item in listed):
            return [item + acted_on if _verbs_alone(item) else item for item in listed]
        return [aside.group(1)]
    lead = before[:verbs[-1].end()]
    return [lead + example for example in listed]


def _kinds_of(text: str) -> str:
    """"通过法治大讲堂、学法讲座之类的讲座形式组织学法": the examples before 之类的 are practices of
    their own, each a name a report writes as it is (开展法治大讲堂), as is the kind they stand for
    (通过讲座形式组织学法): each becomes a clause of its own, and the means (通过) stays with the kind; so with means
    before 等 and their kind (通过网络学院、在线学习等线上方式学习).
    Laws named before 等 and the laws they stand for (学习国家安全法等维护国家安全方面的法律) are asked as
    written, and each law with the words before it (学习国家安全法) too: reports name the law itself."""
    if laws := _LAWS_FOR_EXAMPLE.search(text):
        listed = laws.group("laws")
        verb = next((m for m in _VERB_INSIDE.finditer(listed) if m.start() == 0), None)  # (学习 of 学习国家安全法)
        lead = verb.group() if verb else ""
        named = [law for law in re.split(r"[、和及与]", listed[len(lead):]) if law]
        if lead and named and not any(_NOT_LAWS.search(law) for law in named):
            return "，".join([text] + [lead + law for law in named])
    match = _KIND_OF.search(text)
    if not match:
        return text
    start = max(text.rfind(mark, 0, match.start()) for mark in "，,") + 1
    if match["means"]:  # (the means listed after the means word: 干部通过网络学院、在线学习等线上方式学习)
        return _means_of_kind(text, match, start)
    means = _MEANS.match(text[start:])
    lead = means.group() if means else ""
    examples = [e for e in _LISTED_SEPARATOR.split(text[start + len(lead):match.start()]) if e]
    if len(examples) < 2:
        return text[:match.start()] + text[match.end():]
    return text[:start] + "，".join(examples + [lead + text[match.end():]])


def _means_of_kind(text: str, match: re.Match[str], start: int) -> str:
    """The means listed after a means word before 等 or 的 (``_KIND_OF``) each a clause of its own, and the kind with
    the words before them (干部通过网络学院、在线学习等线上方式学习 → 网络学院，在线学习，干部通过线上方式学习); as it is
    unless two or more means of their own are listed (``_OWN_MEANS_CHARS``), and, before 的, listed by 、 as either."""
    means_words = list(_MEANS_NAMED.finditer(text, start, match.start()))
    means = means_words[-1] if means_words else None  # (the last before the list)
    listed = text[means.end():match.start()] if means else ""
    examples = _LISTED_SEPARATOR.split(listed)  # (one empty item where no means word opens the list)
    if len(examples) < 2 or any(len(e) < _OWN_MEANS_CHARS for e in examples):
        return text  # (a 等 of no list of means of their own is a word of the practice)
    if match["means"] == "的" and (_JOINED_MEANS.search(listed) or "、" not in listed):
        return text  # (集中学习和个人自学的方式, 讲座和以案释法相结合的方式: one way made of both, not either)
    return text[:start] + "，".join(examples + [text[start:means.end()] + text[match.end():]])


def _after_bare_verbs(alternatives: list[str], after_verb: bool = False) -> list[str]:
    """Verbs in a row share the object after the last (梳理、公布或推广X; 推行或梳理了X; 创建或申报X):
    an alternative that is only verbs is none of its own, and the next one's leading verb, by
    jieba's tags, goes with it; ``after_verb`` says a verb of the list was taken off before the
    first (建立或升级了X is left as 或升级了X). A name that begins with a verb (规范性文件) keeps it:
    the verb is taken off only before a name of two characters or more that is no verb itself."""
    out: list[str] = []
    bare = after_verb
    for i, alternative in enumerate(alternatives):
        # (the last has no object after it to share: 任前考法或提职考法 asks for 提职考法, however jieba tags it; one
        # ending in a generic head is a verb's activity, 宣传、培训或学习活动)
        if _only_verbs(alternative) and (i < len(alternatives) - 1 or _GENERIC_HEAD.search(alternative)):
            bare = True
            continue
        if bare and (role := _ROLE_PLAYED.match(alternative)):
            out.append(role.group("body"))  # (成立、调整或发挥X的作用: the verbs before act on X, not on its role)
        if bare:
            alternative = _without_leading_verb(alternative)
        out.append(alternative)
        bare = False
    return out or alternatives


# The role a body plays (发挥X的作用, 发挥好X作用): verbs listed bare before it (成立、调整或发挥…) act on the body.
_ROLE_PLAYED = re.compile(r"^发挥好?(?P<body>[^\W的]{4,}?)的?(?:统筹|牵头|主导)?作用$")


def _only_verbs(text: str) -> bool:
    """Whether ``text`` is verbs alone, listed with 、 (梳理、公布) or written together (学习贯彻), by the genre's lists
    (贯彻落实: verbs of studying, which jieba reads as an idiom) or jieba's tags."""
    pieces = [p for p in re.split(r"[、和及与]", text) if p]
    return bool(pieces) and all(_VERB_INSIDE.fullmatch(p) or _STUDYING_ONLY.fullmatch(p)
                                or (len(p) <= 4 and _verbs_alone(p)) for p in pieces)


def _verbs_alone(text: str) -> bool:
    """Whether jieba reads ``text`` as verbs, one of them at least no verb-noun (学习宣传: 学习 and 宣传)."""
    import jieba.posseg

    flags = {w.flag for w in jieba.posseg.cut(text)}
    return "v" in flags and flags <= {"v", "vn"}


def _without_leading_verb(text: str) -> str:
    """``text`` without its first word when jieba tags it a verb (申报全国… → 全国…) or it follows X as the verbs
    before it act on X (``_FOLLOWING_WORDS``), with 了/过 after it."""
    import jieba.posseg

    words = list(jieba.posseg.cut(text))
    if len(words) < 2 or (words[0].flag not in ("v", "vn") and words[0].word not in _FOLLOWING_WORDS) \
            or len(words[0].word) < 2:
        return text
    rest = re.sub(r"^[了过]", "", text[len(words[0].word):])
    return rest if len(rest) >= 2 and not _VERB_INSIDE.fullmatch(rest) else text


def _spelled_as_aside_says(term: str, written: str, variant: str, after: str) -> str | None:
    """``term`` with the words an aside spells otherwise (``aside_variants``) in its variant, or None where it holds
    none; a term ending where the aside stood, without the character ``after`` it, is spelled so too (法治建设工作领导
    小组 of 发挥法治建设工作领导小组（工作专班）的作用: 法治建设工作专班)."""
    if written + after in term:
        return term.replace(written + after, variant + after, 1)
    return term[:len(term) - len(written)] + variant if after and term.endswith(written) else None


def aside_variants(question: str) -> list[tuple[str, str, str]]:
    """(written, variant, after) for each name a bracketed aside gives for the words before it, with the character
    ``after`` the aside that goes with both where one does (see below): a single
    character is another level of the place (依法治区（旗、省） → 治区: 治旗, 治省); a longer one
    stands for the word before it when it begins as that word does (党委（党工委）), else for as many
    characters before it as it has when it begins as they do (权责清单（权力清单）), else for the
    word before it (村（嘎查）) or goes after it (法治（政府）建设).
    The question asks for each: a report of a banner writes 依法治旗, not 依法治区. One of the genre's
    compounds in an aside stands for the compound before it (法治政府建设（依法行政）工作领导小组)."""
    import jieba

    out: list[tuple[str, str]] = []
    for match in _VARIANT_ASIDE.finditer(question):
        before = question[:match.start()]
        if named_in_aside(before, match.group(1), question[match.end():]):
            continue
        # the character after the aside goes with what it spells (法治（政府）建设: 法治建 → 法治政府建), so
        # that only the words it stands beside change (not the 法治 of 依法治县 elsewhere in the question)
        # (not a word joining alternatives: 党委常委会（党委会议）或政府常务会议)
        # (nor a place's deictic, which no term keeps: 考察（视察）本省 → 考察: 视察)
        joined = re.match(r"(?![或和及与])[\u4e00-\u9fff]", question[match.end():]) \
            and not _PLACE_DEICTIC.match(question, match.end())
        after = question[match.end():match.end() + 1] if joined else ""
        words = jieba.lcut(before)
        for item in (i.strip() for i in re.split(r"[、，,/]", match.group(1))):
            if not item or not words or len(before) < 2:
                continue
            compound = _compound_ending(before) if len(item) >= 4 and _common_compound(item) else None
            if len(item) == 1:
                found = [(before[-2:], before[-2] + item)]
            elif compound:  # 法治政府建设（依法行政）: one of the genre's compounds for the other
                found = [(compound, item)]
            elif words[-1][0] == item[0]:
                found = [(words[-1], item)]
            elif len(words) >= 2 and item.startswith(words[-2]):  # 党委常委会（党委会议）: both words
                found = [(words[-2] + words[-1], item)]
            elif before[-len(item):][:1] == item[0]:
                found = [(before[-len(item):], item)]
            else:  # 法治（政府）建设 inserts a word where 村（嘎查） replaces one: both readings, but for one
                # that leaves only the genre's common words (政府建设: any report's matter)
                following = next(iter(jieba.lcut(question[match.end():])), "")
                replaced = [] if _common_compound(item + following) else [(words[-1], item)]
                found = replaced + [(words[-1], words[-1] + item)]
            out += [(written, variant, after) for written, variant in found]
    return [(written, variant, after) for written, variant, after in dict.fromkeys(out) if written != variant]


# How long an aside in a quoted name is at least to stand for as many characters of whole words before it
# (亲自抓（负总责）); a shorter one replaces the word before it or goes after it (村（社区）, 分工（具体）抓).
_SAME_LENGTH_WORDS = 3


def _words_ending_as_long_as(words: list[str], length: int) -> str | None:
    """The last two or more of ``words`` that together have ``length`` characters (亲自+抓 for 负总责), or None."""
    for count in range(2, len(words) + 1):
        run = "".join(words[-count:])
        if len(run) >= length:
            return run if len(run) == length else None
    return None


def named_in_aside(before: str, aside: str, after: str) -> list[str]:
    """The names an aside lists for the practice the words ``before`` it describe (在学法中结合案例
    讲解法律（以案释法、以案说法）, 开展调查研究（专题调研）): a report names the practice so rather than
    describe it. Each item is a name of its own when it has ``ASIDE_NAME`` characters or more and does
    not begin as the words before it do: one that does is another spelling of them (权责清单（权力
    清单）), a short one another level or body (依法治区（县、市）, 党委（党工委）). The aside closes the
    description (the text ``after`` it begins a clause or ends): one inside a name (法治政府建设（依法行政）
    工作要点) spells part of the name otherwise. Empty when any item is no such name, and for an aside of
    examples or exclusions (read apart)."""
    import jieba

    items = _sharing_what_the_last_is_of([i.strip() for i in re.split(r"[、，,]", aside)])
    words = jieba.lcut(before)
    if not words or not re.match(r"(?:[，,。；;？?！!]|$)", after) or re.match(_NO_NAME_ASIDE, aside):
        return []
    if any(len(item) < ASIDE_NAME or item[0] in (words[-1][0], before[-len(item):][:1]) for item in items):
        return []
    if any(_common_compound(item) for item in items) and _compound_ending(before):
        return []  # (one of the genre's compounds for the one before it spells it otherwise: 法治政府建设（依法行政）)
    return items


# What the last of listed names is said to be of (重大执法决定的合法性审查): the earlier names' too.
_OF_WHAT = re.compile(r"的[^\W的]{3,}$")


def _sharing_what_the_last_is_of(items: list[str]) -> list[str]:
    """Items listed before one that says what it is of (重大行政决策、重大执法决定的合法性审查, before any alternative
    after it: …或合法性审查全覆盖) with that said of them too (重大行政决策的合法性审查): the list names whose it is."""
    last = re.split(r"或者|或", items[-1])[0]
    of_what = _OF_WHAT.search(last)
    if len(items) < 2 or of_what is None or any("的" in item for item in items[:-1]):
        return items
    return [item + of_what.group() for item in items[:-1]] + items[-1:]


def _bare_actor(words: str) -> str:
    """Who acts without an aside or the words of manner after it: 党政主要负责人（如县长）切实 is
    党政主要负责人, whatever the question says of how they act."""
    import jieba.posseg

    words = _ASIDE.sub("", words)
    tagged = list(jieba.posseg.cut(words))
    while tagged and (tagged[-1].word in MANNER_WORDS or tagged[-1].flag in ("d", "ad")):
        tagged.pop()
    return "".join(w.word for w in tagged)


# A document made to carry out a quoted one (制定贯彻《X》的实施细则): the practice is the document made, which a report
# names by the title it carries out nested in its own (《荆门市实施〈X〉细则》, 《…贯彻〈X〉实施细则》), not the one carried out,
# which any report may say it follows (认真贯彻落实《X》要求). Read from the question only: a quoted title ending so
# (《政府信息公开条例实施细则》) is a document's own name.
_MADE_KINDS = ("实施细则", "实施办法", "实施方案", "实施意见", "工作方案")
_CARRYING_OUT_QUOTED = re.compile(r"(?:贯彻落实|贯彻|落实|实施|执行)《(?P<title>[^《》]+)》的?(?P<kinds>(?:(?:"
                                  + "|".join(_MADE_KINDS) + r")(?:或者|或|、|和)?)+)")
# A kind's short form a title nesting the one carried out may end on (〈X〉细则 of 实施细则); the others (办法, 方案, 意见)
# are any document's.
_SHORT_KINDS = {"实施细则": "细则"}


def made_documents(question: str) -> dict[str, tuple[str, str]]:
    """Each document the question asks made to carry out a quoted one, by its name (X实施细则: ``quoted_names``), with
    the title it carries out and its kind."""
    return {m["title"].strip() + kind: (m["title"].strip(), kind) for m in _CARRYING_OUT_QUOTED.finditer(question)
            for kind in re.findall("|".join(_MADE_KINDS), m["kinds"])}


def quoted_names(question: str) -> list[str]:
    """The names a question quotes (“第一议题”, 《…》): a report states them as written or not at all; a document
    made to carry out a quoted one by that one's title and the kind made (``made_documents``)."""
    made = made_documents(question)
    carried_out = {title for title, _ in made.values()}
    return list(dict.fromkeys([q.strip() for q in _QUOTED.findall(question) if q.strip() not in carried_out]
                              + list(made)))


def quoted_spellings(question: str) -> dict[str, list[str]]:
    """Each name the question quotes in quotation marks with an aside that spells words of it otherwise (“主要领导亲自抓
    （负总责）、分管领导具体抓”), and its spellings: as written (a report may write the aside too: 民主法治示范村(社区)),
    without the aside, and, where the aside closes a part of the name as long as the words before it, with it in their
    place (主要领导负总责、分管领导具体抓): a report states the name in any of them. An aside of a date or a year
    (宪法宣传周（12月4日）) is no wording of the name, nor is a title's (《…（2021—2025年）》)."""
    import jieba

    spellings: dict[str, list[str]] = {}
    for quoted in _QUOTED.finditer(question):
        name = quoted.group(1).strip()
        aside = _VARIANT_ASIDE.search(name)
        if quoted.group().startswith("《") or aside is None or _DATED_ASIDE.search(aside.group(1)):
            continue
        spelled = [name, _VARIANT_ASIDE.sub("", name)]
        item, closes_a_part = aside.group(1), re.match(r"[、，,]|$", name[aside.end():]) is not None
        run = _words_ending_as_long_as(jieba.lcut(name[:aside.start()]), len(item)) \
            if closes_a_part and len(item) >= _SAME_LENGTH_WORDS and len(_VARIANT_ASIDE.findall(name)) == 1 else None
        if run is not None:  # (a quoted name's parts are parallel: the aside rewords the words it follows)
            spelled.append(name[:aside.start() - len(run)] + item + name[aside.end():])
        spellings[name] = spelled
    return spellings


# An aside giving a date or a span of years: when, not how the name is worded.
_DATED_ASIDE = re.compile(r"\d|[月日]$|年")


def _combined_with_any_work(text: str) -> str:
    """The practice of "把A与B结合起来" when B is the genre's work in general (推进法治建设): A, which the report states;
    the combining is its framing; so too the guide of such work (以习近平新时代中国特色社会主义思想为指导推进法治政府建设:
    reports write the guide in one sentence, the work it guides all through), and the means of such work
    (运用法治思维和法治方式推动工作). ``text`` as it is otherwise."""
    if means := _MEANS_FOR_WORK.match(text):
        return means.group()
    match = _COMBINED.match(_DISPOSAL.sub("", text)) or _GUIDED.match(text)
    return match.group("practice") if match and _generic(_strip_verbs(match.group("work"))) else text


_GUIDED = re.compile(r"^(?:始终)?(?:坚持|明确)?(?P<practice>以[^，,]{2,}?为(?:根本)?(?:指导|统领|引领|指引|遵循|主线))(?P<work>[^，,]{2,})$")


# "按当年的工作要点部署推进工作": what the practice follows (按, 根据, 围绕…) is the practice when what is done by it
# is any work (部署推进工作); not when it is a practice of its own (围绕法治建设开展了专题调研).
_FOLLOWING = re.compile(r"^(?:" + "|".join(_FOLLOWING_WORDS) + r"|按|(?:紧紧)?围绕)(?P<followed>[^，,]{4,}?)来?"
                        r"(?:(?:研究)?部署|推进|推动|开展|落实|安排|实施)+(?:了|过)?(?:各项|相关|有关)?(?:工作|任务)?$")


def _followed(text: str) -> str:
    """What ``text`` says a body follows, when that is all it says (``_FOLLOWING``); else ``text``."""
    match = _FOLLOWING.match(text)
    return match.group("followed") if match else text


def _before_purpose(text: str, set_up: bool = False) -> str:
    """``text`` up to a 来 that introduces a purpose: one before a verb of the genre (``_PURPOSE``) or any
    word jieba tags as a verb (设有领导小组来统筹推进…: 统筹 is a verb, if not one the genre's list names), or, where
    the question ``set_up`` the body (成立, 依托), up to the body's name its work follows (``_BODY_DOING``)."""
    import jieba.posseg

    at = 0
    words = list(jieba.posseg.cut(text))
    for word, after in zip(words, words[1:]):
        if word.word == "来" and at > 0 and after.flag == "v":
            return text[:at]
        at += len(word.word)
    if set_up and (body := _BODY_DOING.search(text)):
        # (成立法治建设工作领导小组统筹推进法治建设: what the group is set up for; but 由…委员会统筹法治建设 and
        # 依法治县委员会统筹推进法治建设 ask what the body does)
        return text[:body.end()]
    return _PURPOSE.split(text, 1)[0]


def _strip_tail(text: str) -> str:
    while (stripped := _TAIL.sub("", text)) != text:
        text = stripped
    return text


def _strip_verbs(text: str) -> str:
    """Leading verbs off, however many (研究审议过年度立法计划 → 年度立法计划). A verb right before a
    two-character noun is part of a name (实施意见, 执行标准), not an action on it."""
    while (stripped := _VERB_JOINED.sub("", _JOINED_VERB.sub("", _VERB_BEFORE_ALTERNATIVE.sub("", _VERB_DONE.sub(
            "", _VERB.sub("", _COPULA.sub("", text))))))) != text:
        if len(stripped) <= 2 and not re.search(r"[了过着]", text[:len(text) - len(stripped)]):
            break
        text = stripped
    return text


# How a meeting takes up a matter, before its verb (常务会议专题学习, 常委会专门研究): the predicate's start.
_MEETING_MANNER = re.compile(r"(?<=会议|委会|务会|组会)(?:专题|专门|集中|定期)(?=学习|研究|部署|听取|审议|学法)")


def _share_predicate(alternatives: list[str]) -> list[str]:
    """Subjects joined by 或 share the last one's predicate: 干部或国家工作人员到法院旁听庭审 asks for
    干部到法院旁听庭审 and 国家工作人员到法院旁听庭审, and 决策、文件或合同经过合法性审查 for each of the
    three. Only when no earlier alternative has a verb of its own (清理或规范了X is two verbs)."""
    if len(alternatives) < 2:
        return alternatives
    *subjects, last = alternatives
    if subjects[0].startswith("对") and len(subjects[0]) > 2 and not last.startswith("对"):
        subjects[0] = subjects[0][1:]  # 对A或B落实X: what both undergo, A as B (对 puts them first)
    if any(_ACTION.search(_ACTOR.sub("", _DISPOSAL.sub("", _WORK_OF.sub("", s)))) or _VERB_INSIDE.fullmatch(s)
           or s[-2:] == last[-2:] for s in subjects) \
            or _starts_with_verb(last) or _PREPOSITION.match(last):
        # (the 把 of 一把手 is no preposition, nor is the 把 that only puts the subjects first (把A或B纳入C);
        # the 建设 a subject ends in is the work it names (法治政府建设或法治建设纳入…));
        # 提请审议X and 对X做了Y are actions of their own; a name
        # ending as the last one does is a practice beside it: 会前学法或常务会议集中学法)
        return alternatives
    start = _actor_end(last, subjects)
    if start is None and (manner := _MEETING_MANNER.search(last, 2)):
        start = manner.start()  # (政府常务会议专题学习: 专题 opens the predicate, which jieba reads as one word with 学习)
    if start is None:
        start = next((m.start() for m in _PREDICATE.finditer(last, 2) if _acts_at(last, m.start())), None)
    if start is None:
        return alternatives
    tail = last[start:]
    return [part + tail for s in subjects for part in s.split("、") if part] + [last]


def _acts_at(text: str, at: int) -> bool:
    """Whether the word of ``text`` starting at ``at`` is a verb or a preposition by jieba's tags:
    建设 of 法治建设委员会 is no predicate, 到 of 到法院旁听 is."""
    import jieba.posseg

    position = 0
    for word in jieba.posseg.cut(text):
        if position == at:  # (jieba tags 落实 an adjective: the genre's verbs but 建设 are verbs whatever it says, and so
            # are the verbs that also open names, after a name: 规范性文件清理 is the 清理 of 规范性文件)
            return word.flag in ("v", "p") or len(word.word) == 1 \
                or (word.word != "建设" and bool(_VERB.fullmatch(word.word))) \
                or re.fullmatch(_NAME_OPENING_VERBS, word.word) is not None
        position += len(word.word)
    return False


def _share_head(alternatives: list[str]) -> list[str]:
    """Names joined by 、 and 或 that differ in one character before a head they share take that
    head: 全面依法治县、依法治区或依法治市委员会会议 asks for 全面依法治县委员会会议 and
    依法治区委员会会议 too. Each earlier name's stem (all but its last character) must stand in the
    last alternative, one character before what follows as the shared head; or the name's own head
    noun must, followed by 的 and what both are of (A委员会或B委员会的会议)."""
    if len(alternatives) < 2:
        return alternatives
    *names, last = alternatives
    parts = [part for name in names for part in name.split("、") if part]
    shared = []
    for part in parts:
        completed = None
        for size in range(len(part) - 1, 1, -1):  # the longest stem of the part found in the last one
            at = last.find(part[-1 - size:-1])
            if at >= 0 and len(last) - (at + size + 1) >= 2 and last[at + size] != part[-1]:
                completed = part + last[at + size + 1:]  # (县 where the last one says 市: a variant)
                break
        for size in range(len(part), 1, -1):  # the same head noun, then 的 and what both are of
            at = last.find(part[-size:])
            if completed is None and at >= 0 and last[at + size:at + size + 1] == "的" and len(last) - at - size >= 3:
                completed = part + last[at + size:]  # A委员会或B委员会的会议: A委员会的会议
                break
        if completed is None or is_clause(part):
            return alternatives
        shared.append(completed)
    return shared + [last]


# An activity named by its topic and its kind (法治|专题培训), whose kind topics listed before it share.
_ACTIVITY_KIND = re.compile(r"(?:专题)?(?:培训|培训班|讲座|读书班|研讨班|辅导|宣讲|竞赛|知识竞赛)$")


def _share_activity(alternatives: list[str]) -> list[str]:
    """Topics joined by 或 share the kind of activity the last one names after its own topic: 习近平法治思想或法治
    专题培训 asks for 习近平法治思想专题培训 (习近平法治思想 alone is any report's). Only when each earlier one is a
    name with no verb but the one the first may open on, which all share, and the last is a word of its own (法治)
    before that kind."""
    import jieba

    if len(alternatives) < 2:
        return alternatives
    *topics, last = alternatives
    words = jieba.lcut(last)
    kind = "".join(words[1:])
    # (行政复议或行政应诉培训 lists 行政复议培训 and 行政应诉培训: topics opening on the same word share no kind)
    if len(words) < 2 or not _ACTIVITY_KIND.fullmatch(kind) or any(topic.startswith(words[0]) for topic in topics):
        return alternatives
    # (the verb the first topic opens on is the last one's too: 为干部举办习近平法治思想或法治专题培训班)
    verbs = list(_VERB_INSIDE.finditer(topics[0]))
    lead = topics[0][:verbs[-1].end()] if verbs and len(topics[0]) - verbs[-1].end() >= 4 else ""
    topics[0] = topics[0][len(lead):]
    if any(len(topic) < 4 or _VERB_INSIDE.search(topic) or _ACTIVITY_KIND.search(topic) for topic in topics):
        return alternatives
    return [lead + topic + kind for topic in topics] + [lead + last]


# Heads of documents, meetings and bodies that names listed before them share (法治政府建设或依法治县工作要点).
DOCUMENT_HEADS = ("工作要点", "工作会议", "工作方案", "工作计划", "工作安排", "工作报告", "推进会", "实施方案", "领导小组",
                  "工作机制", "工作制度")
_DOCUMENT_HEAD = re.compile(f"(?<=[\u4e00-\u9fff]{{2}})(?:{'|'.join(DOCUMENT_HEADS)})$")
_OF_DOCUMENT_HEAD = re.compile(f"的((?:工作)?(?:{'|'.join(DOCUMENT_HEADS)}))$")  # (…或示范创建的领导小组)
_BARE_DOCUMENT_HEAD = re.compile(f"(?:工作)?(?:{'|'.join(DOCUMENT_HEADS)})")  # a head with nothing of its own


def _share_document_head(alternatives: list[str]) -> list[str]:
    """Names listed before a document's, a meeting's or a body's name share its head (``DOCUMENT_HEADS``):
    法治政府建设或依法治县工作要点 asks for 法治政府建设工作要点, not for 法治政府建设 (every report's topic), and
    法治政府建设或依法行政工作会议、专题推进会 for 法治政府建设工作会议. Only names with no verb of their own and no
    head of their own (建立法律顾问制度或公职律师工作机制 are two practices), before a name, not a clause; a head the
    last one takes after 的 (推进依法行政、法治政府建设或示范创建的领导小组) is every one's, whatever they do."""
    import jieba.posseg

    if len(alternatives) < 2:
        return alternatives
    *names, last = alternatives
    named = last.split("、")[0]
    head = _DOCUMENT_HEAD.search(named)
    pieces = [piece for name in names for piece in name.split("、") if piece]
    if (of := _OF_DOCUMENT_HEAD.search(named)) and pieces and not any(_DOCUMENT_HEAD.search(p) for p in pieces):
        # A、B或C的领导小组: each one's group, the last one's too without its 的
        return [piece + of.group(1) for piece in pieces] + [last[:of.start()] + of.group(1) + last[of.end():]]
    if head is None or any(w.flag == "v" for w in jieba.posseg.cut(named[:head.start()])):
        return alternatives  # (把A或B纳入年度工作计划: the last is a clause, its head is what both are put into)
    if not pieces or any(_DOCUMENT_HEAD.search(p) or _GENERIC_HEAD.search(p) or len(p) < 2
                         or any(w.flag == "v" for w in jieba.posseg.cut(p)) for p in pieces):
        return alternatives
    return [piece + head.group() for piece in pieces] + [last]


def _shared(alternatives: list[str]) -> list[str]:
    """The alternatives of one clause with what they share filled in: a verb before the objects,
    else a predicate after the subjects. The subjects share the predicate of the alternative right
    after them, not of a later one that acts on its own (负责人或干部就…述法或接受述法评议)."""
    alternatives = _share_lead_of_listed(_share_means(alternatives))
    if (partnered := _share_partner(alternatives)) != alternatives:
        return partnered
    if (topical := _share_activity(alternatives)) != alternatives:  # (before the verb: it may lead the topics)
        return topical
    objects = _share_verb(alternatives)
    if objects != alternatives:
        return objects
    if (named := _share_head(alternatives)) != alternatives:
        return named
    if (headed := _share_document_head(alternatives)) != alternatives:
        return headed
    if (modified := _share_modifier(alternatives)) != alternatives:
        return modified
    if (owned := _share_owner(alternatives)) != alternatives:
        return owned
    if (applied := _share_object(alternatives)) != alternatives:
        return applied
    if (acted := _share_subject_and_object(alternatives)) != alternatives:
        return acted
    for end in range(len(alternatives), 1, -1):
        if (shared := _share_predicate(alternatives[:end])) != alternatives[:end]:
            return shared + alternatives[end:]
    return alternatives


# What two things are done together (同部署、同推进, 共同推进, 相结合): said of a pair joined by 与 or 和.
_JOINT_PREDICATE = re.compile(r"(?:共同|同|相)[\u4e00-\u9fff]{1,4}(?:、(?:共同|同|相)?[\u4e00-\u9fff]{1,4})*$")
_PAIR = re.compile(r"^(.+?[与和])([^与和]+)$")


def _share_partner(alternatives: list[str]) -> list[str]:
    """Partners listed as alternatives of one pair share the pair's first and what the two do together: 把法治建设与
    经济社会发展或中心工作同部署 asks for 法治建设与经济社会发展同部署 and 法治建设与中心工作同部署, not for
    经济社会发展 alone (every report's) nor 中心工作同部署 (said of any work)."""
    if len(alternatives) < 2:
        return alternatives
    first, last, *rest = alternatives
    pair, together = _PAIR.match(first), _JOINT_PREDICATE.search(last)
    if pair is None or together is None or together.start() == 0 or _JOINT_PREDICATE.search(first):
        return alternatives
    return [first + together.group(), pair.group(1) + last, *rest]


# The short items a first alternative ends in, listed with 、 (围绕民法典开展|宣传、学习).
_LISTED_ENDING = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+$")


def _share_lead_of_listed(alternatives: list[str]) -> list[str]:
    """Items listed on after 或 share what leads the list before it: 围绕民法典开展宣传、学习或培训 asks for
    围绕民法典开展培训 (培训 alone is any report's). Only when the first alternative ends in a list of short items
    after words of their own, and each later one is a bare word (a longer one, 年度述法, names a practice)."""
    if len(alternatives) < 2 or not (listed := _LISTED_ENDING.search(alternatives[0])) or listed.start() < 2:
        return alternatives
    if not all(len(other) == 2 and re.fullmatch(r"[\u4e00-\u9fff]+", other) for other in alternatives[1:]):
        return alternatives
    first = alternatives[0]
    # (the first item is as long as the last: 开展|宣传、学习, not 开展宣传)
    lead = first[:first.index("、", listed.start()) - (len(first) - first.rindex("、") - 1)]
    return [first] + [lead + other for other in alternatives[1:]]


def _share_means(alternatives: list[str]) -> list[str]:
    """Practices after the first that say no means of their own share the first one's (通过法治讲座等形式组织
    干部学法或学习习近平法治思想: 通过法治讲座等形式学习习近平法治思想): what the question asks is done by
    that means, and without it the later practice is any learning. Only a later alternative that begins
    with a verb (its own action on the means' occasion)."""
    first = alternatives[0] if alternatives else ""
    means = _MEANS.match(first)
    acts = _VERB_INSIDE.search(first, means.end() + 2) if means else None  # the practice's verb, past the means
    if acts is None:
        return alternatives
    lead = first[:acts.start()]
    return [first] + [lead + a if (_VERB.match(a) or _starts_with_verb(a)) and not _MEANS.match(a) else a
                      for a in alternatives[1:]]


def _share_modifier(alternatives: list[str]) -> list[str]:
    """Short names listed after a name that begin as its head share its modifier: 法治政府建设实施
    纲要或实施方案 asks for 法治政府建设实施方案, and 法治政府建设实施方案、实施规划 for 法治政府建设
    实施规划, not for any 实施方案 (a document type every report names). Only for later names of
    four characters or fewer with no function word (a verb inside is part of them: 实施方案) whose
    first two characters start the head of the first name, after a modifier of two characters or
    more (what follows its last 的)."""
    pieces = [piece for alternative in alternatives for piece in alternative.split("、") if piece]
    if len(pieces) < 2:
        return alternatives
    first, later = pieces[0], pieces[1:]
    at = first.find(later[0][:2])
    modifier = first[:at].rpartition("的")[2] if at > 0 else ""
    if len(modifier) < 2 or any(len(p) > SHARED_NAME or _FUNCTION_WORD.search(p) or not first.startswith(p[:2], at)
                                or first[at:] == p for p in later):
        return alternatives
    return [first] + [modifier + p for p in later]


# Heads that name nothing alone (任务, 目标: every report writes them), so a head listed after a 的 shares it.
_OWNED_HEADS = frozenset("目标 任务 内容 重点 要求 指标 方向 举措 措施".split())


def _share_owner(alternatives: list[str]) -> list[str]:
    """Heads listed after a 的 share what they are of: 把…能力列为法治政府建设的目标或任务 asks for …的任务
    too, not for any 任务 (a word every report writes). Only later heads that name nothing alone
    (``_OWNED_HEADS``; 法律顾问的工作机制或公职律师 asks for 公职律师 as it is), after a first head of
    ``SHARED_NAME`` characters or fewer."""
    if len(alternatives) < 2:
        return alternatives
    first, *later = alternatives
    owner, of, head = first.rpartition("的")
    if not of or len(head) > SHARED_NAME or any(p not in _OWNED_HEADS for p in later):
        return alternatives
    return [first] + [owner + of + p for p in later]


# 对X实行A: what a practice is applied to, put first by 对, and the verb that applies it.
_APPLIED_TO = re.compile(r"^对[^，,]{2,}?(?:实行|实施|进行|开展)")


def _share_object(alternatives: list[str]) -> list[str]:
    """Practices listed after one applied to a thing with 对 apply to it too: 对行政权力清单实行动态调整或清单
    管理 asks for 对行政权力清单实行清单管理, not for any 清单管理 (of a market's negative list). Only later
    names of ``SHARED_NAME`` characters or fewer that are bare (no 对, no verb of their own)."""
    if len(alternatives) < 2:
        return alternatives
    first, *later = alternatives
    applied = _APPLIED_TO.match(first)
    if applied is None or any(
            len(p) > SHARED_NAME or p.startswith("对") or _VERB.match(p) or _starts_with_verb(p) for p in later):
        return alternatives
    return [first] + [applied.group() + p for p in later]


# What every report studies and carries out: a doctrine (习近平法治思想) or a meeting's spirit (…会议精神).
_DOCTRINE = re.compile(r"(?:思想|精神)$")


def _share_subject_and_object(alternatives: list[str]) -> list[str]:
    """Two verbs joined by 或 between a subject and an object share both when the object is what every report
    studies (``_DOCTRINE``): 党委常委会会议专门学习或研究贯彻习近平法治思想 asks for 党委常委会会议专门学习习近平法治
    思想 and …专门研究贯彻习近平法治思想, not for 习近平法治思想 alone; a practice of its own (建立或落实了会前学法
    制度) is asked without the subject, which reports write in words of their own. Only when the first
    alternative ends in a verb after a subject of two characters or more and the second begins with a verb."""
    if len(alternatives) != 2:
        return alternatives
    first, second = alternatives
    verb = next((m for m in _VERB_INSIDE.finditer(first) if m.end() == len(first)), None)
    done = _strip_verbs(second)
    subject = first[:verb.start()] if verb else ""
    if len(subject) < 2 or _EXAMPLE.match(subject) or _VERB.match(subject) or done == second \
            or not all(_DOCTRINE.search(item) for item in done.split("、")) \
            or not (_VERB.match(second) or _starts_with_verb(second)):
        return alternatives
    return [first + done, subject + second]


def _share_verb(alternatives: list[str]) -> list[str]:
    """Objects joined by 或 share the verb before the first: 通过中心组学习法律或习近平法治思想 asks
    for 通过中心组学习习近平法治思想 too. Only when the first alternative ends in a verb (by jieba's
    tags: 建设 of 法治政府建设示范区 is no verb) and a short name (``OBJECT_NAME``), and each later one is a bare name
    that does not begin with a verb of its own (营造或提升营商环境 are two verbs)."""
    import jieba.posseg

    if len(alternatives) < 2:
        return alternatives
    first, *others = alternatives
    words = jieba.posseg.lcut(first)
    verb = max((i for i, w in enumerate(words) if w.flag == "v" and i > 0), default=None)
    if verb is None:
        return alternatives
    tail = words[verb + 1:]
    # (a name of the genre's work ends in 建设, which jieba tags a verb-noun: 推进法治政府建设或依法行政)
    if not 2 <= sum(len(w.word) for w in tail) <= OBJECT_NAME or not all(
            w.flag[0] in _NOUN_TAGS or (w.word == "建设" and w is tail[-1] and len(tail) > 1) for w in tail):
        return alternatives
    # (what a thing is placed in may be described at length: 纳入党校主体班次或干部教育培训的课程内容)
    placing = words[verb].word in PLACING_VERBS
    if any((is_clause(o) and not placing) or _starts_with_verb(o) for o in others):
        return alternatives
    prefix = "".join(w.word for w in words[:verb + 1])
    return [first] + [prefix + other for other in others]


VERB_CLAUSE = 5  # characters a listed clause has at least to be a verb with an object of its own (转变政府职能)


def _is_verb_clause(name: str) -> bool:
    """Whether ``name`` is a verb acting on an object of its own (转变政府职能, 依法全面履行政府职能), after a word of
    manner too (按程序推进年度重大行政决策事项), no verbs alone (调查研究) nor a name (调查研究报告 begins with no verb of
    the genre's lists and jieba's first word is a noun)."""
    return (len(name) >= VERB_CLAUSE and not _only_verbs(name)
            and (_VERB.match(name) is not None or _starts_with_verb(name) or _verb_after_manner(name)))


def _verb_after_manner(text: str) -> bool:
    """Whether jieba reads ``text`` as a word of manner (按程序, 依法, 严格: an idiom or adverb) and then a verb."""
    import jieba.posseg

    words = jieba.posseg.lcut(text)
    return len(words) >= 3 and words[0].flag in ("l", "d", "ad") and words[1].flag == "v"


_WORD_BOUNDARY = re.compile(r"[对把将在的为与和及向给于、]")


# The body named before an alternative of its parts (委员会会议（或其办公室、协调小组会议）): a committee or a group.
_BODY_HEAD = r"(?:委员会|领导小组|工作组)"  # a committee's or a group's name ends so
_BODY_BEFORE = re.compile(r"(?P<body>[\u4e00-\u9fff（）()]{2,24}?" + _BODY_HEAD + r")(?:会议|会)?$")
_ITS = re.compile("^" + _ITS_WORD)


def _with_variants_written_out(text: str) -> str:
    """A short alternative in brackets inside a phrase (党对法治政府建设（或全面依法治县）的领导) stands for the words
    before it back to a function word, and the phrase goes on after it: the phrase is written out with each
    (党对法治政府建设的领导，党对全面依法治县的领导). One closing its clause (告知承诺制（或容缺受理）) is an
    alternative of the whole, and one of verbs (印发（或起草）了…) shares their object: both are left to the
    clause's alternatives."""
    while (aside := next((m for m in _ALTERNATIVE_ASIDE.finditer(text) if m.end() < len(text)
                          and not _CLAUSE_END.match(text, m.end()) and not text.startswith("或", m.end())),
                         None)) is not None:
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, aside.start())), default=0)
        end = next((m.start() for m in _CLAUSE_END.finditer(text, aside.end())), len(text))
        before, after = text[start:aside.start()], text[aside.end():end]
        lead = max((m.end() for m in _WORD_BOUNDARY.finditer(before)), default=0)
        if not before[lead:] or _only_verbs(before[lead:]):  # 印发（或起草）了…: verbs, shared out as alternatives
            written = before + aside.group(1) + after
        else:  # (the alternative may repeat the function word it follows: 为指导（或为指引）)
            head, alternative = before[:lead], aside.group(1)[1:]
            if _ITS.match(alternative) and (body := _BODY_BEFORE.search(before, lead)):  # (其: "its", the body's)
                alternative = before[lead:body.end("body")] + alternative[1:]
            written = f"{before}{after}，{head.removesuffix(alternative[0])}{alternative}{after}"
        text = text[:start] + written + text[end:]
    return text


def _acts_on_its_own(name: str) -> bool:
    """Whether ``name`` holds a verb of the genre's lists with an object of its own after it (依法全面履行政府职能),
    unlike a bare name (依法行政, 行政执法公示) listed before others that share its head."""
    return len(name) >= VERB_CLAUSE and any(len(name) - m.end() >= 2 for m in _VERB_INSIDE.finditer(name))


def _names_a_thing(name: str) -> bool:
    """Whether ``name`` is a thing's name with no verb in it (法治督察制度), as long as a verb clause is."""
    return len(name) >= VERB_CLAUSE and _VERB_INSIDE.search(name) is None and not _starts_with_verb(name)


def _starts_with_verb(text: str) -> bool:
    """Whether jieba tags the first word of ``text`` as a verb (提请审议…, 提升…)."""
    import jieba.posseg

    first = next(iter(jieba.posseg.cut(text)), None)
    return first is not None and first.flag == "v"


def _actor_end(last: str, subjects: list[str]) -> int | None:
    """Where what an actor does begins in ``last`` when every subject only names who acts and
    ``last`` is an actor plus a practice with no verb of the list (主要负责人述法 → 述法)."""
    actor = _ACTOR.search(last)
    if not actor or len(last) - actor.end() < 2:
        return None
    if all((m := list(_ACTOR.finditer(s))) and m[-1].end() == len(s) for s in subjects):
        return actor.end()
    return None


def is_clause(term: str) -> bool:
    """A term that is a clause, not a name: it holds a verb or a function word inside."""
    return bool(_VERB_INSIDE.search(term) or _FUNCTION_WORD.search(term)) or len(term) > CLAUSE_LENGTH


# jieba's tags of adverbs, pronouns, localisers, conjunctions, prepositions,
# particles, measure words and time words.
_MODIFIER_TAGS = ("d", "ad", "r", "f", "c", "p", "u", "q", "t")
# 各 before a kind of body or place (各乡镇, 各部门, which the tokenizer keeps as a word, and its piece 各乡): every one
# of them, which a report counts or names instead (11个乡镇, 26个政府组成部门); the kind alone is the word it writes.
_EACH_OF = re.compile(r"^各(?=[\u4e00-\u9fff])")
_COUNTED = re.compile(r"^[一二两三四五六七八九十几每各数多若]")  # 一项, 每个, 若干: a count, not a thing
# Manner words jieba tags as nouns or verb-nouns (专门/n, 定期/vn).
MANNER_WORDS = frozenset("专门 专题 定期 按时 及时".split())
# A manner word jieba joins to what a meeting does with a matter (专题研究, 专门听取, 定期审议): the
# word is the verb, which reports say with a manner of their own (研究部署, 专题听取并研究).
_MANNERED = re.compile(f"^(?:{'|'.join(MANNER_WORDS)})(?=(?:研究|听取|审议|部署)$)")
# Words by which a question frames what was done (以讲座的形式, 致力于营造, 重视建议的办理, 开展大量
# 活动) rather than name it: a report states the practice without them.
FRAMING_WORDS = frozenset("形式 方式 致力于 重视 大量 加大 力度".split())
# A meeting is named by its body's 会 as often as by 会议: 常务会议 is written 常务会 (区政府常务会),
# 主任会议 主任会, and the 会议 of a body ending in 会 is the body's (常委会会议 is written 常委会); but a committee's
# meeting is written with its 会议 or its session (全面依法治区委员会第三次会议): 委员会 alone names the committee.
_MEETING = re.compile(r"(?<=\w{2})(?<!的)(?<!委员)(?<!委员会)会?会议")  # (委员会的会议 names no meeting 会)
_COMMITTEE_MEETING = re.compile(r"委员会的?(?:第[一二三四五六七八九十\d]+次)?(?:全体)?会议")


_LISTED = r"(?:、|或者|或)"  # what joins two words listed as alternatives
# The share of a corpus's paragraphs that may hold a set of key words by chance (``key_word_sets``), and
# at least one paragraph: words that meet in one paragraph of 50 by accident pick no practice out. A share,
# not a count, so that a practice stated in one report is found alike among 50 reports or 5,000: a count
# of one paragraph held key words to ever rarer meetings as the corpus grew (over the 240 reports of
# tests/corpus/unseen together, which-regions recall on each set's own reports fell from .85 to .67).
# 1/50 is the count of one at the development sets' typical size, where that count was calibrated.
KEY_WORDS_SHARE = 0.02
# A second-try set of key words (``key_word_sets``) is a second chance of a match by accident, so it is
# held to this fraction of the first's chance (and of one paragraph).
PARAPHRASE_CHANCE = 0.05
# Words too common to pick a practice out by chance still do when they meet in this many times the paragraphs chance
# would put them in (``key_words``): they are written together, as a practice most reports of a small corpus state is.
# (At 3 or 4 times, phrases any report writes, 总书记…重要讲话 or 实施纲要, passed as often as practices did.)
WRITTEN_TOGETHER = 5.0


def said_otherwise(word: str, term: str, official: Mapping[str, set[str]]) -> list[str]:
    """``word`` and the official wordings (search/synonyms.tsv) of the phrase of ``term`` it stands
    for: a question says 上法庭应诉 where reports write 出庭应诉, 防疫 where they write 疫情防控. A
    phrase of the table counts when it holds the word and the term writes it (上法庭 for 法庭); one
    the term already writes adds nothing. A committee's 会议 is said by holding it too (``COMMITTEE_MEETING_SAID``)."""
    phrases = [phrase for phrase in official if word in phrase and phrase in term]
    # (a word of a body's full name is said by its short name, though the term writes that too: 理论 of 理论学习中心组
    # by 中心组, as reports write 党组中心组学习)
    short = [name for full, name in SHORT_NAMES.items() if word in full and word not in name and full in term]
    if word == "会议" and _COMMITTEE_MEETING.search(term):  # (召开区委依法治区委员会, 在…委员会上专题述法)
        short += COMMITTEE_MEETING_SAID
    return list(dict.fromkeys([word, meeting_short(word), *short])) + sorted(
        {other for phrase in phrases for other in official[phrase] if other != word and other not in term})


# Bodies reports name by a short name inside their full one.
SHORT_NAMES = {"理论学习中心组": "中心组"}
# A committee's meeting is also said by holding the committee or being at it (召开区委依法治区委员会, 在第四次…委员会中讨论).
COMMITTEE_MEETING_SAID = ("召开", "委员会上", "委员会中")


def meeting_short(text: str) -> str:
    """``text`` with each meeting named by its body's 会 (``_MEETING``): 政府常务会议 → 政府常务会,
    常委会会议 → 常委会. A report writes either; the short one is inside the long one."""
    return _MEETING.sub("会", text)


def key_word_sets(term: str, tokenize: Callable[[str], list[str]], frequency: Callable[[str], int],
                  paragraphs: int, together: Callable[[list[str]], int] | None = None) -> list[list[str]]:
    """The sets of key words any of which states a clause: its rarest words (``key_words``), held to
    ``KEY_WORDS_SHARE`` of the ``paragraphs``, and the rarest after those but the first, held to
    ``PARAPHRASE_CHANCE`` of that. A question paraphrases: its
    rarest word is often one no report writes for the practice (前要 of 提请审议前要经过合法性审核,
    工作人员 of 组织行政机关工作人员旁听, 新冠 where reports say 疫情); the words it shares with the
    report are the next ones. Empty when the clause's words pick nothing out."""
    words = key_words(term, tokenize, frequency, paragraphs, limit=max(KEY_WORDS_SHARE * paragraphs, 1.0),
                      together=together)
    if not words:
        return []
    others = key_words(term, tokenize, frequency, paragraphs, frozenset(words[:1]),
                       max(KEY_WORDS_SHARE * PARAPHRASE_CHANCE * paragraphs, PARAPHRASE_CHANCE))
    return [words] + ([others] if len(others) >= 2 else [])


def listed_alternatives(words: list[str], term: str) -> list[list[str]]:
    """``words`` grouped so that those the term lists side by side (专门听取、研究; 研究或部署) are one
    group: a paragraph states the practice with either (省委常委会会议研究…), not only with both. Kept
    apart when one group would be left, which any paragraph with one of the words would meet."""
    groups: list[list[str]] = []
    for word in words:
        joined = next((g for g in groups if any(re.search(f"{re.escape(a)}{_LISTED}{re.escape(b)}", term)
                                                for other in g for a, b in ((other, word), (word, other)))), None)
        if joined is None:
            groups.append([word])
        else:
            joined.append(word)
    return groups if len(groups) >= 2 else [[word] for word in words]


def key_words(term: str, tokenize: Callable[[str], list[str]], frequency: Callable[[str], int],
              paragraphs: int, without: frozenset[str] = frozenset(), limit: float = 1.0,
              together: Callable[[list[str]], int] | None = None) -> list[str]:
    """The words of a clause that state it: its rarest content words in the corpus but ``without``,
    as many as it takes (two or three) for the paragraphs expected to hold all of them by chance to
    be fewer than ``limit``. Words that only say how, how often, whose or when (``_modifiers``) are
    none of them: the rarest word of a question is often such a word (切实, 专门, 每个) that no report
    writes. A word no paragraph holds is the rarest of all, so a practice nobody states stays unstated. Words that
    would still meet by chance count when ``together`` (the paragraphs holding all of them) finds them meeting
    ``WRITTEN_TOGETHER`` times as often."""
    # (the 上 of a meeting a practice is set at goes with the meeting: 常务会议上学法 is 常务会议 上 学法, not 上学)
    split = [t for part in _AT_A_MEETING.split(term) for t in tokenize(part)]
    tokens = [_EACH_OF.sub("", _MANNERED.sub("", w)) for w in _rejoined(term, _suffixed(term, split, frequency))]
    words = [w for w in dict.fromkeys(tokens) if len(w) >= 2
             and not _VERB_INSIDE.fullmatch(w) and w not in COMMON_WORDS and w not in DEICTIC_WORDS
             and w not in MANNER_WORDS]
    words = [w for w in words if not any(w != other and w in other for other in words)]  # whole words only
    words = [w for w in words if w != "会议" or meeting_short(term) == term]  # 常委会会议: the 会议 is 常委会
    # A place the practice happens at (到法院旁听庭审: a verb follows) or whom it is for (为企业优化…)
    # is a circumstance reports leave out; one a thing is moved to (交到审批窗口: nothing follows) is
    # what the practice is about.
    located = [w for w in words if not any(_VERB_INSIDE.search(term, m.end())
                                           for m in re.finditer(_LOCATIVE.pattern + re.escape(w), term))]
    words = located if len(located) >= 2 else words
    modifiers = _modifiers(term)
    words = [w for w in words if w not in modifiers and w not in without]
    if len(words) == 1:  # one content word: its verb says what is done with it (听取…工作汇报)
        verbs = (re.sub(f"^{_FRAME_ADVERBS}+|[了过着]$", "", m.group()) for m in _VERB_INSIDE.finditer(term))
        words += [v for v in dict.fromkeys(verbs) if len(v) >= 2 and v not in COMMON_WORDS
                  and not any(v in w for w in words)]  # (宣传 of 宣传教育 is that word again)
    chosen: list[str] = []
    chance = float(max(paragraphs, 1))  # expected paragraphs holding every chosen word by chance
    for word in sorted(words, key=lambda w: (frequency(w), -len(w))):
        if len(chosen) >= 2 and chance < limit or len(chosen) == 3:
            break
        chosen.append(word)
        chance *= frequency(word) / max(paragraphs, 1)
    if _COMMITTEE_MEETING.search(term) and "会议" in words and "会议" not in chosen:
        # (a committee's meeting is what is asked, however common the word: the committee's name alone is any of its
        # mentions, 县委全面依法治县委员会办公室： addressing a report)
        chosen.append("会议")
        chance *= frequency("会议") / max(paragraphs, 1)
    if chance < limit or any(frequency(w) == 0 for w in chosen):
        return chosen
    # Words that would still meet in a paragraph by chance do not pick a practice out, unless they meet far more
    # often than chance has them meet: then they are written together, as a practice many reports state is.
    if together is not None and len(chosen) >= 2 and together(chosen) >= WRITTEN_TOGETHER * max(chance, 1.0):
        return chosen
    return []


def _modifiers(term: str) -> set[str]:
    """The words of ``term`` that say how, how often, how many, whose or when (切实, 亲自, 专门,
    定期, 每个, 一项, 自己, 期间), by jieba's tags, and the means and framing of the practice (利用,
    通过, 以…的形式, 致力于): a report states the practice without them or in words of its own
    (每季度, 全年, 我区), so they pick no paragraph out."""
    import jieba.posseg

    return {w.word for w in jieba.posseg.cut(term) if w.word in MANNER_WORDS or w.word in FRAMING_WORDS
            or _MEANS.fullmatch(w.word) or w.flag.startswith(_MODIFIER_TAGS)
            or (w.flag == "m" and _COUNTED.match(w.word) and not _ACTOR.fullmatch(w.word))}  # 一把手 is who acts


# A character after a word that says when or where it happens (考察时, 工作中, 检查后): no body's or place's suffix.
_WHEN_OR_WHERE = frozenset("时中后前上下内外间")


def _suffixed(term: str, tokens: list[str], frequency: Callable[[str], int]) -> list[str]:
    """Tokens with a single character the term writes right after them joined on when the corpus
    writes the two together (审批 局 → 审批局, 司法 所 → 司法所): the suffix makes the word a body
    or a place of its own, far rarer than the word alone."""
    out: list[str] = []
    for token, following in zip(tokens, tokens[1:] + [""]):
        joined = token + following
        if len(token) >= 2 and len(following) == 1 and not _FUNCTION_WORD.fullmatch(following) \
                and following not in _WHEN_OR_WHERE and joined in term and frequency(joined) > 0:
            token = joined
        out.append(token)
    return out


def _rejoined(term: str, tokens: list[str]) -> list[str]:
    """Tokens with each run of single characters the tokenizer split a word into put back together
    where the term writes them side by side (约谈 read as 约 谈): an unknown word is often the rarest."""
    out: list[str] = []
    run = ""
    for token in tokens + [""]:
        if len(token) == 1 and not _FUNCTION_WORD.fullmatch(token) and (run + token) in term:
            run += token
            continue
        if len(run) >= 2:
            out.append(run)
        run = token if len(token) == 1 and not _FUNCTION_WORD.fullmatch(token) else ""
        out.append(token)
    return [t for t in out if t]


def abbreviations(term: str, names: Iterable[str]) -> list[str]:
    """The corpus's practice names (INITIATIVE entities) a clause spells out: a name written as two
    pieces of the clause, each of two characters or more, in order, spanning most of it (会前学法
    of 在开会前先安排集中学法). A name inside the clause as one piece is a narrower practice, not it."""
    found = []
    for name in names:
        if len(name) < 4 or name in term:
            continue
        span = _pieces_span(term, name)
        if span and span >= ABBREVIATION_COVER * len(term):
            found.append(name)
    return found


def _pieces_span(term: str, name: str) -> int | None:
    """How many characters of ``term`` a spelling of ``name`` as ≥2-character pieces in order spans
    (first piece start to last piece end), or None when there is no such spelling. A piece must tell
    something apart: a word too common in the genre spells any clause."""
    best: int | None = None
    for cut in range(2, len(name) - 1):  # two pieces: name[:cut] … name[cut:]
        head, tail = name[:cut], name[cut:]
        if head in COMMON_WORDS or tail in COMMON_WORDS:  # 法治…建设 of 法治政府建设 spells nothing
            continue
        start = term.find(head)
        while start >= 0:
            end = term.find(tail, start + len(head) + 1)
            if end >= 0:
                span = end + len(tail) - start
                best = max(best or 0, span)
            start = term.find(head, start + 1)
    return best


# 加大…力度: how hard a practice is pushed, which reports write in words of their own.
_INTENSIFIED = re.compile(r"(?:加大|加强|强化|加快)(.{4,}?)(?:力度|步伐)")
# A duty named by whoever holds it (履行推进法治建设第一责任人职责), and the verbs before the holder's name; the name
# with its field (法治建设第一责任人) is held to 7 characters or more: a bare 第一责任人 may be any field's.
_HOLDER_OF_DUTY = re.compile(r"(?P<holder>[\u4e00-\u9fff]{2,12}?责任人)的?(?:职责|责任)$")
_DUTY_VERBS = re.compile(r"履行|落实|压实|担起|扛起|担负|承担|推进")


# The 工作 of a group named for its work (法治政府建设工作领导小组): reports write the group without it as often,
# and with it where a question leaves it out (法治政府建设领导小组).
_GROUP_OF_WORK = re.compile(r"(?<=[\u4e00-\u9fff]{4})工作(领导小组|协调小组)")
_GROUP_WITHOUT_WORK = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?<!工作)(领导小组|协调小组)")
# The work of 法治 or 法治政府 a name leaves out (法治督察, 法治政府工作要点), which reports write in (法治建设督察,
# 法治政府建设工作要点).
_WORK_LEFT_OUT = re.compile(r"(法治(?:政府)?)(?=督察|督查|考核|考评|工作要点|工作计划)")
# The principal's duty for the rule of law, which reports write for the rule-of-law government as often (履行推进法治
# 政府建设第一责任人职责): one duty under either name.
_DUTY_OF = re.compile(r"法治(?:政府)?建设(?=第一责任人)")


# Two activities side by side after the name they are of (习近平法治思想宣讲宣传): either is done to it (开展习近平法治
# 思想宣传). Only after a name (no clause's: 面向职工开展普法宣传宣讲); before it they run on into the genre's formula
# (学习宣传贯彻习近平法治思想), which every report writes.
_ACTIVITY = r"(?:宣讲|宣传|学习|解读)"
_PAIRED_ACTIVITIES = re.compile(f"(?P<name>[\u4e00-\u9fff]{{4,}}?)(?P<first>{_ACTIVITY})(?P<second>{_ACTIVITY})")


def variants(term: str, quoted: bool = True) -> list[str]:
    """Wordings that state ``term``: itself, without inner punctuation or the 年 of a span of years in brackets
    (纲要（2021—2025年）: 纲要(2021—2025)) or the 行政 of 重大行政决策 and 行政规范性文件, without a leading time word
    (年度述法 is written 年终述法 or 述法), without a generic head noun, and the head of an enumerated
    name (“双随机、一公开” is often written “双随机”; ``quoted``: the question quotes it, as names it lists
    unquoted are asked one by one), without the 建设 inside a name (法治建设督察 is
    written 法治督察) or with the one it leaves out (法治政府工作要点: 法治政府建设工作要点), the 专题 (法治专题讲座:
    法治讲座) or a group's 工作 (法治政府建设工作领导小组: …领导小组, and the other way), and with its meetings named
    by their body's 会 (常务会议会前学法: 常务会会前学法)."""
    out = [term, _INNER_PUNCT.sub("", term), _SPAN_YEAR.sub("", term)]
    timeless = _TIME_MODIFIER.sub("", term)
    if timeless != term and len(timeless) >= 2 and timeless not in SELF_WORDS and timeless not in _OWNED_HEADS:
        out.append(timeless)  # (年度任务 is not any 任务)
    bare = _GENERIC_HEAD.sub("", term)
    if bare != term and len(bare) >= 3 and "、" not in term:
        out.append(bare)
    head, *others = re.split(r"[、·]", term)
    if head != term and len(head) >= 3 and (quoted or (listed_objects(term) == [term] and not _common_compound(head))):
        # (names a question lists unquoted are asked one by one: ``listed_objects``; the genre's common compound
        # first (依法行政、建设法治政府的工作领导小组) is no name of the thing asked)
        # (a later item that begins as the first one's head shares its modifier: 年度法治政府建设工作要点、工作安排)
        shared = _share_modifier([head, *others])
        for item in [head, *(shared[1:] if shared != [head, *others] else [])]:
            timeless_item = _TIME_MODIFIER.sub("", item)  # (法治政府建设工作要点 still names one; 工作要点 any report's)
            out += [item, timeless_item] if len(timeless_item) >= _OWN_NAME_CHARS else [item]
    # (年度法治政府建设工作要点 is written 《某区2019年法治政府工作要点》 too: without its 年度 and its 建设)
    for wording in [term] + ([timeless] if timeless != term and timeless in out else []):
        unbuilt = _INNER_BUILDING.sub("", wording)
        if unbuilt != wording and len(unbuilt) >= 4:
            out.append(unbuilt)
    # (and 法治督察 is written 法治建设督察, 年度法治政府工作要点 (法治政府)建设工作要点)
    out += [built for wording in list(out) if (built := _WORK_LEFT_OUT.sub(r"\1建设", wording)) != wording]
    unmannered = _INNER_MANNER.sub("", term)
    if unmannered != term and len(unmannered) >= 4:
        out.append(unmannered)
    if (unworked := _GROUP_OF_WORK.sub(r"\1", term)) != term and len(unworked) >= 6:
        out.append(unworked)  # (法治政府建设工作领导小组 is written 法治政府建设领导小组)
    if (worked := _GROUP_WITHOUT_WORK.sub(r"工作\1", term)) != term:
        out.append(worked)  # (and 法治政府建设领导小组 is written 法治政府建设工作领导小组)
    out.append(meeting_short(term))
    if (paired := _PAIRED_ACTIVITIES.fullmatch(term)) and paired["first"] != paired["second"] \
            and not is_clause(paired["name"]):
        out += [paired["name"] + paired["first"], paired["name"] + paired["second"]]  # (X宣讲宣传: X宣讲, X宣传)
    if intensified := _INTENSIFIED.fullmatch(term):  # 加大简政放权力度: 简政放权 (加大简政放权, 简政放权力度不断加大)
        out.append(intensified.group(1))
    out += among_listed_plenums(term)
    out += [_ADMINISTRATIVE.sub("", wording) for wording in out]  # (行政规范性文件清理 of 行政规范性文件清理、评估)
    # a wording of the genre's common words alone (法治政府建设 of 法治政府建设、依法行政方面) is in every report
    return [v for v in dict.fromkeys(out) if len(v) >= 2 and (v == term or not _generic(v))]


# A party congress's plenary session by its ordinal (二十届三中全会); reports list a congress's sessions under one
# congress and one 全会 (党的二十届二中、三中全会精神, 十九届二中、三中、四中、五中全会), or one 中 too (二十届三、四中全会).
_PLENUM = re.compile(r"(?P<congress>[一二三四五六七八九十]{1,3}届)(?P<ordinal>[一二三四五六七八九])中全会")
_PLENUM_ORDINALS = "一二三四五六七八九"
_LISTED_PLENUMS = 5  # sessions a report lists together, at most


def among_listed_plenums(term: str) -> list[str]:
    """``term`` with its plenary session written inside each run of sessions a report may list it in
    (二十届三中全会 → 二十届二中三中全会, 二十届三四中全会 …), as the exact index reads a list without its 、;
    without the 党的 before it, which the list shares with the congress (党的二十大和二十届二中、三中全会)."""
    match = _PLENUM.search(term)
    if match is None:
        return []
    asked = _PLENUM_ORDINALS.index(match["ordinal"])
    runs = [range(first, last + 1) for first in range(asked + 1) for last in range(asked, len(_PLENUM_ORDINALS))
            if last - first < _LISTED_PLENUMS]
    before, after = term[:match.start()].removesuffix("党的") + match["congress"], "全会" + term[match.end():]
    return [before + "".join(_PLENUM_ORDINALS[i] + "中" for i in run) + after for run in runs] + [
        before + "".join(_PLENUM_ORDINALS[i] for i in run) + "中" + after for run in runs if len(run) > 1]


# A body's role over a work (党对法治政府建设的领导, 人大对法治政府建设的监督支持): reports name the work otherwise
# (党对推进依法行政、建设法治政府的领导), so the body and its role in one sentence state it.
_BODY_OVER_WORK = re.compile(r"(?P<body>(?:党|党委|人大|政协|政府)对)[\u4e00-\u9fff、]{2,14}(?P<role>的[\u4e00-\u9fff]{2,4})$")
# The degrees a leadership is written with (党对…的绝对领导, 全面领导, 集中统一领导).
_DEGREES = ("绝对", "全面", "集中统一", "坚强")
# The verbs of holding to a body's role (坚持、加强党对…的领导).
_HOLDING = re.compile(r"坚持|加强")
# What a body or congress laid down (二十大关于法治建设的部署), which reports write with its kind (的战略部署, 决策部署).
_LAID_DOWN = re.compile(r"(?P<what>[\u4e00-\u9fff]{4,}的)部署$")
_KINDS_OF_PLANS = ("战略", "决策", "重大", "工作")
# How long a document's name is, at least, to name one of its own without its time word (依法行政工作要点).
_OWN_NAME_CHARS = 6


# A government's standing meeting or a party's study group studying law (常务会议学法, 常务会前学法, 理论学习中心组学法): the
# genre's institutions, however the words between are written.
# (学法 or a wording of it: 在政府常务会议上学习法律法规; no more after it: 学法时点名学习了… is narrower)
_LAW_STUDY = ["学法", *sorted(synonyms.default().official.get("学法", ()))]
_MEETING_STUDY = re.compile(r"(?P<body>常务会|中心组)(?:议)?[^，,、]{0,6}?(?:" + "|".join(map(re.escape, _LAW_STUDY))
                            + r")(?:制度)?$")
_STUDYING_BODIES = {"常务会": ["常务会议", "常务会"], "中心组": ["中心组"]}


# A year's plan of a work (法治政府建设工作要点): reports date it inside the name (法治政府建设年度工作要点, 《…依法治县委员会
# 2024年工作要点》) or name the work before a dated plan in one sentence (…法治政府建设报告及公开工作，制定2023年度工作要点).
# Not one the work is put into (将法治政府建设纳入县委、县政府年度工作要点), nor a plan of its own before the work it
# deploys (印发《…司法行政2020年工作要点》，安排部署全年法治政府建设工作): ``plan_made``.
_YEARS_PLAN = re.compile(r"^(?:年度)?(?P<work>[\u4e00-\u9fff]{2,10}?)(?:年度)?工作要点$")
DATED_PLANS = ["年度工作要点", "年工作要点"]


# A name a report may write first in a list of names sharing its head, the head written once after the last
# (中央全面依法治国、省委全面依法治省工作会议精神; 印发年度法治政府建设、守法普法工作要点).
_LISTED_BEFORE_HEAD = re.compile(r"(?P<name>[\u4e00-\u9fff]{4,12}?)(?P<head>工作会议精神|会议精神|工作要点|工作计划|工作方案"
                                 r"|实施方案|工作会议)")


def conditions(term: str, quoted: bool = True,
               made: tuple[str, str] | None = None) -> list[tuple[str, list[list[str]]]]:
    """(label, required groups for the exact index) of each wording that states ``term`` (``quoted``: as
    the question quotes it, see ``variants``; ``made``: the title and kind of the document it names made to carry
    out another, ``made_documents``).

    A two-character core left by a generic head (述法 of 述法制度) is too common alone, so it
    counts only beside some generic head in the same paragraph (述法考评制度, 述法评议机制); a core that is a
    count (三项 of 三项制度) names nothing beside another head (三项清单制度). A duty named by its
    holder (履行推进法治建设第一责任人职责) is stated by the holder with its field and the duty, in verbs of the report's
    own (法治建设第一责任人职责履行到位, 压实法治建设第一责任人责任), under either name of its field (``_DUTY_OF``:
    履行推进法治政府建设第一责任人职责); not by the holder alone, who may be named for
    another practice (把法治建设第一责任人纳入述法对象), nor when the duty is the purpose of another (为压实…职责，
    建立…机制). A name ending in the campaign for it (法治政府建设示范创建) is stated by what is striven for and the
    striving said together, in either order and with its level in between (创建全国法治政府示范县,
    示范区创建工作, 争创…示范县). A name sharing its head with others a report lists after it is stated by the name
    before 、 and the head in one sentence (法治政府建设、守法普法工作要点 states 法治政府建设工作要点)."""
    if made:  # (a document made to carry out another, ``made_documents``: the title and the kind said together)
        title, kind = made
        kinds = [kind] + ([_SHORT_KINDS[kind]] if kind in _SHORT_KINDS else [])
        return [(v, [[v]]) for v in variants(term, quoted)] + [(f"{title}…{kind}", [variants(title), kinds])]
    out = [(v, [[v]]) for v in variants(term, quoted)]
    bare = _GENERIC_HEAD.sub("", term)
    if bare != term and len(bare) == 2 and "、" not in term and not _COUNT_CORE.fullmatch(bare):
        out.append((f"{bare}…{'/'.join(GENERIC_HEADS[:2])}等", [[bare], list(GENERIC_HEADS)]))
    striven = _CAMPAIGN.sub("", term)
    if striven != term and len(striven) >= 4 and "、" not in term:
        out.append((f"{striven}…{'/'.join(CAMPAIGN_WORDS)}", [variants(striven), list(CAMPAIGN_WORDS)]))
    if (held := _HOLDER_OF_DUTY.search(term)) and not term.startswith("为") \
            and len(holder := _DUTY_VERBS.split(held.group("holder"))[-1]) >= 7:
        holders = dict.fromkeys(_DUTY_OF.sub(work, holder) for work in ("法治建设", "法治政府建设"))
        out += [(wording, [[wording]]) for one in holders for wording in (f"{one}职责", f"{one}责任")]
    if study := _MEETING_STUDY.search(term):  # (政府常务会议学法 is written 常务会议会前学法, 常务会集体学法, 常务会议每季度学法,
        # and by what is studied: 政府常务会议专题学习习近平法治思想, the genre's wordings of 学法 in search/synonyms.tsv)
        bodies = _STUDYING_BODIES[study["body"]]
        out.append((f"{bodies[0]}…学法", [bodies, _LAW_STUDY]))
    if (given := given_role(term)) and (not given.field or _own_field(given.field)):  # (X studied in any words)
        held = studied_name(given.held) or given.held
        if given.field:  # (the field in the report's words around X: 将X融入…，作为我县“八五”普法首要内容)
            out.append((f"{held}…作为…{given.field}", [variants(held, quoted), [_GIVING], [given.field]]))
        else:  # (X given the role in one clause, ``given_in_one_clause``: 把学习贯彻X作为首要政治任务)
            out.append((f"{held}作为…{given.role}", [[f"{v}{_GIVING}" for v in variants(held, quoted)], [given.role]]))
    if LEADERS_SHARING_OUT.search(term):  # (any sharing out between the two ranks, ``shares_out``)
        out.append((f"{_PRINCIPALS[0]}…、{_DEPUTIES[0]}…", [list(_PRINCIPALS), list(_DEPUTIES)]))
    if topic := _topic_apart(term):  # (its topic and its kind in one sentence, the topic widened)
        out.append((f"{topic[0]}…{topic[1]}", [[topic[0]], [topic[1]]]))
    # (the first of a list sharing its head: 法治政府建设、守法普法工作要点; what is studied by it too)
    if listed := _LISTED_BEFORE_HEAD.fullmatch(studied_name(term) or term):
        out.append((f"{listed['name']}、…{listed['head']}", [[listed["name"] + "、"], [listed["head"]]]))
    if (plan := _YEARS_PLAN.match(term)) and len(plan["work"]) >= 4:
        works = list(dict.fromkeys([plan["work"], plan["work"].removeprefix("全面")]))  # (县委依法治县委员会…工作要点)
        out.append((f"{plan['work']}…年度工作要点", [works, DATED_PLANS]))
    if over := _BODY_OVER_WORK.search(term):  # (after the verbs of holding to it: 坚持、加强党对…的领导)
        # (a leadership is written with its degree too: 党对法治工作的绝对领导)
        roles = [over["role"]] + [f"的{degree}{over['role'][1:]}" for degree in _DEGREES if over["role"] == "的领导"]
        out.append((f"{over['body']}…{over['role']}", [[over["body"]], roles]))
        # ... and held to by its own name: a report's 坚持党的领导 is the party's leadership over its work
        held = [f"{verb}{over['body'].removesuffix('对')}{over['role']}" for verb in _HOLDING.findall(term[:over.start()])]
        out += [(wording, [[wording]]) for wording in held]
    if laid := _LAID_DOWN.search(term):  # (二十大关于法治建设的战略部署)
        wordings = [f"{term[:laid.end('what')]}{kind}部署" for kind in _KINDS_OF_PLANS]
        out += [(wording, [[wording]]) for wording in wordings]
    return out


def _topic_apart(term: str) -> tuple[str, str] | None:
    """(topic, 专题 + kind) of a course ``term`` names by its topic alone (``_TOPICAL_COURSE``): not a clause that
    holds it (为干部举办法治专题培训班, whose actor and verb are no topic) nor a list."""
    import jieba.posseg

    course = _TOPICAL_COURSE.fullmatch(term)
    if course is None or any(w.flag in ("v", "p", "d", "c") for w in jieba.posseg.cut(course["topic"])):
        return None
    return course["topic"], course["course"]


def plan_made(text: str, works: list[str]) -> bool:
    """Whether a sentence of ``text`` makes a dated plan of one of the ``works`` (``DATED_PLANS``): the work is
    named before the plan, nothing is put into the plan (``PLACING_VERBS``) between them, and the plan is no other
    body's that the clause carries out (全面贯彻《海东市乐都区法治政府建设2022年工作要点》)."""
    for sentence in _SENTENCE_END.split(text):
        plan = min((at for dated in DATED_PLANS if (at := sentence.find(dated)) >= 0), default=-1)
        if plan < 0:
            continue
        before = sentence[:plan]
        work_end = max((before.rfind(w) + len(w) for w in works if w in before), default=-1)
        if work_end >= 0 and not _PLACING.search(before[work_end:]) \
                and not _CARRIED_OUT.search(_CLAUSES.split(before)[-1]):
            return True
    return False


def described_name(term: str, tokenize: Callable[[str], list[str]]) -> str | None:
    """The name a clause describes with a modifier before 的 (营商环境 of 法治化的营商环境): reports
    write the name without the question's description of it. None unless what follows the last 的 is
    a name of four characters or more that tells a practice apart: no clause, no generic head (工作机制
    of 专门的工作机制 is any mechanism), and a word of its own beyond the genre's common ones (依法行政
    is 依法 and 行政). The 建设 inside a name (法治政府建设工作要点) is the work it is of, no verb; the 的 of 党的 is part of a
    name (党的二十大精神), no modifier's, and what a clause does with that name (宣讲党的二十大精神) is no name of it."""
    before, _, name = term.rpartition("的")
    if name == term or (before.endswith("党") and is_clause(before)) or len(name) < 4 \
            or is_clause(_INNER_BUILDING.sub("", name)) or _GENERIC_HEAD.search(name) \
            or _common_compound(name) or _BARE_DOCUMENT_HEAD.fullmatch(name):  # (重要讲话精神: what every
        return None  # report carries out; 工作领导小组 of 推进依法行政的工作领导小组: any group, what it is for told before)
    return name if any(w not in COMMON_WORDS for w in tokenize(name) if w != name) else None


# Verbs of studying and carrying out a doctrine or a document: reports write the name with any of them
# (认真贯彻落实习近平法治思想, 深刻领会…, 将习近平法治思想纳入学法计划) where a question writes others
# (学习贯彻、深学笃用…). 学 alone stands for 学习, 深学 and 学法.
STUDY_VERBS = ("学", "贯彻", "落实", "践行", "领会", "宣传", "宣讲", "笃用")
# How a body studies (深入学习, 全面贯彻落实): the manner before verbs of studying.
_STUDY_MANNER = "(?:深入|认真|全面|持续|切实|扎实)"
# (verbs of studying alone, in a manner or not: 贯彻落实, 学习贯彻, 全面贯彻落实)
_STUDYING_ONLY = re.compile(_STUDY_MANNER + "?(?:学习|" + "|".join(STUDY_VERBS) + ")+")
_STUDYING = re.compile("^" + _STUDY_MANNER + r"?(?:(?:学习|深学|贯彻|落实|践行|领会|宣传|宣讲|笃用)[、和与及并]?)+")


# A means named anywhere in a question (依托中心组组织学法，或学习X): not 审议通过, which passes a document.
_MEANS_NAMED = re.compile(r"(?<!审议)(?<!讨论)(?:" + "|".join(_MEANS_WORDS) + ")")


def names_a_means(question: str) -> bool:
    """Whether the question asks for a practice carried out by a means (依托理论学习中心组…): its
    alternatives split off the means (…，或学习习近平法治思想) still ask for it."""
    return _MEANS_NAMED.search(question) is not None


def studied_name(term: str) -> str | None:
    """The name a clause of studying verbs acts on (学习宣传、贯彻落实习近平法治思想 → 习近平法治思想):
    the practice is studying or carrying out that name, stated by the name with any verb of
    ``STUDY_VERBS`` in one sentence. None unless every verb before it is one of them and it is a
    name of four characters or more (no verb but the 建设 of a name's work, no function word: 党的二十大精神
    says whose) that is no common compound of the genre (重要讲话精神: what every report carries out)."""
    studying = _STUDYING.match(term)
    name = term[studying.end():] if studying else ""
    if len(name) < 4 or _VERB_INSIDE.search(_INNER_BUILDING.sub("", name)) or _FUNCTION_WORD.search(name) \
            or _generic(name) or _common_compound(name):
        return None
    return name


# A study group studying (通过党委理论学习中心组学习X, 由中心组专题学习X): the practice is the group's, after how it is
# reached (通过, 依托, 由) and whose group it is (党委, 党组, 党工委).
_GROUP_STUDYING = re.compile(r"^(?:" + "|".join(_MEANS_WORDS) + r"|由)?[\u4e00-\u9fff（）()]{0,6}?(?:理论学习)?中心组"
                             r"(?:专题|集中|集体)?(?=学习)")
STUDY_GROUP = SHORT_NAMES["理论学习中心组"]  # (its short name: reports write 中心组学习 as often as the full one)


def group_studied(term: str) -> str | None:
    """The name a study group studies in ``term`` (通过党委理论学习中心组学习习近平法治思想 → 习近平法治思想): stated by
    the name, a verb of studying and the group (``STUDY_GROUP``) in one sentence, however a report orders them
    (将习近平法治思想纳入中心组学习计划, 区委理论学习中心组集体学习习近平法治思想). None unless the term is of that shape
    and studies one name (``studied_name``)."""
    group = _GROUP_STUDYING.match(term)
    name = studied_name(term[group.end():]) if group else None
    return name if name and "、" not in name else None


_PLACED = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,}?)(?:" + "|".join(PLACING_VERBS) + r")(?P<into>[\u4e00-\u9fff、]{2,})$")


_PLACING_ALONE = re.compile(r"^(?:或者|或是|或|并|并且)?(?=" + "|".join(PLACING_VERBS) + ")")


def _placing_shared(clauses: list[str]) -> list[str]:
    """Clauses that place, with what an earlier one places where they name nothing of their own: 把法治建设写进年度工作
    要点，或纳入发展总体规划 asks for 法治建设纳入发展总体规划 (发展总体规划 alone is any region's plan)."""
    shared = list(clauses)
    for at in range(1, len(shared)):
        placed = _PLACED.match(shared[at - 1])
        if placed and (alone := _PLACING_ALONE.match(shared[at])):
            shared[at] = alone.group() + placed["what"] + shared[at][alone.end():]
    return shared


def _placing(term: str) -> re.Match[str] | None:
    """``term`` read as a clause placing a thing somewhere (what, into), or None for another clause, or where what it
    places holds a verb (the 建设 of 法治政府建设 is its work, no verb)."""
    placed = _PLACED.match(term)
    if not placed or _VERB_INSIDE.search(_WORK_OF.sub("", _INNER_BUILDING.sub("", placed["what"]))):
        return None
    return placed


def placed_thing(term: str) -> str | None:
    """What a clause of placing shape places (法治政府建设 of 法治政府建设纳入经济社会发展重点), whether or not
    ``placed_into`` reads a kind in where it is placed."""
    placed = _placing(term)
    return placed["what"] if placed else None


def placed_into(term: str, tokenize: Callable[[str], list[str]]) -> tuple[str, list[str]] | None:
    """What a clause places and the kinds of thing it is placed in (法治建设纳入年度目标考核 → 法治建设,
    [考核]; …纳入绩效考核、综合考评 → [考核, 考评]): the practice is placing it in any such thing, and
    reports name their own kind (纳入年度目标责任考核, 纳入政绩考核指标体系). A kind is the last word of
    each listed thing that is no generic head (体系 of 年度考核体系 is 考核's), with the word before it for a
    written thing (``WRITTEN_KINDS``). None unless the clause is
    of that shape, what is placed holds no verb (the 建设 of 法治政府建设 is its work) and every listed
    thing has a kind."""
    placed = _placing(term)
    if placed is None:
        return None
    kinds = []
    for thing in placed["into"].split("、"):
        while (head := _GENERIC_HEAD.search(thing)) and head.start() >= 2:
            thing = thing[:head.start()]
        ends = [w for w in tokenize(thing) if len(w) >= 2 and thing.endswith(w)]
        if not ends or (kind := min(ends, key=len)) in COMMON_WORDS:
            return None
        if kind in WRITTEN_KINDS:  # (a plan is told apart by what it plans: 培训计划, not 学法计划)
            before = [w for w in tokenize(thing[:-len(kind)]) if len(w) >= 2 and thing[:-len(kind)].endswith(w)]
            # (… or is a work plan, whose 工作 a search tokenizer drops: 年度工作要点 is a 工作要点)
            document = next((head for head in DOCUMENT_HEADS if thing.endswith(head)), None)
            if not before and document is None:
                return None
            kind = min(before, key=len) + kind if before else document
        kinds.append(kind)
    return placed["what"], list(dict.fromkeys(kinds))


HEARING_VERBS = ("听取",)
# What a body hears about a matter (听取法治建设工作汇报): reports write a briefing, a report or how it stands.
HEARD_REPORTS = ("汇报", "报告", "情况")
# 听取法治政府建设、依法行政工作的汇报: the matters heard about, before the briefing's words; 报告 and 情况 are
# heard only where the question hears them (审议年度法治政府建设报告 is the annual report).
_HEARING = re.compile(r"^.*听取[了过]?(?:和|并)?(?:审议|研究)?")  # (whoever hears, however: 党委定期听取)
_HEARD = re.compile(r"^(?:.*关于)?(?P<about>[\u4e00-\u9fff、]{2,}?)(?:工作)?(?:情况)?的?(?:专题|专项)?(?P<report>汇报|报告|情况)$")


def heard_about(term: str, question: str) -> list[str] | None:
    """The matters a clause of hearing a briefing is about (听取法治建设工作汇报 → [法治建设];
    法治政府建设、依法行政工作的汇报 → both): the practice is hearing about any of them, which reports
    write in words of their own (定期听取工作汇报 in a sentence on 法治建设, 听取和研究法治政府建设工作情况),
    so a hearing verb, a matter and a briefing word in one sentence state it. A term ending in 报告 or 情况
    (党委听取法治政府建设情况) is heard only where the question writes 听取 before it. None for any other clause."""
    heard = _HEARD.match(_HEARING.sub("", term))
    if not heard or (heard["report"] != "汇报" and "听取" not in term
                     and not re.search(f"听取[^，,。？?；;]*{re.escape(heard['about'])}", question)):
        return None
    matters = [re.sub(r"(?:工作|方面)$", "", m) for m in re.split(r"[、]|等", heard["about"]) if m]
    matters = [m for m in matters if len(m) >= 2]  # (the genre's own work, 法治建设, is what is heard about)
    return matters or None


# Where a report names its own place inside a name of the genre's work (法治三门建设工作要点, 法治海门建设规划).
OWN_PLACE = "{place}"
_RULE_OF_LAW_WORK = "法治建设"
_PLACE_LEVEL = re.compile(r"(?<=\w{2})(?:区|县|市|旗|盟)$")
# A document or measure of that work by name (法治建设工作要点, 法治建设考核办法), not a clause around it
# (下辖市县开展了法治建设督察、督查检查).
_NAMED_WORK = re.compile(f"{_RULE_OF_LAW_WORK}[\u4e00-\u9fff]{{2,8}}")
# A province's governance by law named by its level (全面依法治省委员会, 依法治区 of an autonomous region), which its
# own reports write with its one character (全面依法治藏委员会, 依法治疆).
_PROVINCE_GOVERNED_BY_LAW = re.compile("依法治([省区])(?:委员会|委|办|工作)")


def named_with_own_place(term: str) -> str | None:
    """``term`` as a report writes it of its own place: 法治建设工作要点 → 法治{place}建设工作要点 (《2023年法治
    三门建设工作要点》 in 三门县's report, 《法治海门建设规划》 in 海门区's); 全面依法治省委员会 → 全面依法治{place}委员会
    (a province's or an autonomous region's by its one character: 全面依法治藏委员会). The place is the report's own:
    a parent's (推进法治台州建设 in 三门县's) is the work of another. None where the term names no more than
    法治建设 (any report's work), is not a name of it or is a clause around it."""
    if _NAMED_WORK.fullmatch(term):
        return term.replace(_RULE_OF_LAW_WORK, f"法治{OWN_PLACE}建设", 1)
    governed = _PROVINCE_GOVERNED_BY_LAW.search(term)
    return term[:governed.start(1)] + OWN_PLACE + term[governed.end(1):] if governed else None


def own_place_names(region: str) -> list[str]:
    """The forms a report writes its own region in (三门县: 三门; 海门区: 海门; 昌吉回族自治州: 昌吉州, 昌吉…; a
    province-level one also by its one character: 西藏自治区: 藏)."""
    from ingest import gazetteer

    gaz = gazetteer.load()
    places = gaz.by_name.get(region, [])
    stem = _PLACE_LEVEL.sub("", region)
    characters = [gazetteer.PROVINCE_CHARACTERS[place.code[:2]] for place in places  # (依法治藏)
                  if place.level == "province" and place.code[:2] in gazetteer.PROVINCE_CHARACTERS]
    return list(dict.fromkeys([region, *([stem] if stem != region else []),
                               *(short for place in places for short in gazetteer.short_names(place)), *characters]))


# A party congress and a plenary session of a central committee, whose spirit reports carry out (十九大, 二十届三中全会,
# 十九届历次全会): they list them under one 精神 (党的十九大、十九届二中、三中、四中全会精神; 二十大和二十届二中、
# 三中全会精神), so the one asked stands apart from the 精神 that is its.
_CONGRESS = re.compile(r"(?P<congress>(?:十[一二三四五六七八九]|二十)大)"
                       r"|(?P<term>(?:十[一二三四五六七八九]?|二十)届)(?:中央)?(?P<session>[一二三四五六七八九]中|历次)?全会")


# What may stand around the spirits a clause carries out: verbs of carrying it out before (学习贯彻、贯彻落实党的…), and
# after its last 精神 the frame of what it guides (…精神为依据推进法治政府建设). Anything else makes the spirit the matter
# of another practice (宣讲团深入校园宣讲党的二十大精神, 党的二十大精神专题宣讲会), which the spirit alone does not state.
_BEFORE_SPIRITS = re.compile(r"^(?:以|把|将|按照|坚持)?(?:传达)?(?:" + _STUDYING.pattern.lstrip("^") + r")?(?:传达)?了?(?:党的)?$")
_AFTER_SPIRITS = re.compile(r"^(?:等)?(?:为(?:依据|指导|引领|遵循)|$)")


# A meeting named by its convener (中央全面依法治国工作会议, 省委全面依法治省委员会会议) whose spirit a clause carries out:
# reports list it with others under one 精神 as they list congresses (结合贯彻落实中央全面依法治国工作会议和省委…工作会议、
# 市委…工作会议精神).
_NAMED_MEETING = re.compile(r"(?P<meeting>(?:中央|省委|市委|区委|县委|州委|全国)[\u4e00-\u9fff]{2,20}?会议)精神")


def congress_spirits(term: str) -> list[list[list[str]]]:
    """The word groups that state carrying out the spirit of each congress or plenary session a clause names
    (学习贯彻党的二十大精神 → 二十大＋精神; 二十届三中全会精神 → 二十届＋三中＋全会＋精神), or of a meeting named by its
    convener (中央全面依法治国工作会议精神 → 中央全面依法治国工作会议＋精神), said in one sentence however a report lists
    them. Empty unless the clause is of their 精神: carrying it out, not a practice about it."""
    if "精神" not in term or not _AFTER_SPIRITS.match(term[term.rfind("精神") + 2:]):
        return []
    first = _CONGRESS.search(term)
    if first is not None and _BEFORE_SPIRITS.match(term[:first.start()]):
        return [[[m["congress"]], ["精神"]] if m["congress"]
                else [[m["term"]], *([[m["session"]]] if m["session"] else []), ["全会"], ["精神"]]
                for m in _CONGRESS.finditer(term)]
    meeting = _NAMED_MEETING.search(term)
    if meeting is not None and _BEFORE_SPIRITS.match(term[:meeting.start()]):
        return [[[meeting["meeting"]], ["精神"]]]
    return []


def names_a_spirit(groups: list[list[str]]) -> bool:
    """Whether ``groups`` state carrying out a congress's or meeting's spirit (``congress_spirits``: its words, then
    精神)."""
    return len(groups) > 1 and groups[-1] == ["精神"]


# A congress greeted (迎接党的二十大胜利召开, 喜迎党的二十大, 迎接二十大的召开): its opening looked forward to, not its
# spirit carried out.
_GREETING_BEFORE = re.compile(r"(?:迎接|喜迎)(?:党的)?$")
_CONVENED_AFTER = re.compile(r"的?(?:胜利|隆重)?(?:召开|开幕)")


def _greeted(sentence: str, at: int, word: str) -> bool:
    """Whether the congress named ``word`` at ``at`` in ``sentence`` is greeted (``_GREETING_BEFORE``)."""
    return _GREETING_BEFORE.search(sentence, max(0, at - 4), at) is not None \
        or _CONVENED_AFTER.match(sentence, at + len(word)) is not None


def spirit_of_congress(text: str, groups: list[list[str]], heading: str = "") -> bool:
    """Whether a sentence of ``text`` that names the congress (``groups``' first words) and a 精神 carries out that
    congress's spirit (党的二十大和二十届二中、三中全会精神; 学习贯彻…精神，落实党的二十大关于法治建设重大部署), or a
    section ``heading`` names it (深入学习党的二十大报告…): not where each mention greets the congress, before or
    after another meeting's spirit (…委员会第五次会议精神，…来迎接党的二十大胜利召开; 以优异成绩迎接党的二十大胜利召开，
    认真学习贯彻…会议精神)."""
    return any(any(not _greeted(piece, m.start(), word) for m in re.finditer(re.escape(word), piece))
               for word in groups[0]
               for piece in [heading, *(s for s in _SENTENCE_END.split(text) if "精神" in s)])


# Providing the rule of law's safeguard for something (为经济社会发展提供坚强法治保障): the genre's fixed phrase for
# what its work is for, written with a degree between (提供有力的法治保障) and the older 法制 for 法治.
SAFEGUARD_VERB = "提供"
SAFEGUARDS = ("法治保障", "法制保障")
# What a safeguard is provided for, cut from the providing by a list of alternatives (要为经济社会发展 of 为经济社会发展或
# “十四五”开局提供法治保障): no practice alone (``safeguarded_for`` reads it with the providing), unless something is
# done for it (为疫情防控开展法治宣传).
_BENEFICIARY_ALONE = re.compile(r"^(?:要|要求)?[为给](?!.*提供)")
_SAFEGUARD = re.compile(r"(?:[为给](?P<for>[^，,。？?；;为给]{2,30}?))?提供(?:了)?(?:有力|坚强|坚实|良好|[（(][^（）()]{1,8}[）)])?的?"
                        r"法[治制](?:（法[治制]）)?保障")  # (an aside of its strength: 提供（坚强、有力）法治保障)


# What every report's work is for, however a report words it (经济社会发展, 高质量发展, 中心工作, 改革发展大局,
# 中国式现代化): a safeguard for it is any report's (为谱写中国式现代化…篇章提供坚实法治保障 states 为经济社会发展…).
GENERAL_AIM = re.compile(r"(?:发展|大局|中心工作|中心任务|现代化)$")


def safeguarded_for(question: str) -> list[str] | None:
    """What a question asks the rule of law's safeguard be provided for, as alternatives (给本地经济社会发展、振兴或中心
    任务提供法治保障 → [经济社会发展, 振兴, 中心任务]; [] when it names nothing); None when it asks no such thing."""
    asked = _SAFEGUARD.search(question)
    if asked is None:
        return None
    beneficiary = _PLACE_DEICTIC.sub("", asked["for"] or "")
    if re.search(r"(?:或者|或|、|和|及)$", beneficiary) and (verb := _VERB_INSIDE.search(beneficiary)):
        beneficiary = beneficiary[:verb.start()]  # 为疫情防控开展法治宣传、法律服务或提供…: what follows 为 up to its verbs
    return [b for b in re.split(r"、|或者|或|和|及", beneficiary) if len(b) >= 2]


def split_name(term: str, tokenize: Callable[[str], list[str]]) -> tuple[str, str] | None:
    """A long name as its leading word and the rest (行政审批 + 中介服务事项), each of four characters
    or more: reports insert a modifier between them (行政审批前置中介服务事项), so the two said in one
    sentence state the name too. None for a clause, an enumeration or a name too short to split."""
    if is_clause(term) or "、" in term or len(term) < 2 * SPLIT_PIECE:
        return None
    end = 0
    for token in tokenize(term):  # word boundaries, left to right (search mode also gives inner words)
        if term.startswith(token, end):
            end += len(token)
            if end >= SPLIT_PIECE:
                return (term[:end], term[end:]) if len(term) - end >= SPLIT_PIECE else None
    return None


def asks_own(question: str) -> bool:
    """Whether the question asks for each region's own document (本地自己的实施方案, 以本地名义…方案, 本省的…要点):
    one a report only carries out (贯彻落实《法治政府建设实施纲要》) is not it."""
    own = _OWN.search(question)
    return own is not None and _OWN_DOCUMENT.search(_CLAUSE_END.split(question[own.end():], 1)[0]) is not None


# An aside setting section headings aside (（只见于小标题的不算）): a heading names what its section is about; the
# practice must be stated in the text under it.
_HEADINGS_SET_ASIDE = re.compile(r"(?:只|仅)(?:见于|出现在|写在|在)[^（）()，,]{0,4}?(?:小|分|章节|段落|[一二三]级)标题"
                                 r"[^（）()]{0,12}?(?:不算|不计|除外)")


def sets_headings_aside(question: str) -> bool:
    """Whether the question counts no practice a report names only in a heading (``_HEADINGS_SET_ASIDE``)."""
    return _HEADINGS_SET_ASIDE.search(question) is not None


def asks_provinces(question: str) -> bool:
    """Whether the own document asked is the province's (贯彻落实本省（直辖市）的…实施方案): a district's report carries
    out 《重庆市…实施方案》, its province's, as the province's own report does."""
    return _PROVINCES_OWN.search(question) is not None


_PROVINCES_OWN = re.compile(r"本省|本自治区")


def made_in_period(question: str) -> bool:
    """Whether the question asks for a document made in the period its report covers (在报告所述期间制定了本地
    自己的实施方案): a region's own plan that a report only carries out (全面落实《河南省…实施方案（2016—2020年）》 in a
    2018 report) was made before it."""
    return bool(_MADE_IN_PERIOD.search(question))


def said_as_own(text: str, names: list[str], places_in: Callable[[str], set[str]], region: str | None,
                made_then: bool = False, year: int | None = None, province: str | None = None) -> bool:
    """Whether ``text`` writes one of ``names`` as its ``region``'s own, not as the title of a
    document from above. A title that begins with the name (《法治政府建设实施纲要》) has no issuer's
    place and is the national one; one whose issuer is another place (《重庆市…实施方案》 in a district's
    report) is its parent's; one naming no place that the clause carries out (全面落实《…实施方案》) was made
    before, by whoever; a region's own names itself first (印发《某县法治政府建设实施方案》, 《某市某区…》 with
    the city it lies in), even where the report carries it out (落实《海南省法治政府建设实施方案》 in 海南省's) unless
    ``made_then`` asks for one made in the report's period and its title names no ``year`` of the report's (根据
    《2023年某县法治政府建设工作要点》 in a 2023 report was made then), or is no title at all (我市制定了法治政府
    建设实施方案). What a title before it in the clause carries out (制定了《某县贯彻落实〈纲要〉工作方案》《…》) is that
    title's. ``places_in`` gives the places a text names. With the region's ``province`` (a question asking the
    province's document, ``asks_provinces``), a title naming that province is the one asked, and only such a title."""
    for name in names:
        for m in re.finditer(re.escape(name), text):
            opened = _title_opened(text, m.start())
            if opened < 0:
                return True
            title = text[opened + 1:m.start()]
            clause = _TITLES.sub("", re.split(r"[，,。；;：:]", text[:opened])[-1])
            carried_out = _CARRIED_OUT.search(clause)
            before = carried_out and not (year and f"{year}年" in title)  # (a plan of the report's year was made then)
            named = places_in(title)  # 《西安市临潼区…》 names its region with the city it lies in
            if province:  # (the province's document asked: a title naming the region alone is its own, not it)
                if province in named:
                    return True
                continue
            if title.strip() and ((region in named and not (made_then and before)) or (not named and not carried_out)):
                return True
    return False


# The central issuers a question may name before a title (中共中央、国务院《法治政府建设实施纲要》, 国务院的《…》).
_CENTRAL_ISSUED = re.compile(r"(?:中共中央|党中央|国务院)(?:[、和与及]?(?:国务院|中共中央))?的?《(?P<title>[^《》]+)》")


def central_titles(question: str) -> list[str]:
    """The titles a question says the centre issued (中共中央、国务院《法治政府建设实施纲要》): a place's document of the
    same name (《天津市法治政府建设实施纲要》) is another one (``said_as_national``)."""
    return [m["title"] for m in _CENTRAL_ISSUED.finditer(question)]


def said_as_national(text: str, names: Iterable[str], places_in: Callable[[str], set[str]]) -> bool:
    """Whether ``text`` writes one of ``names`` as the national document's title, not inside a title whose words
    before it name a place (《天津市法治政府建设实施纲要》, 《嘉善县…纲要》, 关于印发〈江西省…纲要〉的通知): that is the
    place's own document of the name. Outside any title, or after the centre's name (《中共中央、国务院…》), it is the
    national one (``said_as_own`` reads the other way)."""
    for name in names:
        for m in re.finditer(re.escape(name), text):
            opened = _title_opened(text, m.start())
            if opened < 0 or not places_in(text[opened + 1:m.start()]):
                return True
    return False


# A body's name (法治政府建设领导小组, 全面依法治县委员会及其办公室), and the words that make it the issuer of the title it
# stands in (《河南省法治政府建设领导小组关于印发…的通知》).
_BODY_NAME = re.compile("(?:" + _BODY_HEAD + r"|委员会办公室)(?:及其办公室)?$")
_ISSUING = re.compile(r"(?:办公室)?关于")


def named_bodies(groups: list[list[str]]) -> list[list[str]]:
    """The groups of ``groups`` that name only bodies (``_BODY_NAME``): stated only where a report names the body
    otherwise than as the issuer of a document it cites (``names_as_acting``)."""
    return [group for group in groups if all(_BODY_NAME.search(word) for word in group)]


def names_as_acting(text: str, bodies: list[str]) -> bool:
    """Whether ``text`` names one of ``bodies`` otherwise than as the issuer of a title it cites: a bureau's report
    following 《河南省法治政府建设领导小组关于印发…的通知》 set up no group; its province's body issued the notice."""
    return any(_title_opened(text, m.start()) < 0 or not _ISSUING.match(text, m.end())
               for body in bodies for m in re.finditer(re.escape(body), text))


def _title_opened(text: str, at: int) -> int:
    """Where the title mark (《, 〈 or <) is that a title still open at ``at`` began with; -1 outside any title."""
    opened = max(text.rfind(mark, 0, at) for mark in "《<〈")
    return opened if opened >= 0 and not re.search(r"[》>〉]", text[opened:at]) else -1


_CONVENING = re.compile(r"召开|举行|主持")  # what a question asks done with a meeting that states holding it
_MEETING_WORD = re.compile(r"(?:会议|工作会)$")  # a meeting's name, long or short (全面依法治市工作会)
# What follows a meeting another body held (its short name lacking the 议 of 会议), in a clause that carries out its
# spirit (市委全面依法治市工作会议精神; 中央全面依法治国工作会议和省委…会议精神) or studies a speech made at it
# (在中央…工作会议上的重要讲话).
_CARRIED_OUT_MEETING = re.compile(r"议?(?:[和、及与][^，,。；;]{0,30}?会议)*(?:精神|上的(?:重要)?讲话)")


def held_meetings(question: str, groups: list[list[str]]) -> list[list[str]]:
    """The groups of ``groups`` that name a meeting as the question writes it (…工作会议, …委员会会议, …工作会; its
    other wordings after it, 召开, 委员会上), when the question asks for holding one (召开) and not for any meeting's
    spirit (贯彻中央全面依法治国工作会议精神): a report states holding one only where it names it otherwise than by what
    it carries out (``names_as_held``)."""
    if not _CONVENING.search(question) or "精神" in question:
        return []
    return [group for group in groups if _MEETING_WORD.search(group[0])]


def names_as_held(text: str, meetings: list[str]) -> bool:
    """Whether ``text`` names one of ``meetings`` as held, not only as the meeting whose spirit it carries out or at
    which a speech it studies was made: a district's report carrying out 市委全面依法治市工作会议精神 held no
    全面依法治市工作会议, while one that 召开县委全面依法治县工作会议 did."""
    return any(not _CARRIED_OUT_MEETING.match(text, m.end())
               for meeting in meetings for m in re.finditer(re.escape(meeting), text))


# Brackets and dashes in one form: reports write a title's span in either (纲要(2021-2025年), 纲要（2021—2025年）).
_ONE_FORM = str.maketrans({"(": "（", ")": "）", **dict.fromkeys(_DASHES, "—")})


CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?\n]")  # where a clause ends (and where a figure's starts: answer.py)


def given_in_one_clause(groups: list[list[str]]) -> bool:
    """Whether ``groups`` state X given a role in no field (``conditions``: X作为, then the role), or a name listed
    before the head it shares (X、, then the head): a report states either in one clause (把学习X作为重要内容，把学习Y
    作为首要政治任务 gives the first task to Y; 推进法治政府建设、法治社会建设，印发普法工作要点 lists no 法治政府建设工作要点)."""
    return len(groups) == 2 and (all(word.endswith(_GIVING) for word in groups[0])
                                 or all(word.endswith("、") for word in groups[0]))


def shares_out(groups: list[list[str]]) -> bool:
    """Whether ``groups`` state a work shared out among leaders (``conditions``: the principal's rank, then a
    deputy's): a report states it only in the formula itself (``LEADERS_SHARING_OUT``)."""
    return groups == [list(_PRINCIPALS), list(_DEPUTIES)]


# The sentence introducing the report itself (现将我局2023年度法治政府建设情况报告如下): it names the report it opens,
# no practice of reporting.
_INTRODUCING_ITSELF = re.compile(r"(?:现将|现就)[^。；;！!？?]*?(?:报告|汇报|总结)(?:如下|予以公开)")


def names_a_report(groups: list[list[str]]) -> bool:
    """Whether ``groups`` name a report (法治政府建设情况报告), as the sentence introducing any report does."""
    return any("报告" in word for group in groups for word in group)


# A sentence saying what a year was (2023年是全面贯彻落实党的二十大精神的开局之年,是…的关键之年。; after a list mark too),
# where the question sets such sentences aside (（只说某年是贯彻二十大精神开局之年的不算）): the year's place in the
# plans is then no practice of the body's. Otherwise it is read as any (2025年是全面贯彻落实《纲要》的收官之年 carries the
# 纲要 out).
_WHAT_THE_YEAR_WAS = re.compile(r"(?:(?<=[。；;！!？?\n)）])|^)(?:(?:19|20)\d{2}年|今年)" + DESCRIBED_YEAR_SENTENCE)


def sets_year_said_aside(question: str) -> bool:
    """Whether an exclusion of ``question`` speaks of what a year was (只说某年是…开局之年的不算)."""
    return any("之年" in aside.group() for aside in EXCLUSION_ASIDE.finditer(question))


def without_what_the_year_was(text: str) -> str:
    """``text`` without its sentences saying what a year was (``_WHAT_THE_YEAR_WAS``), for a question setting them
    aside (``sets_year_said_aside``)."""
    return _WHAT_THE_YEAR_WAS.sub("", text)


def without_introduction(text: str) -> str:
    """``text`` without the sentence introducing the report (``_INTRODUCING_ITSELF``): its words state nothing done."""
    return _INTRODUCING_ITSELF.sub("", text)


# The heads of a unit's or an office's name (泸州市文化市场综合行政执法支队, 河长制办公室, 依法治区办): a practice's words
# running into one name the body, not the practice (综合行政执法改革, 河长制, 依法治区); 办 as agencies read it.
_UNIT_HEAD = re.compile(rf"支队|大队|总队|中队|办公室|办(?![{OFFICE_WORD_GUARD}])")  # (依法治区办; not 办结, 办法)
# ... unless the body is what is set up (组建区综合行政执法大队, 成立河长制办公室): setting it up is the practice.
_SETTING_UP_BEFORE = re.compile(r"(?:组建|成立|设立|整合|挂牌)[\u4e00-\u9fff]{0,2}$")
_SETTING_UP_CHARS = 4  # how far before the words the verb of setting up may open (组建 and two more characters)
# A word naming a body itself (领导小组, 委员会, 服务中心), which its office's name (领导小组办公室) names too.
_BODY_WORD = re.compile(r"(?:小组|委员会|委|局|中心|队|办公室|办|所|站|室|院|专班)$")


def said_beyond_names(text: str, group: list[str]) -> bool:
    """Whether the words of one practice (``group``) stand in ``text`` once at least as no part of a body's name
    (``_UNIT_HEAD`` right after them): a paragraph naming 泸州市文化市场综合行政执法支队 says nothing of 综合行政执法
    itself, but one setting such a unit up does (组建区综合行政执法大队). Words of a body (领导小组) are named by its
    office too. Brackets and dashes are read in one form, as ``said_together`` reads them; words not found as
    written are not judged."""
    text, words = text.translate(_ONE_FORM), [word.translate(_ONE_FORM) for word in group]
    if any(_BODY_WORD.search(word) and word in text for word in words):
        return True
    found = [match for word in words for match in re.finditer(re.escape(word), text)]
    return not found or not all(_UNIT_HEAD.match(text, match.end()) and not _SETTING_UP_BEFORE.search(
        text, max(0, match.start() - _SETTING_UP_CHARS), match.start()) for match in found)


def said_together(text: str, groups: list[list[str]], heading: str = "", clause: bool = False) -> bool:
    """Whether one sentence of ``text``, read under its section ``heading``, holds a word of every
    group. A paragraph of a report runs through many unrelated things (行政许可 in one sentence,
    审批 in the fifth): words that state a practice together are said together, or the heading
    names what its sentences are about (…履行推进法治政府建设主体职责 > 一是落实第一责任人责任). Brackets and dashes
    are read in one form (纲要(2021-2025年) writes the 纲要（2021—2025年） asked), other marks as written (乡镇、街道
    writes no 镇街). With ``clause``, one clause holds them (``given_in_one_clause``)."""
    heading, words = heading.translate(_ONE_FORM), [[word.translate(_ONE_FORM) for word in group] for group in groups]
    return any(all(any(word in heading or word in sentence for word in group) for group in words)
               for sentence in (CLAUSE_MARK if clause else _SENTENCE_END).split(text.translate(_ONE_FORM)))


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def in_both_scripts(groups: list[list[str]]) -> list[list[str]]:
    """``groups`` with each word also in traditional characters: a report in traditional characters
    (東城區…告知承諾制) is stored as written, and a question in simplified ones states its practice
    only through the twin (告知承诺制 → 告知承諾制)."""
    return [list(dict.fromkeys(w for word in group for w in (word, _s2t().convert(word)))) for group in groups]

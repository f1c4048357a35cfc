"""INITIATIVE: programmes, reforms and mechanisms named in quotes, and their unquoted repeats.

A quoted name that continues past the closing quote to a head word keeps it
(“七五”普法 → 七五普法, “不见面”审批). Ideological slogans (四个自信, 两个维护)
and scare quotes (a lone word quoted for emphasis) are not initiatives. Neither is
what the quote's own shape or its context shows to be something else, decided by
structure rather than by lists of names: a heading, goal, award or meeting by its head noun
(…工作成效, …建设水平, …示范区, …工作会议), a sentence by its punctuation, a problem or a role by
the word after it (“满厅跑”问题, “参谋助手”作用, “十四五”时期, a broadcast's title: “…”采用报道; after a list of quotes, “…”、“…”等荣誉, of each), a platform, column or app by its head,
its version or the verb that reaches it (“学习强国”学习平台, “…”专栏, 登录“浙政钉”), an honour by the
verb that confers it (荣获全省“平安区”), a layout, vision or theme by the word after it (“五位一体”总体布局,
“…”盛景, 围绕“…”主题,), a conviction by the verb of stance before it (坚定“四个自信”, 立足“三新一高”),
a counted category by its shape (“三类人员”, “三股势力”), a scope (“全口径”), a principle (“依法治区”), an award,
effect or rank by its head (…奖, 头雁效应, 党政一把手), a counter or hotline (“…”窗口), a river basin, a vision
of a place (建设“强富美高”新南京), an aim held to (压实“第一责任”) and parallel results wished for (找得到、打得准).
A programme quoted inside a rejected title (“‘X’专项行动先进集体”) is still found, and a numbered formula
(“三定”, “三位一体”) is a name though it is a dictionary word (and a plan before 主平台, not an app).
A count of qualities (“三型”, “三最”, “四好”) names nothing without the noun it describes, so the name runs
on to that noun (“三型”机关 → 三型机关); a doctrine (“习近平法治思想”) and a case title (…改革案例) are not
programmes; nor is a short name a text defines for a place or body (以下简称“…经开区”), nor a five-year
plan's number without 规划 after it (“十三五”目标任务: the period). A strategy or a study campaign runs on
from its quote (“336”发展战略, “两学一做”学习教育), and so does a quoted number (“3820”战略工程).
Tools by their shape (一卡通, 一表通, 云上…) and the bodies a formula counts (一府两院) are no programmes either;
a title conferred (授予…“最佳实践”项目) or things counted (“挂案” 5起) are not, wherever the report quotes them,
nor are words it writes unquoted more often than quoted (“法治政府” once, 法治政府 a dozen times): its vocabulary.
Nor are a talk's title (作题为“…”的报告), a handle (“@国务院我来说”), accounts (“…”等一批明星账号), a principle
of parallel "A为B" clauses (“公开为常态、不公开为例外”), words said (提出“…，全面建设法治政府”) or a role (作为“第一道
防线”); a code of digits written as characters one by one (“一三三五”工作举措), or apart (“1 3 x”学法清单), runs on
to its head as “1+2+N” does; a code, or a number alone, numbering a line of thinking or of measures (“16136”总体思路,
“1166”工作举措), a mechanism or a system (“1211”…推进机制) runs on to it. Passages studied (“…”“…”等学习内容),
convictions held (心怀“国之大者”) and a place's positioning (“三区两地”发展定位) are no programmes either, nor are
occasions (“4·23世界读书日”), codes of bans (“八不准”), training courses (“…执法监督培训”), trophies (“清源杯”) and
sayings (“绿水青山就是金山银山”).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import ingest.extract.spacy_without_torch  # noqa: F401  (before spaCy: see that module)
from spacy.vocab import Vocab

from ingest import gazetteer
from ingest.extract.agencies import PARTY_BODY
from ingest.extract.phrases import PhraseGazetteer

# A programme's name may run to 40 characters when it lists its parts (“基层党建工作责任制、…、法治建设责任制”).
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,40})[”\"]")
_INNER_QUOTED = re.compile(r"‘([^‘’\n]{1,30})’")
_HEADS = ("普法", "衔接", "审批", "规划", "改革", "讲法", "工程", "行动", "机制", "模式", "服务", "品牌", "监管",
          "制度", "试点", "活动", "建设", "工作法", "工作")
# A campaign's kind may stand between the quote and its head (“净网”专项行动, “五进五建”系列活动, “以案释法”研讨活动).
_HEAD_AFTER = re.compile("(?:专项|专题|主题|系列|研讨|宣传|培训)?(" + "|".join(_HEADS) + ")")
# ... or a few words after it (“法律明白人”培养工程): the quote names a programme somewhere in the report.
_HEAD_NEAR = re.compile("[\u4e00-\u9fff]{0,4}?(?:" + "|".join(_HEADS) + ")")
# "N个X" slogans of political theory: 四个自信, 两个维护, 四个意识, 四个全面, the numbered tenets of a doctrine
# (习近平法治思想's 十一个坚持), and a leader's duty of taking charge in person (四个亲自: 亲自部署、亲自过问、亲自协调、
# 亲自督办: how a leader takes charge, no programme).
_SLOGAN = re.compile(r"^[一二两三四五六七八九十]{1,3}个(?:自信|意识|维护|确立|全面|一百年|服务|大局|结合|坚持|必须|亲自)$")
# The principle of governing by law and its local forms (依法治国, 全面依法治区): a principle, not a programme.
_RULE_OF_LAW_PRINCIPLE = re.compile(r"^(?:全面)?依法治[国省市县区州旗盟]$")
# "N类X": a category of people or records (三类人员, 四类案件) or of forces (三股势力) counted, not a programme run.
_CATEGORY = re.compile(r"^[一二两三四五六七八九十][类股][\u4e00-\u9fff]+$")
# 全 and a noun: a scope (“全口径”诉求, “全流程”管理), not a programme.
_SCOPE = re.compile(r"^全[\u4e00-\u9fff]{2}$")
# ... and a doctrine quoted by its name (“习近平法治思想”): the thought a programme follows, not a programme.
_SLOGAN_WORDS = re.compile(r"关键少数|社会主义|现代化国家|伟大复兴|初心使命|以人民为中心|思想$")
_HAS_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff0-9+＋]")
_DATE_LIKE = re.compile(r"^\d{1,2}\s*[·.．]\s*\d{1,2}$")
# An anniversary (纪念法治浙江建设“十五周年”): a date marked, not a programme.
_ANNIVERSARY = re.compile(r"^[一二两三四五六七八九十百\d]+周年$")
# A commemorative day by its date (“4·23世界读书日”, “3.12植树节”) or its national or world scope (“中国旅游日”): an
# occasion the report's work is timed to, not a programme (a unit's own day is one: “主题党日”, “司法开放日”).
_COMMEMORATIVE_DAY = re.compile(r"^(?:\d{1,2}\s*[·.．]\s*\d{1,2}|世界|国际|中国|国家|全国)[\u4e00-\u9fff]{1,10}[日节]$")
# A code of discipline by its count of bans (“十个严禁”, “四严禁”, “八不准”): rules to keep, as a slogan says them.
_DISCIPLINE_CODE = re.compile(r"^[一二两三四五六七八九十]{1,3}个?(?:严禁|不准|不得|禁止)$")
# A training course by its title (“省林草行政执法监督培训”): an event held, not a programme; a means joined to another
# (“线上自学+线下培训”, “周学习、月培训”, “线上学习·线下培训”, “周学习月培训”) is one.
_TRAINING_COURSE = re.compile(r"^(?!周|月|线上|线下)[^+＋、，,·・]{6,}培训$")
# A saying that equates two things (“绿水青山就是金山银山”): a doctrine quoted, not a programme.
_COPULA = "就是"
# Quoted names of organisations, platforms, apps (“浙里…应用”, “数字驾驶舱”) and media are not
# programmes; a counted item of a formula
# (一表两清单、两库一平台, 四张清单一张网) is.
_NOT_PROGRAMME = re.compile(r"(?<![一二两三四五六七八九十])(?<![一二两三四五六七八九十][张个套项])(?:学院|大学|学校|平台|网站|网|报|杂志|栏目|公众号|APP|App|应用|驾驶舱)$")
# Tools by their shape: one thing that does all (一卡通, 一码通, 一表通: a card, a code, a form; 一网通办 is the
# programme), a system run on the cloud (云上…), and a province's service app, named by its one-character name
# and two more, the last what it does (赣服通, 粤省事, 渝快办, 浙政钉; 皖事通办, four characters, is the programme).
_TOOL = re.compile(rf"^一[\u4e00-\u9fff]通$|^云上"
                   rf"|^[{''.join(gazetteer.PROVINCE_CHARACTERS.values())}][\u4e00-\u9fff][通办事码钉]$")
# ... unless the quote is a brand built (打造“…通”服务品牌): the service the tool stands for, a programme.
_BRAND_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?品牌")
# The bodies a formula counts (一府两院, 一府一委两院: the government, the supervisory commission, the court and
# the procuratorate; 四大家, 四套班子: a place's party committee, congress, government and consultative conference):
# the bodies themselves, not a programme.
_COUNTED_BODIES = re.compile(r"^(?:(?:[一二两三四五六七八九十][府委院])+|[三四五六][大套](?:家|班子))$")
# Heads a short quoted name runs on to: “七五”普法, “两法”衔接, “不见面”审批, “非接触式”执法, “12·4”宪法宣传周;
# acts of administration or of law-based work a quote tells how they are done (“不见面”登记, “短视频”述法, “点菜式”放权),
# and where a campaign takes its quote (“双百”进校园, as 法治进乡村 is named).
_RUN_ON_HEADS = re.compile(r"普法|衔接|审批|登记|放权|规划|讲法|述法|执法|工程|行动|(?:发展)?战略(?:工程)?"
                           r"|(?:宪法|法治)?宣传(?:周|日|月)|进(?:校园|学校|社区|企业|机关|乡村|农村|单位|家庭|网络|万家)")
# A number quoted (“3820”, “19365”) names a programme by itself, but with a head after it the name runs on to it
# (“3820”战略工程).
_NUMBER = re.compile(r"^\d+$")
# A campaign of study is named by its quote and its head together, however long the quote
# (“两学一做”学习教育, “…”主题教育).
_CAMPAIGN_HEADS = re.compile("学习教育|主题教育")
# A five-year plan's number (“十三五”) names the plan only with 规划 after it; else it is the period
# (“十三五”法治政府建设目标任务: the targets of those years).
_FIVE_YEARS = re.compile("^十[一二三四五六七八九]?五$")
# ... and a plan, outline or opinion of those years named after it runs on to its head (“十四五”法治建设规划,
# “十三五”法治政府建设纲要, 交通运输法治政府部门建设“十四五”意见), not past the period's own words (“十四五”时期…规划 is a
# plan for the period, “十四五”以来 a time) or a clause's, nor where 规划 is the verb: of a manner (统筹规划, 科学规划)
# or before its object (规划建设, 规划项目).
_FIVE_YEAR_PLAN = re.compile(r"(?:(?!时期|期间|以来|以后|统筹|科学|合理|超前|提前|精心)[^\W\d_的和与及、，,。；;“”《》]){0,8}?"
                             r"(?:规划|纲要|意见)(?![^\W\d_和与及等])")
# Verbs of asking for, gathering or giving opinions, in the clause before a five-year number's quote.
_SOLICITED = re.compile(r"(?:征集|收集|征求|听取|提交|形成|提出|汇总|反馈)[^，,。；;]*\Z")
_SOLICITED_CHARS = 12
# Head nouns of what is not a programme: report sections (主要举措及工作成效, 存在的不足及原因),
# goals (全面提升法治政府建设水平) and awards or case titles (全国法治政府建设示范区, …典型案例).
_NOT_PROGRAMME_HEAD = re.compile(
    r"(?:情况|成效|原因|安排|不足|打算|思路|举措|水平|能力|作用|目标"
    r"|示范(?:区|市|县|旗县|旗|地区|单位|项目|点|乡镇|镇|村|嘎查村|社区)|先进(?:单位|集体|个人|县|市|区)|案例|称号"
    r"|(?:突出|优秀|先进)(?:集体|个人|单位)|高地|标杆|样板|排头兵"
    # an award or a trophy (…最佳模型奖, “清源杯”, “大禹鼎”), an effect (头雁效应), and people by their rank or duty
    # (党政一把手, 主要负责人, “第一责任人”)
    r"|奖|奖项|杯|鼎|效应|一把手|负责人|责任人|文章"  # … and a metaphor of work to finish (“后半篇文章”)
    r"|会议|大会"  # a meeting held (“…2022年度专题述法工作会议”): an event, not a programme
    r"|委员会|领导小组|办公室|工作要点"  # a body (“街道全面依法治理委员会”) or a year's plan (“2023年…工作要点”)
    r"|(?:培训|研讨|专题|轮训)班|(?:视频|座谈|培训|推进|现场|调度|部署|观摩|研讨)会)$")  # … and a class held
# Deputies and members counted by kind (“两代表一委员”: the deputies to two congresses and a CPPCC member heard on it):
# people, no programme.
_COUNTED_DEPUTIES = re.compile(r"(?:[一两二三四五六七八九十]+(?:名|位)?(?:代表|委员))+")
# The kinds of place a title covers, in brackets after its head (…示范旗县(市、区), …示范嘎查村(社区)): the head is
# the word before them.
_TRAILING_ASIDE = re.compile(r"[（(][^（）()]*[）)]$")
# What follows a quote (after any quotes right next to it) that makes it a problem named, a role, or
# someone's words quoted: “满厅跑”“办事慢”问题, “退出难”的问题, “参谋助手”作用, “…”(总)要求, “七一”重要讲话,
# “科学立法、严格执法、公正司法、全民守法”方针.
# A day, week or month of publicity or activities kept yearly (“民法典宣传月”, “宪法宣传周”), not a festival or holiday
# (“三八妇女节”, “六一儿童节”).
_OBSERVANCE = re.compile(r"(?:宣传|活动|主题)[日周月]$")
_NOT_PROGRAMME_AFTER = re.compile(
    r"(?:的|等)?(?:重要|总体|总)?(?:问题|现象|情形|情况|难题|顽疾|弊端|乱象|之苦|作用|角色|要求|指示|讲话|论述|号召|重要精神|目标|(?:发展)?定位|时期|期间|开局|收官"
    r"|保障作用|方针"  # the role the law plays (“固根本、稳预期、利长远”的保障作用), a guideline quoted
    r"|便利"  # what people gain (享受“人在家中坐、事情全办妥”的便利)
    r"|(?<=等)(?:学习|重点|主要)?内容|学习内容"  # what was studied (学深悟透了“…”“…”等学习内容): passages quoted
    # (not what a meeting is for: 纳入…“三会一课”重要内容)
    r"|思路"  # a line of thinking set out (“…”总体思路)
    r"|(?:等\d*(?:余|多)?个?)?(?:重点|重大|调研|研究)?课题"  # a research topic's title (开展“…”等13个重点课题调研)
    r"|(?:重要|工作)(?:部署|要求)"  # words a report or meeting set out (“…”重要部署, 关于“…”的工作要求)
    r"|(?:创新|典型|优秀|示范)?案例|称号|荣誉|奖"
    r"|(?:总体|战略)布局|盛景|蓝图|愿景|主题(?![\u4e00-\u9fff])"  # a layout, a vision, a theme (not 主题活动)
    r"|(?:制度)?优势"  # the qualities a system is praised for (“公正高效 便民为民”的制度优势)
    r"|流域"  # a river basin (“两河三湖”流域)
    r"|[\u4e00-\u9fff]{0,4}?(?:产业园|科技园|园区)"  # a park (“华南声谷”创新产业园)
    r"|(?:建设)?(?:研讨会|论坛|峰会)"  # an event's theme (首届“行政规范性文件法治化与高质量”建设研讨会)
    # an evaluation's indicator named (“人才教育”指标, “…”“…”等相关指标), not a system of them (“法治地图”指标评价体系)
    r"|(?:等)?(?:相关|二级|一级)?指标(?!(?:评价|考核)?体系)"
    r"|(?:栏目|节目)?(?:采用|报道|播出|刊发|刊登|转载)(?![\u4e00-\u9fff]*活动)"  # a broadcast's title (…“…”采用报道),
    # not a campaign of reporting (“法治进万家”报道活动); accounts (“长春文旅”等一批明星账号)
    r"|(?:一批|一些)?[\u4e00-\u9fff]{0,4}?[账帐]号"
    # what a rectification goes after (“四乱”整治, “两违”查控, “有案不立”“插手经济纠纷”三个专项整治): the wrongs, no programme
    r"|(?:[一二两三四五六七八九十\d]+[个项类])?(?:专项)?(?:整治|查控|纠治))")
# A kind of people named by a count of what marks them (“三非”外籍人员: illegal entry, stay and work; “三无”人员), and the
# word for people after it: no programme (“法律明白人”骨干人员 names the programme's people, not a kind).
_KIND_OF_PEOPLE = re.compile(r"[一二两三四五六七八九十][\u4e00-\u9fff]{1,2}")
_PEOPLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?人员")
# A name written unquoted this often (and more often than quoted) is the report's own vocabulary.
_VOCABULARY_REPEATS = 3
# The mark joining the items of a list of quotes.
_LIST_MARK = "、"
# Verbs of conviction or standpoint reach a belief or a slogan (坚定“四个自信”, 立足“三新一高”, 心怀“国之大者”), not a programme,
# unless a layout or system the quote names follows it (立足“一个统筹、四大职能”工作布局: the layout stood on; not 树立“有解思维”
# 工作理念, a stance).
_LAYOUT_AFTER = re.compile(r"(?:工作|发展|战略)?(?:布局|格局|体系|框架)")
# So do verbs of holding to a duty or an aim (压实“第一责任”, 锚定“总导向”, 勇担“市之重者”) when the
# quote closes the phrase (锚定“…”战略 names a strategy).
_STANCE_BEFORE = re.compile(r"(?:立足|坚定|树立|增强|牢记|秉持|秉承|心怀|胸怀)$")
# Verbs of saying before a quoted sentence, and verbs that take something as a role.
_SAYING_BEFORE = re.compile(r"(?:提出|强调|指出|号召|写入)了?$")
_ROLE_BEFORE = re.compile(r"(?:作为|列为|视为|当作|确定为)$")
# A change from one state to another (由“有形覆盖”向“有效治理”转型, 从“能办”到“好办”): both quotes are states, no
# programmes. ``_SHIFT_FROM``: the quote opens it; ``_SHIFT_TO``: the quote closes it.
_SHIFT_FROM = re.compile(r"[由从]$")
_SHIFT_WORD = r"(?:向|到|迈向|转向|转为)"
_SHIFT_TO = re.compile(r"[由从]" + _QUOTED.pattern + _SHIFT_WORD + "$")
_SHIFT_STEP = re.compile(_SHIFT_WORD + r"[“\"]")
# A talk or article titled so (作题为“…”的专题辅导报告), or an evaluation's indicator (二级指标“…”): its title or
# the indicator's name, not a programme.
_TITLED_BEFORE = re.compile(r"(?:题为|名为|题目为|指标)$")
# ... and the matters of study sessions or talks listed after the word for them (3次学法活动,内容分别为“…重要论述”、
# “坚持人民立场学习民法典”、“…学习纲要”): what was studied, each quote of the list that closes its item (not 培训内容为
# “枫桥经验”的创新发展, where a topic names the programme it is about).
_TOPICS_BEFORE = re.compile(r"(?:学习|学法|培训|讲座|宣讲|授课)[^。；;“”]{0,8}?内容(?:分别|主要)?(?:为|是)[:：]?"
                            r"(?:“[^“”]{1,40}”[、，,和及与])*$")
_TOPICS_BEFORE_CHARS = 160
_ITEM_CLOSED = re.compile(r"[、，,。；;]|$")
# ... and a rectification's verb the wrongs it goes after (大力整治“红顶中介”), as the words after them do (“四乱”整治).
_RECTIFIED_BEFORE = re.compile(r"(?:整治|纠治)$")
# (the aim may come after its object: 锚定法治轨道“总导向”).
_CLAUSE_END = re.compile(r"[，,。；;：:]|$")
_AIM_BEFORE = re.compile(r"(?:锚定|紧扣|夯实|压实|扛牢|扛起|筑牢|勇担|担当)[\u4e00-\u9fff]{0,6}$")
# ... the aim closing its phrase, or opening a list of aims (紧扣推动“三个优势转化”、重塑新时代…); not a list of quoted
# names the verb reaches (压实“谁执法谁普法”、“谁管理谁普法”…: programmes, each).
_AIM_END = re.compile(r"[，,。；;：:]|、(?![“\"])|$")
# What the rule of law is provided for (为“振兴罗庄、重回千亿”提供坚强法治保障, 为办好“两件大事”提供…): the place's aim.
_SAFEGUARDED_AIM_BEFORE = re.compile(r"为(?:打造|建设|实现|办好|推动|加快|奋力)?$")
_SAFEGUARD_AFTER = re.compile(r"提供(?:了)?(?:更加)?(?:坚强|有力|坚实|良好|优质|强有力)?的?"
                              r"(?:法治|法律|司法|法制)(?:保障|服务|支撑)")
# An award or honour reached by the verb that confers it, with its scope between (荣获全省“平安区”,
# 被授予首批“…”, 入围第四届“十大法治事件”): a title given, not a programme run.
_AWARD_BEFORE = re.compile(r"(?:荣获|获评|获得|评为|授予|追授|入围|入选|命名为)[^，,。；;：:“”\"\n]{0,10}$")
# A title conferred quoted after the quote in the same phrase (获评…“一号改革工程”第二批“最佳实践案例”): the
# conferral reaches that title, and the quote before it names the programme the title is about.
# (Quotes joined by 、 or 和 are a list of titles, each conferred.)
_TITLE_QUOTED_AFTER = re.compile(r"[^，,。；;：:、和及“”\"\n]{1,8}[“\"]")
# A quote counted right after it (“挂案” 5起, “僵尸企业”12家) names the things counted, not a programme run; a
# count of a noun after it (“…”15个主题) counts the programme's parts.
_COUNT_AFTER = re.compile(r"\s*\d+(?:\.\d+)?(?:余|多)?[起件个家名人条项户宗](?![\u4e00-\u9fff])")
# A title conferred that the quote closes (授予…“最佳实践”项目，): the quote is the title itself, not a programme
# named inside a longer one (入选…“高效办成一件事”重点事项经验做法).
_TITLE_CLOSE = re.compile(r"(?:项目|称号|荣誉)?(?:[，,。；;、）)]|$)")
# Platforms and apps: a quote followed by what it is (“学习强国”学习平台, “粤省事”小程序), or reached
# through a verb of use (登录“浙政钉”, 通过“钉钉”, 上传“信用中国”) without a programme's head after it.
_PLATFORM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:平台|APP|App|app|客户端|小程序|公众号|微信群|软件|网站)")
# An account or app the quote names right before the word for it (“大兴普法”微信公众号, “郑好办”APP): media,
# even when the name ends on a programme's head (普法), which a platform with words between may serve.
_ACCOUNT_AFTER = re.compile(r"(?:微信|官方)?(?:公众号|视频号|抖音号|微博|小程序|APP|App|app|客户端)")
# A counter or hotline the quote names (“诚信建设投诉”窗口) is a channel of the same kind.
_COUNTER_AFTER = re.compile(r"窗口|专窗|热线|信箱")
# A column of a website or paper (“法治政府建设”专栏), or software by its version (“赣服通”…4.0版).
_MEDIA_AFTER = re.compile(r"专栏|栏目|频道|版块|[\u4e00-\u9fff]{0,6}?\d+(?:\.\d+)+版")
# A short name a text defines (以下简称“广西-东盟经开区”) stands for the name before it: one ending in a
# place's or a body's head is that place or body, not a programme.
_SHORT_NAME_BEFORE = re.compile(r"(?:简称|下称)$")
_PLACE_OR_BODY_HEAD = re.compile(r"(?:区|县|市|省|州|局|委|委员会|办|中心|院|部|厅|政府)$")
# A numbered heading (一、…, （二）…, 3.…) whose clause a quote closes (顶层设计“定航向”，构建法治建设“四梁八柱”)
# puts its point as a metaphor; a programme in a heading is written with its head (推进“放管服”改革).
_HEADING_START = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])")
_HEADING_CLAUSE_END = re.compile(r"[，,。；;！!]|\s*$", re.M)
_HEADING_MAX_CHARS = 40  # a heading is a line of its own this short; a numbered paragraph runs on
# ... or listed right after a platform named with what it is (“宜人之城”微信公众号、“学习强国”等): one of the list's apps.
_PLATFORM_LISTED_BEFORE = re.compile(r"”(?:" + _PLATFORM_AFTER.pattern + r")[、和及与]$")
_PLATFORM_LISTED_BEFORE_CHARS = 10
# ... unless the word closing the list says its items are programmes (“长宁司法”微信公众号、“法治大讲堂”等形式).
_PROGRAMMES_CLOSING = re.compile(r"等?(?:形式|活动|载体|契机|品牌|项目|行动)")
# A formula of counted parts, two numbers in it at least (三会一课, 两述两考, 双百): a programme's name, never an app's.
_COUNTED_PARTS = re.compile(r"^[一二两三四五六七八九十双][\u4e00-\u9fff]*[一二两三四五六七八九十百千万]")
_PLATFORM_BEFORE = re.compile(r"(?:登录|下载|关注|安装|使用|借助|利用|通过|依托|上传(?:至|到)?)$")
# Words of striving that make parallel short phrases a slogan rather than a programme's name.
_ASPIRATION = re.compile(r"示范|争先|争创|争当|走在前|前列|先行|标杆|表率|典范|排头兵|领跑|勇当|善为")
_PARALLEL_PART_CHARS = 5
# Five or more parallel four-character phrases (职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意)
# list the qualities of a goal; a programme's formula has fewer parts (党委领导、政府负责、部门协同、公众参与).
_QUALITY_LIST_MIN = 5
_QUALITY_CHARS = 4
# A verb with a complement of result (找得到, 打得准, 治得好): parallel ones describe how well, a goal.
_RESULT_COMPLEMENT = re.compile(r"^[\u4e00-\u9fff]{1,2}得[\u4e00-\u9fff]{1,2}$")
# A count of qualities (三型: 奋斗型、专业型、创新型; 三最; 四好) describes the noun it is written before:
# the name runs on to that noun (“三型”机关, “三最”城市, “四好”农村路), which jieba tags as a noun.
_QUALITIES = re.compile(r"^[一二两三四五六七八九十]{1,2}[型最好优强]$")
_NOUN_TAGS = ("n", "ns", "nz", "nt", "ng")
# From this length a quote holding 的 describes a goal rather than naming a programme (做…满意的好律师).
_SENTENCE_QUOTE_MIN = 10
# Clauses of a directive quoted from a speech or a meeting (坚持全面依法治国，推进法治中国建设) are this
# long each and open with a verb, after an adverb at most (深度嵌入…); a programme's formula is shorter
# (一窗受理、并行办理) or has a subject (审批权力进清单，清单之外无审批). Verbal nouns (统一管理) are no verb here.
_DIRECTIVE_CLAUSE_MIN = 6
_DIRECTIVE_OPENERS = frozenset({"v", "vd", "d", "ad"})
_OPENING_WORDS = 2
# Qualities joined by 又 (稳又牢, 既快又好) describe how something is, as a heading's comment: no name.
_QUALITIES_JOINED = re.compile(r"^[\u4e00-\u9fff]?[\u4e00-\u9fff]又[\u4e00-\u9fff]{1,2}$")
# A numbered formula (三定, 三位一体) or a mode (一站式) is a name even where it is also a dictionary word
# (十 is left out: 十分, 十足 are ordinary words).
# A code of a programme's parts: figures joined by + (“1+2+N”, “5+X”; “1 3 x” where a page lost the +), or digits
# written as characters one by one, three or more (“一三三五”), which no number is written as. It names the
# programme with the words after it (a number alone, “19365”, names one by itself: ``_NUMBER``).
_CODE = re.compile(r"^[0-9A-Za-zＸＮ]+(?:[+＋ ][0-9A-Za-zＸＮ]+)+$|^[一二三四五六七八九]{3,}$")
_CODE_HEADS = _HEADS + ("战略", "清单", "体系", "教育", "学法", "格局", "举措", "思路", "工作部署", "具体部署", "具体安排", "工作安排",
                        "手册", "指引", "基地", "布局", "主线")  # (“1+1+1”执法工作指引手册, “1+9+N”…实践基地)
# A line of thinking, of measures or a deployment a code numbers (“16136”总体思路, “123”工作思路, “1166”工作举措,
# “1310”具体部署, “138”具体安排, “1335”工作布局, “136”主题攻坚主线) is named by the code and those words, even for a number
# alone; no words after 思路 belong to it (“一二三六”发展思路重点工作 → 一二三六发展思路: the tasks that follow are the line's
# work, not its name).
_PLAN_HEADS = ("思路", "举措", "具体部署", "具体安排", "布局", "主线")
# A number alone runs on to a mechanism or system it numbers too (“1211”法治政府建设推进机制, “365”竞标争先体系: each
# figure counts parts of it), not to a reform (“19365”政务服务改革 stops at its quote, as a quoted reform does).
_SYSTEM_HEADS = ("机制", "体系")
# A line of thinking its words say the field of is named by its quote and those words whatever the quote is
# (“三绿色一生态”发展思路, “一、二、三、四”发展思路), though one bare or overall (“…”总体思路) is a slogan's
# (``_NOT_PROGRAMME_AFTER``) unless a code or number names it; and with the measures it pairs with (“1313”思路举措:
# one compound, the line and its measures).
_THINKING_HEADS = ("思路",)
_MEASURES_OF_THINKING = "举措"
_CODE_NAME_CHARS = 10
_ANY_WORK = "工作"  # the head any work has: after a code it opens the programme's words (“5+5”工作体系)
_FORMULA = re.compile(r"^[两三四五六七八九双][\u4e00-\u9fff]+$|^[\u4e00-\u9fff]{2,}式$")


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
    quoted_content: str = ""  # what stood between the quotes (repeats of it are found unquoted)


def _is_aspiration(content: str) -> bool:
    """Parallel short phrases of striving (作示范、勇争先; 走在前列、争当标杆), of results wished for
    (找得到、打得准、治得好) or of a goal's qualities (职能科学、权责法定、…、人民满意) are a slogan."""
    parts = re.split(r"[、，,]", content)
    if len(parts) < 2 or not all(len(part) <= _PARALLEL_PART_CHARS for part in parts):
        return False
    return any(_ASPIRATION.search(part) for part in parts) or all(_RESULT_COMPLEMENT.match(p) for p in parts) \
        or (len(parts) >= _QUALITY_LIST_MIN and all(len(part) == _QUALITY_CHARS for part in parts))


# Parallel phrases of who takes charge how (主要领导亲自抓、分管领导具体抓; 党委领导、政府负责、部门协同、公众参与: each
# part ends in the share of the work it gives, or opens with the body or role that takes it: 党委带头学、支部推动学、
# 全员覆盖学; 责任科室抓落实、法律顾问强支撑), of the mindsets wanted (程序意识、法治意识), of what all are to do
# (人人学法、人人守法) or of how things are to be better (基础更牢、效能更高): a stance, no programme.
_CHARGE_PART = re.compile(r"(?:抓[总线点]?|负总?责|牵头|统筹|协调|协同|配合|联动|落实|参与|领导|引领|带头|部署)$")
_CHARGE_ACTOR = re.compile(r"^(?:(?:主要|分管)?领导|班子|一把手|党委|党组|党工委|(?:党)?支部|政府|(?:责任)?(?:部门|科室|股室)"
                           r"|单位|全员|干部|党员|法律顾问)")
_CHARGE_PART_MAX_CHARS = 12
_STANCE_PARTS = (re.compile(r"意识$"), re.compile(r"^人人"), re.compile(r"^[\u4e00-\u9fff]{2}更[\u4e00-\u9fff]$"))


def _is_stance(content: str) -> bool:
    """Parallel phrases that say who takes charge how, or which mindset, duty or betterment is wanted (``_CHARGE_PART``,
    ``_CHARGE_ACTOR``, ``_STANCE_PARTS``): how work is to be done, as a slogan says it, not a programme run."""
    parts = [part for part in re.split(r"[、，,]", content) if part]
    if len(parts) < 2:
        return False
    return all(len(part) <= _CHARGE_PART_MAX_CHARS and (_CHARGE_PART.search(part) or _CHARGE_ACTOR.match(part))
               for part in parts) \
        or any(all(pattern.search(part) for part in parts) for pattern in _STANCE_PARTS)


def _is_directive(content: str) -> bool:
    """Parallel clauses quoted from a speech or meeting (深入推进法治政府建设、深度嵌入社会治理): each of
    them long, with a verb or adverb among its first words, by jieba's tags."""
    clauses = re.split(r"[、，,；;]", content)
    if len(clauses) < 2 or any(len(clause) < _DIRECTIVE_CLAUSE_MIN for clause in clauses):
        return False
    import jieba.posseg  # here, not above: loading its tag table costs a process 1.5 s

    return all(any(word.flag in _DIRECTIVE_OPENERS for word in islice(jieba.posseg.cut(clause), _OPENING_WORDS))
               for clause in clauses)


# A place in a sequence, counted by a classifier (“第一粒扣子”, “第一道关口”, “最后一米”, “第一等工作”): a figure of
# speech for where a task stands, not a programme's name (“第一议题”, counted by no classifier, is one).
_ORDINAL_FIGURE = re.compile(r"^(?:第[一二三四五六七八九十]|最后一)[粒道步棒关环颗块里米等根条扇把]")


# A principle stated as parallel "A为B" clauses (公开为常态、不公开为例外): how work is to be done, not a programme.
_PRINCIPLE = re.compile(r"^[^、，,]{1,8}为[^、，,]{1,4}(?:[、，,][^、，,]{1,8}为[^、，,]{1,4})+$")


def _is_initiative(content: str, followed_by_head: bool, branded: bool = False) -> bool:
    if content.startswith(("@", "＠")) or (_PRINCIPLE.match(content) and not followed_by_head):
        return False  # a handle (“@国务院我来说”: a channel for comments) or a principle (“化繁为简、变难为易”服务模式 is one)
    if _SLOGAN.match(content) or _RULE_OF_LAW_PRINCIPLE.match(content) or _SLOGAN_WORDS.search(content) \
            or _is_aspiration(content) or _is_stance(content) or _is_vision_of_counted_place(content):
        return False
    if not _HAS_NAME_SHAPE.search(content):
        return False
    if (_DATE_LIKE.match(content) and not followed_by_head) or _ANNIVERSARY.match(content) \
            or _COMMEMORATIVE_DAY.match(content) or _DISCIPLINE_CODE.match(content) or _TRAINING_COURSE.match(content) \
            or _COPULA in content \
            or _NOT_PROGRAMME.search(content) or (_TOOL.search(content) and not branded) \
            or _COUNTED_BODIES.match(content):
        return False
    if _NOT_PROGRAMME_HEAD.search(_TRAILING_ASIDE.sub("", content)) or PARTY_BODY.match(content) \
            or _COUNTED_DEPUTIES.fullmatch(content) \
            or (_CATEGORY.match(content) and not content.endswith(_HEADS)) or _SCOPE.match(content):
        return False
    if len(content) >= _SENTENCE_QUOTE_MIN and "的" in content:
        return False  # a goal described (全面建设…的…典范城区)
    if len(re.findall(r"[，,；;]", content)) >= 2 or re.search(r"[。！？!?]", content) \
            or (_is_directive(content) and not followed_by_head):
        return False  # a sentence quoted (建设法治政府,推进依法行政,严格规范公正文明执法); a directive before a
        # programme's head (“…、…”行动, “…、…”工程) names that programme
    if _QUALITIES_JOINED.match(content) or (_ORDINAL_FIGURE.match(content) and not followed_by_head):
        return False
    if not followed_by_head and (len(content) <= 1 or (_is_common_word(content) and not _FORMULA.match(content)
                                                       and not branded)):
        return False  # a quoted lone word: emphasis, not a name ("真空", "一把手"); a brand's name (“银辉”调解品牌) is one
    if content.endswith(("的", "了", "吗")):
        return False
    return True


def _context_rules_out(text: str, quote: re.Match[str], followed_by_head: bool, named_on: bool = False) -> bool:
    """True when the words around a quote show it names a problem, a role, someone's words or a platform.
    ``named_on``: the words right after the quote are part of its name (a code's), so they show no such thing."""
    ruled_out = None if named_on else _NOT_PROGRAMME_AFTER.match(text, _after_quoted_list(text, quote.end()))
    if ruled_out and not (ruled_out.group().lstrip("的等") in ("期间", "主题") and _OBSERVANCE.search(quote.group(1))):
        return True  # (an observance's days and an observance as a theme are its own: “民法典宣传月”期间, 围绕“民法典
        # 宣传月”等主题; not a plan's period, “十四五”期间, nor a theme of words, 围绕“…”主题)
    if _MEDIA_AFTER.match(text, quote.end()) or _COUNTER_AFTER.match(text, quote.end()) \
            or _ACCOUNT_AFTER.match(text, quote.end()):
        return True
    content = quote.group(1).strip()
    if _KIND_OF_PEOPLE.fullmatch(content) and _PEOPLE_AFTER.match(text, quote.end()):
        return True
    if _PLATFORM_AFTER.match(text, quote.end()) and not content.endswith(_HEADS) and not _FORMULA.match(content):
        return True  # “秦创原”科创平台; but “两法衔接”信息共享平台 serves a programme that the quote names, and
        # a numbered formula (“三城一区”主平台) is a plan, not an app
    titled = _TITLE_QUOTED_AFTER.match(text, quote.end()) is not None
    if (_conferred(text, quote) and not (followed_by_head or named_on) and not titled) or _counted(text, quote):
        return True  # (a programme a title is of, 评为全省“七五”普法中期先进集体 or 获评“1+6+N”…工作体系建设先进典型, is
        # named all the same)
    if (_SHIFT_FROM.search(text, max(0, quote.start() - 1), quote.start()) and _SHIFT_STEP.match(text, quote.end())) \
            or _SHIFT_TO.search(text, max(0, quote.start() - 48), quote.start()):
        return True
    if (_STANCE_BEFORE.search(text, max(0, quote.start() - 2), quote.start())
            and not _LAYOUT_AFTER.match(text, quote.end())) \
            or _TITLED_BEFORE.search(text, max(0, quote.start() - 3), quote.start()) \
            or _RECTIFIED_BEFORE.search(text, max(0, quote.start() - 2), quote.start()) \
            or (_TOPICS_BEFORE.search(text, max(0, quote.start() - _TOPICS_BEFORE_CHARS), quote.start())
                and not followed_by_head and _ITEM_CLOSED.match(text, quote.end())):
        return True
    if _SAYING_BEFORE.search(text, max(0, quote.start() - 3), quote.start()) and re.search(r"[，,]", content):
        return True  # words someone said, quoted after the verb of saying (提出“坚持严格执法、…，全面建设法治政府”)
    if _ROLE_BEFORE.search(text, max(0, quote.start() - 3), quote.start()) and _CLAUSE_END.match(text, quote.end()):
        return True  # what something is taken as (作为“第一道防线”): a role
    if _AIM_END.match(text, quote.end()) and _AIM_BEFORE.search(text, max(0, quote.start() - 8), quote.start()):
        return True
    if _SAFEGUARDED_AIM_BEFORE.search(text, max(0, quote.start() - 4), quote.start()) \
            and _SAFEGUARD_AFTER.match(text, _after_quoted_list(text, quote.end())):
        return True  # the aim the rule of law safeguards (为打造“湾区枢纽、万象罗湖”提供坚强法治保障): a place's goal
    if _is_vision_of_place(text, _after_quotes(text, quote.end())) or _closes_a_heading_clause(text, quote):
        return True
    if _SHORT_NAME_BEFORE.search(text, max(0, quote.start() - 2), quote.start()) and _PLACE_OR_BODY_HEAD.search(content):
        return True
    # 依托“互联网+监管”系统: a quote ending in a programme's head names the programme the system serves; the
    # first of a list of quotes is what the word closing the list, or a platform named in it, says they all are
    # (依托“逢九必讲”“法治讲堂”等契机 names programmes; 通过“粤省事”“粤商通”等平台 and 利用“学习强国”“…云平台” apps)
    list_end = _after_quoted_list(text, quote.end())
    if _PLATFORM_LISTED_BEFORE.search(text, max(0, quote.start() - _PLATFORM_LISTED_BEFORE_CHARS), quote.start()) \
            and not _PROGRAMMES_CLOSING.match(text, list_end):
        return not followed_by_head and not content.endswith(_HEADS)  # (“宜人之城”微信公众号、“学习强国”等: an app too)
    platforms = list_end == quote.end() or _PLATFORM_AFTER.match(text, list_end) is not None or any(
        _NOT_PROGRAMME.search(item.group(1).strip()) for item in _QUOTED.finditer(text, quote.end(), list_end))
    # (借助“三会一课”: a formula of counted parts is a programme, whatever verb reaches it; not 登录“三晋通”)
    return not followed_by_head and not content.endswith(_HEADS) and platforms and not _COUNTED_PARTS.match(content) \
        and _PLATFORM_BEFORE.search(text, max(0, quote.start() - 2), quote.start()) is not None


def _closes_a_heading_clause(text: str, quote: re.Match[str]) -> bool:
    """Whether the quote stands in a numbered heading and ends one of its clauses (…“定航向”，…“四梁八柱”)."""
    line_start = text.rfind("\n", 0, quote.start()) + 1
    line_end = text.find("\n", quote.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(line.strip()) <= _HEADING_MAX_CHARS and _HEADING_START.match(line) is not None \
        and _HEADING_CLAUSE_END.match(text, _after_quotes(text, quote.end())) is not None


def _counted(text: str, quote: re.Match[str]) -> bool:
    """Whether a count closes the quote's phrase (“挂案” 5起): the things counted, unless the quote ends in a
    programme's head (“清源行动”12起 counts the programme's cases)."""
    return _COUNT_AFTER.match(text, quote.end()) is not None and not quote.group(1).strip().endswith(_HEADS)


def _conferred(text: str, quote: re.Match[str]) -> bool:
    """Whether a verb that confers a title reaches the quote (荣获全省“平安区”), or the first of a list of quotes
    it stands in (荣获“…”、“…”)."""
    start = quote.start()
    while start >= 2 and text[start - 1] in _LIST_MARK and text[start - 2] in "”\"" \
            and (opening := text.rfind("“", 0, start - 2)) >= 0:
        start = opening
    return _AWARD_BEFORE.search(text, max(0, start - 14), start) is not None


def _titles_and_counted(text: str, quotes: list[re.Match[str]]) -> set[str]:
    """What the report quotes as a whole title conferred (授予…“最佳实践”项目，) or as things counted (“挂案”
    5起): so it is wherever the report quotes it again (做好“最佳实践”项目培育, 开展“挂案”清理), unless a
    programme's head follows it somewhere (“法律明白人”培养工程 and 培养“法律明白人”1200名)."""
    found = {quote.group(1).strip() for quote in quotes
             if _counted(text, quote) or (_conferred(text, quote) and _TITLE_CLOSE.match(text, quote.end()))}
    return found - {quote.group(1).strip() for quote in quotes if _HEAD_NEAR.match(text, quote.end())}


# A count or colours before a division's short name (“五个江夏”, “六大房山”, “五个新海东”, “七彩呼兰”): what a place is to
# become, not a programme.
_PLACE_COUNTED = re.compile(r"^[一二两三四五六七八九十]{1,2}[个大彩]新?")


@lru_cache(maxsize=1)
def _place_stems() -> frozenset[str]:
    """Short names of divisions (昌吉, 梧州) and districts' stems (江夏 of 江夏区): the forms a place's vision uses."""
    return frozenset(stem for place in gazetteer.load().by_code.values() for stem in gazetteer.stems(place))


def _is_vision_of_counted_place(content: str) -> bool:
    """Whether a quote is a count before a place's short form (``_PLACE_COUNTED``): checked on the quote alone, since
    a vision stays one whatever head follows it (“五个江夏”建设)."""
    counted = _PLACE_COUNTED.match(content)
    return counted is not None and content[counted.end():] in _place_stems()


def _is_vision_of_place(text: str, end: int) -> bool:
    """A quote followed by 新 and a division's name (建设“强富美高”新南京) is a vision of that place."""
    if not text.startswith("新", end):
        return False
    places = gazetteer.load()
    return any(text[end + 1:end + 1 + size] in places.by_short or text[end + 1:end + 1 + size] in places.by_name
               for size in (2, 3, 4))


def _after_quotes(text: str, end: int) -> int:
    """Where the text goes on after a run of adjacent quotes (“满厅跑”“办事慢”问题 → 问题)."""
    while (following := _QUOTED.match(text, end)) is not None:
        end = following.end()
    return end


def _after_quoted_list(text: str, end: int) -> int:
    """Where the text goes on after a list of quotes joined by 、 (享有“…”、“…”、“…”等荣誉; “两点”定位、“两地”、
    “两高”目标): the word closing the list is the kind of each item, as it is of adjacent quotes."""
    end = _after_quotes(text, end)
    while text.startswith(_LIST_MARK, end) and (following := _QUOTED.match(text, end + len(_LIST_MARK))) is not None:
        end = _after_quotes(text, following.end())
    return end


def _quoted_mention(text: str, match: re.Match[str]) -> InitiativeMention | None:
    """The initiative a quote names (running on to its head word where the name does), or None."""
    content = match.group(1).strip()
    head = _HEAD_AFTER.match(text, match.end())
    run_on = _RUN_ON_HEADS.match(text, match.end())
    short = run_on is not None and (len(content) <= 3 or content.endswith(("式", "型"))
                                     or _DATE_LIKE.match(content) is not None or _NUMBER.match(content) is not None)
    if not short and (campaign := _CAMPAIGN_HEADS.match(text, match.end())) is not None:
        run_on, short = campaign, True
    if _FIVE_YEARS.match(content) and not (short and run_on.group(0) == "规划"):
        plan = _FIVE_YEAR_PLAN.match(text, match.end())
        if plan is None or (plan.group().endswith("意见") and _SOLICITED.search(
                text, max(0, match.start() - _SOLICITED_CHARS), match.start())):
            return None  # (opinions asked for or given, 征集“十四五”立法项目意见, are no document of those years)
        run_on, short = plan, True
    if short:
        head = run_on
    branded = _BRAND_AFTER.match(text, match.end()) is not None
    code_end = None if short else _code_name_end(text, match.end(), content)
    if not _is_initiative(content, head is not None or code_end is not None, branded) \
            or _context_rules_out(text, match, head is not None, named_on=code_end is not None):
        return None
    if short:
        return InitiativeMention(text[match.start():head.end()], match.start(), head.end(), content + head.group(0),
                                 quoted_content=content)
    if code_end is not None:
        return InitiativeMention(text[match.start():code_end], match.start(), code_end,
                                 content + text[match.end():code_end].lstrip(), quoted_content=content)
    noun_end = _qualified_noun_end(text, match.end()) if _QUALITIES.match(content) else match.end()
    if noun_end > match.end():
        return InitiativeMention(text[match.start():noun_end], match.start(), noun_end,
                                 content + text[match.end():noun_end], quoted_content=content)
    return InitiativeMention(content, match.start(1), match.end(1), content, quoted_content=content)


# A measure word right after a code: the code counts the things after it (“10+1”类政务服务事项, “3+N”项任务).
_KINDS_COUNTED = ("类", "项", "种", "个", "条")


def _counts_what_follows(text: str, start: int) -> bool:
    """Whether a measure word (``_KINDS_COUNTED``) standing as a word of its own opens the words at ``start``: not the
    first character of one (“1+N”个性化…模式, “5+2”种养结合模式, “1+3”项目化管理机制 name programmes)."""
    import jieba

    return text.startswith(_KINDS_COUNTED, start) and jieba.lcut(text[start:start + 6])[0] in _KINDS_COUNTED


def _code_name_end(text: str, start: int, code: str) -> int | None:
    """Where the name a code (“1+2+N”, “5+X”) opens ends: the longest run of the words right after it, up to
    ``_CODE_NAME_CHARS`` and no separator, that ends in a programme's head (“1+2+N”督察调研工作法, “5+5”工作
    体系, “1+4+X”学法清单), or the shortest ending in a plan's head (``_PLAN_HEADS``, the only heads a number
    alone runs on to; any other quote runs on only to a field's 思路, ``_THINKING_HEADS``); None when none does. A
    code says how many parts a programme has; the words after it say what the programme is."""
    if text.startswith((" ", "\u3000"), start) and not text.startswith((" ", "\u3000"), start + 1):
        start += 1  # (a space a page leaves after the quote: “141” 基层智治体系)
    if _counts_what_follows(text, start):
        return None  # (“10+1”类政务服务事项: the code counts kinds of the things after it, it names no programme of them)
    heads = _CODE_HEADS if _CODE.match(code) else _PLAN_HEADS + _SYSTEM_HEADS if _NUMBER.match(code) else \
        () if _NOT_PROGRAMME_AFTER.match(text, start) else _THINKING_HEADS
    run = re.match(r"[^，,。、；;：:的和与及等\s“”\"（）()]*", text[start:start + _CODE_NAME_CHARS]).group()
    ends = [size for size in range(len(run), 1, -1) if run[:size].endswith(heads)]
    plans = [size for size in ends if run[:size].endswith(_PLAN_HEADS)]
    if not ends:
        return None
    end = plans[-1] if plans else ends[0]
    # (a programme's head right after the code closes its name unless another follows it: “7+N”模式配备网格工作小组
    # names the 模式, what it staffs runs on; “1+X”服务品牌 names the brand, “1+X”服务体系 the system)
    first = next((size for size in reversed(ends) if run[:size] in _HEADS and run[:size] != _ANY_WORK), None)
    if first is not None and not run.startswith(_CODE_HEADS, first):
        end = min(end, first)
    # (工作 at the window's edge opens the head the window cuts off: “1+6+N”社会治安综合治理工作体系)
    if end == _CODE_NAME_CHARS and run.endswith(_ANY_WORK) \
            and (more := next((head for head in heads if text.startswith(head, start + end)), "")):
        end += len(more)
    paired = run[:end].endswith(_THINKING_HEADS) and run.startswith(_MEASURES_OF_THINKING, end)
    return start + end + (len(_MEASURES_OF_THINKING) if paired else 0)


def _qualified_noun_end(text: str, start: int) -> int:
    """The end of the run of nouns right after ``start`` (城市 of 城市建设, 农村路 of 农村路建设), or
    ``start`` when no noun follows."""
    import jieba.posseg

    end = start
    for token in jieba.posseg.cut(text[start:start + 8]):
        if not token.flag.startswith(_NOUN_TAGS):  # 建设 (vn) ends the run
            break
        end += len(token.word)
    return end


def find_initiatives(text: str, vocab: Vocab | None = None) -> list[InitiativeMention]:
    out: list[InitiativeMention] = []
    names: dict[str, str] = {}
    quotes = list(_QUOTED.finditer(text))
    titles = _titles_and_counted(text, quotes)
    for match in quotes:
        mention = _quoted_mention(text, match)
        if mention is None:
            # an award's or heading's title may quote the programme it is about: “‘X’专项活动先进集体”
            inner = (_quoted_mention(text, m) for m in _INNER_QUOTED.finditer(text, match.start(1), match.end(1)))
            found = [m for m in inner if m is not None]
        else:
            found = [mention]
        for m in found:
            if m.quoted_content in titles:
                continue
            out.append(m)
            names.setdefault(m.quoted_content, m.name)
    # Unquoted repeats of names quoted elsewhere (at least three characters, to avoid ordinary words).
    quoted_spans = [(m.start, m.end) for m in out]
    gazetteer = PhraseGazetteer(vocab or Vocab(), {content: name for content, name in names.items() if len(content) >= 3})
    for s, e, name in gazetteer.find(text):
        if any(a <= s < b or a < e <= b for a, b in quoted_spans):
            continue
        if s and text[s - 1] in "“\"":
            continue
        out.append(InitiativeMention(text[s:e], s, e, name, quoted=False))
    out = _without_own_vocabulary(out)
    out.sort(key=lambda m: m.start)
    return out


def _without_own_vocabulary(mentions: list[InitiativeMention]) -> list[InitiativeMention]:
    """Drop the names the report writes unquoted again and again, more often than it quotes them (“法治政府”
    quoted once against a dozen 法治政府): its own vocabulary, quoted once for emphasis. A programme's name is
    coined, set in quotes where it is introduced and repeated a few times at most."""
    quoted: dict[str, int] = {}
    unquoted: dict[str, int] = {}
    for m in mentions:
        counts = quoted if m.quoted else unquoted
        counts[m.name] = counts.get(m.name, 0) + 1
    vocabulary = {name for name, count in unquoted.items()
                  if count >= _VOCABULARY_REPEATS and count > quoted.get(name, 0)}
    return [m for m in mentions if m.name not in vocabulary]

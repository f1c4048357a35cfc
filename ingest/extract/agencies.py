"""AGENCY: bodies of the party, government, congress, CPPCC, courts and procuratorate, resolved in context.

Grammar: PREFIX BODY SUFFIX, where PREFIX is a region name or a level word
(县, 市, 自治区 …), BODY a run of name characters and SUFFIX an agency head
(政府, 司法局, 委员会, 中心组 …). A level word is resolved with the report's
region (县司法局 in a 始兴县 report → 始兴县司法局); a relative name coordinated
with an explicit one inherits its region (十堰市委、市政府 → 十堰市人民政府).
Elliptical coordinations (省、市政府; 自治区、州党委和政府; 县人大及其常委会; 省市区委)
give one entity per body, and so do places of one level listed before one head (永昌县、金川区人民政府, a
notice's addressees). Abbreviations with one certain expansion are expanded
(人社局 → 人力资源和社会保障局); ``name`` is the official full name (县委 → 中共始兴县委员会;
县委常委会 → 中共始兴县委员会常务委员会; 县政府党组 → 中共始兴县人民政府党组), a district's with its
city (区司法局 in a 海淀区 report → 北京市海淀区司法局), since district names repeat between cities.

What is not a body, by structure: a government head with words before it (建设法治政府 names a
goal), a head that needs a body left bare (江西省办, 云南省局, 县政府 + 中心工作), a region inside a
programme's name (法治石家庄建设领导小组办公室 is that group's own name), a verb of setting a body up after
its place (平度市组建行政审批局 names 平度市行政审批局). Unprefixed names count when
they designate one body of the report's region: a committee named after its task (全面依法治县委员会),
a group where it is set up, headed or called the region's (成立了…领导小组, 担任…领导小组组长, 全市…领导小组;
the group leading the rule-of-law work, 法治政府建设工作领导小组, wherever it is named bare;
in a bureau's own report one it sets up is the bureau's),
a committee a government has one of (安委会, 行政复议委员会), a service centre named at a clause start,
a station named after its place at a clause start (唐家派出所, 城关司法所; in the report of the bureau
that sends it out, under that bureau), the department a group's office
sits in (办公室设在司法局), and a department joined to a body of a region
(区依法治区协调小组、司法局). National bodies are a closed set: the centre's and the State Council's
ministries, also by their customary short names (工信部), and the Central Committee's departments (中央宣传部 →
中共中央宣传部). A 厅 department is a province's; a local 部 is
a party committee's (县委宣传部). 县委常委 without 会 is a member's post, not the standing committee. An
autonomous prefecture's X州 short name before a body (中共红河州委) names it outside the report's own chain;
an autonomous area names itself by its level (自治县人民政府, 自治州党委和政府). In a development zone's report
its 党工委 and 管委会 (区党工委, 管委会) are the zone's, styled with its city (天津宁河经济开发区管理委员会); in any
report a zone named before them (抚州高新区党工委; in a city's report 东临新区管委会 at a clause start) has them
under its official style (中共抚州高新技术产业开发区工作委员会, 抚州东临新区管理委员会).
So are its other bodies after 区 where no district of the report's chain is 区: its departments, 部 as
well as 局 (区党群工作部), its party school and its law-based governance office (区党校, 区依法治区办).
A bureau's report calls its own party committee and group by its head alone (局党委 → 中共X司法局委员会)
or by its level and head (市局党委 in a city bureau's report; elsewhere 市局 names no body),
and a township's its party committee by its level (镇党委 → 中共Y县X镇委员会).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from ingest.extract.context import RegionContext
from ingest.extract.regions import RegionHit, RegionScanner
from ingest.gazetteer import (PILOT_ZONE_PREFIX, ZONE_HEADS, ZONE_PART, ZONE_PART_WORD, ZONE_STYLES, Gazetteer, Place,
                              first_of_paired_cities, is_municipality, quoted_alone, short_names, styled_zone,
                              township_codes)

SUFFIXES = [
    "人民代表大会常务委员会", "人大常委会", "人民代表大会", "人民政府办公厅", "人民政府办公室", "人民政府", "政府办公厅",
    "政府办公室", "政府办", "办公厅", "理论学习中心组", "中心组", "领导小组", "协调小组", "党校", "行政学院", "管理委员会",
    "委员会", "管委会", "委会", "办公室", "中级人民法院", "人民法院", "人民检察院",
    "法院", "检察院", "服务中心", "中心", "大厅", "执法总队", "执法支队", "执法大队", "执法队", "稽查总队", "稽查支队", "稽查大队", "政府", "人大", "政协", "党委",
    "党组", "局", "厅", "部", "委", "办",
]
# Abbreviation → full form, applied to the part after the region; only expansions that are certain (交通局: the
# reforms from 2009 on made every one a 交通运输局, and the reports are of later years).
EXPANSIONS = [
    ("人大常委会办公室", "人民代表大会常务委员会办公室"), ("人大办公室", "人民代表大会常务委员会办公室"),
    ("人大常委会", "人民代表大会常务委员会"), ("人大办", "人民代表大会常务委员会办公室"), ("人大", "人民代表大会"), ("政府办公室", "人民政府办公室"), ("政府办公厅", "人民政府办公厅"),
    ("政府办", "人民政府办公室"), ("法制办", "法制办公室"), ("政府", "人民政府"),
    ("法院", "人民法院"), ("检察院", "人民检察院"), ("发改局", "发展和改革局"), ("发改委", "发展和改革委员会"),
    ("发展改革委", "发展和改革委员会"), ("发展改革局", "发展和改革局"),
    ("人社局", "人力资源和社会保障局"), ("市场监管局", "市场监督管理局"), ("住建局", "住房和城乡建设局"),
    ("工信局", "工业和信息化局"), ("科技局", "科学技术局"), ("卫健委", "卫生健康委员会"), ("卫生健康委", "卫生健康委员会"), ("交运局", "交通运输局"), ("交通局", "交通运输局"),
    ("城管局", "城市管理局"), ("国税局", "国家税务局"), ("地税局", "地方税务局"), ("国土局", "国土资源局"),
    ("监委", "监察委员会"), ("管委会", "管理委员会"), ("安委会", "安全生产委员会"), ("编办", "机构编制委员会办公室"),
    ("理论中心组", "理论学习中心组"), ("中心组", "理论学习中心组"), ("委会", "委员会"),
    ("府办", "人民政府办公室"), ("党政办", "党政办公室"), ("政法委", "政法委员会"), ("统战部", "统一战线工作部"), ("医保局", "医疗保障局"),
    ("应急局", "应急管理局"), ("疾控局", "疾病预防控制局"), ("疾控中心", "疾病预防控制中心"),
    ("国动办", "国防动员办公室"), ("人防办", "人民防空办公室"), ("文旅局", "文化和旅游局"),
    ("退役军人局", "退役军人事务局"), ("民宗局", "民族宗教事务局"), ("民宗委", "民族宗教事务委员会"), ("民委", "民族事务委员会"),
    ("卫计局", "卫生和计划生育局"), ("环保局", "环境保护局"), ("林草局", "林业和草原局"),
    ("城管执法局", "城市管理综合执法局"), ("案审委", "案件审理委员会"), ("综治局", "综合治理局"), ("经济信息委", "经济和信息化委员会"),
    ("普法办", "普法依法治理领导小组办公室"), ("主题教育办", "主题教育领导小组办公室"),
]
# Abbreviations whose full form one province's bodies alone take (重庆's culture and tourism commissions, the city's
# and each district's, are 文化和旅游发展委员会: 区文化旅游委, 市文旅委), by the province's name opening the region.
_STYLES_OF = {"重庆市": (("文化旅游委员会", "文化和旅游发展委员会"), ("文化和旅游委", "文化和旅游发展委员会"),
                        ("文化旅游委", "文化和旅游发展委员会"), ("文旅委", "文化和旅游发展委员会"))}
# A one-character head 办 followed by these is an ordinary word (办法, 办理, 办公; 社会办医, 民办教育, 民办幼儿园), not an office.
OFFICE_WORD_GUARD = "法理事好案结件学实成公医教园校幼"
_LAW_BASED_OFFICE = re.compile(r"依法治(县|市|区|州|省|旗)办$")
# National bodies named without a region (a closed set), with their official names.
NATIONAL = {
    "国务院办公厅": "国务院办公厅", "国务院": "国务院", "中办": "中共中央办公厅", "国办": "国务院办公厅",
    "中共中央办公厅": "中共中央办公厅", "中共中央": "中国共产党中央委员会", "党中央": "中国共产党中央委员会",
    "全国人大常委会": "全国人民代表大会常务委员会", "全国人大": "全国人民代表大会",
    "最高人民法院": "最高人民法院", "最高人民检察院": "最高人民检察院",
    # (and by their customary short names; 最高法律效力 is no court: see _NATIONAL_GUARD)
    "最高法": "最高人民法院", "最高法院": "最高人民法院", "最高检": "最高人民检察院",
    "中央全面依法治国委员会": "中央全面依法治国委员会", "全面依法治国委员会": "中央全面依法治国委员会",
    "中央依法治国委员会": "中央全面依法治国委员会",
    # the committee's office, also by its customary short name (中央依法治国办), named as the
    # committee is (the shared seeds' gold: 中央全面依法治国委员会, without 中共)
    "中央全面依法治国委员会办公室": "中央全面依法治国委员会办公室",
    "中央依法治国办": "中央全面依法治国委员会办公室",
    # the national office of legal publicity, under the Ministry of Justice, by the name reports give it (全国普法办)
    "全国普法办公室": "全国普法办公室", "全国普法办": "全国普法办公室",
    # the central commission's office for staffing, a party and state body named without 中共 (中央编办)
    "中央机构编制委员会办公室": "中央机构编制委员会办公室", "中央编办": "中央机构编制委员会办公室",
}
# The Central Committee's departments (a closed set), by their official names with 中共 and as reports write
# them, without it or by their customary short names (中宣部).
_CENTRAL_DEPARTMENTS = {"宣传部": "中宣部", "组织部": "中组部", "统一战线工作部": "中央统战部", "政法委员会": "中央政法委"}
NATIONAL.update({written: f"中共中央{department}" for department, short in _CENTRAL_DEPARTMENTS.items()
                 for written in (f"中共中央{department}", f"中央{department}", short)})
# The Central Committee's own organs (a closed set), as reports cite them: the Politburo (中央政治局第二十次集体学习),
# its standing committee, the discipline commission and the party school.
NATIONAL.update({written: official for official, forms in {
    "中共中央政治局": ("中央政治局",), "中共中央政治局常务委员会": ("中央政治局常委会",),
    "中共中央纪律检查委员会": ("中央纪委",), "中共中央党校": ("中央党校",)}.items()
    for written in (official, *forms)})
# The Central Committee's decision-making commissions beside the one for law-based governance (a closed set, fixed by
# the party's institutional reforms of 2018 and 2023), named as that one is, without 中共 (中央审计委员会会议).
NATIONAL.update({name + office: name + office for name in (
    "中央全面深化改革委员会", "中央网络安全和信息化委员会", "中央财经委员会", "中央外事工作委员会", "中央审计委员会",
    "中央金融委员会", "中央科技委员会") for office in ("", "办公室")})  # (each commission's office a body of its own)
# A numbered inspection group a national body sends (中央依法治国办第四督察组), or a coordination group it holds
# (中央依法治国办守法普法协调小组), is a body of its own, the national body's name part of its name.
_SENT_GROUP = re.compile(r"第[一二三四五六七八九十]{1,3}(?:督察组|督导组|巡视组|巡察组)|[\u4e00-\u9fff]{2,6}?协调小组")
# The State Council's ministries and commissions (its constituent departments, a closed set fixed
# by the State Council's organisation), each unique in the country and named without a region.
MINISTRIES = [
    "外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "国家民族事务委员会",
    "公安部", "国家安全部", "民政部", "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部",
    "住房和城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会",
    "退役军人事务部", "应急管理部", "审计署",
]
NATIONAL.update({name: name for name in MINISTRIES})
# The customary short names of ministries and commissions (工信部, 国家发改委), each of one body.
NATIONAL.update({
    "工信部": "工业和信息化部", "人社部": "人力资源和社会保障部", "住建部": "住房和城乡建设部", "科技部": "科学技术部",
    "文旅部": "文化和旅游部", "国家发改委": "国家发展和改革委员会", "国家民委": "国家民族事务委员会",
    "国家卫健委": "国家卫生健康委员会", "退役军人部": "退役军人事务部",
    "国家卫生健康委": "国家卫生健康委员会", "国家发展改革委": "国家发展和改革委员会",  # (委 for 委员会, as 国家民委)
})
# After a national name, these make it part of a longer word: 集中办公 (中办), 司法部门 (司法部), or of a
# person's post: 中央政治局委员, 中央政治局常委 (中央政治局). A
# longer office name (中央依法治国办) is no part of a word: 中央依法治国办实地督察 is the office's inspection.
_NATIONAL_GUARD = {"办": OFFICE_WORD_GUARD, "部": "门署分长级队位委", "局": "委常", "法": "律规院"}
_UNGUARDED_OFFICE_CHARS = 3


def _national_guard(name: str) -> str:
    """The characters that may not follow a national name for it to be the body."""
    if name.endswith("办") and len(name) > _UNGUARDED_OFFICE_CHARS:
        return ""
    return _NATIONAL_GUARD.get(name[-1], "")
# A level word right after one of these is part of another word (城市, 全县, 乡镇, 开发区, 依法治县, 示范区 …).
_NOT_BEFORE_LEVEL = set("城都全各本我该乡社辖园景郊地发市省县区州镇两直级外治红国跨团范")
# ... 发 only before 区 and 市 (开发区, 批发市场): before 省, 县 or 州 it is the verb (转发省委…, 下发县委…).
_ONLY_BEFORE_LEVELS = {"发": "区市"}


def _level_inside_a_word(text: str, start: int) -> bool:
    """Whether the level word at ``start`` ends a word begun by the character before it."""
    before = text[start - 1] if start else ""
    return before in _NOT_BEFORE_LEVEL and text[start] in _ONLY_BEFORE_LEVELS.get(before, text[start])


# A province's departments, named as the State Council's ministries with 厅 for 部 (司法厅, 公安厅, 财政厅), bare
# at a clause start: each is a province's own (a ministry's counterpart); 办公厅 is any general office.
_DEPARTMENT_STEMS = [name.removesuffix("部") for name in MINISTRIES if name.endswith("部")
                     and name not in ("外交部", "国防部", "国家安全部")]
_PROVINCIAL_DEPARTMENT = re.compile(r"(?:^|(?<=[，,、；;：:。（(〔【\n]))(?P<name>(?:"
                              + "|".join(sorted(_DEPARTMENT_STEMS, key=len, reverse=True)) + r")厅)")

# The party committee and administrative office of a 地区 named by the level alone (地委、行署); not 当地委托,
# 地委员 (…所在地委员会), the party committee of a longer name (地委全面依法治地委员会), nor 行署 inside a word.
_AREA_BODY = re.compile(r"(?<![当本该各此])[地盟]委(?![员托]|全面|依法治)|(?<![\u4e00-\u9fff]行)(?:行政公署|行署)")
# ... and that committee's own committee named after its task, and its office (地委依法治地委员会, 地委依法治地办).
_AREA_TASK_COMMITTEE = re.compile(r"(?<![当本该各此])(?P<level>[地盟])委(?:全面)?依法治(?P=level)"
                                  r"(?:委员会(?P<office>办公室|办)?|(?P<short>办公室|办))")

# The year bracket of a document number (酉阳府办〔2018〕44号): what stands before it is the issuer's code.
_DOCUMENT_NUMBER_AFTER = re.compile(r"[〔［\[](?:19|20)\d{2}[〕］\]]")
# Heads that name nothing without a body of their own: 省办, 省局, 县中心, 区领导小组 are cut phrases
# (江西省办理…, 云南省局部…, 县政府中心工作), while 县委, 县政府, 县法院 are bodies by themselves.
_HEADS_NEEDING_BODY = {"办", "局", "厅", "办公厅", "中心", "大厅", "办公室", "领导小组", "中心组", "服务中心"}
# Heads that do not continue a body on their own: 县政府 + 中心(工作), 市政府 + 大厅 (县委 + 办 does).
_BARE_TAILS = {"中心", "大厅", "局", "服务中心"}
# Words ending in 局 that name a situation, not a bureau (新疆社会大局, 发展格局, 开局).
_NOT_BUREAU = ("大局", "格局", "布局", "全局", "开局", "当局", "结局", "变局", "新局")
# A place as an international, national or regional centre (北京国际科技创新中心, 区域金融中心) is the role a
# plan gives the place, not a body.
_POSITIONING = re.compile(r"(?:国际|国家|区域)[\u4e00-\u9fff]{0,6}中心$")
# ... and so is a centre of some activity named on a place's short name (上海科技创新中心, 重庆金融中心): a
# body on a short name is a proper name of its own (青岛港公安局), a role is not.
_ROLE_CENTRE = re.compile(r"(?:创新|金融|航运|贸易|消费|物流|会展)中心$")
# Heads of a government: only the region (or 人民) stands before them; 建设法治政府 names a goal, not a body.
_GOVERNMENT_HEADS = ("人民政府", "政府")
_GOVERNMENT_BODY_OK = ("", "人民")
# Offices that belong to a government or to a party committee even when written after the region
# alone: 市法制办 → X市人民政府法制办公室, 县编办 → 中共X县委机构编制委员会办公室.
_GOVERNMENT_OFFICES = ("法制办", "法制办公室")
_PARTY_OFFICES = ("编办", "机构编制委员会办公室", "政法委", "政法委员会")
# A study group (理论学习中心组) is a party committee's or party group's: 市政府理论学习中心组 is the one of
# the government's party group (X人民政府党组理论学习中心组), a government having none of its own.
# A study group as written: 中心组, 理论中心组 or 理论学习中心组 (its full name; see ``expand``).
_STUDY_GROUP = r"(?:理论(?:学习)?)?中心组"
_GOVERNMENT_STUDY_GROUP = "人民政府理论学习中心组"
_GOVERNMENT_PARTY_STUDY_GROUP = "人民政府党组理论学习中心组"
# 委常委 / 委常委会: the standing committee of a party committee (县委常委会, 县委常委会议, 县委常委扩大会议),
# also with 会 written out (区委常委委员会) or the whole name written after 委 (市委常务委员会).
_STANDING = re.compile(r"^委(?:常委(?:会|委员会)?|常务委员会)$")
# 委常委 before anything but its meeting is a member's post (省委常委、市委书记), not the committee.
_MEETING_AFTER_STANDING = ("会", "扩大", "(", "（")
# A party committee or group before these names a person's post (县委书记, 党组副书记, 党组成员).
_PARTY_POSTS = ("书记", "副书记", "成员")
# A party body's full name (中共某县委全面依法治县委员会): reports quote it when it is set up; no programme's name.
PARTY_BODY = re.compile(r"^中共.{2,40}(?:委员会|办公室|领导小组)$")
_BODY_CHARS = r"[^\s0-9，,。；;：:、（）()《》〈〉<>“”\"'！？!?的在对于是了将把向由按从为及等各本我该其并以后前上下中要]"
# A one-character head followed by these is an ordinary word (办法, 局面, 委托, 委员), not a body; 人大代表: deputies;
# 中心城市, 中心任务: no centre; 县委会议: a meeting (办学 is guarded below, with 办学习 an office's study).
_HEAD_GUARD = {"办": OFFICE_WORD_GUARD.replace("学", ""), "部": "门署分长级队位", "局": "面势部限", "厅": "长局级",
               "委": "员托派屈", "人大": "代", "中心": "城任", "委会": "议",
               "执法队": "伍员"}  # (执法队伍 is the enforcement staff, 执法队员 its officers)
# ... and one preceded by these is the end of an ordinary word: 举办, 主办, 创办 (a verb), 干部, 全部, 内部 (people, a
# whole, an inside), not an office or a department (区委党校干部教育培训, 区委党校举办).
_HEAD_GUARD_BEFORE = {"办": "举主承创开合督", "部": "干全内局外细"}  # (not 协: 政协办 is an office)
# ... nor 民办, privately run (苏州市民办美术馆管理办法), but for 移民办, the resettlement office.
_HEAD_WORD_GUARD_BEFORE = {"办": "(?<!(?<!移)民)"}
# Heads followed by these words name a person: 政协委员 (a CPPCC member, but 政协委员会 is the body); 办学 runs a
# school and 办学习型组织 a learning organisation, but an office may study (依法治省办学习…).
_HEAD_WORD_GUARD = {"政协": "委员(?!会)", "办": "学(?!习(?!型))"}
_SUFFIX_RE = "|".join(
    (f"(?<![{_HEAD_GUARD_BEFORE[s]}])" if s in _HEAD_GUARD_BEFORE else "") + _HEAD_WORD_GUARD_BEFORE.get(s, "")
    + re.escape(s) + (f"(?![{_HEAD_GUARD[s]}])" if s in _HEAD_GUARD else "")
    + (f"(?!{_HEAD_WORD_GUARD[s]})" if s in _HEAD_WORD_GUARD else "")
    for s in sorted(SUFFIXES, key=len, reverse=True)
)
# Words that end a name: a tail holding them is a clause, not part of the body; meetings among them
# (会议, 全会, and 全委 of 县委全委会议, the plenary meeting of all the committee's members), and 和 before a
# level word, which opens another body (区政府正确领导和市司法局…: 和 or 与 inside a name joins two fields,
# 人力资源和社会保障局, 海洋与渔业局), and 部分 opening them (调整部分领导小组: some of the place's bodies).
_CLAUSE_WORDS = re.compile(r"设立|成立|建立|组建|开展|组织(?!部)|推动|落实|加强|印发|召开|出台|通过|被|有关|相关|依法行政|会议|全会|全委"
                           r"|严格|领导班子"  # how a body works, and its leaders (局领导班子严格执行党委…): no name holds them
                           # and by what means, opening the words after its name (区司法局利用党组、中心组…学习), not
                           # inside a name (资源综合利用中心, 土地利用规划委员会)
                           r"|^(?:利用|依托|借助)"
                           r"|^[和与]|[和与](?:省|市|县|区|州|旗|自治)|及|^部分"
                           r"|[和与][厅局]$")  # (省司法厅行政复议专家和厅法律顾问: the department's own advisers)
# A verb of setting a body up between a place and the body (平度市组建行政审批局, 某县新设立…中心): the place's
# body is named after the verb, which is no part of its name.
_SET_UP = re.compile(r"新?(?:组建|成立|设立)了?")
# A level word and 局 or 厅 before a party body (市局党委, 县局党组, 省厅党组): a bureau or department of that level called
# by its level, as its report calls itself; the party body is that bureau's, and no body of the place itself.
_BUREAU_PARTY_BODY = re.compile(rf"[局厅](?:党委|党组)(?:{_STUDY_GROUP})?$")
# A level word inside a sub-body's words opens another body's relative name (县司法局会同 + 县市场监管局), unless
# it names the task of governing by law (依法治县办) or ends the place a branch is named after (公安局新城区分局).
_LEVEL_IN_TAIL = re.compile(r"(?<!治)(?:省|市|县|区|州|旗)(?!分)")
# A group named after its task may hold the task's words: 区依法行政工作领导小组(办公室).
# A committee's or group's members (委员会委员和…协调小组成员, 领导小组成员) are people, not a body under it.
_MEMBERS_TAIL = re.compile(r"(?:委员|成员)(?!会)")
_GROUP_HEAD = re.compile(r"(?:领导小组|协调小组)(?:办公室)?$")


# ... and one named after its task may open on the task's verb (区加强法治政府建设工作领导小组, 县推动…领导小组).
_GROUP_TASK = re.compile(r"^(?:加强|推动|落实)(?=[\u4e00-\u9fff]{2,}?(?:工作)?(?:领导小组|协调小组)(?:办公室)?$)")


def _is_clause(rest: str) -> bool:
    """Whether the words after a level word are a clause rather than a body's name."""
    task = _GROUP_TASK.match(rest)
    words = {m.group(0) for m in _CLAUSE_WORDS.finditer(rest, task.end() if task else 0)}
    return bool(words - {"依法行政"}) or (bool(words) and not _GROUP_HEAD.search(rest))


# Level words followed by these are not a government's name (县级, 市长, 县直, 区域, 市场 …).
_NOT_AFTER_LEVEL = "级长直属域内乡县市省区州镇帜民场"
# ... unless they begin a department's name: 县市场监管局, 市民政局, 州民族宗教事务委员会, 市民委, 县民宗局 (not 市民:
# citizens).
_DEPARTMENTS_AFTER_LEVEL = ("市场", "民政", "民族", "民委", "民宗")
# An enumeration of unprefixed departments (公安局、财政局、国税局) names the report region's own.
# 和 opens it only after a body (财政局和公安局、审计局): inside a name it joins two fields (住房和城乡建设局).
# A verb asking departments to take part, opening a list of them (邀请发改委、商务局、金融办等部门开展培训): no part of the
# first one's name.
_ASKING_VERB = re.compile(r"邀请|会同|联合|协调|配合|督促|指导")
_DEPARTMENT_LIST = re.compile(r"(?:(?<=[及、，,：:（(\n])|(?<=[局委]和))[\u4e00-\u9fff]{2,6}?(?:局|委)(?:、[\u4e00-\u9fff]{2,6}?(?:局|委))+")
# Level words that open a relative name; an autonomous area calls itself by its level (自治县人民政府).
_AUTONOMOUS_LEVELS = ("自治州", "自治县", "自治旗")
_LEVEL = "自治区|自治州|自治县|自治旗|省|市|县|州"
_TAIL = re.compile(rf"(?!自治|省|市|县|区|州|旗){_BODY_CHARS}{{0,8}}?(?P<head>{_SUFFIX_RE})")
_COORDINATED = re.compile(
    rf"(?P<levels>(?:{_LEVEL})(?:[、和](?:{_LEVEL}))+)(?P<heads>(?:党委|委(?![员托派屈]|会(?!议))|政府|人民政府)"
    r"(?:[、和](?:党委|政府|人民政府))*)"
)
# The region's own party committee, government, congress, CPPCC, courts: named with the full place
# name even when written with a short one (昌吉州党委 → 中共昌吉回族自治州委员会).
_CORE_BODY = re.compile(r"委|党委|政府|人民政府|人大|人民代表大会|政协|法院|人民法院|中级人民法院|检察院|人民检察院|纪委|监委")
# A region's congress, government, CPPCC, courts and procuratorate listed bare after one of them (自治区人大常委会、政府、
# 政协、高级法院、检察院党组): each the same region's, the last with its party group where one follows.
_BARE_CORE_BODY = re.compile(r"[、和及](?P<name>(?:人大常委会|人民代表大会常务委员会|人大|人民代表大会|人民政府|政府|政协"
                             r"|高级人民法院|高级法院|中级人民法院|中级法院|人民法院|法院|人民检察院|检察院)(?:党组)?)"
                             r"(?=[、和及]|[，,。；;的]|(?<=党组)工作)")  # (not before 主要领导: a post, no body)
# The heads of a region's own core bodies a list of them opens with (县委、人大、政协; 自治区人大常委会、政府…).
_CORE_BODY_HEADS = ("委", "人大常委会", "人大", "政府", "政协", "法院", "检察院")
# Words that make a region name a programme's (法治浙江, 平安石家庄): what follows is not that region's body.
_BRAND = re.compile(r"法治|平安|数字|智慧|美丽|信用")
# A body's own part named after it: 县人大及其常委会, 依法治市委员会及办公室.
_AND_ITS = re.compile(r"及其?(?P<part>常委会|办公室)")
# A group's office written bare at a clause's start (，领导小组办公室设县司法局): the office of the group just named.
_BARE_GROUP_OFFICE = re.compile(r"(?:(?<=[，,。；;：:\n])|^)(?:领导小组|协调小组)办公室")
_BROKEN_STANDING = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*(?:常务委员会|常委会)")
_LEVEL_CHARACTERS = "省市县区州旗盟"  # the last character of a place's name, not of a body's (局)
# The term of a congress or committee, dropped from its name: 第十六届, 四届 (区四届人大常委会).
_TERM = re.compile(r"第?[一二三四五六七八九十百零〇0-9]+届")
# ... and a meeting's ordinal written before a group's head (…改革第一次领导小组会议): the meeting's, not the group's.
_MEETING_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇0-9]+次(?=(?:领导小组|协调小组)$)")
# A committee named after its task, written without its region: (全面)依法治市委员会(办公室), 依法治县办.
_SELF_COMMITTEE = re.compile(r"(?<![委区县市州省盟])(?:全面)?依法治(?P<level>县|市|区|州|省|旗|盟)(?:委员会(?P<office>办公室|办)?|(?P<short>办公室|办)|委(?!员))")
# The administrative committee of the report region's zone, named by the zone's kind alone at the
# start of a clause (产业集聚区管委会 → X县产业集聚区管理委员会).
_ZONE_BODY = re.compile(r"(?:(?<=[，,、；;：:（(\n])|^)(?:经济技术|经济|高新技术产业|高新技术|高新|产业|工业|农业|物流|旅游)?"
                        r"(?:开发区|高新区|园区|产业园|集聚区|度假区)(?:管委会|管理委员会)")
# In a development zone's report, its party working committee (党工委, with what it holds: 中心组) and its
# administrative committee (管委会), bare or after the zone's level word (区, 新区, an industrial park's 园区): the zone's
# own bodies.
# A bare 管委会 stands at a clause start or is called former (原管委会); a bare 党工委 is the zone's wherever it is the
# object too (纳入党工委“第一议题”), but not after a collective, a township or a body (各级党工委, 街道党工委, 局党工委);
# neither in a bracketed list of kinds (各级党委（党组、党工委）). The committee's study group is one body wherever
# it is the object (纳入党工委理论学习中心组学习), but not the kind of each level's or a street's (各级党工委中心组).
# The party working committee's own committee for the rule of law (党工委全面依法治区委员会) is one body with it, and
# so is that committee named bare (新区党工委成立了全面依法治区委员会): a zone's 区 is the zone, but in an autonomous
# region, whose own committee is named so too, and after 上级, whose is unsaid.
_ZONE_TASK_COMMITTEE = r"(?:全面)?依法治区委员会(?:办公室)?"
# A zone's part named after its kind (甘眉工业园区南区), which ``ZONE_PART`` reads.
_ZONE_PART_NAMED = re.compile(rf"(?<=区){ZONE_PART_WORD}$")
# The kinds a zone's report calls itself by, opening a body it names bare (园区法治政府建设工作领导小组).
_ZONE_SELF_KIND = re.compile(r"^(?:园区|开发区|高新区|经开区|新区)")
_ZONE_OWN_BODY = re.compile(rf"(?:新区|园区|区)(?P<body>党工委(?:{_STUDY_GROUP}|{_ZONE_TASK_COMMITTEE})?|管委会|管理委员会)"
                            rf"|(?:(?<=[，,、；;：:\n和及原])|^)(?P<bare>管委会|管理委员会)(?![)）])"
                            rf"|(?<![各级街道镇乡])(?P<study>党工委{_STUDY_GROUP})"
                            rf"|(?<![各级街道镇乡村社区局部委办])(?P<party>党工委(?:{_ZONE_TASK_COMMITTEE})?)(?![)）])"
                            rf"|(?<![委区县市州省盟级面])(?P<task>{_ZONE_TASK_COMMITTEE})")  # (面: not inside 全面)
# A zone led by a party committee (区党委, not 党工委) and the committee's parts (区党委常委会, 区党委理论学习中心组), or
# it and the zone's administrative committee written without a comma (高新区党委管委会主要负责同志).
_ZONE_PARTY_COMMITTEE = re.compile(rf"党委(?:(?P<standing>常委会|常务委员会)|(?P<study>{_STUDY_GROUP})"
                                   r"|(?P<administrative>管委会))?")
# ... whose report, naming no 党工委, calls that committee's study group by 党委 alone (党委班子通过党委理论学习中心组
# 集体学习), as a township's report calls its own: not after a level, a body or a collective (各级党委理论学习中心组).
_ZONE_LED_BY_PARTY_COMMITTEE = re.compile(r"区党委(?!员)")
_BARE_PARTY_COMMITTEE_STUDY_GROUP = re.compile(rf"(?<![省市县区州旗盟镇乡街级各局厅)）])党委{_STUDY_GROUP}")
# A district's party committee and government (区委, 区政府): in a zone's report, those of the district it lies in (a
# zone is led by its 党工委 and 管委会), which the report does not name when no district of its chain is 区.
_DISTRICT_LEADERSHIP = frozenset({"委", "政府", "人民政府"})
# A zone's party working committee or administrative committee after the zone's written name (抚州高新区党工委,
# 宝应县经济开发区管委会): named in any report, the zone's bodies under its official style.
_ZONE_BODY_HEADS = rf"党工委(?:{_STUDY_GROUP}|{_ZONE_TASK_COMMITTEE})?|管委会|管理委员会"
_NAMED_ZONE_BODY = re.compile(rf"(?P<zone>[^\W\d_的]{{0,6}}?(?:{ZONE_HEADS}|{'|'.join(ZONE_STYLES)}))"
                              rf"(?P<body>{_ZONE_BODY_HEADS})")
# A zone named without its city at a clause start, by two to four characters and its kind (，东临新区党工委).
_BARE_NAMED_ZONE = re.compile(rf"(?:(?<=[，,、；;：:\n])|^)(?P<zone>[^\W\d_的]{{2,4}}?(?:新区|{'|'.join(ZONE_STYLES)}|经济技术开发区"
                              rf"|高新技术产业开发区))(?P<body>{_ZONE_BODY_HEADS})")
# The zone's other committee written bare right after one (抚州高新区党工委、管委会): the same zone's.
_ZONE_SECOND_BODY = re.compile(r"[、和及](?P<body>党工委|管委会|管理委员会)")
# A group named where it is set up or reshaped, referred to as the one or given its head (成立了…领导小组,
# 调整充实了…领导小组, 的…领导小组, 担任…领导小组组长).
_NAMED_GROUP = re.compile(r"(?:全(?P<level>县|市|区|州|省|旗)|的|(?:调整|充实)优化(?!营商)|(?:成立|调整|充实|设立|组建|健全|完善|重组){1,2}了?|担任)"
                          r"(?P<name>(?P<body>[^\W\d_的]{2,22}?)领导小组(?:办公室)?)")
# The group leading a region's rule-of-law work, by the genre's names of that work (法治政府建设工作领导小组,
# 全面推进依法行政工作领导小组, 法治建设领导小组, 法治工作领导小组, the work quoted: “法治建设”工作领导小组), or the task
# force doing it (法治建设工作专班), and what may not stand right before it bare: a level word, a township's or a
# collective's (镇, 本, 部门).
_RULE_OF_LAW_GROUP = re.compile(r"(?:全面)?(?:推进)?(?P<quote>“)?(?:法治政府建设|依法行政|法治建设|法治)(?(quote)”)"
                                r"(?:工作)?(?:领导小组(?:办公室)?|专班)")
_NOT_BEFORE_GROUP = "省市县区州旗盟镇乡本各门级主"  # (and 民主法治…领导小组, a village programme's)
# Bodies that each set up a group of their own (各镇及各部门相应成立了…领导小组, 市县政府和执法机关均成立了…领导小组,
# 分别成立): many groups, none of them the region's one. A clause giving a group's make-up (各部门负责人为成员的…
# 领导小组) names its members so.
_EACH = re.compile("各|均|分别")
_MEMBERS = re.compile("为成员|任组长|任副组长")
_CLAUSE_BREAKS = "，,。；;：:\n"


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` begins."""
    return max(text.rfind(mark, 0, position) for mark in _CLAUSE_BREAKS) + 1


# Level characters run together before one party committee (省市区委决策部署, 省市县委): the committee of each
# level, as 省、市、区委 would name them; the party committee alone, since 市县政府 and 市县两级 name kinds.
_LEVEL_RUN = re.compile(r"(?P<levels>(?:省|市|县|区|州|旗){2,3})(?P<heads>委|党委)(?![员托派屈会])")
# (written run together too: 自治区党委政府, 旗委政府; not 党委政府办, a general office)
_HEADS_COORDINATED = re.compile(rf"(?P<level>{_LEVEL})(?P<heads>(?:党委|委(?=政府)|政府)(?:[、和]?(?:党委|政府|人民政府))+)"
                                r"(?!办)")
# Levels coordinated before one body of each: 省、市编办, 省、市司法局, 旗、苏木镇法治建设领导小组. The levels
# under a county (乡镇, 苏木, 街道) are many places each, a generic plural: only the level above is one body.
_LOWER_LEVELS = "乡镇|苏木镇|苏木|乡|镇|街道"
_LEVELS_COORDINATED = re.compile(
    rf"(?P<levels>(?:{_LEVEL}|旗)(?:[、和](?:{_LEVEL}|旗|{_LOWER_LEVELS}))+)(?P<heads>{_BODY_CHARS}{{1,10}}?(?:{_SUFFIX_RE}))")


# A service centre named at the start of a clause without a region (行政服务中心, 新市民服务中心): the
# report region's own. The words before 服务中心 must be its name, not a verb's object (推进…服务中心).
_SERVICE_CENTRE = re.compile(r"(?:(?<=[，,。；;：:\n的])|^)(?P<name>[^\W\d_的]{2,10}?服务中心)")
# A department written bare right after another body, joined to it: 县司法局、财政局.
_BARE_DEPARTMENT = re.compile(r"[、和及与](?P<name>[^\W\d_的]{2,8}?局)(?=[的，,。、；;和及与\s]|$)")
# ... or before the verb the two share (由政府办和司法局协调), where a word begins (not 公安局长).
_BARE_DEPARTMENT_BEFORE_VERB = re.compile(r"[、和及与](?P<name>[^\W\d_的]{2,8}?局)")
# Committees a government has one of, named bare (召开安委会会议, 行政复议委员会有效运行): the report
# region's, under their official names.
_ONE_PER_GOVERNMENT_OF = {"安委会": "安委会", "安全生产委员会": "安委会", "行政复议委员会": "政府行政复议委员会"}
_ONE_PER_GOVERNMENT = re.compile("|".join(sorted(_ONE_PER_GOVERNMENT_OF, key=len, reverse=True)))
# A station a bureau or court sends out, named after its place at the start of a clause (唐家派出所,
# 城关司法所, 东山人民法庭): a body of its own, named as written (the place is a town or street).
_STATION = re.compile(r"(?:(?<=[，,。；;：:\n])|^)(?P<name>[^\W\d_的]{2,6}?(?:派出所|司法所|人民法庭|派出法庭))")
# The bureaus that send stations out, by the station's kind (a court's 人民法庭 keeps its written name).
_STATION_BUREAUS = {"司法所": ("司法局",), "派出所": ("公安局", "公安分局")}
# Where a group's office sits (办公室设在司法局, 下设办公室在司法局): one department of the report region.
# A unit a body sets up under itself (县政府办下设法律顾问室，): its room, section, office or centre, named bare.
_SET_UP_UNDER = re.compile(r"下设(?P<name>[\u4e00-\u9fff]{2,10}?(?:室|科|股|办公室|中心))(?=[，,。；;、]|$)")
_SEAT = re.compile(r"办公室设?在(?P<name>[\u4e00-\u9fff]{2,8}?(?:局|委员会))(?=[，,。；;、\s]|$)")
# A bureau's (or a province's department's) report calls its own party group and committee by the bureau's head
# alone (纳入局党委会议, 厅党委切实抓好理论武装), a commission's by its 委 (委党组带头学, 我委党委理论学习中心组; not a
# place's or a discipline or working committee's: 市委党委, 纪委党组).
# ... and its party group's or committee's study group by 党组理论学习中心组 or 党委中心组 alone (a police
# bureau has a 党委), where no body's name stands before it
# (纳入党组理论学习中心组, but 政府党组… is the government's), its organ's party group's by 机关党组中心组 (an
# office of a government, 省政府办公厅, has a 机关党组); a bare 党组 without it more often names a
# kind of body (党委（党组）, 各单位党组) or its meeting.
_OWN_PARTY_BODY = re.compile(rf"(?P<head>[局厅]|(?<![省市县区州旗盟纪工])委)(?P<body>党组|党委)(?P<group>{_STUDY_GROUP})?"
                             rf"|(?P<bare>(?:机关)?党组|党委)(?P<study>{_STUDY_GROUP})")
_BODY_HEAD_CHARS = "府委局院办厅部会组室心所（(、"
# The bureau's own party body or its meeting listed first (纳入厅党委会、党委理论学习中心组学习; 党组会、, the meeting
# of the writer's own group named alone): the bare group after it is the bureau's too, as items of one list are one
# body's.
_AFTER_OWN_PARTY_BODY = re.compile(r"[局厅](?:党组|党委)(?:会议|会)?、$|(?<![府委局院办厅部])党组(?:会议|会)、$")
_AFTER_OWN_PARTY_BODY_CHARS = 6  # the most it reads back (局党委会议、)
# A party group named by its meeting or its study alone (召开党组会议, 党组扩大会议学法, 开展党组学习, 纳入党组理论学习,
# 党组集中学法7次): in the report of a bureau or a government that wrote it, its own party group; after a body's head
# (党委（党组）会议, 局党组会) or a collective (各单位党组会) it is a kind of body or another body's. (A study's plan or
# system, 党组学法计划, 党组集体学法制度, is every party group's kind of study, not the group.)
_OWN_PARTY_GROUP_MEETING = re.compile(r"党组(?:扩大)?会(?:议)?|党组(?:集体|集中|理论)?(?:学习|学法)(?!中心组|计划|制度|机制|清单)")
# ... and so after the writer's own study group listed bare before it (党组理论学习中心组、党组会议“第一议题”), as items
# of one list are one body's.
_AFTER_OWN_STUDY_GROUP = re.compile(rf"党组{_STUDY_GROUP}、$")
_AFTER_OWN_STUDY_GROUP_CHARS = 10  # the most it reads back (党组理论学习中心组、)
_COLLECTIVE_BEFORE = re.compile(r"各[\u4e00-\u9fff]{0,4}$")
# A government's party group, general office or inspection office written without its level (组织政府党组理论学习,
# 列入政府党组中心组, 由政府办和司法局协调, 政府督查室牵头): after a level, a place, 人民 or a collective (县政府党组,
# 各级政府党组) it is found as a relative name or is a kind of body; its meeting (政府党组会议) is named by it, as a
# 县政府党组会议 is; 政府办 before these is a verb (政府办事, 政府办公楼).
_BARE_GOVERNMENT_BODY = re.compile(rf"(?<![省市县区州旗盟人级镇乡街各全本该])政府(?:党组(?P<group>{_STUDY_GROUP})?"
                                   rf"|办公室|督查室|办(?![{OFFICE_WORD_GUARD}]))")
# A government's report calls its party group's study group by that group alone (列入党组理论学习中心组).
_GOVERNMENT_STUDY_GROUP_ALONE = re.compile(rf"党组{_STUDY_GROUP}")
# A government and its study group after a party committee of its level (市委和市政府党组理论学习中心组): the group is
# both bodies', written once; see ``_committee_sharing_study_group``.
_SHARED_STUDY_GROUP = re.compile(rf"[和、及与](?:[省市县区州旗盟]|自治区|自治州|自治县)?(?:人民)?政府(?:党组)?{_STUDY_GROUP}")
# A study group written alone (通过中心组学习): not 服务中心组织, 中心组建; see ``_bare_study_group``.
# (理论学习中心组学法 names the system of study every group keeps, not a group)
_BARE_STUDY_GROUP = re.compile(rf"{_STUDY_GROUP}(?![织建成]|学法)")
# A party committee or its meeting named in a sentence (县委常委会、中心组; 区委党校), or bodies below the issuer
# (各街道党工委、各单位党支部): a study group after them may be theirs.
_OTHER_BODIES_NAMED = re.compile(r"(?<![党工])[省市县区州旗盟]委(?!员)|党委(?!(?:理论)?(?:学习)?中心组)|常委会"
                                 r"|各(?:级|单位|部门|街道|乡镇|镇|村|社区)")
# A place, a collective or another unit written right before a party committee (各级党委, 机关党委, 学校党委, 乡镇党委,
# 企业党委, 街道党委, 基层党委): the committee is theirs, not the bureau's own (局党委 is).
_BODY_BEFORE_COMMITTEE = re.compile(r"[省市县区州旗盟级各关心院校所镇乡业道层]$")
# The committee's meeting listed right before the bare study group (召开党委会议、理论学习中心组学习; 召开局党委会31次、
# 中心组理论学习18次).
_OWN_COMMITTEE_MEETING_LISTED = re.compile(r"党委会议?(?:[\d一二三四五六七八九十]+[次场])?、$")
# A township's report calls its party committee by its level (镇党委) and that committee's study group by
# its head alone as well (党委理论学习中心组): a bare 党委 without either is a kind of body (各级党委).
_TOWNSHIP_PARTY_BODY = re.compile(rf"(?P<level>镇|乡)?党委(?P<group>{_STUDY_GROUP})?")
# ... its government and congress by its level too (镇政府, 镇人大), not the level's plural (各乡镇政府, 乡镇人大)
_TOWNSHIP_STATE_BODY = re.compile(r"(?<![乡各全])(?P<level>镇|乡)(?P<body>人民代表大会|人大|人民政府|政府)(?![办工])")
# ... its government after its party committee, the level written once (镇党委、政府, 镇党委政府主要负责人)
_TOWNSHIP_PARTY_AND_GOVERNMENT = re.compile(r"(?<![乡各全])(?P<level>镇|乡)?党委[、和]?(?P<government>政府)(?![办工])")
# ... and its party committee's committee for the rule of law, after the township's level or party body or bare
# (镇委全面依法治镇委员会, 成立了依法治镇委员会, 《全面依法治镇委员会工作规则》, 全面依法治街工作委员会); its level
# one of the township's own (依法治乡 is no town's).
_TOWNSHIP_TASK_COMMITTEE = re.compile(r"(?<![各全])(?:(?:镇|乡|街道)(?:党工委|党委|委)?)?(?:全面)?依法治(?P<level>镇|乡|街)"
                                      r"(?P<kind>工作委员会|委员会)(?P<office>办公室)?")
# ... and its own offices by their customary short names (镇党政办, 平安办), which a county's offices are not called
_TOWNSHIP_OFFICES = {"党政综合办": "党政综合办公室", "党政办": "党政办公室", "平安建设办": "平安建设办公室",
                     "平安办": "平安建设办公室"}
_NOT_BEFORE_OWN_OFFICE = _BODY_HEAD_CHARS.replace("、", "") + _LEVEL_CHARACTERS  # (县平安办, 区委平安办; 、平安办 is its own)
_TOWNSHIP_OFFICE = re.compile(rf"(?<![乡各全])(?P<level>镇|乡|街道)?(?P<office>{'|'.join(_TOWNSHIP_OFFICES)})(?:公室)?")
# A street's (街道) report calls its party working committee (党工委, 工委) and its office by the level (纳入街道党工委、
# 办事处, 街道办事处, 街道办, 召开街道党工委会议, 构建街道党工委统筹): not the level's plural (各街道党工委) nor another
# street's (a name's characters before 街道: ``_opens_own_street``), and 街道办 is no office before 公, 理, 事
# (街道办公室 is a room of it, 街道办理 a verb).
_STREET_BODY = re.compile(rf"街道(?P<body>党工委|工委|办事处|办(?![公理事法]))(?P<group>{_STUDY_GROUP})?"
                          r"(?:、(?P<second>办事处|党工委))?")
_BEFORE_OWN_STREET = "，,。；;：:\n、（(“"  # marks no name ends with
# A collective, another street or a level before 街道 (各街道, 其他街道, 周边街道, 兄弟街道, 全区街道): not the report's own.
_MANY_STREETS = "各全每诸该两多等他边弟邻区县市"
_STREET_STEM_CHARS = range(2, 5)  # the characters of a street's name before 街道
# ... and its party working committee bare (召开党工委会议, 党工委理论学习中心组), where no body's head, level or
# collective stands before it (区党工委 is a zone's, 各级党工委 a kind).
_BARE_WORKING_COMMITTEE = re.compile(rf"(?<![\u4e00-\u9fff]街道)(?<![各级区])党工委(?P<group>{_STUDY_GROUP})?")
# ... and the county bureaus' stations in it by its level (乡司法所、派出所: the second shares the level), or its own
# units (街道政务中心, 乡执法队: its service centre and its law-enforcement team, by their official names).
_TOWNSHIP_UNITS = {"政务服务中心": "政务服务中心", "政务中心": "政务服务中心", "便民服务中心": "便民服务中心",
                   "综合行政执法队": "综合行政执法队", "综合执法队": "综合行政执法队", "执法队": "综合行政执法队"}
_TOWNSHIP_STATIONS = re.compile(rf"(?P<level>镇|乡|街道)(?P<station>司法所|派出所|{'|'.join(_TOWNSHIP_UNITS)})"
                                r"(?![伍员长])(?:、(?P<second>司法所|派出所))?")  # (not 执法队伍, a workforce, nor its people)
# Parts of speech a name does not begin with: verbs, prepositions, adverbs (积极, 不断), conjunctions,
# pronouns, particles, numerals, set phrases (不断完善).
_NOT_NAME_START = ("v", "p", "d", "c", "r", "u", "m", "ad", "l")


# A meeting ending the item before a 、 (周一例会, 局务会, 办公会): no body's head.
_MEETING_BEFORE = re.compile(r"(?:例|务|公)会$")


def _no_body_head_before(text: str, start: int) -> bool:
    """Whether no body's head stands right before ``start``, nor before the 、 that lists it (党委、党组…, 局党组…):
    a name of a party group's part written alone there is the writer's own, not a kind or another body's; an item
    after a word that names no body (常务会议、党组…; a meeting, 周一例会、局务会、办公会、党组会…) is still alone."""
    before = text[start - 1] if start else ""
    if before == "、":
        meeting = _MEETING_BEFORE.search(text, 0, start - 1) is not None
        return not (start > 1 and text[start - 2] in _BODY_HEAD_CHARS and not meeting)
    return before not in _BODY_HEAD_CHARS


def starts_with_a_name(phrase: str) -> bool:
    """Whether ``phrase`` begins as a name rather than as a clause (推进…, 在…, 各…), by jieba's tags,
    and holds no level word of its own (县司法局 is found as a relative name)."""
    import jieba.posseg

    first = next(iter(jieba.posseg.cut(phrase)), None)
    return first is not None and not first.flag.startswith(_NOT_NAME_START) and phrase[0] not in "省市县区州旗各全本该"


_ADVERB_TAGS = ("d", "ad")


def _opens_a_name(tail: str) -> bool:
    """Whether a sub-body's words may begin a name (党委, 依法治县办, 建设领导小组), not a clause the body is the
    subject of (省商务厅 + 积极协调商务部): an adverb opens no name, by jieba's tag of the first word (its verbs
    and verbal nouns, 建设, 协调, 编办, do)."""
    import jieba.posseg

    first = next(iter(jieba.posseg.cut(tail)), None)
    return first is not None and first.flag not in _ADVERB_TAGS


def opens_a_word(text: str, start: int) -> bool:
    """Whether a word begins at ``start`` by jieba's cut of the text around it (纳入|局|党委, but
    区|公安局|党委): a head standing for its body is a word of its own."""
    import jieba

    if not start or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return True
    position = max(0, start - 4)
    for word in jieba.cut(text[position:start + 3]):
        if position >= start:
            return position == start
        position += len(word)
    return False


@dataclass
class AgencyMention:
    text: str
    start: int
    end: int
    name: str  # official full name, region explicit
    region_code: str | None
    elliptical: bool = False


def is_body(rest: str) -> bool:
    """False for a region + head that names no body: a government with words before 政府
    (法治政府 from 建设法治政府), a head that needs a body left bare (江西省办, 云南省局), or the role
    a plan gives a place (北京国际科技创新中心)."""
    for head in _GOVERNMENT_HEADS:
        if rest.endswith(head):
            return rest[: -len(head)] in _GOVERNMENT_BODY_OK
    if rest.endswith(_NOT_BUREAU) or _POSITIONING.search(rest):
        return False
    if rest.endswith("部"):  # a local 部 is a party committee's department (县委宣传部), not 县干部
        return rest.startswith("委") and len(rest) > 2
    return rest not in _HEADS_NEEDING_BODY


def is_member_post(text: str, end: int, rest: str) -> bool:
    """Whether a party body's name ending at ``end`` is part of a person's post: 县委书记, 省政府党组成员,
    or 委常委 (省委常委、市委书记) before anything but the standing committee's meeting, which is written
    常委会 or named by its meeting (县委常委会议, 县委常委扩大会议)."""
    if rest.endswith("委常委"):
        return not text.startswith(_MEETING_AFTER_STANDING, end)
    return rest.endswith(("委", "党组")) and text.startswith(_PARTY_POSTS, end)


def fits_level(rest: str, place: Place) -> bool:
    """A department called 厅 (司法厅, 公安厅) is a province's; under a city or county the word names a
    hall or branch (南康分厅), not a body. 办公厅 and 大厅 are heads of their own."""
    provincial = rest.endswith("厅") and not rest.endswith(("办公厅", "大厅"))
    return not provincial or place.level == "province"


def expand(rest: str) -> str:
    """Official form of the part after the region: 政府 → 人民政府, 人社局 → 人力资源和社会保障局."""
    office = _LAW_BASED_OFFICE.search(rest)
    if office:
        rest = rest[: office.start()] + f"全面依法治{office.group(1)}委员会办公室"
    for short, full in EXPANSIONS:
        if rest.endswith(short) and not rest.endswith(full):
            rest = rest[: -len(short)] + full
            break
    return rest


def region_prefix(place: Place, gazetteer: Gazetteer) -> str:
    """The region as an agency name spells it: a district with its city (北京市海淀区), since
    district names repeat between cities (朝阳区, 江北区); other places by their own name."""
    if place.level == "county" and place.name.endswith("区") and place.parent_code:
        parent = gazetteer.by_code.get(place.parent_code)
        # a city's district; not an area a province governs directly (神农架林区)
        if parent is not None and (parent.level == "prefecture" or is_municipality(parent)):
            return parent.name + place.name
    return place.name


# A bureau's head written for the bureau itself before its group (担任局法治政府建设领导小组组长), by the heads its name
# ends in; not a word it opens (局属单位).
_OWN_HEADS = {"局": ("局",), "厅": ("厅",), "委": ("委员会", "委"), "办": ("办公室", "办")}


def _without_own_head(bureau: str, group: str) -> str:
    """``group`` without the head standing for ``bureau`` before it (局法治政府建设领导小组 of a 局's report, 委法治建设领导
    小组 of a 委员会's), which the bureau's name already writes."""
    head = group[0]
    if head in _OWN_HEADS and bureau.endswith(_OWN_HEADS[head]) and group[1] != "属":
        return group[1:]
    return group


# What a county's or district's level character begins besides a body of its own (县城, 区域, 县级, 区划).
_LEVEL_CHARACTER_WORDS = re.compile(r"^[县区旗](?:城|域|级|划|镇|乡|直|属)")


def without_doubled_level(region: str, rest: str) -> str:
    """``rest`` without a level character that repeats the one ``region`` ends with (元谋县县卫生健康局, 某区区委: a
    slip of the pen, the body of 元谋县 as 元谋县卫生健康局 names it), unless it begins a word of its own (县城管理局)."""
    if rest[:1] == region[-1:] and rest[:1] in "县区旗" and len(rest) > 1 and not _LEVEL_CHARACTER_WORDS.match(rest):
        return rest[1:]
    return rest


def official_name(region: str, rest: str) -> str:
    """Compose region + body the way official names are written (中共X委员会, 中国人民政治协商会议X委员会).

    A congress is named without its term (第十六届人民代表大会 → 人民代表大会), a group without the ordinal of the
    meeting it holds, and a party group (党组) is a party body: 中共X人民政府党组.
    """
    rest = re.sub(r"\s+", "", _MEETING_ORDINAL.sub("", _TERM.sub("", rest)))
    rest = without_doubled_level(region, rest)
    if rest.endswith("党组"):
        return "中共" + official_name(region, rest[: -len("党组")]) + "党组"
    if rest.endswith("局党委") and len(rest) > len("局党委"):  # a bureau's party committee (区交通局党委): 中共X区交通运输局委员会
        return "中共" + official_name(region, rest[: -len("党委")]) + "委员会"
    if rest == "委" or rest == "党委":
        return f"中共{region}委员会"
    if rest in ("纪委", "纪委监委"):  # the discipline commission (sharing its offices with the supervisory one)
        return f"中共{region}纪律检查委员会"
    if rest.startswith("党委") and len(rest) > 2 and region[-1:] in _LEVEL_CHARACTERS:
        rest = rest[1:]  # 自治区党委常委会, 州党委党校: a place's party committee's parts written 党委 (区委常委会, 州委党校),
        # not a bureau's (县公安局党委理论学习中心组 keeps its 党委)
    if _STANDING.match(rest):
        return f"中共{region}委员会常务委员会"
    committee = _SELF_COMMITTEE.fullmatch(rest.removeprefix("委"))
    if committee:  # 县依法治县委员会办公室, 县委依法治县办: the party committee's committee
        return _task_committee(f"中共{region}委", committee)
    if rest.startswith("政府") and not rest.startswith("政府办") and len(rest) > 2:
        rest = "人民" + rest  # 政府法制办 → 人民政府法制办公室
    if expand(rest) == _GOVERNMENT_STUDY_GROUP:  # a government studies in its party group's study group
        rest = _GOVERNMENT_PARTY_STUDY_GROUP
    if rest in _GOVERNMENT_OFFICES:  # 市法制办 is the city government's office
        rest = "人民政府" + rest
    if rest in _PARTY_OFFICES:  # 县编办 is the county party committee's office, 县政法委 its commission
        rest = "委" + rest
    if rest == "委办":  # the party committee's general office
        return f"中共{region}委办公室"
    if rest.startswith("委") and len(rest) > 1:
        return f"中共{region}委{expand(rest[1:])}"
    if rest in ("政协", "政协委员会"):
        return f"中国人民政治协商会议{region}委员会"
    if rest in ("政协办", "政协办公室"):  # (a CPPCC committee's general office, as 委办 is the party committee's)
        return f"中国人民政治协商会议{region}委员会办公室"
    if rest == "法院" and region.endswith(("省", "自治区")):  # a province's court is its high court (省法院)
        return region + "高级人民法院"
    for short, full in next((styles for province, styles in _STYLES_OF.items() if region.startswith(province)), ()):
        if rest.endswith(short):
            return region + rest[:-len(short)] + full
    return region + expand(rest)


def _task_committee(party: str, written: re.Match[str]) -> str:
    """The committee a party committee sets up for the rule of law of its area, as ``written`` names it (依法治县委员会,
    依法治县办 with its level and office): 全面依法治{level}委员会 and its office under ``party`` (中共X县委)."""
    office = "办公室" if written["office"] or written["short"] else ""
    return f"{party}全面依法治{written['level']}委员会{office}"


def zone_as_published(zone: str | None, publisher: str) -> str | None:
    """Zone ``zone`` as the name of its administrative committee publishing the report writes it, up to its kind
    (河源东源产业园区管理委员会 → 河源东源产业园区; 南宁五象新区规划建设管理委员会 → 南宁五象新区), or None when the
    publisher is no committee of a zone of that kind. A committee of a city's part of a zone (四川天府新区眉山管理委员会)
    styles it as the part is called, the city's name first (眉山天府新区: the issuer's name)."""
    if zone is None or not publisher.endswith("管理委员会"):
        return None
    for pattern in (ZONE_HEADS + ZONE_PART, ZONE_HEADS):  # (the zone with its part, or read without it)
        head = re.search(pattern, publisher)
        if head and zone.endswith(head.group()):
            city_part = publisher[head.end():-len("管理委员会")]
            return zone if city_part and zone.startswith(city_part) else publisher[:head.end()]
    return None


def zone_body_name(zone: str, body: str) -> str:
    """A zone's body under its official name: 党工委 → 中共{zone}工作委员会 (its study group or its committee for the
    rule of law after it: 中共{zone}工作委员会全面依法治区委员会), 管委会 → {zone}管理委员会."""
    if body.startswith("党工委"):
        task = re.fullmatch(_ZONE_TASK_COMMITTEE, body[3:])
        own = ("全面依法治区委员会" + ("办公室" if body.endswith("办公室") else "") if task
               else "理论学习中心组" if body != "党工委" else "")
        return f"中共{zone}工作委员会" + own
    return zone + "管理委员会"


@lru_cache(maxsize=4)
def _prefecture_short_names(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, Place]]:
    """The X州 short names of autonomous prefectures (红河州, 阿坝州) that name one place, each followed by
    the head of a core body (委, 人民政府 …): the level word kept makes the name as certain as a full one."""
    places = {short: found[0] for short, found in gazetteer.by_short.items()
              if short.endswith("州") and len(found) == 1 and found[0].name.endswith("自治州")}
    names = "|".join(map(re.escape, sorted(places, key=len, reverse=True)))
    return re.compile(f"(?:{names})(?=(?:{_CORE_BODY.pattern})(?![员托派屈]))"), places


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, each search starting one character after the last match's start:
    a rejected match (全旗干部…旗委) must not hide one inside it (旗委党校)."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.start() + 1


def _opens_own_street(text: str, at: int) -> bool:
    """Whether 街道 at ``at`` is the report's own street called by its level: after a mark, or after any word (召开,
    构建, 抓住, 和) that with 街道 makes no street the division table knows (太和街道 is one); not after a collective,
    another street or a level (各街道, 其他街道, 全区街道)."""
    if at == 0 or text[at - 1] in _BEFORE_OWN_STREET:
        return True
    if text[at - 1] in _MANY_STREETS:
        return False
    return not any(township_codes(text[at - size:at] + "街道") for size in _STREET_STEM_CHARS if at >= size)


class AgencyFinder:
    """Finds agency mentions in a document's text given its region context."""

    def __init__(self, ctx: RegionContext):
        self.ctx = ctx
        self._after_region = re.compile(rf"{_BODY_CHARS}{{0,14}}?(?:{_SUFFIX_RE})")
        self._relative = re.compile(
            rf"(?P<level>{_LEVEL}|区|旗)(?P<rest>{_BODY_CHARS}{{0,14}}?(?:{_SUFFIX_RE}))"
        )
        self._national = re.compile("|".join(
            re.escape(name) + (f"(?![{_national_guard(name)}])" if _national_guard(name) else "")
            for name in sorted(NATIONAL, key=len, reverse=True)))

    def find(self, text: str, regions: list[RegionHit]) -> list[AgencyMention]:
        """Agency mentions; ``regions`` are the region names found in ``text`` (prefix candidates)."""
        regions = self._with_prefecture_short_names(text, regions)
        mentions: list[AgencyMention] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b in taken)

        def add(m: AgencyMention) -> None:
            taken.append((m.start, m.end))
            # (a platform named after a body: “山东地税电子税务局”上线; but a party body is named in quotes when set up:
            # 成立了“中共某县委全面依法治县委员会”; a document number's issuer code, 酉阳府办〔2018〕44号, names none)
            if (not quoted_alone(text, m.start, m.end) or PARTY_BODY.match(m.text)) \
                    and not _DOCUMENT_NUMBER_AFTER.match(text, m.end):
                mentions.append(m)

        for match in self._national.finditer(text):
            if group := _SENT_GROUP.match(text, match.end()):
                add(AgencyMention(text[match.start():group.end()], match.start(), group.end(),
                                  NATIONAL[match.group(0)] + group.group(0), None))
            else:
                add(AgencyMention(match.group(0), match.start(), match.end(), NATIONAL[match.group(0)], None))
        self._coordinated(text, add, free)
        self._zone_bureau_by_own_name(text, add, free)
        self._own_zone_by_name(text, add, free)
        for hit, start in self._innermost(regions):
            match = self._after_region.match(text, hit.end) if len(hit.text) > 1 else None
            if match is None:  # (nor a province's one character, 川渝通办: a service, no body is named so)
                continue
            end = self._extend(text, match.end())
            if text.startswith("中共", start - 2):
                start -= 2
            rest = text[hit.end:end]
            set_up = _SET_UP.match(rest)
            if set_up:  # 平度市组建行政审批局: the place sets the body up, which is named after the verb
                start, rest = hit.end + set_up.end(), rest[set_up.end():]
            if rest[:1] == hit.place.name[-1] and _CORE_BODY.fullmatch(rest[1:]):
                rest = rest[1:]  # 渠县县委, 某某区区政府: the level word written again before the body
            if (not free(start, end) or not is_body(rest) or not fits_level(rest, hit.place)
                    or is_member_post(text, end, rest) or _is_clause(rest)
                    or _BRAND.match(text, max(0, hit.start - 2), hit.start) or rest.startswith(("和", "与"))):
                continue  # 海珠区和越秀区司法局: the head is the last place's (shared: _shared_head)
            zone_body = _NAMED_ZONE_BODY.fullmatch(rest)
            if zone_body:
                written = text[start:hit.end].removeprefix("中共")  # with its outer places (河北唐山)
                zone = styled_zone(written + zone_body.group("zone"), self.ctx.gazetteer)
                self._named_zone_bodies(text, zone, zone_body.group("body"), start, end, hit.place.code, add)
                continue
            # A short place name keeping the full name's level word (延边州, 秀山县) names the place itself
            # (延边州司法局 → 延边朝鲜族自治州司法局); one without it may start a proper name (广州 + 港公安局).
            if hit.text != hit.place.name and not _CORE_BODY.match(rest) and hit.text[-1] != hit.place.name[-1]:
                if _ROLE_CENTRE.search(rest):
                    continue
                own_bureau = self.ctx.bureau is not None and hit.place == self.ctx.place \
                    and self.ctx.bureau.endswith(expand(rest))
                # (柳江卫生健康局 in 柳江区卫生健康局's report: the bureau by its region's short name; else a proper name
                # on a short place name: 青岛港公安局)
                name = self.ctx.bureau if own_bureau else text[start:hit.end] + expand(rest)
            else:
                name = official_name(self._prefix(hit.place), rest)
            add(AgencyMention(text[start:end], start, end, name, hit.place.code))
            self._standing_committee(text, start, end, hit.place, rest, add)
        for match in _overlapping(self._relative, text):
            start, end = match.start(), self._extend(text, match.end())
            level, rest_start = match.group("level"), match.start("rest")
            rest = text[rest_start:end]
            if not free(start, end) or (_level_inside_a_word(text, start) and text[start - 1] != "我"):
                continue  # 全县, 城市 …; but 我市政府, 我市人社局 are the city's own
            if text[rest_start] in _NOT_AFTER_LEVEL and not text.startswith(_DEPARTMENTS_AFTER_LEVEL, rest_start):
                continue  # 县级, 市长, 县市两级, 市民; but 县市场监管局 is the county's market bureau
            zone_body = self._zone_body(level, rest)
            if _is_clause(rest) or not (is_body(rest) or zone_body) or is_member_post(text, end, rest):
                continue
            place = (self._coordinated_region(text, start, mentions, level)
                     or self._autonomous_region_party(level, rest) or self._resolve_level(level))
            if place is None and zone_body:
                add(AgencyMention(text[start:end], start, end, zone_body, None))
            if place is None or not fits_level(rest, place):
                continue
            if _BUREAU_PARTY_BODY.match(rest):
                own = self._own_bureau(place)
                if own is not None and own.endswith(rest[0]):  # 市局党委 in a city bureau's report: its own committee
                    # (省厅党组 in a bureau's report is a department's, 省局党组 in a department's a bureau's: no name)
                    add(AgencyMention(text[start:end], start, end, official_name(own, rest[1:]), place.code))
                continue  # another bureau of the level (市局党委 in a county's report) is not named
            add(AgencyMention(text[start:end], start, end, official_name(self._prefix(place), rest), place.code))
            self._standing_committee(text, start, end, place, rest, add)
        self._zone_own_bodies(text, add, free)
        self._city_zone_bodies(text, add, free)
        self._bureau_own_bodies(text, add, free)
        self._government_study_group(text, add, free)
        self._bare_government_body(text, add, free)
        self._own_party_group_meeting(text, add, free)
        self._township_own_bodies(text, add, free)
        self._prefecture_area_bodies(text, add, free)
        self._provincial_departments(text, add, free)
        self._department_list(text, add, free)
        self._unprefixed(text, regions, add, free)
        self._offices(text, mentions, add)
        self._bare_group_offices(text, mentions, add, free)
        self._set_up_under(text, mentions, add, free)
        self._coordinated_department(text, mentions, add, free)
        self._coordinated_core_bodies(text, mentions, add, free)
        self._shared_head(text, regions, mentions, add, free)
        self._bare_study_group(text, add, free)
        self._same_line_above(text, add, free)
        self._committee_sharing_study_group(text, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _zone_bureau_by_own_name(self, text: str, add, free) -> None:
        """保税区管理局 (党组, 党组理论学习中心组) in the report of 中国（上海）自由贸易试验区管理委员会保税区管理局: a zone
        committee's bureau by the name it has under the committee (``_ZONE_COMMITTEE_BUREAU``), before its 区 is read
        as a level word of the zone's (区管理局)."""
        own = _ZONE_COMMITTEE_BUREAU.fullmatch(self.ctx.bureau or "")
        if own is None:
            return
        for match in re.finditer(re.escape(own["own"]) + rf"(?P<party>党组|党委)?(?P<group>{_STUDY_GROUP})?", text):
            # (not a place's bureau of that name: 市财政局 in the report of a zone committee's 财政局)
            before = text[max(0, match.start() - 1):match.start()]
            if free(match.start(), match.end()) and before not in _LEVEL_CHARACTERS and opens_a_word(text, match.start()):
                rest = (match["party"] or "") + expand(match["group"] or "")
                add(AgencyMention(match.group(), match.start(), match.end(),
                                  official_name(own.group(), rest) if rest else own.group(), None))

    def _own_zone_by_name(self, text: str, add, free) -> None:
        """The report's own zone's committees under the zone's whole name, its brackets written either way
        (中国(上海)自由贸易试验区临港新片区管委会): the name is the zone's, no 区 of it a level word (区临港新片区管委会)."""
        zone = self.ctx.zone
        if not zone or "（" not in zone:
            return
        written = re.escape(zone).replace("（", "[（(]").replace("）", "[）)]")
        for match in re.finditer(rf"{written}(?P<body>{_ZONE_BODY_HEADS})", text):
            if free(match.start(), match.end()):
                add(AgencyMention(match.group(), match.start(), match.end(),
                                  self._own_zone_body(zone, match["body"]), None))

    def _same_line_above(self, text: str, add, free) -> None:
        """省厅, 市局 in a bureau's own report: the department of its line at that level (省厅 in 武汉市生态环境局's
        report is 湖北省生态环境厅, 市局 in 蒙城县司法局's 亳州市司法局), or the bureau itself at its own level (市局 in
        上海市司法局's)."""
        bureau, place = self.ctx.bureau, self.ctx.place
        if not bureau or not self.ctx.authored_by_bureau or place is None \
                or not bureau.startswith(own := self._prefix(place)) or bureau[-1] not in "局厅":
            return
        line = bureau[len(own):-1]  # (生态环境 of 武汉市生态环境局)
        for match in _SAME_LINE_ABOVE.finditer(text):
            if match["level"] != own[-1:] and line not in UNIFORM_LINES:
                continue  # (a county's 教育体育局 answers to the province's 教育厅: its line's name above is unknown)
            start, end = match.span()
            above = self.ctx.resolve_level_word(match["level"])
            if above is None or not free(start, end) or not opens_a_word(text, start):
                continue
            name = bureau if above == place else self._prefix(above) + line + match["head"]
            if name != bureau or match["head"] == bureau[-1]:  # (not 市厅 for a city's 局: no such body)
                add(AgencyMention(match.group(), start, end, name, above.code))

    @staticmethod
    def _committee_sharing_study_group(text: str, mentions: list[AgencyMention]) -> None:
        """A party committee written before its government and their study group (市委和市政府党组理论学习中心组,
        区委、区政府理论学习中心组) names its own study group (中共X市委理论学习中心组): the group is written once
        for both, as 市委 and 市政府 share it; the government's group is found on its own."""
        for i, mention in enumerate(mentions):
            shared = _SHARED_STUDY_GROUP.match(text, mention.end)
            if shared and mention.text.endswith("委") and mention.name.startswith("中共") \
                    and mention.name.endswith("委员会"):
                mentions[i] = replace(mention, text=text[mention.start:shared.end()], end=shared.end(),
                                      name=mention.name.removesuffix("委员会") + "委理论学习中心组")

    def _with_prefecture_short_names(self, text: str, regions: list[RegionHit]) -> list[RegionHit]:
        """``regions`` plus the autonomous prefectures named X州 before a body (中共红河州委, 阿坝州政府)
        that the region scan left out because they lie outside the report's own region chain."""
        pattern, places = _prefecture_short_names(self.ctx.gazetteer)
        covered = {i for hit in regions for i in range(hit.start, hit.end)}
        extra = [RegionHit(m.group(0), m.start(), m.end(), places[m.group(0)]) for m in pattern.finditer(text)
                 if m.start() not in covered]
        return sorted([*regions, *extra], key=lambda hit: hit.start) if extra else regions

    def _autonomous_region_party(self, level: str, rest: str) -> Place | None:
        """区党委 in a report of an autonomous region or a place in one is the region's party committee (a
        district's is its 区委): the autonomous region; None otherwise."""
        if level != "区" or rest != "党委" or self.ctx.place is None:
            return None
        province = self.ctx.gazetteer.province_of(self.ctx.place)
        return province if province.name.endswith("自治区") else None

    def _resolve_level(self, level: str) -> Place | None:
        """The place a level word denotes; 自治县, 自治州, 自治旗 only where the place is one (自治县人民政府
        in an autonomous county's report), read as 县, 州, 旗."""
        if level in _AUTONOMOUS_LEVELS:
            place = self.ctx.resolve_level_word(level[-1])
            return place if place is not None and place.name.endswith(level) else None
        return self.ctx.resolve_level_word(level)

    def _own_bureau(self, place: Place) -> str | None:
        """The bureau or department that issued the report when it is one of ``place`` itself (六安市公安局 for 市
        in its report, 江苏省民政厅 for 省 in its), not of a place under it (六安市金安区公安局)."""
        bureau, prefix = self.ctx.bureau, self._prefix(place)
        if not bureau or not bureau.startswith(prefix):
            return None
        own_name = bureau[len(prefix):]
        return bureau if own_name.endswith(("局", "厅")) and not any(level in own_name for level in "县区旗") else None

    def _prefix(self, place: Place) -> str:
        return region_prefix(place, self.ctx.gazetteer)

    def _own_prefix(self, place: Place) -> str:
        """The issuer's own prefix for a group it names bare: a township's report sets up the township's
        (法治政府建设领导小组 in 某乡's report → Y县某乡法治政府建设领导小组), a zone's the zone's under its style
        (甘眉工业园区南区法治政府建设工作领导小组), another report its region's; a township's report never naming it
        none (its group keeps the name written)."""
        if self.ctx.unnamed_township:
            return ""
        if self.ctx.zone:
            return self._zone_style() or self.ctx.zone
        return self._prefix(place) + (self.ctx.township or "")

    def _without_own_level(self, name: str) -> str:
        """``name`` without the level word of the report's township opening it (镇法治政府建设工作领导小组 in a
        township's report), or the zone's kind (园区法治政府建设工作领导小组 in a zone's), which the township's or the
        zone's name stands for in the official name."""
        if self.ctx.zone:
            return re.sub(_ZONE_SELF_KIND, "", name) if len(name) > 6 else name
        township = self.ctx.township
        if not township:
            return name
        level = "街道" if township.endswith("街道") else township[-1]
        return name.removeprefix(level) if len(name) > len(level) else name

    def _innermost(self, regions: list[RegionHit]) -> list[tuple[RegionHit, int]]:
        """Each region hit with the start of its full written prefix; a hit followed at once by a
        place under it (北京市|海淀区) gives way to that place, which starts where the first began."""
        out: list[tuple[RegionHit, int]] = []
        outer_start: int | None = None
        for hit, following in zip(regions, [*regions[1:], None]):
            start = hit.start if outer_start is None else outer_start
            if following is not None and following.start == hit.end and hit.place in self.ctx.gazetteer.chain(following.place):
                outer_start = start
                continue
            outer_start = None
            out.append((hit, start))
        return out

    def _unprefixed(self, text: str, regions: list[RegionHit], add, free) -> None:
        """Names that designate one body of the report's region without a prefix: the committee
        named after its task (全面依法治市委员会 → 中共X市委全面依法治市委员会) and a group set up by
        name (成立了法治政府建设领导小组 → X法治政府建设领导小组)."""
        if self.ctx.place is None:
            return
        for match in _SELF_COMMITTEE.finditer(text):
            place = self.ctx.resolve_level_word(match.group("level"))
            if place is None or not free(match.start(), match.end()):
                continue
            name = official_name(self._prefix(place), match.group(0))
            add(AgencyMention(match.group(0), match.start(), match.end(), name, place.code))
        for match in _ZONE_BODY.finditer(text):
            if free(match.start(), match.end()):
                name = (self._city_zone_committee(match.group(0))
                        or self._prefix(self.ctx.place) + expand(match.group(0)))
                add(AgencyMention(match.group(0), match.start(), match.end(), name, self.ctx.place.code))
        for match in _ONE_PER_GOVERNMENT.finditer(text):
            if free(match.start(), match.end()) and (not match.start() or text[match.start() - 1] not in _NOT_BEFORE_LEVEL):
                name = official_name(self._prefix(self.ctx.place), _ONE_PER_GOVERNMENT_OF[match.group(0)])
                add(AgencyMention(match.group(0), match.start(), match.end(), name, self.ctx.place.code))
        for pattern in (_SERVICE_CENTRE, _SEAT):
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if free(start, end) and starts_with_a_name(match.group("name")):
                    name = self._prefix(self.ctx.place) + expand(match.group("name"))
                    add(AgencyMention(match.group("name"), start, end, name, self.ctx.place.code))
        for match in _STATION.finditer(text):
            start, end = match.span("name")
            if free(start, end) and starts_with_a_name(match.group("name")):
                add(AgencyMention(match.group("name"), start, end, self._station_name(match.group("name")),
                                  self.ctx.place.code))
        for match in _NAMED_GROUP.finditer(text):
            start, end = match.span("name")
            level = match.group("level")
            place = self.ctx.resolve_level_word(level) if level else self.ctx.place
            clause = text[_clause_start(text, match.start()):match.start()]
            if place is None or not free(start, end) or _is_clause(match.group("name")) \
                    or (_EACH.search(clause) and not _MEMBERS.search(clause)):
                continue  # a group may hold its task's words (依法行政工作领导小组), not a clause's
            named = any(start <= hit.start < end for hit in regions)  # 法治石家庄建设领导小组: named already
            # a bureau's own report sets up the bureau's group; one of 全县 is the region's
            group = match.group("name")
            if level:
                owner = self._prefix(place)
            elif self.ctx.authored_by_bureau:
                owner, group = self.ctx.bureau, _without_own_head(self.ctx.bureau, group)
            else:  # (成立镇法治政府建设工作领导小组 in a township's report: its level is the township's name)
                owner, group = self._own_prefix(place), self._without_own_level(group)
            name = match.group("name") if named else owner + group
            add(AgencyMention(match.group("name"), start, end, name, place.code))
        self._rule_of_law_groups(text, add, free)

    def _rule_of_law_groups(self, text: str, add, free) -> None:
        """The group leading the region's rule-of-law work named bare (发挥全面推进依法行政工作领导小组…作用,
        召开…、法治政府建设工作领导小组会议): a region has one, the report's region's (its bureau's in the bureau's
        own report). Not after a level word or a collective (镇法治建设领导小组, 各部门…, 本部门…: many groups), nor
        in a zone's report, whose groups the zone styles its own way."""
        place = self.ctx.place
        if place is None or self.ctx.zone:
            return
        for match in _RULE_OF_LAW_GROUP.finditer(text):
            start, end = match.span()
            clause = text[_clause_start(text, start):start]
            if not free(start, end) or (start and text[start - 1] in _NOT_BEFORE_GROUP) \
                    or (_EACH.search(clause) and not _MEMBERS.search(clause)) or not opens_a_word(text, start):
                continue
            owner = self.ctx.bureau if self.ctx.authored_by_bureau else self._own_prefix(place)
            add(AgencyMention(match.group(0), start, end, owner + match.group(0).replace("“", "").replace("”", ""),
                              place.code))

    def _named_zone_bodies(self, text: str, zone: str, body: str, start: int, end: int, code: str | None, add) -> None:
        """A body of the zone named ``zone`` (抚州高新区党工委 → 中共抚州高新技术产业开发区工作委员会), and its
        other committee written bare right after it (、管委会 → 抚州高新技术产业开发区管理委员会). The report's own
        zone, however written (东源产业园区管委会 in 河源东源产业园区管委会's report), is styled as its bare bodies are."""
        own = self.ctx.zone is not None and zone.endswith(self.ctx.zone) and self._zone_style()
        name = partial(self._own_zone_body, own) if own else partial(zone_body_name, zone)
        add(AgencyMention(text[start:end], start, end, name(body), code))
        second = _ZONE_SECOND_BODY.match(text, end)
        if second and second.group("body")[0] != body[0]:
            add(AgencyMention(second.group("body"), second.start("body"), second.end(), name(second.group("body")), code))

    def _city_zone_bodies(self, text: str, add, free) -> None:
        """A city's report naming a zone of its own without the city at a clause start (，东临新区党工委、管委会):
        the zone's bodies, styled with the city's short name as the zone's official name is (抚州东临新区)."""
        place = self.ctx.place
        if place is None or place.level != "prefecture":
            return
        for match in _BARE_NAMED_ZONE.finditer(text):
            if free(match.start(), match.end()) and starts_with_a_name(match.group("zone")) \
                    and not text.startswith(_PARTY_POSTS, match.end()):
                zone = styled_zone(self._with_city(match.group("zone"), place), self.ctx.gazetteer)
                self._named_zone_bodies(text, zone, match.group("body"), match.start(), match.end(), place.code, add)

    def _station_name(self, station: str) -> str:
        """A station as written (唐家派出所), but in the report of the bureau that sends it out (a 司法局's
        司法所, a 公安局's 派出所) under that bureau: 九龙湖司法所 → 宁波市镇海区司法局九龙湖司法所."""
        bureau = self.ctx.bureau if self.ctx.authored_by_bureau else None
        sent_by = _STATION_BUREAUS.get(station[-3:])
        return bureau + station if bureau and sent_by and bureau.endswith(sent_by) else station

    def _zone_own_bodies(self, text: str, add, free) -> None:
        """区党工委 → 中共X开发区工作委员会, 管委会 → X开发区管理委员会 in the report of zone X; in a zone led by a
        party committee, 党委理论学习中心组 alone → 中共X开发区委员会理论学习中心组."""
        zone = self._zone_style()
        if zone is None:
            return
        autonomous = self.ctx.place is not None and self.ctx.gazetteer.province_of(self.ctx.place).name.endswith("自治区")
        for match in _ZONE_OWN_BODY.finditer(text):
            if match.group("task") and autonomous:
                continue  # (宁夏回族自治区党委全面依法治区委员会…，落实全面依法治区委员会部署: the region's)
            body = match.group("body") or match.group("bare") or match.group("study") or match.group("party") \
                or "党工委" + match.group("task")
            if not free(match.start(), match.end()) or text.startswith(_PARTY_POSTS, match.end()) \
                    or (match.group("body") and match.start() and text[match.start() - 1] in _NOT_BEFORE_LEVEL) \
                    or (match.group(0).startswith("园区") and not re.sub(_ZONE_PART_NAMED, "", zone).endswith("园区")):
                continue  # 街道党工委 is a street's; 园区管委会, 景区管委会 are other bodies but an industrial park's own
            add(AgencyMention(match.group(0), match.start(), match.end(), self._own_zone_body(zone, body), None))
        if _ZONE_LED_BY_PARTY_COMMITTEE.search(text) and "党工委" not in text:
            for match in _BARE_PARTY_COMMITTEE_STUDY_GROUP.finditer(text):
                if free(match.start(), match.end()):
                    add(AgencyMention(match.group(0), match.start(), match.end(), f"中共{zone}委员会理论学习中心组", None))

    def _bureau_own_bodies(self, text: str, add, free) -> None:
        """局党组 → 中共X局党组, 局党委 → 中共X局委员会, 局党组理论学习中心组 → X局党组理论学习中心组 in
        the report of bureau X, and 党组理论学习中心组 alone where X wrote the report."""
        if self.ctx.bureau is None:
            return
        for match in _OWN_PARTY_BODY.finditer(text):
            start = match.start()
            after_own = _AFTER_OWN_PARTY_BODY.search(text, max(0, start - _AFTER_OWN_PARTY_BODY_CHARS), start)
            bare_after_a_body = match.group("bare") and (not self.ctx.authored_by_bureau
                                                         or not _no_body_head_before(text, start) and not after_own)
            commission_head = match.group("head") == "委" and not self.ctx.bureau.endswith("委员会")
            if free(match.start(), match.end()) and opens_a_word(text, match.start()) and not bare_after_a_body \
                    and not commission_head and not is_member_post(text, match.end(), match.group(0)):
                body = (match.group("body") or match.group("bare")) + expand(match.group("group") or match.group("study") or "")
                add(AgencyMention(match.group(0), match.start(), match.end(), official_name(self.ctx.bureau, body), None))

    def _government_study_group(self, text: str, add, free) -> None:
        """党组理论学习中心组 alone → X人民政府党组理论学习中心组 in a report government X wrote, where it is
        the object (列入党组理论学习中心组) or an item after a word that names no body (常务会议、党组…);
        after a body's head (党委、党组…, 局党组…) it is a kind or another body's."""
        place = self.ctx.place
        if not self.ctx.authored_by_government or place is None or self.ctx.zone or self.ctx.township:
            return
        for match in _GOVERNMENT_STUDY_GROUP_ALONE.finditer(text):
            start = match.start()
            if free(start, match.end()) and opens_a_word(text, start) and _no_body_head_before(text, start):
                add(AgencyMention(match.group(0), start, match.end(),
                                  self._prefix(place) + _GOVERNMENT_PARTY_STUDY_GROUP, place.code))

    def _bare_study_group(self, text: str, add, free) -> None:
        """中心组 or 理论学习中心组 with no body before it (通过中心组学习, 列入理论学习中心组学习内容) → the study group
        of the issuer's own party body: a township's party committee (a 街道's 党工委), a zone's 党工委, the party
        group of a bureau or a government that wrote the report. A report names another body's group with that
        body (县委理论学习中心组, 各级党委（党组）理论学习中心组); after a party committee's meeting (县委常委会、中心组)
        or with a party committee or lower bodies named earlier in its sentence (各街道党工委、各单位党支部…中心组理论学习)
        the group may be theirs, and is left."""
        own = self._own_study_group()
        if own is None:
            return
        for match in _BARE_STUDY_GROUP.finditer(text):
            start, end = match.start(), match.end()
            before = text[start - 1] if start else ""
            if not free(start, end) or (before != "、" and before in _BODY_HEAD_CHARS) or before in "）)" \
                    or not opens_a_word(text, start):
                continue
            sentence = text[max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1:start]
            # (a township's report calls its own committee 党委: 通过党委会专题研学、理论学习中心组领学)
            named = [m for m in _OTHER_BODIES_NAMED.finditer(sentence) if not (self.ctx.township and m.group() == "党委")]
            if not named:
                add(AgencyMention(match.group(0), start, end, own, None))
            elif self.ctx.bureau and self.ctx.authored_by_bureau and _OWN_COMMITTEE_MEETING_LISTED.search(sentence) \
                    and all(m.group() == "党委" and not _BODY_BEFORE_COMMITTEE.search(sentence, 0, m.start())
                            for m in named):
                # (a bureau's report naming its own committee's meetings: 召开党委会议、理论学习中心组学习: that
                # committee's group; not after 机关党委 or 党委（党组）, any unit's)
                add(AgencyMention(match.group(0), start, end, official_name(self.ctx.bureau, "党委理论学习中心组"), None))

    def _own_study_group(self) -> str | None:
        """The official name of the study group of the issuer's own party body (``_bare_study_group``), or None
        when the issuer is not known that far."""
        ctx, place = self.ctx, self.ctx.place
        if ctx.zone:
            return zone_body_name(self._zone_style() or ctx.zone, "党工委理论学习中心组")
        if place is None:
            return None
        if ctx.township:
            committee = "工作委员会" if ctx.township.endswith("街道") else "委员会"
            return f"中共{self._prefix(place)}{ctx.township}{committee}理论学习中心组"
        if ctx.bureau and ctx.authored_by_bureau:
            return official_name(ctx.bureau, "党组理论学习中心组")
        # (a province's report accounts for the work of 全省各级政府, whose groups a bare one may be; it names its own:
        # 省政府党组理论学习中心组)
        if ctx.authored_by_government and place.level != "province":
            return self._prefix(place) + _GOVERNMENT_PARTY_STUDY_GROUP
        return None

    def _bare_government_body(self, text: str, add, free) -> None:
        """政府党组, 政府办, 政府督查室 with no level word before them (组织政府党组理论学习, 由政府办和司法局协调)
        → 中共X人民政府党组 (its study group → X人民政府党组理论学习中心组), X人民政府办公室, X人民政府督查室: a
        report names no other government's bodies so, but its own region's."""
        place = self.ctx.place
        if place is None or self.ctx.zone or self.ctx.township:
            return
        for match in _BARE_GOVERNMENT_BODY.finditer(text):
            start, end = match.start(), match.end()
            if free(start, end) and not is_member_post(text, end, match.group(0)):
                region = self._prefix(place)
                name = region + _GOVERNMENT_PARTY_STUDY_GROUP if match.group("group") else official_name(region, match.group(0))
                add(AgencyMention(match.group(0), start, end, name, place.code))

    def _own_party_group_meeting(self, text: str, add, free) -> None:
        """党组会议, 党组扩大会议, 党组学习 with no body before them → the party group of the bureau (中共X局党组) or of
        the government (中共X人民政府党组) that wrote the report: neither names another body's meeting without that
        body's name (县委常委会、党组会议 is still the writer's: 常委会 is another item, not a head of 党组), and after the
        writer's own study group listed before it, bare or after its own head (局党组理论学习中心组、党组会) it is the
        writer's too."""
        ctx, place = self.ctx, self.ctx.place
        if ctx.bureau and ctx.authored_by_bureau:
            own = official_name(ctx.bureau, "党组")
        elif ctx.authored_by_government and place is not None and not ctx.zone and not ctx.township:
            own = official_name(self._prefix(place), "政府党组")
        else:
            return
        for match in _OWN_PARTY_GROUP_MEETING.finditer(text):
            start, end = match.start(), match.end()
            own_group = _AFTER_OWN_STUDY_GROUP.search(text, max(0, start - _AFTER_OWN_STUDY_GROUP_CHARS), start)
            # (the writer's group bare, or after its bureau's own head in its report: 局党组理论学习中心组、党组会)
            after_own_group = own_group is not None and (_no_body_head_before(text, own_group.start()) or (
                ctx.authored_by_bureau and own_group.start() > 0 and text[own_group.start() - 1] in "局厅"
                and opens_a_word(text, own_group.start() - 1)))  # (not 市司法局's: 列席市司法局党组…、党组会议)
            alone = _no_body_head_before(text, start) or after_own_group
            if free(start, end) and opens_a_word(text, start) and alone \
                    and not _COLLECTIVE_BEFORE.search(text[max(0, start - 5):start]):
                add(AgencyMention(match.group(0), start, end, own, None))

    def _township_own_bodies(self, text: str, add, free) -> None:
        """镇党委 → 中共Y县X镇委员会, (镇)党委理论学习中心组 → 中共Y县X镇委员会理论学习中心组, 镇政府 (X镇人民政府) →
        Y县X镇人民政府, 镇人大 → Y县X镇人民代表大会 and 镇司法所 → Y县司法局X镇司法所 (派出所: the 公安局's) in the
        report of township X of county Y."""
        township, place = self.ctx.township, self.ctx.place
        if township is None or place is None:
            return
        street = township.endswith("街道")
        party = f"中共{self._prefix(place)}{township}{'工作委员会' if street else '委员会'}"
        office = self.ctx.street_office or f"{self._prefix(place)}{township}办事处"
        if street:
            for match in _STREET_BODY.finditer(text):
                if not _opens_own_street(text, match.start()):
                    continue
                first_end = match.end("group") if match["group"] else match.end("body")
                for body, group, (start, end) in ((match["body"], match["group"], (match.start(), first_end)),
                                                  (match["second"], None, match.span("second"))):
                    if body and free(start, end) and not is_member_post(text, end, text[start:end]):
                        name = party + ("理论学习中心组" if group else "") if body in ("党工委", "工委") else office
                        add(AgencyMention(text[start:end], start, end, name, None))
            for match in _BARE_WORKING_COMMITTEE.finditer(text):
                start, end = match.span()
                if free(start, end) and opens_a_word(text, start) and _no_body_head_before(text, start) \
                        and not is_member_post(text, end, match.group(0)):
                    name = party + ("理论学习中心组" if match["group"] else "")
                    add(AgencyMention(match.group(0), start, end, name, None))
        for match in _TOWNSHIP_PARTY_BODY.finditer(text):
            level, group = match.group("level"), match.group("group")
            own = level == township[-1] or (group and not level and opens_a_word(text, match.start())
                                             and not (match.start() and text[match.start() - 1] in _BODY_HEAD_CHARS))
            if own and free(match.start(), match.end()) and not is_member_post(text, match.end(), match.group(0)):
                add(AgencyMention(match.group(0), match.start(), match.end(),
                                  party + ("理论学习中心组" if group else ""), None))
        for match in _TOWNSHIP_TASK_COMMITTEE.finditer(text):
            level, start, end = match["level"], match.start(), match.end()
            if level == ("街" if street else township[-1]) and free(start, end):
                # (中共…镇委全面依法治镇委员会, as a county's is 中共…县委全面依法治县委员会; a street's party body is its
                # working committee: 中共…街道工作委员会全面依法治街工作委员会)
                owner = party if street else f"中共{self._prefix(place)}{township}委"
                add(AgencyMention(text[start:end], start, end,
                                  f"{owner}全面依法治{level}{match['kind']}{match['office'] or ''}", None))
        # its government and congress by its level (镇人大, 乡政府) or by its name (大马营镇人民政府, 中共大马营镇委员会)
        # (a street's working committee by its short name too, and with its office after it, 、 or none written: 垡头街道工委
        # 办事处, 留下街道党工委、办事处)
        by_name = re.compile(rf"(?:中共)?{re.escape(township)}(?P<body>党工委|工作委员会|工委|党委|委员会|办事处|人民政府|政府"
                             rf"|人民代表大会|人大)(?:、?(?P<second>办事处)|(?![办工]))")
        for match in [*by_name.finditer(text), *_TOWNSHIP_STATE_BODY.finditer(text)]:
            body, start, end = match.group("body"), match.start(), match.end("body")
            if (match.re is by_name or match.group("level") == township[-1]) and free(start, end) \
                    and not is_member_post(text, end, text[start:end]):
                name = party if body in ("党工委", "工作委员会", "工委", "党委", "委员会") else (
                    office if body == "办事处" else f"{self._prefix(place)}{township}{expand(body)}")
                add(AgencyMention(text[start:end], start, end, name, None))
                if match.re is by_name and match["second"] and free(*match.span("second")):  # (留下街道党工委、办事处)
                    add(AgencyMention(match["second"], *match.span("second"), office, None))
        self._township_government_and_offices(text, township, place, add, free)
        for match in _TOWNSHIP_STATIONS.finditer(text):
            if not township.endswith(match.group("level")) or not opens_a_word(text, match.start()):
                continue
            # (the first written with its level, 乡司法所; the second after 、 alone)
            for station, (start, end) in ((match["station"], (match.start(), match.end("station"))),
                                          (match["second"], match.span("second"))):
                if station and free(start, end):
                    name = f"{township}{_TOWNSHIP_UNITS[station]}" if station in _TOWNSHIP_UNITS \
                        else f"{_STATION_BUREAUS[station][0]}{township}{station}"
                    add(AgencyMention(text[start:end], start, end, self._prefix(place) + name, None))

    def _township_government_and_offices(self, text: str, township: str, place: Place, add, free) -> None:
        """镇党委、政府 → Y县X镇人民政府 as well (the level written once for both bodies); 镇党政办, 平安办 → Y县X镇党政办公室,
        Y县X镇平安建设办公室 in the report of township X of county Y (a bare office name at a word's start, or after the
        township's own level)."""
        prefix = self._prefix(place) + township
        for match in _TOWNSHIP_PARTY_AND_GOVERNMENT.finditer(text):
            level_end = match.end("level") if match["level"] else match.start()
            written_with_name = text.endswith(township, 0, level_end)  # (桑柘镇党委、政府, or 镇 its level alone)
            if (match["level"] == township[-1] or written_with_name) and free(*match.span("government")):
                start = level_end - len(township) if written_with_name else match.start()
                add(AgencyMention(text[start:match.end()], start, match.end(), prefix + "人民政府", None,
                                  elliptical=True))
        for match in _TOWNSHIP_OFFICE.finditer(text):
            level, start, end = match["level"], match.start(), match.end()
            own = township.endswith(level) if level else (
                opens_a_word(text, start) and not (start and text[start - 1] in _NOT_BEFORE_OWN_OFFICE))
            if own and free(start, end):
                add(AgencyMention(text[start:end], start, end, prefix + _TOWNSHIP_OFFICES[match["office"]], None))

    def _provincial_departments(self, text: str, add, free) -> None:
        """A province's department named bare at a clause start (（司法厅负责）, 〔司法厅等省直各部门): a 厅
        department is a province's alone, so in a report in a province it is that province's (四川省司法厅)."""
        if self.ctx.place is None:
            return
        province = self.ctx.gazetteer.province_of(self.ctx.place)
        for match in _PROVINCIAL_DEPARTMENT.finditer(text):
            if free(match.start(), match.end()):
                add(AgencyMention(match.group("name"), match.start("name"), match.end(),
                                  province.name + match.group("name"), province.code))

    def _prefecture_area_bodies(self, text: str, add, free) -> None:
        """地委 and 行署 (行政公署) in a report of a 地区 or a place in one: that area's party committee and
        its administrative office (中共阿里地区委员会, 阿里地区行政公署), and the committee's own committee named after
        its task (地委依法治地委员会 → 中共阿里地区委全面依法治地委员会, as a county's is named). A 地区 is a prefecture-level area
        governed by an office of the province, not a city: its reports name these two by the level alone."""
        area = self.ctx.gazetteer.prefecture_of(self.ctx.place) if self.ctx.place else None
        if area is None or not area.name.endswith(("地区", "盟")):
            return
        level = "地委" if area.name.endswith("地区") else "盟委"
        for match in _AREA_TASK_COMMITTEE.finditer(text):
            if match["level"] == level[0] and free(match.start(), match.end()):
                name = _task_committee(f"中共{area.name}委", match)
                add(AgencyMention(match.group(), match.start(), match.end(), name, area.code))
        for match in _AREA_BODY.finditer(text):
            if match.group().endswith("委") and match.group() != level:
                continue  # (盟委 in a 地区's report, 地委 in a league's: another area's)
            if free(match.start(), match.end()):
                name = f"中共{area.name}委员会" if match.group() == level else f"{area.name}行政公署"
                add(AgencyMention(match.group(), match.start(), match.end(), name, area.code))

    def _zone_body(self, level: str, rest: str) -> str | None:
        """In a zone's report, a body after 区 (区党群工作部, 区党校, 区依法治区办) is the zone's when no
        district of the report's chain is 区; a zone's departments are 部 as well as 局. Its
        党工委 and 管委会 are left to ``_zone_own_bodies``."""
        zone = self._zone_style() if level == "区" else None
        if zone is None or rest.startswith(("党工委", "管委会", "管理委员会")) or self.ctx.resolve_level_word("区") \
                or rest in _DISTRICT_LEADERSHIP:
            return None
        if party := _ZONE_PARTY_COMMITTEE.fullmatch(rest):
            if party["administrative"]:  # 党委管委会: both committees without a comma between; the latter is named
                return self._own_zone_body(zone, "管委会")
            return f"中共{zone}委员会" + ("常务委员会" if party["standing"] else "理论学习中心组" if party["study"] else "")
        committee = _SELF_COMMITTEE.fullmatch(rest)
        if rest == "党校" or committee:
            party = f"中共{zone}工作委员会"
            if committee:
                return _task_committee(party, committee)
            return party + rest
        return zone + expand(rest) if rest.endswith("部") or is_body(rest) else None

    def _own_zone_body(self, zone: str, body: str) -> str:
        """A body of the report's own zone styled ``zone``: its administrative committee by the name it publishes the
        report under (南宁五象新区规划建设管理委员会), which :func:`zone_body_name` cannot build from the zone's."""
        if self.ctx.zone_committee and not body.startswith("党工委"):
            return self.ctx.zone_committee
        return zone_body_name(zone, body)

    def _zone_style(self) -> str | None:
        """The zone's name as its bodies are styled: as its committee's name writes it where the committee publishes
        the report (重庆市武隆区工业园区管理委员会: 中共重庆市武隆区工业园区工作委员会), else with the city it lies in
        first (宁河经济开发区 → 天津宁河经济开发区), as a district's bodies carry their city; None when that city is
        unknown."""
        zone, place = self.ctx.zone, self.ctx.place
        if self.ctx.zone_committee:
            return zone_as_published(zone, self.ctx.zone_committee)
        if zone is None or place is None:
            return None
        return self._with_city(zone, place)

    def _city_zone_committee(self, written: str) -> str | None:
        """A city's report naming its national zone's committee by the zone's kind alone (经济技术开发区管委会): the
        zone's official style is the city's short name and that kind (邯郸经济技术开发区管理委员会), as the zone's own
        report styles it. None in any other report, or for another kind (a county's 产业集聚区 is the county's)."""
        place = self.ctx.place
        kind = next((k for k in (*ZONE_STYLES, *ZONE_STYLES.values()) if written.startswith(k)), None)
        if place is None or place.level != "prefecture" or kind is None or not short_names(place):
            return None
        return zone_body_name(styled_zone(short_names(place)[0] + kind, self.ctx.gazetteer), "管委会")

    def _with_city(self, zone: str, place: Place) -> str:
        """``zone`` of ``place`` with the short name of the city it lies in first, unless it names a place of
        that chain already (宁河经济开发区 → 天津宁河经济开发区, 惠州仲恺新区 stays); a new area named after two cities
        (西咸新区: 西安 and 咸阳) is its province's, with the province's name first (陕西省西咸新区)."""
        gaz = self.ctx.gazetteer
        lead = first_of_paired_cities(re.sub(f"(?:{ZONE_HEADS})$", "", zone), gaz)
        if lead is not None and lead in gaz.chain(place):
            return gaz.province_of(lead).name + zone
        city = gaz.prefecture_of(place) or gaz.province_of(place)
        names = [n for p in gaz.chain(place) for n in (p.name, *short_names(p))]
        if zone.startswith(tuple(names)) or not short_names(city) or re.match(PILOT_ZONE_PREFIX, zone):
            return zone  # (a pilot free-trade zone names its province in brackets: 中国（上海）自由贸易试验区)
        return short_names(city)[0] + zone

    def _department_list(self, text: str, add, free) -> None:
        """Departments listed bare (公安局、财政局) are the report region's; a committee listed after the writing
        bureau's own party body (提交局党委、案审委) is the bureau's own (重庆市南川区林业局案件审理委员会), as items of one
        list are one body's."""
        if self.ctx.place is None:
            return
        region = self._prefix(self.ctx.place)
        own_bureau = self.ctx.bureau if self.ctx.authored_by_bureau else None
        for match in _DEPARTMENT_LIST.finditer(text):
            position, bureau_listed = match.start(), False
            for item in match.group(0).split("、"):
                start, end = position, position + len(item)
                if start == match.start() and (verb := _ASKING_VERB.match(item)):
                    item, start = item[verb.end():], start + verb.end()  # (邀请发改委、商务局: the list is the object)
                position = end + 1
                if free(start, end) and not _CLAUSE_WORDS.search(item) and item[0] not in "各全本该省市县区州镇乡":
                    # (a department, 公安局, is the region's still: a bureau has committees, not bureaus)
                    mine = bureau_listed and not item.endswith("局")
                    add(AgencyMention(item, start, end, (own_bureau if mine else region) + expand(item),
                                      self.ctx.place.code))
                bureau_listed = bureau_listed or (own_bureau is not None
                                                  and _BUREAU_PARTY_BODY.search(item) is not None)

    def _extend(self, text: str, end: int) -> int:
        """Grow a match over a sub-body: 县委 + 依法治县办, 市司法局 + 党委 + 理论学习中心组.

        The tail may not restart at a level word, hold digits, or end in a government
        or congress head (a body under a government never ends with 政府 again).
        """
        broken = _BROKEN_STANDING.match(text, end)
        if broken and text.endswith(("人民代表大会", "人大"), 0, end):
            end = broken.end()  # a heading's line break: 人民代表大会\n常务委员会
        while True:
            tail = _TAIL.match(text, end)
            if (not tail or tail.group("head") in ("政府", "人民政府", "人大", "政协")
                    or _CLAUSE_WORDS.search(tail.group(0)) or tail.group(0) in _BARE_TAILS
                    or not _opens_a_name(tail.group(0)) or _LEVEL_IN_TAIL.search(tail.group(0))
                    or _MEMBERS_TAIL.match(tail.group(0))):
                return end
            end = tail.end()

    def _coordinated_region(self, text: str, start: int, mentions: list[AgencyMention], level: str):
        """A relative name right after an explicit one of the same level ("十堰市委、市政府") shares its region."""
        for m in mentions:
            if m.region_code and 0 <= start - m.end <= 1 and text[m.end:start] in ("", "、", "和", "及"):
                place = self.ctx.gazetteer.by_code.get(m.region_code)
                if place is not None and place.name.endswith(level):
                    return place
        return None

    def _coordinated(self, text: str, add, free) -> None:
        """省、市政府 → two governments; 自治区、州党委和政府 → four bodies; 省、市编办 → two offices; 省市区委 → three
        party committees."""
        for pattern in (_COORDINATED, _HEADS_COORDINATED, _LEVELS_COORDINATED, _LEVEL_RUN):
            for match in pattern.finditer(text):
                if not free(match.start(), match.end()):
                    continue
                if _level_inside_a_word(text, match.start()):
                    continue
                if pattern is _LEVEL_RUN:
                    levels = list(match.group("levels"))
                    if len(set(levels)) < len(levels):
                        continue  # 市市委 is no list of levels
                else:
                    levels = (re.split("[、和]", match.group("levels")) if "levels" in match.groupdict()
                              else [match.group("level")])
                if pattern is _LEVELS_COORDINATED:
                    body = match.group("heads")
                    if body[0] in _NOT_AFTER_LEVEL or _is_clause(body) or not is_body(body):
                        continue  # 省、市级政府, 省、市、县三级联动
                    heads = [body]
                else:
                    heads = re.findall("党委|委|人民政府|政府", match.group("heads"))
                for level in levels:
                    place = self._resolve_level(level)
                    if place is None or not all(fits_level(head, place) for head in heads):
                        continue
                    for head in heads:
                        add(AgencyMention(match.group(0), match.start(), match.end(),
                                          official_name(self._prefix(place), head), place.code, elliptical=True))

    def _coordinated_department(self, text: str, mentions: list[AgencyMention], add, free) -> None:
        """A department named bare right after a body of a region (区依法治区协调小组、司法局) is that
        region's (天津市宁河区司法局)."""
        for m in list(mentions):
            following = _BARE_DEPARTMENT.match(text, m.end)
            if following is None:
                following = _BARE_DEPARTMENT_BEFORE_VERB.match(text, m.end)
                following = following if following and opens_a_word(text, following.end()) else None
            place = self.ctx.gazetteer.by_code.get(m.region_code) if m.region_code else None
            if following is None or place is None:
                continue
            start, end = following.span("name")
            if free(start, end) and starts_with_a_name(following.group("name")):
                add(AgencyMention(following.group("name"), start, end,
                                  self._prefix(place) + expand(following.group("name")), place.code))

    def _coordinated_core_bodies(self, text: str, mentions: list[AgencyMention], add, free) -> None:
        """自治区人大常委会、政府、政协、高级法院、检察院党组; 县委、人大、政协: the bodies listed bare after a region's
        party committee, congress, government, CPPCC or court are that region's, as a department after a body of the
        region is; a report lists whose accounts were heard, or who attended, so (each written with its level too:
        县人大常委会、县政府、县政协…)."""
        core_names: dict[str, set[str]] = {}  # each region's core bodies, named once per text
        for m in list(mentions):
            place = self.ctx.gazetteer.by_code.get(m.region_code) if m.region_code else None
            if place is None:
                continue
            prefix = self._prefix(place)
            if place.code not in core_names:
                core_names[place.code] = {official_name(prefix, head) for head in _CORE_BODY_HEADS}
            if m.name not in core_names[place.code]:
                continue
            end = m.end
            while (listed := _BARE_CORE_BODY.match(text, end)) and free(*listed.span("name")):
                name = listed.group("name")
                add(AgencyMention(name, *listed.span("name"), official_name(prefix, name), place.code, elliptical=True))
                end = listed.end()

    def _shared_head(self, text: str, regions: list[RegionHit], mentions: list[AgencyMention], add, free) -> None:
        """Places of one level listed before one body's head share it: 永昌县、金川区人民政府 (a notice's
        addressees) names the government of each; the list is read from its last place back."""
        heads: dict[int, tuple[str, int]] = {}  # a place's start → the head after it, and where that ends
        hits = {hit.start: hit for hit in regions}
        for m in mentions:
            hit = hits.get(m.start)
            if hit is not None and m.region_code == hit.place.code and not m.elliptical:
                rest = text[hit.end:m.end]
                if m.name == official_name(self._prefix(hit.place), rest):  # not a proper name (青岛港公安局)
                    heads[m.start] = (rest, m.end)
        for hit, following in reversed(list(zip(regions, regions[1:]))):
            head = heads.get(following.start)
            if (head is None or text[hit.end:following.start] not in ("、", "和")
                    or hit.place.level != following.place.level or not free(hit.start, hit.end)):
                continue
            rest, end = head
            add(AgencyMention(text[hit.start:end], hit.start, hit.end, official_name(self._prefix(hit.place), rest),
                              hit.place.code, elliptical=True))
            heads[hit.start] = head

    @staticmethod
    def _offices(text: str, mentions: list[AgencyMention], add) -> None:
        """全面依法治市委员会及办公室, …领导小组及其办公室: the office of the committee or group as well."""
        for m in list(mentions):
            office = _AND_ITS.match(text, m.end)
            if office and office.group("part") == "办公室" and m.name.endswith(("委员会", "领导小组")):
                add(AgencyMention(text[m.start:office.end()], m.start, office.end(), m.name + "办公室", m.region_code,
                                  elliptical=True))

    @staticmethod
    def _bare_group_offices(text: str, mentions: list[AgencyMention], add, free) -> None:
        """成立了法治政府建设工作领导小组，…，领导小组办公室设县司法局: a group's office named bare is the office of the
        group named last before it."""
        for match in _BARE_GROUP_OFFICE.finditer(text):
            kind = match.group()[:-len("办公室")]
            group = max((m for m in mentions if m.end <= match.start() and m.name.endswith(kind)),
                        key=lambda m: m.end, default=None)
            if group is not None and free(match.start(), match.end()):
                add(AgencyMention(match.group(), match.start(), match.end(), group.name + "办公室", group.region_code))

    @staticmethod
    def _set_up_under(text: str, mentions: list[AgencyMention], add, free) -> None:
        """县政府办下设法律顾问室: a unit a body sets up under itself (a room, section or office named bare and
        closing the clause) is that body's own, under its name."""
        for m in list(mentions):
            unit = _SET_UP_UNDER.match(text, m.end)
            if unit and free(unit.start("name"), unit.end("name")):
                add(AgencyMention(unit.group("name"), unit.start("name"), unit.end("name"), m.name + unit.group("name"),
                                  m.region_code))

    def _standing_committee(self, text: str, start: int, end: int, place, rest: str, add) -> None:
        """县人大及其常委会 also names the congress's standing committee; 县纪委监委 the supervisory
        commission besides the discipline commission."""
        if rest == "纪委监委":
            add(AgencyMention(text[start:end], start, end, self._prefix(place) + "监察委员会", place.code,
                              elliptical=True))
        standing = _AND_ITS.match(text, end)
        if rest.endswith("人大") and standing and standing.group("part") == "常委会":
            stop = standing.end()
            add(AgencyMention(text[start:stop], start, stop, self._prefix(place) + "人民代表大会常务委员会", place.code,
                              elliptical=True))


# A government's department styled a commission (民族事务委员会, 发展和改革委员会), not a zone's management committee, a
# standing committee, a party committee (中共…委员会, 全面依法治市委员会, 政法委员会, 纪律检查委员会) or a supervisory one.
_GOVERNMENT_COMMISSION = re.compile(r"^(?!中共).*(?<!管理)(?<!常务)(?<!依法治.)(?<!政法)(?<!纪律检查)(?<!监察)委员会$")


# The lines of government named alike at every level, a province's 厅 and a city's or county's 局 (the State Council's
# departments as the 2018 reform named them): 省厅 in a 生态环境局's report is the province's 生态环境厅, whereas a
# county's 教育体育局 or 卫生健康局 answers to a 教育厅 or a 卫生健康委员会.
UNIFORM_LINES = frozenset(("司法", "生态环境", "公安", "财政", "民政", "审计", "农业农村", "交通运输", "水利", "自然资源",
                           "人力资源和社会保障", "住房和城乡建设", "应急管理", "商务"))
# A department of a level by the level and its head alone (省厅, 市局), not a word they open (市局级, 局长, 局属单位).
_SAME_LINE_ABOVE = re.compile(r"(?P<level>[省市州])(?P<head>厅|局)(?![长级属内机面势部限党])")
# A bureau of a zone's management committee (中国（上海）自由贸易试验区管理委员会保税区管理局): named under the committee, it
# calls itself by the name after it (保税区管理局), which opens with no level word or zone of its own.
_ZONE_COMMITTEE_BUREAU = re.compile(r"(?P<committee>.+?(?:管理委员会|管委会))(?P<own>[\u4e00-\u9fff]{2,12}局)")
# A bureau's party group by name (中共X局党组), which issues reports for its bureau.
_BUREAU_PARTY_GROUP = re.compile(r"(?:中共)?(?P<bureau>[\u4e00-\u9fff]{2,30}?[局厅])党组")


def bureau_name(publisher: str, ctx: RegionContext, scanner: RegionScanner) -> str | None:
    """The official name of a publisher that is a bureau (合川区司法局 → 重庆市合川区司法局; a province's 司法厅) or
    a government's office or commission, a department as a bureau is (武定县人民政府办公室, 鄂尔多斯市民族事务委员会),
    read as a body of the report's region; None for any other publisher (a government, a zone's management committee,
    a party committee). A bureau's party group issuing its report (中共青岛市交通运输局党组) speaks for the bureau."""
    if party_group := _BUREAU_PARTY_GROUP.fullmatch(publisher):
        publisher = party_group["bureau"]
    if not (publisher.endswith(("局", "厅", "政府办公室")) or _GOVERNMENT_COMMISSION.search(publisher)):
        return None
    if _ZONE_COMMITTEE_BUREAU.fullmatch(publisher):
        return publisher  # (its name is the zone's committee's, which no region opens)
    # (a zone's bureau as its report writes it, 金普新区卫生健康局: the zone's 区 opens the body, 区卫生健康局)
    starts = (0, len(ctx.zone) - 1) if ctx.zone and publisher.startswith(ctx.zone) else (0,)
    whole = [m for m in AgencyFinder(ctx).find(publisher, scanner.scan(publisher, ctx.place))
             if m.start in starts and m.end == len(publisher)]
    return whole[0].name if whole else None

"""Metadata: title, issuing region (with prefecture and province), year covered, type, publisher, date.

Why rules: these documents follow strong conventions. The title names the region
and the year covered ("始兴县人民政府2020年法治政府建设年度报告"); a plan names
its year ("2019年度…工作计划"); the publisher is the title's issuing body, the
index block's 发布机构, a signature line above the date, or an article's byline.
Relative names (市人民政府办公室, 县政府) are resolved with the issuing region, which
ingest.issuer finds (districts at their own level, namesakes, development zones).
"""

from __future__ import annotations

import dataclasses
import re
from ingest import gazetteer
from ingest.clean import NUMBER_KEYS, Cleaned, clean, for_matching, opening, opening_line
from ingest.document import Metadata, RawDocument
from ingest.extract.agencies import expand, official_name, region_prefix, without_doubled_level
from ingest.extract.numerals import DIGITS, chinese_to_number
from ingest.gazetteer import ZONE_HEADS, Gazetteer, Place, short_names
from ingest.issuer import (BRANCH_COUNTY, CIRCUMSTANCES, COMMISSION, OWN_BUREAU, OWN_DOCUMENT_MADE, issuing_region,
                           names_a_zone, namesakes_in, subject_level, township_of_title, zone_committee)
from ingest.page_date import month_posted
from ingest.validate import bounded, year_or_none

_YEAR = r"((?:19|20)\d{2})"
_DATE = re.compile(_YEAR + r"\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
# A date standing alone, after a signature (市司法局 2022年2月15日) or a page's label with its time
# (发布于:2023-01-06 09:04:54), or opening a speech's subtitle (——2021年4月29日在…人民代表大会常务委员会会议上).
_DATED_LINE = re.compile(r"^[—－\-•·●▪]*\s*(?:[\u4e00-\u9fff]{2,30}[:：]?\s*)?(" + _DATE.pattern
                         + r")(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:在.*)?$")
_TITLE_YEAR = re.compile(_YEAR + r"\s*年(?:度)?")
_CITED = re.compile(r"《[^《》]*》")
_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*(?:年)?\s*[—－\-–~～至到]+\s*(?:19|20)\d{2}\s*年?")
# The year opening the first sentence (2022年，…; 2022年在县委的领导下，…; 2021年是…开局之年), also after 在 or
# 回顾 and before the region calling itself without a comma between (2021年我县…, 2021年全县…).
_LEAD_YEAR = re.compile(r"^(?:现将|在|回顾)?(?:我[县市区省州旗])?" + _YEAR + r"年(?:度|以来)?"
                        r"(?:[,，]|在|是|(?=[我全][县市区省州旗]))")
# (现将2020年…报告如下; 对2020年度我县…工作总结如下)
_REPORT_YEAR = re.compile(r"(?:现将|对(?=[^。]{0,40}?如下))[^。]{0,12}?" + _YEAR + r"年(?:度)?[^。]{0,20}?(?:报告|总结)")
# A news piece's lead naming the year of the document it reports on (梁子湖区出台2018年…工作要点).
_ISSUED_YEAR = re.compile(r"(?:出台|印发|制定|发布)了?" + _YEAR + r"年")
# The word before a year aimed at (到2025年, 至2030年): the year of a target, not of work done.
_AIMED_AT = re.compile(r"[到至]$")
# A year whose work is planned, not done (二、2025年工作打算, 2023年工作思路).
_PLANNED = re.compile(r"度?(?:的)?(?:重点)?工作(?:打算|计划|安排|思路)")
# A section (科, 股, 室) named after its body (…司法局法治调研督查科): the body and the section's own name.
_SECTION_OF_BODY = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:局|委员会|办公室))(?!办公室$)[\u4e00-\u9fff]{2,10}?[科股室]")
# Index-block keys naming the page's source, which for a report is the body that published it.
# (a page's 发布单位 is the unit that posted it, as a source is: 市政府办公室 posts a district's report; so is a
# 发文机构 over a title naming its body: 依法治区办 drafts and posts 某区人民政府关于…的报告)
SOURCE_FIELDS = ("信息来源", "文章来源", "来源", "发布单位", "发文机构")
_PUBLISHER_FIELDS = ("发布机构", "发文机关", "发文单位", "制定机关")
# The site a body runs, named as a page's publisher (发布机构:海丰县人民政府门户网站): the body.
_SITE_OF_BODY = re.compile(r"(?<=[府委局办])(?:门户网站|政府网站|网站|官网|网)$")  # (发布机构:台山政府网)
# A place named alone as a page's publisher or source (来源:杜桥镇): a township, street or county, by its name; read
# as its government where the title opens with it or it is the report's region.
_PLACE_ALONE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:镇|乡|街道|县|区|市|旗)")
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
_BODY_SUFFIXES = ("人民政府办公室", "人民政府", "政府办公室", "政府办", "政府", "司法局", "委员会", "办公室",
                  "中心组", "党组", "局", "厅", "委", "办")
# The level words an autonomous area names itself by (自治区人民政府, 自治州党委).
_AUTONOMOUS_LEVELS = ("自治区", "自治州", "自治县", "自治旗")
# How far into an untitled text its opening is read for what it says of itself.
_OPENING_CHARS = 300
# (after the year its report is of, where the title opens with that: 2021年某市景区管理委员会法治政府建设工作情况报告)
# (or by its level alone, the region's: 省人民政府关于2015年依法行政工作的报告, read before its standing committee)
# (a street's office under its district government's name, 烟台市莱山区人民政府黄海路街道办事处…报告, before that government)
_AGENCY_AT_START = re.compile(r"^(?:(?:19|20)\d{2}年度?)?((?:[\u4e00-\u9fff]{2,30}?|[省市县区州旗盟])"
                              r"(?:人民政府(?!关于)[\u4e00-\u9fff]{2,8}?街道办事处|人民政府办公室|人民政府办公厅|人民政府"
                              r"|政府办公室|司法局|委员会|管委会"
                              # any bureau or department, or its party group, or a street's office, or a commission
                              # by its short name, when what follows says the title is its (…局关于…, …局2023年…,
                              # 中共某局党组2022年度…, …街道办事处2021年度…, 某市卫生健康委关于…)
                              r"|(?:[局厅](?:党组)?|街道办事处|" + COMMISSION + r")"
                              r"(?=关于|(?:19|20)\d{2}年)))")
# The heads of a body's name: one in a title's issuer, or the title opens with a sentence about two bodies
# (某州人大常委会审议某州政府…报告), not with its issuer.
_BODY_HEADS = re.compile(r"人民政府|政府|常委会|委员会|[局厅]")
# A party committee's name (中共X县委, 中共X镇委员会): on a line of its own above its government's in a joint title's
# heading, or opening the title with it.
_PARTY_COMMITTEE_LINE = re.compile(r"中共[\u4e00-\u9fff]{2,20}?委(?:员会)?")
# A party committee and a government opening the title together (中共X县委 X县人民政府 关于…的报告).
_JOINT_ISSUERS_AT_START = re.compile("^" + _PARTY_COMMITTEE_LINE.pattern + r"[\s、]+([\u4e00-\u9fff]{2,20}?人民政府)")
# A division's government opening the title by its short form (厦门市海沧区政府2015年…): 政府 right after
# the division's level word, whose official form (人民政府) is the publisher.
_GOVERNMENT_AT_START = re.compile(r"^([\u4e00-\u9fff]{2,20}?[省市县区州旗盟])政府")
# What the year is said to be, before the body that worked in it (2025年是…《…规划(2021-2025年)》的收官之年，区司法局坚持…).
_DESCRIBED_YEAR = r"是[^，,。；;]{2,100}?年"
# What the year was, said in a sentence of its own after the year (2023年是…的开局之年,是我市…的关键之年。): no practice
# of the body's, and no subject of the report's (kg's answers read it so too).
DESCRIBED_YEAR_SENTENCE = r"是[^。；;！!？?\n]{2,150}?年[。；;]"
# The year an opening sentence starts with, before its subject (2025年，, 2025年以来, 2023年是…重点突破年，), or the
# sentence saying what it was, before the one whose subject worked in it (2021年时间节点特殊,是…开局之年。这一年,唐山市委、
# 市政府以…).
_OPENING_YEAR = r"^(?:(?:19|20)\d{2}年(?:度|以来|" + _DESCRIBED_YEAR + r"|[^，,。；;\n]{0,12}[，,]?" \
    + DESCRIBED_YEAR_SENTENCE + r"(?:这一年(?:里|来)?|一年来|过去一年)?)?[，,]?)?"
# A body as the subject of the opening sentence, after its year and the leadership it works under
# (2025年以来，在区委、区政府的坚强领导下，区司法局党组…; 2025年是…启动之年。苏州市文广旅局…工作的总体要求是): a department (区司法局, 省应急管理厅 but no service hall
# 大厅, 龙华区司法行政系统, a bureau's county branch 和田地区生态环境局皮山县分局), with its party group or not, a
# zone's committee (天津经济技术开发区管理委员会) or a street's office (人民街街道办事处).
_OPENING_BODY = re.compile(r"^(?:(?:19|20)\d{2}年(?:" + _DESCRIBED_YEAR + r"[，,。]|[^，,。；;]{0,40}?[，,]?))?"
                           + CIRCUMSTANCES +
                           r"((?![在是])[\u4e00-\u9fff]{0,20}?(?:(?<![开布格全大结当时胜])局(?:" + BRANCH_COUNTY + r"分局)?"
                           r"|(?<!大)厅|系统|委员会|管委会|政府办公室"
                           r"|(?<=[省市县区州旗盟])" + COMMISSION +
                           r"|政府办(?!公)|党政办(?:公室)?|街道办事处))(党组|党委)?"
                           r"(?=[\u4e00-\u9fff(（])")
# A government as that subject, alone or after its party committee (2025年，鹤岗市人民政府坚持…; 2024年，莲湖区委、区政府
# 坚持…; 2025年，中共姚安县委、姚安县人民政府…), after the year described too (2023年是法治政府建设重点突破年，…县政府坚持):
# the report on its rule-of-law work is the government's.
_OPENING_GOVERNMENT = re.compile(_OPENING_YEAR + CIRCUMSTANCES +
                                 r"(?:(?:中共)?(?:(?!在)[\u4e00-\u9fff]){0,12}?[省市县区州旗盟]委(?:员会)?[、\s]?)?"
                                 r"((?:(?:(?!在)[\u4e00-\u9fff]){0,12}?[省市县区州旗盟])?)(?:人民)?政府"
                                 r"(?![和的、及与暨])(?=[\u4e00-\u9fff])")  # (…省政府和市委…的领导下: circumstances)
_LEVEL_WORDS = "省市县区州旗"
# How a report's opening lays it before its readers: set out below (报告如下) or made public (报告予以公开).
_LAID_OUT = r"(?:如下|予以公开)"
# The sentence introducing a report, naming the body whose year it accounts for (现将某县司法局2024年…情况报告如下;
# a commission by its short name: 现将省卫生健康委2019年度…).
_PRESENTED_BODY = re.compile(r"现将((?![我本])[\u4e00-\u9fff]{1,30}?(?:人民政府|政府|局|厅|处|委员会|管委会|办事处"
                             r"|(?<=[省市县区州旗盟])" + COMMISSION + r"))"
                             r"(?:19|20)\d{2}年[^。]{0,60}?(?:报告|汇报)" + _LAID_OUT)
_ZONE_COMMITTEE = re.compile(ZONE_HEADS + r"(?:管理委员会|管委会)$")
# ... and a bureau of a zone named before it (金普新区卫生健康局): the zone's, named as the report writes it, where the
# words before the zone's kind are a name (``names_a_zone``).
_ZONE_BUREAU_NAME = re.compile(r"(?P<zone>[\u4e00-\u9fff]{2,8}?" + ZONE_HEADS + r")[\u4e00-\u9fff]{2,10}局$")
# Any document's number (保政呈〔2025〕5号, 区司法〔2023〕12号): an issuer's code, the year in brackets, the serial.
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号")
# ... and the signer an official document's layout writes beside it (揭府〔2025〕28号 签发人:曲晓杰).
_SIGNER = re.compile(r"\s*签发人\s*[:：]\s*[\u4e00-\u9fff·]{2,5}$")
# A document number in brackets before a title ([天政发〔2026〕7号]X市人民政府关于…的报告): the page's label.
_NUMBER_LABEL = re.compile(r"^[\[【［]\s*" + _DOCUMENT_NUMBER.pattern + r"\s*[\]】］]\s*")
# A government's document number: the issuing region's code, 政 and the series (发, 函, 办发), year and number.
_GOVERNMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,4}政(办)?(?:发|函|文)?[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号")
# ... in brackets before the title on its line (【沙政发〔2020〕2号 】沙河口区2019年度法治政府建设报告)
_BRACKETED_NUMBER = re.compile(r"[【\[［]\s*(?=[^】\]］]*号\s*[】\]］])" + _GOVERNMENT_NUMBER.pattern)

# A title naming the year's summary and then the next year's plan sums the year up, as 工作打算 after a
# year's account does (the summary comes first; the plan is its last part).
# So does a body's 工作情况 before its plan (司法局关于2025年工作情况及2026年工作计划的报告); the rule-of-law
# government's (法治政府建设工作情况及…安排) is the annual report's subject.
_SUMMARY_THEN_PLAN = re.compile(r"(?:总结|(?<!建设)(?<!行政)工作情况)[^，,。]{0,16}?(?:和|及|暨|与|、)[^，,。]{0,16}?"
                                r"(?:计划|要点|安排|打算|思路)")
# A report to the bodies above on the year's rule-of-law government (…法治政府建设情况及2021年度工作安排的报告) is the
# annual report, though it ends on next year's plans.
# A self-inspection against a checklist from above (…法治政府建设工作情况的自检自查报告) accounts for the work to
# date: a summary, though it reports on the rule-of-law government as annual reports do.
_SELF_INSPECTION = re.compile(r"自查|自评")
_REPORT_ON_THE_YEAR = re.compile(r"(?:法治政府建设|依法行政)(?:工作)?情况[^，,。]{0,20}?的?报告$")
_DOC_TYPES: list[tuple[str, re.Pattern[str]]] = [
    # (关于加快推进法治政府建设的实施意见: the tasks a government sets its departments, a plan in all but name, as
    # are its tasks divided among them or listed: 重点任务分工, 任务分解表, 重点任务清单)
    ("work_plan", re.compile(r"计划|要点|方案|安排|规划|任务(?:分工|分解|清单)|(?:实施|的)意见$")),
    # A year's account with the next year's plans (…工作情况及2016年工作打算) sums the year up.
    ("summary", re.compile(r"总结|打算")),
    ("annual_report", re.compile(r"报告|情况|年报")),
]


# List marks before an index block's values (• 铜梁区司法局, • 2021-03-29).
_BULLET = re.compile(r"^[•·●▪◆■\-]\s*")
# A heading's number (一、 (二) 3.): a numbered line is a section of the body, never the title.
_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
# A hosting site's one-sentence summary naming the document: 《梧州市…工作报告》是2019年…发布的通知。
_SUMMARY_LINE = re.compile(r"^《([^《》]{4,60})》是")
_GENRE_WORD = re.compile(r"报告|总结|计划|要点|方案|安排|规划|情况|汇报|通知|意见|综述")
# A subtitle under a headline, opened by a dash (——科右中旗法治政府建设五年综述): news and reviews put their
# slogan in the headline and say what they are in the subtitle.
_SUBTITLE = re.compile(r"^[—－]{1,2}\s*(\S.*)$")
# A page laid out in a table gives a line that is one cell (| 东疆…情况报告 |): the cell's text is the line.
_ONE_CELL = re.compile(r"^\|\s*([^|]+?)\s*\|$")
# A site's tag before a title ([权威发布], 【政策解读】) files the page, it is not part of the title.
_SITE_TAG = re.compile(r"^[\[【][^\]】]{1,8}[\]】]\s*")
# A browser title's trail of the site's channel and name (…情况报告_公开目录_上海市宝山区人民政府门户网站): the page's,
# not the title's.
_SITE_SUFFIX = re.compile(r"(?:[_|｜][^_|｜]{1,20})*[_|｜][^_|｜]{2,30}(?:网站|门户网|政府网|网)$")
# A space between a figure and a character (关于 2024年, 2019 年) is the page's layout, not the title's; one between
# two phrases (法治护航北疆 共筑安全屏障, 中共某区委 某区人民政府) is the title's own.
_SPACE_BY_A_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=\d)|(?<=\d)[ \u3000]+(?=[\u4e00-\u9fff])")
# A title followed on its line by the date the page posted it (…情况报告 2025-02-24), or by its document's number
# (…工作报告 台府报〔2017〕6号).
_STAMPED_TITLE = re.compile(r"\s+(" + _DATE.pattern + r")$")
_NUMBERED_TITLE = re.compile(r"\s+" + _DOCUMENT_NUMBER.pattern + "$")
# A body and the date it signed on one line under the title (某县人民政府 2024年01月08日).
_SIGNED_LINE = re.compile(r"([\u4e00-\u9fff]{3,30})\s+" + _DATE.pattern)
# A body's general office, which posts the body's reports on its pages (来源:某区人民政府办公室).
_GENERAL_OFFICE = re.compile(r"办公室$|办公厅$")
# A title broken over two lines: the first ends where its object starts (…管理委员会关于报送 /
# 《…情况》的报告).
_CONTINUED = re.compile(r"(?:关于|报送|印发|转发|呈报|呈送)$")
_HEAD_LINES, _MAX_HEAD_LINES = 8, 16
# A year's report is written in the first months of the next (by April) or at the year's end (from November).
_LAST_MONTH_OF_REPORTING, _FIRST_MONTH_OF_YEAR_END = 4, 11
# A year and a date in Chinese numerals (二〇二一年度, 二〇二一—二〇二五年, 二〇二二年一月十日: the signing date of
# the old standard for official documents), digit by digit for the year (○ for 〇 as often typed).
_NUMERAL_YEAR = re.compile(r"[一二][〇○零一二三四五六七八九]{3}(?=\s*[年—－\-–~～至到])")
_YEAR_DIGITS = {**DIGITS, "○": 0}
_NUMERAL_MONTH_DAY = re.compile(r"(?<=\d{4}年)([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
# A page's breadcrumb (当前位置：首页 > 政务公开 > …), whose last crumb some portals make the document's title; the
# cleaned text drops the line as page chrome.
_BREADCRUMB = re.compile(r"^\s*(?:您(?:当前|现在)?|当前|现在)的?(?:所在)?的?位置\s*[:：]?(.*)$", re.M)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:-?>+|[›»→/])\s*")
_BREADCRUMB_LINES = 20
# Fewer characters than a headline has make a channel's label (政务公开, 通知公告, 法治政府建设).
_HEADLINE_MIN_CHARS = 8
_CJK = re.compile(r"[\u4e00-\u9fff]")
# The line of a report read out: the day and the meeting it was read to (2021年4月30日在市七届人大常委会第四十九次会议上; a page
# may drop the date's 年 and 月: 2017214日在…).
_DELIVERED = re.compile(r"^[—-]*(?:19|20)\d{2}年?\d{1,2}月?\d{1,2}日在[^。]{2,40}会议上$")
# A body alone on the first line (县人大常委会, 市人民政府) is the addressee a report is sent to, not a title.
_ADDRESSEE_BODY = re.compile(r"[\u4e00-\u9fff]{1,16}(?:人大常委会|常委会|人民政府|政府|委员会)")
_SENTENCE_END = re.compile(r"[。；;]|[，,].*[，,]")
# The structure the rules for annual reports prescribe (举措和成效, 存在的不足, 下一年度安排):
# a text without a title whose headings follow it, account for a year (一、2019年推进…情况) or for the
# work done (一、主要工作落实情况), or that says it reports (现将…报告如下), is an annual report.
_REPORTS_ITSELF = re.compile(r"(?:现将|现就|就)[^。]{0,30}?(?:报告|汇报)" + _LAID_OUT)
# ... or sums itself up (对2020年度我县法治政府建设工作总结如下): the year's summary.
_SUMS_ITSELF = re.compile(r"(?:现将|对)[^。]{0,40}?总结如下")
# An untitled text opening on its year whose headings are the tasks of the national outline for the rule-of-law
# government, 2015–2020's (一、依法全面履行政府职能, 二、完善依法行政制度体系…) or 2021–2025's, worded in a report's
# own way (二、优化政府机构职能，提高政府行政效能; 健全行政决策制度体系), accounts for that year's work on them.
_OUTLINE_TASK_HEADING = re.compile(r"^[一二三四五六七八九十]+、(?:依法全面履行政府职能|完善依法行政制度体系|推进行政决策科学化"
                                   r"|坚持严格规范公正文明执法|强化对行政权力的制约和监督|依法有效化解社会矛盾纠纷"
                                   r"|全面提高政府工作人员法治思维"
                                   r"|[^，,。\n]{0,6}(?:政府机构职能|行政决策制度体系|行政执法工作体系|突发事件应对体系"
                                   r"|行政权力制约和监督体系|法治政府建设科技保障体系|数字法治政府))", re.M)
# A text opening with its addressees, bodies above the issuer (省政府、市委、市人大：), reports to them;
# a notice goes down to 各乡镇人民政府, 各部门.
_ADDRESSEE = re.compile(r"^\s*(?:(?!各)[\u4e00-\u9fff]{1,12}(?:政府|委|人大|常委会|政协)[、，,]?)+[:：]\s*\n")
# A news headline reports an act on a document and goes on past it (梁子湖区出台…工作要点为全年工作指明方向);
# an official title names the document itself (关于印发…的通知, …工作要点, 安徽省政府发布报告).
_HEADLINE = re.compile(r"(?:出台|召开|举行|举办|部署|启动|发布)[^，,。]*?(?:计划|要点|方案|安排|规划|报告|总结)"
                       r"[\u4e00-\u9fff]{4,}")
# A piece explaining a document, after the document's title (《…关于2024年法治政府建设情况的报告》文件解读, 政策解读).
_EXPLAINER = re.compile(r"》?[\u4e00-\u9fff]{0,4}(?:解读|图解)[】\]]?$|^[【\[][^】\]]{0,6}(?:解读|图解)[】\]]"
                        r"|^[^:：，,。]{0,12}(?:解读|图解)[:：]")  # (区政府常务会议议题解读:关于…的汇报)
_OFFICIAL_TITLE = re.compile(r"关于|通知|的报告|的决定|的意见")
# A headline of a congress or committee reviewing a report (甘南州人大常委会审议甘南州政府2020年法治政府建设工作情况报告):
# news of the review, not the report.
_REVIEWED = re.compile(r"(?:人大常委会|常委会|人大|政协)[^，,。]{0,12}?(?:审议|听取|评议|视察)[^，,。]*(?:报告|情况)$")
# An opening that explains a document named before it: the text is an explainer (政策解读) of it.
_EXPLAINS = re.compile(r"^《[^《》]{4,60}》[^。]{0,40}?(?:作如下解读|解读如下|进行解读)")
# A plan says in its opening that it is drawn up (结合自治区实际，制定本方案), or sets out the year's general
# requirements (2025年…局法治政府建设工作的总体要求是：…; a report accounts for its year instead): its genre is the plan's.
_DRAWS_UP = re.compile(r"制定本(?:实施|工作)?(?:方案|计划|要点|规划|安排|意见)|工作的总体要求是")
# An untitled text opening on a numbered heading on the rule-of-law government's work (一、加强党对法治政府建设的全面
# 领导。…, 一、推进法治政府建设的主要举措和成效): a part of an annual report, its opening cut off.
_OPENS_ON_RULE_OF_LAW_HEADING = re.compile(r"[一二三四五六七八九十]+、[^。\n]{0,24}法治(?:政府)?建设")
# ... or a text opening on its year has one on the rule-of-law government among its headings (2023年，福建省人力资源和
# 社会保障厅全面贯彻…\n一、党对法治政府建设领导全面加强): a year's account of that work, not news of a meeting on 法治建设
_RULE_OF_LAW_HEADING_LINE = re.compile(r"^[一二三四五六七八九十]+、[^。\n]{0,24}法治政府建设", re.M)
# A heading that sums up the year (一、2024年工作总结) makes the text a summary, unless its opening reports itself
# (现将本镇2023年度法治政府建设工作的主要情况报告如下): then the summary is the first part of an annual report.
_SUMMARY_HEADING = re.compile(r"^[一二三四五六七八九十]+、(?:(?:19|20)\d{2}年度?)?[^，,。]{0,8}工作总结", re.M)
# A body's own account of its year: it opens on the year (2024年，区司法局…), goes on in numbered sections
# ((一)…, 一、…) and calls its region 我市, 我区 as only the issuing body does (a reporter writes 呼和浩特市).
# The place or department whose year a report accounts for, opening it with the genre's formula (2023年，某区以
# 习近平新时代…为指导; 2021年，司法厅坚持以习近平…; 2023年，某市深入贯彻习近平法治思想), not with any verb (a feature
# writes 2021年，某县全面推进…).
# The opening may first say what the year was (2018年是…开局之年。一年来，), and the leadership it worked under may
# follow the subject (2016年，某自治区法治政府建设工作在自治区党委、政府的领导下，全面贯彻…).
_WHAT_THE_YEAR_WAS = r"是[^。]{2,60}。(?:一年来|过去一年)[，,]?"
_OWN_SUBJECT = re.compile(r"^(?:19|20)\d{2}年(?:" + _WHAT_THE_YEAR_WAS + r"|(?:度|以来)?[，,])"
                          + CIRCUMSTANCES + r"[\u4e00-\u9fff]{1,10}?"
                          r"(?:[省市县区州旗]|厅|局)(?:党组|党委)?(?:法治政府建设(?:各项)?工作)?"
                          r"(?=(?:坚持|始终坚持)?以习近平|(?:深入|全面|认真)(?:学习)?贯彻(?:落实)?习近平|在[^。；;]{2,60}?下[，,])")
_OPENS_ON_A_YEAR = re.compile(r"^(?:19|20)\d{2}年(?:度|以来)?[，,在是]")
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])", re.M)
_SELF_REFERENCE = re.compile(r"我[省市县区州旗]")
# A report speaks for the region's party committee and government jointly (2024年，山西省委、省政府坚持…):
# that pair opening the first sentence is its subject, as the government alone is.
_JOINT_SUBJECT = re.compile(r"^(?:(?:19|20)\d{2}年(?:" + _WHAT_THE_YEAR_WAS + r"|[^，,。；;]{0,40}[，,]))?"
                            + CIRCUMSTANCES +
                            r"[\u4e00-\u9fff]{0,8}?(?:自治区|[省市县区州旗盟])委[、和]"
                            r"[\u4e00-\u9fff]{0,8}?(?:自治区|[省市县区州旗盟])(?:人民)?政府")
_FIRST_HEADING = re.compile(r"^[一二三四五六七八九十]+、(.*)$", re.M)
# A first heading that reviews a year's work (2024年工作回顾, 2023年法治政府建设工作情况), not one that plans it.
_HEADING_YEAR = re.compile(_YEAR + r"年度?(?![^，,。]*(?:打算|计划|安排|思路|要点))[^，,。]{0,16}?(?:回顾|情况|成效|总结)")
_YEARS_WORK = re.compile(r"(?:19|20)\d{2}年度?.{0,16}(?:情况|总结)$")
_RULE_OF_LAW = re.compile(r"法治|依法行政")
# A title of a department's account of its year (X区司法局2025年工作情况汇报): the same work summary as an
# untitled one (see _departments_work_account).
_DEPARTMENT_IN_TITLE = re.compile(r"(?:局|系统)(?:党组|党委)?(?:关于)?(?:19|20)\d{2}年")
_WORK_ACCOUNT = re.compile(r"年度?(?:全年)?工作(?:开展)?(?:情况)?(?:汇报|报告)$")
# (a page that ran the report into one line keeps a space before each heading: …取得积极成效。 一、…措施和成效 (一)…)
_REPORT_HEADINGS = re.compile(r"(?:^|(?<=。 ))[一二三四五六七八九十]+、(?:[^。 ]{0,20}(?:成效|存在的?(?:问题|不足)|下一(?:步|年度?))"
                              r"|(?:19|20)\d{2}年.{0,16}情况$|.{0,12}工作.{0,6}情况$)", re.M)


# A document's own title on a line of its own under the date the notice issuing it was signed, naming what it is
# about and its kind (2021年12月21日 / 关于贯彻落实…进一步深化…建设的实施意见): a title, though it names no year or place.
_ABOUT_TITLE = re.compile(r"关于[^。，,；;：:]{4,60}的(?:实施意见|意见|实施方案|方案|决定|规定|办法)")


def _title_line(lines: list[str], gaz: Gazetteer) -> str | None:
    """The title: among the first lines, one that names the genre and a year or a place (page
    chrome above it, 工作报告 or 市政府, names neither); else the first line if it is no sentence."""
    head = [_SITE_SUFFIX.sub("", _NUMBER_LABEL.sub("", _SITE_TAG.sub("", _ONE_CELL.sub(r"\1", line.strip()))))
            for line in lines[:_head_size(lines)]]
    # a site's summary opens the text, under its labels if any
    summary = next((match for line in head for match in [_SUMMARY_LINE.match(line)] if match), None)
    if summary and _GENRE_WORD.search(summary.group(1)):
        return summary.group(1)
    for i, line in enumerate(head):
        if not (_could_be_title(line) and _GENRE_WORD.search(line)):
            continue
        above = head[i - 1] if i else ""
        subtitle = _SUBTITLE.match(line)
        if subtitle and _could_be_title(above) and not _GENRE_WORD.search(above):
            # a headline that names no genre (法治护航北疆 共筑安全屏障) and the subtitle that does
            return above + "——" + subtitle.group(1)
        if _TITLE_YEAR.search(line) or namesakes_in(line, gaz) \
                or (_ABOUT_TITLE.fullmatch(line) and _DATE.fullmatch(above)):
            # a title broken after 关于, or after the issuing body when the rest names no place (焉耆回族自治县人民政府 /
            # 2022年度法治政府建设工作报告), nor a township of its own (a county's site above 碧土乡2024年…报告)
            joined = _CONTINUED.search(above) or (_looks_like_body(above) and not namesakes_in(line, gaz)
                                                  and township_of_title(line) is None)
            if joined and _could_be_title(above + line):
                # (joint issuers on lines of their own, the party committee first: 中共某镇委员会 / 某镇人民政府 / 关于…)
                committee = head[i - 2] if i >= 2 and _looks_like_body(above) else ""
                return committee + " " + above + line if _PARTY_COMMITTEE_LINE.fullmatch(committee) else above + line
            # (the page's title repeated in the document's layout, under its issuer's line: 杨陵区人民政府 / 关于…)
            issuer = next((head[j - 1] for j in range(i + 2, len(head)) if head[j] == line
                           and _looks_like_body(head[j - 1]) and not namesakes_in(line, gaz)), "")
            return issuer + line if issuer and _could_be_title(issuer + line) else line
        # A title broken where its year or place ends (关于X区2025年度法治政府 / 建设情况的报告): the
        # line above names them, this one the genre.
        # (not a date line of its own above the title: a notice's signature, 中共某厅党组 / 2021年12月21日 / 关于…)
        if above and _could_be_title(above + line) and (_TITLE_YEAR.search(above) or namesakes_in(above, gaz)) \
                and not _DATE.fullmatch(above):
            issuer = head[i - 2] if i >= 2 else ""
            # an official document's layout: the issuing body on its own line above 关于…
            return (issuer if above.startswith("关于") and _looks_like_body(issuer) else "") + above + line
    # A headline without a genre word (扎实推进依法行政 促进法治政府建设) opens the text, perhaps under the
    # site's labels for its channel (政务公开, 盟市法治), each a few characters long: a portal may stack
    # several (政务公开 / 信息公开目录) over the headline.
    for line in head:
        # the document's number or a body's name on a line of its own (保政呈〔2025〕5号, 林芝市交通运输局: the
        # issuer's line of an official layout) names no subject
        if _DOCUMENT_NUMBER.fullmatch(_SIGNER.sub("", line)) or _looks_like_body(line) or not _CJK.search(line):
            continue  # (nor a line without a Chinese character: a site's host name, rd.sanya.gov.cn)
        if _DELIVERED.match(line):
            return None  # (a report read to a congress opens on when and where: 2021年4月30日在…会议上)
        if not _could_be_title(line) or _ADDRESSEE_BODY.fullmatch(line) or _byline(line):
            return None  # (a body's name after a mark, ■ 某市司法局, is the byline of the piece: no title)
        if len(line) >= _HEADLINE_MIN_CHARS and "|" not in line:
            return line
    return None


# An untitled text opening on the note that makes its report public, under the report's title (现将《临沧市文化和旅游局
# 2025年度法治政府建设情况报告》予以公布).
_MADE_PUBLIC = re.compile(r"现将《([^《》]{6,60}(?:报告|总结))》予以(?:公布|公开)")


def _title_made_public(text: str) -> str | None:
    """The title the opening note making the report public gives it (``_MADE_PUBLIC``)."""
    note = _MADE_PUBLIC.search(opening(text)[:_OPENING_CHARS])
    return note.group(1) if note else None


def _breadcrumb_title(page: str, gaz: Gazetteer) -> str | None:
    """The last crumb of the page's breadcrumb where it is the document's title, not a channel: it names the
    genre and a year or a place (…> 某某县2021年法治政府建设情况报告), as a title line must."""
    head = "\n".join(page.split("\n")[:_BREADCRUMB_LINES])
    crumbs = next((_CRUMB_SEPARATOR.split(m.group(1).strip()) for m in _BREADCRUMB.finditer(head)), None)
    last = crumbs[-1].strip() if crumbs else ""
    if _could_be_title(last) and _GENRE_WORD.search(last) and (_TITLE_YEAR.search(last) or namesakes_in(last, gaz)):
        return last
    return None


def _after_a_maxim(line: str) -> str:
    """The line after its first sentence when that one names no year or figure: a feature opens on a
    maxim (法治是安邦治国的基石，更是…的保证。2022年，在县委的领导下…) before the year's account."""
    first, mark, rest = line.partition("。")
    return rest.lstrip() if mark and not re.search(r"\d", first) else ""


def _head_size(lines: list[str]) -> int:
    """How many lines open the text, where its title and the first sentence stand: eight, or up to sixteen
    while a page's labels and widgets above the title (a portal's menu, one word a line) push the opening
    sentence down."""
    return max(_HEAD_LINES, min(opening_line(lines) + 1, _MAX_HEAD_LINES))


def _titled(value: str) -> str | None:
    """An index block's 标题 value when it names a document of the genre (not a widget's 标题导航)."""
    value = _NUMBER_LABEL.sub("", value)
    return value if _could_be_title(value) and _GENRE_WORD.search(value) else None


def _could_be_title(line: str) -> bool:
    """A short line that is no sentence, no numbered heading and no addressee (市委、市政府:)."""
    return len(line) <= 60 and not _SENTENCE_END.search(line) and not _ENUMERATED.match(line) \
        and not line.endswith((":", "："))


def extract_metadata(raw: RawDocument, cleaned: Cleaned, gaz: Gazetteer | None = None) -> Metadata:
    gaz = gaz or gazetteer.load()
    # A report in traditional characters (東城區政府…) is read in the gazetteer's script, and one dating itself in
    # Chinese numerals (二〇二一年度) in digits, the title too, as the metadata of other reports are.
    readable = in_digits(for_matching(raw.text))
    if readable != raw.text:
        raw = dataclasses.replace(raw, text=readable)
        cleaned = clean(readable)
    text = cleaned.text
    lines = text.split("\n")
    # An index block's 名称 (信息名称) is the document's title as the site files it.
    title = (raw.hints.get("title") or cleaned.fields.get("名称") or _titled(cleaned.fields.get("信息名称", ""))
             or _titled(cleaned.fields.get("标题", ""))
             or _title_line(lines, gaz) or _breadcrumb_title(raw.text, gaz) or _title_made_public(text) or "")
    title = _NUMBERED_TITLE.sub("", title).strip(" \t|｜")  # (a table's cell rules around it: …报告 | ||)
    stamped = _STAMPED_TITLE.search(title)  # 2024年杨浦区法治政府建设工作情况报告 2025-02-24: the page's date on its line
    title = bounded("title", _SPACE_BY_A_FIGURE.sub("", title[:stamped.start()] if stamped else title))
    meta = Metadata(title=title or None, url=raw.hints.get("url"))

    hinted = raw.hints.get("region")
    # ■ 某市司法局 above the text: the piece's source, which names its issuer as a title would
    byline = _byline(lines[0].strip()) if lines else None
    if byline and not any(cleaned.fields.get(key) for key in SOURCE_FIELDS):
        cleaned = dataclasses.replace(cleaned, fields={**cleaned.fields, "来源": byline})
    issuer = issuing_region(title or byline or "", cleaned.fields, text, raw.text, gaz, str(hinted) if hinted else None,
                            raw.hints.get("url"))
    place = issuer.place if issuer else None
    if issuer is not None:
        meta.region, meta.issuer_kind = issuer.name, issuer.kind
    if issuer is not None and place is not None:
        meta.province = gaz.province_of(place).name
    if issuer is not None and place is not None and issuer.name is not None:
        meta.region_code, meta.region_level = place.code, place.level
        meta.division = place.name
        prefecture = gaz.prefecture_of(place)
        # A municipality's district has no prefecture between it and the province. (An unnamed county's city is
        # only the one its text names, which may be where a meeting was held: its province alone is kept.)
        meta.prefecture = prefecture.name if prefecture and prefecture.level == "prefecture" else None

    meta.doc_type = _doc_type(title, text)
    meta.published = _published(raw, cleaned, lines) or (_parse_date(stamped.group(1)) if stamped else None)
    year = _year(raw, title, lines)
    # A plan for a span of years (实施方案（2021—2025年）) covers them all: no one year is its own.
    spans_years = meta.doc_type == "work_plan" and _YEAR_SPAN.search(title) is not None
    # (a self-inspection, as a plan, is of the year it is written in: it accounts for the work to that day)
    dated_by_writing = meta.doc_type in ("work_plan", "article") or _SELF_INSPECTION.search(title) is not None
    if year is None and dated_by_writing and not spans_years:
        date = _signed(cleaned, lines, meta.published)
        year = int(date[:4]) if date else None
    # (a report or an article dated nowhere is dated by the month its page's address files it under; a plan naming
    # no year of its own is left without one)
    if year is None and meta.doc_type in ("annual_report", "summary") and not dated_by_writing:
        year = _year_accounted(_signed(cleaned, lines, meta.published) or month_posted(meta.url))
    if year is None and (meta.doc_type == "article" or not title):
        year = _latest_year_named(text)
    if year is None and meta.doc_type == "article" and (posted := month_posted(meta.url)):
        year = int(posted[:4])
    meta.year = None if _SPAN_REVIEWED.search(title or "") else year_or_none(year)
    township = meta.township
    publisher = _publisher(title, cleaned, lines, place, gaz) or (
        _township_government_opening(cleaned.text, township) or _posted_by_township(cleaned, township)
        if township else None) or (
        _zone_office_opening(cleaned.text, meta.region) if meta.issuer_kind == "development_zone" else None)
    meta.publisher = _officially_named(_zone_body(publisher, meta.region), place, gaz, township)
    return meta


def _zone_body(body: str | None, region: str | None) -> str | None:
    """A zone's body named by the zone's kind (高新区综合治理局 in 珠海高新技术产业开发区's report), by its short
    name (涪陵高新区管理委员会 in 涪陵高新技术产业开发区's) or with half-width brackets (中国(上海)自由贸易试验区…管理委员会)
    under the zone's official style (珠海高新技术产业开发区综合治理局, 涪陵高新技术产业开发区管理委员会, 中国（上海）…), as
    its agencies are named."""
    if not body or not region:
        return body
    if gazetteer.full_width_brackets(body).startswith(region):  # (中国(上海)…: the zone's brackets as it writes them)
        return region + body[len(region):]
    for short, full in gazetteer.ZONE_STYLES.items():
        if not region.endswith(full):
            continue
        named = next((name for name in (region[:-len(full)] + short, short) if body.startswith(name)), None)
        if named:
            return region + body[len(named):]
    return body


def _zone_office_opening(text: str, zone: str | None) -> str | None:
    """The zone's own office or bureau opening its report as the subject by the zone's level word (2023年,区党政办坚持…:
    珠海高新技术产业开发区党政办公室): a zone calls itself 区, which ``_division_body`` finds no district for in its
    city. Not its party group nor a whole system (``_opening_body_as_written``), nor a government or its office: a
    zone has none."""
    body = _opening_body_as_written(text)
    if zone is None or body is None or not body.startswith("区") or "政府" in body:
        return None
    return zone + expand(body[1:])


def _posted_by_township(cleaned: Cleaned, township: str) -> str | None:
    """The township's government (a street's office) where the page's index block or source names the township
    itself as who posted it (发布机构:兖州区新驿镇) and nothing else named a publisher: a township's own report, as one
    under a title of its name is (``_publisher``)."""
    posted = next((cleaned.fields[k] for k in (*_PUBLISHER_FIELDS, *SOURCE_FIELDS) if cleaned.fields.get(k)), "")
    return _township_government(township) if posted.endswith(township) else None


def _township_government(township: str) -> str:
    """The government a township names itself by: a street's office (街道办事处), a town's or a 乡's 人民政府."""
    return township + ("办事处" if township.endswith("街道") else "人民政府")


def _township_government_opening(text: str, township: str) -> str | None:
    """The township's government (a street's office) opening the text as its subject, alone or after its party
    committee, by its name or its level (2021年，在区委、区府的领导下，桃浦镇人民政府坚持…; 共和乡党委、政府深入学习…):
    the report is the government's, as a county's is when its government opens it. The township itself as subject
    (2023年，某镇坚持…) names no body."""
    street = township.endswith("街道")
    own = rf"(?:{re.escape(township)}|{'街道' if street else township[-1]})"
    subject = re.compile(_OPENING_YEAR + CIRCUMSTANCES + own
                         + r"(?:党工?委[、和]?)?(?:人民政府|政府|办事处)(?![和的、及与暨])(?=[\u4e00-\u9fff])")
    return _township_government(township) if subject.match(opening(text)) else None


def in_digits(text: str) -> str:
    """``text`` with its years and dates in Chinese numerals written in digits: 二〇二一年 → 2021年,
    二〇二二年一月十日 → 2022年1月10日 (see ``_NUMERAL_YEAR``)."""
    text = _NUMERAL_YEAR.sub(lambda m: "".join(str(_YEAR_DIGITS[ch]) for ch in m.group(0)), text)
    return _NUMERAL_MONTH_DAY.sub(lambda m: f"{chinese_to_number(m.group(1))}月{chinese_to_number(m.group(2))}日", text)


# A review of one year's work (…——某区2022年度全面依法治区工作综述), under whatever headline: that year's summary (a
# review of five years, …五年综述, is a feature).
_YEAR_REVIEW = re.compile(r"(?:19|20)\d{2}年度?[^，,。]{0,20}工作综述$")
# A report on a span of years (关于2015-2020年度法治政府建设有关情况的报告; not a plan's span inside its title's 《》):
# a review of the whole period, of no one year.
_SPAN_REVIEWED = re.compile(r"关于(?:19|20)\d{2}\s*年?\s*[—－\-–~～至到]+\s*(?:19|20)\d{2}\s*年度?")


def _doc_type(title: str, text: str) -> str:
    if _YEAR_REVIEW.search(title) or _SPAN_REVIEWED.search(title):
        return "summary"
    if _HEADLINE.search(title) and not _OFFICIAL_TITLE.search(title):
        return "article"  # a headline about a document (X区出台…工作要点为…指明方向)
    if _EXPLAINER.search(title) or _REVIEWED.search(title):
        return "article"  # an explainer of a document (《…的报告》文件解读) or news of its review, not the document
    if _DEPARTMENT_IN_TITLE.search(title) and _WORK_ACCOUNT.search(title) and not _RULE_OF_LAW.search(title):
        return "summary"  # a department's account of its year's work (X区司法局2025年工作情况汇报)
    if _SUMMARY_THEN_PLAN.search(title) or _SELF_INSPECTION.search(title):
        return "summary"  # the year's summary and the next year's points in one (…工作总结和2023年工作要点)
    if _REPORT_ON_THE_YEAR.search(title):
        return "annual_report"
    for doc_type, pattern in _DOC_TYPES:
        if pattern.search(title):
            return doc_type
    if title:
        return "article"
    text = _after_number(text)
    if _EXPLAINS.search(opening(text)):
        return "article"  # an untitled explainer (《…工作要点》已制定发布，…现作如下解读), not the document
    if _DRAWS_UP.search(opening(text)[:_OPENING_CHARS]):
        return "work_plan"
    if (_SUMMARY_HEADING.search(text) and not _reports_itself(text)) \
            or _departments_work_account(text) or _SUMS_ITSELF.search(text[:300]):
        return "summary"
    if _REPORT_HEADINGS.search(text) or _REPORTS_ITSELF.search(opening(text)[:1000]) or _ADDRESSEE.match(text) \
            or _OPENS_ON_RULE_OF_LAW_HEADING.match(text.lstrip()) \
            or _own_account(text) or (_OPENS_ON_A_YEAR.match(opening(text)) and (
                _OUTLINE_TASK_HEADING.search(text) or _RULE_OF_LAW_HEADING_LINE.search(text))):
        return "annual_report"
    return "article"


def _after_number(text: str) -> str:
    """The text after the document's number when it opens on one (a report to the government above it:
    保政呈〔2025〕5号, then the addressee): the layout tests read the addressee as the text's first line."""
    first, _, rest = text.partition("\n")
    return rest if _DOCUMENT_NUMBER.fullmatch(first.strip()) else text


def _reports_itself(text: str) -> str | None:
    """The sentence of the opening that reports the text itself (现将本镇2023年度…情况报告如下), unless it announces a
    summary (现将2023年工作总结和2024年工作计划汇报如下: the text is one)."""
    reported = _REPORTS_ITSELF.search(opening(text)[:1000])
    return reported.group() if reported and "总结" not in reported.group() else None


def _departments_work_account(text: str) -> bool:
    """An untitled text whose subject is a department (区司法局党组…, 司法行政系统…) and whose headings account
    for its year's work (一、2025年重点工作开展情况) without naming the rule-of-law government: the
    department's work summary. The genre's annual report is on 法治政府建设; a department files one too,
    and then its headings say so (一、2024年法治政府建设主要工作成效) or its opening reports it formally (现将有关情况
    报告如下, where a work summary is 汇报 to the leadership)."""
    subject = _OPENING_BODY.match(opening(text))
    if subject is None or not subject.group(1).endswith(("局", "系统")):
        return False
    # (a department that reports itself formally, 现将有关情况报告如下, files its annual report on the rule of law; its
    # account of its work to the leadership is 汇报: 现将有关工作情况汇报如下)
    if (reported := _reports_itself(text)) and "报告" in reported:
        return False
    headings = _FIRST_HEADING.findall(text)
    return any(_YEARS_WORK.match(h) for h in headings) and not any(_RULE_OF_LAW.search(h) for h in headings)


def _own_account(text: str) -> bool:
    """An untitled text that opens on its year, is laid out in numbered sections and calls its region
    我市/我区 or has its own government as the subject (2020年，在…领导下，省政府坚持…), alone or with its party
    committee (省委、省政府坚持…), or a place or department of its own as the subject of a report's opening
    formula (2023年，某区以习近平…为指导; 2021年，司法厅坚持…): a body's account of its year's work, as reports
    are written (news is in the third person and not laid out in numbered sections)."""
    first = opening(text)
    return bool(_OPENS_ON_A_YEAR.match(first) and _SECTION.search(text)
                and (_SELF_REFERENCE.search(text) or subject_level(text) or _JOINT_SUBJECT.match(first)
                     or _OWN_SUBJECT.match(first)))



def _year(raw: RawDocument, title: str, lines: list[str]) -> int | None:
    """The year covered: a container hint, the title's year, or the year the opening sentence reports on."""
    if raw.hints.get("year"):
        try:
            return int(raw.hints["year"])
        except (TypeError, ValueError):
            pass
    # A year inside a cited title (落实《纲要（2015—2020年）》情况) or a plan's span of years dates that
    # document, not this one; a title that is all citation (印发《2019年度…计划》) still gives its own.
    for words in (_CITED.sub("", title), title):
        match = _TITLE_YEAR.search(_YEAR_SPAN.sub("", words))
        if match:
            return int(match.group(1))
    for line in lines[:_head_size(lines)]:
        lead = _LEAD_YEAR.search(line) or _REPORT_YEAR.search(line) or _ISSUED_YEAR.search(line) \
            or _LEAD_YEAR.search(_after_a_maxim(line))
        if lead:
            return int(lead.group(1))
    # A report naming its year nowhere above (untitled, opening on 今年以来) says it in its first
    # heading (一、2024年工作回顾).
    first_heading = next((match for line in lines for match in [_FIRST_HEADING.match(line)] if match), None)
    review = _HEADING_YEAR.match(first_heading.group(1)) if first_heading else None
    return int(review.group(1)) if review else None


def _latest_year_named(text: str) -> int | None:
    """An undated article under a headline naming no year (a feature on a city's rule-of-law work), or an untitled
    text naming its year nowhere above or in its first heading (一、推进法治政府建设的主要举措和成效 … 于2020年第2次
    学习会), reports on the latest year it names as done (2004年撤县设市 … 印发《2020年…工作要点》: 2020), not a year
    aimed at (到2025年), whose work is planned (2025年工作打算) nor one in a span of years (2021—2025年)."""
    single = _YEAR_SPAN.sub("", text)
    years = [int(m.group(1)) for m in _TITLE_YEAR.finditer(single)
             if not _AIMED_AT.search(single, max(0, m.start() - 1), m.start()) and not _PLANNED.match(single, m.end())]
    return max(years, default=None)


def _signed(cleaned: Cleaned, lines: list[str], published: str | None) -> str | None:
    """The date a text was signed (成文日期, a date under the issuer's signature), else posted. A plan that names
    no year (…创建示范市实施方案) is for the year it was issued; an article that names none (…法治政府建设五年综述)
    reports on the year it is published in, and a self-inspection (…自检自查报告) on the work up to the day it is
    signed. A report accounts for the year before it is written (``_year_accounted``)."""
    signed = next((date for key in ("成文日期", "发文日期") for date in [_parse_date(cleaned.fields.get(key, ""))]
                   if date), None)
    if signed is None:
        signed = next((_parse_date(line) for above, line in zip(lines, lines[1:20])
                       if _looks_like_body(above) and _DATE.fullmatch(line.strip())), None)
    return signed or published


def _year_accounted(date: str | None) -> int | None:
    """The year a report or summary naming none accounts for, by the date (or month: YYYY-MM) it was signed or
    posted: one of the first four months, the year before (the rule-of-law reports are due by 1 April: 61 of 61 such
    reports in the development sets), November or December, the year then ending (3 of 3); between, it is not told."""
    if date is None:
        return None
    year, month = int(date[:4]), int(date[5:7])
    return year - 1 if month <= _LAST_MONTH_OF_REPORTING else year if month >= _FIRST_MONTH_OF_YEAR_END else None


# The keys of the date a page was put up, the preferred first (a document's own dates, 成文日期 and 生成日期, come after
# them in ``_published``).
_POSTING_DATE_KEYS = ("发布日期", "发布时间", "发表时间", "公布日期", "发文日期", "发文时间", "更新时间", "日期", "时间")
# A page's stamp of when it was put up, on a line of the head among its other cells: after its key, with or without a
# colon (发布时间: 2026-03-03 09:36, 发文时间 2025-02-28, 浏览:5072次 时间:2022-12-07), not a key ending in one (废止日期,
# 成文日期, 执法时间), beside its source (2019年02月25日 来源:市司法局, 来源:政府门户网 2021-03-22 21:29), or alone in
# brackets under the title ((2024-03-01), (2025年12月11日)).
_CLOCK = r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_SOURCE_KEY = "(?:" + "|".join(SOURCE_FIELDS) + ")"
_PAGE_STAMP = re.compile(r"(?<![\u4e00-\u9fff])(?:" + "|".join(_POSTING_DATE_KEYS) + r")\s*[:：]?\s*("
                         + _DATE.pattern + ")"
                         + r"|(" + _DATE.pattern + ")" + _CLOCK + r"\s+" + _SOURCE_KEY + r"\s*[:：]"
                         + r"|" + _SOURCE_KEY + r"\s*[:：]\s*\S+\s+(" + _DATE.pattern + ")"
                         + r"|^[（(]\s*(" + _DATE.pattern + r")\s*[)）]$")
_PAGE_HEAD_LINES = 15  # how far down the page its stamp is looked for
_STAMP_LINE_MAX_CHARS = 80  # a stamp's line is the page's cells, no sentence


def _page_stamp(raw_text: str) -> str | None:
    """The date a page's head stamps it with (``_PAGE_STAMP``), on a short line among the first of the page."""
    for line in raw_text.splitlines()[:_PAGE_HEAD_LINES]:
        line = line.strip()
        if len(line) <= _STAMP_LINE_MAX_CHARS and (stamp := _PAGE_STAMP.search(line)):
            return _parse_date(next(group for group in stamp.groups() if group))
    return None


def _published(raw: RawDocument, cleaned: Cleaned, lines: list[str]) -> str | None:
    """Publication date: index block, container, or a date line closing the document or its notice, else the date
    the page's head stamps it with."""
    # The date the page was put up comes before the date the document was signed (发文日期, 成文日期).
    # (a document system's date of generation, 公文生成日期, only when the page gives no other)
    candidates = [cleaned.fields.get(k) for k in (*_POSTING_DATE_KEYS[:5], "成文日期", "生成日期", *_POSTING_DATE_KEYS[5:],
                                                  "公文生成日期")]
    candidates.append(raw.hints.get("published"))
    for value in candidates:
        if value:
            date = _parse_date(str(value))
            if date:
                return date
    for line in lines[:12] + lines[-3:]:
        if len(line) <= 60:
            match = _DATED_LINE.match(line.strip())
            if match:
                return _parse_date(match.group(1))
    return _page_stamp(raw.text)


def _parse_date(value: str) -> str | None:
    match = _DATE.search(value)
    return _format_date(match) if match else None


def _format_date(match: re.Match[str]) -> str | None:
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _publisher(title: str, cleaned: Cleaned, lines: list[str], place: Place | None, gaz: Gazetteer) -> str | None:
    """Who issued it: the government the opening has as its subject where no index block names a body (a source line
    names who posted the report, often the office that drafted it); an index block's 发布机构, unless the title opens
    with another body, which wrote it; the body opening the title; a source that is a body; a signature above a
    date, the body that read it under the day and meeting, or a byline."""
    block = _SITE_OF_BODY.sub("", next((cleaned.fields[k] for k in _PUBLISHER_FIELDS if cleaned.fields.get(k)), ""))
    named = _title_issuer(title, place, gaz)
    if not block and not named and (governing := _government_speaking(cleaned, place, gaz)) is not None:
        return governing  # (an index block's 发布机构 still names the publisher)
    if block:  # (named without its region, 发布机构:司法局, it is the issuing region's, as a source is)
        body = _one_body(block, title)
        if zone := zone_committee(body, gaz):
            return zone
        if under := _under_zone_committee(body, title):
            return under
        if not _PLACE_ALONE.fullmatch(body):  # (a place alone is read as a source is, below)
            own = _own_body(resolve_relative(expand(body), place, gaz), place, gaz)  # (林草局: 林业和草原局)
            if named and len(_BODY_HEADS.findall(named)) == 1 and not _GENERAL_OFFICE.search(own) \
                    and not _one_name_shortens_other(_officially_named(named, place, gaz) or named,
                                                     _officially_named(own, place, gaz) or own):
                return named  # (泽州县审计局2025年…报告 under 发布机构:县司法局: the bureau whose catalogue posts it)
            return _body_not_its_office(own, title, place, gaz)
    source = _without_section(next((cleaned.fields[k] for k in SOURCE_FIELDS if cleaned.fields.get(k)), "")) or block
    if not block and named and len(_BODY_HEADS.findall(named)) == 1:
        return named  # (a source line names who posted it: 文章来源:中共某区委依法治区办 under 某区人民政府关于…的报告)
    if _looks_like_body(source):  # (its abbreviations written out: 武川县政府办公室 → 武川县人民政府办公室)
        return _body_not_its_office(_own_body(resolve_relative(expand(source), place, gaz), place, gaz), title, place, gaz)
    if named:
        return named
    # (来源:杜桥镇 over 杜桥镇2025年度…报告 or 2025年度杜桥镇…报告, 发布机构:徐庄镇 over 山亭区徐庄镇…报告, 信息来源:辰溪县罗子山瑶族乡
    # over 罗子山瑶族乡…报告, or the region itself: the place's own government posts its report; the region's name read
    # past on either side)
    region = place.name if place is not None else ""
    if _PLACE_ALONE.fullmatch(source) and _LEADING_YEAR.sub("", title).removeprefix(region).startswith(
            source.removeprefix(region)):
        return _township_government(source)
    for i, line in enumerate(lines[1:14], start=1):
        above = _BULLET.sub("", lines[i - 1].strip())
        if _DATE.fullmatch(_BULLET.sub("", line.strip())) and _looks_like_body(above):
            return resolve_relative(_government_of(above), place, gaz)
        if _DELIVERED.match(above) and _looks_like_body(line.strip()):  # (who read it, under the day and meeting)
            return resolve_relative(_government_of(line.strip()), place, gaz)
        signed = _SIGNED_LINE.fullmatch(line.strip())  # the body and its date on one line (某县人民政府 2024年01月08日)
        if signed and _looks_like_body(signed.group(1)):
            return resolve_relative(_government_of(signed.group(1)), place, gaz)
    if len(lines) > 1 and _looks_like_body(lines[1]) and not _TITLE_PIECE.search(lines[1]):
        return resolve_relative(_government_of(lines[1].strip()), place, gaz)  # an article's byline under its title
    return _government_by_number(title, cleaned, lines, place) or _opening_body(cleaned.text, place, gaz) \
        or _presented_body(cleaned.text, place, gaz) or _bureau_naming_itself(cleaned.text, place, gaz)


def _government_speaking(cleaned: Cleaned, place: Place | None, gaz: Gazetteer) -> str | None:
    """The report's region's government where the opening sentence has it as its subject (2024年,紫云自治县人民政府坚持…;
    2021年,区政府坚持…; 2025年,陈仓区委、区政府坚持…), for a title naming no body (its caller's check): the report is the
    government's, though the page's source line names the bureau or office that posted it
    (来源:紫云苗族布依族自治县司法局, 信息来源:洪山区政府办公室)."""
    if place is None or not _OPENING_GOVERNMENT.match(opening(cleaned.text)):
        return None
    own = region_prefix(place, gaz) + "人民政府"  # (not 市政府 in a county's report: 市政府将我县列为…)
    return own if _opening_body(cleaned.text, place, gaz) == own else None


# An opening sentence whose subject is the writing bureau as 我局 (在区委、区政府的坚强领导下，我局坚持…).
# (after the documents it follows: 根据…《…》…,我局…; after what the year was: 2023年是…开局之年,是…关键之年。我局坚持…)
_SPEAKS_AS_BUREAU = re.compile(r"^(?:(?:19|20)\d{2}年" + DESCRIBED_YEAR_SENTENCE + r"|[^。]{0,200}?[，,])" + OWN_BUREAU)


def _bureau_naming_itself(text: str, place: Place | None, gaz: Gazetteer) -> str | None:
    """A bureau whose report speaks as 我局 from its opening sentence, naming itself only in the title of a document
    it made (审议并通过了《龙岩市永定区卫生健康局参与…实施方案》): the one bureau of the report's region that such a
    title names with the region's full name; else only as the bureau its head, its party committee's secretary and its
    director both, leads (区司法局党委书记、局长率先垂范): the one bureau named so by the report's own level (not a visiting
    市司法局党委书记、局长's, nor an official's other post, 政法委书记、区公安分局局长). None where they name none or several; a
    title it only carries out (落实《…司法局关于…的通知》) is another body's."""
    if place is None or not _SPEAKS_AS_BUREAU.match(opening(text)):
        return None
    prefix = region_prefix(place, gaz)
    bureaus = set(re.findall(rf"{OWN_DOCUMENT_MADE}《{re.escape(prefix)}([\u4e00-\u9fff]{{2,10}}?局)", text))
    if len(bureaus) == 1:
        return prefix + bureaus.pop()
    headed = {bureau for bureau in _BUREAU_HEADED.findall(text) if bureau[0] == place.name[-1]}
    return _division_body(headed.pop(), place, gaz) if len(headed) == 1 else None


# A bureau by its level word and name, as its head's two posts name it (区司法局党委书记、局长).
_BUREAU_HEADED = re.compile(r"(?<![\u4e00-\u9fff、])([省市县区州旗][\u4e00-\u9fff]{2,8}?局)党[委组]书记、局长")


def _presented_body(text: str, place: Place | None, gaz: Gazetteer) -> str | None:
    """The body the sentence introducing the report names as whose it is (…要求，现将某市生态环境局2025年度法治政府建设
    工作情况报告如下; 现将省政府2024年度…; 现将某镇人民政府2023年…汇报如下): a body of a division of the report's region,
    or one named with its own place (a township's government, which its county's prefix is put before)."""
    presented = _PRESENTED_BODY.search(opening(text)[:_OPENING_CHARS])
    if presented is None:
        return None
    body = presented.group(1)
    return _division_body(body, place, gaz) or (None if body[0] in _LEVEL_WORDS else expand(body))


def _body_not_its_office(publisher: str, title: str, place: Place | None, gaz: Gazetteer) -> str:
    """The body whose general office an index block or a source line names (发布机构:区府办, 来源:某区委办公室), when
    the title opens with that body, as written or by its official name (泉州市丰泽区人民政府关于…的报告): the office
    posts the body's report; it issues nothing. An office's own document (…办公室关于印发…) stays the office's."""
    office = _GENERAL_OFFICE.search(publisher)
    if office is None or not publisher[:office.start()] or title.startswith(publisher):
        return publisher
    body = publisher[:office.start()]
    named = _title_issuer(title, place, gaz)
    official = _officially_named(body, place, gaz)
    titled = title.startswith(body) or (named is not None and _officially_named(named, place, gaz) == official)
    return body if titled else publisher


def _one_name_shortens_other(first: str, second: str) -> bool:
    """Whether one body's name is the other's with characters left out (文化广电旅游局 of 文化广电新闻出版旅游局): a
    title's short name for the body a page's block names in full, not another body."""
    shorter, longer = sorted((first, second), key=len)
    rest = iter(longer)
    return all(character in rest for character in shorter)


def _title_issuer(title: str, place: Place | None, gaz: Gazetteer) -> str | None:
    """The body a title opens with, when no index block or source names one: the government of a joint title (the report on the government's rule-of-law
    work is the government's; its party committee co-signs), an agency under its official name (…开发区管委会 →
    …开发区管理委员会), or a place's government (某县政府关于…)."""
    joint = _JOINT_ISSUERS_AT_START.match(title)
    if joint:
        return resolve_relative(joint.group(1), place, gaz)
    head = _AGENCY_AT_START.match(title)
    if head:
        return resolve_relative(expand(head.group(1)), place, gaz)
    government = _GOVERNMENT_AT_START.match(title)
    if government and namesakes_in(government.group(1), gaz):
        return government.group(1) + "人民政府"
    return None


def _without_section(source: str) -> str:
    """A page's source naming a section of a body (忻州市司法局法治调研督查科, 区政府办公室秘书科): the body, which
    publishes what its section posts. A committee's office (…依法治区委员会办公室) is a body of its own."""
    section = _SECTION_OF_BODY.fullmatch(source.strip())
    return section.group(1) if section else source


# The level a customary short name keeps at its end (昌吉州, 酉阳县): one that ends so names the division itself.
_LEVEL_ENDINGS = "州县旗盟市区"


def _officially_named(name: str | None, place: Place | None, gaz: Gazetteer, township: str | None = None) -> str | None:
    """A body of the report's own region chain as its official name writes it, as agencies are named: the
    region by its full name (昌吉州人民政府 → 昌吉回族自治州人民政府: a title may use the customary short
    name), a district with its city (下陆区司法局 → 黄石市下陆区司法局: district names repeat between
    cities, 朝阳区 of 北京市 and of 长春市), and the ``township`` that issued the report with its county."""
    if not name or place is None:
        return name
    if township and name.startswith(township):  # (a township's body with its county: 山丹县大马营镇人民政府)
        return region_prefix(place, gaz) + name
    chain = gaz.chain(place)
    bare = name.removeprefix("中共")  # (a party body keeps it before its region: 中共江夏区委… → 中共武汉市江夏区委…)
    bare = _without_higher_places(bare, chain)
    for own in chain:
        prefix = region_prefix(own, gaz)
        if bare.startswith(own.name) and len(bare) > len(own.name):  # (银川市法制办公室: 银川市人民政府法制办公室)
            official = official_name(prefix, bare[len(own.name):])
            return official if not name.startswith("中共") or official.startswith("中共") else "中共" + official
    for size in range(min(len(name) - 1, 8), 2, -1):
        if name[size - 1] not in _LEVEL_ENDINGS:  # (乌鲁木齐县, 兰州新区, 河北唐山…: a name goes on, not a body)
            continue
        shortened = next((own for own in gaz.by_short.get(name[:size], ()) if own in chain), None)
        if shortened is not None and not name.startswith(shortened.name):
            return region_prefix(shortened, gaz) + name[size:]
    return name


def _without_higher_places(name: str, chain: list[Place]) -> str:
    """``name`` without the higher places of the chain that a page puts before a body of a division below them
    (孝感市大悟县人民政府, 黄冈黄梅县人民政府 → 大悟县人民政府): the official name is the division's own, with
    the city a district's needs put back by the caller."""
    for at, own in enumerate(chain):
        for higher in chain[at + 1:]:
            for written in (higher.name, *short_names(higher)):
                if name.startswith(written + own.name):
                    return _without_higher_places(name[len(written):], chain)
    return name


def _opening_body(text: str, place: Place | None, gaz: Gazetteer) -> str | None:
    """The body opening the text as its subject (2024年，区司法局…; 2025年，州政府办公室…; 2025年，X经济技术开发区管理委员会(简称…)坚持…;
    2022年，延边州政府坚持…): a report speaks of its issuer first. A division's body is named with its region as
    official names write it (青岛市即墨区司法局, 延边朝鲜族自治州人民政府); a zone's committee as written."""
    body = _opening_body_as_written(text)
    return _division_body(body, place, gaz) if body else None


def _opening_body_as_written(text: str) -> str | None:
    """The body opening the text as its subject as the text writes it (区司法局, 市人民政府 for 市政府), or None: its
    party group (区司法局党组) or a whole system (司法行政系统) publishes nothing."""
    first = opening(text)
    subject = _OPENING_BODY.match(first)
    if subject is None and (government := _OPENING_GOVERNMENT.match(first)):
        return government.group(1) + "人民政府"  # (市政府 → the report's own city's)
    if subject is None or subject.group(2) or subject.group(1).endswith("系统"):
        return None
    return subject.group(1)


def _division_body(body: str, place: Place | None, gaz: Gazetteer) -> str | None:
    """A body a report names as itself, with its region as official names write it: 区司法局 is the report's own
    district's, 延边州政府 is 延边朝鲜族自治州人民政府; a zone's committee or a street's office as written. None where
    the body's division is not in the report's region chain; a zone's bureau as written (金普新区卫生健康局)."""
    zone_bureau = _ZONE_BUREAU_NAME.fullmatch(body)
    if _ZONE_COMMITTEE.search(body) or (zone_bureau and names_a_zone(zone_bureau["zone"])) or body.endswith("街道办事处") \
            or body.startswith(tuple(gazetteer.ZONE_STYLES)):
        # (a street's office by its name: its county is put before it as the township's; 高新区综治局 the zone's,
        # named with the zone's official style by ``_zone_body``)
        return expand(body)
    if place is None:
        return None
    chain = gaz.chain(place)
    if body[0] in _LEVEL_WORDS:  # 区司法局: the body of the report's own division of that level
        # (an autonomous region calls itself 自治区, never 区: 区政府 in a report of no known district is no one's)
        own = next((p for p in chain if p.name.endswith(body[0]) and not p.name.endswith("自治区")), None)
        return region_prefix(own, gaz) + expand(body[1:]) if own else None
    named = next((body[:size] for size in range(min(len(body) - 1, 12), 1, -1) if body[:size] in gaz.by_level_name), "")
    own = next((p for p in gaz.by_level_name.get(named, ()) if p in chain), None)
    return region_prefix(own, gaz) + expand(without_doubled_level(named, body[len(named):])) if own else None


def _government_by_number(title: str, cleaned: Cleaned, lines: list[str], place: Place | None) -> str | None:
    """The government a document number names by its code (长政发〔2021〕1号: 政发 is the people's government's
    own series, 政办发 its office's): a document issued so is that government's, of the issuing region."""
    if place is None:
        return None
    # the document's own number: in the index block, opening the title or on a line of its own (a number
    # cited in the body, 《…》(鹤政发〔2018〕6号), is another document's)
    fields = [cleaned.fields.get(key, "") for key in NUMBER_KEYS]
    number = next((match for text in fields for match in [_GOVERNMENT_NUMBER.search(text)] if match), None) \
        or _GOVERNMENT_NUMBER.match(title) \
        or next((match for line in lines[:_HEAD_LINES] for match in [_GOVERNMENT_NUMBER.fullmatch(line.strip())
                                                                      or _BRACKETED_NUMBER.match(line.strip())]
                 if match), None)
    if number is None:
        return None
    return place.name + ("人民政府办公室" if number.group(1) else "人民政府")


def _government_of(bodies: str) -> str:
    """Of a party committee and a government signing together (中共X区委 X区人民政府), the government:
    the report on its rule-of-law work is the government's, the committee co-signs it."""
    names = [name for name in re.split(r"[\s、]+", bodies) if name]
    return next((name for name in names if name.endswith("政府")), bodies) if len(names) > 1 else bodies


# A zone's management committee named in a title, before a bureau of its own (中国(上海)自由贸易试验区管理委员会保税区管理局).
_ZONE_COMMITTEE_BEFORE = re.compile(r"^(?:(?:19|20)\d{2}年度?)?((?:" + gazetteer.PILOT_ZONE_PREFIX + r")?"
                                    r"[\u4e00-\u9fff]{2,30}?(?:管理委员会|管委会))")


def _under_zone_committee(body: str, title: str) -> str | None:
    """The bureau a page's block names bare (发布机构:保税区管理局) as the title writes it, under the zone's committee
    it belongs to (中国(上海)自由贸易试验区管理委员会保税区管理局…报告): a zone committee's bureau is styled with the
    committee, not with the city (上海市保税区管理局 is no body), and the zone's brackets are written full-width, as its
    official name writes them."""
    committee = _ZONE_COMMITTEE_BEFORE.match(title)
    if committee is None or not title.startswith(body, committee.end()):
        return None
    return gazetteer.full_width_brackets(committee.group(1) + body)


def _one_body(block: str, title: str) -> str:
    """Of several bodies a page lists as publisher (a zone's and a district's office), the one the
    title names as issuer; else the first. A party committee and its government signing together (发文机关:中共X区委
    X区人民政府) publish the government's report (``_government_of``)."""
    if re.search(r"\s", block.strip()):
        return _government_of(block)
    bodies = [b.strip() for b in re.split(r"[、，,；;]", block) if b.strip()]
    return next((b for b in bodies if title.startswith(b)), bodies[0] if bodies else block)


def _own_body(name: str, place: Place | None, gaz: Gazetteer) -> str:
    """A page's source named without its region (来源:司法局) is the issuing region's body; one named with the region's
    short name (台山人民政府, of 发布机构:台山政府网) is that body under the region's full name."""
    if place is None or namesakes_in(name, gaz) or name[0] in "省市县区州旗" or name.startswith(_AUTONOMOUS_LEVELS):
        return name
    short = next((short for short in short_names(place) if name.startswith(short)), "")
    return place.name + name[len(short):]


def _byline(line: str) -> str | None:
    """The body a line names after a mark (■ 哈尔滨市司法局): a piece's byline. None for any other line."""
    mark = _BULLET.match(line)
    return line[mark.end():] if mark and _looks_like_body(line[mark.end():]) else None


# A title's first line broken after a body (关于印发《四川省人民政府 / 2025年…安排》的通知): no byline.
_TITLE_PIECE = re.compile(r"^关于|[《》]")


def _looks_like_body(line: str) -> bool:
    """Whether a line is a body's name alone (a department's 厅 as a 局; not a hall, 网上办事大厅, a site's link)."""
    line = line.strip()
    return 3 <= len(line) <= 30 and line.endswith(_BODY_SUFFIXES) and not re.search(r"[，,。:：]|[大展餐客]厅$", line)


def resolve_relative(name: str, place: Place | None, gaz: Gazetteer) -> str:
    """Put the issuing region in front of a relative body name: 市人民政府办公室 → 丹江口市人民政府办公室, under its
    official name (区政府办 → X区人民政府办公室); an autonomous area calls itself by its level (自治区人民政府法制办 →
    新疆维吾尔自治区人民政府法制办公室)."""
    if place is None or not name:
        return name
    level = next((word for word in _AUTONOMOUS_LEVELS if name.startswith(word)), None)
    if level:
        own = next((p for p in gaz.chain(place) if p.name.endswith(level)), None)
        return own.name + expand(name[len(level):]) if own else name
    if name[0] in "省市县区州旗" and not namesakes_in(name[:6], gaz):
        for candidate in gaz.chain(place):
            if candidate.name.endswith(name[0]) or (name[0] == "州" and candidate.name.endswith("自治州")):
                return candidate.name + expand(name[1:])
    return name

"""Initiative rules: what a quote names that is not a programme, by structure and context."""

from __future__ import annotations

import pytest

from ingest.extract.initiatives import find_initiatives


def names(text: str) -> list[str]:
    return [m.name for m in find_initiatives(text)]


@pytest.mark.parametrize("text", [
    "报告分为“履职情况”“主要举措及工作成效”“存在的不足及原因”三部分。",  # section headings
    "围绕“全面提升依法行政水平”目标推进。",  # a goal
    "在法治建设上“走在前列、争当标杆”。",  # a slogan of striving
    "获评第二批“全国法治政府建设示范市”称号。",  # an award
    "入选“省级行政执法优秀案例”。",
    "聚焦“多头跑”“审批慢”问题，推行并联审批。",  # problems named
    "着力解决群众“办证难”的问题。",
    "推动行政执法领域“四乱”整治。",  # wrongs a rectification goes after
    "启动“有案不立、立案不查”“插手经济纠纷”三个专项整治。",
    "大力整治“红顶中介”，规范中介服务。",
    "治理打击“三非”外籍人员。",  # a kind of people
    "执法案件上传“信用中国”“林业行政执法管理平台”。",  # sites a case is uploaded to
    "发挥法律顾问“智囊团”作用。",  # a role
    "发挥法治“固根本、稳预期、利长远”的保障作用。",  # the role the law plays
    "全面落实“科学立法、严格执法、公正司法、全民守法”方针。",  # a guideline quoted
    "落实“坚持依法行政，推进政务公开，建设服务型政府”要求。",  # someone's words
    "为建设“现代化、国际化的一流营商环境示范城市”提供保障。",  # a long goal with 的
    "开展“学法用法，人人有责；守法护法，人人有份”主题宣传。",  # a sentence
    "将“加强法治乡村建设、推进基层依法治理”贯彻到各项工作中。",  # a directive of parallel clauses
    "贯彻全会关于“稳住基本盘，激发新活力”的工作要求。",  # a meeting's words
    "落实“把好法治关口”重要部署。",
    "推动制度体系“新又全”，执法队伍“强又专”。",  # qualities joined by 又: a heading's comment
    "对标“三区一地”“两个率先”目标，发挥“四个优势”作用。",  # goals and roles
    "争当全省法治建设“新标杆”，打造营商环境“新高地”。",  # metaphors of a goal
    "连续三年荣获全省“法治先进县”，被授予首批“金盾奖牌”。",  # honours conferred
    "某某同志被市委追授“某某市优秀共产党员”。",  # (after death too)
    "入围全国第三届“法治政府十大看点”。",
    "被确定为第二批“全区法治政府建设示范旗县(市、区)”。",  # a title, with the kinds of place it covers after it
    "开展“打造市场化法治化国际化营商环境”等13个重点课题调研。",  # a research topic's title
    "在门户网站开设“以案释法”专栏。",  # a website's column
    "“粤政易”县级分厅3.2版上线。",  # software by its version
    "在“十四五”时期加快推进，“十三五”收官之年。",  # periods
    "始终坚持“依法治县”，把“全面依法治市”贯穿始终。",  # the principle of governing by law
    "紧紧围绕“十个坚持”开展学习。",  # a doctrine's numbered tenets
    "课题成果获省级“优秀调研成果奖”。",  # an award
    "发挥“领头羊效应”，各单位“党政一把手”带头讲法。",  # an effect; people by rank
    "切实履行法治建设“第一责任人”职责。",  # people by their duty
    "在政务大厅设立“企业开办咨询”窗口，开通“营商环境投诉”热线。",  # a counter, a hotline
    "持续加强“一江两岸”流域生态执法。",  # a river basin
    "深入走访“某某声谷”创新产业园企业。",  # a park
    "参加全国首届“规范性文件质量提升”建设研讨会。",  # an event's theme
    "组织开展纪念法治某省建设“十五周年”系列活动。",  # an anniversary
    "坚持“党委领学、支部跟学、党员践学”，推动学法常态化。",  # who takes charge how: parts opening with their actor
    "区“四大家”领导参加会议，召开县“四套班子”联席会议。",  # the bodies a formula counts
    "努力建设“绿富美强”新杭州。",  # a vision of a place
    "紧扣“中心任务”，压实“主体责任”。锚定发展全局“主方向”，夯实“制度保障”。",  # aims held to
    "做到“看得见、管得住、防得了”。",  # results wished for
    "严防“两股势力”渗透，受理群众“全链条”诉求，做好巡察整改“下半篇文章”。",  # forces, a scope, a metaphor
    "入选全省“最佳改革案例”。",  # a case title, whatever its adjective
    "在网站开设“习近平法治思想”学习专栏。",  # a doctrine
    "某某经济技术开发区（以下简称“某某经开区”）推进改革，某某经开区成效明显。",  # a zone's short name
    "按照市委“两高三新”总体思路推进。",  # a line of thinking
    "落实“忠诚、为民、公正、廉洁”总要求。",  # a general requirement
    "深入学习“五一”重要讲话精神。",  # a speech
    "全面完成“十三五”法治建设目标任务。",  # a five-year period, not its plan
    "建设“机构精简、职责明晰、运转顺畅、执法规范、服务优质”的政府。",  # a goal's qualities
])
def test_quotes_that_name_no_programme(text: str) -> None:
    assert names(text) == []


def test_programmes_still_found() -> None:
    assert names("推行“一网通办”，深化“放管服”改革。") == ["一网通办", "放管服"]
    assert names("坚持“审批权力进清单,清单之外无审批”。") == ["审批权力进清单,清单之外无审批"]
    # (the people of a programme are named with it; a count of marks names a kind of people: “三非”外籍人员)
    assert names("培养“法律明白人”骨干人员，配备“双随机、一公开”抽查人员。") == ["法律明白人", "双随机、一公开"]


def test_a_short_quote_runs_on_to_the_act_it_tells_the_manner_of() -> None:
    assert names("推行个体工商户“零跑腿”登记，开展干部“云端”述法。") == ["零跑腿登记", "云端述法"]
    assert names("向街道“清单式”放权。") == ["清单式放权"]


def test_a_date_quote_runs_on_to_its_week() -> None:
    assert names("举办“12·4”宪法宣传周活动。") == ["12·4宪法宣传周"]


@pytest.mark.parametrize("text", [
    "组织干部通过“学习强国”学习平台学法。",
    "推广“粤省事”小程序。",
    "依托“浙政钉”开展线上培训。",
    "我区建设的“浙里矛盾纠纷调处应用”上线运行。",
    "做大做强“执法监督驾驶舱”。",
    "借助“某某之城”微信公众号、“学习强国”等云学习方式学法。",  # (an app listed after one named with what it is)
    "引导群众登录“三晋通”平台办理业务。", "利用“四川天府通办”平台开展服务。",  # (one number is no formula of parts)
])
def test_platforms_and_apps_are_not_programmes(text: str) -> None:
    assert names(text) == []


def test_a_numbered_formula_a_verb_of_use_reaches_is_a_programme_and_a_campaigns_place_runs_on() -> None:
    assert names("借助“三会一课”、主题党日开展学习，通过“双百”进校园等方式宣讲。") == ["三会一课", "双百进校园"]
    # (a programme listed after an app, where the word closing the list says they are programmes)
    assert names("利用“某某司法”微信公众号、“法治大讲堂”等形式开展学习。") == ["法治大讲堂"]


def test_a_programme_reached_through_a_verb_keeps_its_head() -> None:
    assert names("通过“最多跑一次”改革压缩时限。") == ["最多跑一次"]


def test_a_platform_named_after_the_programme_it_serves_keeps_the_programme() -> None:
    assert names("依托“产业大脑”数据平台，建成“两法衔接”信息共享平台。") == ["两法衔接"]


def test_numbered_formulas_and_modes_are_names_though_dictionary_words() -> None:
    assert names("完成“三定”方案，建立“三位一体”调解体系，推行“一站式”办理。") == ["三定", "三位一体", "一站式"]
    assert names("推行“一证一码、两库一平台”管理，建成“三张清单一张网”。") == ["一证一码、两库一平台", "三张清单一张网"]
    assert names("抓住“一把手”，防止“真空”，“十分”重要。") == []  # still emphasis


def test_a_programme_quoted_inside_an_award_title() -> None:
    assert names("被授予“‘百日攻坚、护航发展’专项行动先进集体”称号。") == ["百日攻坚、护航发展"]


def test_the_programme_before_an_honour_is_kept_and_the_honour_dropped() -> None:
    assert names("“一村一顾问”入选司法部“基层法治创新案例”。") == ["一村一顾问"]


@pytest.mark.parametrize("text", [
    "按照“三型一化”总体布局和“五个坚持”战略布局推进。",  # a layout of policy
    "再现“山水名城”盛景，绘就“幸福家园”蓝图。",  # a vision
    "围绕“以良法促发展保善治”主题，开展大讨论。",  # the theme of a discussion, not a campaign
    "奋力建设“三个昌吉”“四大海淀”“六个新梧州”。",  # what a place is to become, counted
    "为打造“七彩始兴”贡献法治力量。",
])
def test_layouts_visions_and_themes_are_not_programmes(text: str) -> None:
    assert names(text) == []


def test_a_theme_campaign_is_still_a_programme() -> None:
    assert names("开展“法律进乡村”主题活动。") == ["法律进乡村"]


def test_what_a_verb_of_conviction_reaches_is_a_slogan() -> None:
    assert names("立足“两新一重”，树立“三严三实”，牢记“两个务必”。") == []
    assert names("落实“两新一重”项目。") == ["两新一重"]  # the same words reached by a verb of doing


def test_theory_formulas_and_counted_categories_are_not_programmes() -> None:
    assert names("统筹“两个大局”，把握“两个结合”。") == []
    assert names("组织“两类人员”考法，评查“五类卷宗”。") == []
    assert names("主要领导全面落实“四个亲自”，带头履行第一责任人职责。") == []  # (部署、过问、协调、督办 in person)


def test_a_described_goal_with_de_is_not_a_name() -> None:
    assert names("以“当好群众信赖的法律卫士”为切入点。") == []


def test_a_spatial_layout_named_in_quotes_is_still_a_name() -> None:
    assert names("构建“一核两翼”发展布局。") == ["一核两翼"]


def test_a_principle_or_strategy_quoted_is_still_a_name() -> None:
    assert names("按照“谁审批、谁负责”的原则推进。") == ["谁审批、谁负责"]
    assert names("锚定“智造新城、生态强区”战略。") == ["智造新城、生态强区"]
    assert names("推行“马上办、网上办、就近办”。") == ["马上办、网上办、就近办"]


def test_a_numbered_formula_before_a_platform_word_is_a_plan() -> None:
    assert names("打造“两城一带”主平台。") == ["两城一带"]
    assert names("推广“赣政通”服务平台。") == []


def test_a_programme_reached_through_a_platform_verb_is_still_a_programme() -> None:
    assert names("依托“互联网+监管”系统开展抽查。") == ["互联网+监管"]


def test_a_count_of_qualities_runs_on_to_the_noun_it_describes() -> None:
    assert names("推进“四好”农村路建设，争创“五型”政府，打造“三强”班子。") == ["四好农村路", "五型政府", "三强班子"]
    assert names("开展“三最”创建。") == ["三最"]  # no noun after it: the quote alone


def test_a_programmes_short_name_is_still_a_programme() -> None:
    assert names("推行“证明事项告知承诺制”（以下简称“告知承诺”）。") == ["证明事项告知承诺制", "告知承诺"]


def test_parallel_clauses_of_a_formula_led_by_nouns_are_a_name() -> None:
    assert names("建立“县级统筹管理、乡镇具体负责”工作机制。") == ["县级统筹管理、乡镇具体负责"]


def test_a_directive_before_a_programmes_head_names_the_programme() -> None:
    assert names("开展“加强法治乡村建设、推进基层依法治理”行动。") == ["加强法治乡村建设、推进基层依法治理"]


def test_a_strategy_and_a_study_campaign_run_on_from_their_quotes() -> None:
    assert names("聚焦“135”发展战略，推进“两学一做”学习教育常态化。") == ["135发展战略", "两学一做学习教育"]
    assert names("编制“十三五”规划，实施“十四五”规划。") == ["十三五规划", "十四五规划"]
    # (a plan of the period named after the number runs on to its 规划; a plan for the period, …时期…规划, does not)
    assert names("出台系统“十四五”法治建设规划和“八五”普法规划。") == ["十四五法治建设规划", "八五普法"]
    assert names("编制“十四五”时期法治江夏建设五年规划。") == []
    # (and so does an outline or an opinion of those years: the plan's kinds of document)
    assert names("落实交通运输法治政府部门建设“十四五”意见，起草《大悟县“十三五”法治政府建设纲要》。") == [
        "十四五意见", "十三五法治政府建设纲要"]
    assert names("征集“十四五”立法项目意见，形成“十四五”立法意见。") == []  # (opinions asked for or given)
    assert names("“十四五”以来规划建设有序推进，结合“十四五”统筹规划年度重点工作。") == []  # (规划 the verb)
    assert names("对接“十四五”重点项目规划建设。") == []


def test_a_long_name_listing_its_parts_is_found() -> None:
    assert names("落实“党组主体责任制、党风廉政建设责任制、意识形态工作责任制、法治建设责任制”等四项制度。") == [
        "党组主体责任制、党风廉政建设责任制、意识形态工作责任制、法治建设责任制"]


def test_a_campaigns_kind_between_the_quote_and_its_head_keeps_the_name() -> None:
    assert names("开展“清源”专项行动，组织“春风”系列活动。") == ["清源", "春风"]
    assert names("开展“清源”整治。") == []  # a dictionary word without a programme's head: emphasis


@pytest.mark.parametrize("text", [
    "推行“一码通”“一卡通”，上线“云上议事”系统。",  # tools by their shape: a code, a card, a cloud system
    "群众通过“闽政通”“苏服办”办事。",  # a province's service apps
    "自觉接受“一府两院”和人大的监督。",  # the bodies a formula counts
    "彰显行政复议“高效便捷 公正为民”的制度优势。",  # qualities praised
])
def test_tools_counted_bodies_and_qualities_are_not_programmes(text: str) -> None:
    assert names(text) == []


def test_a_programme_one_does_all_by_is_still_one() -> None:
    assert names("深化“一网通办”改革。") == ["一网通办"]
    assert names("推进“皖事通办”。") == ["皖事通办"]
    assert names("推行“台账式”管理。") == ["台账式"]  # a province's character opening no app
    assert names("打造“闽企通”政务服务品牌。") == ["闽企通"]  # a brand built on an app is the service


def test_a_dictionary_word_quoted_before_an_activitys_kind_and_head_names_the_activity() -> None:
    assert names("开展“以案释法”宣传活动。") == ["以案释法"]
    assert names("坚持“以案释法”。") == []


def test_a_quoted_number_runs_on_to_its_head_and_stands_alone_without_one() -> None:
    assert names("深入实施“2468”战略工程。") == ["2468战略工程"]
    assert names("推进“12345”政务服务改革。") == ["12345"]


def test_a_title_conferred_or_things_counted_are_so_wherever_quoted_again() -> None:
    """授予…“最佳实践”项目, “挂案” 5起: the later 做好“最佳实践”项目培育 and “挂案”清理 name no programme; a programme
    quoted inside a longer title conferred (入选…“一件事”重点事项) stays one where it is quoted alone."""
    assert names("被授予法治政府建设“示范窗口”项目，今年做好“示范窗口”项目培育。") == []
    assert names("开展“僵尸案件”清理，排查出“僵尸案件” 3起。") == []
    assert names("“一件事一次办”全面推进，入选全国“一件事一次办”重点事项经验。") == ["一件事一次办"]
    # a count of a noun after the quote counts the programme's parts; a programme's head a few words after the
    # quote elsewhere keeps it a programme though its people are counted
    assert names("“一件事一次办”12个主题上线。") == ["一件事一次办"]
    assert names("实施“法律明白人”培养工程，培养“法律明白人”800名。") == ["法律明白人"]
    assert names("开展“清源行动”，查处“清源行动”案件、“清源行动”12起。") == ["清源行动", "清源行动", "清源行动"]


def test_a_quote_closing_a_clause_of_a_heading_is_its_metaphor() -> None:
    text = "二、制度建设“打地基”，执法监督“架桥梁”\n（一）深化“放管服”改革\n"
    assert names(text) == ["放管服"]
    # a numbered paragraph running on is no heading: its quote is read as any other
    assert names("1.推行“首违不罚”，全年办理案件120件，较上年增长15%，群众满意度持续提升，执法质效不断提高。") == ["首违不罚"]


def test_the_word_closing_a_list_of_quotes_is_the_kind_of_each_item() -> None:
    """享有“…”、“…”、“…”等荣誉: every item of the list is an honour, not the last alone; a list closed by a
    programme's kind or by nothing keeps its programmes."""
    assert names("本县先后获得“省级文明县城”、“全国生态示范县50强”、“双拥模范县”等荣誉。") == []
    assert names("对标“三新”定位、“两城”、“一区”目标，持续发力。") == []
    assert names("推行“一窗受理”、“并联审批”改革，落实“容缺受理”、“告知承诺”。") \
        == ["一窗受理", "并联审批", "容缺受理", "告知承诺"]


def test_a_word_the_report_writes_unquoted_again_and_again_is_its_vocabulary() -> None:
    """“法治机关”各项指标 quoted once against three bare 法治机关: the report's own word; a programme quoted and
    repeated once or twice stays one."""
    text = ("建设法治机关，严格落实“法治机关”各项评估指标。法治机关建设提速，法治机关创建有成效。"
            "推行“证明事项告知承诺制”，证明事项告知承诺制全面落实，“证明事项告知承诺制”覆盖各部门。")
    assert set(names(text)) == {"证明事项告知承诺制"}


def test_a_brands_name_is_a_name_though_it_is_a_dictionary_word() -> None:
    assert names("打造“春风”人民调解品牌。") == ["春风"]
    assert names("坚持“春风”化雨。") == []  # the word quoted alone: emphasis


def test_a_programme_quoted_before_the_title_conferred_on_it_is_a_programme() -> None:
    """获评全省“清廉机关”第三批“最佳实践案例”: the conferral reaches the later quote, the title; the earlier names
    the programme. A list of titles conferred (荣获“…”、“…”) is titles all."""
    assert names("获评全省营商环境优化“清廉机关”第三批“最佳实践案例”。") == ["清廉机关"]
    assert names("荣获“全国文明城市”、“国家卫生城市”。") == []


def test_a_programme_a_conferred_title_is_of_is_named() -> None:
    """评为全省“七五”普法中期先进集体: the title is of the programme the quote runs on to (七五普法), which the
    report names all the same; a quoted title alone (荣获全省“法治先进县”) names none."""
    assert names("县司法局被评为全省“八五”普法中期成绩突出单位。") == ["八五普法"]
    assert names("连续三年荣获全省“法治先进县”。") == []


def test_a_quote_right_before_the_word_for_an_account_or_app_names_media() -> None:
    # even a name ending on a programme's head (普法) is the account's own
    assert names("通过“某县普法”微信公众号推送普法文章30余篇。") == []
    assert names("依托“某城通”APP办理政务服务事项。") == []
    assert names("推进“两法衔接”信息共享平台建设。") == ["两法衔接"]  # a platform serving the programme named


def test_a_code_of_parts_names_its_programme_with_the_words_after_it() -> None:
    assert names("推行“1+2+N”督察调研工作法，推进督察整改。") == ["1+2+N督察调研工作法"]
    assert names("构建“5+5”工作体系部署，开展学习。") == ["5+5工作体系"]
    assert names("协同推进“6+4”一体化综合监管改革，完善协作机制。") == ["6+4一体化综合监管改革"]  # (a name of ten characters)
    # a number alone names its programme by itself unless a campaign head follows
    assert names("深化“19365”政务服务改革。") == ["19365"]
    # ... and the handbook, guide or base it numbers the parts of
    assert names("制定“1+1+1”执法工作指引手册，建成“1+3”法治教育基地。") == [
        "1+1+1执法工作指引手册", "1+3法治教育基地"]
    # ... but a head right after the code closes it unless another head follows (what the mode staffs runs on)
    assert names("依托网格中“7+N”模式配备网格工作小组，打造“1+X”服务品牌。") == ["7+N模式", "1+X服务品牌"]
    # ... nor where a head of the code's follows it (the system its service is)
    assert names("构建涉企审批“1+N”服务体系，压缩办理时限。") == ["1+N服务体系"]
    # 工作 at the end of the ten characters read opens the head after them
    assert names("健全“1+5+N”社会矛盾多元化解工作机制，化解纠纷。") == ["1+5+N社会矛盾多元化解工作机制"]


def test_a_number_alone_runs_on_to_the_mechanism_or_system_it_numbers() -> None:
    assert names("持续完善“2131”依法行政推进机制，落实“246”争先创优体系。") == [
        "2131依法行政推进机制", "246争先创优体系"]


def test_a_code_named_in_a_title_conferred_is_found_with_its_name() -> None:
    # the title is no programme, the system it is conferred for is
    assert names("县司法所获评全省“1+5+N”矛盾纠纷化解工作体系建设先进单位。") == ["1+5+N矛盾纠纷化解工作体系"]


def test_a_code_numbering_a_line_of_thinking_or_of_measures_runs_on_to_it_and_stops_there() -> None:
    assert names("紧紧围绕市委“20457”总体思路，创新建立“2277”工作举措，立足职能。") == \
        ["20457总体思路", "2277工作举措"]
    assert names("形成“321”工作思路，并配套建立制度。") == ["321工作思路"]
    # ... and the work a code of parts sets out (“1+1+9”工作部署), though a plan's words after a head are not its name
    assert names("围绕市委“1+2+8”工作部署，构建“5+5”工作体系部署推进。") == ["1+2+8工作部署", "5+5工作体系"]
    # the tasks after the line are its work, not its name
    assert names("全区“一三二五”发展思路重点工作任务。") == ["一三二五发展思路"]
    # ... and the deployment a number alone numbers, and the arrangements a code of parts does
    assert names("紧紧围绕省委“2468”具体部署、市委“1+3+5”工作安排推进。") == ["2468具体部署", "1+3+5工作安排"]
    # (and the arrangements of its own a number alone numbers)
    assert names("围绕市委“246”具体安排推进。") == ["246具体安排"]
    # (and the layout of work or the main line of a campaign it numbers, the shape of a deployment)
    assert names("深入推进“2357”工作布局，紧扣区委“248”主题攻坚主线。") == ["2357工作布局", "248主题攻坚主线"]
    # ... and the measures a line of thinking pairs with (思路举措: one compound)
    assert names("落实市委“2468”思路举措，推进。") == ["2468思路举措"]


def test_any_quote_runs_on_to_the_line_of_thinking_its_words_give_the_field_of() -> None:
    """“三绿色一生态”发展思路 names the district's line of development, as a code's does; a bare or overall one
    (“两高三新”总体思路, in the quotes naming no programme above) is a slogan's."""
    assert names("紧紧围绕全区“四绿一廊”发展思路，扎实推进。") == ["四绿一廊发展思路"]
    assert names("围绕新区“一、二、三”工作思路，深入推进。") == ["一、二、三工作思路"]


def test_the_aim_the_rule_of_law_is_provided_for_and_a_convenience_gained_are_no_programmes() -> None:
    assert names("积极为“振兴某区、重回千亿”提供坚强法治保障。") == []
    assert names("为办好“两件大事”提供了坚强法治保障。") == []
    assert names("让企业群众享受“人在家中坐、事情全办妥”的便利。") == []
    # a programme whose development the safeguard is for is still named
    assert names("为加快“两先区”高质量发展提供坚实法治保障。") == ["两先区"]


def test_convictions_duties_and_passages_studied_are_no_programmes() -> None:
    assert names("心怀“民之所盼”，勇担“县之重者”，扎实推进。") == []
    assert names("学深悟透了“推进某某体制改革”“深化某某实践”等学习内容。") == []
    assert names("围绕“两区一地”“五个某某”发展定位，扎实推进。") == []
    # what a meeting takes up is still the meeting's name
    assert names("纳入中心组理论学习及“三会一课”重要内容进行学习。") == ["三会一课"]


def test_a_division_of_charge_and_the_mindsets_or_betterments_wanted_are_no_programmes() -> None:
    assert names("形成“党组书记亲自抓、副局长具体抓、股室协同抓”的格局。") == []
    # each part a body and its share of the work, whatever the verbs
    assert names("健全“镇党委领导、办公室统筹、站所协同配合、村组参与”的工作体系。") == []
    assert names("形成“局长抓总、副局长抓线、股室抓点”的责任链条。") == []
    # or each part opens with the body or role that takes its share, however the share is said
    assert names("形成“班子带头学、支部督促学、干部自主学”的格局。") == []
    assert names("构建“主要领导负总责、科室抓落实、法律顾问强支撑”的机制。") == []
    assert names("树牢“底线意识、服务意识”，倡导“人人懂法、人人用法”，实现“队伍更强、作风更实”。") == []
    # (a service model of parallel steps is one: 一窗受理、集成服务)
    assert names("推行“一窗受理、集成服务”模式。") == ["一窗受理、集成服务"]


def test_the_states_a_change_goes_between_are_no_programmes() -> None:
    assert names("推动全镇治理由“多头管理”向“一网统管”转型，从“可办”到“快办”。") == []
    # a programme the change is made by is named all the same
    assert names("通过“一网统管”改革，实现从“可办”到“快办”。") == ["一网统管"]


def test_an_evaluation_s_indicators_are_no_programmes() -> None:
    assert names("做好“营商便利”指标相关工作，完成二级指标“网上办事能力、审批便利度”“要素活跃度”等相关指标任务。") == []
    # a system of indicators is a programme of its own
    assert names("探索建立“法治地图”指标评价体系。") == ["法治地图"]


def test_a_body_and_a_year_s_plan_quoted_are_no_programmes() -> None:
    assert names("发挥“社区依法治理委员会”牵头作用，落实“2024年法治某某建设工作要点”。") == []
    assert names("成立“园区普法工作领导小组”和“法治建设办公室”。") == []


def test_a_meeting_and_a_broadcast_s_title_are_no_programmes() -> None:
    assert names("召开“某某县2022年度专题述法工作会议”，交流工作经验。") == []
    assert names("典型做法被新闻联播“新时代全面依法治国取得历史性成就”采用报道。") == []
    # (nor is a class or a video meeting held: 举办“…专题培训班”, 召开“…专题培训视频会”; a reading club run is one)
    assert names("举办“某区学习习近平法治思想暨提升行政执法能力专题培训班”，召开“强化行政执法能力建设专题培训视频会”。") == []
    assert names("开展“蒲公英悦享读书会”活动。") == ["蒲公英悦享读书会"]


def test_the_first_of_a_list_of_quotes_after_a_verb_of_use_is_what_the_list_closes_on() -> None:
    assert names("依托“逢九必讲”“法治讲堂”“书记讲党课”等契机举办讲座。") == ["逢九必讲", "法治讲堂", "书记讲党课"]
    assert names("充分利用“学习强国”“某某智慧普法云平台”开展网络学法。") == []
    assert names("通过“某省事”“某商通”等平台办理。") == []


def test_titles_handles_accounts_and_principles_are_no_programmes_and_a_digit_code_runs_on() -> None:
    assert names("邀请专家作题为“习近平法治思想与中国法治道路”的专题辅导报告。") == []
    assert names("妥善办结“@国务院我来说”网民留言1349件。") == []
    assert names("“某市文旅”等一批明星账号受到通报表扬。") == []
    assert names("坚持“公开为常态、不公开为例外”，推进政务公开。") == []
    assert names("深入落实“一三三五”工作举措，开拓创新。") == ["一三三五工作举措"]


def test_words_said_and_roles_are_no_programmes_and_a_code_written_apart_runs_on() -> None:
    assert names("会议报告提出“坚持严格执法、公正司法、全民守法，全面建设法治政府”。") == []
    assert names("把依法办事作为“第一道防线”，严格把关。") == []
    assert names("建立领导干部“1 3 x”学法清单，向全国推广。") == ["1 3 x学法清单"]


def test_a_reporting_campaign_and_a_service_mode_of_a_for_b_clauses_are_programmes() -> None:
    assert names("开展“法治进万家”报道活动。") == ["法治进万家"]
    assert names("推行“化繁为简、变难为易”服务模式。") != []


def test_a_place_in_a_sequence_counted_by_a_classifier_is_a_figure_of_speech_not_a_programme() -> None:
    """“第一粒扣子”, “第一道关口”, “最后一米”: where a task stands, said in a figure; “第一议题”, counted by no
    classifier, names the study that opens a meeting."""
    assert names("引导青少年扣好人生“第一粒扣子”。") == []
    assert names("把好合法性审查“第一道关口”。") == []
    assert names("打通服务群众“最后一米”。") == []
    assert names("坚持“第一议题”制度，及时传达学习。") == ["第一议题"]


def test_occasions_codes_of_discipline_courses_trophies_and_sayings_are_no_programmes() -> None:
    """A commemorative day by its date or its national or world scope, a count of bans, a training course's title, a
    trophy, a saying equating two things and an aim opening a list of aims are quoted, but none is a programme run; a
    unit's own day (“主题党日”) and a means joined to another (“线上自学+线下培训”) are."""
    text = ("开展“4·23世界读书日”、“5·19中国旅游日”、“3.12植树节”普法活动；落实“八不准”工作纪律和政法干警“十个严禁”；"
            "参加“省林草行政执法监督培训”；夺取“大禹鼎”金鼎和“清源杯”；坚持“绿水青山就是金山银山”的理念；"
            "开展“主题党日”活动，推行“线上自学+线下培训”模式。紧扣推动“三个优势转化”、重塑新时代发展格局。")
    assert names(text) == ["主题党日", "线上自学+线下培训"]
    # (a list of quoted names the verb of an aim reaches: programmes, each; a means joined to another however written)
    assert names("压实“谁执法谁普法”、“谁管理谁普法”普法责任制。") == ["谁执法谁普法", "谁管理谁普法"]
    assert names("推行“线上学习·线下培训”和“周学习月培训”模式。") == ["线上学习·线下培训", "周学习月培训"]


def test_an_observances_days_and_an_observance_as_a_theme_name_the_observance() -> None:
    """“民法典宣传月”期间 are the observance's days and 围绕“民法典宣传月”等主题 takes it as a theme: the observance is named
    (a plan's period, “十四五”期间, and a theme of words, 围绕“…”主题, name no programme)."""
    assert names("在“4.15国家安全日”“民法典宣传月”“12.4宪法宣传周”期间深入园区开展法律宣讲。") == [
        "民法典宣传月", "12.4宪法宣传周"]
    assert names("培育社区法治文化队伍，围绕“民法典宣传月”等主题，开展专题活动。") == ["民法典宣传月"]
    assert names("“十四五”期间，围绕“法治护航发展”主题，开展活动。") == []
    assert names("在“三八妇女节”期间慰问女职工，“六一儿童节”期间开展活动。") == []  # (holidays)

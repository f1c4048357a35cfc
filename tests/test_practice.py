"""Which practice a which-regions question asks about, however it is framed."""

from __future__ import annotations

from kg.ask.practice import (DATED_PLANS, abbreviations, conditions, described_name, given_in_one_clause, how_terms,
                             is_clause, key_words, listed_objects, made_documents, names_a_means, placed_into,
                             plan_made, practice_terms,
                             quoted_names, quoted_spellings, safeguarded_for, said_together, split_name, studied_name,
                             variants, without_actor)
from search.exact import normalize


def test_the_actor_and_the_verb_are_not_part_of_the_practice() -> None:
    assert practice_terms("哪些地区的党政主要负责人开展了年度述法？", []) == ["年度述法"]
    assert practice_terms("哪些地方组织学习或宣传了民法典？", []) == ["民法典"]
    # (坚持 before the verb only says the work goes on: 坚持开展会前学法 is 会前学法, as the reports write it)
    assert practice_terms("哪些政府部门坚持开展会前学法？", []) == ["会前学法"]


def test_alternatives_are_practices_of_their_own() -> None:
    assert practice_terms("哪些地区编制公布了权力清单或权责清单？", []) == ["权力清单", "权责清单"]
    # a bare verb shares the next alternative's object
    assert practice_terms("哪些地区清理或规范了行政审批中介服务事项？", []) == ["行政审批中介服务事项"]


def test_subjects_joined_by_or_share_the_predicate_after_the_whole_last_actor() -> None:
    """领导干部或干部职工的X: 干部职工 (staff) is one actor, not 干部 with 职工 opening the shared predicate."""
    assert practice_terms("哪些部门把领导干部或干部职工的学法情况纳入年度考核？", []) == [
        "领导干部的学法情况纳入年度考核", "干部职工的学法情况纳入年度考核"]


def test_a_clause_is_stated_by_its_rarest_content_words() -> None:
    term = practice_terms("哪些地方为小微企业开展了法律体检？", [])[0]
    assert is_clause(term)
    frequency = {"小微企业": 3, "法律体检": 1, "开展": 90}
    words = key_words(term, lambda t: ["为", "小微", "企业", "小微企业", "开展", "法律", "体检", "法律体检"],
                      lambda w: frequency.get(w, 50), 1000)
    assert words == ["法律体检", "小微企业"]  # whole words, rarest first, no verbs
    # common words together still match by chance: a third one is required
    common = {"行政许可": 60, "审批": 120, "窗口": 80}
    assert key_words("把行政许可事项交到审批窗口", lambda t: ["行政许可", "事项", "窗口", "审批"],
                     lambda w: common.get(w, 500), 1000) == ["行政许可", "窗口", "审批"]
    # words that still meet by chance pick nothing out: the clause states no practice of its own
    assert key_words("把事项交到审批窗口", lambda t: ["窗口", "审批"], lambda w: 600, 1000) == []


def test_the_on_of_a_meeting_a_practice_is_set_at_is_no_part_of_the_next_word() -> None:
    import jieba

    # (jieba reads 会议上学法 as 会议 上学 法: 上学 is going to school)
    words = key_words("在政府常务会议上学法", lambda t: list(jieba.cut(t)), lambda w: 1, 100)
    assert "上学" not in words and {"常务会议", "学法"} <= set(words)


def test_each_of_a_kind_is_the_kind_a_report_counts_or_names() -> None:
    # 各乡镇 (and the tokenizer's piece 各乡) is written 11个乡镇 or 全县乡镇: the kind alone picks the paragraphs out
    tokens = ["各乡", "乡镇", "各乡镇", "年度", "报告", "年度报告", "集中", "公示"]
    frequency = {"乡镇": 20, "年度报告": 30, "公示": 100}
    words = key_words("把各乡镇年度报告集中公示", lambda t: tokens, lambda w: frequency.get(w, 0 if "各" in w else 50),
                      1000)
    assert "乡镇" in words and not any(word.startswith("各") for word in words)


def test_the_body_of_the_same_level_is_named_by_the_report_not_pointed_at() -> None:
    # 向同级人大报告 is written 向区人大常委会报告: 同级, which no paragraph holds, picks none out
    frequency = {"政府": 48, "同级": 0, "人大": 3, "报告": 19, "法治": 41}
    words = key_words("政府向同级人大报告法治政府情况", lambda t: ["政府", "同级", "人大", "报告", "法治", "政府"],
                      lambda w: frequency.get(w, 0), 72)
    assert words == ["人大", "报告"]


def test_a_long_aside_of_alternatives_is_the_practice_s_alternatives_not_part_of_a_name() -> None:
    terms = practice_terms("哪些地方开展法治政府建设示范创建（创建全国或市级法治政府建设示范区、巩固创建成果）？", [])
    assert "法治政府建设示范创建" in terms and "巩固创建成果" in terms
    assert not any(bracket in term for term in terms for bracket in "（）()")
    # a short one says what the practice holds, and stays with it
    assert practice_terms("哪些地方通过政府常务会议学法（学习习近平法治思想或宪法法律）？", [])[0] == "通过政府常务会议学法"


def test_names_keep_their_quotes_and_stay_names() -> None:
    assert practice_terms("哪些地区实施了“双随机、一公开”监管？", []) == ["双随机、一公开"]
    assert not is_clause("证明事项告知承诺制") and not is_clause("法治副校长")


def test_a_clause_asking_two_quantities_is_two_parts() -> None:
    from kg.ask.quantities import parse_parts
    from search.tokens import SearchTokenizer

    tokenize = SearchTokenizer().tokenize
    parts = parse_parts("2022年某市实施方案定了多少条具体举措、细化了多少项任务分工？", ["某市"], tokenize)
    assert [(p.unit, p.head) for p in parts] == [("条", "举措"), ("项", "分工")]
    parts = parse_parts("把多少个部门单位的多少项行政许可事项划入了审批局？", [], tokenize)
    assert [p.unit for p in parts] == ["个", "项"] and "许可" in parts[1].item
    # the counted noun after 多少 names the figure, not the verb before it
    assert parse_parts("给小微企业做了多少次法律体检？", [], tokenize)[0].head == "体检"


def test_the_question_frame_may_stand_anywhere() -> None:
    # a topic first: the practice is the topic, the clause asking who is frame
    assert practice_terms("在推行告知承诺制方面，哪些县的政府有新做法？", []) == ["告知承诺制"]
    # the asking clause last
    assert practice_terms("聘请了公职律师的，都有哪些市？", []) == ["公职律师"]
    # 哪几个县区 frames like 哪些地区, and asks which regions
    assert practice_terms("哪几个县区推行了容缺受理？", []) == ["容缺受理"]
    from kg.ask.understand import understand
    assert understand("哪几个县区推行了容缺受理？", {}, 2022).kind == "which_regions"
    # villages and towns are places too; an award's verb is no part of its name
    assert understand("哪些村被评为平安示范村？", {}, 2022).kind == "which_regions"
    assert practice_terms("哪些村被评为平安示范村？", []) == ["平安示范村"]


def test_verbs_joined_before_the_object_all_act_on_it_after_the_bodies_asked_about() -> None:
    # (调整, 修订 may begin a name alone; joined to another verb they are an action)
    assert practice_terms("哪些地方调整或充实普法工作领导小组？", []) == ["普法工作领导小组"]
    assert practice_terms("哪些地方修订或废止政府规章？", []) == ["政府规章"]
    assert practice_terms("哪些地方（含政府部门）调整或充实普法工作领导小组？", []) == ["普法工作领导小组"]
    # (the kinds of place whose reports count are bodies asked about too: 乡镇, 街道, 片区, 新区)
    assert practice_terms("哪些地方（含乡镇街道、片区）调整或充实普法工作领导小组？", []) == ["普法工作领导小组"]
    assert practice_terms("哪些地方（含新区）调整或充实普法工作领导小组？", []) == ["普法工作领导小组"]
    assert practice_terms("哪些地方调整事项清单？", []) == ["调整事项清单"]  # (a verb alone before a name stays)


def test_a_plenary_session_is_stated_inside_a_list_of_its_congress_s_sessions() -> None:
    def stated(text: str) -> bool:  # (the exact index reads a paragraph normalized)
        return any(normalize(v) in normalize(text) for v in variants("党的十九届四中全会精神"))
    assert stated("深入学习贯彻党的十九大和十九届二中、三中、四中全会精神")
    assert stated("全面贯彻党的十九届四、五中全会精神")
    assert stated("学习十九届四中全会精神")
    assert not stated("学习贯彻党的十九届三中全会精神") and not stated("贯彻二十届四中全会精神")


def test_every_leading_verb_is_taken_off_and_a_time_word_is_optional() -> None:
    assert practice_terms("哪些地方的常委会研究审议过年度普法计划？", []) == ["年度普法计划"]
    assert practice_terms("哪些城市已经获评法治城市示范市？", []) == ["法治城市示范市"]
    assert "普法计划" in variants("年度普法计划") and "述法" in variants("年终述法")
    assert variants("年度工作") == ["年度工作"]  # nothing distinctive is left
    # the 建设 inside a name is dropped as reports do (普法建设考核 is written 普法考核), not at its ends
    assert "普法考核" in variants("普法建设考核") and variants("法治建设") == ["法治建设"]


def test_a_quoted_name_s_aside_spells_the_words_before_it_otherwise() -> None:
    """“主要领导亲自抓（负总责）、分管领导具体抓”: as written, without the aside, and with the aside, closing a part as long
    as the words before it (亲自抓), in their place; an aside of a date, or a title's years, spells nothing."""
    question = "哪些地方形成“主要领导亲自抓（负总责）、分管领导具体抓”的工作格局？"
    assert practice_terms(question, []) == [
        "主要领导亲自抓（负总责）、分管领导具体抓", "主要领导亲自抓、分管领导具体抓", "主要领导负总责、分管领导具体抓"]
    assert quoted_spellings("“法治政府建设（依法行政）工作领导小组”") == {  # (inside a name: not its words' length)
        "法治政府建设（依法行政）工作领导小组": ["法治政府建设（依法行政）工作领导小组", "法治政府建设工作领导小组"]}
    assert quoted_spellings("开展“宪法宣传周（12月4日）”活动，落实《纲要（2021—2025年）》") == {}
    # (names quoted among examples stay examples: the practice asked is kept)
    assert "基层法治创建" in practice_terms("哪些地方开展了基层法治创建（如“民主法治示范村（社区）”创建）？", [])


def test_a_document_made_to_carry_out_a_quoted_one_is_its_title_and_kind_said_together() -> None:
    question = "哪些地方制定贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》的实施细则或实施办法？"
    rule = "党政主要负责人履行推进法治建设第一责任人职责规定"
    assert quoted_names(question) == [rule + "实施细则", rule + "实施办法"]
    made = made_documents(question)
    groups = [g for term in quoted_names(question) for label, g in conditions(term, True, made[term]) if "…" in label]
    assert groups[0] == [[rule, "党政主要负责人履行推进法治第一责任人职责规定"], ["实施细则", "细则"]]
    assert groups[1][1] == ["实施办法"]  # (办法 alone is any document's)
    # (a report naming the rule nested in its own: 制定《荆门市实施〈…规定〉细则》; not one following the rule alone)
    assert said_together(f"制定《荆门市实施<{rule}>细则》，进一步压紧压实责任。", groups[0])
    assert not said_together(f"认真贯彻落实《{rule}》要求，对全年法治建设工作任务进行安排部署。", groups[0])
    assert quoted_names("哪些地方贯彻落实《法治政府建设实施纲要》？") == ["法治政府建设实施纲要"]
    # (a quoted title ending so is a document's own name: its words are not looked for apart)
    question = "哪些地方贯彻落实《中华人民共和国政府信息公开条例实施细则》？"
    assert quoted_names(question) == ["中华人民共和国政府信息公开条例实施细则"] and made_documents(question) == {}
    # (a plan carrying out a 纲要 quoted with its years: the 纲要 and 实施方案 said together)
    question = "哪些地方制定落实《法治政府建设实施纲要（2021-2025年）》的实施方案？"
    (name, made), = made_documents(question).items()
    groups = [g for label, g in conditions(name, True, made) if "…" in label][0]
    assert said_together("制定《荆门市贯彻落实〈法治政府建设实施纲要（2021-2025年）〉实施方案》。", groups)


def test_a_preposition_of_following_ending_a_row_of_verbs_shares_their_object() -> None:
    # (梳理编制或对照完善X, 制定、印发或按照X: X is what each acts on, and 对照/按照 no word of it)
    assert practice_terms("哪些地方梳理编制或对照完善本级行政许可事项清单？", []) == ["行政许可事项清单"]


def test_its_after_a_preposition_is_the_name_acted_on_before() -> None:
    # (为其制定清单: the list is for what the alternative before it acts on, whatever verbs its quoted name holds)
    terms = practice_terms("哪些地方落实“谁执法谁普法”普法责任制，或为其制定清单？", [])
    assert "为谁执法谁普法普法责任制制定清单" in terms and "为其制定清单" not in terms
    # (not a clause's object, nor 其 alone: 其常委会, its own body)
    assert "对其贯彻落实情况进行总结评估" in practice_terms(
        "哪些地方按照《法治政府建设实施纲要》推进法治政府建设，或对其贯彻落实情况进行总结评估？", [])
    assert "其常委会听取法治政府建设工作汇报" in practice_terms("哪些地方由党委或其常委会听取法治政府建设工作汇报？", [])
    # (其实施 is its carrying out, not 其实)
    assert "对普法责任清单实施情况进行评估" in practice_terms("哪些地方制定普法责任清单，并对其实施情况进行评估？", [])


def test_two_activities_after_a_name_are_each_done_to_it() -> None:
    # (开展习近平法治思想宣传 states 习近平法治思想宣讲宣传; a clause before them is no name: its wording stays whole)
    assert {"习近平法治思想宣讲", "习近平法治思想宣传"} <= set(variants("习近平法治思想宣讲宣传"))
    assert variants("以宪法为核心的法律学习宣传") == ["以宪法为核心的法律学习宣传"]


def test_subjects_joined_by_or_share_the_predicate() -> None:
    assert practice_terms("哪些地方组织法官或检察官到学校讲授法治课？", []) == [
        "法官到学校讲授法治课", "检察官到学校讲授法治课"]
    assert practice_terms("行政处罚决定、行政许可决定或行政检查结果经过了公示的，有哪些地区？", []) == [
        "行政处罚决定经过了公示", "行政许可决定经过了公示", "行政检查结果经过了公示"]
    # two verbs are two practices, not subjects
    assert practice_terms("哪些地区清理或规范了涉企收费？", []) == ["涉企收费"]


def test_a_word_split_into_characters_is_put_back_together() -> None:
    tokens = {"约谈制度的规定": ["约", "谈", "制度", "的", "规定"]}
    assert key_words("约谈制度的规定", tokens.get, {"约谈": 1, "制度": 40, "规定": 30}.get, 100)[0] == "约谈"


def test_a_clause_spelling_out_an_initiative_name_is_that_initiative() -> None:
    names = ["会前学法", "法治建设", "双随机", "述法评议"]
    assert abbreviations("在开会前先安排集中学法", names) == ["会前学法"]
    # a name inside the clause as one piece is narrower; common pieces spell anything
    assert abbreviations("推进法治建设第一责任人职责", names) == []
    assert abbreviations("法治政府建设示范创建", names) == []
    # pieces far apart in a long clause do not make its name
    assert abbreviations("向人大常委会述职并接受评议的领导干部名单公布后又开展了法治讲座", names) == []


def test_key_words_are_said_in_one_sentence_or_under_the_heading() -> None:
    groups = [["行政许可"], ["审批局"]]
    assert said_together("将行政许可事项划入审批局，实现一枚印章管审批。", groups)
    assert not said_together("精简行政许可事项20项。新建审批局大楼一座。", groups)
    assert said_together("一是落实审批局进驻。", groups, heading="一、深化行政许可改革")


def test_the_place_a_practice_happens_at_is_no_key_word() -> None:
    tokens = {"干部到法院旁听庭审": ["干部", "法院", "旁听", "庭审", "听庭"]}
    frequency = {"干部": 30, "法院": 1, "旁听": 2, "庭审": 2, "听庭": 2}.get
    # 法院 is rarest, but reports write 组织旁听庭审活动 without it
    assert "法院" not in key_words("干部到法院旁听庭审", tokens.get, frequency, 100)


def test_who_acts_at_the_head_of_a_practice_is_left_out() -> None:
    # reports name the actor in words of their own (县委、县政府主要负责同志) or not beside the practice
    assert without_actor("党政主要负责人履行推进法治建设第一责任人职责") == "履行推进法治建设第一责任人职责"
    assert without_actor("领导干部述法") == "述法" and without_actor("主要负责人开展述法") == "述法"
    assert without_actor("机关工作人员旁听庭审") == "旁听庭审"
    # whom a practice is for, said with 的, stays: a narrower practice
    assert without_actor("新提任的领导干部参加法律知识考试") == "新提任的领导干部参加法律知识考试"
    # the duty of a role is no actor, nor is a term with nothing but common words after the actor
    assert without_actor("安全生产第一责任人职责") == "安全生产第一责任人职责"
    assert without_actor("主要负责人推进法治建设") == "主要负责人推进法治建设"


def test_key_words_listed_side_by_side_are_alternatives() -> None:
    from kg.ask.practice import listed_alternatives

    # 听取、研究 asks for either: a report writes 县委常委会会议研究…, or 听取…汇报
    assert listed_alternatives(["听取", "常委会", "研究"], "县委常委会专门听取、研究法治工作") == [
        ["听取", "研究"], ["常委会"]]
    assert listed_alternatives(["备案", "审查"], "规范性文件备案或审查") == [["备案"], ["审查"]]  # one group: none
    assert listed_alternatives(["旁听", "庭审"], "组织旁听庭审") == [["旁听"], ["庭审"]]


def test_an_example_marker_and_words_pointing_at_the_region_itself_are_no_part_of_a_practice() -> None:
    # 比如/例如 introduce an example that is stated as itself
    assert practice_terms("哪些地方在规范行政决策，比如编制或公布年度决策事项目录？", []) == [
        "在规范行政决策", "年度决策事项目录"]
    # a report writes 我区/全市/2024年, never 本地 or 当年
    assert practice_terms("哪些地方出台了本地当年的普法工作要点？", []) == ["普法工作要点"]
    # (each level's own, listed after 本: 本省、市、区的实施方案)
    assert practice_terms("哪些地方贯彻落实本省、市、区的法治政府建设实施方案？", []) == ["法治政府建设实施方案"]
    # (not a word going on from a level: 本县和市场监管部门)
    assert practice_terms("哪些地方落实本县和市场监管部门的联动机制？", []) == ["市场监管部门的联动机制"]
    frequency = {"本地": 1, "专项": 5, "督察": 3}.get
    assert key_words("对本地单位开展了专项督察", lambda t: ["本地", "单位", "开展", "专项", "督察"],
                     lambda w: frequency(w) or 50, 100) == ["督察", "专项"]


def test_the_asking_clause_after_a_topic_is_frame() -> None:
    assert practice_terms("为企业优化营商环境，哪些地方拿出了具体措施？", []) == ["为企业优化营商环境"]


def test_a_verb_before_a_two_character_noun_is_part_of_the_name() -> None:
    # (the second name shares the first's modifier: a bare 实施意见 is any report's document type)
    assert practice_terms("哪些地方制定了普法实施方案或实施意见？", []) == ["普法实施方案", "普法实施意见"]
    assert practice_terms("哪些地区推行了河长制？", []) == ["河长制"]


def test_actors_joined_by_or_share_what_they_do() -> None:
    assert practice_terms("哪几个地方组织了领导干部或主要负责人述法？", []) == ["领导干部述法", "主要负责人述法"]
    # a quoted actor is not the practice (the 把 of 一把手 is no preposition)
    assert practice_terms("哪些地区让党政“一把手”或第一责任人述法？", []) == ["党政一把手述法", "第一责任人述法"]


def test_only_an_actor_or_an_object_before_the_verb_is_skipped() -> None:
    assert practice_terms("哪些地方的检察机关办理了公益诉讼案件？", []) == ["公益诉讼案件"]
    assert practice_terms("哪些地方的政府对权责清单进行了动态调整？", []) == ["动态调整"]
    # a meeting is what the practice is about (常务会议学法), not who acts
    assert practice_terms("哪些地方的常务会议安排了学法？", []) == ["常务会议安排了学法"]


def test_a_committee_s_meeting_keeps_its_meeting_word() -> None:
    """召开全面依法治县委员会会议: the committee's rare words alone pick out any mention of it (县委全面依法治县委员会
    办公室： addressing a report); its meeting is what is asked, however common 会议 is."""
    tokens = {"全面依法治县委员会会议": ["依法", "治县", "委员", "委员会", "会议"],
              "县委常委会会议": ["县委", "常委", "委会", "常委会", "会议"]}
    frequency = {"依法": 900, "治县": 10, "委员": 40, "会议": 700, "县委": 500, "常委": 30, "委会": 30, "常委会": 20}.get
    assert key_words("全面依法治县委员会会议", tokens.get, frequency, 1000) == ["治县", "委员", "会议"]
    assert "会议" not in key_words("县委常委会会议", tokens.get, frequency, 1000)  # (the 会议 of 常委会 is the body's)
    # ... and it is said by holding the committee or being at it (召开区委依法治区委员会, 在…委员会上专题述法)
    from kg.ask.practice import said_otherwise

    assert {"召开", "委员会上"} <= set(said_otherwise("会议", "全面依法治县委员会会议", {}))
    assert said_otherwise("会议", "政府常务会议", {}) == ["会议"]


def test_a_title_the_centre_issued_is_not_a_place_s_own_of_its_name() -> None:
    """中共中央、国务院《法治政府建设实施纲要》 is carried out where a report cites it, not where it cites its province's
    or its own 纲要 of that name (《天津市法治政府建设实施纲要》, 关于印发〈江西省…纲要〉的通知)."""
    from kg.ask.practice import central_titles, said_as_national

    places = {"天津市": {"天津市"}, "江西省": {"江西省"}, "中共中央、国务院": set(), "": set()}

    def places_in(text: str) -> set[str]:
        return {name for written, named in places.items() if written and written in text for name in named}

    assert central_titles("哪些地方依据或落实中共中央、国务院的《法治政府建设实施纲要》？") == ["法治政府建设实施纲要"]
    assert central_titles("哪些地方落实了《法治政府建设实施纲要》？") == []
    name = ["法治政府建设实施纲要"]
    assert said_as_national("落实中共中央、国务院《法治政府建设实施纲要（2021—2025年）》。", name, places_in)
    assert said_as_national("贯彻法治政府建设实施纲要。", name, places_in)
    assert not said_as_national("贯彻落实《天津市法治政府建设实施纲要(2021—2025年)》。", name, places_in)
    assert not said_as_national("印发《中共江西省委关于印发〈江西省法治政府建设实施纲要〉的通知》。", name, places_in)


def test_a_place_one_goes_to_is_no_key_word() -> None:
    tokens = {"干部去法院旁听庭审": ["干部", "法院", "旁听", "庭审"]}
    frequency = {"干部": 30, "法院": 1, "旁听": 2, "庭审": 2}.get
    assert "法院" not in key_words("干部去法院旁听庭审", tokens.get, frequency, 100)
    # whom a practice is for, before its verb, is left out as reports do (为农户开展送法下乡)
    tokens = {"为农户开展送法下乡活动": ["农户", "开展", "送法", "下乡", "活动"]}
    frequency = {"农户": 1, "送法": 3, "下乡": 4, "活动": 60}.get
    assert "农户" not in key_words("为农户开展送法下乡活动", tokens.get, frequency, 100)


def test_which_cities_asks_which_regions() -> None:
    from kg.ask.understand import understand
    assert understand("哪几个城市有项目获评示范项目？", {}, 2022).kind == "which_regions"


def test_objects_joined_by_or_share_the_verb_before_them() -> None:
    assert practice_terms("哪些地区通过党委理论学习中心组学习法律或习近平法治思想？", []) == [
        "通过党委理论学习中心组学习法律", "通过党委理论学习中心组学习习近平法治思想"]
    # a name of seven characters first is still a name (not 法律法规 alone, which every report writes)
    assert practice_terms("哪些地区依托理论学习中心组学习习近平法治思想或法律法规？", []) == [
        "依托理论学习中心组学习习近平法治思想", "依托理论学习中心组学习法律法规"]
    # two verbs joined by 或 share the object after them, not a verb before
    assert practice_terms("哪些地方明确提出要营造或提升法治化营商环境？", []) == ["法治化营商环境"]
    # 建设 inside a name is no verb
    assert practice_terms("哪些地方是法治政府建设示范区或示范市？", []) == ["法治政府建设示范区", "法治政府建设示范市"]
    # ... but ends a name of the genre's work, whose verb a name after 或 shares (推进依法行政, not 依法行政 alone)
    assert practice_terms("哪些地方坚持以习近平法治思想为指导推进法治政府建设或依法行政？", []) == [
        "以习近平法治思想为指导", "坚持以习近平法治思想为指导推进依法行政"]


def test_a_bracketed_aside_is_a_variant_unless_it_says_or() -> None:
    assert practice_terms("哪些地区的党委（党工委）中心组集体学法？", []) == ["党委中心组集体学法", "党工委中心组集体学法"]
    assert practice_terms("哪些地方的主要负责人（或主要负责同志）述法？", []) == ["主要负责人述法", "主要负责同志述法"]


def test_a_means_marker_is_no_key_word() -> None:
    frequency = {"通过": 0, "中心组": 2, "理论": 5}.get
    assert "通过" not in key_words("通过中心组学习理论", lambda t: ["通过", "中心组", "学习", "理论"],
                                 lambda w: frequency(w) if frequency(w) is not None else 50, 100)


def test_a_copula_adverbs_and_verbs_in_a_row_come_off_a_name() -> None:
    assert practice_terms("哪些地方是法治政府建设示范区？", []) == ["法治政府建设示范区"]
    assert practice_terms("哪些城市推动制定、修订了地方性法规？", []) == ["地方性法规"]
    assert practice_terms("哪些地方加强了社区矫正或法律援助工作？", []) == ["社区矫正", "法律援助"]
    # an alternative that begins with a verb of its own is no predicate to share
    assert practice_terms("哪些城市修订了地方性法规或提请审议地方性法规草案？", []) == [
        "地方性法规", "提请审议地方性法规草案"]


def test_the_genres_verbs_of_taking_on_and_receiving_are_no_key_words() -> None:
    # 担起/扛起 (a duty), 接受/迎接 (an inspection), 开办 (a course), 列为 (study content) are how
    # a question says it; the report's own verb differs, so they pick nothing out
    for verb in ("担起", "接受", "迎接", "开办", "列为"):
        assert is_clause(f"{verb}督察") and verb not in key_words(
            f"{verb}实地督察", lambda t: [verb, "实地", "督察"], {verb: 0, "实地": 1, "督察": 2}.get, 100)


def test_a_long_name_is_also_stated_with_a_modifier_inside() -> None:
    tokens = {"行政审批中介服务事项": ["行政", "审批", "中介", "服务", "事项"],
              "告知承诺制": ["告知", "承诺", "承诺制"]}.get
    head, tail = split_name("行政审批中介服务事项", tokens)
    assert (head, tail) == ("行政审批", "中介服务事项")
    assert said_together("疏理州本级行政审批前置中介服务事项101项。", [[head], [tail]])
    # too short to split into two pieces of four characters
    assert split_name("告知承诺制", tokens) is None
    # a clause is stated by its key words, not split
    assert split_name("推行行政审批中介服务事项清单", lambda t: ["推行", "行政", "审批", "中介", "服务", "事项", "清单"]) is None


def test_a_modified_place_noun_asks_which_regions() -> None:
    from kg.ask.understand import understand
    question = "哪些山区城市用方言开展了送法下乡？"
    assert understand(question, {}, 2022).kind == "which_regions"
    assert practice_terms(question, []) == ["用方言开展了送法下乡"]


def test_verbs_joined_by_or_act_on_one_object() -> None:
    assert practice_terms("哪些地方在开展或参加平安乡村示范创建？", []) == ["平安乡村示范创建"]
    assert practice_terms("哪些县编制或修订了应急预案？", []) == ["应急预案"]


def test_a_clause_of_scope_names_no_practice() -> None:
    assert practice_terms("哪些地方推行容缺受理，无论是企业开办还是工程建设？", []) == ["容缺受理"]


def test_whom_a_practice_makes_act_share_the_predicate_right_after_them() -> None:
    assert practice_terms("哪些地方开展了述职，让主要负责人或村干部就落实河长制的情况述职或接受述职评议？", []) == [
        "述职", "主要负责人就落实河长制的情况述职", "村干部就落实河长制的情况述职", "述职评议"]


def test_words_saying_how_how_often_or_whose_are_no_key_words() -> None:
    term = "切实为每个社区配备了调解员"
    frequency = {"切实": 0, "每个": 0, "社区": 6, "调解员": 2}.get
    words = key_words(term, lambda t: ["切实", "每个", "社区", "配备", "调解员"],
                      lambda w: frequency(w) if frequency(w) is not None else 50, 100)
    assert words == ["调解员", "社区"]
    # manner words jieba reads as nouns (专门, 定期) say how often too
    assert key_words("专门定期召开安全生产协调会", lambda t: ["专门", "定期", "召开", "安全生产", "协调会"],
                     {"专门": 0, "定期": 0, "召开": 9, "安全生产": 2, "协调会": 1}.get, 100) == ["协调会", "安全生产"]
    # a count (若干年度: several years) says how many, no word a report states the practice with
    assert "若干" not in key_words("跨若干年度的法治政府建设实施方案", lambda t: ["跨", "若干", "年度", "的", "法治政府", "实施方案"],
                                  {"若干": 0, "年度": 20, "法治政府": 40, "实施方案": 5}.get, 100)


def test_an_actor_is_skipped_whatever_aside_or_manner_words_follow_it() -> None:
    assert practice_terms("哪些地方的乡镇党委书记（如第一书记）认真落实了村规民约备案？", []) == ["村规民约备案"]
    assert practice_terms("哪些地方的主要负责人切实履行了安全生产第一责任人职责？", []) == ["安全生产第一责任人职责"]


def test_a_word_pointing_at_the_region_itself_is_no_part_of_a_practice_wherever_it_stands() -> None:
    assert practice_terms("哪些县在修订本地区的村规民约？", []) == ["在修订村规民约"]


def test_a_verb_with_nothing_after_it_leaves_the_practice_before_it() -> None:
    # 把X放到网上公布: the object put before 公布 is what the practice is about
    assert practice_terms("哪些地方的政府把审批事项放到网上向社会公布？", []) == ["政府把审批事项放到网上向社会公布"]


def test_an_alternative_naming_its_own_target_shares_no_predicate() -> None:
    # 对收费清单做了调整 acts on its own: 收费清单 is what 公布了 published, not a subject of 做了
    assert practice_terms("哪些地区公布了收费清单或对收费清单做了动态调整？", []) == ["收费清单", "对收费清单做了动态调整"]


def test_a_one_character_suffix_the_corpus_writes_with_the_word_makes_a_word_of_its_own() -> None:
    term = "把民事纠纷交到调解室"
    tokens = lambda t: ["民事", "纠纷", "民事纠纷", "交", "到", "调解", "室"]
    frequency = {"民事纠纷": 4, "调解": 20, "调解室": 1}.get
    assert key_words(term, tokens, lambda w: frequency(w) or 0, 100) == ["调解室", "民事纠纷"]
    # a suffix no paragraph writes with the word leaves the word as it is
    assert key_words(term, tokens, lambda w: 0 if w == "调解室" else frequency(w) or 0, 100) == ["民事纠纷", "调解"]
    # a character of when or where (考察时: when it visited) makes no word, however often it is written after it
    term = "总书记考察时的重要讲话"
    tokens = lambda t: ["总书记", "考察", "时", "的", "重要讲话"]
    frequency = {"总书记": 30, "考察": 5, "考察时": 1, "重要讲话": 8}.get
    assert key_words(term, tokens, lambda w: frequency(w) or 0, 100) == ["考察", "重要讲话"]


def test_names_differing_in_one_character_share_the_head_of_the_last() -> None:
    assert practice_terms("哪些地方召开了依法治乡或依法治镇委员会会议？", []) == ["依法治乡委员会会议", "依法治镇委员会会议"]
    # the same head noun, then 的: both are of what follows
    assert practice_terms("哪些地方召开了调解委员会或仲裁委员会的年度会议？", []) == [
        "调解委员会的年度会议", "仲裁委员会的年度会议"]
    # a name inside a longer one is no variant (草案 of 地方性法规草案 is another thing)
    assert practice_terms("哪些城市修订了地方性法规或提请审议地方性法规草案？", []) == [
        "地方性法规", "提请审议地方性法规草案"]


def test_a_verb_inside_a_name_is_no_predicate_to_share() -> None:
    # 建设 of 平安建设委员会 is a noun: 综治中心 does not become 综治中心委员会…
    assert practice_terms("哪些地方成立了综治中心或平安建设委员会？", []) == ["综治中心", "平安建设委员会"]


def test_an_aside_of_examples_is_an_alternative_of_its_own() -> None:
    assert practice_terms("哪些地方在人民调解工作（如婚姻家庭纠纷的专业调解）上有创新？", []) == [
        "在人民调解工作上有创新", "婚姻家庭纠纷的专业调解"]
    # 包括 names an example as 如 does
    assert practice_terms("哪些地方在调解工作（包括诉前调解）上有创新？", []) == ["在调解工作上有创新", "诉前调解"]


def test_the_party_committee_and_a_committee_are_too_common_to_be_key_words() -> None:
    frequency = {"党委": 1, "委员会": 1, "中心组": 3, "集体学法": 2}.get
    assert key_words("党委委员会中心组集体学法", lambda t: ["党委", "委员会", "中心组", "集体学法"],
                     lambda w: frequency(w) or 50, 100) == ["集体学法", "中心组"]


def test_a_clause_with_one_content_word_is_stated_with_its_verb() -> None:
    frequency = {"工作汇报": 2, "听取": 3, "党委": 30}.get
    assert key_words("党委定期听取工作汇报", lambda t: ["党委", "定期", "听取", "工作汇报"],
                     lambda w: frequency(w) or 0, 42) == ["工作汇报", "听取"]


def test_a_name_ending_as_the_last_alternative_does_is_a_practice_beside_it() -> None:
    # 集中 is no predicate 会前学法 shares: both end in 学法, two ways of studying the law
    assert practice_terms("哪些地方组织了会前学法或常务会议集中学法？", []) == ["会前学法", "常务会议集中学法"]


def test_a_clause_is_also_stated_by_its_next_rarest_words_held_to_a_lower_chance() -> None:
    from kg.ask.practice import key_word_sets

    term = "组织窗口人员旁听庭审并讲评"
    tokens = lambda t: ["组织", "窗口", "人员", "旁听", "庭审", "讲评"]
    # 窗口人员 is the question's word, no report's: 讲评 and 庭审 together state the practice too
    rare = {"窗口": 0, "庭审": 4, "讲评": 2}.get
    assert key_word_sets(term, tokens, lambda w: rare(w, 500), 1000) == [["窗口", "讲评"], ["讲评", "庭审"]]
    # the second try must be far less likely by chance than the first: words that would meet in
    # a paragraph now and then are no second try
    common = {"窗口": 0, "庭审": 60, "讲评": 40}.get
    assert key_word_sets(term, tokens, lambda w: common(w, 500), 1000) == [["窗口", "讲评"]]


def test_an_aside_of_other_names_asks_for_each_of_them() -> None:
    from kg.ask.practice import aside_variants

    # another level of the place: a county's report writes 依法治县, a banner's 依法治旗
    assert practice_terms("哪些地方召开了全面依法治市（县、旗）委员会会议？", []) == [
        "全面依法治市委员会会议", "全面依法治县委员会会议", "全面依法治旗委员会会议"]
    # a name beginning as the words before it replaces as many of them; one that does not, the word
    # (with the character after the aside, so that only the words beside it change)
    assert ("党委", "党组", "中") in aside_variants("哪些地方的党委（党组）中心组学习了宪法？")
    assert ("社区", "居委会", "聘") in aside_variants("哪些地方为每个社区（居委会）聘请了法律顾问？")
    assert all("依法治" not in written for written, _, _ in aside_variants("哪些地方的依法治县、法治（政府）建设工作要点？"))
    # ... and an inserted word is no replacement where that leaves only the genre's common words (政府建设)
    assert aside_variants("哪些地方把法治（政府）建设纳入规划？") == [("法治", "法治政府", "建")]
    # ... but not a place's deictic after it, which no term keeps (本省 is every report's own province)
    question = "哪些地方学习贯彻总书记考察（视察）本省（本市）时的重要讲话精神？"
    assert ("考察", "视察", "") in aside_variants(question)
    terms = practice_terms(question, [])
    assert terms[:2] == ["学习贯彻总书记考察时的重要讲话精神", "学习贯彻总书记视察时的重要讲话精神"]
    assert not any("（" in term or "本" in term for term in terms)  # (本省（本市）leaves no empty aside)
    # an aside of examples, scope or alternatives names no variant
    assert aside_variants("哪些地方（含政府部门）的负责人（如县长）（或副县长）述法？") == []


def test_a_name_described_before_de_is_also_stated_by_the_name_alone() -> None:
    from kg.ask.practice import described_name
    from search.tokens import SearchTokenizer

    tokenize = SearchTokenizer().tokenize
    assert described_name("规范化的容缺受理", tokenize) == "容缺受理"
    # no name after 的: a generic head, a clause, words common to every report, or no 的 at all
    assert described_name("专门的工作机制", tokenize) is None
    assert described_name("对干部的考核办法", tokenize) is None
    assert described_name("组长的依法行政", tokenize) is None
    assert described_name("容缺受理", tokenize) is None
    # 党的 opens a name (党的全面领导 is also 全面领导); what a clause does with it (宣讲党的二十大精神) names no 二十大精神
    assert described_name("党的全面领导", tokenize) == "全面领导"
    assert described_name("宣讲团深入机关、企业、社区、校园、军营宣讲党的二十大精神", tokenize) is None


def test_a_purpose_after_lai_is_no_part_of_the_practice_unless_a_means_comes_first() -> None:
    # the meeting is the practice; what it was held for reports say in words of their own
    assert practice_terms("哪些地方召开了普法领导小组会议来部署年度普法工作？", []) == ["普法领导小组会议"]
    # after a means (通过X来Y) what follows 来 is what is done
    assert practice_terms("哪些地方通过网格员来开展矛盾纠纷排查？", []) == ["通过网格员来开展矛盾纠纷排查"]


def test_a_span_of_years_is_no_part_of_the_practice() -> None:
    assert practice_terms("哪些地方印发了2021—2025年普法规划？", []) == ["普法规划"]


def test_what_the_question_excludes_names_no_practice() -> None:
    # an aside or a clause that rules something out: its words would pick out what it excludes
    assert practice_terms("哪些县召开了普法领导小组全体会议（不包括其办公室的会议）？", []) == ["普法领导小组全体会议"]
    assert practice_terms("除了公职律师外，哪些地区还聘请了法律顾问？", []) == ["法律顾问"]
    assert practice_terms("哪些地区开展了行政执法检查，不包括专项督察？", []) == ["行政执法检查"]


def test_where_and_when_the_report_says_it_is_frame() -> None:
    assert practice_terms("哪些地区在报告中提到了容缺受理？", []) == ["容缺受理"]
    assert practice_terms("哪些县在报告所述期间修订了行政规范性文件管理办法？", []) == ["行政规范性文件管理办法"]
    # the verbs a question uses for what a report says (写明, 指出, 强调) are no part of the practice
    assert practice_terms("哪些县在报告中写明了容缺受理？", []) == practice_terms("哪些县在报告中强调容缺受理？", []) \
        == ["容缺受理"]
    # a topic with no clause after it: the work on it is the practice (建设 of 人民调解 is any work)
    assert practice_terms("哪些地方在人民调解建设方面有创新？", []) == ["人民调解"]
    # a practice named after the topic is what is asked, not the topic
    assert practice_terms("哪些地方在执法领域开展了专项整治？", []) != ["执法"]


def test_verbs_in_a_row_share_the_object_after_the_last() -> None:
    assert practice_terms("哪些地方梳理、公布或推广了公共法律服务事项清单？", []) == ["公共法律服务事项清单"]
    # the last verb is one of jieba's (升级/vn), the first one of the genre's list
    assert practice_terms("哪些县建立或升级了智慧司法平台？", []) == ["智慧司法平台"]
    # verbs of studying listed with 、 (贯彻落实, which jieba reads as an idiom) are verbs alone too: no practice of theirs
    assert practice_terms("哪些地方学习贯彻、贯彻落实、践行或学悟笃行习近平法治思想？", []) == ["学悟笃行习近平法治思想"]
    # a clause joined by 或者 after a comma keeps its verb before a two-character noun
    assert practice_terms("哪些地方在推进地方立法，或者修订本地区的条例？", []) == ["地方立法", "修订条例"]


def test_examples_of_a_kind_are_practices_of_their_own() -> None:
    assert practice_terms("哪些地区通过法治夜校、普法大篷车之类的形式开展普法？", []) == [
        "法治夜校", "普法大篷车", "通过形式开展普法"]
    # (means listed right before their kind, 的形式, are examples as well)
    assert practice_terms("哪些地方通过案例剖析、案例研讨的形式开展法治学习？", []) == [
        "案例剖析", "案例研讨", "通过形式开展法治学习"]
    # (but means joined into one way are one practice: either alone is not it)
    for question in ("哪些地方通过集中学习和个人自学的方式学法？", "哪些地方通过专题讲座、以案释法相结合的方式开展学法？"):
        assert len(practice_terms(question, [])) == 1, question
    assert practice_terms("哪些地方推进依法行政，包括推行行政执法公示制度？", []) == ["依法行政", "行政执法公示制度"]


def test_a_short_name_after_another_shares_its_modifier() -> None:
    assert practice_terms("哪些地区出台了依法治县工作要点或工作规则？", []) == ["依法治县工作要点", "依法治县工作规则"]
    # (实施 begins no word of 普法规划: nothing is shared)
    assert practice_terms("哪些地方印发了普法规划、普法计划或实施意见？", []) == [
        "普法规划、普法计划", "普法规划", "普法计划", "实施意见"]


def test_the_regions_own_document_is_not_one_it_carries_out() -> None:
    from kg.ask.practice import asks_own, made_in_period, said_as_own

    question = "哪些城市以市政府名义印发了本市自己的法治政府建设规划？"
    assert practice_terms(question, []) == ["法治政府建设规划"] and asks_own(question)
    assert not asks_own("哪些城市印发了法治政府建设规划？")
    # the place's development that the rule of law serves is no document of its own
    assert not asks_own("哪些地方写明以法治为本地发展提供法治保障？")
    places = {"某省": {"某省"}, "某县": {"某县"}}
    places_in = lambda title: places.get(title.strip(), set())  # noqa: E731
    name = ["法治政府建设规划"]
    assert said_as_own("我县制定了法治政府建设规划。", name, places_in, "某县")
    assert said_as_own("印发《某县法治政府建设规划》。", name, places_in, "某县")
    assert not said_as_own("贯彻落实《法治政府建设规划》。", name, places_in, "某县")  # the national one
    assert not said_as_own("按照《某省法治政府建设规划》部署。", name, places_in, "某县")  # its province's
    # one naming no place that the clause carries out was made before, by whoever; one naming the region is its
    # own, carried out or not
    assert not said_as_own("全面落实《法治政府建设规划》。", name, places_in, "某县")
    assert said_as_own("全面落实《国家纲要》和《某县法治政府建设规划》。", name, places_in, "某县")
    # ... unless the question asks for one made in the report's period: carried out, it was made before
    assert made_in_period("哪些地方在报告所述期间制定了本地自己的法治政府建设规划？")
    assert not said_as_own("全面落实《国家纲要》和《某县法治政府建设规划》。", name, places_in, "某县", made_then=True)
    assert said_as_own("印发《某县法治政府建设规划》。", name, places_in, "某县", made_then=True)
    # ... but a plan of the report's own year was made then, and what a title before it carries out is that title's
    places["某县2023年"] = {"某县"}
    plan = ["法治政府建设工作要点"]
    assert said_as_own("根据《某县2023年法治政府建设工作要点》，起草报告。", plan, places_in, "某县", True, 2023)
    assert not said_as_own("根据《某县2023年法治政府建设工作要点》，起草报告。", plan, places_in, "某县", True, 2024)
    assert said_as_own("制定了《某县贯彻落实〈纲要〉工作方案》《某县2023年法治政府建设工作要点》。", plan, places_in, "某县",
                       True, 2024)
    # ... a plan the report's work runs around (紧紧围绕《…》) was made before too, as "in the report's year" asks
    assert made_in_period("哪些地方在报告年度内印发了本地区的法治政府建设规划？")
    assert not said_as_own("紧紧围绕《某县法治政府建设规划》，推进法治建设。", name, places_in, "某县", made_then=True)
    # where the province's document is asked, a title naming the region alone is its own, not the province's
    assert said_as_own("贯彻落实《某省法治政府建设规划》。", name, places_in, "某县", province="某省")
    assert not said_as_own("印发《某县法治政府建设规划》。", name, places_in, "某县", province="某省")


def test_a_key_word_is_also_stated_in_the_official_wording_of_its_phrase() -> None:
    from kg.ask.practice import said_otherwise

    official = {"上法庭": {"出庭"}, "防疫": {"疫情防控"}, "方案": {"实施方案"}}
    assert said_otherwise("法庭", "负责人上法庭应诉", official) == ["法庭", "出庭"]
    assert said_otherwise("防疫", "为防疫提供保障", official) == ["防疫", "疫情防控"]
    assert said_otherwise("应诉", "负责人上法庭应诉", official) == ["应诉"]  # no phrase of the table holds it
    assert said_otherwise("方案", "印发实施方案", official) == ["方案"]  # what the term already writes


def test_a_word_of_a_study_group_s_full_name_is_said_by_its_short_name() -> None:
    from kg.ask.practice import said_otherwise

    # (reports write 党组中心组学习, 中心组专题学习: the 理论 of the full name is no word they all write)
    assert said_otherwise("理论", "通过党委理论学习中心组学习宪法", {}) == ["理论", "中心组"]
    assert said_otherwise("中心组", "通过党委理论学习中心组学习宪法", {}) == ["中心组"]
    assert said_otherwise("理论", "加强理论武装", {}) == ["理论"]


def test_the_genres_table_says_an_assessment_both_ways() -> None:
    """考核 and 考评 are two official wordings of one assessment (纳入绩效考核 / 纳入综合考评): each states the other."""
    from kg.ask.practice import said_otherwise
    from search import synonyms

    official = synonyms.default().official
    assert "考评" in said_otherwise("考核", "把法治建设纳入绩效考核", official)
    assert "考核" in said_otherwise("考评", "纳入年度综合考评", official)


def test_the_genres_table_says_a_streamlining_as_reports_tally_it() -> None:
    """精简申请材料 is tallied as 减少申请材料1183件, 压缩办理时限 as 缩减办理时限事项513个."""
    from kg.ask.practice import said_otherwise
    from search import synonyms

    official = synonyms.default().official
    assert "减少申请材料" in said_otherwise("精简", "精简申请材料、压减办理环节", official)
    assert "减少办理环节" in said_otherwise("环节", "精简申请材料、压减办理环节", official)
    assert "缩减办理时限" in said_otherwise("压缩", "压缩办理时限的成效", official)


def test_an_alternative_of_common_words_only_states_no_practice() -> None:
    # 法治建设 is in every report: the specific alternative is what is asked
    assert practice_terms("哪些县开展了法治建设工作，或出台了行政执法公示办法？", []) == ["行政执法公示办法"]
    # alone it is all the question asks, and stays
    assert practice_terms("哪些县开展了法治建设工作？", []) == ["法治建设"]


def test_the_main_responsible_comrade_is_the_main_responsible_person() -> None:
    from kg.ask.practice import said_otherwise
    from search.synonyms import default

    # reports write 主要负责同志 as often as 主要负责人
    assert "主要负责同志" in said_otherwise("负责人", "主要负责人带头学法", default().official)


def test_what_a_report_says_of_any_work_is_no_practice_alone() -> None:
    # 情况, 重点, 文件 close many objects (报告…建设情况, 纳入重点工作, 审议文件): beside a named practice they
    # pick out every report; 把 and 并 only order and join the clause
    # (reporting to the congress is a practice of its own; the 建设 inside 法治建设情况 is no verb to cut at)
    assert practice_terms("哪些县的政府向人大报告上年度法治建设情况，并在网上公开年度报告？", []) == [
        "政府向人大报告上年度法治建设情况", "在网上公开年度报告"]
    assert practice_terms("哪些地方的政府每年向同级党委报告法治政府建设情况？", []) != ["建设情况"]
    assert practice_terms("哪些地方把法律顾问制度纳入政府重点工作？", [])[0].startswith("法律顾问制度")


def test_a_study_groups_law_study_is_said_as_reports_say_it() -> None:
    """A question puts a doctrine 列入 a study group's programme and has the group 专题学法; reports write 纳入 and
    法治专题学习 (the genre's table, search/synonyms.tsv)."""
    from kg.ask.practice import said_otherwise
    from search.synonyms import default

    official = default().equivalents
    assert "纳入" in said_otherwise("列入", "习近平法治思想列入中心组学习内容", official)
    assert "法治专题学习" in said_otherwise("专题学法", "理论学习中心组专题学法", official)


def test_a_meeting_is_also_named_by_its_bodys_hui() -> None:
    from kg.ask.practice import meeting_short, said_otherwise

    # reports write 区政府常务会 and 县委常委会 for the meetings a question calls 常务会议, 常委会会议
    assert meeting_short("政府常务会议") == "政府常务会" and meeting_short("常委会会议") == "常委会"
    assert meeting_short("会议") == meeting_short("委员会的会议")[-2:] == "会议"  # no named meeting: as it is
    # (a committee's meeting keeps its 会议: 委员会 alone is the committee, named by every report that has one)
    assert meeting_short("全面依法治区委员会会议") == "全面依法治区委员会会议"
    assert said_otherwise("常务会议", "在常务会议上安排学法", {}) == ["常务会议", "常务会"]
    assert "常务会会前学法" in variants("常务会议会前学法")
    # the 会议 of 常委会会议 is the 常委会 itself: no key word of its own
    tokens = {"县委常委会会议听取汇报": ["县委", "常委会", "会议", "听取", "汇报"]}
    frequency = {"县委": 30, "常委会": 8, "会议": 2, "听取": 10, "汇报": 12}.get
    assert "会议" not in key_words("县委常委会会议听取汇报", tokens.get, frequency, 100)


def test_the_means_and_the_framing_of_a_practice_are_no_key_words() -> None:
    # 利用 (the means), 以…的形式, 致力于, 重视 (how the question frames it): a report states the
    # practice without them, and a word no report writes would leave every region out
    cases = {"利用常务会议学习法规": ["利用", "常务会议", "学习", "法规"],
             "以讲座的形式组织学法": ["讲座", "形式", "组织", "学法"],
             "致力于营造营商环境": ["致力于", "营造", "营商环境"],
             "重视检察建议的办理": ["重视", "检察", "建议", "办理"]}
    for term, words in cases.items():
        frequency = {w: (0 if i == 0 or w in ("利用", "形式", "致力于", "重视") else 5 + i) for i, w in enumerate(words)}
        chosen = key_words(term, cases.get, frequency.get, 100)
        assert chosen and not {"利用", "形式", "致力于", "重视"} & set(chosen), (term, chosen)


def test_a_core_left_by_a_generic_head_is_stated_beside_some_head_unless_it_is_a_count() -> None:
    # 述法制度 is written 述法考评制度 or 述法等制度: its core beside any generic head; 三项 of 三项制度 counts
    # the practices a report names (执法公示、全过程记录、法制审核), so 三项清单制度 is none of them
    groups = dict(conditions("述法制度"))["述法…制度/机制等"]
    assert groups[0] == ["述法"] and {"制度", "机制"} <= set(groups[1])
    assert said_together("推行领导干部述法考评制度。", groups)
    assert not any("…" in label for label, _ in conditions("三项制度"))
    assert not any("…" in label for label, _ in conditions("两个机制"))


def test_a_campaign_for_a_title_is_stated_by_the_title_and_the_striving() -> None:
    from kg.ask.practice import conditions

    # 示范创建 is written 创建…示范县, 示范区创建, 争创…示范市: what is striven for and the striving
    # in one sentence, the level of the title between them
    wordings = dict(conditions("法治政府建设示范创建"))
    groups = wordings["法治政府建设示范…创建/争创"]
    assert groups == [["法治政府建设示范", "法治政府示范"], ["创建", "争创"]]
    assert said_together("以争创全国法治政府示范县为目标，补短板。", groups)
    assert not said_together("法治政府示范县已命名。创建文明城市。", groups)
    assert practice_terms("哪些地方开展、参与了法治政府建设示范创建？", []) == ["法治政府建设示范创建"]


def test_a_course_named_by_its_topic_is_stated_with_more_of_the_topic_between() -> None:
    from kg.ask.practice import conditions

    # 法治专题培训班 is written 法治政府建设专题培训班, 习近平法治思想暨法治素养提升专题培训班: topic and course in
    # one sentence
    groups = dict(conditions("法治专题培训班"))["法治…专题培训班"]
    assert said_together("分别在中国政法大学和复旦大学举办法治政府建设专题培训班，培训局级干部。", groups)
    assert not said_together("推进法治建设。举办安全生产专题培训班。", groups)
    # not a clause holding the course (its actor and verb are no topic) nor a list of courses
    assert not any("…" in label for label, _ in conditions("为干部举办法治专题培训班"))
    assert not any("…" in label for label, _ in conditions("法治专题培训班、专题研讨班"))


def test_the_top_official_is_who_acts_not_a_count() -> None:
    # jieba tags 一把手 as a numeral (一…): it is who acts, a key word like 负责人
    tokens = {"部门一把手进行述法": ["部门", "一把手", "进行", "述法"]}
    frequency = {"部门": 40, "一把手": 3, "述法": 5}.get
    assert set(key_words("部门一把手进行述法", tokens.get, frequency, 100)) == {"一把手", "述法"}


def test_a_report_in_traditional_characters_states_a_practice_through_its_twin() -> None:
    from kg.ask.practice import in_both_scripts

    groups = in_both_scripts([["告知承诺制"], ["常务会议", "常务会"]])
    assert groups == [["告知承诺制", "告知承諾制"], ["常务会议", "常務會議", "常务会", "常務會"]]
    assert said_together("深化告知承諾制改革，區政府常務會研究。", groups)
    assert in_both_scripts([["述法"]]) == [["述法"]]  # a word written alike in both scripts once


def test_a_title_naming_the_region_with_its_city_is_the_regions_own() -> None:
    from kg.ask.practice import said_as_own

    places = {"某市": {"某市"}, "某市某区": {"某市", "某区"}}

    def places_in(title: str) -> set[str]:
        return places["某市某区"] if "某区" in title else places["某市"] if "某市" in title else set()

    name = ["法治政府建设工作要点"]
    assert said_as_own("印发《某市某区2020年法治政府建设工作要点》，加强组织领导。", name, places_in, "某区")
    assert not said_as_own("按照《某市2020年法治政府建设工作要点》要求。", name, places_in, "某区")


def test_a_verb_inside_the_only_content_word_is_no_second_word() -> None:
    # 宣传 of 宣传教育: the one content word again, which would let any 宣传教育 paragraph state 禁毒宣传教育
    from kg.ask.practice import key_word_sets

    tokens = {"禁毒宣传教育": ["禁毒", "宣传", "教育", "宣传教育"]}
    frequency = {"禁毒": 0, "宣传": 30, "教育": 20, "宣传教育": 6}.get
    assert key_word_sets("禁毒宣传教育", tokens.get, frequency, 100) == [["禁毒", "宣传教育"]]


def test_key_words_are_held_to_a_share_of_the_corpus_whatever_its_size() -> None:
    """Two words each in a tenth of the paragraphs meet in one of a hundred by chance: a set of key words
    at 50 paragraphs (half a paragraph) and at 50,000 alike (500), not rejected as the corpus grows."""
    from kg.ask.practice import key_word_sets

    term = "法律顾问参与信访化解"
    tokens = {term: ["法律顾问", "参与", "信访", "化解"]}.get
    for paragraphs in (50, 5_000, 50_000):
        counts = {"法律顾问": paragraphs // 10, "信访": paragraphs // 10}
        assert key_word_sets(term, tokens, lambda w: counts.get(w, paragraphs), paragraphs) == [
            ["法律顾问", "信访"]], paragraphs
        # words each in a fifth of the paragraphs need a third word to meet in fewer than one of 50
        assert key_word_sets(term, tokens, lambda w: paragraphs // 5, paragraphs) == [
            ["法律顾问", "信访", "化解"]], paragraphs


def test_subjects_put_first_by_ba_share_the_predicate() -> None:
    # 把A或B纳入C: both are put into C; A alone (依法行政) is in every report
    assert practice_terms("哪些地方把依法行政或法治政府建设纳入年度工作计划？", []) == [
        "依法行政纳入年度工作计划", "法治政府建设纳入年度工作计划"]


def test_a_manner_joined_to_what_a_meeting_does_is_that_verb() -> None:
    # jieba reads 专题研究 as one word; reports write 常务会议研究部署, 专题听取并研究部署
    tokens = {"常务会议专题研究部署法治工作": ["常务会议", "专题研究", "部署", "法治", "工作"]}
    frequency = {"常务会议": 10, "专题研究": 1, "部署": 20, "研究": 15}.get
    chosen = key_words("常务会议专题研究部署法治工作", tokens.get, lambda w: frequency(w) or 50, 100)
    assert "专题研究" not in chosen and "常务会议" in chosen


def test_a_topic_with_practices_in_it_is_the_practice() -> None:
    # 在X上有做法 asks for any practice in X, as 在X方面有做法 does
    assert practice_terms("哪些地方在公职律师队伍建设上有做法？", []) == ["公职律师队伍"]
    # ... and the examples given after it are practices in it too
    assert practice_terms("哪些地方（含政府部门）在公职律师队伍建设上有举措，例如开展公职律师培训？", []) == [
        "公职律师队伍", "公职律师培训"]


def test_a_how_question_names_its_practice_without_the_how_frame_or_its_places() -> None:
    assert how_terms("各地如何推进法律顾问制度？", []) == ["法律顾问制度"]
    assert how_terms("甲县和乙县在普法方面有什么不同？", ["甲县", "乙县"]) == ["普法"]
    assert how_terms("湖州怎样培养法治人才?", ["湖州市", "湖州"]) == ["法治人才"]
    assert how_terms("各县采取了哪些措施化解行政争议？", []) == ["化解行政争议"]


def test_names_an_aside_lists_after_a_description_are_practices_of_their_own() -> None:
    assert practice_terms("哪些地方在学法活动中结合具体案例讲解法律（以案释法、以案说法）？", []) == [
        "在学法活动中结合具体案例讲解法律", "以案释法", "以案说法"]
    # an aside beginning as the words before it spells them otherwise; a short one is another level
    assert practice_terms("哪些地方编制公布了权责清单（权力清单）？", []) == ["权责清单", "权力清单"]
    assert practice_terms("哪些地方成立了依法治区（县、市）委员会？", []) == [
        "依法治区委员会", "依法治县委员会", "依法治市委员会"]


def test_names_listed_with_a_pause_mark_are_alternatives_sharing_the_verb() -> None:
    assert practice_terms("哪些地方的领导或部门围绕法治建设开展了专题调研、调查研究？", [])[:3] == [
        "领导开展了专题调研、调查研究", "领导开展了专题调研", "领导开展了调查研究"]
    assert practice_terms("哪些地方制定了法治政府建设工作要点、重点工作安排？", []) == [
        "法治政府建设工作要点、重点工作安排", "法治政府建设工作要点", "重点工作安排"]
    # verbs listed share the object after them; a list inside a modifier (…、部门的X) is no list of names
    assert practice_terms("哪些城市推动制定、修订了地方性法规？", []) == ["地方性法规"]
    assert "对下属地区" not in practice_terms("哪些地方对下属地区、部门的法治建设开展了考评？", [])


def test_how_many_the_question_supposes_and_whom_a_practice_is_done_to_are_no_part_of_it() -> None:
    assert practice_terms("哪些地方取消、承接或调整了一批行政许可事项？", []) == ["行政许可事项"]
    assert practice_terms("哪些地方对拟提拔任用的领导干部进行任前法律知识考试？", [])[-1] == "任前法律知识考试"
    # what a practice is done to is part of it
    assert "合法性审查" not in practice_terms("哪些地方对政府合同开展合法性审查？", [])


def test_a_verb_on_any_work_of_the_genre_is_kept_and_listed_common_words_are_no_names() -> None:
    assert practice_terms("哪些地方研究部署法治政府建设工作？", []) == ["部署法治政府建设"]
    assert "年度报告" not in practice_terms("哪些地方听取了法治建设工作情况的汇报、年度报告？", [])


def test_furthering_any_work_of_the_genre_is_no_practice_beside_a_named_one() -> None:
    # (what the meetings are for: every report 推进法治建设)
    assert practice_terms("哪些地方召开全面依法治县委员会会议，部署推进法治建设？", []) == ["全面依法治县委员会会议"]
    # ... but it is the practice where nothing else is asked, and furthering a named work is one
    assert practice_terms("哪些地方推进法治建设？", []) == ["推进法治建设"]
    assert "依法治区" in practice_terms("哪些地方召开全面依法治区委员会会议，推进依法治区？", [])


def test_a_body_doing_any_work_of_the_genre_is_kept_with_it() -> None:
    assert practice_terms("哪些地方的党委常委会专门研究法治建设工作？", []) == ["党委常委会专门研究法治建设"]
    assert practice_terms("哪些地方的检察机关办理了公益诉讼案件？", []) == ["公益诉讼案件"]


def test_a_name_described_before_de_may_have_jianshe_inside() -> None:
    tokenize = lambda text: __import__("jieba").lcut(text)  # noqa: E731
    assert described_name("专门制定了年度的法治政府建设工作要点", tokenize) == "法治政府建设工作要点"


def test_a_name_quoted_among_examples_is_one_example_of_them() -> None:
    terms = practice_terms("哪些地方开展习近平法治思想宣传活动（如巡回宣讲、“进企业进农村”）？", [])
    assert "习近平法治思想宣传活动" in terms and "巡回宣讲、进企业进农村" in terms and "进企业进农村" in terms
    assert "巡回宣讲" in variants("巡回宣讲、进企业进农村")
    # a quoted name outside the examples is what the question asks, as before
    assert practice_terms("哪些地区实施了“双随机、一公开”监管？", []) == ["双随机、一公开"]


def test_the_people_a_practice_is_for_listed_with_huo_are_one_list() -> None:
    terms = practice_terms("哪些地方为领导干部、机关干部或行政执法人员举办法治培训？", [])
    assert "法治培训" in terms and "为领导干部、机关干部" not in terms


def test_examples_of_a_kind_of_thing_are_what_the_verb_before_it_acts_on() -> None:
    # a doctrine or a law alone is in every report: the examples of 法治内容 are studied in the group
    terms = practice_terms("哪些地方通过党委（党组）理论学习中心组学习法治内容（如习近平法治思想、宪法法律）？", [])
    assert "通过党委理论学习中心组学习习近平法治思想" in terms and "通过党委理论学习中心组学习宪法法律" in terms
    assert "习近平法治思想" not in terms and "宪法法律" not in terms


def test_examples_all_of_the_noun_after_the_last_one_s_de_are_each_of_that_noun() -> None:
    # (a doctrine alone is in every report: 习近平法治思想 of the examples is a lecture's subject, no practice)
    terms = practice_terms("哪些地方举办法治专题讲座（如习近平法治思想、具体法律的专题讲座）？", [])
    assert "习近平法治思想专题讲座" in terms and "具体法律专题讲座" in terms
    assert "习近平法治思想" not in terms
    # (not a noun the practice before the aside does not name, nor one of items with a noun of their own)
    terms = practice_terms("哪些地方开展法治宣传活动（如宪法宣传周、民法典的集中宣讲）？", [])
    assert "宪法宣传周集中宣讲" not in terms
    terms = practice_terms("哪些地方学习贯彻重要讲话（如考察本省时的重要讲话、听取本区工作汇报时的重要讲话）？", [])
    assert not any("重要讲话重要讲话" in term for term in terms)


def test_examples_of_whose_thing_is_asked_are_no_practices_alone() -> None:
    # (the groups' work rules are asked: a report naming its leading group states none)
    terms = practice_terms("哪些地方制定议事协调机构（如领导小组、委员会办公室）的工作规则？", [])
    assert "领导小组" not in terms and any("工作规则" in term for term in terms)


def test_a_name_quoted_beside_unquoted_alternatives_is_one_of_them() -> None:
    terms = practice_terms("哪些地方推进“放管服”改革、简政放权或行政审批制度改革？", [])
    assert terms[0] == "放管服" and "简政放权" in terms and "行政审批制度改革" in terms
    assert practice_terms("哪些地方建设综合窗口或推行“一窗通办”？", []) == ["一窗通办", "综合窗口"]
    # a clause joined by 或 is an alternative of its own beside a clause quoting a name
    terms = practice_terms("哪些地方写到主要领导对法治建设重点工作亲自部署、亲自督办，或形成“主要领导亲自抓”的工作格局？", [])
    assert terms[0] == "主要领导亲自抓" and "主要领导对法治建设重点工作亲自督办" in terms
    # what a quoted name sums up, listed before it, is no alternative: the question asks for the name
    assert practice_terms("哪些地方推行了行政执法公示、执法全过程记录和重大执法决定法制审核“三项制度”？", []) == ["三项制度"]


def test_names_listed_before_a_documents_head_share_it() -> None:
    assert practice_terms("哪些地方印发了法治政府建设或依法治县工作要点？", []) == ["法治政府建设工作要点", "依法治县工作要点"]
    # names with heads of their own are two practices
    assert practice_terms("哪些地方建立法律顾问制度或公职律师工作机制？", []) == ["法律顾问制度", "公职律师工作机制"]
    # a head after 的 is every listed one's, whatever the last does
    assert practice_terms("哪些地方成立了推进依法行政、法治政府建设或示范创建的领导小组？", []) == [
        "依法行政领导小组", "法治政府建设领导小组", "示范创建领导小组"]


def test_the_meeting_heading_the_first_listed_name_is_where_the_later_ones_are_done() -> None:
    # (定期学法制度 alone is any body's: a party committee's study group writes it too)
    assert "政府常务会议定期学法制度" in practice_terms("哪些地方落实政府常务会议会前学法、定期学法制度？", [])
    assert "定期学法制度" not in practice_terms("哪些地方落实政府常务会议会前学法、定期学法制度？", [])
    # (a later name done at a meeting or group of its own is not done at the first one's)
    assert "政府常务会议理论学习中心组学习法治内容" not in practice_terms(
        "哪些地方组织领导干部学法（如政府常务会议学法、理论学习中心组学习法治内容）？", [])


def test_a_kind_of_document_the_last_listed_name_is_named_as_is_the_earlier_ones() -> None:
    assert "法治政府建设工作要点" in practice_terms("哪些地方制定了法治政府建设、依法治县工作要点？", [])
    # not a plan the last one is placed in
    assert "法治建设规划" not in practice_terms("哪些地方把法治建设、法治政府建设纳入经济社会发展规划？", [])


def test_a_preposition_offered_as_the_verbs_alternative_asks_for_the_same_object() -> None:
    assert practice_terms("哪些地方制定了（或围绕）当年的法治政府建设工作要点来推进工作？", []) == ["法治政府建设工作要点"]


def test_what_a_body_follows_is_the_practice_when_what_it_does_by_it_is_any_work() -> None:
    assert practice_terms("哪些地方按本地当年的法治政府建设工作要点部署推进工作？", []) == ["法治政府建设工作要点"]
    # what is done around a matter is a practice of its own
    assert all("专题调研" in t for t in practice_terms("哪些地方围绕法治建设开展了专题调研？", []))


def test_a_group_adjusted_and_filled_is_asked_by_its_name_and_a_compound_in_an_aside_stands_for_the_one_before() -> None:
    assert practice_terms("哪些地方成立或调整充实了法治政府建设（依法行政）工作领导小组？", []) == [
        "法治政府建设工作领导小组", "依法行政工作领导小组"]


def test_an_aside_holds_no_verb_of_the_clause_and_a_plans_years_in_brackets_leave_no_brackets() -> None:
    """法治政府（法治建设）情况: 建设 in the aside is no verb after which the practice begins (a term of “）情况”
    once stated every report); 实施方案（2016—2020年） asks the plan, its years stated beside it elsewhere."""
    terms = practice_terms("哪些地方的政府向同级人大（常委会）报告法治政府（法治建设）情况？", [])
    assert not any("）" in t or "（" in t for t in terms) and "政府向同级人大报告法治建设情况" in terms
    assert practice_terms("哪些地方制定了本地的法治政府建设实施方案（2016—2020年）？", []) == ["法治政府建设实施方案"]
    # a compound standing for another replaces the compound, not the verb before it (报告法治政府)
    assert "向人大报告法治建设情况" in practice_terms("哪些地方向人大报告法治政府（法治建设）情况？", [])


def test_a_listed_compound_of_the_genres_words_takes_the_head_after_the_compound_it_is_listed_with() -> None:
    terms = practice_terms("哪些地方成立或调整了依法行政、法治政府建设工作领导小组？", [])
    assert "依法行政" not in terms and "依法行政领导小组" in terms  # (依法行政 alone is any report's)
    assert "法治政府建设领导小组" in variants("法治政府建设工作领导小组", quoted=False)  # (a group's 工作 left out)
    assert "普法依法治理工作领导小组" in variants("普法依法治理领导小组", quoted=False)  # (and put in)
    assert variants("依法治市工作协调小组", quoted=False).count("依法治市工作协调小组") == 1


def test_a_name_listed_before_a_group_takes_its_head() -> None:
    # 依法治理 is no compound of the genre's common words, but the group is the one listed: 依法行政工作领导小组
    terms = practice_terms("哪些地方调整充实、调整或完善本地的依法行政、依法治理工作领导小组？", [])
    assert "依法行政" not in terms and "依法行政工作领导小组" in terms and "依法治理工作领导小组" in terms


def test_what_a_safeguard_is_for_is_no_practice_alone_unless_something_is_done_for_it() -> None:
    terms = practice_terms("哪些地方要为本地经济社会发展或“十四五”开局提供法治保障？", [])
    assert not any(t.startswith(("为", "要为")) for t in terms)
    assert "为疫情防控开展法治宣传" in practice_terms("哪些地方为疫情防控开展法治宣传或提供法治保障？", [])


def test_what_an_object_brings_with_it_offered_as_an_alternative_is_stated_by_the_object() -> None:
    assert practice_terms("哪些地方写到贯彻中央全面依法治国工作会议精神或其决策部署？", []) == ["中央全面依法治国工作会议精神"]
    # a part of a body (人大及其常委会) is no alternative
    assert practice_terms("哪些地方写到法治政府建设接受本级人大及其常委会的监督？", []) == ["法治政府建设接受人大及其常委会的监督"]


def test_the_bodies_a_practice_is_done_to_are_no_words_of_it() -> None:
    assert practice_terms("哪些地方对所属部门、下级地区开展了交叉督察？", []) == ["交叉督察"]
    assert practice_terms("哪些地方对下属部门、乡镇等单位开展法治督察？", []) == ["法治督察"]
    # what a review is of is the practice's own word
    assert practice_terms("哪些地方对重大行政决策开展合法性审查？", []) == ["对重大行政决策开展合法性审查"]


def test_what_a_quoted_name_is_said_to_be_is_asked_with_it() -> None:
    assert practice_terms("哪些地方要求主要领导做到“四个亲自”，即重要工作亲自部署、重大问题亲自过问？", []) == [
        "四个亲自", "重要工作亲自部署、重大问题亲自过问"]
    assert practice_terms("哪些地方推行“一件事一次办”（即多个事项一次办理）？", []) == ["一件事一次办", "多个事项一次办理"]
    # (or the parts an aside after it lists, the head the first carries written before each, as reports write them)
    assert practice_terms("哪些地方的主要负责人做到“四个亲自”（亲自部署、过问、协调、督办）？", []) == [
        "四个亲自", "亲自部署、亲自过问、亲自协调、亲自督办"]
    assert practice_terms("哪些地方推行“两个清单”（权力清单、责任清单）？", []) == ["两个清单", "权力清单、责任清单"]


def test_a_group_a_list_describes_is_no_enumerated_name_and_its_head_alone_states_nothing() -> None:
    """依法行政、建设法治政府的工作领导小组: neither 依法行政 (the genre's common compound first) nor 工作领导小组 (a
    head with nothing of its own) states it; an enumerated name's first part (法治督察与纪检监察监督) still does."""
    from search.tokens import SearchTokenizer

    wordings = variants("依法行政、建设法治政府的工作领导小组", quoted=False)
    assert "依法行政" not in wordings
    assert described_name("依法行政、建设法治政府的工作领导小组", SearchTokenizer().tokenize) is None
    assert described_name("法治化的营商环境", SearchTokenizer().tokenize) == "营商环境"
    assert "法治督察与纪检监察监督" in variants("法治督察与纪检监察监督、巡视巡察监督的协作配合机制", quoted=False)


def test_a_name_quoted_only_to_exclude_it_is_not_asked_and_an_aside_in_the_name_of_is_frame() -> None:
    terms = practice_terms("哪些地方组织领导干部专题学习具体法律，例如民法典、行政处罚法（泛称“宪法法律法规”的不算）？", [])
    assert "宪法法律法规" not in terms and "民法典" in terms and "行政处罚法" in terms
    assert practice_terms("哪些地方以本地（本级）名义制定了当年的法治建设、依法治区或法治政府建设工作要点？", []) == [
        "法治建设工作要点", "依法治区工作要点", "法治政府建设工作要点"]


def test_the_report_left_unsaid_before_what_it_writes_is_frame() -> None:
    assert practice_terms("哪些地方（含政府部门）写到党政主要负责人或单位主要负责人履行推进法治建设第一责任人职责？", []) == [
        "党政主要负责人履行推进法治建设第一责任人职责", "单位主要负责人履行推进法治建设第一责任人职责"]
    # "哪些政府部门" asks who, as "哪些地方" does
    assert not any(t.startswith("政府部门") for t in practice_terms("哪些政府部门通过党组会学习习近平法治思想？", []))


def test_what_follows_lai_before_any_verb_is_the_purpose() -> None:
    """统筹 is no verb of the genre's list, but jieba's: 设有领导小组来统筹… asks for the group."""
    assert practice_terms("哪些地方设有依法行政工作领导小组来统筹推进依法行政和法治政府建设？", []) == ["依法行政工作领导小组"]
    assert practice_terms("哪些地方召开委员会会议来研究部署法治建设？", []) == ["委员会会议"]


def test_what_the_things_listed_after_dui_undergo_is_asked_of_each() -> None:
    assert practice_terms("哪些地方对规范性文件或重大行政决策落实合法性审核？", []) == [
        "规范性文件落实合法性审核", "重大行政决策落实合法性审核"]


def test_frames_of_measures_and_titles_and_heads_shared_in_a_list() -> None:
    assert practice_terms("哪些地方采取措施优化营商环境？", []) == ["营商环境"]
    assert "依法治县工作要点" in practice_terms("哪些地方印发了依法治县、依法治区工作要点？", [])
    assert "法治讲座" in variants("法治专题讲座")


def test_a_means_is_shared_and_what_every_report_carries_out_is_no_name() -> None:
    terms = practice_terms("哪些地方通过法治讲座等形式组织领导干部学法或学习习近平法治思想？", [])
    assert "学习习近平法治思想" not in terms and "通过法治讲座等形式学习习近平法治思想" in terms
    tokenize = lambda text: __import__("jieba").lcut(text)  # noqa: E731
    assert described_name("部署贯彻总书记在中央全面依法治国工作会议上的重要讲话精神", tokenize) is None
    # a wording of common words alone is none (法治政府建设 of 法治政府建设、依法行政方面)
    assert "法治政府建设" not in variants("法治政府建设、依法行政方面", quoted=False)


def test_heads_listed_after_de_share_what_they_are_of_and_practices_after_dui_what_they_apply_to() -> None:
    terms = practice_terms("哪些地方把提升突发事件依法处置能力列为法治政府建设的目标或任务？", [])
    assert "任务" not in terms and any(t.endswith("法治政府建设的任务") for t in terms)
    # (a clause the frame leaves empty shares nothing: 在哪些地方，…)
    assert practice_terms("在哪些地方，政府负责人出席并监誓了国家工作人员的宪法宣誓？", [])
    terms = practice_terms("哪些地方对政府部门的行政权力清单、权责清单实行动态调整或清单管理？", [])
    assert "清单管理" not in terms and "对政府部门的行政权力清单、权责清单实行清单管理" in terms


def test_a_law_given_as_an_example_of_the_laws_asked_for_is_asked_for_itself() -> None:
    terms = practice_terms("哪些地方组织学习国家安全法等维护国家安全方面的法律？", [])
    assert "学习国家安全法" in terms and terms[0] == "学习国家安全法等维护国家安全方面的法律"


def test_two_verbs_joined_by_or_share_their_subject_and_their_object() -> None:
    terms = practice_terms("哪些地方的党委常委会会议专门学习或研究贯彻习近平法治思想？", [])
    assert "习近平法治思想" not in terms  # (every report names it)
    assert {"党委常委会会议专门学习习近平法治思想", "党委常委会会议专门研究贯彻习近平法治思想"} <= set(terms)


def test_sharing_and_the_period_asked_stay_within_their_words() -> None:
    from kg.ask.practice import made_in_period

    assert not made_in_period("哪些地方近五年内制定了本地自己的实施方案？")
    assert "公职律师" in practice_terms("哪些地方建立了法律顾问的工作机制或公职律师？", [])
    assert practice_terms("哪些地方通过以案释法等形式宣传法律法规？", []) == ["通过以案释法等形式宣传法律法规"]


def test_how_plainly_a_report_says_it_is_frame_too() -> None:
    """明确写到 / 专门提到: the frame of what a report says, with how plainly it says it, is no part of the practice."""
    assert practice_terms("哪些地方的报告明确写到推行行政执法公示制度？", []) == ["行政执法公示制度"]
    assert practice_terms("哪些地方（含政府部门）专门提到开展法治督察？", []) == ["法治督察"]


def test_verbs_listed_before_a_verb_share_its_object() -> None:
    """学习宣传、贯彻落实宪法: the first name is verbs alone and shares the object after the last verb, so neither
    verb is asked alone (学习宣传 is written of anything)."""
    assert practice_terms("哪些地方学习宣传、贯彻落实宪法？", []) == [
        "学习宣传、贯彻落实宪法", "学习宣传宪法", "贯彻落实宪法"]
    # an object with its own modifier (党对…的领导) is shared whole, not its head alone (坚持领导)
    assert practice_terms("哪些地方强调坚持、加强党对法治政府建设的领导？", []) == [
        "坚持、加强党对法治政府建设的领导", "坚持党对法治政府建设的领导", "加强党对法治政府建设的领导"]


def test_the_role_any_work_is_given_is_no_part_of_the_practice() -> None:
    """把X作为…的重要任务: reports state X, seldom the role; a role of its own (作为前置程序) stays."""
    assert practice_terms("哪些地方把学习贯彻民法典作为推进依法行政或法治宣传工作的重要任务？", []) == ["学习贯彻民法典"]
    assert any("前置" in term for term in practice_terms("哪些地方把公平竞争审查作为出台政策的前置程序？", []))
    # ... nor is its rank among the work (作为…的一项主要工作), which a report's heading never writes
    assert practice_terms("哪些地方把转变政府职能作为法治政府建设的一项主要工作？", []) == ["转变政府职能"]
    # ... nor the place or fruit it is among the work, one or several (作为…的着力点或成效)
    assert practice_terms("哪些地方把优化营商环境作为法治政府建设的着力点或成效？", []) == ["优化营商环境"]
    # ... but a field of its own it serves stays, said beside X where the role is given (作为我县“八五”普法首要内容)
    terms = practice_terms("哪些地方把习近平法治思想作为全民普法的首要任务？", [])
    assert terms == ["习近平法治思想作为全民普法的首要任务"]
    assert dict(conditions(terms[0]))["习近平法治思想…作为…全民普法"][1:] == [["作为"], ["全民普法"]]


def test_an_alternative_in_brackets_inside_a_phrase_stands_for_the_words_before_it() -> None:
    """党对法治政府建设（或全面依法治县）的领导: the phrase with either; a long one (（或落实、整改…的督察问题）) is a
    clause of its own, and neither leaves a bracket in a term."""
    terms = practice_terms("哪些地方强调加强党对法治政府建设（或全面依法治县）的领导？", [])
    assert terms == ["党对法治政府建设的领导", "党对全面依法治县的领导"]
    terms = practice_terms("哪些地方写到党政主要负责人履行推进法治建设第一责任人职责（或落实、整改这一职责的督察问题）？", [])
    assert "党政主要负责人履行推进法治建设第一责任人职责" in terms and not any("（" in t or "(" in t for t in terms)


def test_clauses_listed_each_with_a_verb_of_its_own_are_alternatives() -> None:
    """依法全面履行政府职能、转变政府职能: each clause acts on an object of its own, and a report states either alone
    (a heading 依法全面履行政府职能); a bare name before others (依法行政、建设法治政府的工作领导小组) or one of a
    counted set (行政执法公示、…三项制度) is not asked alone."""
    assert practice_terms("哪些地方提出依法全面履行政府职能、转变政府职能？", []) == [
        "依法全面履行政府职能、转变政府职能", "依法全面履行政府职能", "转变政府职能"]
    assert "依法行政" not in practice_terms("哪些地方设立或调整了推进依法行政、建设法治政府的工作领导小组？", [])
    # nor levels listed before a body (在市、县政府…): 在市 is no practice
    assert "在市" not in practice_terms("哪些地方在市、县政府和行政执法机关层层成立法治政府建设领导小组？", [])
    assert "行政执法公示" not in practice_terms(
        "哪些地区落实了行政执法公示、执法全过程记录和重大执法决定法制审核三项制度？", [])


def test_names_listed_before_a_placing_verb_share_what_it_places_them_in() -> None:
    """把宪法、民法典纳入干部教育培训: 宪法 alone is any report's; each name is asked with the placing (纳入…); a name
    with a verb of its own inside (…集中整治) is no predicate the others share."""
    assert practice_terms("哪些地方把宪法、民法典纳入干部教育培训？", []) == [
        "宪法、民法典纳入干部教育培训", "宪法纳入干部教育培训", "民法典纳入干部教育培训"]
    assert "行政执法检查集中整治" not in practice_terms("哪些地方开展行政执法检查、执法领域突出问题集中整治？", [])


def test_names_listed_before_listing_them_as_a_kind_share_it() -> None:
    """把习近平法治思想、法律法规列为中心组学习内容: each name is asked as listed so, not 习近平法治思想 alone (the head of
    the list read as a name's, which every report writes); and a report places it in the study so as well (纳入)."""
    from kg.ask.practice import said_otherwise
    from search import synonyms

    terms = practice_terms("哪些地方把习近平法治思想、法律法规列为中心组学习内容？", [])
    assert terms == ["习近平法治思想、法律法规列为中心组学习内容", "习近平法治思想列为中心组学习内容", "法律法规列为中心组学习内容"]
    assert "习近平法治思想" not in [wording for term in terms for wording in variants(term, quoted=False)]
    assert "纳入" in said_otherwise("列为", "习近平法治思想列为中心组学习内容", synonyms.default().official)


def test_the_whole_of_the_place_as_scope_is_no_part_of_the_practice() -> None:
    """全县（区）范围的…会议: any report's work is of its whole place; the meeting is the practice."""
    assert practice_terms("哪些地方召开了全县（区）范围的依法行政工作会议？", []) == ["依法行政工作会议"]


def test_a_head_that_names_nothing_alone_is_no_wording_without_its_time() -> None:
    """年度任务 is not stated by any 任务 (every report writes it); 年度述法 is stated by 述法."""
    assert variants("年度任务") == ["年度任务"]
    assert "述法" in variants("年度述法")


def test_meetings_joined_by_or_share_a_predicate_opened_by_its_manner() -> None:
    """党委常委会或政府常务会议专题学法: 专题 opens the predicate both meetings share (jieba reads 专题学习 as one word);
    the meeting alone (党委常委会) is any report's."""
    assert practice_terms("哪些地方的党委常委会或政府常务会议专题学法？", [])[:2] == ["党委常委会专题学法", "政府常务会议专题学法"]


def test_the_public_a_practice_reaches_is_no_part_of_it() -> None:
    """面向群众开展普法宣传: reports write 开展普法宣传, the public in words of their own or not at all."""
    assert practice_terms("哪些地方面向群众开展法治宣传教育？", []) == ["法治宣传教育"]


def test_a_practice_combined_with_any_work_is_asked_alone() -> None:
    """把学习贯彻宪法与推进法治建设结合起来: the study is the practice, the genre's work in general only its frame; two
    practices combined (普法与依法治理相结合) stay asked together."""
    assert practice_terms("哪些地方把学习贯彻宪法与推进法治建设结合起来？", []) == ["学习贯彻宪法"]
    assert practice_terms("哪些地方把普法与依法治理相结合？", []) == ["普法与依法治理相结合"]


def test_studying_a_name_is_the_name_whatever_verbs_of_studying_the_question_writes() -> None:
    assert studied_name("学习宣传、贯彻落实习近平法治思想") == "习近平法治思想"
    assert studied_name("深学笃用习近平法治思想") == "习近平法治思想"
    assert studied_name("落实行政执法三项制度") == "行政执法三项制度"
    # whose it is (党的…) or what every report carries out (重要讲话精神) is no name of a practice
    assert studied_name("学习贯彻党的二十大精神") is None
    assert studied_name("学习贯彻重要讲话精神") is None
    # another verb than studying: the clause is stated by its own words
    assert studied_name("编制公布权力清单") is None


def test_a_question_naming_a_means_asks_for_it_in_every_alternative() -> None:
    assert names_a_means("哪些地方依托党委理论学习中心组组织学法，或学习习近平法治思想？")
    assert not names_a_means("哪些地方审议通过了法治政府建设实施方案？")
    assert not names_a_means("哪些地方学习贯彻、深学笃用习近平法治思想？")


def test_a_listed_actor_alone_is_no_practice() -> None:
    assert "党政主要负责人" not in practice_terms("哪些地方组织党政主要负责人、单位负责人述法？", [])
    # a role a practice names is one
    assert practice_terms("哪些地方强调依法行政的第一责任人？", []) == ["依法行政的第一责任人"]


def test_placing_is_in_any_thing_of_the_kind_asked() -> None:
    import jieba

    assert placed_into("法治建设纳入绩效考核、综合考评", jieba.lcut_for_search) == ("法治建设", ["考核", "考评"])
    assert placed_into("法治建设纳入年度考核体系", jieba.lcut_for_search) == ("法治建设", ["考核"])
    # a written thing is told apart by the word before it
    assert placed_into("习近平法治思想纳入干部教育培训计划", jieba.lcut_for_search) == ("习近平法治思想", ["培训计划"])
    assert placed_into("编制公布权力清单", jieba.lcut_for_search) is None
    # ... or is a work plan, though the search tokenizer drops its 工作
    from search.tokens import SearchTokenizer

    assert placed_into("法治建设写进年度工作要点", SearchTokenizer().tokenize) == ("法治建设", ["工作要点"])


def test_a_placing_clause_naming_nothing_places_what_the_one_before_it_does() -> None:
    terms = practice_terms("哪些地方把法治建设写进年度工作要点，或纳入发展总体规划？", [])
    assert terms == ["法治建设写进年度工作要点", "法治建设纳入发展总体规划"]


def test_subjects_ending_in_their_work_share_the_placing_predicate() -> None:
    terms = practice_terms("哪些地方把法治政府建设或法治建设纳入年度目标考核？", [])
    assert terms == ["法治政府建设纳入年度目标考核", "法治建设纳入年度目标考核"]


def test_occasions_listed_inside_zai_shang_de_each_share_what_was_said_at_them() -> None:
    terms = practice_terms("哪些地方学习贯彻习近平总书记在中央经济工作会议、全国两会上的重要讲话精神？", [])
    assert any(t.endswith("在中央经济工作会议上的重要讲话精神") for t in terms)
    assert any(t.endswith("在全国两会上的重要讲话精神") for t in terms)


def test_an_aside_on_how_the_reports_are_read_is_no_practice() -> None:
    assert practice_terms("哪些地方写到宣传“习近平法治思想”（报告中使用这一提法）？", []) == ["习近平法治思想"]
    assert practice_terms("哪些地方由该委员会（报告点出这一委员会）召开会议？", []) == ["由该委员会召开会议"]
    # (a wording the report is to write, its words left out: the practice the question states)
    assert practice_terms("哪些地方写明坚持以习近平新时代中国特色社会主义思想为指导推进法治建设（写出“以……为指导”）？", []) \
        == ["以习近平新时代中国特色社会主义思想为指导"]


def test_a_long_aside_listing_variants_gives_each_as_a_practice() -> None:
    terms = practice_terms("哪些地方坚持党的领导（党对法治政府建设的领导、党的全面领导）？", [])
    assert all(any(term.endswith(variant) for term in terms) for variant in ("党的领导", "党对法治政府建设的领导", "党的全面领导"))
    assert not any("（" in term or "）" in term for term in terms)


def test_the_guide_of_the_genres_work_is_the_practice_without_the_work() -> None:
    assert practice_terms("哪些地方以习近平新时代中国特色社会主义思想为指导推进法治政府建设？", []) == [
        "以习近平新时代中国特色社会主义思想为指导"]
    # (what a guide is said to lead that is a practice of its own stays with it)
    assert practice_terms("哪些地方以习近平法治思想为指导开展普法宣传？", []) == ["以习近平法治思想为指导开展普法宣传"]
    # (held to: 坚持以…为指导; and bodies asked about listed in the aside, （含政府部门、园区）, are no practice)
    assert practice_terms("哪些地方（含政府部门、园区）写明坚持以习近平新时代中国特色社会主义思想为指导推进法治政府建设？", []) == [
        "以习近平新时代中国特色社会主义思想为指导"]
    # (a guide stated plainly, 明确以…为指导, and an alternative repeating the 为 it follows, 为指导（或为指引）)
    assert practice_terms("哪些地方明确以习近平法治思想为指导（或为指引）推进法治建设？", []) == [
        "以习近平法治思想为指导", "以习近平法治思想为指引"]


def test_the_means_of_any_work_is_the_practice_without_the_work() -> None:
    # (reports write the means with what it serves listed: 运用法治思维和法治方式深化改革、推动发展)
    assert practice_terms("哪些地方运用法治思维和法治方式推动工作？", []) == ["法治思维和法治方式"]
    # (a means of a practice of its own stays with it)
    assert practice_terms("哪些地方通过以案释法推动普法宣传？", []) != ["以案释法"]


def test_a_safeguard_asked_with_an_aside_of_its_strength_is_read_as_one() -> None:
    assert safeguarded_for("哪些地方为本地发展或中心工作提供（坚强、有力）法治保障？") == ["发展", "中心工作"]


def test_names_of_what_is_done_at_a_meeting_keep_the_meeting() -> None:
    terms = practice_terms("哪些地方在政府常务会议上学法（专题学法、由部门负责人讲法）？", [])
    assert terms == ["在政府常务会议上学法", "在政府常务会议上专题学法", "在政府常务会议上由部门负责人讲法"]
    # (an activity of the practice's own kind sets no meeting: 以案释法 is said of any teaching of law)
    assert practice_terms("哪些地方在学法活动中结合案例讲解法律（以案释法、以案说法）？", [])[1:] == ["以案释法", "以案说法"]


def test_a_compound_of_the_genre_in_an_aside_spells_the_one_before_it_and_names_no_practice() -> None:
    """听取法治政府建设（依法行政）工作: 依法行政 is another wording of the work heard, not a practice of its own that
    every report's 依法行政 would state."""
    terms = practice_terms("哪些地方召开政府常务会议，专门研究部署或听取法治政府建设（依法行政）工作？", [])
    assert "依法行政" not in terms and "听取法治政府建设" in terms


def test_a_quoted_name_after_an_alternative_with_an_aside_is_one_alternative_among_others() -> None:
    terms = practice_terms("哪些地方开展习近平法治思想宣讲（主题宣讲、基层宣讲）或“八进”活动？", [])
    assert "八进" in terms and "习近平法治思想宣讲" in terms


def test_the_later_items_of_an_enumerated_document_share_the_stem_of_the_first() -> None:
    written = variants("年度依法行政工作要点、工作安排", quoted=False)
    assert {"年度依法行政工作要点", "年度依法行政工作安排", "依法行政工作要点", "依法行政工作安排"} <= set(written)
    # without its time word a short item is any report's document, no name of its own
    assert "工作要点" not in variants("年度工作要点、实施方案", quoted=False)


def test_a_body_s_role_over_a_work_is_stated_with_the_work_named_otherwise() -> None:
    wordings = dict(conditions("坚持、加强党对法治政府建设的领导"))
    assert wordings["党对…的领导"][0] == ["党对"] and "的领导" in wordings["党对…的领导"][1]
    # ... and held to by its own name (坚持党的领导), but not without the verb of holding to it (党的领导 is everywhere)
    assert wordings["坚持党的领导"] == [["坚持党的领导"]] and wordings["加强党的领导"] == [["加强党的领导"]]
    assert "党的领导" not in dict(conditions("党对法治政府建设的领导"))
    assert "人大对…的监督支持" in dict(conditions("人大对法治政府建设的监督支持"))
    # whose view it is, the public's, is no body's role: said apart from the work it would be any view
    assert not any("…" in label for label, _ in conditions("群众对立法的意见"))


def test_a_duty_named_by_its_holder_is_stated_by_the_holder_and_the_duty_in_any_verbs() -> None:
    wordings = dict(conditions("党政主要负责人履行推进法治建设第一责任人职责"))
    # (法治建设第一责任人职责履行到位, 压实法治建设第一责任人责任)
    assert {"法治建设第一责任人职责", "法治建设第一责任人责任"} <= set(wordings)
    # the holder alone may be named for another practice (把法治建设第一责任人纳入述法对象), a bare 第一责任人 any field's
    assert "法治建设第一责任人" not in wordings and "第一责任人职责" not in dict(conditions("履行第一责任人职责"))
    # a duty that is the purpose of another practice is no practice of its own
    assert "法治建设第一责任人职责" not in dict(conditions("为压实党政主要负责人推进法治建设第一责任人职责"))


def test_an_aside_of_what_a_practice_includes_is_an_alternative_but_not_one_of_whose_reports_count() -> None:
    terms = practice_terms("哪些地方组织学习宪法（含习近平总书记关于宪法的重要论述），或健全宪法宣誓制度？", [])
    assert "学习宪法" in terms and "习近平总书记关于宪法的重要论述" in terms
    assert not any("（" in term for term in terms)
    assert practice_terms("哪些地方开展法治政府建设督察（含司法行政部门）？", []) == ["法治政府建设督察"]


def test_the_work_a_name_leaves_out_is_also_written_in() -> None:
    assert "法治建设督察" in variants("法治督察", quoted=False)
    assert "法治政府建设工作要点" in variants("年度法治政府工作要点", quoted=False)


def test_a_name_whose_verb_went_before_and_a_clause_with_its_own_verb_are_two_practices() -> None:
    terms = practice_terms("哪些地方自行组织法治建设督察，例如建立法治督察制度、开展全面法治督察？", [])
    assert {"法治督察制度", "开展全面法治督察"} <= set(terms)
    # (names listed under one head stay one practice)
    assert practice_terms("哪些地方印发了法治政府建设或依法治县工作要点？", []) == ["法治政府建设工作要点", "依法治县工作要点"]


def test_a_bare_word_listed_on_after_huo_shares_what_leads_the_list() -> None:
    assert practice_terms("哪些地方围绕民法典开展宣传、学习或培训？", []) == ["围绕民法典开展宣传、学习", "围绕民法典开展培训"]
    # (a longer item names a practice of its own)
    assert "年度述法" in practice_terms("哪些地方落实领导干部述法制度，例如党政主要负责人年终述法、会议述法或年度述法？", [])


def test_a_bodys_leadership_is_also_written_with_its_degree() -> None:
    wordings = dict(conditions("坚持党对法治工作的领导", False))
    assert ["的领导", "的绝对领导", "的全面领导", "的集中统一领导", "的坚强领导"] in wordings["党对…的领导"]
    assert said_together("始终坚持党对法治工作的绝对领导，严格落实第一责任人职责。", wordings["党对…的领导"])


def test_an_example_before_deng_is_asked_alone_as_well_as_with_its_kind() -> None:
    terms = practice_terms("哪些地方（含政府部门）发挥藏语文等少数民族语言文字在普法中的作用？", [])
    assert "藏语文在普法中的作用" in terms and "藏语文等少数民族语言文字在普法中的作用" in terms


def test_topics_listed_before_an_activity_share_its_kind() -> None:
    terms = practice_terms("哪些地方举办习近平法治思想或法治专题培训？", [])
    assert "习近平法治思想专题培训" in terms and "习近平法治思想" not in terms
    # (topics opening on the same word name activities of their own)
    assert "行政复议应诉培训" not in practice_terms("哪些地方开展行政复议或行政应诉培训？", [])
    # ... and the verb the first one opens on is the last one's too
    terms = practice_terms("哪些地方为干部举办习近平法治思想或法治专题培训班？", [])
    assert terms[:2] == ["为干部举办习近平法治思想专题培训班", "为干部举办法治专题培训班"]
    assert not any(term.endswith("习近平法治思想") for term in terms)


def test_an_aside_saying_what_a_practice_holds_splits_no_alternatives() -> None:
    assert practice_terms("哪些地方通过政府常务会议学法（学习习近平法治思想或宪法法律）？", []) == ["通过政府常务会议学法"]


def test_common_words_written_together_far_more_than_chance_still_pick_a_practice_out() -> None:
    """In a small corpus a practice most reports state has only common words (中心组, 理论, 习近平 in a dozen
    reports' openings): by chance alone they would still meet, but they meet five times as often as that."""
    import jieba

    frequency = {"习近平": 22, "思想": 22, "理论": 8, "中心组": 8, "内容": 20}
    term = "把习近平法治思想列为理论学习中心组的学习内容"
    words = key_words(term, lambda t: list(jieba.cut(t)), lambda w: frequency.get(w, 16), 32)
    assert words == []  # (chance: 1.4 of 32 paragraphs)
    words = key_words(term, lambda t: list(jieba.cut(t)), lambda w: frequency.get(w, 16), 32,
                      together=lambda words: 7)
    assert {"中心组", "理论", "习近平"} == set(words)  # (the 为 of 列为 is the verb's: 理论 is no place the study is at)
    # meeting about as often as chance has them meet, they are only common
    assert key_words(term, lambda t: list(jieba.cut(t)), lambda w: frequency.get(w, 16), 32,
                     together=lambda words: 3) == []


def test_a_member_of_the_leading_group_is_an_actor_as_a_leader_is() -> None:
    terms = practice_terms("哪些地方安排主要负责人或班子成员开展述法？", [])
    assert any(term.startswith("主要负责人") for term in terms)  # (an actor alone before 或 shares what is done)
    assert {without_actor(term) for term in terms} == {"述法"}


def test_an_aside_of_examples_may_hold_a_variant_of_its_own() -> None:
    terms = practice_terms("哪些地方印发了年度普法工作计划（如普法依法治县（市）工作计划或普法责任清单）？", [])
    assert "年度普法工作计划" in terms and "普法责任清单" in terms
    assert not any("（" in term or "）" in term for term in terms)


def test_a_listed_name_takes_the_last_one_s_head_only_where_a_word_ends() -> None:
    assert listed_objects("依法治县、依法治区工作要点")[1] == "依法治县工作要点"
    # (宣传周 is one word: no head begins inside it for 民法典日 to take, 民法典日传周主题活动)
    assert not any("传周" in name and "宣传周" not in name for name in listed_objects("民法典日、民法典宣传周主题活动"))


def test_what_a_thing_is_placed_in_may_be_described_at_length_after_or() -> None:
    terms = practice_terms("哪些地方把民法典学习纳入党校课程或干部教育培训的重点内容？", [])
    assert terms[:2] == ["民法典学习纳入党校课程", "民法典学习纳入干部教育培训的重点内容"]


def _study_bodies(term: str) -> dict[str, list[str]]:
    """The bodies of each "…学法" wording of ``term``, by label, with whether 学法's own wordings count."""
    return {label: groups[0] for label, groups in conditions(term)
            if label.endswith("…学法") and "学法" in groups[1] and "学习习近平法治思想" in groups[1]}


def test_a_standing_meeting_studying_law_is_stated_however_the_words_between_run() -> None:
    """常务会议学法制度 is written 常务会议会前学法, 常务会集体学法, 常务会议每季度学法, and by what is studied
    (政府常务会议专题学习习近平法治思想): the meeting and 学法 or a wording of it in one sentence."""
    assert _study_bodies("政府常务会议学法制度") == {"常务会议…学法": ["常务会议", "常务会"]}
    assert _study_bodies("在常务会上组织学法") == {"常务会议…学法": ["常务会议", "常务会"]}
    assert _study_bodies("在政府常务会议上学习法律法规") == {"常务会议…学法": ["常务会议", "常务会"]}
    # (a narrower practice said of it, what is studied there, is no such wording)
    assert _study_bodies("政府常务会议学法时点名学习了具体的法律") == {}


def test_a_study_group_studying_law_is_stated_by_the_group_and_what_it_studies() -> None:
    """理论学习中心组学法 is written 县委理论学习中心组专题学习习近平法治思想."""
    assert _study_bodies("理论学习中心组学法") == {"中心组…学法": ["中心组"]}


def test_a_years_plan_is_stated_by_its_work_and_a_dated_plan() -> None:
    """法治政府建设工作要点 is written 法治政府建设年度工作要点, 《…依法治县委员会2024年工作要点》, or its work before
    a dated plan (…法治政府建设报告及公开工作，制定2023年度工作要点); not where the work is put into another's plan."""
    assert ("法治政府建设…年度工作要点", [["法治政府建设"], DATED_PLANS]) in conditions("法治政府建设工作要点")
    assert ("全面依法治县…年度工作要点", [["全面依法治县", "依法治县"], DATED_PLANS]) in conditions("全面依法治县工作要点")
    assert plan_made("研究制定法治政府建设年度工作要点，将法治政府建设作为年度重点工作。", ["法治政府建设"])
    assert plan_made("完成2022年度法治政府建设报告及公开工作，制定2023年度工作要点。", ["法治政府建设"])
    assert not plan_made("将法治政府建设纳入了县委、县政府年度工作要点。", ["法治政府建设"])
    assert not plan_made("印发《雅安市司法行政2020年工作要点》，安排部署全年法治政府建设工作。", ["法治政府建设"])
    assert not plan_made("全面贯彻《海东市乐都区法治政府建设2022年工作要点》。", ["法治政府建设"])


def test_a_compound_aside_stands_for_the_compound_before_it_not_its_verb() -> None:
    """开展法治建设（法治政府建设）督察 asks for 法治政府建设督察 too: 开展 is what is done with the compound."""
    assert "法治政府建设督察" in practice_terms("哪些地方组织开展法治建设（法治政府建设）督察？", [])


def test_a_last_alternative_jieba_reads_as_verbs_is_a_practice_of_its_own() -> None:
    """任前考法（或提职考法）: nothing follows 提职考法 for it to share as bare verbs would."""
    assert "提职考法" in practice_terms("哪些地方对领导干部实行任前考法（或提职考法）？", [])


def test_the_body_above_is_no_key_word_since_reports_name_it() -> None:
    import jieba

    words = key_words("被上级命名为法治政府建设示范市", lambda t: list(jieba.cut(t)),
                      {"上级": 1, "命名": 5, "示范市": 3}.get, 1000)
    assert "上级" not in words and "示范市" in words


def test_partners_listed_as_alternatives_share_the_pair_and_what_is_done_together() -> None:
    assert practice_terms("哪些地方把法治建设与经济社会发展或中心工作同部署？", []) == [
        "法治建设与经济社会发展同部署", "法治建设与中心工作同部署"]


def test_meetings_listed_as_where_a_thing_is_done_each_get_it() -> None:
    """在党委会议、政府常务会议或主任办公会上安排会前学法: 政府常务会议 alone is any standing meeting's business."""
    terms = practice_terms("哪些地方在党委会议、政府常务会议或主任办公会上安排会前学法？", [])
    assert terms == ["在党委会议上安排会前学法", "在政府常务会议上安排会前学法", "在主任办公会上安排会前学法"]


def test_the_administrative_of_the_genres_two_administrative_things_may_be_left_out() -> None:
    assert "重大决策事项目录" in variants("重大行政决策事项目录")
    assert "规范性文件清理" in variants("行政规范性文件清理、评估")  # (the listing's first item too)
    assert "重大决策" not in variants("重大行政决策")  # (the centre's 重大决策部署 holds it)
    assert variants("行政规范性文件") == ["行政规范性文件"]  # (规范性文件 is in every report)


def test_its_parts_offered_in_an_aside_are_the_named_bodies() -> None:
    # (其办公室 alone is any body's office: 领导小组及其办公室)
    assert practice_terms("哪些地方召开县委全面依法治县委员会会议（或其办公室会议）研究法治工作？", []) == [
        "县委全面依法治县委员会会议研究法治", "县委全面依法治县委员会办公室会议研究法治"]
    assert practice_terms("哪些地方召开依法治县委员会会议（或其他专题会议）研究法治？", []) == [
        "依法治县委员会会议研究法治", "其他专题会议研究法治"]  # (其他 is no "its")


def test_brackets_and_dashes_are_read_in_one_form_where_words_are_said_together() -> None:
    assert said_together("落实《法治政府建设实施纲要(2021-2025年)》，推进依法行政。",
                         [["法治政府建设实施纲要（2021—2025年）"], ["依法行政"]])
    assert not said_together("推进乡镇、街道综合执法。", [["镇街"], ["综合"]])  # (other marks as written)


def test_means_before_deng_and_their_kind_are_each_a_practice() -> None:
    assert practice_terms("哪些地方通过普法夜校、云课堂等线上形式组织群众学法？", []) == [
        "普法夜校", "云课堂", "通过线上形式组织群众学法"]
    # (not any report's media of many ways, nor a 等 inside a word)
    assert practice_terms("哪些地方通过报纸、电视、网络等多种方式宣传法治？", []) == ["通过报纸、电视、网络等多种方式宣传法治"]
    assert practice_terms("哪些地方通过高等院校等途径培养法治人才？", []) == ["通过高等院校等途径培养法治人才"]


def test_documents_listed_before_the_work_on_them_share_it() -> None:
    assert practice_terms("哪些政府部门开展政府规章或规范性文件清理工作？", []) == ["政府规章清理", "规范性文件清理"]


def test_a_practice_summed_up_before_a_colon_is_asked_by_its_ways_after_it() -> None:
    terms = practice_terms("哪些地方规范重大行政决策：严格执行重大行政决策程序规定、按程序推进年度重大行政决策事项，"
                           "或对重大行政决策开展合法性审查？", [])
    assert "按程序推进年度重大行政决策事项" in terms and "严格执行重大行政决策程序规定" in terms
    assert not any(term.startswith(("规范重大行政决策", "严格执行按程序")) for term in terms)


def test_the_principals_duty_is_stated_for_the_rule_of_law_or_the_rule_of_law_government() -> None:
    wordings = {label for label, _ in conditions("履行党政主要负责人推进法治建设第一责任人职责")}
    assert {"法治建设第一责任人职责", "法治政府建设第一责任人职责"} <= wordings


def test_an_example_of_verbs_alone_does_them_to_what_the_practice_acts_on() -> None:
    terms = practice_terms("哪些地方学习贯彻党的二十大精神（如召开二十大精神宣讲会、组织传达学习）？", [])
    assert "传达学习党的二十大精神" in terms and "组织传达学习" not in terms
    # (an aside inside the clause gives examples of the noun before it, no verbs done to the practice's object)
    assert "统计习近平总书记关于本部门所管行业" not in practice_terms(
        "哪些政府部门学习贯彻习近平总书记关于本部门所管行业（如统计、文化和旅游）工作的重要论述？", [])


def test_what_a_group_is_set_up_for_is_no_part_of_the_practice() -> None:
    assert practice_terms("哪些地方成立法治建设工作领导小组统筹推进法治建设？", []) == ["法治建设工作领导小组"]
    # (but what a body named as the doer, 由…, does is the practice)
    for question in ("哪些地方由党委全面依法治县委员会统筹法治建设？", "哪些地方依法治县委员会统筹推进法治建设？"):
        terms = practice_terms(question, [])
        assert terms and all("统筹" in term for term in terms), terms


def test_a_name_listed_first_before_the_head_it_shares_states_the_name() -> None:
    wordings = dict(conditions("法治政府建设工作要点"))
    assert wordings["法治政府建设、…工作要点"] == [["法治政府建设、"], ["工作要点"]]
    assert said_together("印发年度法治政府建设、守法普法工作要点，将法治建设与业务工作同部署。",
                         wordings["法治政府建设、…工作要点"])


def test_a_listed_name_and_a_head_in_other_clauses_state_nothing() -> None:
    groups = dict(conditions("法治政府建设工作要点"))["法治政府建设、…工作要点"]
    assert not said_together("统筹推进法治政府建设、法治社会建设，印发2024年普法工作要点。", groups,
                             clause=given_in_one_clause(groups))


def test_examples_of_verbs_take_no_noun_cut_inside_a_word() -> None:
    terms = practice_terms("哪些地方完善行政规范性文件管理（如起草、审核、备案）？", [])
    assert not any("性文件管理" in term and not term.startswith("行政规范") for term in terms)


def test_an_aside_naming_the_objects_own_forms_with_its_asks_for_the_object() -> None:
    """应知应会党内法规和国家法律（清单制度或其学习内容）: the list's system and its study are the object's own forms,
    stated by its name, no practice apart (a 清单制度 alone is any list's); an aside of a body's parts (委员会会议（或其
    办公室会议）) still names other bodies."""
    assert practice_terms("哪些政府部门写明领导干部应知应会党内法规和国家法律（清单制度或其学习内容）？", []) == [
        "领导干部应知应会党内法规和国家法律"]
    assert "县委全面依法治县委员会办公室会议研究法治" in practice_terms(
        "哪些地方召开县委全面依法治县委员会会议（或其办公室会议）研究法治工作？", [])
    # (或其他 is "or other": an aside with it lists other names, 法律顾问参与)
    assert "法律顾问参与" in practice_terms("哪些地方的政府常务会议学法（含法律顾问或其他人员参与）？", [])


def test_names_listed_before_one_saying_what_it_is_of_are_of_that_too() -> None:
    """（重大行政决策、重大执法决定的合法性审查或…）: the review of 重大行政决策 too, not 重大行政决策 itself."""
    terms = practice_terms("哪些地方开展合法性审查（重大行政决策、重大执法决定的合法性审查或合法性审查全覆盖）？", [])
    assert "重大行政决策的合法性审查" in terms and "重大行政决策" not in terms, terms


def test_verbs_listed_before_a_role_played_act_on_the_body_playing_it() -> None:
    """成立、调整或发挥X（Y）的作用: a report sets up or reshapes X (or Y), naming no role; its aside spells X otherwise
    wherever X stands in a term, at a term's end too."""
    terms = practice_terms("哪些地方成立、调整或发挥法治建设工作领导小组（工作专班）的作用？", [])
    assert terms == ["法治建设工作领导小组", "法治建设工作领导小组的作用", "法治建设工作专班", "法治建设工作专班的作用"]
    assert practice_terms("哪些地方发挥法治建设工作领导小组的作用？", []) == ["法治建设工作领导小组的作用"]


def test_the_askers_own_body_is_the_reports_own_and_no_word_of_its_name() -> None:
    """本单位（本系统）年度…工作要点: a report names its own unit, never 本单位."""
    assert practice_terms("哪些地方制定印发本单位（本系统）年度法治（政府）建设工作要点？", []) == [
        "年度法治建设工作要点", "年度法治政府建设工作要点"]


def test_a_quoted_name_spelled_in_full_in_an_aside_after_its_head_is_asked_both_ways() -> None:
    """“八五”普法规划（第八个五年法治宣传教育规划）: a report names the plan either way."""
    assert practice_terms("哪些地方贯彻实施“八五”普法规划（第八个五年法治宣传教育规划）？", []) == [
        "八五", "第八个五年法治宣传教育规划"]
    # (an aside of words said of the name, ending otherwise than its head, names nothing)
    for question in ("哪些地方开展“八五”普法中期评估（2023年度工作）？", "哪些地方推行“谁执法谁普法”责任制（以清单方式明确责任）？",
                     "哪些地方开展“法律明白人”培养工程（每村至少三名）？"):
        assert len(practice_terms(question, [])) == 1, question


def test_what_a_congress_laid_down_is_stated_with_the_kind_of_plan_too() -> None:
    """二十大关于法治建设的部署: a report writes its 战略部署 (决策部署, 重大部署, 工作部署)."""
    wordings = [label for label, _ in conditions("二十大关于法治建设的部署")]
    assert "二十大关于法治建设的战略部署" in wordings and "二十大关于法治建设的决策部署" in wordings


def test_doing_a_thing_on_one_s_own_asks_the_thing() -> None:
    asked = "哪些地方自行制定、拟定或起草本地区年度法治政府建设工作要点或工作计划？"
    assert practice_terms(asked, []) == practice_terms(asked.replace("自行", ""), []) == [
        "年度法治政府建设工作要点", "年度法治政府建设工作计划"]


def test_a_yearly_plan_is_written_with_its_year_and_without_building() -> None:
    # (《邕宁区2019年法治政府工作要点》: its year in place of 年度, and no 建设)
    assert "法治政府工作要点" in variants("年度法治政府建设工作要点")


def test_verbs_of_studying_in_a_manner_are_verbs_alone_sharing_the_object_after_them() -> None:
    assert practice_terms("哪些地方学习贯彻、全面贯彻落实或紧扣党的二十大精神？", []) == ["党的二十大精神"]
    assert "深入学习贯彻" not in practice_terms("哪些地方深入学习贯彻、践行习近平法治思想？", [])

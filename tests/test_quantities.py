"""Multi-part numeric questions: which quantities are asked, and which stated figure answers each."""

from __future__ import annotations

from kg.ask.answer import _assign
from kg.ask.quantities import Bound, Figure, parse_parts, ranked_quantity, score, unit_fits
from search.tokens import SearchTokenizer

tokenize = SearchTokenizer().tokenize


def figure(name: str, value: float, unit: str, text: str, before: str = "", after: str = "") -> Figure:
    """A STATES fact as the graph gives it, with the report's words around it."""
    return Figure({"name": name, "value": value, "unit": unit, "text": text, "year": 2021,
                   "paragraph_id": "p-1", "region": "某县"}, before or text, after)


def test_from_to_question_asks_a_starting_value_and_the_value_it_became() -> None:
    parts = parse_parts("某县办案平均用时从多少天缩短到多少天？", ["某县"], tokenize)
    assert [(p.unit, p.follows) for p in parts] == [("天", False), ("天", True)]


def test_the_value_a_figure_became_is_read_from_the_words_after_it() -> None:
    start = figure("办案平均用时", 30, "天", "办案平均用时由30天", after="压减至12.5天，群众满意率明显提升。")
    parts = parse_parts("某县办案平均用时从多少天缩短到多少天？", ["某县"], tokenize)
    chosen = _assign(parts, [start], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"], chosen[1]["unit"]) == (30, 12.5, "天")
    # no "到/至 + number" after the figure: the second value is not invented
    alone = figure("办案平均用时", 30, "天", "办案平均用时30天", after="，较上年有所缩短。")
    assert 1 not in _assign(parts, [alone], tokenize, set())


def test_a_figure_whose_noun_follows_the_number_still_answers() -> None:
    parts = parse_parts("某市出台了多少条便民措施、分解了多少项责任清单？", ["某市"], tokenize)
    measures = figure("出台", 26, "条", "出台26条", after="便民措施，分解45项责任清单。")
    duties = figure("分解", 45, "项", "分解45项", after="责任清单。")
    assert score(parts[0], measures, tokenize) > 0 and score(parts[1], duties, tokenize) > 0
    assert score(parts[0], duties, tokenize) == 0  # 责任清单 is not what the first part counts
    chosen = _assign(parts, [measures, duties], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (26, 45)
    assert chosen[0]["text"] == "出台26条便民措施"  # the answer quotes the noun it counts


def test_sheets_are_asked_and_stated_by_their_measure_word() -> None:
    from kg.ask.text_figures import text_figures

    parts = parse_parts("某镇悬挂宣传横幅多少条？宣传海报多少张？", ["某镇"], tokenize)
    assert [p.unit for p in parts] == ["条", "张"]
    stated = text_figures("挂宣传横幅12条、宣传海报35张、发放小册子2000余册。", "p-1", 2023)
    assert (35, "张") in [(f["value"], f["unit"]) for f in stated]
    # sheets count sheets only, whatever their scale: 折页14万张 answers no 几次
    leaflets = figure("下发宣传海报、折页", 14, "万张", "下发宣传海报、折页14万张", after="，开展答题活动2次。")
    part = parse_parts("某区召开了几次依法治区委员会会议？", ["某区"], tokenize)[0]
    assert not unit_fits(part, leaflets.fact)


def test_a_duration_asked_is_answered_by_a_duration_only() -> None:
    """承诺时限压减多少个工作日: the working days cut, not the steps cut beside them in 个, the measure word that counts
    anything."""
    part = parse_parts("某州2022年事项办理承诺时限压减多少个工作日？", ["某州"], tokenize)[0]
    steps = figure("事项办理环节压减", 9583, "个", "事项办理环节压减9583个", after="，事项办理承诺时限压减73049个工作日。")
    days = figure("事项办理承诺时限压减", 73049, "个工作日", "事项办理承诺时限压减73049个工作日", after="。")
    assert part.unit == "个工作日" and not unit_fits(part, steps.fact) and unit_fits(part, days.fact)
    # (working days and calendar days written without 个 are durations too)
    for unit in ("工作日", "个自然日", "自然日"):
        assert unit_fits(part, figure("事项办理承诺时限压减", 3, unit, f"承诺时限压减3{unit}", after="。").fact)


def test_items_counted_before_their_nouns_share_the_verb_before_the_list() -> None:
    """梳理出36个部门单位、2758项权责清单事项: the extraction names 2758项 by its noun alone; 梳理出 is its verb too."""
    clause = "共计梳理出36个部门单位、2758项"
    listed = Figure({"name": "权责清单事项", "value": 2758, "unit": "项", "text": "2758项", "year": 2020,
                     "paragraph_id": "p-1", "region": "某市"}, "组织全市职权部门梳理政务事项，" + clause,
                    "权责清单事项，其中进厅政务服务事项1562项。", clause)
    other = figure("梳理《工程建设项目审批事项清单》", 107, "项", "梳理《工程建设项目审批事项清单》107项",
                   before="其中进厅政务服务事项1562项，无差别“综窗”受理事项1088项。梳理《工程建设项目审批事项清单》107项",
                   after="，涉及14个审批部门。")
    question = "某市组织梳理政务事项，共梳理出多少项权责清单事项？其中进厅政务服务事项多少项？无差别“综窗”受理事项多少项？"
    parts = parse_parts(question, ["某市"], tokenize)
    asked = {word for word in tokenize(question) if len(word) >= 2}
    assert _assign(parts, [other, listed], tokenize, asked)[0]["value"] == 2758
    # a figure with a verb of its own keeps it (办结28件 of 受理36件行政复议案件、办结28件)
    own = Figure({"name": "办结", "value": 28, "unit": "件", "text": "办结28件", "year": 2020, "paragraph_id": "p-1",
                  "region": "某市"}, "受理36件行政复议案件、办结28件", "。", "受理36件行政复议案件、办结28件")
    assert own.run_opening == ""


def test_an_area_is_asked_and_stated_in_its_own_measure() -> None:
    from kg.ask.text_figures import text_figures

    parts = parse_parts("某区新设的政务服务大厅面积多少平方米？进驻了多少个部门？", ["某区"], tokenize)
    assert [p.unit for p in parts] == ["平方米", "个"]
    stated = text_figures("新设立3218平方米的区政务服务大厅，已进驻19个行政部门。", "p-1", 2020)
    assert [(f["value"], f["unit"]) for f in stated] == [(3218, "平方米"), (19, "个")]
    hall = figure("新设立", 3218, "平方米", "新设立3218平方米", after="的区政务服务大厅，已进驻19个行政部门。")
    offices = figure("已进驻", 19, "个", "已进驻19个", after="行政部门。")
    chosen = _assign(parts, [hall, offices], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (3218, 19)
    assert score(parts[1], hall, tokenize) == 0  # an area answers no count


def test_the_field_before_the_thing_counted_only_says_which_one_it_was() -> None:
    part = parse_parts("某县开展了几次法治建设专项督查？", ["某县"], tokenize)[0]
    assert part.head == "督查"
    inspections = figure("开展专项督查", 4, "次", "开展专项督查4次", before="将法治建设纳入干部评价体系。全年开展专项督查4次")
    assert score(part, inspections, tokenize) > 0


def test_quoted_names_joined_by_and_are_one_category_unless_each_is_asked() -> None:
    one = parse_parts("某州“掌上办”和“就近办”事项有多少项？", ["某州"], tokenize)
    assert [p.item for p in one] == ["“掌上办”和“就近办”事项"]
    each = parse_parts("某州“掌上办”和“就近办”事项各有多少项？", ["某州"], tokenize)
    assert len(each) == 2


def test_relative_clauses_joined_by_and_are_asked_apart() -> None:
    parts = parse_parts("某市撤销的和保留的议事机构各有多少个？", ["某市"], tokenize)
    assert [p.item for p in parts] == ["撤销", "保留"]


def test_a_bare_share_is_answered_by_the_percentage_that_says_of_what() -> None:
    parts = parse_parts("某区“一网通办”事项有多少项，占比多少？", ["某区"], tokenize)
    share = figure("占全部事项的", 95.5, "%", "占全部事项的95.5%")
    other = figure("群众满意率", 99.0, "%", "群众满意率99%")
    assert parts[1].rate and score(parts[1], share, tokenize) > 0 and score(parts[1], other, tokenize) == 0


def test_a_separator_character_inside_a_word_does_not_split_the_question() -> None:
    parts = parse_parts("某县法律顾问参与了多少件行政诉讼？", ["某县"], tokenize)
    assert [p.item for p in parts] == ["法律顾问参与行政诉讼"]
    parts = parse_parts("某县提供了多少件法律意见、参与了多少件行政诉讼？", ["某县"], tokenize)
    assert [p.item for p in parts] == ["提供法律意见", "参与行政诉讼"]
    # (nor one opening the question once its place is taken out: 及时 of 某开发区及时发布)
    parts = parse_parts("某开发区及时准确发布了多少条动态信息？", ["某开发区"], tokenize)
    assert [p.item for p in parts] == ["及时准确发布动态信息"]


def test_the_noun_after_a_figure_stops_at_the_next_figure() -> None:
    first = figure("印发", 21, "项", "印发21项", after="专项任务清单和14项问题清单，明确责任。")
    assert first.subject == "专项任务清单"
    assert figure("审结", 8, "件", "审结8件", after="行政诉讼案件。").subject == "行政诉讼案件"


def test_an_aside_in_brackets_does_not_end_the_noun_after_a_figure() -> None:
    counted = figure("组织", 41, "个", "组织41个", after="科室(站所)负责人年终述职，完成12件实事。")
    assert counted.subject == "科室站所负责人年终述职"
    parts = parse_parts("某县有多少个科室（站所）的负责人年终述职？", ["某县"], tokenize)
    other = figure("开展培训", 30, "场次", "开展培训三十余场次", before="各站所开展培训三十余场次")
    assert _assign(parts, [other, counted], tokenize, set())[0]["value"] == 41


def test_a_figure_that_says_where_it_started_answers_both_ends() -> None:
    # the graph reads "由2711项减至2656项" as one figure, 2656项, whose text holds the start
    both = figure("权责事项", 2656, "项", "权责事项由2711项减至", before="调整16项,权责事项由2711项减至")
    parts = parse_parts("某区权责事项从多少项减到了多少项？", ["某区"], tokenize)
    chosen = _assign(parts, [both], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (2711, 2656)
    assert chosen[0]["text"] == "权责事项由2711项"


def test_the_counted_word_names_the_figure_over_a_neighbour() -> None:
    parts = parse_parts("某区权责清单动态调整时取消了多少项？", ["某区"], tokenize)
    before = "对权责清单进行动态调整,取消68项,增加13项,调整16项"
    cancelled = figure("取消", 68, "项", "取消68项", before=before[:before.index("68") + 3])
    adjusted = figure("调整", 16, "项", "调整16项", before=before)
    assert _assign(parts, [cancelled, adjusted], tokenize, set())[0]["value"] == 68


def test_bodies_acting_together_ask_one_quantity() -> None:
    parts = parse_parts("某市的部门和镇街一把手一共上了多少场法治课？", ["某市"], tokenize)
    assert [(p.item, p.context) for p in parts] == [("一把手一共上法治课", "部门、镇街")]
    # the place's own organs keep their level as reports write them (市委、市政府)
    parts = parse_parts("武汉市委、市政府会议研究法治议题多少次？", ["武汉市"], tokenize)
    assert [(p.item, p.context) for p in parts] == [("会议研究法治议题", "市委、市政府")]
    # ... and so does a league's or a 地区's party committee with its office (盟委、行署, 地委、行署)
    parts = parse_parts("兴安盟盟委、行署主要领导作出批示几次？", ["兴安盟"], tokenize)
    assert [(p.item, p.context) for p in parts] == [("主要领导作出批示", "盟委、行署")]
    # verbs enumerated are quantities of their own
    assert len(parse_parts("某县收到、受理、审结行政复议案件多少件？", ["某县"], tokenize)) == 3


def test_members_of_bodies_listed_after_the_figure_are_what_it_counts() -> None:
    # 275名乡镇、部门领导班子成员: the list of bodies and the noun after it are the figure's words
    parts = parse_parts("某市组织多少名党政主要负责人进行会议述法？多少名乡镇、部门领导班子成员进行专题述法？", ["某市"],
                        tokenize)
    text = "组织全市32名党政主要负责人进行会议述法,275名乡镇、部门领导班子成员进行专题述法,切实督促"
    members = figure("", 275, "名", "275名", before=text[:text.index("275名") + 4],
                     after=text[text.index("275名") + 4:])
    heads = figure("组织全市32名", 32, "名", "组织全市32名", before=text[:text.index("32名") + 3],
                   after=text[text.index("32名") + 3:])
    chosen = _assign(parts, [heads, members], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (32, 275)


def test_a_figure_in_another_kind_of_measure_loses() -> None:
    parts = parse_parts("某区一把手上了多少场法治课？", ["某区"], tokenize)
    bodies = figure("", 82, "家", "82家", before="带头讲好法治课,全区82家", after="部门和镇街党政一把手持续跟进")
    lessons = figure("上好", 141, "场", "上好141场", before="党政一把手持续跟进,上好141场", after="法治课")
    assert _assign(parts, [bodies, lessons], tokenize, set())[0]["value"] == 141


def test_and_between_two_verbs_separates_them() -> None:
    parts = parse_parts("某市取消、新增和扩大权限的各有多少项？", ["某市"], tokenize)
    assert [p.item for p in parts] == ["取消", "新增", "扩大"]


def test_measure_words_of_ships_classes_and_laws() -> None:
    assert [p.unit for p in parse_parts("某市完成了多少艘渔船、多少名渔民的退捕？", ["某市"], tokenize)] == ["艘", "名"]
    assert parse_parts("职责被细化为几大类？", [], tokenize)[0].unit == "大类"
    assert parse_parts("常务会议学习了几部法律？", [], tokenize)[0].unit == "部"
    assert parse_parts("有多少部门参加？", [], tokenize)[0].unit is None  # 部门 is no measure word


def test_measure_words_of_copies_kinds_and_places_are_asked_and_a_copy_answers_no_sort() -> None:
    parts = parse_parts("某区向党员发放了几类必读、选读书目？共发放学习材料多少册？签发了多少种电子证照？"
                        "设立了多少处法治阵地？", ["某区"], tokenize)
    assert [(p.item, p.unit) for p in parts] == [
        ("向党员发放必读、选读书目", "类"), ("发放学习材料", "册"), ("签发电子证照", "种"), ("设立法治阵地", "处")]
    assert parse_parts("有多少本级部门参加？", [], tokenize)[0].unit is None  # 本级 is no measure word
    assert parse_parts("建成了多少面法治灯箱？", [], tokenize)[0].unit == "面"
    assert parse_parts("发布业务套餐多少组？", [], tokenize)[0].unit == "组"
    assert parse_parts("有多少组织参与？", [], tokenize)[0].unit is None  # 组织 is no measure word
    copies = figure("书目等学习材料", 842, "册", "842册", before="必读、选读书目等学习材料842册", after="，整理形成")
    assert {part: fact["value"] for part, fact in _assign(parts[:2], [copies], tokenize, set()).items()} == {1: 842}


def test_a_total_examples_or_what_the_counted_did_ask_one_number() -> None:
    # a total over the listed items, and a bare second measure of the same thing
    parts = parse_parts("某县组织普法讲座、法治宣传共几场、多少人次？", ["某县"], tokenize)
    assert [(p.unit, p.item) for p in parts] == [("场", "组织普法讲座、法治宣传"), ("人次", "组织普法讲座、法治宣传")]
    # examples ending in 等 are one means of one count
    assert len(parse_parts("某县通过夜校、广播、宣传栏等开展了多少场普法？", ["某县"], tokenize)) == 1
    # what the counted ones did, after a verb, is no second count
    assert len(parse_parts("某县组织了多少名村干部参加法律考试和旁听庭审？", ["某县"], tokenize)) == 1
    # counted nouns listed after the quantity, and verbs listed before it, are counted apart
    assert len(parse_parts("某县考核方案有多少项一级指标、二级指标和三级指标？", ["某县"], tokenize)) == 3
    assert len(parse_parts("某县受理和审结了多少宗行政复议案件？", ["某县"], tokenize)) == 2


def test_a_figure_is_named_by_the_noun_after_listed_modifiers() -> None:
    parts = parse_parts("某市提出了多少项改革措施？", ["某市"], tokenize)
    listed = figure("提出", 31, "项", "提出了31项", after="可操作、可考核的改革措施，全面推进。")
    assert listed.subject == "可操作、可考核的改革措施" and score(parts[0], listed, tokenize) > 0


def test_a_share_is_named_by_the_clause_before_it() -> None:
    parts = parse_parts("某县网上办事项占比达到多少？", ["某县"], tokenize)
    share = figure("占比达", 98, "%", "占比达98%", before="网上办事项应上尽上，占比达")
    other = figure("占比达", 40, "%", "占比达40%", before="窗口受理5万件，占比达")
    assert score(parts[0], share, tokenize) > 0 and score(parts[0], other, tokenize) == 0


def test_an_item_the_tokenizer_keeps_nothing_of_is_matched_as_written() -> None:
    parts = parse_parts("某镇召开了几次专题部署会、几次工作推进会？", ["某镇"], tokenize)
    meeting = figure("工作推进会", 6, "次", "工作推进会6次")
    assert score(parts[1], meeting, tokenize) > 0


def test_a_figure_whose_noun_is_another_parts_counted_word_does_not_answer_this_part() -> None:
    parts = parse_parts("某县公布的中介服务事项清单涉及多少个部门、多少项中介服务事项？", ["某县"], tokenize)
    departments = figure("公布了县发改局等", 16, "个", "公布了县发改局等16个", after="部门84项中介服务事项清单。")
    items = figure("公布了县发改局等", 84, "项", "84项", before="公布了县发改局等16个部门84项",
                   after="中介服务事项清单。")
    assert score(parts[0], items, tokenize) == 0  # 84 counts 中介服务事项, not 部门
    chosen = _assign(parts, [departments, items], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (16, 84)


def test_a_second_counted_thing_put_before_the_verb_is_a_part_of_its_own() -> None:
    # 对 puts the second count before the verb: the first counts the bodies, the second the items (对 is no part of it)
    parts = parse_parts("某区有多少个部门对多少个事项推行了容缺办理？", ["某区"], tokenize)
    assert [(p.unit, p.item) for p in parts] == [("个", "部门"), ("个", "事项推行容缺办理")]
    bodies = figure("", 9, "个", "9个", after="部门对56个事项推行容缺办理。")
    matters = figure("", 56, "个", "56个", before="9个部门对56个", after="事项推行容缺办理。")
    chosen = _assign(parts, [bodies, matters], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (9, 56)


def test_a_linking_verb_before_the_quantity_names_nothing() -> None:
    # 达到 only joins the indicator to its value, as 是 does: the figure need not write it
    part = parse_parts("某市网上办件量达到多少？", ["某市"], tokenize)[0]
    assert part.head == "办件量"
    assert score(part, figure("网上办件量", 3.2, "万件", "网上办件量3.2万件"), tokenize) > 0


def test_which_one_is_answered_by_an_ordinal_and_how_many_never_is() -> None:
    parts = parse_parts("某县召开的是县委全面依法治县委员会第几次会议？", ["某县"], tokenize)
    assert parts[0].ordinal and "第" not in parts[0].item
    fifth = figure("召开县委全面依法治县委员会", 5, "次", "召开县委全面依法治县委员会第五次", after="会议，审议工作要点。")
    held = figure("召开县委全面依法治县委员会会议", 4, "次", "召开县委全面依法治县委员会会议4次")
    assert unit_fits(parts[0], fifth.fact) and not unit_fits(parts[0], held.fact)
    assert _assign(parts, [held, fifth], tokenize, set())[0]["value"] == 5
    count = parse_parts("某县召开了几次县委全面依法治县委员会会议？", ["某县"], tokenize)[0]
    assert not count.ordinal and unit_fits(count, held.fact) and not unit_fits(count, fifth.fact)
    # which place: named by the clause before the ordinal, another figure standing between
    place = parse_parts("某市在全省多少个城市中排第几名？", ["某市"], tokenize)[1]
    ranked = figure("位列全省", 7, "名", "第7名", before="评估中，我市位列全省16个城市第7名")
    assert place.ordinal and score(place, ranked, tokenize) > 0



def test_the_noun_counted_ends_at_de() -> None:
    # 多少个社区的台账 counts 社区, not the 台账 after 的
    assert parse_parts("全区对多少个社区的矛盾纠纷台账进行了核查？", [], tokenize)[0].head == "社区"
    # a measure word right before 的: the noun after it is counted
    assert parse_parts("公证处办理了多少件次的公证业务？", [], tokenize)[0].head == "业务"


def test_what_a_count_of_meetings_was_for_follows_it() -> None:
    meetings = figure("专题会议", 9, "次", "召开专题会议9次", "全年召开专题会议9次", "，研究部署普法工作；另有")
    assert meetings.sequel == "研究部署普法工作"
    # a next clause with a figure of its own names that figure, not this one
    assert figure("受理", 15, "件", "受理15件", after="，办结12件。").sequel == ""
    part = parse_parts("召开专题会议研究普法工作多少次？", [], tokenize)[0]
    assert part.head == "普法" and score(part, meetings, tokenize) > 0


def test_a_duration_is_named_by_its_unit_not_by_a_word_for_duration() -> None:
    part = parse_parts("不动产登记办理用时是多少个工作日？", [], tokenize)[0]
    days = figure("不动产登记办理", 3, "个工作日", "不动产登记办理压缩至3个工作日")
    assert part.head == "用时" and score(part, days, tokenize) > 0
    # another unit still needs the word asked: a count of cases is no duration
    cases = figure("不动产登记办理", 3, "件", "不动产登记办理3件")
    assert score(parse_parts("不动产登记办理用时是多少件？", [], tokenize)[0], cases, tokenize) == 0


def test_places_joined_by_he_leave_no_he_before_the_quantity() -> None:
    parts = parse_parts("甲县和乙县的行政复议纠错率分别是多少？", ["甲县", "乙县"], tokenize)
    assert [(p.item, p.rate) for p in parts] == [("行政复议纠错率", True)]
    parts = parse_parts("甲县、乙县与丙县受理行政复议案件各多少件？", ["甲县", "乙县", "丙县"], tokenize)
    assert [p.unit for p in parts] == ["件"] and "与" not in parts[0].item


def test_a_ranking_question_gives_its_quantity_order_and_bound() -> None:
    assert ranked_quantity("哪个地区的行政机关负责人出庭应诉率最高？") == ("行政机关负责人出庭应诉率是多少", False, None)
    assert ranked_quantity("哪个县行政复议案件最少？")[1] is True
    assert ranked_quantity("哪些县的出庭应诉率达到100%？") == ("出庭应诉率是多少", False, Bound(">=", 100, "%"))
    assert ranked_quantity("哪些县的行政复议案件在50件以上？")[2] == Bound(">=", 50, "件")
    assert ranked_quantity("败诉率低于5%的有哪些地区？") == ("败诉率是多少", True, Bound("<", 5, "%"))
    assert Bound(">", 10, "%").holds(12.5) and not Bound(">", 10, "%").holds(10)


def test_a_figure_whose_own_words_are_of_another_area_answers_no_part_of_this_one() -> None:
    litigation = figure("行政诉讼案件", 13, "件", "应诉的13件行政诉讼案件")
    concluded = figure("行政复议案件", 5, "件", "审结行政复议案件5件")
    part = parse_parts("某县行政复议案件多少件？", ["某县"], tokenize)[0]
    assert score(part, litigation, tokenize) == 0 < score(part, concluded, tokenize)
    # filed with the advisers by its sentence (法律顾问…参与行政诉讼53件), its own words are litigation's
    advisers = figure("参与行政诉讼", 53, "件", "参与行政诉讼53件")
    advisers.fact["indicator"] = "legal_adviser.opinions"
    parts = parse_parts("某县法律顾问提供法律意见多少件、参与行政诉讼多少件？", ["某县"], tokenize)
    assert parts[1].item == "参与行政诉讼" and score(parts[1], advisers, tokenize) > 0


def test_a_rate_named_before_de_is_stated_in_either_script() -> None:
    part = parse_parts("某区政务服务事项全程网办的比例是多少？", ["某区"], tokenize)[0]
    assert part.stem == "网办"
    traditional = figure("區級政務服務事項實現", 100, "%", "區級政務服務事項實現100%", after="全程網辦。")
    traditional.fact["name"] = "区级政务服务事项实现"
    assert score(part, traditional, tokenize) > 0
    assert score(part, figure("群众满意", 99, "%", "群众满意度99%"), tokenize) == 0


def test_a_share_of_the_things_named_is_named_by_them_not_by_the_noun_they_are_of() -> None:
    part = parse_parts("某市审批服务事项中，“马上办”事项占比多少？", ["某市"], tokenize)[0]
    stated = figure("“马上办”占", 57.1, "%", "“马上办”占57.1%", before="全市2563项审批服务事项中，")
    assert score(part, stated, tokenize) > 0
    assert score(part, figure("“网上办”占", 52.1, "%", "“网上办”占52.1%", before="“马上办”占57.1%，"), tokenize) == 0


def test_a_preposition_alone_before_the_quantity_is_not_part_of_what_is_counted() -> None:
    parts = parse_parts("对多少个镇、多少个部门开展了专项督查？", [], tokenize)
    assert [(p.item, p.unit) for p in parts][0] == ("镇", "个")


def test_a_compound_head_asked_is_found_with_a_modifier_inside_it() -> None:
    parts = parse_parts("某县参加专题讲座多少期？", ["某县"], tokenize)
    lectures = figure("参加专题法治讲座", 36, "期", "参加专题法治讲座36期")
    assert score(parts[0], lectures, tokenize) > 0  # 专题讲座 written 专题法治讲座
    other = figure("参加法治培训", 12, "期", "参加法治培训12期")
    assert score(parts[0], other, tokenize) == 0


def test_an_adverb_after_the_counted_noun_ends_it_and_traditional_script_is_read_as_simplified() -> None:
    parts = parse_parts("某省全国其他多少个自贸区的多少项政策因此全面适用于某省？", ["某省"], tokenize)
    assert parts[-1].head == "政策"
    tasks = figure("明確強化突發事件依法處置等35項", 35, "项", "明確強化突發事件依法處置等35項", after="主要任務。")
    asked = parse_parts("某市行动方案明确了多少项主要任务？", ["某市"], tokenize)
    assert score(asked[0], tasks, tokenize) > 0


def test_before_and_after_each_asks_where_a_change_started_and_where_it_ended() -> None:
    parts = parse_parts("2017年某市级行政权力事项削减前后各有多少项？精简率达到多少？", ["某市"], tokenize)
    assert [(p.unit, p.follows) for p in parts[:2]] == [("项", False), ("项", True)]
    assert parts[0].item.startswith("市级")  # the place's level stays with what it counts
    whole = figure("市级行政权力事项", 3843, "项", "市级行政权力事项从8780项削减至3843项")
    chosen = _assign(parts[:2], [whole], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (8780, 3843)


def test_a_year_opening_the_noun_after_a_figure_is_read_through() -> None:
    """举办3期2024年度…培训班: the year belongs to the noun that says what the figure counts."""
    classes = figure("举办", 3, "期", "举办3期", after="2024年度领导干部法治能力培训班，覆盖干部300人次。")
    assert classes.subject == "2024年度领导干部法治能力培训班"


def test_a_share_naming_no_thing_is_the_share_of_the_count_before_it() -> None:
    """…事项860项，占总事项的98%，开通网办事项820项，占总事项的95%: the share asked of the first count is the one
    right after it, though both shares are written alike."""
    parts = parse_parts("某县对社会公布的“一次办”事项有多少项？占总事项的比例是多少？", ["某县"], tokenize)
    sentence = "平台录入事项900项，对社会公布“一次办”事项860项，占总事项的98%，开通网办事项820项，占总事项的95%"
    first = figure("占总事项的", 98, "%", "占总事项的98%", before=sentence[:sentence.index("98%")])
    second = figure("占总事项的", 95, "%", "占总事项的95%", before=sentence[:sentence.index("95%")])
    assert score(parts[1], first, tokenize) > score(parts[1], second, tokenize)


def test_a_change_over_a_year_naming_no_thing_is_the_change_of_the_count_before_it() -> None:
    """…商事业务24531件，同比增长17.8%；人社综合业务81113件次，同比增长21.6%: each rate of growth is of the count
    its sentence names in the clause before it."""
    parts = parse_parts("某区人社综合业务同比增长多少？", ["某区"], tokenize)
    sentence = "商事业务24531件，同比增长17.8%；人社综合业务81113件次，同比增长21.6%；线上服务9.6万余次，同比增长24.7%"
    rates = [figure("同比增长", value, "%", f"同比增长{value}%", before=sentence[:sentence.index(f"{value}%")])
             for value in (17.8, 21.6, 24.7)]
    assert _assign(parts, rates, tokenize, set())[0]["value"] == 21.6
    # (so over the same period of the year before: 较上年同期增长)
    sentence = sentence.replace("同比增长", "较上年同期增长")
    rates = [figure("较上年同期增长", value, "%", f"较上年同期增长{value}%", before=sentence[:sentence.index(f"{value}%")])
             for value in (17.8, 21.6, 24.7)]
    assert _assign(parse_parts("某区人社综合业务较上年同期增长多少？", ["某区"], tokenize), rates, tokenize, set())[0][
        "value"] == 21.6


def test_the_change_of_a_share_is_named_by_its_own_words() -> None:
    """…建立联合双随机任务441项，占计划任务总数的69.45%，同比提高38.64%: the share is the one asked as a share, the
    change the one asked as a change."""
    parts = parse_parts("某市建立了多少项联合双随机任务？占计划任务总数的比例是多少，同比提高了多少？", ["某市"], tokenize)
    sentence = "某市建立联合双随机任务441项，占计划任务总数的69.45%，同比提高38.64%"
    tasks = figure("建立联合双随机任务", 441, "项", "建立联合双随机任务441项", before=sentence[:sentence.index("441")])
    share = figure("占计划任务总数的", 69.45, "%", "占计划任务总数的69.45%", before=sentence[:sentence.index("69.45")])
    change = figure("同比提高", 38.64, "%", "同比提高38.64%", before=sentence[:sentence.index("38.64")])
    chosen = _assign(parts, [tasks, share, change], tokenize, set())
    assert [chosen[i]["value"] for i in range(3)] == [441, 69.45, 38.64]
    # (so with the share written with a full-width ％)
    wide = sentence.replace("%", "％")
    share = figure("占计划任务总数的", 69.45, "%", "占计划任务总数的69.45％", before=wide[:wide.index("69.45")])
    change = figure("同比提高", 38.64, "%", "同比提高38.64％", before=wide[:wide.index("38.64")])
    chosen = _assign(parts, [tasks, share, change], tokenize, set())
    assert [chosen[i]["value"] for i in range(3)] == [441, 69.45, 38.64]


def test_a_figure_counting_another_parts_noun_right_before_it_does_not_answer_this_part() -> None:
    """…对36项市直部门…收费项目进行清理规范。…管理的事项由119项减少至87项: 119 and 87 count 事项, the second
    part's noun, though the title before them names the first part's 部门 too."""
    parts = parse_parts("某市对多少项市直部门行政审批中介服务收费项目进行了清理规范？纳入清单管理的事项由多少项减少到多少项？",
                        ["某市"], tokenize)
    cleared = figure("市直部门行政审批中介服务", 36, "项", "36项", before="对36项",
                     after="市直部门(单位)行政审批中介服务收费项目进行清理规范")
    title = "纳入《某市市直部门行政审批中介服务收费项目清单》管理的事项由"
    start = figure(title, 119, "项", title + "119项", before=title + "119项", after="减少至87项")
    became = figure(title + "119项减少至", 87, "项", title + "119项减少至87项", before=title + "119项减少至87项")
    chosen = _assign(parts, [start, became, cleared], tokenize, set())
    assert [chosen[i]["value"] for i in range(3)] == [36, 119, 87]


def test_a_figure_restating_a_bound_passed_answers_for_it() -> None:
    """全省市场主体总量突破千万户，达1042.8万户: the clause 达… counts what the one before it does, exactly."""
    parts = parse_parts("某省全省市场主体总量达到多少？", ["某省"], tokenize)
    passed = figure("全省市场主体总量突破", 10_000_000, "户", "全省市场主体总量突破千万户",
                    before="全省市场主体总量突破千万户")
    restated = figure("达", 1042.8, "万户", "达1042.8万户", before="全省市场主体总量突破千万户,达1042.8万户")
    assert _assign(parts, [passed, restated], tokenize, set())[0]["value"] == 1042.8


def test_a_figure_after_another_parts_noun_with_its_own_noun_after_it_still_answers() -> None:
    """公布了县发改局等16个部门84项行政审批中介服务事项清单: 部门 before 84项 is the first figure's noun; 84 counts
    the 事项 after it (no linking word joins 部门 to it)."""
    parts = parse_parts("某县公布的清单涉及多少个部门、多少项中介服务事项？", ["某县"], tokenize)
    bodies = figure("公布", 16, "个", "公布了县发改局等16个", after="部门84项行政审批中介服务事项清单")
    items = figure("公布", 84, "项", "县发改局等16个部门84项", after="行政审批中介服务事项清单")
    chosen = _assign(parts, [bodies, items], tokenize, set())
    assert [chosen[i]["value"] for i in range(2)] == [16, 84]


def test_a_rank_asked_by_wei_is_answered_by_the_place_written_either_way() -> None:
    part = parse_parts("某区营商环境综合评价在全国排第几位？", ["某区"], tokenize)[0]
    assert part.ordinal and part.unit == "位"
    ranked = figure("营商环境综合评价连续3年居全国", 11, "名", "第11位", before="营商环境综合评价连续3年居全国第11位")
    assert score(part, ranked, tokenize) > 0


def test_a_time_becomes_one_in_another_unit_and_a_sum_changed_is_said_in_money() -> None:
    """企业开办由过去的2天内办结缩短至6小时，减少开办费用500余元: 从多长缩短到多长 is 2天 and 6小时, and 费用减少了多少
    is 500余元, no share."""
    parts = parse_parts("某市的企业开办时间从多长缩短到多长？企业开办费用减少了多少？", ["某市"], tokenize)
    assert not parts[2].rate
    days = figure("企业开办由过去的", 2, "天", "企业开办由过去的2天", before="企业开办由过去的2天",
                  after="内办结缩短至6小时,减少开办费用500余元")
    money = figure("减少开办费用", 500, "元", "减少开办费用500余元", before="减少开办费用500余元")
    chosen = _assign(parts, [days, money], tokenize, set())
    assert [(chosen[i]["value"], chosen[i]["unit"]) for i in range(3)] == [(2, "天"), (6, "小时"), (500, "元")]


def test_an_aside_in_brackets_is_not_a_list_of_quantities() -> None:
    parts = parse_parts("对多少个乡（镇、街道）开展了依法行政专项检查？", [], tokenize)
    assert len(parts) == 1 and parts[0].unit == "个"


def test_levels_listed_before_the_count_they_make_together_ask_one_count() -> None:
    parts = parse_parts("市、县两级政府常务会议会前学法多少次？", [], tokenize)
    assert len(parts) == 1 and parts[0].head == "学法"
    assert len(parse_parts("市政府、县政府各召开常务会议多少次？", [], tokenize)) == 2  # (each asked: two counts)


def test_places_counted_by_a_level_word_are_the_head_and_a_figure_with_that_word_answers() -> None:
    part = parse_parts("在几个县开展证明事项告知承诺制试点？", [], tokenize)[0]
    assert part.head == "县"
    stated = figure("在宁都、石城等", 5.0, "县", "在宁都、石城等5县", after="开展证明事项告知承诺制试点")
    assert score(part, stated, tokenize) > 0


def test_a_clause_setting_where_the_work_was_done_names_the_figure_after_it() -> None:
    parts = parse_parts("每月法治讲堂上学习宪法多少次？组织全体干部参加述法评议多少次？", [], tokenize)
    text = "组织全体干部参加述法评议学习宪法1次;在每月法治讲堂上,组织干部职工学习宪法12次"
    stated = figure("组织干部职工学习宪法", 12.0, "次", "组织干部职工学习宪法12次", before=text)
    other = figure("组织全体干部参加述法评议学习宪法", 1.0, "次", "组织全体干部参加述法评议学习宪法1次",
                   before="组织全体干部参加述法评议学习宪法1次")
    assert score(parts[0], stated, tokenize) > score(parts[0], other, tokenize)


def test_a_generic_noun_its_measure_word_counts_need_not_be_written_beside_the_figure() -> None:
    part = parse_parts("累计承接省级下放事项多少项？", [], tokenize)[0]
    assert part.head == "事项"
    assert score(part, figure("累计承接两批省级下放", 126.0, "项", "累计承接两批省级下放126项"), tokenize) > 0
    assert score(part, figure("累计承接两批省级下放", 126.0, "个", "累计承接两批省级下放126个"), tokenize) == 0
    activities = parse_parts("开展知识竞赛、主题征文等活动多少场？", [], tokenize)[0]
    assert score(activities, figure("开展知识竞赛、主题征文等", 6.0, "场", "开展知识竞赛、主题征文等6场"), tokenize) > 0


def test_another_measure_offered_in_brackets_is_the_same_count_and_a_quote_keeps_the_reports_brackets() -> None:
    parts = parse_parts("全县举办了多少期（次）依法行政培训？", [], tokenize)
    assert [(p.item, p.unit) for p in parts] == [("举办依法行政培训", "期")]
    stated = figure("举办全县依法行政培训", 9.0, "期", "举办全县依法行政培训9期", after="(次)，培训干部300人次")
    assert stated.answered["text"] == "举办全县依法行政培训9期(次)"


def test_a_rates_words_name_it_however_the_tokenizer_cuts_them() -> None:
    part = parse_parts("综合窗口的一窗通办率达到多少？", [], tokenize)[0]
    stated = figure("一窗通办率达", 95.5, "%", "一窗通办率达95.5%", before="1247个事项纳入综合窗口办理,一窗通办率达95.5%")
    assert score(part, stated, tokenize) > 0


def test_a_body_named_with_two_fields_is_one_subject_not_two_items() -> None:
    parts = parse_parts("2025年某市海洋与渔业局召开党组会议几次？", ["某市"], tokenize)
    assert [p.item for p in parts] == ["海洋与渔业局召开党组会议"]
    parts = parse_parts("某县住房和城乡建设局办理了多少件投诉？", ["某县"], tokenize)
    assert len(parts) == 1 and "住房和城乡建设局" in parts[0].item


def test_an_object_left_out_after_the_same_verb_and_measure_is_the_one_before() -> None:
    parts = parse_parts("某区区法院获得市级以上荣誉多少项？区检察院获得多少项？", ["某区"], tokenize)
    assert [(p.item, p.head) for p in parts][1] == ("区检察院获得市级以上荣誉", "荣誉")
    # another measure counts something else: the people who attended, not the lectures
    parts = parse_parts("某县参加专题讲座多少期，领导干部累计参加多少人次？", ["某县"], tokenize)
    assert parts[1].item == "领导干部累计参加"


def test_a_quoted_name_with_a_comma_inside_stays_in_its_clause() -> None:
    parts = parse_parts("某市报告中，“汇聚侨力量，圆梦大湾区”项目获第几批示范创建项目？", ["某市"], tokenize)
    assert [p.item for p in parts] == ["“汇聚侨力量，圆梦大湾区”项目获示范创建项目"]


def test_a_noun_another_number_counts_in_a_figures_run_on_text_does_not_name_it() -> None:
    """提出的25个问题现场交办2个县市区和13个责任部门: the text quoted for 13个 runs over 25个问题, whose noun is not
    13个's; 13个 counts the 责任部门 after it."""
    parts = parse_parts("某市现场交办了督察中提出的多少个问题？交办给多少个县市区？多少个责任部门？", ["某市"], tokenize)
    run = "将督察中提出的25个问题现场交办2个县市区和13个"
    problems = figure("将督察中提出的", 25, "个", "将督察中提出的25个", after="问题现场交办2个县市区和13个责任部门")
    counties = figure(run[:run.index("2个")], 2, "个", run[:run.index("县市区")], after="县市区和13个责任部门")
    departments = figure(run[:-3], 13, "个", run, after="责任部门")
    chosen = _assign(parts, [problems, counties, departments], tokenize, set())
    assert [chosen[i]["value"] for i in range(3)] == [25, 2, 13]


def test_a_level_of_places_alone_is_counted_and_an_aside_listing_others_is_no_list() -> None:
    """9个市(州)88个县(市、区)党委均开展了现场述法: 9 counts 市(州), 88 the 县 committees; the aside (市、区) lists the
    county-level places, not the things counted, and a quote keeps it as the report writes it."""
    parts = parse_parts("某省多少个市（州）和多少个县（市、区）党委开展了现场述法？", ["某省"], tokenize)
    cities = figure("市88个县党委均开展了现", 9, "个", "9个", after="市(州)88个县(市、区)党委均开展了现场述法")
    counties = figure("9个市(州)", 88, "个", "9个市(州)88个", after="县(市、区)党委均开展了现场述法")
    assert counties.subject.startswith("县党委")
    chosen = _assign(parts, [cities, counties], tokenize, set())
    assert [chosen[i]["value"] for i in range(2)] == [9, 88]
    assert chosen[1]["text"].endswith("88个县(市、区)党委均开展了现场述法")


def test_a_totals_noun_asked_stays_what_is_counted() -> None:
    part = parse_parts("某区依托考试平台线上学法的总人数是多少？", ["某区"], tokenize)[0]
    assert (part.unit, part.head) == ("人", "人数")
    total = figure("2024年度总人数", 40, "人", "2024年度总人数40人", before="依托考试平台开展线上学法,2024年度总人数40人")
    assert _assign([part], [total], tokenize, set())[0]["value"] == 40
    assert parse_parts("某区参训人数为多少？", ["某区"], tokenize)[0].item == "参训"  # no total: the measure alone


def test_a_list_asked_as_the_report_writes_it_is_one_count_said_once() -> None:
    """区政府各部门、各乡镇街道领导班子集中学法300余次: the list the question asks before one quantity is the
    report's, so its one figure answers all of it."""
    parts = parse_parts("某区区政府各部门、各乡镇街道领导班子集中学法多少次？", ["某区"], tokenize)
    assert len(parts) == 2
    text = "区政府各部门、各乡镇街道领导班子集中学法300余次"
    total = figure(text[:-4], 300, "次", text)
    chosen = _assign(parts, [total], tokenize, set())
    assert chosen[0] is chosen[1] and chosen[0]["value"] == 300


def test_aspects_counted_before_a_verb_jieba_tags_a_noun_stay_with_their_quantity() -> None:
    parts = parse_parts("某市工作要点从几个方面部署了多少项工作任务？", ["某市"], tokenize)
    assert [(p.unit, p.head) for p in parts] == [("个", "方面"), ("项", "任务")]


def test_a_rate_reached_is_named_by_its_work_not_by_the_verb_of_reaching() -> None:
    part = parse_parts("某区共有多少个单位的负责人书面述职？书面述职达到多少比例？", ["某区"], tokenize)[1]
    assert part.stem == "述职"
    stated = figure("30个单位的负责人书面述职达", 100, "%", "30个单位的负责人书面述职达100%")
    assert score(part, stated, tokenize) > 0


def test_a_long_noun_counted_after_its_number_names_the_figure() -> None:
    part = parse_parts("某省举办省管干部学习贯彻全会精神专题研讨班多少期？", ["某省"], tokenize)[0]
    held = figure("举办", 4, "期", "举办4期", after="省管干部学习贯彻全会精神专题研讨班，举办专题培训。")
    assert score(part, held, tokenize) > 0


def test_what_is_asked_as_done_already_is_the_figure_of_it_done() -> None:
    # 已结 asks what a report writes 结 or 已结 (its text may drop the 已): 已结案件多少件 is answered by 结案件11件
    parts = parse_parts("某县行政应诉案件多少件？已结案件多少件？", ["某县"], tokenize)
    received = figure("县政府行政应诉案件", 18, "件", "县政府行政应诉案件18件", after="，已结案件11件。")
    concluded = figure("结案件", 11, "件", "结案件11件", before="县政府行政应诉案件18件，已结案件11件", after="，无败诉。")
    assert score(parts[1], concluded, tokenize) > 0
    chosen = _assign(parts, [received, concluded], tokenize, set())
    assert (chosen[0]["value"], chosen[1]["value"]) == (18, 11)

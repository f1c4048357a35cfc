"""One regulation under all its spellings in a report, and one key for it across reports."""

from __future__ import annotations

from ingest.extract.regulations import find_citations, kind_of, regulation_key


def canonicals(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.canonical) for c in find_citations(text)]


def test_bracket_dash_and_short_reference_spellings_are_one_title() -> None:
    text = ("对照《法治社会建设实施纲要(2020-2025年)》，落实《法治社会建设实施纲要（2020—2025年）》，"
            "按照《纲要》部署推进。")
    assert {canonical for _, canonical in canonicals(text)} == {"法治社会建设实施纲要（2020—2025年）"}


def test_a_title_without_its_issuer_or_with_a_word_left_out_is_the_issuers_title() -> None:
    text = "贯彻《国务院关于全面推进政务公开工作的意见》和《关于全面推进政务公开的意见》、《关于全面推进政务公开工作的意见》。"
    assert {canonical for _, canonical in canonicals(text)} == {"国务院关于全面推进政务公开工作的意见"}


def test_different_issuers_and_local_versions_stay_apart() -> None:
    text = ("贯彻《国务院关于加强法治政府建设的意见》和《浙江省人民政府关于加强法治政府建设的意见》，"
            "执行《重大行政决策程序暂行条例》和《浙江省重大行政决策程序规定》。")
    assert len({canonical for _, canonical in canonicals(text)}) == 4


def test_a_law_with_and_without_the_states_name_is_one_law() -> None:
    text = "学习《中华人民共和国行政复议法》，宣传行政复议法、行政诉讼法。"
    assert [c for _, c in canonicals(text)][:2] == ["中华人民共和国行政复议法"] * 2
    assert regulation_key("中华人民共和国行政复议法") == regulation_key("行政复议法") == "行政复议法"


def test_the_years_a_title_covers_with_and_without_nian_are_one_title() -> None:
    """纲要(2015-2020) and 纲要（2015—2020年） are one document, across reports as within one."""
    spellings = [c for _, c in canonicals("对照《法治政府建设实施纲要(2015-2020)》。")] + [
        c for _, c in canonicals("落实《法治政府建设实施纲要（2015—2020年）》。")]
    assert len({regulation_key(c) for c in spellings}) == 1


def test_a_short_reference_goes_to_the_nearest_title_before_it() -> None:
    text = "印发《甲县行政执法公示办法》。执行《办法》。又印发《甲县行政执法全过程记录办法》，按《办法》执行。"
    assert [c for _, c in canonicals(text)] == ["甲县行政执法公示办法", "甲县行政执法公示办法",
                                                "甲县行政执法全过程记录办法", "甲县行政执法全过程记录办法"]


def test_a_short_title_after_its_issuer_is_that_bodys_own_document() -> None:
    text = "落实《国务院关于深化改革的意见》和市委《意见》。"
    assert [c for _, c in canonicals(text)] == ["国务院关于深化改革的意见", "意见"]


def test_a_year_range_that_lost_its_dash_is_restored() -> None:
    assert canonicals("依据《法治社会建设实施纲要(20202025年)》。") == [
        ("法治社会建设实施纲要(20202025年)", "法治社会建设实施纲要（2020—2025年）")]


def test_a_code_named_in_a_day_or_week_is_not_cited() -> None:
    assert canonicals("开展国家宪法日和“宪法宣传周”活动，学习宪法、民法典。") == [("宪法", "宪法"), ("民法典", "民法典")]
    assert canonicals("举办民法典知识竞赛，全面开展宪法法律教育。") == [("宪法", "宪法")]  # a contest's name
    # an oath's name and a quoted campaign's are no code cited either
    assert canonicals("新任干部举行宪法宣誓仪式，开展“宪法与江苏”宣传月活动。") == []
    # (nor one anywhere inside a quoted name or slogan: a campaign's, a contest's)
    assert canonicals("参与“美好生活·民法典相伴”主题宣传月活动，举办“学宪法讲宪法”演讲比赛。") == []
    assert canonicals("参与“美好生活”主题活动，学习宪法。") == [("宪法", "宪法")]
    assert canonicals("他强调：“要认真学习宪法和民法典。”") == [("宪法", "宪法"), ("民法典", "民法典")]  # (words said)


def test_a_law_named_before_a_verb_of_putting_it_into_effect_is_cited() -> None:
    assert canonicals("研究新修订的行政处罚法贯彻实施工作。") == [("行政处罚法", "行政处罚法")]
    assert canonicals("推动土地管理法实施条例落地。") == []  # its implementing rules, unbracketed, are no law
    assert canonicals("清理不符合行政强制法规定的文件。") == [("行政强制法", "行政强制法")]  # its provisions


def test_a_word_of_substance_left_out_names_another_document() -> None:
    text = "落实《关于加强行政执法监督工作的意见》和《关于加强行政执法工作的意见》。"
    assert len({c for _, c in canonicals(text)}) == 2


def test_a_law_named_after_a_verb_of_training_is_cited() -> None:
    assert canonicals("围绕培训行政强制法、信访工作条例等内容组织专题培训。") == [("行政强制法", "行政强制法"),
                                                                        ("信访工作条例", "信访工作条例")]
    assert canonicals("坚持日常学法、任前谈法、年度考法相结合。") == []  # practices of study, no laws
    # ... nor are the habits a slogan wishes for (办事依法、遇事找法、化解矛盾靠法; 人人敬法)
    assert canonicals("营造办事依法、遇事找法、解决问题用法、化解矛盾靠法的环境，做到人人尊法、人人敬法。") == []


def test_a_short_code_or_system_in_brackets_is_a_rule_not_a_paper() -> None:
    assert canonicals("会议学习了《民法典》和《法治日报》。") == [("民法典", "民法典")]
    assert canonicals("出台《首问负责制》。") == [("首问负责制", "首问负责制")]  # a system of rules


def test_a_headline_in_brackets_is_no_regulation() -> None:
    assert canonicals("报送的《县司法局：调解室化解邻里纠纷，群众点赞》入选案例，落实《县司法局：行政执法公示办法》。") == [
        ("县司法局：行政执法公示办法", "县司法局：行政执法公示办法")]


def test_a_short_book_studied_is_cited_but_a_paper_is_not() -> None:
    assert canonicals("编印《行政执法读本》，研读《毛泽东谈调查研究》，投稿《法治周刊》。") == [
        ("行政执法读本", "行政执法读本"), ("毛泽东谈调查研究", "毛泽东谈调查研究")]


def test_a_title_closing_on_banfa_is_a_rule_and_one_closing_on_fa_a_law() -> None:
    assert kind_of("某市行政规范性文件管理办法") == "rules"  # 办法 ends on 法 but is no law
    assert kind_of("某省行政执法监督办法（试行）") == "rules"
    assert kind_of("中华人民共和国行政处罚法") == "law"
    assert kind_of("民法典") == "law" and kind_of("宪法") == "law"


def test_a_title_whose_closing_mark_is_dropped_ends_where_the_next_title_opens() -> None:
    text = "与《法治中国建设规划(2020-2025年)《法治政府建设实施纲要(2021-2025年)》《法治社会建设实施纲要(2020-2025年)》结合起来。"
    assert [c.canonical for c in find_citations(text)] == [
        "法治中国建设规划（2020—2025年）", "法治政府建设实施纲要（2021—2025年）", "法治社会建设实施纲要（2020—2025年）"]
    # (a title nests another after the words that lead to it)
    assert [c.canonical for c in find_citations("印发《关于印发《某县法治政府建设实施方案》的通知》。")] == [
        "关于印发〈某县法治政府建设实施方案〉的通知", "某县法治政府建设实施方案"]


def test_a_title_still_open_at_the_end_of_its_sentence_lost_its_closing_mark_and_the_next_titles_stand() -> None:
    text = "发布《某市法治社会建设实施方案2021—2025年)等五年规划;完成《某市2021年法治政府建设工作要点》和《某市普法要点》。"
    assert [c.canonical for c in find_citations(text)] == ["某市2021年法治政府建设工作要点", "某市普法要点"]


def test_a_regulation_named_without_brackets_after_a_verb_or_in_a_list_is_cited() -> None:
    """Bare 条例 are cited as bare 法 are; shorter than five characters they are kinds of rules, no title."""
    citations = find_citations("严格执行传染病防治法及实施条例、野生动物保护法、突发公共卫生事件应急条例等法律法规。")
    assert [(c.text, c.kind, c.bracketed) for c in citations] == [
        ("传染病防治法", "law", False), ("野生动物保护法", "law", False), ("突发公共卫生事件应急条例", "regulation", False)]
    assert canonicals("严格落实政府信息公开条例，组织学习党内条例及中央八项规定。") == [("政府信息公开条例", "政府信息公开条例")]


def test_a_law_is_named_before_its_revision_its_teaching_or_a_space() -> None:
    assert canonicals("开展行政复议法修订、优化营商环境等专题研究。") == [("行政复议法", "行政复议法")]
    assert canonicals("组织行政处罚法讲座培训。") == [("行政处罚法", "行政处罚法")]
    assert canonicals("围绕“学习贯彻安全生产法 牢固树立安全发展理念”开展活动。") == [("安全生产法", "安全生产法")]
    assert canonicals("逐步由理论宣传转向以案释法宣传。") == []  # a way of teaching, no law


def test_a_verb_inside_a_laws_name_does_not_cut_it() -> None:
    assert canonicals("组织干部学习村民委员会组织法。") == [("村民委员会组织法", "村民委员会组织法")]


def test_a_clause_whose_verb_leaves_no_name_and_a_kind_of_rules_are_no_citations() -> None:
    for text in ("加强组织领导、严格执行条例规定。", "、学习党内条例。", "、组织税法培训。", "学习党的各项条例。",
                 "学习党内法规和条例。", "严格执行地方性条例。"):
        assert canonicals(text) == [], text


def test_laws_joined_by_and_are_two_names_and_a_name_holding_and_stays_whole() -> None:
    assert canonicals("深入学习行政处罚法和行政许可法。") == [("行政处罚法", "行政处罚法"), ("行政许可法", "行政许可法")]
    assert [c.text for c in find_citations("组织学习宪法、民法典与安全生产法。")] == ["宪法", "民法典", "安全生产法"]
    assert canonicals("认真学习中华人民共和国行政处罚法。") == [("中华人民共和国行政处罚法",) * 2]


def test_a_short_title_of_a_pledge_or_a_table_of_tasks_is_cited() -> None:
    """Titles of eight characters or fewer are cited only by a document's head (not 《人民日报》): a pledge the heads
    sign (法治建设责任书) and a plan's table of tasks (重点任务分工表) are documents."""
    text = "共同签署《法治建设责任书》，印发《重点任务分工表》，在《人民日报》刊发。"
    assert [(c.canonical, c.kind) for c in find_citations(text)] == [
        ("法治建设责任书", kind_of("法治建设责任书")), ("重点任务分工表", "list")]
    assert kind_of("法治建设责任书") == "other"
    assert find_citations("签订《责任书》，填写《明细表》。") == []  # (the kind alone names no document)


def test_a_title_a_paper_ran_is_an_article_not_a_document() -> None:
    text = "《某省奋力在生态文明建设上展现新作为》在《人民日报》头版刊发，《某市法治政府建设实施方案》在《法治日报》刊登。"
    assert [c.canonical for c in find_citations(text)] == ["某市法治政府建设实施方案"]
    # (a clause after a comma speaks of another piece: the book studied stays cited)
    assert [c.canonical for c in find_citations("学习《习近平谈治国理政》，在《人民日报》发表署名文章。")] == ["习近平谈治国理政"]

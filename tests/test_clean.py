"""Cleaning: page widgets and breadcrumbs are no text; index blocks and posting stamps are read as fields;
the opening sentence is found past titles, labels and addressees."""

from __future__ import annotations

from ingest.clean import clean, opening

BODY = "2023年，在县委的坚强领导下，县政府全面推进依法行政，加快建设法治政府，各项工作取得了新的成效。"


def test_type_size_and_accessibility_widgets_and_breadcrumbs_are_dropped() -> None:
    page = ("- 设为首页\n- 加入收藏\n- 无障碍阅读\n- 长者版\n字体:【 默认 超大】\n【字体：大 中 小】\n首页-专题专栏-法治政府建设\n"
            ">政府信息公开>工作信息>政府建设\nMenu\n某县2023年法治政府建设情况报告\n" + BODY)
    assert clean(page).text.split("\n") == ["某县2023年法治政府建设情况报告", BODY]


def test_a_posting_stamp_with_its_time_in_words_and_bulleted_index_lines_are_fields() -> None:
    cleaned = clean("某县2023年法治政府建设情况报告\n• 2024年03月22日 16时47分\n• 来源: 司法局\n"
                    "• 发布机构:某县人民政府\n" + BODY)
    assert (cleaned.fields["发布时间"], cleaned.fields["来源"], cleaned.fields["发布机构"]) == \
        ("2024年03月22日", "司法局", "某县人民政府")
    assert cleaned.text.split("\n") == ["某县2023年法治政府建设情况报告", BODY]


def test_the_opening_is_the_first_line_of_running_text() -> None:
    assert opening("政务公开\n某县人民政府关于2023年法治政府建设情况的报告\n县人大常委会：\n" + BODY + "\n一、主要举措") == \
        BODY + "\n一、主要举措"
    assert opening("短文") == "短文"


def test_a_posting_stamp_dated_day_first_with_dots_is_the_posting_date() -> None:
    cleaned = clean("某区出台法治政府建设工作要点\n25.02.2016  10:00\n" + BODY)
    assert cleaned.fields["发布时间"] == "2016-02-25" and cleaned.text.split("\n")[1] == BODY
    ambiguous = clean("某区出台法治政府建设工作要点\n05.06.2016  10:00\n" + BODY)
    assert "发布时间" not in ambiguous.fields and ambiguous.text.split("\n")[1] == BODY


def test_pinyin_glosses_of_a_mirror_site_are_dropped_with_offsets_kept() -> None:
    raw = "2023年,相城區(qū)加快構(gòu)建職責明確(a)的政府治理體系,各項工作取得新進展。"
    cleaned = clean(raw)
    assert cleaned.text == "2023年,相城區加快構建職責明確(a)的政府治理體系,各項工作取得新進展。"
    assert all(raw[cleaned.offsets[i]] == ch for i, ch in enumerate(cleaned.text))


def test_a_sites_footer_lines_and_the_next_cell_of_an_index_table_are_no_text() -> None:
    raw = ("网站标识码:6302230002 主办单位:某县人民政府办公室\n备案号:青ICP备16000286号-1\n"
           "发布机构:司法局 | 公文时效:是 |\n2024年,某县法治政府建设工作在县委、县政府的正确领导下持续推进,取得新成效。")
    cleaned = clean(raw)
    assert cleaned.text.startswith("2024年") and cleaned.fields["发布机构"] == "司法局"


def test_a_key_closing_its_line_with_an_empty_cell_ends_the_value_before_it() -> None:
    """发布机构 某区司法局 文 号: the table's next cell is empty, so its key stands last on the line."""
    cleaned = clean("索 引 号 640421006/2025-00022 发文时间 2025-02-28\n发布机构 某区司法局 文 号\n" + BODY)
    assert cleaned.fields["发布机构"] == "某区司法局"


def test_an_indent_an_encoding_lost_as_question_marks_is_no_text() -> None:
    """??一、…: a mirror page's ideographic spaces turned into question marks; the line starts at its heading."""
    raw = "??一、2019年某市法治政府建设的主要工作和成效\n??" + BODY
    cleaned = clean(raw)
    assert cleaned.text == "一、2019年某市法治政府建设的主要工作和成效\n" + BODY
    assert all(raw[cleaned.offsets[i]] == ch for i, ch in enumerate(cleaned.text) if ch != "\n")


def test_a_title_under_a_key_without_a_value_is_the_title_not_that_key_s_value() -> None:
    """有效性 with nothing after it: the line below is its value only if it could be one; a title shaped line
    is the document's title, which a title key (名称) takes as its value all the same."""
    raw = "发布机构 某区司法局\n有效性\n某市某区司法局2025年度法治政府建设情况的报告\n" + BODY
    cleaned = clean(raw)
    assert cleaned.text.split("\n")[0] == "某市某区司法局2025年度法治政府建设情况的报告"
    assert "有效性" not in cleaned.fields
    named = clean("名称\n某市某区司法局2025年度法治政府建设情况的报告\n" + BODY)
    assert named.fields["名称"] == "某市某区司法局2025年度法治政府建设情况的报告"


def test_an_empty_document_number_s_cell_takes_no_line_without_a_figure() -> None:
    """| 文号 : | 东安县应急管理局 / 2025年…报告: the issuer's line of the document's layout is no number; the title's
    first line stays the text's, while a cell of a key kg does not read (时效:) is chrome as before."""
    cleaned = clean("| 发文机关: | 东安县应急管理局 |\n| 文号 : | |||\n东安县应急管理局\n2025年法治政府建设报告\n" + BODY)
    assert cleaned.text.split("\n")[:2] == ["东安县应急管理局", "2025年法治政府建设报告"]
    assert "文号" not in cleaned.fields
    assert clean("文号:\n时效:\n" + BODY).text == BODY
    # (any other line there is its value, as for any key: 无, a number in Chinese numerals)
    for value in ("无", "川府发〔二〇二五〕三号"):
        cleaned = clean("文号:\n" + value + "\n" + BODY)
        assert (cleaned.text, cleaned.fields["文号"]) == (BODY, value)


def test_a_row_of_the_index_block_padded_to_its_columns_is_read_however_long() -> None:
    """Several keys on one row, each padded to the page's column width, run past a short line's length;
    a long line with a key or two is running text as before."""
    row = ("体裁分类:领导活动及重大会议" + " " * 15 + "主题分类:公安、安全、司法" + " " * 15 + "发布时间: 2017-08-21"
           + " " * 15 + "发布机构:司法局" + " " * 10 + "浏览次数:54")
    assert len(row) > 80
    cleaned = clean("县人大常委会组织视察我县普法工作\n" + row + "\n" + BODY)
    assert (cleaned.fields["发布时间"], cleaned.fields["发布机构"]) == ("2017-08-21", "司法局")
    assert cleaned.text.split("\n") == ["县人大常委会组织视察我县普法工作", BODY]
    running = "来源：" + "县司法局认真落实普法责任制，" * 6
    assert clean(running + "\n" + BODY).text.split("\n")[0] == running


def test_an_index_tables_information_name_is_a_field_and_its_empty_keys_no_text() -> None:
    page = ("索引号: | 发布机构: | 本溪市司法局 | |\n"
            "信息名称: | 中共本溪市委 本溪市人民政府 关于2022年法治政府建设情况的报告 | 主题分类: | 通知公告 |\n"
            "发布日期: | 2023-03-31 | 成文日期: | 2023-03-31 |\n废止日期: | 文 号: | ||\n关键词: |\n"
            "中共本溪市委 本溪市人民政府 关于2022年法治政府建设情况的报告\n2022年，本溪市深入推进法治政府建设，取得新的成效。\n")
    cleaned = clean(page)
    assert cleaned.fields["信息名称"] == "中共本溪市委 本溪市人民政府 关于2022年法治政府建设情况的报告"
    assert cleaned.text.startswith("中共本溪市委 本溪市人民政府")


_WRAPPED = ("四川省人民政府2020年度法治政府建设重点工作安排\n"
            "坚持以习近平新时代中国特社会主义思想为指导,深入贯彻党的十九大和十\n"
            "九届二中、三中、四中全会精神,全面落实习近平总书记在中央全面依法治国委员\n"
            "会第三次会议上的重要讲话精神,紧紧围绕统筹推进新冠肺炎疫情防控和经济社会\n"
            "发展、推进城乡基层治理制度创新和能力建设、服务保障“三大攻坚战”、推动成\n"
            "渝地区双城经济圈建设等重大战略部署,深入推进法治政府建设,全面提高依法治\n"
            "理能力,为推动全省经济社会高质量发展提供有力的法治保障。\n"
            "一、持续加强法治政府制度体系建设\n"
            "(一)健全公共卫生法治体系。推动突发公共卫生事件应急处理相关立法,加\n"
            "强配套制度建设,构建系统完备、科学规范、运行有效的疫情防控制度体系。严格\n"
            "执行传染病防治法及实施条例、野生动物保护法、突发公共卫生事件应急条例等法\n"
            "律法规,依法实施疫情防控及应急处理措施。\n")


def test_a_hard_wrapped_text_is_cleaned_to_one_line_per_paragraph() -> None:
    """A print layout's lines cut at one width: a cut line goes on in the next, and no line is lost as a label."""
    cleaned = clean(_WRAPPED)
    lines = cleaned.text.split("\n")
    assert lines[0] == "四川省人民政府2020年度法治政府建设重点工作安排" and lines[2] == "一、持续加强法治政府制度体系建设"
    assert "服务保障“三大攻坚战”、推动成渝地区双城经济圈建设" in lines[1] and lines[1].endswith("法治保障。")
    assert "野生动物保护法、突发公共卫生事件应急条例等法律法规" in lines[3]
    # every character still maps back to its place in the raw text, the cut of 成渝 across the line's end too
    at = cleaned.text.index("成渝")
    assert _WRAPPED[cleaned.offsets[at]:cleaned.offsets[at + 1] + 1] == "成\n渝"
    assert all(_WRAPPED[raw] == char for char, raw in zip(cleaned.text, cleaned.offsets) if char != "\n")


def test_lines_that_are_paragraphs_are_not_joined_however_alike_their_widths() -> None:
    """Headings of one width and paragraphs ending in a full stop are no wrapped text."""
    text = ("一、坚持党的领导，统筹推进法治政府建设\n(一)强化组织领导，压紧压实法治建设责任\n" + BODY + "\n"
            "(二)深化学习贯彻，全面提高领导干部法治素养\n" + BODY + "\n(三)完善制度体系，全面规范行政权力运行\n" + BODY)
    assert clean(text).text == text


def test_a_page_s_number_on_a_line_of_its_own_is_no_text_and_cuts_no_paragraph() -> None:
    """A PDF's text keeps each page's number (— 3 —, - 3 -, 第3页 共10页): page furniture, over which the
    paragraph cut at the page's end runs on."""
    for number in ("— 3 —", "- 3 -", "第3页 共10页"):
        lines = _WRAPPED.split("\n")
        paged = "\n".join(lines[:4] + [number] + lines[4:])
        cleaned = clean(paged).text
        assert number not in cleaned.split("\n")
        assert "统筹推进新冠肺炎疫情防控和经济社会发展、推进城乡基层治理" in cleaned  # (the cut at the page's end)
    # (a bare number on a line is a table's value as often: 行政处罚案件 / 125)
    table = BODY + "\n行政处罚案件\n125\n行政许可事项\n36"
    assert clean(table).text == table


def test_a_list_of_items_of_one_width_is_no_hard_wrapped_text() -> None:
    """Its items end in no full stop and are of one width, but its sentences are longer than they are."""
    text = ("某某自治县司法局2022年法治政府建设年度报告\n"
            "2022年，县司法局在县委、县政府的坚强领导下，全面推进法治政府建设，现将有关情况报告如下。\n"
            "一、制定的规范性文件\n《某某自治县行政执法公示制度实施办法（试行）》\n《某某自治县行政执法全过程记录制度实施办法》\n"
            "《某某自治县重大执法决定法制审核制度实施办法》\n《某某自治县行政规范性文件管理办法（修订稿）》\n"
            "《某某自治县重大行政决策程序规定实施细则》\n二、下一步工作\n继续推进法治政府建设。")
    assert clean(text).text == text

"""Report metadata from the layouts government pages use: bracketed and bulleted index blocks,
posting stamps, 名称 fields, site summaries, numbered headings and addressee lines."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.document import RawDocument
from ingest.metadata import extract_metadata

BODY = "全面推进依法行政，加快建设法治政府，各项工作取得了新的进展和成效，群众满意度持续提升。"


def metadata(text: str):
    return extract_metadata(RawDocument(text=text, source="t.txt", origin="/t.txt"), clean(text))


def test_bracketed_index_keys_are_read_like_colon_keys() -> None:
    text = ("[ 索引号 ] 0001/2022-00007 [ 文号 ]\n【发布机构】 泸溪县人民政府\n"
            "[ 成文日期 ] 2022-02-10 [ 发布日期 ] 2022-02-14\n泸溪县2021年法治政府建设情况报告\n" + BODY)
    cleaned = clean(text)
    assert cleaned.fields["发布机构"] == "泸溪县人民政府"
    assert (cleaned.fields["成文日期"], cleaned.fields["发布日期"]) == ("2022-02-10", "2022-02-14")
    meta = metadata(text)
    assert (meta.publisher, meta.published, meta.region) == ("泸溪县人民政府", "2022-02-14", "泸溪县")


def test_keys_padded_with_spaces_are_read_and_a_title_key_names_the_title() -> None:
    meta = metadata("名 称: 某某县2023年法治政府建设工作报告\n索 引 号: 000014349/2024-1 发布日期: 2024-02-28\n"
                    "2023年，我县" + BODY)
    assert (meta.title, meta.published) == ("某某县2023年法治政府建设工作报告", "2024-02-28")
    meta = metadata("标      题 某某县2023年法治政府建设情况的报告\n2023年，我县" + BODY)
    assert meta.title == "某某县2023年法治政府建设情况的报告"
    assert metadata("标题导航\n某某县2023年法治政府建设情况报告\n2023年，我县" + BODY).title == "某某县2023年法治政府建设情况报告"


def test_a_posting_stamp_with_clock_time_dates_the_page_and_gives_its_source() -> None:
    text = "宜昌市2021年法治政府建设情况报告\n2022-03-30 09:12:00 来源: 宜昌市司法局 打印\n" + BODY
    meta = metadata(text)
    assert (meta.published, meta.publisher) == ("2022-03-30", "宜昌市司法局")
    assert "2022-03-30" not in clean(text).text
    news = "2022年3月5日 9:30，宜昌市司法局召开法治政府建设推进会，部署全年重点任务。"
    assert clean(news).text == news


def test_the_posting_date_wins_over_the_signing_date() -> None:
    text = "丰台区2021年法治政府建设工作报告\n2022-01-20 10:30\n发文日期\n2022-01-05\n发文单位\n区人民政府\n" + BODY
    meta = metadata(text)
    assert (meta.published, meta.publisher) == ("2022-01-20", "北京市丰台区人民政府")


def test_bulleted_index_values_give_the_publisher_and_date() -> None:
    text = "• 0001/2021-00003\n• 其他\n• 江津区司法局\n• 2021-04-02\n重庆市江津区2020年法治政府建设工作报告\n" + BODY
    meta = metadata(text)
    assert (meta.publisher, meta.published, meta.region) == ("重庆市江津区司法局", "2021-04-02", "江津区")


def test_the_name_field_is_the_title_and_the_issuer_the_title_names() -> None:
    text = ("发布机构: 某某开发区管委会办公室、萍乡市安源区人民政府办公室\n"
            "名称: 萍乡市安源区人民政府办公室关于印发安源区2021年依法行政工作要点的通知\n" + BODY)
    meta = metadata(text)
    assert meta.title == "萍乡市安源区人民政府办公室关于印发安源区2021年依法行政工作要点的通知"
    assert meta.publisher == "萍乡市安源区人民政府办公室"
    assert meta.doc_type == "work_plan"


def test_a_site_summary_names_the_title() -> None:
    meta = metadata("《柳州市人民政府2019年度法治政府建设工作报告》是2020年柳州市人民政府发布的报告。\n" + BODY)
    assert meta.title == "柳州市人民政府2019年度法治政府建设工作报告"
    assert (meta.doc_type, meta.publisher, meta.year) == ("annual_report", "柳州市人民政府", 2019)


def test_numbered_headings_and_addressees_are_no_titles() -> None:
    meta = metadata("2021年，在市委的领导下，我县" + BODY + "\n一、2021年推进法治政府建设情况\n（一）健全制度")
    assert meta.title is None and meta.doc_type == "annual_report"
    meta = metadata("县委、县政府：\n2021年，我县" + BODY + "\n一、主要工作及成效\n（一）健全制度")
    assert meta.title is None and meta.doc_type == "annual_report"


# Metadata fields the tuning sets' texts cannot give: a13 names no place at all (我县), and
# 西咸新区 is a zone the division table does not list, so its province and city stay unknown.
UNREADABLE = {("a13_shitai.txt", "region"), ("a13_shitai.txt", "province"), ("a13_shitai.txt", "prefecture")}


def test_a_title_broken_after_its_year_is_joined() -> None:
    meta = metadata("关于某某市2023年度法治政府\n建设情况的报告\n2023年，我市" + BODY)
    assert (meta.title, meta.doc_type, meta.year) == ("关于某某市2023年度法治政府建设情况的报告", "annual_report", 2023)
    meta = metadata("某某市人民政府办公室\n关于印发某某市2021年法治政府建设\n工作要点的通知\n各县区人民政府：\n" + BODY)
    assert (meta.title, meta.doc_type) == ("某某市人民政府办公室关于印发某某市2021年法治政府建设工作要点的通知", "work_plan")
    # joint issuers on lines of their own over 关于…, the party committee first: both open the title
    meta = metadata("中共某某县某某镇委员会\n某某县某某镇人民政府\n关于2025年法治政府建设情况的报告\n县委、县政府：\n" + BODY)
    assert meta.title == "中共某某县某某镇委员会 某某县某某镇人民政府关于2025年法治政府建设情况的报告"


def test_a_bureau_party_groups_line_over_the_title_is_its_issuer() -> None:
    meta = metadata("中共某某市交通运输局党组\n2022年度法治政府建设报告\n2022年，市交通运输局党组坚持" + BODY)
    assert (meta.title, meta.publisher) == ("中共某某市交通运输局党组2022年度法治政府建设报告", "中共某某市交通运输局党组")


def test_a_street_office_opening_the_title_is_its_issuer_with_no_opening_after_it() -> None:
    """The title names its issuer though the text goes straight to its first heading, no opening to say who acts."""
    meta = metadata("汉中市汉台区七里街道办事处2021年度法治政府建设工作报告\n一、主要工作情况\n（一）加强组织领导。" + BODY)
    assert meta.publisher == "汉中市汉台区七里街道办事处"


def test_an_untitled_text_addressed_to_the_bodies_above_reports_to_them() -> None:
    assert metadata("市政府、市委、市人大：\n2022年，我区" + BODY + "\n" + BODY).doc_type == "annual_report"
    assert metadata("2022年，某市聚焦营商环境，" + BODY + "\n" + BODY).doc_type == "article"  # a news piece


def test_a_headline_about_a_plan_is_an_article_dated_by_the_plan() -> None:
    meta = metadata("某某县出台法治政府建设工作要点为全年工作定向\n日前，某某县出台2019年法治政府建设工作要点。" + BODY)
    assert (meta.doc_type, meta.year) == ("article", 2019)
    assert metadata("某某县2019年法治政府建设工作要点\n" + BODY).doc_type == "work_plan"
    assert metadata("某某省政府发布2019年法治政府建设报告\n" + BODY).doc_type == "annual_report"


def test_an_autonomous_area_s_source_named_by_its_level_is_resolved_once() -> None:
    meta = metadata("宁夏回族自治区2019年法治政府建设情况的报告\n来源：自治区人民政府法制办 发布日期：2020-03-02\n"
                    + BODY)
    assert meta.publisher == "宁夏回族自治区人民政府法制办公室"


def test_unseen_reports_metadata_is_right_where_the_text_gives_it() -> None:
    from ingest.evaluate import evaluate
    from tests.support import REPO

    unseen = REPO / "tests/corpus/unseen"
    for gold in ("gold_a.json", "gold_b.json", "gold_g.json"):
        errors = evaluate(unseen / gold, unseen / "reports").metadata_errors
        assert [e for e in errors if (e["doc"], e["field"]) not in UNREADABLE] == []


def test_unseen_reports_of_set_c_are_filed_under_the_right_region_year_and_type() -> None:
    from ingest.evaluate import evaluate
    from tests.support import REPO

    unseen = REPO / "tests/corpus/unseen"
    errors = evaluate(unseen / "gold_c.json", unseen / "reports").metadata_errors
    assert [e for e in errors if e["field"] in ("region", "province", "prefecture", "year", "doc_type")] == []


def test_unseen_reports_of_sets_d_to_g_are_filed_under_the_right_region_year_and_type() -> None:
    from ingest.evaluate import evaluate
    from tests.support import REPO

    unseen = REPO / "tests/corpus/unseen"
    for gold in ("gold_d.json", "gold_e.json", "gold_f.json", "gold_g.json"):
        errors = evaluate(unseen / gold, unseen / "reports").metadata_errors
        assert [e for e in errors if e["field"] in ("region", "year", "doc_type")] == []


def test_unseen_reports_of_sets_h_to_l_are_filed_under_the_right_region_year_and_type() -> None:
    from ingest.evaluate import evaluate
    from tests.support import REPO

    unseen = REPO / "tests/corpus/unseen"
    for gold in ("gold_h.json", "gold_i.json", "gold_j.json", "gold_k.json", "gold_l.json", "gold_m.json"):
        errors = evaluate(unseen / gold, unseen / "reports").metadata_errors
        assert [e for e in errors if e["field"] in ("region", "year", "doc_type")] == []


def test_an_index_table_with_cell_rules_gives_its_keys_and_the_title() -> None:
    text = ("索 引 号 | 0001/2025-001 | 主题分类 | 政府文件 |\n发文字号 | 某政发〔2025〕3号 | 制发机构 | |\n"
            "成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |\n"
            "标 题 | 某某市人民政府关于印发《某某市法治政府建设示范创建实施方案》的通知 |\n" + BODY)
    cleaned = clean(text)
    assert (cleaned.fields["索引号"], cleaned.fields["成文日期"]) == ("0001/2025-001", "2025-06-13")
    assert "制发机构" not in cleaned.fields
    meta = metadata(text)
    assert meta.title == "某某市人民政府关于印发《某某市法治政府建设示范创建实施方案》的通知"
    assert (meta.doc_type, meta.published) == ("work_plan", "2025-06-30")


def test_a_plan_naming_no_year_is_for_the_year_it_was_signed_and_a_report_is_not_dated_so() -> None:
    signed = "\n某某市人民政府\n2025年6月13日\n" + BODY
    assert metadata("某某市人民政府关于印发《某某市法治政府建设示范创建实施方案》的通知" + signed).year == 2025
    assert metadata("成文日期: 2024-12-30\n某某市法治政府建设示范创建实施方案\n" + BODY).year == 2024
    assert metadata("某某市法治政府建设情况报告" + signed).year is None


def test_a_report_naming_no_year_accounts_for_the_year_before_its_first_months_or_the_one_ending() -> None:
    """Reports on a year are due by 1 April of the next: one signed or posted then is on the year before; one
    signed in November or December on the year then ending; in June (above) the year is not told."""
    report = "某某市法治政府建设情况报告\n在市委的领导下，我市" + BODY + "\n一、主要成效\n" + BODY + "\n某某市人民政府\n"
    assert metadata(report + "2025年3月20日").year == 2024
    assert metadata(report + "2024年12月2日").year == 2024
    assert metadata("发布日期：2025-01-08\n" + report).year == 2024


def test_a_years_tasks_divided_or_listed_are_a_plan() -> None:
    for title in ("某某县2022年法治政府建设重点任务清单", "某某县2022年法治政府建设工作任务分解表"):
        assert (metadata(title + "\n为" + BODY + "\n一、总体要求\n" + BODY).doc_type, metadata(title).year) \
            == ("work_plan", 2022), title


def test_an_untitled_text_drawing_up_implementing_opinions_is_a_plan() -> None:
    """制定本实施意见 opens a plan as 制定本方案 does (implementing opinions are a plan, titled or not)."""
    text = "为" + BODY + "结合我县实际，制定本实施意见。\n一、指导思想\n" + BODY
    assert metadata(text).doc_type == "work_plan"


def test_an_untitled_text_setting_out_its_years_general_requirements_is_a_plan_of_its_subject() -> None:
    """2025年是…启动之年。苏州市文广旅局法治政府建设工作的总体要求是：… opens a bureau's plan for its year: a plan, its
    subject (after the sentence describing the year) the publisher, as a report's subject after it is."""
    text = ("2025年是实施“十五五”规划目标任务的启动之年。苏州市文广旅局法治政府建设工作的总体要求是：在市委、市政府坚强领导下，"
            "持续深化文旅法治建设。\n一、健全组织领导\n" + BODY)
    meta = metadata(text)
    assert (meta.doc_type, meta.publisher) == ("work_plan", "苏州市文广旅局")
    report = metadata("2024年是“十四五”规划的攻坚之年。苏州市文广旅局坚持依法行政，" + BODY
                      + "\n一、2024年法治政府建设主要举措\n" + BODY)
    assert report.doc_type != "work_plan" and report.publisher == "苏州市文广旅局"


def test_a_plan_for_a_span_of_years_has_no_one_year_though_it_was_signed_in_one() -> None:
    signed = "\n某某省人民政府\n2021年10月9日\n" + BODY
    notice = "某某省人民政府关于印发《某某省法治政府建设实施方案（2021—2025年）》的通知"
    assert (metadata(notice + signed).doc_type, metadata(notice + signed).year) == ("work_plan", None)
    assert metadata("成文日期: 2022-04-24\n某某市法治政府建设实施方案(2022-2025年)\n" + BODY).year is None


def test_a_key_glued_to_the_value_before_it_or_opening_an_empty_keys_value_is_read() -> None:
    fields = clean("作者: 来源:某某区人民政府更新时间:2022-03-10 12:17:36\n某某区2021年法治政府建设情况报告\n" + BODY).fields
    assert (fields["来源"], fields["更新时间"]) == ("某某区人民政府", "2022-03-10 12:17:36")
    assert clean("来源: 发布日期:2023-02-21 10:00\n" + BODY).fields == {"发布日期": "2023-02-21 10:00"}


def test_of_a_party_committee_and_a_government_signing_together_the_government_publishes() -> None:
    meta = metadata("2022年度法治政府建设情况的报告\n中共某某区委 某某区人民政府\n关于2022年度法治政府建设情况的报告\n" + BODY)
    assert meta.publisher == "某某区人民政府"
    assert metadata("某某区2022年法治政府建设情况报告\n某某区司法局\n" + BODY).publisher == "某某区司法局"


def test_a_headline_and_its_dashed_subtitle_make_the_title_of_a_review() -> None:
    """News and reviews put a slogan in the headline and say what they are in a subtitle under a dash; a
    review that names no year is about the year it is published in."""
    meta = metadata("专题报道\n护航发展 法治先行\n——某某县法治政府建设三年综述\n更新时间:2024年11月05日 09:10:11\n"
                    "三年来，鄂伦春旗" + BODY)
    assert (meta.title, meta.doc_type, meta.year) == ("护航发展 法治先行——某某县法治政府建设三年综述", "article", 2024)
    # a title over a speech's dated subtitle stays the title
    meta = metadata("某某县人民政府关于2020年法治政府建设情况的报告\n——2021年4月29日在某某县人民代表大会常务委员会会议上\n" + BODY)
    assert meta.title == "某某县人民政府关于2020年法治政府建设情况的报告"


def test_an_untitled_departments_account_of_its_years_work_is_its_work_summary() -> None:
    """A department's account of all its work is a summary; its rule-of-law report says so in its headings,
    and a government's account of its year is the genre's annual report."""
    opening = "2023年以来，在县委、县政府的坚强领导下，县市场监管局党组" + BODY + "现将有关工作情况汇报如下：\n"
    assert metadata(opening + "一、2023年重点工作开展情况\n" + BODY).doc_type == "summary"
    assert metadata(opening + "一、2023年法治政府建设工作情况\n" + BODY).doc_type == "annual_report"
    government = "2023年，在市委、市政府的坚强领导下，我县" + BODY + "现将有关工作情况汇报如下：\n"
    assert metadata(government + "一、2023年重点工作开展情况\n" + BODY).doc_type == "annual_report"


def test_a_titled_departments_work_report_is_its_work_summary() -> None:
    assert metadata("某某区市场监管局2023年工作情况汇报\n" + BODY).doc_type == "summary"
    assert metadata("某某区市场监管局2023年法治政府建设工作情况报告\n" + BODY).doc_type == "annual_report"


def test_a_body_alone_on_the_first_line_is_an_addressee_not_a_title() -> None:
    meta = metadata("县人大常委会\n2021年，我县" + BODY + "现将2021年法治政府建设工作情况报告如下。\n一、工作开展情况\n" + BODY)
    assert (meta.title, meta.doc_type) == (None, "annual_report")


def test_an_untitled_account_whose_subject_is_its_own_government_is_an_annual_report() -> None:
    text = "2020年，在党中央、国务院的坚强领导和省委的直接领导下，省政府坚持" + BODY + "\n一、坚持党的领导\n" + BODY
    assert metadata(text).doc_type == "annual_report"
    # ... with its party committee, for which the report speaks jointly
    assert metadata("2023年，某某省委、省政府坚持" + BODY + "\n一、坚持党的领导\n" + BODY).doc_type == "annual_report"
    assert metadata("2023年，某某省委、省政府召开会议，" + BODY).doc_type == "article"  # no sections: news
    # ... after saying what the year was, or with the leadership it worked under after the subject
    assert metadata("2018年是贯彻党的十九大精神的开局之年。一年来，在党中央坚强领导下，某某省委、省政府坚持" + BODY
                    + "\n一、坚持党的领导\n" + BODY).doc_type == "annual_report"
    assert metadata("2016年，某某自治区法治政府建设工作在自治区党委、政府的领导下，全面贯彻" + BODY
                    + "\n一、统筹规划\n" + BODY).doc_type == "annual_report"


def test_a_channels_label_above_the_text_is_no_title() -> None:
    """A site's label for its channel (政务公开) is a few characters: an untitled report under it is typed by
    its body, and a headline under it is the title."""
    text = "政务公开\n2023年，在县委的坚强领导下，县政府" + BODY + "现将有关情况报告如下：\n一、主要举措和成效\n" + BODY
    assert (metadata(text).title, metadata(text).doc_type) == (None, "annual_report")
    assert metadata("工作动态\n扎实推进依法行政 促进法治政府建设\n" + BODY).title == "扎实推进依法行政 促进法治政府建设"


def test_a_headline_under_several_channel_labels_is_the_title() -> None:
    """A portal stacks its labels (政务公开 / 信息公开目录) over the page: a plan's title naming no year or
    place under them is still the title, and types the text as a plan."""
    text = "政务公开\n信息公开目录\n关于深入推进依法行政的实施意见\n各乡镇、县直各单位：\n为" + BODY + "制定本实施意见。\n"
    meta = metadata(text)
    assert (meta.title, meta.doc_type) == ("关于深入推进依法行政的实施意见", "work_plan")
    assert metadata("网站首页\n政务公开\n信息公开目录\n扎实推进依法行政 促进法治政府建设\n" + BODY).title \
        == "扎实推进依法行政 促进法治政府建设"


def test_years_and_dates_in_chinese_numerals_are_read_as_in_digits() -> None:
    """Official documents of the old standard sign in Chinese numerals (二〇二二年一月十日), and some reports
    write their year so (二〇二一年度): the year, a plan's span and the signing date are read as in digits."""
    report = metadata("某某县二〇二一年度法治政府建设情况报告\n二〇二一年，我县" + BODY + "\n一、主要成效\n" + BODY)
    assert (report.year, report.doc_type) == (2021, "annual_report")
    plan = metadata("某某县法治政府建设实施方案（二〇二一—二〇二五年）\n为" + BODY + "制定本方案。\n")
    assert (plan.year, plan.doc_type) == (None, "work_plan")
    signed = metadata("某某县法治政府建设工作要点\n为" + BODY + "制定本要点。\n某某县人民政府\n二〇二二年三月二十一日")
    assert (signed.year, signed.published) == (2022, "2022-03-21")


def test_the_last_crumb_of_a_breadcrumb_naming_the_genre_and_a_year_is_the_title() -> None:
    """Some portals show the title only as the breadcrumb's last crumb; a crumb that is a channel (法治政府建设年度报告,
    naming no year or place) is none."""
    meta = metadata("当前位置：首页 > 政务公开 > 某某县2021年法治政府建设情况报告\n在县委的领导下，我县" + BODY)
    assert (meta.title, meta.year) == ("某某县2021年法治政府建设情况报告", 2021)
    assert metadata("您所在的位置：首页 >> 法治政府建设年度报告\n在县委的领导下，我县" + BODY).title is None


def test_the_year_opening_the_first_sentence_after_zai_or_before_the_region_without_a_comma_dates_it() -> None:
    for opening in ("在2021年，我县", "回顾2021年，我县", "2021年我县", "2021年全县"):
        assert metadata("某某县法治政府建设情况报告\n" + opening + BODY + "\n一、主要成效\n" + BODY).year == 2021, opening
    assert metadata("某某县法治政府建设情况报告\n2021年3月，我县召开" + BODY).year is None  # a date, not the year's account


def test_the_year_opening_the_sentence_after_a_maxim_dates_an_untitled_feature() -> None:
    maxim = "依法行政是建设法治政府的基本要求，更是提升治理能力的重要保障。"
    assert metadata(maxim + "2022年，在县委的领导下，全县" + BODY + "\n一、主要成效\n" + BODY).year == 2022
    # a first sentence with a figure is no maxim, so the opening gives no year; an untitled text naming its year
    # nowhere above is then dated by the latest year its body names as done
    assert metadata("全县共办理复议案件12件。2022年，在县委的领导下，全县" + BODY).year == 2022


def test_a_title_pushed_down_by_page_labels_is_found_with_its_year() -> None:
    labels = "".join(f"栏目{i}\n" for i in range(8))
    meta = metadata(labels + "某某县2023年法治政府建设情况报告\n" + BODY)
    assert (meta.title, meta.year, meta.doc_type) == ("某某县2023年法治政府建设情况报告", 2023, "annual_report")


def test_a_division_government_opening_the_title_by_its_short_form_publishes_in_its_official_form() -> None:
    assert metadata("某某市某某区政府2015年推进依法行政工作情况\n" + BODY).publisher is None  # no such division
    assert metadata("厦门市思明区政府2015年推进依法行政工作情况\n" + BODY).publisher == "厦门市思明区人民政府"
    # a headline's words before 政府 (…出台法治政府…) are no body
    assert metadata("思明区出台法治政府建设工作要点\n" + BODY).publisher is None


def test_a_governments_own_document_number_names_the_publisher() -> None:
    """政发 is a people's government's own series, 政办发 its office's; a number cited in the text is another's."""
    assert metadata("安政发〔2021〕3号安吉县2020年度法治政府建设情况报告\n" + BODY).publisher == "安吉县人民政府"
    assert metadata("安吉县2020年度法治政府建设情况报告\n安政办发〔2021〕3号\n" + BODY).publisher == "安吉县人民政府办公室"
    cited = "安吉县2020年度法治政府建设情况报告\n2020年，我县印发《关于…的通知》(安政发〔2020〕6号)，" + BODY
    assert metadata(cited).publisher is None


def test_the_body_opening_an_untitled_text_as_its_subject_publishes_it() -> None:
    """A report speaks of its issuer first: a district's bureau is named with its city, as official names
    are; a zone's committee as written; a party group (局党组) is not the publisher."""
    text = "2024年，在区委、区政府的坚强领导下，区司法局坚持" + BODY + "推进法治西峰建设，全区" + BODY
    assert metadata(text).publisher == "庆阳市西峰区司法局"
    assert metadata(text.replace("区司法局坚持", "西峰区司法局坚持")).publisher == "庆阳市西峰区司法局"
    assert metadata(text.replace("区司法局坚持", "区司法局党组坚持")).publisher is None
    # the government's general office, named as reports shorten it (区政府办, 区政府办公室)
    assert metadata(text.replace("区司法局坚持", "区政府办坚持")).publisher == "庆阳市西峰区人民政府办公室"
    zone = "2025年，某某经济技术开发区管理委员会（简称经开区管委会）坚持" + BODY + "经开区管委会" + BODY
    assert metadata(zone).publisher == "某某经济技术开发区管理委员会"
    # a department styled a commission (区教育委员会, 区发展和改革委员会), not a year's description (2021年是…)
    assert metadata(text.replace("区司法局坚持", "区教育委员会坚持")).publisher == "庆阳市西峰区教育委员会"
    # ... and after the year described, however long (2025年是…《…》《…》的收官之年，区司法局坚持…)
    described = "2021年是中央全面依法治国委员会部署之年，区司法局坚持" + BODY + "推进法治西峰建设，全区" + BODY
    assert metadata(described).publisher == "庆阳市西峰区司法局"
    plans = "《某某规划(2021-2025年)》" * 3
    assert metadata(described.replace("中央全面依法治国委员会部署之年", f"贯彻实施{plans}的收官之年")).publisher \
        == "庆阳市西峰区司法局"
    # a province's department (省应急管理厅), not a service hall (区政务服务大厅)
    department = "2024年，省应急管理厅全面学习贯彻" + BODY + "推进法治甘肃建设，全省" + BODY
    assert metadata(department).publisher == "甘肃省应急管理厅"
    assert metadata(text.replace("区司法局坚持", "区政务服务大厅坚持")).publisher is None


def test_a_government_opening_an_untitled_text_as_its_subject_publishes_it() -> None:
    """Its government, alone or after its party committee, is the subject of a report on its year: the report
    is the government's, named officially (区政府 → 庆阳市西峰区人民政府)."""
    text = "2024年，区委、区政府坚持" + BODY + "推进法治西峰建设，全区" + BODY
    assert metadata(text).publisher == "庆阳市西峰区人民政府"
    assert metadata(text.replace("区委、区政府", "中共西峰区委、西峰区人民政府")).publisher == "庆阳市西峰区人民政府"
    assert metadata(text.replace("区委、区政府", "区政府")).publisher == "庆阳市西峰区人民政府"
    assert metadata(text.replace("区委、区政府", "全区上下")).publisher is None
    # after the year described (2023年是…突破年，) and the bodies it works under
    described = "2024年是法治政府建设重点突破年，在市委和区委的正确领导下，区政府坚持" + BODY + "推进法治西峰建设，全区" + BODY
    assert metadata(described).publisher == "庆阳市西峰区人民政府"
    # (of a district not known, only its autonomous region: 区政府 is not the region's, which calls itself 自治区)
    unknown = "2022年，区委、区政府坚持" + BODY + "深入落实新疆维吾尔自治区党委部署，全区" + BODY
    assert metadata(unknown).publisher is None


def test_a_bulleted_blocks_issuing_body_after_an_empty_key_names_the_publisher() -> None:
    """发文机构 is a key of its own, not the value of the empty 发文字号 above it; it names the body that posted
    the page, the publisher where the title names none."""
    text = ("- 索引号:pnx/2026-00010\n- 发文字号:\n- 发文机构:普兰县人民政府\n- 公文时效:\n"
            "普兰县2025年法治政府建设年度报告\n" + BODY)
    meta = metadata(text)
    assert (meta.publisher, meta.region) == ("普兰县人民政府", "普兰县")
    assert "发文机构" not in meta.title


def test_a_title_in_a_one_cell_table_row_is_the_cell() -> None:
    """Pages laid out in tables give lines that are one cell; the title inside is read as written,
    so the zone it opens with issues the report (a multi-cell row stays an index block)."""
    meta = metadata("| 某某港综合保税区2024年度法治政府建设情况报告 |\n2024年，某某港综保区" + BODY)
    assert meta.title == "某某港综合保税区2024年度法治政府建设情况报告"
    assert (meta.region, meta.issuer_kind) == ("某某港综合保税区", "development_zone")


def test_a_report_opening_on_its_number_and_addressee_is_untitled_and_a_report() -> None:
    """A report to the government above (X政呈〔2025〕5号, then 某某省人民政府:) names itself by neither line."""
    meta = metadata("某政呈〔2025〕5号\n某某省人民政府:\n2024年以来，我市坚持依法行政，" + BODY
                    + "\n一、主要举措和成效\n" + BODY + "\n现将有关情况报告如下。")
    assert (meta.title, meta.doc_type, meta.year) == (None, "annual_report", 2024)
    # ... nor by its number with the signer beside it (某府〔2025〕28号 签发人:某某某)
    meta = metadata("某府〔2025〕28号 签发人:王某某\n市委:\n2025年，市政府坚持依法行政，" + BODY
                    + "\n一、主要举措和成效\n" + BODY + "\n现将有关情况报告如下。")
    assert (meta.title, meta.doc_type, meta.year) == (None, "annual_report", 2025)


def test_an_untitled_report_opening_on_this_year_takes_its_year_from_its_first_heading() -> None:
    meta = metadata("今年以来，在自治区党委、政府坚强领导下，全州各级政府" + BODY + "现将工作情况报告如下:\n"
                    "一、2024年工作回顾\n" + BODY + "\n二、2025年工作打算\n" + BODY)
    assert meta.year == 2024
    planned = metadata("今年以来，全州各级政府" + BODY + "\n一、2025年工作打算\n" + BODY)
    assert planned.year is None  # a heading that plans a year does not say which year is reported on


def test_a_years_summary_with_the_next_years_points_is_a_summary() -> None:
    meta = metadata("某某区司法局2022年工作总结和2023年工作要点\n2022年以来，我局" + BODY)
    assert meta.doc_type == "summary"
    assert metadata("某某区司法局2023年工作要点\n2023年，我局" + BODY).doc_type == "work_plan"


def test_an_undated_article_naming_no_year_of_its_own_reports_on_the_latest_year_it_names() -> None:
    """A feature on a city's work, without a date or a year in its title: the latest year it names as done, not a
    target year nor a span of years."""
    meta = metadata("某某市\n\n凝心聚力 奋发有为\n\n某某市2003年撤地设市。制定印发《2019年某某市依法行政工作要点》，"
                    "落实《法治政府建设实施纲要（2021—2025年）》，到2025年基本建成法治政府。" + BODY)
    assert (meta.doc_type, meta.year) == ("article", 2019)


def test_a_source_is_read_up_to_the_editor_or_the_size_widget_after_it() -> None:
    """来源:区司法局  责任编辑:…, 文章来源 : 司法局  字号 : [ ]: the source is the body before the next key, named
    as the issuing region's."""
    meta = metadata("某某区2023年法治政府建设工作情况报告\n2024-03-11 16:35:10  来源:区司法局  责任编辑:区司法局\n"
                    "2023年，海淀区" + BODY)
    assert meta.publisher == "北京市海淀区司法局"
    meta = metadata("2023年始兴县法治政府建设情况\n 日期 : 2024-01-15  文章来源 : 司法局  字号 : [  ] \n2023年，始兴县" + BODY)
    assert meta.publisher == "始兴县司法局"


def test_a_news_pages_editor_and_click_counter_are_keys_of_its_index_row() -> None:
    """编辑:宣传部  发布日期:2017-12-25  点击:[]: the posting date is read, so a news item naming no year of its
    own is dated by it; 来源 before an editor is the source."""
    meta = metadata("市政府考核组来我区考核法治政府建设工作\n编辑:宣传部    发布日期:2017-12-25    点击:[]\n"
                    "12月25日，市政府考核组来我区考核法治政府建设工作。" + BODY)
    assert (meta.published, meta.year) == ("2017-12-25", 2017)
    meta = metadata("某某州人大常委会审议某某州政府2020年法治政府建设工作情况报告\n"
                    "发布日期:2021-05-19 点击数: 来源:始兴县司法局 编辑:始兴县司法局\n4月26日，县人大常委会" + BODY)
    assert meta.publisher == "始兴县司法局"


def test_a_source_naming_a_section_of_a_body_is_that_body() -> None:
    meta = metadata("始兴县2020年度法治政府建设情况报告\n作者: 时间:2021-02-20 来源:始兴县司法局法治调研督查科\n"
                    "2020年，始兴县" + BODY)
    assert meta.publisher == "始兴县司法局"
    # a committee's office is no section of the committee; a district's party body keeps 中共 before its city
    meta = metadata("江夏区2023年度法治政府建设工作报告\n发布日期:2024-03-18 11:11   文章来源:中共江夏区委全面依法治区委员会办公室\n"
                    "2023年，江夏区" + BODY)
    assert meta.publisher == "中共武汉市江夏区委全面依法治区委员会办公室"


def test_a_relative_publisher_takes_its_official_name() -> None:
    meta = metadata("发布机构: 区政府办\n名称: 海淀区2018年法治政府建设情况报告\n2018年，海淀区" + BODY)
    assert meta.publisher == "北京市海淀区人民政府办公室"


def test_a_county_s_publisher_drops_the_city_a_title_puts_before_it_and_a_district_s_keeps_it() -> None:
    # (a county's official name is its own; a district's carries its city, however the title writes the city)
    assert metadata("宜昌长阳土家族自治县人民政府2016年度依法行政工作报告\n" + BODY).publisher == \
        "长阳土家族自治县人民政府"
    assert metadata("咸宁市通城县人民政府2016年依法行政工作报告\n" + BODY).publisher == "通城县人民政府"
    assert metadata("武汉江夏区人民政府2016年依法行政工作报告\n" + BODY).publisher == "武汉市江夏区人民政府"


def test_a_bureau_the_title_opens_with_publishes_though_another_bureau_s_catalogue_posts_it() -> None:
    """泽州县审计局2025年法治政府建设报告 under 发布机构: 县司法局: the justice bureau collects its county's reports; the
    title's bureau wrote this one. The title's short name for the block's body (文化广电旅游局 for 文化广电新闻出版旅游局)
    leaves the block's full name."""
    meta = metadata("泽州县审计局2025年法治政府建设报告\n发布日期: 2026-02-28 发布机构: 县司法局\n现将我局2025年度法治政府建设"
                    "情况报告如下:\n" + BODY)
    assert meta.publisher == "泽州县审计局"
    meta = metadata("西湖区文化广电旅游局2023年法治政府建设年度报告\n发布机构: 南昌市西湖区文化广电新闻出版旅游局\n2023年，我局"
                    + BODY)
    assert meta.publisher == "南昌市西湖区文化广电新闻出版旅游局"


def test_the_government_the_opening_has_as_subject_publishes_though_a_source_line_names_who_posted_it() -> None:
    """紫云自治县2024年度…报告 / 来源: 紫云苗族布依族自治县司法局 / 2024年,紫云自治县人民政府坚持…: the government's
    report, the bureau its poster; an index block's 发布机构 still names the publisher."""
    text = ("紫云自治县2024年度法治政府建设工作报告\n日期:2025-03-28 17:34\n来源: 紫云苗族布依族自治县司法局\n"
            "2024年,紫云自治县人民政府坚持以习近平新时代中国特色社会主义思想为指导," + BODY)
    assert metadata(text).publisher == "紫云苗族布依族自治县人民政府"
    assert metadata(text.replace("来源: ", "发布机构: ")).publisher == "紫云苗族布依族自治县司法局"
    # (under 区政府: the district's, by its official name)
    meta = metadata("2018年政府依法行政工作报告\n发布时间:2019-02-19 信息来源:洪山区政府办公室\n"
                    "2018年,在市委、市政府的正确领导下,区政府紧紧围绕法治政府目标," + BODY)
    assert meta.publisher == "武汉市洪山区人民政府"
    # (another level's government, the city's in a county's report, is not the report's)
    meta = metadata("泽州县2025年法治政府建设报告\n来源: 县司法局\n2023年，市政府将我县列为法治政府建设示范创建单位，" + BODY)
    assert meta.publisher != "晋城市人民政府"


def test_the_office_posting_a_report_its_government_titles_is_not_its_publisher() -> None:
    meta = metadata("发布机构: 区府办\n名称: 杭州市拱墅区人民政府关于2024年度法治政府建设情况的报告\n2024年，拱墅区" + BODY)
    assert meta.publisher == "杭州市拱墅区人民政府"
    meta = metadata("发布机构: 区政府办\n名称: 北京市海淀区人民政府办公室关于印发工作要点的通知\n海淀区" + BODY)
    assert meta.publisher == "北京市海淀区人民政府办公室"  # (the office's own notice)
    meta = metadata("杭州市钱塘区人民政府关于钱塘区2024年法治政府建设年度报告\n发布日期:2025-02-24 信息来源:钱塘区政府办公室\n"
                    "2024年,钱塘区" + BODY)
    assert meta.publisher == "杭州市钱塘区人民政府"


def test_of_a_party_committee_and_a_government_opening_the_title_together_the_government_publishes() -> None:
    meta = metadata("中共始兴县委 始兴县人民政府 关于2025年度法治政府建设的报告\n2025年，始兴县" + BODY)
    assert meta.publisher == "始兴县人民政府"


def test_a_report_on_a_span_of_years_is_a_summary_of_no_one_year() -> None:
    """关于2015-2020年度…情况的报告 reviews the whole period; a plan's span inside 《》 is the plan's."""
    meta = metadata("某县人民政府关于2015-2020年度法治政府建设有关情况的报告\n五年来，某县" + BODY)
    assert (meta.doc_type, meta.year) == ("summary", None)
    assert metadata("某县人民政府关于2020年度法治政府建设情况的报告\n2020年，某县" + BODY).year == 2020


def test_any_bureau_opening_a_title_on_its_report_publishes_it() -> None:
    """广东省市场监督管理局关于…的报告: a bureau or department of any name, its title going on to 关于 or a year."""
    meta = metadata("广东省市场监督管理局关于2023年度法治政府建设情况的报告\n2023年，省市场监管局" + BODY)
    assert meta.publisher == "广东省市场监督管理局"
    assert metadata("广东省交通运输厅2022年法治政府建设年度报告\n2022年，" + BODY).publisher == "广东省交通运输厅"


def test_a_zones_committee_opening_the_title_publishes_under_its_official_name() -> None:
    meta = metadata("某某经济开发区管委会2022年度法治政府建设工作报告\n2022年，开发区" + BODY)
    assert meta.publisher == "某某经济开发区管理委员会"


def test_a_zones_body_named_by_the_zones_kind_publishes_under_the_zones_official_style() -> None:
    """高新区综治局 opening 珠海's zone's report is 珠海高新技术产业开发区综合治理局, as the zone's agencies are named."""
    text = ("2023年，高新区综治局在区党工委、区管委会的正确领导下，坚持" + BODY + "高新区2022年法治珠海建设考评获得优秀等次。"
            "现将我局2023年度法治政府建设情况报告如下：\n一、主要举措\n" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.publisher) == ("珠海高新技术产业开发区", "珠海高新技术产业开发区综合治理局")


def test_a_countys_zone_named_by_its_short_kind_issues_under_its_official_style() -> None:
    """江津高新区管委会 opening an untitled report: a county-level division's zone (江津 of 江津区) is styled as a city's
    is (江津高新技术产业开发区), and its committee under that style."""
    text = ("2023年，江津高新区管委会坚持" + BODY + "现将有关情况报告如下：\n一、基本情况\n江津高新区党工委高度重视法治政府建设，"
            + BODY)
    meta = metadata(text)
    assert (meta.region, meta.publisher) == ("江津高新技术产业开发区", "江津高新技术产业开发区管理委员会")


def test_implementing_opinions_are_a_plan_and_a_self_inspection_a_summary_of_its_year() -> None:
    opinions = metadata("关于加快推进依法行政的实施意见\n各乡镇人民政府：\n为推进依法行政，结合我县实际，制定本实施意见。" + BODY)
    assert opinions.doc_type == "work_plan"
    inspection = metadata("成文日期:2020-05-20\n某某县人民政府关于某某县法治政府建设工作情况的自检自查报告\n市司法局：\n"
                          "按照全市法治政府建设自检自查工作要求，我县" + BODY)
    assert (inspection.doc_type, inspection.year) == ("summary", 2020)
    assert metadata("某某县人民政府关于2020年法治政府建设工作情况的报告\n" + BODY).doc_type == "annual_report"


def test_an_index_block_in_dashed_list_items_and_a_number_label_before_the_title_are_read() -> None:
    text = ("- 索引号: 0001/2026-00095\n- 组配分类:\n- 发文机关: 某某市人民政府办公室\n- 发布时间: 2026-02-24\n"
            "- 标题: [某政发〔2026〕7号]某某市人民政府关于2025年法治政府建设情况的报告\n"
            "[某政发〔2026〕7号]某某市人民政府关于2025年法治政府建设情况的报告\n市委：\n" + BODY)
    cleaned = clean(text)
    assert (cleaned.fields["发文机关"], cleaned.fields["发布时间"]) == ("某某市人民政府办公室", "2026-02-24")
    assert "组配分类" not in cleaned.fields  # an empty key takes no list item as its value
    meta = metadata(text)
    assert (meta.title, meta.year, meta.doc_type) == ("某某市人民政府关于2025年法治政府建设情况的报告", 2025, "annual_report")


def test_an_index_block_set_as_table_rows_is_read_and_a_joint_issuer_publishes_the_governments_report() -> None:
    text = ("| 索引号:000014349/2026-01325 | |\n| 发文字号:某字〔2026〕1号 | 发文时间:2026-01-14 |\n"
            "| 发文机关:中共某某市某某区委 某某市某某区人民政府 | 主题词: |\n"
            "| 标题:中共某某市某某区委某某市某某区人民政府关于2025年度法治政府建设情况的报告 | |\n"
            "| 主题分类: | 发布日期:2026-01-14 |\n" + BODY)
    cleaned = clean(text)
    assert (cleaned.fields["发布日期"], cleaned.fields["标题"]) == (
        "2026-01-14", "中共某某市某某区委某某市某某区人民政府关于2025年度法治政府建设情况的报告")
    meta = metadata(text)
    assert meta.title == "中共某某市某某区委某某市某某区人民政府关于2025年度法治政府建设情况的报告"
    # the party committee co-signs the government's rule-of-law report, as a joint title says
    assert meta.publisher == "某某市某某区人民政府"


def test_a_bodys_work_account_with_next_years_plan_is_a_summary() -> None:
    assert metadata("某县司法局关于2025年工作情况及2026年工作计划的报告\n" + BODY).doc_type == "summary"
    # the rule-of-law government's account with next year's arrangements is the annual report
    assert metadata("某区人民政府关于2020年度法治政府建设工作情况及2021年度工作安排的报告\n" + BODY).doc_type == "annual_report"


def test_an_explainer_of_a_report_is_an_article() -> None:
    assert metadata("《中共某区委某区人民政府关于2024年法治政府建设情况的报告》文件解读\n" + BODY).doc_type == "article"


def test_an_untitled_account_opening_on_its_place_or_department_is_a_report() -> None:
    for subject in ("相城区以习近平新时代中国特色社会主义思想为指导", "司法厅坚持以习近平新时代中国特色社会主义思想为指导"):
        text = f"2021年,{subject},着力推进法治政府建设各项工作。\n一、坚持党的领导,统筹推进法治政府建设\n" + BODY
        assert metadata(text).doc_type == "annual_report"


def test_a_title_under_its_issuing_body_is_joined_to_it_unless_it_names_a_place() -> None:
    meta = metadata("某某县人民政府\n2022年度法治政府建设工作报告\n2022年以来，某某县" + BODY)
    assert (meta.title, meta.publisher) == ("某某县人民政府2022年度法治政府建设工作报告", "某某县人民政府")
    assert metadata("某某县人民政府\n南召县2022年度法治政府建设工作报告\n" + BODY).title == "南召县2022年度法治政府建设工作报告"


def test_a_space_beside_a_figure_is_layout_and_the_office_posting_a_body_s_report_is_not_its_issuer() -> None:
    meta = metadata("某某县人民政府关于 2024年法治政府建设情况报告\n来源:某某县人民政府办公室 发布时间:2025-02-28 10:00\n"
                    "2024年，某某县" + BODY)
    assert (meta.title, meta.publisher) == ("某某县人民政府关于2024年法治政府建设情况报告", "某某县人民政府")
    assert metadata("法治护航北疆 共筑安全屏障——某某县法治政府建设五年综述\n" + BODY).title.startswith("法治护航北疆 共筑")


def test_a_review_of_one_years_work_is_its_summary_and_one_of_five_years_a_feature() -> None:
    assert metadata("聚焦重点 攻克难点——某某区2022年度全面依法治区工作综述\n" + BODY).doc_type == "summary"
    assert metadata("法治护航北疆 共筑安全屏障——某某县法治政府建设五年综述\n" + BODY).doc_type == "article"


def test_a_title_s_line_may_carry_its_date_and_a_body_s_line_its_signing_date() -> None:
    meta = metadata("2024年某某区法治政府建设工作情况报告 2025-02-24\n2024年，某某区" + BODY)
    assert (meta.title, meta.published) == ("2024年某某区法治政府建设工作情况报告", "2025-02-24")
    meta = metadata("关于《某某县人民政府关于某某县2023年度法治政府建设工作总结的报告》的政策解读\n某某县人民政府 2024年01月08日\n"
                    + BODY)
    assert (meta.publisher, meta.published) == ("某某县人民政府", "2024-01-08")


def test_an_untitled_text_naming_its_year_only_in_its_body_is_of_the_latest_year_it_names() -> None:
    meta = metadata("一、推进法治政府建设的主要举措和成效\n（一）强化组织领导。市政府党组于2020年第2次学习会集中学习。" + BODY)
    assert meta.year == 2020


def test_a_source_body_s_abbreviations_are_written_out() -> None:
    meta = metadata("某某县法治政府建设工作情况的自检自查报告\n来源：武川县政府办公室 发布时间：2020-12-09\n2020年，武川县" + BODY)
    assert meta.publisher == "武川县人民政府办公室"


def test_the_general_office_s_own_report_is_the_office_s_and_a_year_s_spending_is_no_plan() -> None:
    meta = metadata("某某县人民政府办公室2023年度法治政府建设工作报告\n来源:某某县人民政府办公室 发布时间:2024-01-10 09:00\n"
                    "2023年，某某县" + BODY)
    assert meta.publisher.endswith("人民政府办公室")
    assert metadata("（一）强化组织领导。2022年安排专项经费50万元。2021年完成立法。" + BODY).year == 2022


def test_a_zones_kind_alone_names_no_zone_unless_the_text_names_it_fully() -> None:
    """A page that dropped the zone's place (经济技术开发区管理委员会关于…): filed under the kind, every such
    zone would be one region; the text naming the zone in full (宁河经济开发区) still names it."""
    bare = metadata("经济技术开发区管理委员会关于2022年法治政府建设情况报告\n2022年，经开区" + BODY)
    assert (bare.region, bare.issuer_kind) == (None, None)
    named = metadata("经济开发区2024年度法治政府建设情况报告\n2024年宁河经济开发区在区委、区政府的领导下，" + BODY)
    assert named.region == "宁河经济开发区"


def test_an_untitled_text_in_traditional_characters_reporting_itself_is_an_annual_report() -> None:
    text = "2023年，巴州黨委、政府堅持以習近平法治思想為指導，推進法治政府建設。現就法治政府建設工作報告如下：\n一、主要做法\n" + BODY
    assert metadata(text).doc_type == "annual_report"


def test_an_untitled_explainer_of_a_document_is_an_article() -> None:
    text = ("《雷山县2024年法治政府建设工作要点》已制定发布，为便于理解，现作如下解读。\n一、制定依据及目的\n"
            "为推进法治政府建设，结合我县实际，制定本要点。\n" + BODY)  # (制定本要点 quotes the document explained)
    assert metadata(text).doc_type == "article"


def test_a_government_bodys_code_on_the_page_makes_the_issuer_precise() -> None:
    """The index number opens with the body's unified social credit code, whose digits 3–8 are its division
    (370105 天桥区): it names the district where the text names only its city, or nothing."""
    page = ("区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n11370105MB279780XD/2023-6537798\n区政府办公室\n"
            "2023-12-20\n为做好济南市2023年度法治建设考核工作，区司法局认真梳理总结全年工作。\n" + BODY)
    meta = metadata(page)
    assert (meta.region, meta.prefecture, meta.province) == ("天桥区", "济南市", "山东省")
    assert meta.doc_type == "article"  # an explainer of the agenda item (议题解读:), not the report
    # a division the report names itself is never overridden by a code (a portal may index another body's page)
    named = metadata("祁门县2021年法治政府建设工作情况报告\n索引号: 11370105MB279780XD/2022-1\n2021年，祁门县" + BODY)
    assert named.region == "祁门县"
    # a code of a division since renamed (500224, 铜梁县 before 2014) is none
    assert metadata("区政府2020年法治政府建设年度报告\n• 115002242037431382/2021\n" + BODY).region != "铜梁县"


def test_an_untitled_text_naming_its_division_only_by_a_distinctive_short_name_is_that_divisions() -> None:
    """西双版纳 names one division in the country and no common word: it needs no province named beside it, as
    short names do that are also words (和平, 鼓楼)."""
    text = ("2024年，州政府办公室紧紧围绕州委、州政府的中心工作，深入实施《西双版纳法治政府建设实施纲要（2021—2025年）》，"
            "扎实开展法治政府建设各项工作。\n一、主要举措和成效\n" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.province) == ("西双版纳傣族自治州", "云南省")


def test_a_short_name_general_chinese_rarely_writes_is_distinctive_too() -> None:
    """南川 names one district in the country and jieba's dictionary has seen it less than a place's name would
    leave room for a word; 江北 (two districts) and 光明 (one, but a common word) are taken only beside a province."""
    opening = "2023年，在区委、区政府的坚强领导下，区司法局紧紧围绕市委实施方案和{}具体举措，推动法治政府建设。\n"
    assert metadata(opening.format("南川") + BODY).region == "南川区"
    assert metadata(opening.format("光明") + BODY).region is None
    assert metadata(opening.format("江北") + BODY).region is None
    # ... where it stands as a word: 和政 of 和政县 is no place in 和政策 (和 and 政策)
    county = "根据工作规定，现将我县2020年度法治政府建设情况报告如下。\n2020年，县政府认真落实省委、省政府{}。\n"
    assert metadata(county.format("和政策要求") + BODY).region is None
    assert metadata(county.format("和和政发展要求") + BODY).region == "和政县"


def test_a_province_level_text_is_named_by_the_codes_of_the_documents_it_answers() -> None:
    """浙依法办〔2020〕3号 in a text at a province's level (全省, 我局) that names its province nowhere else: the code's
    one-character name is the province; a city's text citing such a code (苏府 is 苏州's) is never filed so."""
    text = ("根据省全面依法治省委员会办公室《关于报送2020年法治政府建设情况报告的通知》（浙依法办〔2020〕3号）要求，现将我局"
            "2020年度法治政府建设情况报告如下：\n一、全面履行职能\n全省市场主体总量突破800万户。\n" + BODY)
    assert (metadata(text).region, metadata(text).issuer_kind) == ("浙江省", "province")
    city = text.replace("全省", "全市").replace("省全面依法治省", "市全面依法治市")
    assert metadata(city).region != "浙江省"


def test_a_province_level_text_naming_only_a_city_of_it_is_the_provinces() -> None:
    """全省各级政府…省政府常务会议, naming no division but a city honoured as a model (获评示范市): the province's own
    report; a city's report that says 全省 more than 全市 but names its own 市政府 more stays the city's."""
    text = ("2021年，在省委的正确领导下，全省各级政府坚持依法行政。省政府主要负责人履行第一责任人职责，省政府常务会议专题研究"
            "法治政府建设。南阳市获评全国法治政府建设示范市。\n一、主要做法\n" + BODY)
    assert (metadata(text).region, metadata(text).issuer_kind) == ("河南省", "province")
    city = text.replace("省政府主要负责人", "南阳市政府主要负责人").replace("省政府常务会议", "市政府常务会议")
    assert metadata(city).region == "南阳市"
    reporting = "省委、省政府：\n2021年，南阳市坚持依法行政，在全省率先建成一体化平台，获评全国法治政府建设示范市。\n一、主要做法\n" + BODY
    assert metadata(reporting).region == "南阳市"


def test_a_short_name_inside_another_divisions_full_name_is_no_mention_of_it() -> None:
    """自治区…在克拉玛依市召开的会议: 克拉玛依 there names the city, not the district 克拉玛依区 whose short name it is."""
    text = ("2022年，区委、区政府坚持以习近平新时代中国特色社会主义思想为指导，坚决贯彻落实自治区党委、市委的决策部署，迎接了"
            "自治区依法治疆办对我区的法治督察，借鉴自治区人民政府在克拉玛依市召开的法治政府建设现场会经验。\n一、主要做法\n" + BODY)
    assert metadata(text).region != "克拉玛依区"


def test_a_committee_reviewing_a_report_is_news_of_the_review() -> None:
    """某州人大常委会审议某州政府2020年法治政府建设工作情况报告: a headline on the review, not the report."""
    page = "临夏州人大常委会审议临夏州政府2020年法治政府建设工作情况报告\n发布日期:2021-05-19 来源:临夏州司法局\n" + BODY
    assert metadata(page).doc_type == "article"


def test_a_byline_after_a_mark_is_the_source_and_no_title() -> None:
    """■ 齐齐哈尔市司法局 above an untitled text: its byline names the publisher and the region, and titles nothing."""
    meta = metadata("■ 齐齐哈尔市司法局\n近年来，市委、市政府认真贯彻落实黑龙江省关于法治政府建设的部署要求，扎实工作。\n" + BODY)
    assert (meta.title, meta.publisher, meta.region) == (None, "齐齐哈尔市司法局", "齐齐哈尔市")


def test_a_campaign_may_name_its_county_by_a_two_character_full_name() -> None:
    """平安蠡县、法治蠡县: the campaign word says the two characters after it are a place, not a word of the text."""
    text = "2020年，在县委的正确领导下，县政府发挥平安蠡县、法治蠡县建设的优势，扎实工作。\n一、主要做法\n" + BODY
    meta = metadata(text)
    assert (meta.region, meta.prefecture, meta.province) == ("蠡县", "保定市", "河北省")


def test_an_autonomous_region_calling_itself_our_region_is_the_province_level_region() -> None:
    """我区 in 广西's report is the autonomous region (it names 自治区本级), not a district it mentions (防城 of 防城港)."""
    text = ("一、2017年度广西法治政府建设主要情况\n2017年，我区坚持以习近平新时代中国特色社会主义思想为指导，谱写新时代广西发展新篇章。"
            "自治区本级先后撤销自治区海洋局，组建自治区海洋和渔业厅。防城港、钦州等6个市开展试点。\n" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.province, meta.prefecture) == ("广西壮族自治区", "广西壮族自治区", None)


def test_a_zone_calling_itself_by_its_kind_is_its_citys_zone_named_by_its_campaign() -> None:
    """高新区综治局在区党工委…: the zone speaks as 区, and of its city only in its campaigns (平安珠海, 法治珠海)."""
    text = ("2023年，高新区综治局在区党工委、区管委会的正确领导下，推动本部门法治政府建设各项工作开展。高新区2022年平安"
            "珠海建设考评、法治珠海建设考评均获得优秀等次。现将我局2023年度法治政府建设情况报告如下：\n一、主要举措和成效\n" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.prefecture, meta.issuer_kind) == ("珠海高新技术产业开发区", "珠海市", "development_zone")


def test_a_report_read_to_a_congress_is_the_reading_body_s_and_its_site_s_host_is_no_title() -> None:
    meta = metadata("www.danzhou.gov.cn\n2022年4月20日在市人大常委会第十次会议上\n儋州市人民政府\n"
                    "2021年，我市坚持以习近平新时代中国特色社会主义思想为指导，" + BODY)
    assert (meta.title, meta.publisher, meta.region) == (None, "儋州市人民政府", "儋州市")
    # (a page may drop the day's 年 and 月: 2022420日在…)
    meta = metadata("www.danzhou.gov.cn\n——2022420日在市人大常委会第十次会议上\n市人民政府\n"
                    "2021年，儋州市坚持以习近平新时代中国特色社会主义思想为指导，" + BODY)
    assert meta.publisher == "儋州市人民政府"


def test_a_publisher_named_by_the_site_it_runs_is_that_body() -> None:
    meta = metadata("龙门县2024年法治政府建设年度报告\n来源: 龙门县人民政府\n发布机构: 龙门县人民政府门户网站\n"
                    "2024年，我县" + BODY)
    assert meta.publisher == "龙门县人民政府"


def test_a_publisher_named_by_a_site_under_its_region_s_short_name_is_that_region_s_body() -> None:
    meta = metadata("龙门县2024年度依法行政工作报告 龙府报〔2025〕3号\n来源: 本网\n发布机构:龙门政府网\n2024年，我县" + BODY)
    # (and the number the title's line gives the document is no part of its title)
    assert (meta.publisher, meta.title) == ("龙门县人民政府", "龙门县2024年度依法行政工作报告")


def test_a_title_opening_on_its_year_names_its_body_over_the_office_that_posted_it() -> None:
    meta = metadata("2024年龙门县城市管理委员会法治政府建设工作情况报告\n来源:龙门县政府办\n2024年，我委" + BODY)
    assert meta.publisher == "龙门县城市管理委员会"


def test_a_portal_s_banner_before_the_posting_s_keys_is_no_value() -> None:
    meta = metadata("龙门县人民政府关于2024年法治政府建设情况的报告\n惠州市人民政府门户网站 www.huizhou.gov.cn 时间:2025-03-04 来源:\n"
                    "2024年，我县" + BODY)
    assert (meta.published, meta.publisher) == ("2025-03-04", "龙门县人民政府")


def test_a_place_alone_as_source_posts_its_own_report_as_its_government() -> None:
    for key in ("来源", "发布单位"):
        meta = metadata(f"{key}: 宁海县\n宁海县2024年度法治政府建设情况报告\n2024年，我县" + BODY)
        assert meta.publisher == "宁海县人民政府", key
    # ... but a place the title does not open with is only where the page was posted
    assert metadata("来源: 宁海县\n某局2024年工作总结\n2024年，我局" + BODY).publisher != "宁海县人民政府"


def test_a_source_line_names_who_posted_the_report_of_the_body_the_title_opens_with() -> None:
    text = "宜昌市人民政府2021年法治政府建设情况报告\n2022-03-30 09:12:00 来源: 宜昌市司法局 打印\n" + BODY
    assert metadata(text).publisher == "宜昌市人民政府"
    text = ("江夏区人民政府关于2024年度法治政府建设情况的报告\n发布日期:2025-03-24 16:55   "
            "文章来源:中共江夏区委全面依法治区委员会办公室\n2024年，江夏区" + BODY)
    assert metadata(text).publisher == "武汉市江夏区人民政府"
    # (a headline about two bodies, one reviewing the other's report, opens with no issuer: the source stays)
    text = "甘南州人大常委会审议甘南州政府2020年法治政府建设工作情况报告\n发布日期:2021-05-19 来源:甘南州司法局\n" + BODY
    assert metadata(text).publisher == "甘南藏族自治州司法局"


def test_a_key_in_the_cell_after_an_empty_keys_cell_is_read_and_its_abbreviated_bureau_written_out() -> None:
    """| 关键词 | 发布机构 | 肃南县林草局 |: 关键词 has no value, 发布机构 names the bureau, the county by its short name,
    the bureau by its usual abbreviation (林草局 → 林业和草原局)."""
    text = ("| 索引号 | 620721125/2026-00002 | 发文字号 | 肃林草发〔2026〕6号 |\n"
            "| 关键词 | 发布机构 | 肃南县林草局 | |\n2025年，我局" + BODY + "紧紧围绕县委、县政府部署，全县" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.publisher) == ("肃南裕固族自治县", "肃南裕固族自治县林业和草原局")


def test_a_bureaus_branch_in_a_county_opening_the_text_files_it_under_that_county() -> None:
    """和田地区生态环境局皮山县分局 works for 皮山县, though its bureau is the prefecture's and the text speaks of
    reviews the 地区 organised."""
    text = ("和田地区生态环境局皮山县分局认真贯彻落实《皮山县法治政府建设实施方案》，" + BODY
            + "先后4次参与地区组织的行政执法案卷评查工作，全地区" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.prefecture, meta.publisher) == ("皮山县", "和田地区", "和田地区生态环境局皮山县分局")


def test_a_township_named_alone_as_publisher_under_a_title_naming_its_county_first_is_its_government() -> None:
    """发布机构:徐庄镇 names a place, not a body: over its own report, titled with its county first, the township's
    government posts it, named with its county as a township's bodies are."""
    text = "• 发布机构:徐庄镇\n山亭区徐庄镇2025年度法治政府建设情况报告\n今年以来，徐庄镇在区委、区政府的领导下，" + BODY
    assert metadata(text).publisher == "枣庄市山亭区徐庄镇人民政府"
    # the source naming the township after its county, over a title naming it alone; a title opening with its year
    text = "信息来源:辰溪县罗子山瑶族乡\n罗子山瑶族乡2025年度法治政府建设情况报告\n2025年，罗子山瑶族乡" + BODY
    assert metadata(text).publisher == "辰溪县罗子山瑶族乡人民政府"
    text = "信息来源: 杨行镇\n2025年度杨行镇法治政府建设情况报告\n2025年，在宝山区委、区政府的领导下，杨行镇" + BODY
    assert metadata(text).publisher == "上海市宝山区杨行镇人民政府"
    # a click rate after the source on its line is the page's counter, not the source's words
    text = "发布时间:2023-02-10 15:34:38 来源:留下街道 点击率:\n留下街道2022年度法治政府建设工作报告\n2022年，留下街道在杭州市西湖区委" \
           "、区政府的正确领导下，" + BODY
    assert metadata(text).publisher == "杭州市西湖区留下街道办事处"
    # an untitled report of the township the index block names with its county: its own, as it opens
    text = "| 索 引 号 | 1137/2026-00538 | 公开方式 | 主动公开 |\n| 发布机构 | 兖州区新驿镇 | 组配分类 | 法治政府建设年报 |\n" \
           "2025年，新驿镇在区委、区政府的正确领导下，" + BODY
    assert metadata(text).publisher == "济宁市兖州区新驿镇人民政府"
    assert metadata(text.replace("兖州区新驿镇 |", "兖州区大安镇 |")).publisher is None  # (another township's page)


def test_the_body_the_sentence_introducing_the_report_presents_it_as_publishes_it() -> None:
    """…要求，现将某市生态环境局2025年度…报告如下: the report says whose it is; a relative name is the report's own
    division's (现将区司法局… → its district's), named officially; the report's own voice (现将我局…) names no body."""
    rule = "根据《法治政府建设与责任落实督察工作规定》要求，现将"
    text = rule + "庆阳市生态环境局2025年度法治政府建设工作情况和主要负责人履职情况报告如下：\n一、主要举措\n" \
        + "2025年，我局推进法治庆阳建设，全市" + BODY
    assert metadata(text).publisher == "庆阳市生态环境局"
    district = rule + "区司法局2024年法治政府建设情况报告如下。\n一、主要举措\n2024年，推进法治西峰建设，全区" + BODY
    assert metadata(district).publisher == "庆阳市西峰区司法局"
    assert metadata(text.replace("庆阳市生态环境局2025", "我局2025")).publisher is None


def test_a_townships_government_opening_its_report_as_subject_publishes_it() -> None:
    """营仔镇人民政府坚持…, 共和乡党委、政府深入…: the government (after its party committee too) is the subject of the
    report on its year, named with its county; the township itself as subject names no body."""
    text = "2025年，在廉江市委、市政府的坚强领导下，营仔镇人民政府坚持" + BODY + "我镇" + BODY + "全镇" + BODY
    assert metadata(text).publisher == "廉江市营仔镇人民政府"
    assert metadata(text.replace("营仔镇人民政府", "营仔镇党委、政府")).publisher == "廉江市营仔镇人民政府"
    assert metadata(text.replace("营仔镇人民政府", "营仔镇")).publisher is None
    described = text.replace("2025年，", "2025年是法治政府建设提质增效之年，")
    assert metadata(described).publisher == "廉江市营仔镇人民政府"


def test_a_report_read_to_the_standing_committee_is_the_government_its_title_names_by_level() -> None:
    """省人民政府关于2015年依法行政工作的报告, read to the provincial congress's standing committee and posted in its
    gazette (稿件来源: 发布时间:…): the title names the province's government by its level; the gazette's posting
    date dates the page, not the day it was read."""
    text = ("省人民政府关于2015年依法行政工作的报告\n稿件来源: 发布时间:2016-06-28 11:24:58\n"
            "——2016年3月29日在省十二届人大常委会第二十二次会议上\n甘肃省人民政府副秘书长俞建宁\n"
            "主任、各位副主任,秘书长,各位委员:\n根据会议安排,我受省人民政府委托,向省人大常委会报告2015年全省依法行政工作。\n"
            "2015年，全省各级政府" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.publisher, meta.published, meta.year) == ("甘肃省", "甘肃省人民政府", "2016-06-28", 2015)


def test_a_commission_opening_the_text_by_its_short_name_publishes_it() -> None:
    """2022年，东莞市卫生健康委坚持…: a commission is written by its short name as often as in full; a party committee
    (县委政法委) or a bureau acting under the city's committee (市场监管局在市委…领导下) is no commission."""
    assert metadata("2022年，东莞市卫生健康委坚持依法行政，" + BODY).publisher == "东莞市卫生健康委员会"
    assert metadata("2022年，东莞市发展改革委坚持依法行政，" + BODY).publisher == "东莞市发展和改革委员会"
    assert metadata("2022年，东莞市委政法委坚持依法治市，" + BODY).publisher is None
    for party in ("东莞市纪委监委", "东莞市委常委", "东莞市教育工委", "东莞市委网信委"):
        assert metadata(f"2022年，{party}坚持依法履职，" + BODY).publisher is None
    assert metadata("2022年，东莞市卫生健康委会同有关部门，" + BODY).publisher == "东莞市卫生健康委员会"
    assert metadata("2023年，绍兴市市场监管局在市委、市政府的坚强领导下，" + BODY).publisher == "绍兴市市场监督管理局"


def test_a_bureau_speaking_as_itself_is_named_by_the_title_of_its_own_document() -> None:
    """在区委、区政府的坚强领导下，我局…审议通过了《龙岩市永定区卫生健康局…实施方案》: the bureau that speaks as 我局 names
    itself in full only in its own document's title."""
    text = ("2025年，在区委、区政府的坚强领导下，我局坚持依法行政。年内审议通过了《龙岩市永定区卫生健康局参与全国法治政府"
            "建设示范创建活动实施方案》。永定区" + BODY)
    assert metadata(text).publisher == "龙岩市永定区卫生健康局"
    # (titles naming two bureaus of the region leave it open; a title it only carries out is another body's)
    assert metadata(text + "制定《龙岩市永定区司法局法治督察办法》。").publisher is None
    assert metadata(text.replace("审议通过了", "落实")).publisher is None


def test_a_bureau_speaking_as_itself_after_saying_what_the_year_was_names_itself_in_its_own_opinion() -> None:
    """2023年是…开局之年,是…关键之年。我局坚持…: the bureau speaks as 我局 from the sentence after the year's."""
    text = ("2023年是全面贯彻落实党的二十大精神的开局之年,是我市全面建设社会主义现代化大都市的关键之年。我局坚持依法行政。"
            "现将有关情况报告如下:\n一、主要举措\n制定并印发《天津市文化和旅游局关于建立权责清单动态管理工作机制的实施意见》。"
            + BODY)
    assert metadata(text).publisher == "天津市文化和旅游局"


def test_a_law_database_s_article_properties_give_the_publisher_and_date() -> None:
    """•【制定机关】…•【公布日期】2020.04.15: the properties a law database lists above a document it keeps."""
    text = ("某某省人民政府办公厅关于印发某某省人民政府2020年度法治政府建设重点工作安排的通知\n文章属性\n"
            "•【制定机关】某某省人民政府办公厅\n•【公布日期】2020.04.15\n•【效力等级】地方规范性文件\n•【时效性】现行有效\n"
            "正文\n" + BODY)
    meta = metadata(text)
    assert (meta.publisher, meta.published) == ("某某省人民政府办公厅", "2020-04-15")


def test_a_title_in_a_table_s_cell_is_read_without_the_cell_rules() -> None:
    text = "索引号 | K16059520/2023-106128 | ||\n发布机构 | 白鹤街道 |\n白鹤街道2022年度法治政府建设报告 | ||\n" + BODY
    assert metadata(text).title == "白鹤街道2022年度法治政府建设报告"


def test_a_report_made_public_by_its_opening_is_the_body_s_annual_report() -> None:
    """…现将市人社局2019年法治政府建设情况报告予以公开: made public rather than set out below, a report all the same."""
    meta = metadata("根据《法治政府建设实施纲要(2015-2020)》的规定，现将市人社局2019年法治政府建设情况报告予以公开。\n"
                    "一、依法履行部门职责情况\n2019年，天津市人社局认真落实市委关于依法治市的决策部署。" + BODY)
    assert (meta.doc_type, meta.publisher, meta.year) == ("annual_report", "天津市人力资源和社会保障局", 2019)


def test_a_publisher_whose_level_character_is_written_twice_is_named_once() -> None:
    assert metadata("2022年，元谋县县卫生健康局在县委、县政府的坚强领导下，" + BODY).publisher == "元谋县卫生健康局"


def test_a_summary_heading_under_an_opening_that_reports_itself_is_an_annual_reports_first_part() -> None:
    """一、2023年工作总结 makes an untitled bureau's text a summary; after 现将…情况报告如下 it is the first part of the
    annual report."""
    summary = metadata("2023年，县司法局坚持以习近平法治思想为指导。\n一、2023年工作总结\n（一）" + BODY)
    report = metadata("2023年，我镇深入推进法治政府建设。现将本镇2023年度法治政府建设工作情况报告如下:\n"
                      "一、2023年工作总结\n（一）" + BODY)
    assert (summary.doc_type, report.doc_type) == ("summary", "annual_report")


def test_a_government_offices_notice_is_the_offices() -> None:
    text = ("四川省人民政府办公厅关于印发四川省人民政府2022年度法治政府建设重点工作安排的通知\n"
            "2022年04月27日 信息来源:四川省人民政府办公厅\n各市(州)人民政府:\n现印发给你们，请认真组织实施。\n" + BODY)
    assert metadata(text).publisher == "四川省人民政府办公厅"


def test_a_commission_presenting_its_report_by_its_short_name_publishes_it() -> None:
    text = ("按照《云南省法治政府建设年度情况报告工作规定》要求，现将省卫生健康委2019年度法治政府建设工作情况报告如下:\n"
            "一、工作情况\n2019年，省卫生健康委认真学习宣传贯彻习近平法治思想。" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.publisher) == ("云南省", "云南省卫生健康委员会")


def test_a_bureau_speaking_as_itself_after_the_documents_it_follows_names_itself_in_its_own_plan() -> None:
    text = ("根据中共中央、国务院《法治政府建设实施纲要(2021-2025)》，中共中央办公厅、国务院办公厅《法治政府建设与责任落实督察"
            "工作规定》和《广东省法治政府建设实施纲要》，以及江门市和我区有关工作部署和要求，我局积极开展法治政府建设。"
            "现将我局2022年法治建设情况报告如下:\n一、主要举措\n二是完善制度。制定《江门市新会区统计局2022年执法检查计划》。"
            + BODY)
    assert metadata(text).publisher == "江门市新会区统计局"


def test_a_notices_signature_date_is_no_part_of_the_title_of_the_document_it_issues() -> None:
    text = ("发文机关中共某省交通运输厅党组\n发文日期2021年12月21日\n效力级别地方党内规范性文件\n厅直各单位:\n"
            "现将《关于进一步深化交通运输法治政府部门建设的实施意见》印发给你们，请认真抓好落实。\n中共某省交通运输厅党组\n"
            "2021年12月21日\n关于进一步深化交通运输法治政府部门建设的实施意见\n为深入学习宣传贯彻习近平法治思想，制定本实施意见。\n"
            + BODY)
    meta = metadata(text)
    assert (meta.title, meta.doc_type) == ("关于进一步深化交通运输法治政府部门建设的实施意见", "work_plan")


def test_a_department_reporting_itself_formally_files_an_annual_report() -> None:
    """报告如下 reports to the rule-of-law bodies; 汇报如下, and any announced 工作总结, account for the work."""
    opening = "2025年，市生态环境局坚持以习近平法治思想为指导，持续深化依法治污。现将有关情况"
    headings = "如下:\n一、2025年主要工作情况\n（一）"
    assert metadata(opening + "报告" + headings + BODY).doc_type == "annual_report"
    assert metadata(opening + "汇报" + headings + BODY).doc_type == "summary"
    summed = "2023年，我镇深入推进依法行政。现将2023年工作总结和2024年工作计划汇报如下:\n一、2023年工作总结\n（一）"
    assert metadata(summed + BODY).doc_type == "summary"


def test_an_untitled_text_opening_on_a_heading_of_the_rule_of_law_government_is_an_annual_report() -> None:
    assert metadata("一、加强党对法治政府建设的全面领导。一是明确领导责任。" + BODY).doc_type == "annual_report"


def test_the_note_making_a_report_public_gives_its_title_and_publisher() -> None:
    text = ("根据通知要求，现将《临沧市文化和旅游局2025年度法治政府建设情况报告》予以公布。\n2025年，市文化旅游局在市委、"
            "市政府的坚强领导下，" + BODY)
    meta = metadata(text)
    assert (meta.title, meta.publisher) == ("临沧市文化和旅游局2025年度法治政府建设情况报告", "临沧市文化和旅游局")


def test_a_related_link_about_a_document_above_the_title_is_no_title() -> None:
    text = "关于加快推进法治政府建设的实施意见\n桐庐县2023年法治政府建设情况报告\n2023年，我县" + BODY
    meta = metadata(text)
    assert (meta.title, meta.doc_type) == ("桐庐县2023年法治政府建设情况报告", "annual_report")


def test_a_city_governments_general_office_opening_the_text_publishes_it_under_its_own_name() -> None:
    """2024年,某市人民政府办公厅坚持…: the office (a large city's is an 办公厅), not a 政府办 cut short of its name."""
    meta = metadata("2024年,杭州市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导,统筹推进法治建设。\n" + BODY)
    assert meta.publisher == "杭州市人民政府办公厅"


def test_a_general_office_s_line_above_a_title_broken_inside_its_quoted_title_issues_it() -> None:
    """四川省人民政府办公厅 / 关于印发《四川省人民政府2025年法治政府 / 建设重点工作安排》的通知: the office's line is the
    title's issuer (a department's 厅 as much as a 局), and the title's first line, broken inside 《》, is no body."""
    text = ("四川省人民政府办公厅\n关于印发《四川省人民政府2025年法治政府\n建设重点工作安排》的通知\n川办发〔2025〕12号\n"
            "各市(州)人民政府,省政府各部门:\n《四川省人民政府2025年法治政府建设重点工作安排》已经省政府同意,现印发给你们。\n"
            "四川省人民政府办公厅\n2025年4月10日\n" + BODY)
    meta = metadata(text)
    assert meta.title == "四川省人民政府办公厅关于印发《四川省人民政府2025年法治政府建设重点工作安排》的通知"
    assert meta.publisher == "四川省人民政府办公厅"
    # (a title broken after its body inside 关于 is still joined; a hall, 网上办事大厅, is no body)
    assert metadata("关于泽州县人民政府\n2023年法治政府建设情况的报告\n" + BODY).title == "关于泽州县人民政府2023年法治政府建设情况的报告"
    hall = metadata("网上办事大厅\n泽州县2023年法治政府建设工作报告\n" + BODY)
    assert (hall.title, hall.publisher) == ("泽州县2023年法治政府建设工作报告", None)
    # (the office's line above its own report's title, as a bureau's: 陕西省人民政府办公厅 / 2021年度…报告)
    meta = metadata("陕西省人民政府办公厅\n2021年度法治建设工作情况报告\n2022-01-12 来源:厅办公室\n2021年,我厅深入学习。" + BODY)
    assert (meta.title, meta.publisher) == ("陕西省人民政府办公厅2021年度法治建设工作情况报告", "陕西省人民政府办公厅")


@pytest.mark.parametrize("head, date", [
    ("芷江侗族自治县人民政府 发布时间: 2026-03-03 09:36", "2026-03-03"),  # (after a body's name on the line)
    ("索 引 号 640421006/2025-00022 发文时间 2025-02-28", "2025-02-28"),  # (a key without its colon)
    ("浏览:5072次 时间:2022-12-07 来源:本站", "2022-12-07"),
    ("2019年02月25日      来源:市司法局", "2019-02-25"),  # (beside its source)
    ("来源:政府门户网   2021-03-22 21:29", "2021-03-22"),
    ("(2024-03-01)", "2024-03-01"),  # (alone in brackets under the title)
])
def test_a_page_s_stamp_among_its_head_s_cells_dates_it(head: str, date: str) -> None:
    text = "某县司法局2023年法治政府建设工作报告\n" + head + "\n2023年，县司法局坚持依法行政。" + BODY
    assert metadata(text).published == date


def test_no_other_date_of_a_page_s_head_or_its_text_is_its_stamp() -> None:
    """A key ending in 日期 that dates something else (废止日期, 截止日期) or a date in the running text."""
    for head in ("废止日期: 2030-12-31", "有效期至 截止日期：2028年12月31日"):
        text = "某县司法局2023年法治政府建设工作报告\n" + head + "\n2023年，县司法局坚持依法行政。" + BODY
        assert metadata(text).published is None, head
    assert metadata("某县司法局2023年法治政府建设工作报告\n2023年，县司法局于2023年5月6日召开会议。" + BODY).published is None


def test_a_street_office_the_title_names_under_its_district_government_publishes_under_that_name() -> None:
    """2022年度烟台市莱山区人民政府黄海路街道办事处…报告: the street office, whose official name writes the district
    government it is the agency of, not that government."""
    meta = metadata("2022年度烟台市莱山区人民政府黄海路街道办事处法治政府建设情况报告\n今年以来，我街道" + BODY)
    assert (meta.region, meta.publisher) == ("黄海路街道", "烟台市莱山区人民政府黄海路街道办事处")
    meta = metadata("鲤城区人民政府金龙街道办事处关于2022年度法治政府建设情况的报告\n2022年，金龙街道" + BODY)
    assert meta.publisher == "泉州市鲤城区人民政府金龙街道办事处"
    # (a government's report on its street office is the government's)
    meta = metadata("莱山区人民政府关于黄海路街道办事处2022年度法治政府建设情况的报告\n2022年，黄海路街道" + BODY)
    assert meta.publisher == "烟台市莱山区人民政府"


def test_a_bureau_speaking_as_itself_is_named_by_the_report_of_the_year_before_it_drew_up_and_published() -> None:
    """编撰并公示《长治市交通运输局关于2024年法治政府建设情况的报告》: the report's bureau, speaking as 我局, names itself in
    its own report of the year before; one it only carries out (落实《…》) names another."""
    text = ("2025年以来，在市委、市政府的正确领导下，我局深入学习贯彻习近平法治思想，" + BODY + "现将我局本年度法治政府建设情况"
            "报告如下：\n一、主要举措和成效\n压实法治建设责任。编撰并公示《长治市交通运输局关于2024年法治政府建设情况的报告》，"
            "印发年度法治工作要点。\n" + BODY)
    meta = metadata(text)
    assert (meta.region, meta.publisher) == ("长治市", "长治市交通运输局")
    assert metadata(text.replace("编撰并公示", "认真落实")).publisher is None

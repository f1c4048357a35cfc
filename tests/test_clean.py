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

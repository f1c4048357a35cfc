"""The month a page's address files it under (ingest/page_date.py), and the year it gives a report or an article
whose text dates itself nowhere (a jsonl record's ``url``, a download list's address)."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.document import RawDocument
from ingest.gazetteer import load
from ingest.metadata import extract_metadata
from ingest.page_date import month_posted


@pytest.mark.parametrize(("url", "month"), [
    ("http://ljxq.cq.gov.cn/zwgk/fzzf2021/202203/t20220303_10456224.html", "2022-03"),  # a content system's file name
    ("http://www.xam.gov.cn/xam/2025-03/07/article_2025030718085089301.html", "2025-03"),  # year-month, then day
    ("http://m.example.com/xqzc/2018-08-02/939634.html", "2018-08"),  # a whole date as one folder
    ("http://www.example.com/c/2021/1217/817641.shtml", "2021-12"),  # year, then month and day as one folder
    ("http://www.example.gov.cn/art/2023/3/1/art_1229_1.html", "2023-03"),  # year, month, day as folders
    ("https://nyncj.example.gov.cn/tzgg/20250331/a06cad6d.html", "2025-03"),
    ("http://www.example.gov.cn/news/2020/09/1606553978297842.htm", "2020-09"),
    ("http://www.example.gov.cn/a/2023031015221523357/index.html", None),  # (an article's number, no date)
    ("http://www.example.gov.cn/fdzdgknr/20200101-20201231/a.html", None),  # (a span: a folder of a year's pages)
    ("http://www.example.gov.cn/zwgk/202203/t20190915_1.html", "2022-03"),  # (the folder a page is posted under)
    ("http://www.example.gov.cn/zwgk/2023/86/308457.html", None),  # (a year, then no month)
    ("http://www.example.gov.cn/1970/01/a.html", None),  # (a system's blank date)
    ("http://www.example.gov.cn/info/2383/46395.htm", None),
    ("[no address]", None),
    (None, None),
])
def test_the_month_a_page_is_filed_under(url: str | None, month: str | None) -> None:
    assert month_posted(url) == month


_UNDATED_REPORT = ("一、工作开展情况\n（一）坚持党的领导，坚决扛牢法治建设政治责任。盟委、行署主要领导同志认真履行法治政府建设"
                   "第一责任人职责，主持召开法治政府建设推进会议研究部署相关工作。\n")


def _year(text: str, url: str | None) -> int | None:
    raw = RawDocument(text=text, source="r.txt", origin="r.txt", hints={"url": url} if url else {})
    return extract_metadata(raw, clean(text), load()).year


def test_a_report_dated_nowhere_accounts_for_the_year_before_its_page_went_up_in_spring() -> None:
    assert _year(_UNDATED_REPORT, None) is None
    assert _year(_UNDATED_REPORT, "http://www.xam.gov.cn/xam/2025-03/07/article_2025030718085089301.html") == 2024
    # (a page put up mid-year does not tell which year a report accounts for)
    assert _year(_UNDATED_REPORT, "http://www.example.gov.cn/zwgk/202207/t20220701_1.html") is None


def test_a_text_dating_itself_is_not_dated_by_its_page() -> None:
    dated = "2020年法治政府建设情况报告\n" + _UNDATED_REPORT
    assert _year(dated, "http://www.example.gov.cn/zwgk/202201/t20220122_2641894.html") == 2020


def test_a_plan_naming_no_year_is_not_dated_by_its_page() -> None:
    plan = ("关于加快推进法治政府建设的实施方案\n为深入推进依法行政，加快建设法治政府，结合本市实际，制定本实施方案。\n"
            "一、总体要求\n以习近平法治思想为指导，全面推进政府各项工作法治化。\n")
    assert _year(plan, "https://www.example.gov.cn/xwzx/2022-06-27/8726.html") is None


def test_an_article_dated_nowhere_is_of_the_year_its_page_went_up() -> None:
    news = ("12月14日，某县召开全面依法治县委员会第五次工作会议。会议传达学习了习近平法治思想，审议拟表彰的"
            "先进集体和先进个人名单，安排部署全面依法治县工作。\n")
    assert _year(news, "http://www.example.com/c/2021/1217/817641.shtml") == 2021

"""What a reader sees: Chinese display names from one table on every page kind, reports cited by
title, regions by code or name, highlighting of query terms only, no raw scores, the home page's
single search box and the graph page's names and legend."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.test_web import REGULATION, app, client, first_paragraph_of  # noqa: F401 (module-scoped fixtures)
from web.highlight import STOP_WORDS, highlight
from web.labels import DISPLAY_NAMES, display, report_name

CSS = Path(__file__).resolve().parent.parent / "web" / "static" / "kg.css"
QUESTIONS = ("哪些县聘请了律师事务所担任法律顾问?", "始兴县行政复议案件多少件?", "湖州怎样培养法治人才?",
             "比较始兴县和阜康市的法律顾问工作", "有没有和始兴县法律顾问类似的做法?", "哪个地区的行政复议纠错率最高?",
             "始兴县的报告引用了哪些法律法规?", "广东省有哪些地区的报告?",
             "始兴县存在哪些问题?")


class VisibleText(HTMLParser):
    """The text a browser shows: no tags, attributes, scripts or styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style", "title"):
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "title"):
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


def page_kinds(client) -> list[str]:  # noqa: F811 (the fixture)
    """One URL of every page kind, with the variants that show labels (filters, answer kinds, graphs)."""
    hit = first_paragraph_of(client, "始兴县")
    firm = client.get("/entities/law-firm/广东天行健律师事务所.json").get_json()
    agency = client.get("/regions/440222.json").get_json()["agencies"][0]["name"]
    initiative = client.get("/.json").get_json()["initiatives"][0]["name"]
    assert firm["advises"]
    return [
        "/", "/search?q=法律顾问", "/search?q=法律顾问&doc_type=annual_report&topic=legal_advisers&year=2020",
        "/search?q=法治&region=440222", *[f"/ask?q={q}" for q in QUESTIONS],
        f"/reports/{hit['report_id']}", f"/paragraphs/{hit['paragraph_id']}", f"/entities/regulation/{REGULATION}",
        "/entities/law-firm/广东天行健律师事务所", f"/entities/agency/{agency}", f"/entities/initiative/{initiative}",
        "/regions/440222", "/regions/440000", "/compare?regions=440222,652302",
        f"/graph/paragraph/{hit['paragraph_id']}", "/graph/region/440222", f"/graph/report/{hit['report_id']}",
        f"/graph/regulation/{REGULATION}", "/ingest", "/regions/999999", "/search?q=法治&page=0",
    ]


def test_no_page_shows_an_internal_label(client) -> None:  # noqa: F811
    keys = {key for group in DISPLAY_NAMES.values() for key in group}
    pattern = re.compile(r"(?<![A-Za-z_])(" + "|".join(map(re.escape, sorted(keys, key=len, reverse=True))) + r")(?![A-Za-z_])")
    kinds = {client.get(f"/ask.json?q={q}").get_json()["result"]["interpretation"]["kind"] for q in QUESTIONS}
    assert kinds == set(DISPLAY_NAMES["answer_kind"])  # every answer kind is rendered once
    for url in page_kinds(client):
        text = visible(client.get(url).get_data(as_text=True))
        assert not pattern.findall(text), (url, sorted(set(pattern.findall(text))))


def test_the_table_names_every_value_the_code_produces() -> None:
    from ingest.schema import DOC_TYPES
    from ingest.extract.regulations import KINDS
    from kg.ask.understand import KINDS as ANSWER_KINDS
    from kg.queries import UNIQUE_KEYS

    assert set(DISPLAY_NAMES["doc_type"]) == set(DOC_TYPES)
    assert set(DISPLAY_NAMES["answer_kind"]) == set(ANSWER_KINDS)
    assert {kind for kind, _ in KINDS} | {"other"} == set(DISPLAY_NAMES["regulation_kind"])
    assert {label for label, _ in UNIQUE_KEYS} == set(DISPLAY_NAMES["node"])  # every label the graph holds
    names = [name for group in DISPLAY_NAMES.values() for name in group.values()]
    assert all(re.search(r"[\u4e00-\u9fff]", name) for name in names)
    assert display("annual_report", "doc_type") == "年度报告" and display("始兴县", "doc_type") == "始兴县"


def test_reports_are_cited_by_title_region_and_year_never_by_file_name(client) -> None:  # noqa: F811
    reports = client.get("/.json").get_json()["reports"]
    sources = {r["source"] for r in reports}
    assert sources
    report_pages = {f"/reports/{r['id']}" for r in reports}
    for url in page_kinds(client):
        if url in report_pages:
            continue
        text = visible(client.get(url).get_data(as_text=True))
        assert not [s for s in sources if s in text], url
    untitled = {"title": None, "region": "始兴县", "year": 2020, "source": "001_8aee141622c367fd.txt"}
    assert report_name(untitled) == "始兴县2020年报告"
    hit = first_paragraph_of(client, "始兴县")
    assert hit["source"] in visible(client.get(f"/reports/{hit['report_id']}").get_data(as_text=True))


def test_regions_by_code_or_name(client) -> None:  # noqa: F811
    by_code = client.get("/compare.json?regions=440222,652302").get_json()
    assert [c["name"] for c in by_code["columns"]] == ["始兴县", "阜康市"] and by_code["unknown"] == []
    assert "不认识" not in client.get("/compare?regions=440222,652302").get_data(as_text=True)
    mixed = client.get("/compare.json?regions=440222、阜康市,始兴县").get_json()
    assert [c["name"] for c in mixed["columns"]] == ["始兴县", "阜康市"]
    hits = client.get("/search.json?q=法治&region=440222").get_json()["hits"]
    assert hits and {h["region"] for h in hits} == {"始兴县"}
    assert client.get("/regions/始兴县.json").get_json()["region"]["code"] == "440222"


def test_highlighting_marks_query_terms_without_gaps_and_not_stop_words(client) -> None:  # noqa: F811
    html = client.get("/search?q=行政 法律顾问").get_data(as_text=True)
    assert "<mark>法律顾问</mark>" in html and "<mark>行政</mark>" not in html
    assert str(highlight("依法行政，法律顾问<b>", ["行政", "法律顾问", "顾"])) == "依法行政，<mark>法律顾问</mark>&lt;b&gt;"
    assert {"行政", "法律"} <= STOP_WORDS
    rule = re.search(r"mark\{([^}]*)\}", CSS.read_text()).group(1)
    assert re.search(r"padding:0(;|$)", rule) and re.search(r"margin:0(;|$)", rule)


def test_no_raw_scores_are_shown(client) -> None:  # noqa: F811
    hits = client.get("/search.json?q=法律顾问").get_json()["hits"]
    html = client.get("/search?q=法律顾问").get_data(as_text=True)
    for score in {h["score"] for h in hits}:
        assert str(score) not in html and f"{score:.4f}" not in html and f"{score:.3f}" not in html
    header = client.get("/search.csv?q=法律顾问").get_data(as_text=True).lstrip("\ufeff").splitlines()[0]
    assert "score" not in header.split(",") and "rank" in header.split(",")


def test_home_page_has_one_search_box(client) -> None:  # noqa: F811
    html = client.get("/").get_data(as_text=True)
    assert len(re.findall(r'<input type="search"', html)) == 1 and html.count("<form") == 1


def test_graph_page_names_nodes_and_has_a_legend(client) -> None:  # noqa: F811
    html = client.get("/graph/region/440222").get_data(as_text=True)
    title = re.search(r"<h1>(.*?)</h1>", html).group(1)
    assert "始兴县" in title and "440222" not in title
    legend = visible(re.search(r'<p class="legend".*?</p>', html, re.S).group(0))
    assert "地区" in legend and "报告" in legend
    graph = client.get(f"/graph/regulation/{REGULATION}.json").get_json()
    paragraphs = [e for e in graph["edges"] if e["label"] == "Paragraph"]
    assert paragraphs and all(e["region"] == "始兴县" and e["report"]["caption"] for e in paragraphs)
    assert {e["type_name"] for e in paragraphs} == {display("CITES", "relation")}
    hit = first_paragraph_of(client, "始兴县")
    paragraph = client.get(f"/graph/paragraph/{hit['paragraph_id']}.json").get_json()["node"]
    assert paragraph["name"].startswith(hit["title"]) and hit["paragraph_id"] not in paragraph["name"]


@pytest.mark.parametrize("url", ["/regions/999999", "/paragraphs/nope", "/search?q=法治&year=²"])
def test_error_pages_are_chinese(client, url: str) -> None:  # noqa: F811
    html = client.get(url).get_data(as_text=True)
    text = visible(html)
    assert not re.search(r"Not Found|Bad Request|Internal Server Error|requested URL", text)
    assert re.search(r"页面不存在|不认识的地区|找不到|请求有误", text)

"""Every web page and its JSON twin with Flask's test client, on the ingested samples."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import pytest

from ingest.extract.indicators import taxonomy
from kg.config import Settings
from search.exact import normalize
from tests.support import SAMPLES

HOSTILE = "浏阳市2022年法治政府建设年度报告\n一、主要工作\n<script>alert('x')</script>依法行政取得成效,法律顾问全覆盖。"
REGULATION = "党政主要负责人履行推进法治建设第一责任人职责规定"


def fill(app, *extra: tuple[str, str]) -> None:
    """Ingest the samples, a hostile report and ``extra`` (name, text) files as `kg ingest` does."""
    folder = Path(app.config["KG_SETTINGS"].data_dir).parent / "extra"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("hostile.txt", HOSTILE), *extra):
        (folder / name).write_text(text, encoding="utf-8")
    app.extensions["kg_corpus"].ingest([SAMPLES, folder])


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    from web import create_app

    data_dir = tmp_path_factory.mktemp("web") / "data"
    settings = Settings.from_env({"KG_DATA_DIR": str(data_dir), "KG_API_TOKEN": "s3cret", "KG_GRAPH_LINGER_S": "0"})
    app = create_app(settings)
    fill(app)
    yield app
    app.extensions["kg_corpus"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def first_paragraph_of(client, region: str) -> dict:
    hits = client.get(f"/search.json?q=法治政府&region={region}").get_json()["hits"]
    assert hits, region
    return hits[0]


def test_health(client) -> None:
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok" and body["search"]["vectors"] == body["search"]["paragraphs"] > 0
    assert body["warming"] is False  # only `kg serve`'s workers read ahead


def test_home_and_its_json_twin(client) -> None:
    html = client.get("/").get_data(as_text=True)
    assert "始兴县人民政府2020年法治政府建设年度报告" in html and "后备模型" in html
    assert "适合任何规模的语料" in html  # the banner says what the active model is good for
    data = client.get("/.json").get_json()
    assert data["stats"]["reports"] == 6 and len(data["reports"]) == 6
    assert data["regulations"] and data["regions"] and data["search"]["model_kind"] == "trained"
    assert client.get("/", headers={"Accept": "application/json"}).get_json() == data


def page_urls(client) -> list[str]:
    hit = first_paragraph_of(client, "始兴县")
    return [
        "/", "/search?q=法律顾问", "/search?q=法律顾问&province=广东省&mode=lexical", "/ask?q=湖州怎样培养法治人才?",
        f"/reports/{hit['report_id']}", f"/paragraphs/{hit['paragraph_id']}", f"/entities/regulation/{REGULATION}",
        "/entities/law-firm/广东天行健律师事务所", "/regions/440222", "/regions/440000", "/compare?regions=始兴县,阜康市",
        f"/graph/paragraph/{hit['paragraph_id']}", "/graph/region/440222", "/ingest",
    ]


def test_every_page_has_a_json_twin(client) -> None:
    for url in page_urls(client):
        path, _, query = url.partition("?")
        html = client.get(url)
        assert html.status_code == 200 and html.mimetype == "text/html", url
        twin_path = "/.json" if path == "/" else f"{path}.json"
        twin = client.get(f"{twin_path}?{query}" if query else twin_path)
        assert twin.status_code == 200 and twin.is_json, url
        assert client.get(url, headers={"Accept": "application/json"}).get_json() == twin.get_json(), url


def test_search_results_have_provenance_facets_and_highlights(client) -> None:
    data = client.get("/search.json?q=法律顾问&province=广东").get_json()  # short names are completed
    assert data["hits"] and all(h["province"] == "广东省" for h in data["hits"])
    assert [value for value, _ in data["facets"]["province"]] == ["广东省"]
    html = client.get("/search?q=法律顾问").get_data(as_text=True)
    assert "<mark>法律顾问</mark>" in html
    page2 = client.get("/search.json?q=法治&page=2").get_json()
    page1 = client.get("/search.json?q=法治").get_json()
    assert page2["hits"][0]["rank"] == 11 and page2["hits"][0]["paragraph_id"] not in {h["paragraph_id"] for h in page1["hits"]}


def test_paragraph_page_shows_similar_practices_in_other_counties(client) -> None:
    hit = first_paragraph_of(client, "始兴县")
    data = client.get(f"/paragraphs/{hit['paragraph_id']}.json").get_json()
    assert data["similar"] and all(h["region"] != "始兴县" for h in data["similar"])
    assert any(p["id"] == hit["paragraph_id"] for p in data["context"])


def test_regulation_page_is_policy_to_practice(client) -> None:
    data = client.get(f"/entities/regulation/{REGULATION}.json").get_json()
    assert [g["region"] for g in data["regions"]] == ["始兴县"]
    assert data["timeline"] and data["timeline"][0]["first"] == ["始兴县"]
    citing = {p["paragraph_id"] for g in data["regions"] for p in g["paragraphs"]}
    assert data["similar_not_citing"] and not citing & {h["paragraph_id"] for h in data["similar_not_citing"]}
    firm = client.get("/entities/law-firm/广东天行健律师事务所.json").get_json()
    assert [a["region"] for a in firm["advises"]] == ["始兴县"]


def test_list_pages_take_a_validated_page(client) -> None:
    data = client.get(f"/entities/regulation/{REGULATION}.json").get_json()
    assert (data["page"], data["pages"]) == (1, 1) and data["paragraphs"] == sum(g["count"] for g in data["regions"])
    beyond = client.get(f"/entities/regulation/{REGULATION}.json?page=2").get_json()
    assert beyond["page"] == 2 and beyond["paragraphs"] == data["paragraphs"]
    assert not any(g["paragraphs"] for g in beyond["regions"]) and beyond["regions"]  # regions stay, rows are paged
    region = client.get("/regions/440000.json?page=1").get_json()
    assert region["reports"] == sum(len(r) for r in region["reports_by_year"].values()) and region["pages"] == 1
    for url in (f"/entities/regulation/{REGULATION}?page=0", f"/entities/regulation/{REGULATION}?page=x",
                "/regions/440000?page=-1", "/regions/440000?page=99999999999"):
        response = client.get(url, headers={"Accept": "application/json"})
        assert response.status_code == 400 and "页码" in response.get_json()["error"]["message"], url


def test_every_kind_of_node_has_a_graph_page(client) -> None:
    from ingest.schema import NODES

    for node in NODES:
        data = client.get(f"/graph/{node.segment}/不存在.json").get_json()
        assert data["node"]["label"] == node.label and data["edges"] == []


def test_region_page_has_breadcrumbs_reports_and_indicators(client) -> None:
    data = client.get("/regions/440222.json").get_json()
    assert [b["name"] for b in data["breadcrumbs"]] == ["广东省", "韶关市", "始兴县"]
    assert data["reports_by_year"]["2020"] and data["law_firms"] and data["indicators"]
    province = client.get("/regions/440000.json").get_json()
    assert province["reports_by_year"]  # counties' reports roll up to their province
    assert client.get("/regions/999999").status_code == 404


SLOGAN_NUMBER = re.compile(r"[“「\"][0-9一二两三四五六七八九十]+个")
ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十0-9]+)")


def test_region_pages_file_indicators_by_the_taxonomy_with_no_slogan_or_ordinal_rows(client) -> None:
    ids = list(taxonomy())
    codes = {g["id"] for g in client.get("/compare.json").get_json()["available"]}
    assert len(codes) >= 5
    for code in codes:
        data = client.get(f"/regions/{code}.json").get_json()
        for row in data["indicators"]:
            assert row["indicator"] in ids and row["indicator_name"] == taxonomy()[row["indicator"]].name, row
            assert row["name"] and row["name"] != row["unit"] and not ORDINAL.match(row["name"]), row
            assert not SLOGAN_NUMBER.search(row["text"]) and not row["name"].endswith(("“", '"')), row
        grouped = [g["indicator"] for g in data["indicator_groups"]]
        assert grouped == sorted(grouped, key=ids.index)  # taxonomy order, "other" last
    county = client.get("/regions/440222.json").get_json()
    received = next(g for g in county["indicator_groups"] if g["indicator"] == "reconsideration.received")
    assert [(f["value"], f["name"]) for y in received["years"] for f in y["facts"]] == [(7, "收到行政复议申请")]
    assert "行政复议收案" in client.get("/regions/440222").get_data(as_text=True)


def test_compare_lines_regions_up_on_the_same_indicator_and_year(client) -> None:
    data = client.get("/compare.json?regions=始兴县,阜康市").get_json()
    table = data["indicator_table"]
    assert table and all(row["indicator"] != "other" and len(row["cells"]) == 2 for row in table)
    for row in table:
        for cell in row["cells"]:
            assert all((f["indicator"], f["year"]) == (row["indicator"], row["year"]) for f in cell)
    both = {row["indicator"] for row in table if row["cells"][0]} & {row["indicator"] for row in table if row["cells"][1]}
    assert {"litigation.cases", "legal_adviser.count"} <= both  # both report these, each for its own year
    assert "行政复议" in client.get("/compare?regions=始兴县,阜康市").get_data(as_text=True)


def test_compare_and_graph_views(client) -> None:
    data = client.get("/compare.json?regions=始兴县,阜康市,火星县").get_json()
    assert [c["name"] for c in data["columns"]] == ["始兴县", "阜康市"] and data["unknown"] == ["火星县"]
    assert all(c["topics"] for c in data["columns"])
    graph = client.get("/graph/region/440222.json").get_json()
    assert {"ISSUED_BY", "PART_OF"} <= {e["type"] for e in graph["edges"]}
    only = client.get("/graph/region/440222.json?types=Report").get_json()
    assert only["edges"] and {e["label"] for e in only["edges"]} == {"Report"}
    assert "vis-network.min.js" in client.get("/graph/region/440222").get_data(as_text=True)
    assert client.get("/static/vendor/vis-network.min.js").status_code == 200


def test_hostile_text_is_escaped_everywhere(client) -> None:
    reports = client.get("/.json").get_json()["reports"]
    hostile = next(r for r in reports if r["source"] == "hostile.txt")
    paragraph = client.get(f"/reports/{hostile['id']}.json").get_json()["paragraphs"][-1]
    for url in (f"/reports/{hostile['id']}", f"/paragraphs/{paragraph['id']}", "/search?q=alert+依法行政",
                "/search?q=<script>alert(1)</script>", "/ask?q=<script>alert(1)</script>"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in html, url
    assert "&lt;script&gt;" in client.get(f"/reports/{hostile['id']}").get_data(as_text=True)
    assert client.get("/reports/nope").status_code == 404 and client.get("/paragraphs/nope.json").status_code == 404


def test_ingest_requires_the_token_and_reports_per_file(app, client, monkeypatch: pytest.MonkeyPatch) -> None:
    from search.index import SearchIndex

    writers: list[SearchIndex] = []
    add_document = SearchIndex.add_document
    monkeypatch.setattr(SearchIndex, "add_document", lambda self, doc: writers.append(self) or add_document(self, doc))

    def upload(token: str | None, files: list[tuple[bytes, str]]):
        data = {"files": [(io.BytesIO(content), name) for content, name in files]}
        if token:
            data["token"] = token
        return client.post("/ingest.json", data=data, content_type="multipart/form-data")

    good = ("仁化县2021年法治政府建设年度报告\n一、主要工作\n推行“首违不罚”,全年免罚案件36件。".encode(), "仁化县.txt")
    before = client.get("/.json").get_json()["stats"]["reports"]
    assert upload(None, [good]).status_code == 401
    assert upload("wrong", [good]).status_code == 401
    assert client.get("/.json").get_json()["stats"]["reports"] == before  # the refused uploads wrote nothing
    accepted = upload("s3cret", [good, (b"\x00\x01binary", "bad.pdf")])
    assert accepted.status_code == 202
    job_url = accepted.get_json()["job_url"]
    for _ in range(600):  # the job runs in a background thread; its JSON twin reports progress
        job = client.get(f"{job_url}.json").get_json()["job"]
        if job["step"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["step"] == "done" and job["done"] == job["files"] == 2, job
    body = job["summary"]
    assert body["ingested"] == 1 and len(body["failed"]) == 1 and "bad.pdf" in body["failed"][0]["path"]
    assert {r["status"] for r in job["results"]} == {"ingested", "failed"}
    # The job wrote through its own index; the one serving requests switched to the new generation.
    assert writers and all(w is not app.extensions["kg_corpus"].index for w in writers)
    assert client.get("/search.json?q=首违不罚").get_json()["hits"][0]["region"] == "仁化县"
    assert "job-progress" in client.get(job_url).get_data(as_text=True)
    assert client.get("/ingest/jobs/nope.json").status_code == 404


def test_lists_export_as_csv(client) -> None:
    import csv
    import io

    for url, column in (("/search.csv?q=法律顾问", "paragraph_id"), (f"/entities/regulation/{REGULATION}.csv", "region"),
                        ("/regions/440222.csv", "value"), ("/compare.csv?regions=始兴县,阜康市", "topic"),
                        ("/ask.csv?q=湖州怎样培养法治人才?", "text")):
        response = client.get(url)
        assert response.status_code == 200 and response.mimetype == "text/csv", url
        text = response.get_data(as_text=True)
        assert text.startswith("\ufeff"), url  # spreadsheets read it as UTF-8
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
        assert rows and column in rows[0], url
    assert "导出 CSV" in client.get("/search?q=法律顾问").get_data(as_text=True)


def test_search_counts_matches_and_facets_count_only_matching_paragraphs(client, app) -> None:
    index = app.extensions["kg_corpus"].index
    rows = index.docstore.db.execute("SELECT text, region FROM paragraphs").fetchall()
    body = client.get("/search.json?q=行政复议 纠错").get_json()
    matching = [r for r in rows if "行政复议" in normalize(r["text"]) and "纠错" in normalize(r["text"])]
    assert body["match_count"] == len(matching) > 0 and not body["no_match"]
    by_region = dict(body["facets"]["region"])
    assert sum(by_region.values()) == len(matching)
    assert all(by_region[r["region"]] == sum(m["region"] == r["region"] for m in matching) for r in matching)
    html = client.get("/search?q=行政复议 纠错").get_data(as_text=True)
    assert f"{len(matching)} 段 / {body['report_count']} 份报告 包含" in html


def test_search_says_first_when_no_paragraph_contains_the_terms(client) -> None:
    absent = "量子纠缠治理"
    body = client.get(f"/search.json?q={absent}").get_json()
    assert body["no_match"] and body["hits"] == [] and body["facets"]["region"] == []
    html = client.get(f"/search?q={absent}").get_data(as_text=True)
    assert f"没有段落包含“{absent}”" in html
    if body["related"]:
        assert html.index("没有段落包含") < html.index("语义相关，但不包含检索词")


def test_an_answers_facts_table_says_how_many_facts_it_leaves_out(app) -> None:
    from flask import render_template

    interpretation = {"kind": "which_regions", "regions": [], "references": [], "years": [], "entities": [], "topic": None}
    facts = [{"kind": "STATES_PRACTICE", "region": f"某{i}县", "year": 2022, "paragraph_id": f"p{i}"} for i in range(73)]
    result = {"answer": "共73个地区", "interpretation": interpretation, "facts": facts, "evidence": [], "related": []}
    with app.test_request_context():
        html = render_template("ask.html", question="哪些县推行了告知承诺制", result=result, error=None)
    assert html.count("<td>某") == 50 and "共73条事实，此处列出前50条" in html
    assert "/ask.json?q=" in html


def test_the_empty_ask_page_offers_an_example_of_each_kind_that_it_answers_so(client) -> None:
    from web.search_pages import ASK_EXAMPLES

    html = client.get("/ask").get_data(as_text=True)
    kinds = set()
    for example, _ in ASK_EXAMPLES:
        assert html.count(f">{example}</a>") == 1
        kinds.add(client.get(f"/ask.json?q={example}").get_json()["result"]["interpretation"]["kind"])
    assert kinds == {"which_regions", "rank", "entities", "part", "reports"}
    assert "examples" not in client.get("/ask.json?q=库中有多少份报告?").get_json()  # only the empty page offers them

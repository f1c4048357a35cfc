"""Hostile and clumsy requests to the web app: bounded work, validated values answered with 400 in
Chinese, error pages and JSON errors, the upload guard, security headers and CSV escaping."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import time

import pytest

from kg.config import Settings
from tests.test_web import fill
from web.common import csv_cell
from web.params import MAX_PAGE

FORMULA_REPORT = ("醴陵市2022年法治政府建设年度报告\n一、主要工作\n"
                  "=HYPERLINK(\"http://example.invalid\",\"点击\")醴陵市依法行政，聘请法律顾问审查合同。\n"
                  "@SUM(1+1)全年办理行政复议案件12件。")
TOKEN = "s3cret"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    from web import create_app

    data_dir = tmp_path_factory.mktemp("web-hostile") / "data"
    app = create_app(Settings.from_env({"KG_DATA_DIR": str(data_dir), "KG_API_TOKEN": TOKEN, "KG_GRAPH_LINGER_S": "0"}))
    fill(app, ("formula.txt", FORMULA_REPORT))
    yield app
    app.extensions["kg_corpus"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def assert_error(response, status: int) -> str:
    """The answer is ``status`` in the site's layout (HTML) or the JSON error shape; returns the message."""
    assert response.status_code == status, (response.status_code, response.get_data(as_text=True)[:300])
    if response.is_json:
        error = response.get_json()["error"]
        assert error["status"] == status
        message = error["message"]
    else:
        html = response.get_data(as_text=True)
        assert "法治政府报告知识图谱" in html and 'id="error-message"' in html  # the layout, not a bare page
        assert "Traceback" not in html and "Not Found" not in html and "Bad Request" not in html
        message = re.search(r'id="error-message">([^<]*)<', html).group(1)
    assert re.search(r"[\u4e00-\u9fff]", message), message  # Chinese
    return message


@pytest.mark.parametrize("url", [
    "/search?q=法治&page=3000000", "/search?q=法治&page=0", "/search?q=法治&page=-1", "/search?q=法治&page=abc",
    f"/search?q=法治&page={MAX_PAGE + 1}",
    "/search?q=法治&year=²", "/search?q=法治&year=1e30", "/search?q=法治&year=3000", "/search?q=法治&year=99999999999999999999",
    "/search?q=法治&mode=bogus", "/search?q=法治&doc_type=bogus", "/search?q=法治&topic=bogus",
    "/search?q=" + "法" * 201, "/search?q=法治&region=" + "县" * 101,
    "/ask?q=法律顾问&k=100000", "/ask?q=法律顾问&k=0", "/ask?q=" + "问" * 201,
    "/graph/region/440222?limit=-1", "/graph/region/440222?limit=0", "/graph/region/440222?limit=100000",
    "/graph/region/440222?types=Bogus", "/compare?regions=始兴县,阜康市,韶关市,湖州市,广东省,浙江省",
])
def test_bad_parameters_are_answered_400_in_chinese(client, url: str) -> None:
    assert_error(client.get(url), 400)
    path, _, query = url.partition("?")
    assert_error(client.get(f"{path}.json?{query}"), 400)
    assert_error(client.get(url, headers={"Accept": "application/json"}), 400)


def test_valid_edges_of_each_range_are_accepted(client) -> None:
    for url in ("/search.json?q=法治&year=2020", "/search.json?q=法治&year=", f"/search.json?q=法治&page={MAX_PAGE}",
                "/graph/region/440222.json?limit=1", "/graph/region/440222.json?limit=500", "/ask.json?q=法律顾问&k=50",
                "/search.json?q=法治&doc_type=annual_report&topic=legal_advisers"):
        assert client.get(url).status_code == 200, url
    assert len(client.get("/graph/region/440222.json?limit=1").get_json()["edges"]) <= 2  # one per direction


def test_deep_pages_do_bounded_work(client) -> None:
    started = time.perf_counter()
    assert client.get(f"/search.json?q=法治&page={MAX_PAGE}").status_code == 200
    assert client.get("/search.json?q=法治&page=10000000").status_code == 400
    assert time.perf_counter() - started < 10


def test_error_pages_in_the_layout_and_json_errors(client) -> None:
    for url in ("/regions/999999", "/paragraphs/nope", "/reports/nope", "/entities/regulation/没有这个文件", "/nowhere",
                "/graph/bogus/x", "/ingest/jobs/nope"):
        assert_error(client.get(url), 404)
        assert_error(client.get(url, headers={"Accept": "application/json"}), 404)
    assert_error(client.get("/paragraphs/nope.json"), 404)
    response = client.delete("/search")
    assert_error(response, 405)
    assert "GET" in response.headers["Allow"]


def test_a_crash_is_a_chinese_500_without_internals(app, client, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("secret detail /srv/kg/data")

    monkeypatch.setattr(app.extensions["kg_corpus"].store, "run", broken)
    for response in (client.get("/"), client.get("/.json")):
        message = assert_error(response, 500)
        assert "secret" not in response.get_data(as_text=True) and "RuntimeError" not in message


class UnreadableBody(io.RawIOBase):
    """A request body that records whether anything read it."""

    def __init__(self) -> None:
        self.read_from = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.read_from = True
        return 0


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic czNjcmV0"}])
def test_uploads_without_a_valid_token_are_refused_before_the_body_is_read(client, headers) -> None:
    body = UnreadableBody()
    response = client.post("/ingest.json", headers=headers, content_type="multipart/form-data; boundary=x",
                           environ_overrides={"wsgi.input": body, "CONTENT_LENGTH": "50000000"})
    assert_error(response, 401)
    assert not body.read_from


def test_too_large_uploads_are_413(app, client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 1000)
    data = {"files": [(io.BytesIO("醴陵市".encode() * 1000), "big.txt")]}
    response = client.post("/ingest.json", data=data, content_type="multipart/form-data",
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert "MB" in assert_error(response, 413)


def wait_for(client, job_url: str) -> dict:
    for _ in range(600):
        job = client.get(f"{job_url}.json").get_json()["job"]
        if job["step"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(job)


def upload(client, name: str, text: str) -> str:
    data = {"files": [(io.BytesIO(text.encode()), name), (io.BytesIO(b"\x00\x01"), "broken.pdf")]}
    response = client.post("/ingest.json", data=data, content_type="multipart/form-data",
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 202, response.get_data(as_text=True)
    return response.get_json()["job_url"]


def test_job_lists_need_the_token_show_no_paths_and_uploads_are_removed(app, client,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    settings: Settings = app.config["KG_SETTINGS"]
    uploads = settings.data_dir / "uploads"
    job_url = upload(client, "攸县.txt", "攸县2021年法治政府建设年度报告\n一、主要工作\n推行证明事项告知承诺制,办件812件。")
    job = wait_for(client, job_url)
    assert job["step"] == "done" and job["summary"]["ingested"] == 1
    assert {r["path"] for r in job["results"]} == {"攸县.txt", "broken.pdf"}  # the names the user gave
    assert client.get("/ingest.json").get_json()["jobs"] == []
    assert client.get("/ingest.json", headers={"Authorization": "Bearer wrong"}).get_json()["jobs"] == []
    listed = client.get("/ingest.json", headers={"Authorization": f"Bearer {TOKEN}"})
    assert [j["id"] for j in listed.get_json()["jobs"]][:1] == [job["id"]]
    for text in (listed.get_data(as_text=True), client.get(f"{job_url}.json").get_data(as_text=True)):
        assert str(settings.data_dir) not in text and "/tests/" not in text and "uploads" not in text
    assert not (uploads / job["id"]).exists()  # removed after ingest

    monkeypatch.setitem(app.config, "KG_SETTINGS", dataclasses.replace(settings, keep_uploads=True))
    kept = wait_for(client, upload(client, "茶陵县.txt", "茶陵县2021年法治政府建设年度报告\n一、主要工作\n法律顾问覆盖村居。"))
    assert kept["step"] == "done" and len(list((uploads / kept["id"]).iterdir())) == 2


def test_ingest_without_a_configured_token_is_disabled(app, client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(app.config, "KG_SETTINGS", dataclasses.replace(app.config["KG_SETTINGS"], api_token=None))
    html = client.get("/ingest").get_data(as_text=True)
    assert "KG_API_TOKEN" in html and "kg serve" in html and "<form" not in html.split("</header>")[1]
    assert client.get("/ingest.json").get_json()["enabled"] is False
    body = UnreadableBody()
    response = client.post("/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                           content_type="multipart/form-data; boundary=x",
                           environ_overrides={"wsgi.input": body, "CONTENT_LENGTH": "10"})
    assert_error(response, 403)
    assert not body.read_from


def test_security_headers_on_every_response(client) -> None:
    for url in ("/", "/.json", "/search?q=法治", "/static/kg.css", "/regions/999999", "/search?page=0",
                "/graph/region/440222", "/search.csv?q=法治"):
        headers = client.get(url).headers
        policy = headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy, url
        assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0], url
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY", url
        assert headers["Referrer-Policy"], url
    assert "'unsafe-inline'" not in client.get("/").headers["Content-Security-Policy"]


def test_pages_need_no_inline_script_or_style(client) -> None:
    """The policy forbids inline code, so no page may carry any (it would silently not run)."""
    hit = client.get("/search.json?q=法律顾问&region=始兴县").get_json()["hits"][0]
    for url in ("/", "/search?q=法律顾问", "/ask?q=哪些县聘请了律师事务所担任法律顾问?", f"/reports/{hit['report_id']}",
                f"/paragraphs/{hit['paragraph_id']}", "/regions/440222", "/compare?regions=始兴县,阜康市",
                "/graph/region/440222", "/ingest", "/nowhere"):
        html = client.get(url).get_data(as_text=True)
        assert " style=" not in html, url
        scripts = re.findall(r"<script([^>]*)>", html)
        assert all("src=" in attrs or 'type="application/json"' in attrs for attrs in scripts), url
        assert not re.search(r"<[^>]+\son[a-z]+=", html), url
        assert "<style" not in html, url


def test_csv_cells_that_look_like_formulas_are_escaped(client) -> None:
    assert [csv_cell(v) for v in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "法治", 3, -2.5, None)] == \
           ["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "法治", 3, -2.5, None]
    report = next(r for r in client.get("/.json").get_json()["reports"] if r["source"] == "formula.txt")
    for url in (f"/reports/{report['id']}.csv", "/search.csv?q=HYPERLINK 醴陵市"):
        text = client.get(url).get_data(as_text=True).lstrip("\ufeff")
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        assert any(cell.startswith("'=HYPERLINK") for cell in cells), url
        assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells), url

"""Web pages and their JSON twins with Flask's test client, on the ingested samples."""

from __future__ import annotations

import pytest

from ingest.document import RawDocument
from ingest.pipeline import build_document, ingest
from kg.graph import write_document
from tests.conftest import SAMPLES


@pytest.fixture
def client(settings):
    from web import create_app

    app = create_app(settings)
    store = app.extensions["kg_store"]
    ingest([SAMPLES], lambda doc: write_document(store, doc), 10**8)
    hostile = "浏阳市2022年法治政府建设年度报告\n<script>alert('x')</script>一、主要工作。依法行政取得成效。"
    write_document(store, build_document(RawDocument(hostile, "hostile.txt", "/tests/hostile.txt")))
    yield app.test_client()
    store.close()


def test_health(client) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_home_and_its_json_twin(client) -> None:
    html = client.get("/").get_data(as_text=True)
    assert "始兴县人民政府2020年法治政府建设年度报告" in html
    data = client.get("/.json").get_json()
    assert data["stats"]["reports"] == 6 and len(data["reports"]) == 6
    assert client.get("/", headers={"Accept": "application/json"}).get_json() == data


def test_report_page_escapes_hostile_text(client) -> None:
    reports = client.get("/.json").get_json()["reports"]
    hostile = next(r for r in reports if r["source"] == "hostile.txt")
    html = client.get(f"/reports/{hostile['id']}").get_data(as_text=True)
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    data = client.get(f"/reports/{hostile['id']}.json").get_json()
    assert data["report"]["region"] == "浏阳市" and data["paragraphs"]
    assert client.get("/reports/nope").status_code == 404

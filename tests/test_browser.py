"""End to end in headless Chromium (Debian's, driven by Playwright): a researcher's walk from the
home page through search, a paragraph, a similar practice elsewhere, a regulation and a region."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.support import REPO, SAMPLES, start_serve

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = REPO / "artifacts" / "screenshots"
REGULATION = "党政主要负责人履行推进法治建设第一责任人职责规定"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: test.sh installs Debian's chromium package")
        pytest.skip("Debian chromium is not installed")
    data_dir = tmp_path_factory.mktemp("browser") / "data"
    env = {**os.environ, "KG_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO), "KG_API_TOKEN": "t0ken",
           "KG_GRAPH_LINGER_S": "0"}
    subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(SAMPLES)], env=env, check=True,
                   capture_output=True, timeout=300)
    process, base = start_serve(env, attempts=120)
    yield base
    process.terminate()
    process.wait(timeout=30)
    subprocess.run([sys.executable, "-m", "kg.cli", "graph", "stop"], env=env, capture_output=True, timeout=60)


@pytest.fixture
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.console_errors = []
        page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
        page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
        yield page
        browser.close()


def test_search_paragraph_similar_regulation_region(server: str, page) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.goto(server + "/")
    page.fill("header input[name=q]", "法律顾问")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector(".hit mark")
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    page.click(".results .hit .where a >> nth=0")  # the first hit's paragraph page
    page.wait_for_selector("#similar")
    first_region = page.locator("p.meta").first.inner_text()
    page.click("#similar ~ .hit .where a >> nth=0")  # a similar practice in another county
    page.wait_for_selector("#similar")
    assert page.locator("p.meta").first.inner_text() != first_region
    page.screenshot(path=str(ARTIFACTS / "similar.png"), full_page=True)

    page.goto(server + "/")
    page.click(f"text={REGULATION}")
    page.wait_for_selector("h1")
    assert REGULATION in page.inner_text("h1")
    page.screenshot(path=str(ARTIFACTS / "regulation.png"), full_page=True)
    page.click("h3 a >> text=始兴县")
    page.wait_for_selector("nav.meta")
    assert page.inner_text("nav.meta").replace(" ", "") == "广东省›韶关市›始兴县"
    page.screenshot(path=str(ARTIFACTS / "region.png"), full_page=True)
    assert page.console_errors == []


def test_graph_view_draws_and_links_back(server: str, page) -> None:
    page.goto(server + "/graph/region/440222")
    page.wait_for_selector("#graph canvas")
    page.screenshot(path=str(ARTIFACTS / "graph.png"), full_page=True)
    page.click("table a >> nth=0")
    page.wait_for_selector("h1")
    assert page.console_errors == []


def test_ingest_page_refuses_without_token(server: str, page, tmp_path: Path) -> None:
    upload = tmp_path / "r.txt"
    upload.write_text("仁化县2021年法治政府建设年度报告\n一、主要工作\n依法行政。", encoding="utf-8")
    page.goto(server + "/ingest")
    page.set_input_files("input[type=file]", str(upload))
    page.click("#ingest-form button")
    page.wait_for_selector(".error")
    assert "令牌" in page.inner_text(".error")
    # the refusal itself is answered with HTTP 401, which Chromium logs as a failed resource
    assert all("401" in error for error in page.console_errors)
    page.console_errors.clear()
    page.set_input_files("input[type=file]", str(upload))
    page.fill("input[name=token]", "t0ken")
    page.click("#ingest-form button")
    page.wait_for_selector("#job-summary >> text=新导入 1", timeout=120_000)  # filled in by polling
    page.screenshot(path=str(ARTIFACTS / "ingest.png"), full_page=True)
    assert page.console_errors == []


VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def every_page_kind(server: str) -> dict[str, str]:
    """Name → URL of one page of each kind, error pages included."""
    import json

    def get(path: str) -> dict:
        return json.load(urllib.request.urlopen(server + urllib.parse.quote(path, safe="/?=&.")))

    hit = get("/search.json?q=法律顾问&region=始兴县")["hits"][0]
    return {
        "home": "/", "search": "/search?q=法律顾问&doc_type=annual_report", "ask": "/ask?q=哪些县聘请了律师事务所担任法律顾问?",
        "ask-numeric": "/ask?q=2021年各地行政复议纠错率是多少?", "report": f"/reports/{hit['report_id']}",
        "paragraph": f"/paragraphs/{hit['paragraph_id']}", "regulation": f"/entities/regulation/{REGULATION}",
        "law-firm": "/entities/law-firm/广东天行健律师事务所", "region": "/regions/440222",
        "compare": "/compare?regions=440222,652302", "graph-regulation": f"/graph/regulation/{REGULATION}",
        "ingest": "/ingest", "error-404": "/regions/999999", "error-400": "/search?q=法治&year=²",
    }


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_every_page_kind_in_chinese_without_console_errors(server: str, viewport: str) -> None:
    """Each page kind renders with its scripts allowed by the Content-Security-Policy (a blocked
    script or style is a console error), in Chinese, and on a phone without sideways scrolling."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport=VIEWPORTS[viewport])
        errors: list[str] = []
        page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        for name, url in every_page_kind(server).items():
            errors.clear()
            response = page.goto(server + url)
            page.wait_for_load_state("load")
            if name.startswith("graph"):
                page.wait_for_selector("#graph canvas")
                page.wait_for_timeout(1500)  # let the layout settle before the screenshot
            page.screenshot(path=str(ARTIFACTS / f"{name}-{viewport}.png"), full_page=True)
            expected = int(name.split("-")[1]) if name.startswith("error") else 200
            assert response.status == expected, name
            # the browser logs an error page's own status as a failed resource; nothing else may fail
            assert [e for e in errors if f"status of {expected}" not in e] == [], (name, errors)
            assert re.search(r"[\u4e00-\u9fff]", page.inner_text("h1" if page.locator("h1").count() else "body")), name
            if viewport == "phone":
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 1, (name, overflow)
        browser.close()

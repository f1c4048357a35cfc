"""A download list (``kg ingest --sources``) gives .txt reports their pages' addresses: a report that never names
its issuer is placed by its site, the list is read strictly, and a changed address replaces the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.document import RawDocument
from ingest.manifest import SourcesError, read_addresses, with_address
from kg.config import Settings
from kg.corpus import ingest_into
from kg.store import open_store
from search.index import SearchIndex
from tests.test_cli import kg

# A district government's report that names no place of its own: only its site's address (jiangjin: 江津区) can.
UNPLACED_REPORT = (
    "2020年法治政府建设情况报告\n"
    "2020年，在市委、市政府和区委的正确领导下，区政府坚持以习近平新时代中国特色社会主义思想为指导，"
    "深入推进依法行政，加快建设法治政府。\n"
    "一、主要工作举措和成效\n"
    "（一）加强组织领导。区政府常务会议专题研究法治政府建设工作4次，"
    "制定年度工作要点，压实区级部门主体责任。\n"
)
ADDRESS = "http://www.jiangjin.gov.cn/zwgk_180/zfxxgkml/fzzfjsndbg/qzf/"


def write_list(path: Path, rows: list[tuple[str, str]], separator: str = "\t") -> Path:
    lines = [("file", "url", "title"), *[(*row, "标题") for row in rows]]
    path.write_text("\n".join(separator.join(line) for line in lines), encoding="utf-8")
    return path


def test_a_list_maps_file_names_to_addresses(tmp_path: Path) -> None:
    tsv = write_list(tmp_path / "sources.tsv", [("reports/a.txt", ADDRESS), ("b.txt", "")])
    assert read_addresses(tsv) == {"a.txt": ADDRESS}  # (a row without an address says nothing)
    csv = write_list(tmp_path / "sources.csv", [("a.txt", ADDRESS)], separator=",")
    assert read_addresses(csv) == {"a.txt": ADDRESS}


@pytest.mark.parametrize("content, problem", [
    ("name\taddress\na.txt\thttp://x.gov.cn/\n", "must name the columns 'file' and 'url'"),
    (f"file\turl\na.txt\t{ADDRESS}\ndir/a.txt\thttp://www.other.gov.cn/\n", ":3: a.txt is listed with two addresses"),
    (f"file\turl\na.txt\thttp://{'x' * 2100}.gov.cn/\n", ":2: 'url' is"),
])
def test_a_list_kg_cannot_read_names_itself_and_the_problem(tmp_path: Path, content: str, problem: str) -> None:
    listed = tmp_path / "sources.tsv"
    listed.write_text(content, encoding="utf-8")
    with pytest.raises(SourcesError, match=f"^{listed}.*{problem}" if problem.startswith(":") else problem) as caught:
        read_addresses(listed)
    assert str(listed) in str(caught.value)


def test_an_address_the_file_gives_itself_is_kept() -> None:
    own = RawDocument(text="…", source="a.html", origin="a.html", hints={"url": "http://www.own.gov.cn/"})
    assert with_address(own, "a.html", {"a.html": ADDRESS}).hints["url"] == "http://www.own.gov.cn/"
    bare = RawDocument(text="…", source="a.txt", origin="a.txt")
    assert with_address(bare, "a.txt", {"a.txt": ADDRESS}).hints["url"] == ADDRESS


def test_extract_places_an_unplaced_report_by_its_given_address(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(UNPLACED_REPORT, encoding="utf-8")
    alone = json.loads(kg("extract", str(report), "--json").stdout)["metadata"]
    placed = json.loads(kg("extract", str(report), "--url", ADDRESS, "--json").stdout)["metadata"]
    assert alone["region"] is None
    assert (placed["region"], placed["province"]) == ("江津区", "重庆市")


def test_ingest_with_a_list_replaces_the_report_and_is_then_unchanged(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "jiangjin_2020.txt").write_text(UNPLACED_REPORT, encoding="utf-8")
    addresses = read_addresses(write_list(tmp_path / "sources.tsv", [("jiangjin_2020.txt", ADDRESS)]))
    store = open_store(settings)
    index = SearchIndex(settings.data_dir, None, say=lambda _m: None)
    try:
        def regions() -> list[str | None]:
            return [row["region"] for row in store.run("MATCH (r:Report) RETURN r.region AS region")]

        first = ingest_into(store, index, [folder], 10**8, workers=0)
        assert (first.ingested, regions()) == (1, [None])
        listed = ingest_into(store, index, [folder], 10**8, workers=0, addresses=addresses)
        assert (listed.ingested, listed.unchanged, listed.reports) == (1, 0, 1)
        assert regions() == ["江津区"]
        again = ingest_into(store, index, [folder], 10**8, workers=0, addresses=addresses)
        assert (again.ingested, again.unchanged) == (0, 1)
    finally:
        index.close()
        store.close()


def test_ingest_refuses_a_list_it_cannot_read_before_writing(data_dir: Path, tmp_path: Path) -> None:
    listed = tmp_path / "sources.tsv"
    listed.write_text("name\taddress\n", encoding="utf-8")
    result = kg("ingest", str(tmp_path), "--sources", str(listed), check=False)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert str(listed) in result.stderr and "'file' and 'url'" in result.stderr
    assert not (data_dir / "search").exists()


def test_a_report_page_links_the_page_it_was_saved_from_and_its_json_twin_gives_it(tmp_path: Path) -> None:
    from web import create_app

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "jiangjin_2020.txt").write_text(UNPLACED_REPORT, encoding="utf-8")
    (folder / "hostile.txt").write_text(UNPLACED_REPORT.replace("2020年", "2021年"), encoding="utf-8")
    settings = Settings.from_env({"KG_DATA_DIR": str(tmp_path / "data"), "KG_GRAPH_LINGER_S": "0"})
    app = create_app(settings)
    try:
        app.extensions["kg_corpus"].ingest([folder], addresses={"jiangjin_2020.txt": ADDRESS,
                                                                "hostile.txt": "javascript:alert(1)"})
        client = app.test_client()
        reports = {r["source"]: r["id"] for r in client.get("/.json").get_json()["reports"]}
        placed = client.get(f"/reports/{reports['jiangjin_2020.txt']}.json").get_json()
        assert placed["report"]["url"] == ADDRESS
        assert f'href="{ADDRESS}"' in client.get(f"/reports/{reports['jiangjin_2020.txt']}").get_data(as_text=True)
        # an address that is no web page's is kept as given but never made a link
        assert "javascript:" not in client.get(f"/reports/{reports['hostile.txt']}").get_data(as_text=True)
    finally:
        app.extensions["kg_corpus"].close()

"""A regulation spelled differently by two reports is one graph node, cited by both regions,
and the regulation page's "similar practice not citing it" never lists a report that cites it."""

from __future__ import annotations

from types import SimpleNamespace

from ingest.document import RawDocument
from ingest.pipeline import build_document
from kg import queries
from kg.config import Settings
from kg.graph import write_documents
from kg.read_models import similar_not_pointing
from kg.store import open_store

FULL = ("始兴县2021年法治政府建设年度报告\n一、主要工作\n"
        "认真贯彻《中华人民共和国行政复议法》，办理行政复议案件12件，依法纠错3件，全面推进依法行政。")
SHORT = ("仁化县2021年法治政府建设年度报告\n一、主要工作\n"
         "深入学习宣传《行政复议法》，畅通行政复议渠道，全年受理行政复议申请8件，推进依法行政。")


def report(text: str, name: str):
    return build_document(RawDocument(text, name, f"/tests/{name}"))


def test_two_spellings_in_two_reports_are_one_regulation(settings: Settings) -> None:
    store = open_store(settings)
    try:
        full, short = report(FULL, "full.txt"), report(SHORT, "short.txt")
        write_documents(store, [full])
        write_documents(store, [short])  # a later batch: joins the node by its key
        nodes = store.run("MATCH (e:Regulation {key: $key}) RETURN e AS e", {"key": "行政复议法"})
        assert len(nodes) == 1
        node = nodes[0]["e"]
        assert node["name"] == "中华人民共和国行政复议法" and "行政复议法" in node["aliases"]
        citing = store.run(queries.ENTITY_PARAGRAPHS["Regulation"], {"name": node["name"]})
        assert {row["region"] for row in citing} == {"始兴县", "仁化县"}

        other = {"paragraph_id": "elsewhere", "report_id": "another", "score": 0.5}
        same_report = {"paragraph_id": "p-other", "report_id": short.id, "score": 0.9}
        index = SimpleNamespace(search=lambda *args, **kwargs: SimpleNamespace(hits=[same_report, other]))
        similar = similar_not_pointing(store, index, "Regulation", node["name"], citing[:1], 10)
        assert [hit["paragraph_id"] for hit in similar] == ["elsewhere"]
    finally:
        store.close()

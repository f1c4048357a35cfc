"""The Corpus: ingest, read models that follow each ingest, paging of an entity's paragraphs,
remove and check, on two reports of the same text issued by two counties."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import generate_reports
from kg import read_models
from kg.config import Settings
from kg.corpus import Corpus


def test_entity_pages_follow_ingest_and_removal_and_page_every_paragraph(
        settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = generate_reports(tmp_path / "reports", 6)
    first, second = paths[0], paths[5]  # one seed report, re-issued by two counties
    corpus = Corpus(settings)
    try:
        assert corpus.ingest([first]).ingested == 1
        names = [row["name"] for row in corpus.home()["regulations"]]
        before = {name: corpus.entity("Regulation", name) for name in names}
        assert all(corpus.entity("Regulation", name) is before[name] for name in names)  # kept within a generation
        answerer = corpus.answerer()
        assert corpus.answerer() is answerer

        written: list[str] = []
        assert corpus.ingest([second], on_document=lambda doc, _new: written.append(doc.id)).ingested == 1
        assert corpus.answerer() is not answerer  # a new generation: a new answerer
        after = {name: corpus.entity("Regulation", name) for name in names}
        shared = [name for name in names if len(after[name]["regions"]) == 2]
        assert shared, "the second county's copy cites the same regulations"
        name = shared[0]
        page = after[name]
        assert len(before[name]["regions"]) == 1
        assert page["paragraphs"] == sum(g["count"] for g in page["regions"]) == 2 * before[name]["paragraphs"]
        assert [t["year"] for t in page["timeline"]] == sorted({y for g in page["regions"] for y in g["years"]})

        monkeypatch.setattr(read_models, "ENTITY_PAGE_SIZE", 1)
        total = page["paragraphs"]
        pages = [read_models.entity(corpus.store, corpus.index, "Regulation", name, n) for n in range(1, total + 2)]
        assert {p["pages"] for p in pages} == {total}
        on_pages = [(g["region"], row) for p in pages[:total] for g in p["regions"] for row in g["paragraphs"]]
        ids = [row["paragraph_id"] for _, row in on_pages]
        assert len(ids) == len(set(ids)) == total  # every paragraph once, one per page
        assert not any(g["paragraphs"] for g in pages[total]["regions"])  # past the last page: none
        years = [row["year"] for _, row in on_pages]
        assert years == sorted(years)  # earliest first
        for group in page["regions"]:
            own = [row for region, row in on_pages if region == group["region"]]
            assert len(own) == group["count"]
            assert group["first"]["paragraph_id"] in {row["paragraph_id"] for row in own}
            assert group["first"]["year"] == group["first_year"] == min(row["year"] for row in own)

        assert corpus.remove(written[0]) and not corpus.remove(written[0])
        assert len(corpus.entity("Regulation", name)["regions"]) == 1
        assert corpus.check()["ok"]
    finally:
        corpus.close()

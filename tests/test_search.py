"""Search: the trained fallback model, FAISS and BM25 kept in step with ingest, filters, fusion, similar."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from ingest.pipeline import ingest
from search.docstore import Filters
from search.index import SearchError, SearchIndex
from tests.support import SAMPLES

MAX_BYTES = 10**8


def build(data_dir: Path, paths: list[Path], model: str | None = None, messages: list[str] | None = None) -> SearchIndex:
    index = SearchIndex(data_dir, model, say=(messages.append if messages is not None else lambda _m: None))
    ingest(paths, write=index.add_document, max_bytes=MAX_BYTES)
    index.sync(progress=False)
    return index


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    index = build(tmp_path_factory.mktemp("search") / "data", [SAMPLES])
    yield index
    index.close()


def test_fallback_model_is_a_real_sentence_transformers_model_on_disk(sample_index: SearchIndex) -> None:
    from sentence_transformers import SentenceTransformer

    info = sample_index.info()
    assert info["model_kind"] == "trained" and info["model"].startswith("kg-trained@")
    model = SentenceTransformer(info["model_path"], device="cpu")  # loads from disk, no hub
    vectors = model.encode(["行政复议", "法律顾问制度"], normalize_embeddings=True)
    assert vectors.shape == (2, model.get_embedding_dimension())
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert info["vectors"] == info["paragraphs"] == sample_index.docstore.count()


def test_configured_local_model_is_used_and_a_change_of_model_rebuilds_vectors(
        sample_index: SearchIndex, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(sample_index.root.parent, data_dir)
    model_dir = tmp_path / "my-model"
    shutil.copytree(sample_index.info()["model_path"], model_dir)
    index = SearchIndex(data_dir, str(model_dir), say=lambda _m: None)
    index.sync(progress=False)
    info = index.info()
    assert info["model"] == str(model_dir) and info["model_kind"] == "configured"
    assert info["vectors"] == info["paragraphs"]
    assert index.search("法律顾问", 3, mode="dense").hits
    index.close()


def test_unloadable_configured_model_falls_back_loudly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    messages: list[str] = []
    index = build(tmp_path / "data", [SAMPLES / "000_f57059954a762f10.txt"], model="BAAI/no-such-model", messages=messages)
    assert any("WARNING" in m and "BAAI/no-such-model" in m for m in messages)
    assert index.info()["model_kind"] == "trained"
    index.close()


def test_filters_apply_inside_retrieval(sample_index: SearchIndex) -> None:
    for mode in ("lexical", "dense", "hybrid"):
        hits = sample_index.search("法治政府建设", 50, Filters(province="广东省"), mode).hits
        assert hits and {h["province"] for h in hits} == {"广东省"}
        # a prefecture includes its counties
        by_prefecture = sample_index.search("法治政府建设", 5, Filters(region="韶关市"), mode).hits
        assert by_prefecture and {h["region"] for h in by_prefecture} == {"始兴县"}
        assert not sample_index.search("法治政府建设", 5, Filters(year=1990), mode).hits


def test_lexical_and_hybrid_find_exact_names(sample_index: SearchIndex) -> None:
    for mode in ("lexical", "hybrid"):
        top = sample_index.search("广东天行健律师事务所", 3, mode=mode).hits[0]
        assert "广东天行健律师事务所" in top["text"]


def test_similar_never_returns_the_same_region(sample_index: SearchIndex) -> None:
    for row in sample_index.docstore.db.execute("SELECT id, region FROM paragraphs LIMIT 15").fetchall():
        hits = sample_index.similar(row["id"], 10)
        assert hits and all(h["region"] != row["region"] for h in hits)
    with pytest.raises(SearchError):
        sample_index.similar("nope-0001")


def test_changed_report_replaces_its_vectors_and_terms(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    seed = (SAMPLES / "000_f57059954a762f10.txt").read_text(encoding="utf-8")
    (folder / "r.txt").write_text(seed, encoding="utf-8")
    index = build(tmp_path / "data", [folder])
    old_ids = index.docstore.paragraph_ids()
    (folder / "r.txt").write_text(seed.replace("。", "。我县首创“枫桥式调解驿站”,化解纠纷一千余件。", 1),
                                  encoding="utf-8")
    ingest([folder], write=index.add_document, max_bytes=MAX_BYTES)
    index.sync(progress=False)
    new_ids = index.docstore.paragraph_ids()
    assert not old_ids & new_ids
    vectors = index.vectors(index.state()["dim"])
    indexed_vids = {row[0] for row in index.docstore.db.execute("SELECT vid FROM paragraphs")}
    assert set(vectors.ids().tolist()) == indexed_vids and len(indexed_vids) == len(new_ids)
    assert index.search("枫桥式调解驿站", 1, mode="lexical").hits[0]["paragraph_id"] in new_ids
    index.close()


def test_near_identical_paragraphs_collapse_with_their_regions(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shared = "推行“首违不罚”清单制度,对初次轻微违法行为依法不予处罚,全年免罚案件120件。"
    for county, year in (("始兴县", 2021), ("仁化县", 2022)):
        (folder / f"{county}.txt").write_text(
            f"{county}{year}年法治政府建设年度报告\n一、主要工作\n{shared}\n二、下一步打算\n{county}将继续完善行政执法制度。\n",
            encoding="utf-8")
    index = build(tmp_path / "data", [folder])
    hits = index.search("首违不罚", 5, mode="lexical").hits
    assert hits[0]["duplicates"] and len(hits[0]["duplicates"]) == 1
    assert {hits[0]["region"], hits[0]["duplicates"][0]["region"]} == {"始兴县", "仁化县"}
    index.close()


def passes(row: dict, entities: set[str], f: Filters) -> bool:
    """The filters' meaning, written out row by row: the reference for the numpy columns."""
    places = {row["region"], row["prefecture"], row["province"]}
    return all((
        not f.region or f.region in places,
        not f.regions or bool(places & set(f.regions)),
        not f.exclude_region or row["region"] != f.exclude_region,
        not f.province or row["province"] == f.province,
        f.year is None or row["year"] == f.year,
        not f.years or (row["year"] is not None and f.years[0] <= row["year"] <= f.years[1]),
        not f.doc_type or row["doc_type"] == f.doc_type,
        not f.entity or f.entity in entities,
        not f.topic or f.topic in row["topics"].split(),
    ))


def test_column_filters_mean_what_they_say(sample_index: SearchIndex) -> None:
    from search.filtering import FilterColumns

    db = sample_index.docstore.db
    rows = [dict(r) for r in db.execute("SELECT vid, region, prefecture, province, year, doc_type, topics FROM paragraphs")]
    entities: dict[int, set[str]] = {}
    for vid, name in db.execute("SELECT vid, name FROM entities"):
        entities.setdefault(vid, set()).add(name)
    columns = FilterColumns.read(sample_index.docstore)
    cases = [Filters(province="广东省"), Filters(region="韶关市"), Filters(regions=("始兴县", "湖州市")),
             Filters(year=2021), Filters(years=(2019, 2021)), Filters(doc_type="work_plan"),
             Filters(exclude_region="始兴县"), Filters(province="广东省", topic="legal_advisers"),
             Filters(entity="广东天行健律师事务所"), Filters(province="火星")]
    for filters in cases:
        expected = {r["vid"] for r in rows if passes(r, entities.get(r["vid"], set()), filters)}
        assert set(columns.select(filters).tolist()) == expected, filters
        assert expected or filters.province == "火星", filters


def test_similar_for_a_report_of_unknown_region_leaves_out_its_own_report(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "000_f57059954a762f10.txt", folder)
    (folder / "unknown.txt").write_text("某单位年度工作总结\n一、主要工作\n积极推行法律顾问制度和公职律师制度,聘请律师事务所担任法律顾问。\n"
                                        "二、下一步\n继续推行法律顾问制度。\n", encoding="utf-8")
    index = build(tmp_path / "data", [folder])
    own = index.docstore.db.execute("SELECT id, report_id FROM paragraphs WHERE region IS NULL").fetchall()
    assert own
    hits = index.similar(own[0]["id"], 10)
    assert hits and all(h["report_id"] != own[0]["report_id"] for h in hits)
    index.close()

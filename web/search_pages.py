"""Search, paragraph (with similar practices elsewhere) and question pages, with their JSON twins."""

from __future__ import annotations

from flask import Blueprint, abort

from ingest.document import DOC_TYPES
from ingest.topics import BY_KEY
from kg import queries
from search.docstore import Filters
from search.grouping import group_by_region
from search.index import MODES, SearchError, SearchResult
from web.common import answerer, hit_rows, index, respond, store, twin_route
from web.highlight import marked_terms
from web.params import MAX_K, MAX_PAGE, MAX_QUERY_CHARS, choice_arg, int_arg, place_name, text_arg, year_arg

search_pages = Blueprint("search_pages", __name__)

PAGE_SIZE = 10
FACETS = ("province", "region", "year", "doc_type", "topics")
CONTEXT_PARAGRAPHS = 2


def _filters() -> Filters:
    """The search filters of the query string, validated (400 on a bad value); regions by code or name."""
    return Filters(region=place_name(text_arg("region", "地区")) or None,
                   province=place_name(text_arg("province", "省份")) or None,
                   year=year_arg(), doc_type=choice_arg("doc_type", "文件类型", DOC_TYPES),
                   entity=text_arg("entity", "实体") or None,
                   topic=choice_arg("topic", "主题", BY_KEY)).with_full_names()


def _facets(result: SearchResult) -> dict[str, list[tuple[str, int]]]:
    """Facet counts over every paragraph that matches a keyword query (over the ranked candidates
    of a sentence query, which sets no condition)."""
    if result.matched is None:
        return {name: index().docstore.facets(result.candidates, name) for name in FACETS}
    columns = index().columns()
    return {name: (index().docstore.facets(result.matched.tolist(), name) if name == "topics"
                   else columns.facet(name, result.matched)) for name in FACETS}


@twin_route(search_pages, "/search", csv=lambda data: hit_rows(data["hits"]))
def search(suffix: str | None = None):
    query = text_arg("q", "查询", MAX_QUERY_CHARS)
    mode = choice_arg("mode", "检索模式", MODES, "hybrid")
    page = int_arg("page", "页码", 1, 1, MAX_PAGE)
    filters = _filters()
    data = {"query": query, "mode": mode, "page": page, "filters": {k: v for k, v in filters.__dict__.items() if v},
            "hits": [], "facets": {}, "error": None, "model": index().info()["model"], "terms": []}
    if query:
        try:
            result = index().search(query, PAGE_SIZE, filters, mode, offset=(page - 1) * PAGE_SIZE)
        except SearchError as exc:
            data["error"] = str(exc)
            return respond("search.html", data, suffix, 503)
        data.update(result.to_dict(), query=query)
        data["facets"] = _facets(result)
        data["terms"] = marked_terms(result.exact.get("terms") or index().tokenizer.tokenize(query))
        data["has_more"] = len(result.candidates) > page * PAGE_SIZE and page < MAX_PAGE
    return respond("search.html", data, suffix)


@twin_route(search_pages, "/paragraphs/<paragraph_id>")
def paragraph(paragraph_id: str, suffix: str | None = None):
    row = index().paragraph(paragraph_id)
    if row is None:
        abort(404)
    report_id, ord_ = row["report_id"], row["ord"]
    siblings = store().run(queries.REPORT_PARAGRAPHS, {"id": report_id})
    context = [p for p in siblings if abs(p["ord"] - ord_) <= CONTEXT_PARAGRAPHS]
    try:
        similar = index().similar(paragraph_id, 10)
    except SearchError:
        similar = []
    data = {"paragraph": {k: v for k, v in row.items() if k not in ("vid", "fingerprint")},
            "context": context, "entities": store().run(queries.PARAGRAPH_ENTITIES, {"id": paragraph_id}),
            "facts": store().run(queries.FACTS_OF_PARAGRAPHS, {"ids": [paragraph_id]}),
            "similar": similar, "similar_groups": group_by_region(similar)}
    return respond("paragraph.html", data, suffix)


@twin_route(search_pages, "/ask", csv=lambda data: hit_rows((data["result"] or {}).get("evidence", [])))
def ask(suffix: str | None = None):
    question = text_arg("q", "问题", MAX_QUERY_CHARS)
    k = int_arg("k", "证据数量", 10, 1, MAX_K)
    data = {"question": question, "result": None, "error": None}
    if question:
        try:
            data["result"] = answerer().ask(question, k).to_dict()
        except SearchError as exc:
            data["error"] = str(exc)
            return respond("ask.html", data, suffix, 503)
    return respond("ask.html", data, suffix)

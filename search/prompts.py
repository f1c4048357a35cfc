"""Query and document prompts for configured models that were saved without them.

Why: asymmetric retrieval models are trained with a prefix on queries (and sometimes on
passages); encoding a question without it, or with the passage one, ranks clearly worse
(with e5's passage prompt on queries, hybrid fell below plain BM25 here). Models that save
their prompts in ``config_sentence_transformers.json`` keep them; for the families below,
whose published checkpoints often do not, the prompts their model cards prescribe are added.
"""

from __future__ import annotations

import re

# (pattern on the model id or folder name, prompts) — first match wins.
KNOWN_PROMPTS: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = (
    # e5 instruct models take a task instruction, not these prefixes: left alone.
    (re.compile(r"e5(?!.*instruct)", re.IGNORECASE), {"query": "query: ", "document": "passage: "}),
    # bge v1/v1.5 Chinese models: an instruction on short queries, nothing on passages (bge-m3 needs none).
    (re.compile(r"bge-(small|base|large)-zh", re.IGNORECASE),
     {"query": "为这个句子生成表示以用于检索相关文章：", "document": ""}),
)


def known_prompts(spec: str) -> dict[str, str]:
    """The prompts the model card of ``spec`` prescribes, or {} when none are known."""
    for pattern, prompts in KNOWN_PROMPTS:
        if pattern.search(spec):
            return dict(prompts)
    return {}


def add_known_prompts(model: object, spec: str) -> None:
    """Give ``model`` (a SentenceTransformer) the known prompts of ``spec`` unless it saved a query prompt."""
    prompts = getattr(model, "prompts", None)
    if prompts is None or prompts.get("query"):
        return
    prompts.update(known_prompts(spec))

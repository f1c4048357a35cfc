"""How alike two paragraphs are by their best-matching sentences (for "similar practices").

Why: a paragraph of these reports lists several practices (一是…二是…), and two reports rarely
list the same ones; a researcher looking for the practice of one sentence elsewhere wants the
paragraph that has a sentence like it, even when the rest of the paragraph is about something
else. Whole-paragraph BM25 and vectors average that sentence away among the others. So each
sentence of one paragraph is compared with each sentence of the other by the IDF-weighted
cosine of their word sets (rare shared words count, 依法 and 工作 hardly), and the pair scores
its best match.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence

# Sentence ends, and the clause separators that start the next item of a list (；).
_SENTENCE_END = re.compile(r"(?<=[。；;！!？?])")
SHORTEST_SENTENCE = 6  # characters: shorter pieces (numbering, "一是") carry no practice


def sentences(text: str) -> list[str]:
    """``text`` cut at sentence ends and semicolons, without pieces too short to name a practice."""
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) >= SHORTEST_SENTENCE]


class SentenceMatcher:
    """Weighted word sets of sentences, compared by cosine. Words of one character and numbers are
    left out: numbers (42项, 2022) are rare, so of high IDF, yet two reports' counts never mean
    the same practice."""

    def __init__(self, idf: Callable[[str], float]) -> None:
        self._idf = idf
        self._known: dict[str, float] = {}  # IDF of the words seen so far: candidates share most words

    def idf(self, word: str) -> float:
        if word not in self._known:
            self._known[word] = self._idf(word)
        return self._known[word]

    def vectors(self, text: str, words: Iterable[str]) -> list[dict[str, float]]:
        """One {word: IDF} per sentence of ``text``, each with unit norm (empty sentences dropped).

        ``words`` are the paragraph's search tokens as stored at ingest: a sentence holds those it
        contains, so no sentence is segmented again at query time (jieba over a hundred candidate
        paragraphs would cost seconds per request).
        """
        vocabulary = {w for w in words if len(w) >= 2 and not w.isdigit()}
        found = []
        for sentence in sentences(text):
            weights = {w: self.idf(w) for w in vocabulary if w in sentence}
            norm = math.sqrt(sum(v * v for v in weights.values()))
            if norm > 0:
                found.append({w: v / norm for w, v in weights.items()})
        return found

    @staticmethod
    def best(left: Sequence[dict[str, float]], right: Sequence[dict[str, float]]) -> float:
        """The highest cosine between a sentence of ``left`` and one of ``right`` (0 when either is empty)."""
        best = 0.0
        for a in left:
            for b in right:
                small, large = (a, b) if len(a) <= len(b) else (b, a)
                best = max(best, sum(v * large[w] for w, v in small.items() if w in large))
        return best

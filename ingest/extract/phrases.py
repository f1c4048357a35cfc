"""A gazetteer on spaCy's PhraseMatcher, matching over a character-level Doc.

Why characters rather than the pipeline's jieba tokens: jieba segments the same name
differently in different sentences (“放管服改革” vs “深化放管服”), so token patterns
would miss repeats; with one token per character every occurrence lines up, and
match offsets are character offsets into the text.
"""

from __future__ import annotations

from collections.abc import Mapping

import ingest.extract.spacy_without_torch  # noqa: F401  (before spaCy: see that module)
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab


def char_doc(vocab: Vocab, text: str) -> Doc:
    return Doc(vocab, words=list(text), spaces=[False] * len(text))


class PhraseGazetteer:
    """Finds every occurrence of known phrases; each phrase maps to a key (its canonical name)."""

    def __init__(self, vocab: Vocab, phrases: Mapping[str, str]) -> None:
        self.vocab = vocab
        self.matcher = PhraseMatcher(vocab)
        for phrase, key in phrases.items():
            if phrase:
                self.matcher.add(key, [char_doc(vocab, phrase)])

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every match, longest first where matches overlap."""
        if not len(self.matcher) or not text:
            return []
        doc = char_doc(self.vocab, text)
        matches = [(start, end, self.vocab.strings[match_id]) for match_id, start, end in self.matcher(doc)]
        return sorted(matches, key=lambda m: (m[0], -(m[1] - m[0])))

"""Search tokens: jieba with a domain dictionary, in search mode, without punctuation or stop words.

A private ``jieba.Tokenizer`` keeps the domain words (regulation titles, initiatives,
agency names found at ingest) out of the global dictionary the extractor relies on.
Search mode (``cut_for_search``) also emits the words inside long compounds, so
“行政复议委员会” matches a query for “行政复议”.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from pathlib import Path

import jieba

from ingest.document import Document
from ingest.schema import NAMED_ENTITIES

jieba.setLogLevel(logging.WARNING)

# Function words and report boilerplate that carry no meaning for ranking.
STOP_WORDS = frozenset(
    "的 了 和 与 及 以及 或 等 是 在 对 为 将 把 被 从 向 由 于 中 上 下 其 之 并 也 都 就 而 又 各 个 一 "
    "有 无 不 这 那 此 该 本 我 我们 你 他 她 它 要 会 可 能 已 已经 进一步 加强 推进 全面 深入 工作 开展 "
    "进行 年 月 日 方面 情况 一是 二是 三是 四是 五是 怎样 怎么 如何 哪些 什么 多少 吗 呢 吧 啊 是否 "
    "能不能 可以 需要 地方 各地".split()
)
# Entity types whose names become words of the search dictionary.
DOMAIN_TYPES = tuple(kind.type for kind in NAMED_ENTITIES)
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
# Words that only jieba's regex would split but must stay whole: 双随机、一公开 → 双随机一公开.
_INNER_PUNCT = re.compile(r"[、·\-—\s]")


class SearchTokenizer:
    """Tokenizes documents and queries identically; extendable with domain words."""

    def __init__(self, domain_words: Iterable[str] = ()) -> None:
        self._jieba = _private_copy_of_jieba()
        self._lock = threading.Lock()
        self.domain_words: set[str] = set()
        self.add_words(domain_words)

    def add_words(self, words: Iterable[str]) -> set[str]:
        """Add domain words; returns those that were new."""
        new = set()
        for word in words:
            word = normalize_term(word)
            if 2 <= len(word) <= 30 and word not in self.domain_words:
                new.add(word)
        with self._lock:
            for word in new:
                self._jieba.add_word(word, freq=_word_frequency(self._jieba, word))
        self.domain_words |= new
        return new

    def tokenize(self, text: str) -> list[str]:
        text = _INNER_PUNCT.sub("", text).lower()
        with self._lock:
            words = self._jieba.lcut_for_search(text, HMM=True)
        return [w for w in words if _WORD.search(w) and w not in STOP_WORDS]


def _private_copy_of_jieba() -> jieba.Tokenizer:
    """A tokenizer with its own copy of jieba's default dictionary.

    Private, so domain words never reach the dictionary the extractor uses; a copy of the
    loaded default rather than a second load, because each load of jieba's dictionary cache
    costs about a second (three per `kg ingest` process before) and a dict copy milliseconds.
    Nothing adds words to jieba's default tokenizer, so the copy is the pristine dictionary.
    """
    jieba.dt.check_initialized()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = dict(jieba.dt.FREQ)
    tokenizer.total = jieba.dt.total
    tokenizer.initialized = True
    return tokenizer


# A domain name this long is kept whole with any frequency: the product of its pieces'
# probabilities is far below one count in jieba's dictionary. Shorter ones (放管服) need the
# frequency jieba suggests, which costs a segmentation of the word (~0.5 ms): asking it for every
# one of tens of thousands of names made each process start take seconds per 10,000 names.
WHOLE_FROM_LENGTH = 5
LONG_NAME_FREQUENCY = 3


def _word_frequency(tokenizer: jieba.Tokenizer, word: str) -> int:
    if len(word) >= WHOLE_FROM_LENGTH:
        return LONG_NAME_FREQUENCY
    return tokenizer.suggest_freq(word, tune=False)


def normalize_term(term: str) -> str:
    """A domain term as the tokenizer sees it: no inner punctuation or brackets."""
    return _INNER_PUNCT.sub("", term.strip("《》“”\"")).lower()


class DocumentTokenizer:
    """Fills each paragraph's search tokens, in the extraction worker process.

    The domain dictionary is known before a document is tokenized: the names already in the
    docstore (read once per process) plus the document's own entity names, added first. So a
    document is tokenized once, and its tokens agree with a query's wherever its own extraction
    found the name; no second pass over the corpus when new names appear.
    Picklable: only the docstore path travels with each task; the tokenizer it builds is kept
    per process (building it loads jieba's dictionary and every name: seconds, not per document).
    """

    def __init__(self, docstore_path: str) -> None:
        self.docstore_path = docstore_path

    def tokenizer(self) -> SearchTokenizer:
        if self.docstore_path not in _PROCESS_TOKENIZERS:
            from search.docstore import DocStore

            store = DocStore(Path(self.docstore_path))
            try:
                _PROCESS_TOKENIZERS[self.docstore_path] = SearchTokenizer(store.entity_names(DOMAIN_TYPES))
            finally:
                store.close()
        return _PROCESS_TOKENIZERS[self.docstore_path]

    def __call__(self, doc: Document) -> None:
        tokenizer = self.tokenizer()
        tokenizer.add_words(e.name for e in doc.entities if e.type in DOMAIN_TYPES)
        for paragraph in doc.paragraphs:
            paragraph.tokens = tokenizer.tokenize(paragraph.text)


# One tokenizer per docstore in each process that tokenizes documents (an extraction worker).
_PROCESS_TOKENIZERS: dict[str, SearchTokenizer] = {}

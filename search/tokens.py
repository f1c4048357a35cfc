"""Search tokens: jieba with a domain dictionary, in search mode, without punctuation or stop words.

A private ``jieba.Tokenizer`` keeps the domain words (regulation titles, initiatives,
agency names found at ingest) out of the global dictionary the extractor relies on.
Search mode (``cut_for_search``) also emits the words inside long compounds, so
“行政复议委员会” matches a query for “行政复议”.
"""

from __future__ import annotations

import json
import logging
import marshal
import os
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import jieba

from ingest.document import Document
from ingest.jieba_dictionary import load_default_dictionary
from search.docstore import VOCABULARY_TYPES, DocStore

jieba.setLogLevel(logging.WARNING)

# Function words and report boilerplate that carry no meaning for ranking.
STOP_WORDS = frozenset(
    "的 了 和 与 及 以及 或 等 是 在 对 为 将 把 被 从 向 由 于 中 上 下 其 之 并 也 都 就 而 又 各 个 一 "
    "有 无 不 这 那 此 该 本 我 我们 你 他 她 它 要 会 可 能 已 已经 进一步 加强 推进 全面 深入 工作 开展 "
    "进行 年 月 日 方面 情况 一是 二是 三是 四是 五是 怎样 怎么 如何 哪些 什么 多少 吗 呢 吧 啊 是否 "
    "能不能 可以 需要 地方 各地".split()
)
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
# Words that only jieba's regex would split but must stay whole: 双随机、一公开 → 双随机一公开.
_INNER_PUNCT = re.compile(r"[、·\-—\s]")


# Short texts (queries, names, a figure's context) are tokenized again and again while one
# question is answered (each pair of asked part and stated figure compares their words), so
# their tokens are kept until the dictionary changes; paragraphs (ingest) are not kept.
MEMO_LENGTH = 120  # characters
MEMO_SIZE = 20_000  # texts; the memo is emptied when full


class SearchTokenizer:
    """Tokenizes documents and queries identically; extendable with domain words."""

    def __init__(self, domain_words: Iterable[str] = ()) -> None:
        self._jieba = _private_copy_of_jieba()
        self._lock = threading.Lock()
        self._memo: dict[str, list[str]] = {}  # short text → tokens, for the dictionary as it is
        self.domain_words: set[str] = set()
        self._added: dict[str, int] = {}  # dictionary entries that differ from jieba's default
        self.seq = 0  # the docstore vocabulary's words up to this seq are in the dictionary
        self.saved_seq = -1  # the seq of the cache file this dictionary was loaded from or saved to
        self._changed: set[str] = set()  # entries changed since the dictionary table was at seq _table_seq
        self._table_seq = -1
        self._partial = False  # holds only the entries some texts reach (``for_texts``): never saved
        self.add_words(domain_words)

    def catch_up(self, docstore: DocStore) -> int:
        """Add the words the docstore learnt since this dictionary was built; how many were new."""
        rows = docstore.vocabulary_since(self.seq)
        if rows:
            self.seq = rows[-1][0]
        return len(self.add_words(word for _, word in rows))

    def save(self, path: Path) -> None:
        """Write the dictionary (what differs from jieba's default) for the next process to load.

        Atomic (a reader never sees half a file); only the difference from jieba's own
        dictionary is kept, because every process loads that one anyway for extraction.
        """
        if self._partial:
            raise ValueError("a dictionary read for some texts only is not saved")
        with self._lock:
            state = {"format": _CACHE_FORMAT, "base_total": jieba.dt.total, "base_size": len(jieba.dt.FREQ),
                     "seq": self.seq, "total": self._jieba.total, "words": list(self.domain_words),
                     "freq": self._added}
            data = marshal.dumps(state)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_bytes(data)
        os.replace(temporary, path)
        self.saved_seq = self.seq

    @classmethod
    def load(cls, path: Path) -> "SearchTokenizer | None":
        """The dictionary saved at ``path``; None when absent, unreadable or made from another jieba."""
        try:
            state = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return None
        load_default_dictionary()
        if not isinstance(state, dict) or state.get("format") != _CACHE_FORMAT \
                or (state.get("base_total"), state.get("base_size")) != (jieba.dt.total, len(jieba.dt.FREQ)):
            return None
        tokenizer = cls()
        tokenizer._jieba.FREQ.update(state["freq"])
        tokenizer._added = state["freq"]
        tokenizer._jieba.total = state["total"]
        tokenizer.domain_words = set(state["words"])
        tokenizer.seq = tokenizer.saved_seq = tokenizer._table_seq = state["seq"]
        return tokenizer

    def _table_state(self) -> dict[str, int]:
        return {"seq": self.seq, "total": self._jieba.total, "base_total": jieba.dt.total,
                "base_size": len(jieba.dt.FREQ)}

    def save_table(self, docstore: DocStore) -> None:
        """Bring the docstore's dictionary table to this dictionary: the entries changed since the
        table was last written by the dictionary this one was loaded from, or every entry when the
        table describes something else (none yet, another jieba, a kill mid-way)."""
        if self._partial:
            raise ValueError("a dictionary read for some texts only is not saved")
        written = json.loads(docstore.meta(DICTIONARY_TABLE) or "null")
        with self._lock:
            base, freq = jieba.dt.FREQ, self._jieba.FREQ
            incremental = (written is not None and written.get("seq") == self._table_seq
                           and (written.get("base_total"), written.get("base_size")) == (jieba.dt.total, len(base)))
            entries = self._changed if incremental else set(self._added) | self.domain_words
            rows = [(entry, freq[entry], entry in self.domain_words, entry in base) for entry in entries]
            state = json.dumps(self._table_state())
        docstore.write_dictionary(rows, replace_all=not incremental, state=state)
        with self._lock:
            self._changed.clear()
            self._table_seq = self.seq

    @classmethod
    def for_texts(cls, docstore: DocStore, texts: Iterable[str], words: Iterable[str] = ()) -> "SearchTokenizer | None":
        """The dictionary as the docstore's, caught up, but holding only the entries ``texts`` and
        ``words`` reach: it tokenizes them (and adds ``words``) exactly as the whole one would.
        None when the docstore has no current dictionary table.

        Why: jieba looks up only substrings of what it cuts, and its dictionary is closed under
        prefixes (a word's prefixes are entries), so walking each text position by position while
        the entry grows finds every entry it can touch. A process that tokenizes one new report
        reads a few thousand entries instead of loading a dictionary of a million (2 s at 30,000
        reports), the largest fixed cost of adding a report to a large store.
        """
        load_default_dictionary()
        tokenizer = cls()
        tokenizer._partial = True
        freq = tokenizer._jieba.FREQ
        with docstore.snapshot():  # one state of the table, its words and the vocabulary
            written = json.loads(docstore.meta(DICTIONARY_TABLE) or "null")
            # The table must be what the saved dictionary file holds too: both start from it then.
            if written is None or str(written.get("seq")) != docstore.meta(DICTIONARY_SEQ) \
                    or (written.get("base_total"), written.get("base_size")) != (jieba.dt.total, len(jieba.dt.FREQ)):
                return None
            known = docstore.dictionary_overrides()
            later = docstore.vocabulary_since(written["seq"])
            probes = [_INNER_PUNCT.sub("", text).lower() for text in texts]
            probes += [normalize_term(word) for word in words] + [normalize_term(word) for _, word in later]
            known.update(_entries_reached(probes, lambda entry: entry in freq or entry in known,
                                          lambda entries: docstore.dictionary_entries(e for e in entries if e not in freq)))
        for entry, (count, is_word) in known.items():
            freq[entry] = count
            if is_word:
                tokenizer.domain_words.add(entry)
        tokenizer._jieba.total = written["total"]
        tokenizer.seq = written["seq"]
        if later:
            tokenizer.seq = later[-1][0]
            tokenizer.add_words(word for _, word in later)
        return tokenizer

    def add_words(self, words: Iterable[str]) -> set[str]:
        """Add domain words, in the order given (a short word's count depends on the words before
        it: every process adds the same words in the same order); returns those that were new."""
        new: dict[str, None] = {}
        for word in words:
            word = normalize_term(word)
            if 2 <= len(word) <= 30 and word not in self.domain_words:
                new[word] = None
        base, freq = jieba.dt.FREQ, self._jieba.FREQ
        with self._lock:
            for word in new:
                self._jieba.add_word(word, freq=_word_frequency(self._jieba, word))
                self._changed.add(word)
                for end in range(1, len(word) + 1):  # the word and the prefixes jieba entered for it
                    piece = word[:end]
                    if base.get(piece, -1) != freq[piece]:
                        self._added[piece] = freq[piece]
                        self._changed.add(piece)
            if new:
                self._memo.clear()  # a new word can change how a text is cut
        self.domain_words.update(new)  # in place: ``|= new.keys()`` built a new set of every word each call
        return set(new)

    def tokenize(self, text: str) -> list[str]:
        text = _INNER_PUNCT.sub("", text).lower()
        kept = len(text) <= MEMO_LENGTH
        with self._lock:
            words = self._memo.get(text) if kept else None
            if words is None:
                words = [w for w in self._jieba.lcut_for_search(text, HMM=True) if _WORD.search(w) and w not in STOP_WORDS]
                if kept:
                    if len(self._memo) >= MEMO_SIZE:
                        self._memo.clear()
                    self._memo[text] = words
        return list(words)


def _entries_reached(probes: list[str], held: Callable[[str], bool],
                     look_up: Callable[[list[str]], dict[str, tuple[int, bool]]]) -> dict[str, tuple[int, bool]]:
    """The stored entries that begin at some position of a probe and whose every prefix is an entry:
    all jieba can look up while cutting the probes. ``held`` says an entry is known already,
    ``look_up`` reads stored ones; both are asked one length at a time, for every position at once."""
    found: dict[str, tuple[int, bool]] = {}
    alive = [(probe, start) for probe in probes for start in range(len(probe))]
    length = 1
    while alive:
        pieces = {probe[start:start + length] for probe, start in alive}
        found.update(look_up(sorted(pieces)))
        alive = [(probe, start) for probe, start in alive
                 if (held(piece := probe[start:start + length]) or piece in found) and start + length < len(probe)]
        length += 1
    return found


def _private_copy_of_jieba() -> jieba.Tokenizer:
    """A tokenizer with its own copy of jieba's default dictionary.

    Private, so domain words never reach the dictionary the extractor uses; a copy of the
    loaded default rather than a second load, because each load of jieba's dictionary cache
    costs about a second (three per `kg ingest` process before) and a dict copy milliseconds.
    Nothing adds words to jieba's default tokenizer, so the copy is the pristine dictionary.
    """
    load_default_dictionary()
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

    The domain dictionary is known before a document is tokenized: the docstore's vocabulary
    (loaded once per process, see ``dictionary_for``) plus the document's own entity names,
    added first. So a document is tokenized once, and its tokens agree with a query's wherever
    its own extraction found the name; no second pass over the corpus when new names appear.
    Picklable: only the docstore path travels with each task.
    """

    def __init__(self, docstore_path: str) -> None:
        self.docstore_path = docstore_path

    def tokenizer(self) -> SearchTokenizer:
        if self.docstore_path not in _PROCESS_TOKENIZERS:
            dictionary_for(self._docstore())
        return _PROCESS_TOKENIZERS[self.docstore_path]

    def _docstore(self) -> DocStore:
        if self.docstore_path not in _PROCESS_DOCSTORES:
            _PROCESS_DOCSTORES[self.docstore_path] = DocStore(Path(self.docstore_path))
        return _PROCESS_DOCSTORES[self.docstore_path]

    def _tokenizer_for(self, doc: Document, names: list[str]) -> SearchTokenizer:
        """The whole dictionary once this process has tokenized PARTIAL_DOCUMENTS documents (or
        holds it already); before that, one read for this document alone (``for_texts``)."""
        if self.docstore_path not in _PROCESS_TOKENIZERS and _PARTIAL_BUILT.get(self.docstore_path, 0) < PARTIAL_DOCUMENTS:
            partial = SearchTokenizer.for_texts(self._docstore(), (p.text for p in doc.paragraphs), names)
            if partial is not None:
                _PARTIAL_BUILT[self.docstore_path] = _PARTIAL_BUILT.get(self.docstore_path, 0) + 1
                return partial
        return self.tokenizer()

    def __call__(self, doc: Document) -> None:
        names = [e.name for e in doc.entities if e.type in VOCABULARY_TYPES]
        tokenizer = self._tokenizer_for(doc, names)
        tokenizer.add_words(names)
        for paragraph in doc.paragraphs:
            paragraph.tokens = tokenizer.tokenize(paragraph.text)


def dictionary_path(docstore_path: Path) -> Path:
    """Where a docstore's search dictionary is saved between processes."""
    return docstore_path.with_name("tokenizer.marshal")


def dictionary_for(docstore: DocStore) -> SearchTokenizer:
    """This process's search dictionary for ``docstore``, caught up with its vocabulary.

    Why a saved file: building the dictionary means one jieba ``add_word`` per domain name
    (tens of thousands at a few thousand reports, growing with the corpus), seconds in every
    process that searches or ingests. The file saved after each ingest (``SearchIndex.sync``)
    holds the finished dictionary; a process loads it in one read and adds only the words the
    docstore learnt after it was saved.
    """
    key = str(docstore.path)
    tokenizer = _PROCESS_TOKENIZERS.get(key)
    if tokenizer is None:
        tokenizer = SearchTokenizer.load(dictionary_path(docstore.path)) or SearchTokenizer()
        _PROCESS_TOKENIZERS[key] = tokenizer
    tokenizer.catch_up(docstore)
    return tokenizer


# One search dictionary per docstore in each process (workers, the CLI, each web worker).
_PROCESS_TOKENIZERS: dict[str, SearchTokenizer] = {}
# A worker's docstore connection, and how many documents it tokenized with a partial dictionary.
_PROCESS_DOCSTORES: dict[str, DocStore] = {}
_PARTIAL_BUILT: dict[str, int] = {}
# Documents a process tokenizes with dictionaries read for them alone before it loads the whole
# one: each such read costs ~0.05-0.1 s, the whole dictionary ~1-2 s at 30,000 reports, once.
PARTIAL_DOCUMENTS = 8
_CACHE_FORMAT = 1
# docstore meta keys: what the dictionary table describes (``SearchTokenizer.save_table``), and the
# seq of the saved dictionary file, written after both the table and the file (SearchIndex)
DICTIONARY_TABLE = "dictionary_table"
DICTIONARY_SEQ = "dictionary_seq"

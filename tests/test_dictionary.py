"""The search dictionary saved beside the docstore: loaded in one read, caught up word by word.

Why it matters: a process that searches or ingests used to add every domain name of the corpus
to jieba again (seconds per process at a few thousand reports, growing with the corpus); now
it loads the dictionary saved after the last ingest. These tests check that a loaded dictionary
tokenizes exactly like one built word by word, and that only newer words are added on top.
"""

from __future__ import annotations

import marshal
import random
from pathlib import Path

import pytest

from search.docstore import DocStore, ParagraphRow
from search.tokens import DICTIONARY_SEQ, SearchTokenizer, dictionary_for, dictionary_path, _PROCESS_TOKENIZERS
from tests.support import SAMPLES

TEXT = ("区司法局依据《江苏省行政程序规定》推行“首违不罚”清单制度，委托苏州鼎衡律师事务所"
        "审查区政府合同，开展“放管服”改革与“证照分离”改革全覆盖试点。")
NAMES = [("REGULATION", "江苏省行政程序规定"), ("INITIATIVE", "首违不罚"), ("LAW_FIRM", "苏州鼎衡律师事务所"),
         ("INITIATIVE", "放管服"), ("INITIATIVE", "证照分离"), ("REGION", "苏州市")]


def _store(tmp_path: Path, entities: list[tuple[str, str]], n: int = 0) -> DocStore:
    store = DocStore(tmp_path / "paragraphs.sqlite")
    store.add([ParagraphRow(id=f"r{n}#0", report_id=f"r{n}", origin=f"o{n}", source="s", title="t", region=None,
                            region_code=None, prefecture=None, province=None, year=2021, doc_type="annual_report",
                            section="", ord=0, text=TEXT, tokens=[], topics=[], entities=entities)])
    return store


def test_a_loaded_dictionary_tokenizes_like_one_built_word_by_word(tmp_path: Path) -> None:
    store = _store(tmp_path, NAMES)
    built = SearchTokenizer()
    assert built.catch_up(store) == 5  # the region is not a dictionary word; the rest are
    built.save(dictionary_path(store.path))
    loaded = SearchTokenizer.load(dictionary_path(store.path))
    assert loaded is not None and loaded.seq == built.seq and loaded.domain_words == built.domain_words
    assert loaded._jieba.FREQ == built._jieba.FREQ and loaded._jieba.total == built._jieba.total
    assert loaded.tokenize(TEXT) == built.tokenize(TEXT)
    assert "江苏省行政程序规定" in loaded.tokenize(TEXT) and "首违不罚" in loaded.tokenize(TEXT)
    assert loaded.catch_up(store) == 0  # nothing newer than what it was saved with


def test_a_process_adds_only_the_words_learnt_after_the_saved_dictionary(tmp_path: Path) -> None:
    store = _store(tmp_path, NAMES[:2])
    first = SearchTokenizer()
    first.catch_up(store)
    first.save(dictionary_path(store.path))
    _store(tmp_path, [("INITIATIVE", "一网通办"), ("AGENCY", "苏州市吴中区司法局")], n=1)
    _PROCESS_TOKENIZERS.pop(str(store.path), None)
    try:
        current = dictionary_for(store)
        assert current.saved_seq == first.seq < current.seq
        assert {"一网通办", "苏州市吴中区司法局", "江苏省行政程序规定"} <= current.domain_words
        from_scratch = SearchTokenizer()
        from_scratch.catch_up(store)
        assert current._jieba.FREQ == from_scratch._jieba.FREQ
        assert current.tokenize("吴中区推行一网通办。苏州市吴中区司法局") == \
            from_scratch.tokenize("吴中区推行一网通办。苏州市吴中区司法局")
    finally:
        _PROCESS_TOKENIZERS.pop(str(store.path), None)


def test_a_dictionary_saved_over_another_jieba_dictionary_is_not_used(tmp_path: Path) -> None:
    store = _store(tmp_path, NAMES)
    tokenizer = SearchTokenizer()
    tokenizer.catch_up(store)
    path = dictionary_path(store.path)
    tokenizer.save(path)
    state = marshal.loads(path.read_bytes())
    state["base_total"] += 1
    path.write_bytes(marshal.dumps(state))
    assert SearchTokenizer.load(path) is None
    path.write_bytes(b"\x00garbage")
    assert SearchTokenizer.load(path) is None


def test_an_older_store_gets_its_vocabulary_from_its_entities(tmp_path: Path) -> None:
    store = _store(tmp_path, NAMES)
    with store.db:
        store.db.execute("DELETE FROM vocabulary")
    store.close()
    reopened = DocStore(tmp_path / "paragraphs.sqlite")
    assert {w for _, w in reopened.vocabulary_since(0)} == {n for t, n in NAMES if t != "REGION"}


def _words_from(texts: list[str], count: int, seed: int) -> list[tuple[str, str]]:
    """Made-up domain names: pieces of the texts themselves (2-9 characters), so they overlap each
    other and jieba's words and change how the texts are cut, as agency and programme names do."""
    rng = random.Random(seed)
    words = []
    while len(words) < count:
        text = rng.choice(texts)
        size = rng.randint(2, 9)
        start = rng.randrange(0, max(1, len(text) - size))
        piece = text[start:start + size]
        if all("\u4e00" <= ch <= "\u9fff" for ch in piece):
            words.append((rng.choice(["AGENCY", "INITIATIVE", "REGULATION"]), piece))
    return words


def test_a_dictionary_read_for_some_texts_tokenizes_them_as_the_whole_one(tmp_path: Path) -> None:
    """The partial dictionary (the entries the texts reach, read from the table) cuts the texts and
    adds new names exactly as the whole dictionary loaded and caught up; the table is written whole
    the first time and then only with what changed."""
    texts = [p for path in sorted(SAMPLES.iterdir())[:2] for p in path.read_text(encoding="utf-8").split("\n")
             if len(p) > 30][:60]
    store = _store(tmp_path, NAMES + _words_from(texts, 300, 1))
    saved = SearchTokenizer()
    saved.catch_up(store)
    _save_both(saved, store)
    _store(tmp_path, _words_from(texts, 40, 2), n=1)  # learnt after the save: caught up by both
    saved.catch_up(store)
    _save_both(saved, store)  # the table incrementally: only the caught-up words' entries
    _store(tmp_path, _words_from(texts, 40, 3), n=2)
    own_names = [name for _, name in _words_from(texts, 10, 4)] + ["府院联动", "行政复议"]
    _PROCESS_TOKENIZERS.pop(str(store.path), None)
    try:
        whole = dictionary_for(store)
        whole.add_words(own_names)
        partial = SearchTokenizer.for_texts(store, texts, own_names)
        assert partial is not None and partial.seq == whole.seq
        partial.add_words(own_names)
        assert [partial.tokenize(t) for t in texts] == [whole.tokenize(t) for t in texts]
        assert partial._jieba.total == whole._jieba.total
        assert len(partial._jieba.FREQ) < len(whole._jieba.FREQ)
        with pytest.raises(ValueError):
            partial.save(tmp_path / "partial.marshal")
    finally:
        _PROCESS_TOKENIZERS.pop(str(store.path), None)
    rows = set(store.db.execute("SELECT entry, freq, word, in_base FROM dictionary_entries"))
    store.set_meta("dictionary_table", "null")
    saved.save_table(store)  # a table describing something else is written whole
    assert set(store.db.execute("SELECT entry, freq, word, in_base FROM dictionary_entries")) == rows


def _save_both(tokenizer: SearchTokenizer, store: DocStore) -> None:
    """What ``SearchIndex._save_dictionary`` does: the table, the file, then the seq naming both."""
    tokenizer.save_table(store)
    tokenizer.save(dictionary_path(store.path))
    store.set_meta(DICTIONARY_SEQ, str(tokenizer.seq))


def test_no_partial_dictionary_unless_table_and_file_hold_the_same_state(tmp_path: Path) -> None:
    """A kill between writing the table and recording the file's seq leaves them apart: the whole
    dictionary (file plus catch-up) is used then, never a table the file does not match."""
    store = _store(tmp_path, NAMES)
    assert SearchTokenizer.for_texts(store, [TEXT]) is None  # no table yet
    tokenizer = SearchTokenizer()
    tokenizer.catch_up(store)
    _save_both(tokenizer, store)
    assert SearchTokenizer.for_texts(store, [TEXT]) is not None
    _store(tmp_path, [("INITIATIVE", "一网通办")], n=1)
    tokenizer.catch_up(store)
    tokenizer.save_table(store)  # killed here: the file and its seq still name the older state
    assert SearchTokenizer.for_texts(store, [TEXT]) is None


def test_a_worker_reads_partial_dictionaries_for_its_first_documents_then_the_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest.document import Document, Entity, Metadata, Paragraph
    from search import tokens

    store = _store(tmp_path, NAMES)
    built = SearchTokenizer()
    built.catch_up(store)
    _save_both(built, store)
    monkeypatch.setattr(tokens, "PARTIAL_DOCUMENTS", 2)
    monkeypatch.setattr(tokens, "_PARTIAL_BUILT", {})
    monkeypatch.setattr(tokens, "_PROCESS_TOKENIZERS", {})
    monkeypatch.setattr(tokens, "_PROCESS_DOCSTORES", {})
    prepare = tokens.DocumentTokenizer(str(store.path))
    expected = built.tokenize(TEXT)
    for n in range(3):
        doc = Document(id=f"d{n}", source="s", origin=f"d{n}", text=TEXT, metadata=Metadata(),
                       paragraphs=[Paragraph(ord=0, text=TEXT, start=0, end=len(TEXT), section="")],
                       entities=[Entity(type="INITIATIVE", text="首违不罚", name="首违不罚", start=0, end=4,
                                        paragraph=0)])
        prepare(doc)
        assert doc.paragraphs[0].tokens == expected
        assert (str(store.path) in tokens._PROCESS_TOKENIZERS) == (n == 2)  # the whole one from the third on
    assert tokens._PARTIAL_BUILT[str(store.path)] == 2
    for connection in tokens._PROCESS_DOCSTORES.values():
        connection.close()

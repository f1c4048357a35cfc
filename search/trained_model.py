"""The fallback embedding model: word vectors trained on the ingested corpus, saved as a
sentence-transformers StaticEmbedding model.

Why this shape: no pretrained Chinese model can be downloaded here, yet the rest of
kg (and any user who later configures bge-small-zh) talks to one interface,
``SentenceTransformer.encode``. The saved folder is a real sentence-transformers
model: anyone can load it with ``SentenceTransformer(path)``.

Tokenization without Python hooks (a saved model cannot carry jieba): the vocabulary
is jieba's words of the corpus plus every CJK character, and a WordPiece model
splits each run of Han characters greedily, longest word first. The word vectors
are trained (gensim FastText, character n-grams of one and two) on exactly that
segmentation, so training and use agree, and a query word the corpus never used
still gets a vector from its characters. Each token's vector is scaled by its IDF, so mean pooling becomes an
IDF-weighted average and frequent function words barely count.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

logging.getLogger("gensim").setLevel(logging.WARNING)

UNK, PAD = "[UNK]", "[PAD]"
CJK_RANGE = range(0x4E00, 0xA000)
ASCII_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
DIMENSIONS = 128
MIN_WORD_COUNT = 2


def build_tokenizer(words: Iterable[str]):
    """A WordPiece tokenizer whose vocabulary covers every CJK character plus ``words``."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    pieces = [UNK, PAD]
    seen = set(pieces)
    for piece in [chr(c) for c in CJK_RANGE] + list(ASCII_WORD_CHARS) + sorted(words):
        for form in (piece, "##" + piece):
            if form not in seen:
                seen.add(form)
                pieces.append(form)
    vocab = {piece: i for i, piece in enumerate(pieces)}
    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token=UNK, max_input_chars_per_word=10_000))
    tokenizer.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    return tokenizer


def _stable_hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _bare(piece: str) -> str:
    return piece[2:] if piece.startswith("##") else piece


def train(texts: list[str], out_dir: Path, segment: Callable[[str], list[str]],
          progress: Callable[[str], None] = lambda _msg: None) -> Path:
    """Train on ``texts`` and save a sentence-transformers model in ``out_dir``."""
    from gensim.models import FastText
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import StaticEmbedding

    progress(f"segmenting {len(texts)} paragraphs")
    word_counts = Counter(w for text in texts for w in segment(text) if len(w) > 1)
    words = [w for w, n in word_counts.items() if n >= MIN_WORD_COUNT and len(w) <= 12]
    tokenizer = build_tokenizer(words)
    sentences = [[_bare(t) for t in enc.tokens if t != UNK] for enc in tokenizer.encode_batch(texts)]

    progress(f"training word vectors on {sum(map(len, sentences))} tokens ({len(words)} words)")
    epochs = max(5, min(40, int(2_000_000 / max(1, sum(map(len, sentences))))))
    # All cores (training is on the ingest path), a fixed seed and a stable hash (gensim seeds
    # each vector from a hash of its word; Python's own is salted per process). Several workers
    # interleave updates, so two trainings agree closely but not bit for bit.
    vectors = FastText(sentences, vector_size=DIMENSIONS, window=8, min_count=1, sg=1, negative=10,
                       min_n=1, max_n=2, epochs=epochs, workers=os.cpu_count() or 1, seed=13,
                       hashfxn=_stable_hash).wv

    # Document frequency of each token, and of each character for pieces seen only inside words
    # (a query's unknown word falls back to its characters, which FastText's n-grams cover).
    doc_freq = Counter(t for s in sentences for t in set(s))
    char_freq = Counter(ch for text in texts for ch in set(text.lower()))
    n_docs = len(sentences)
    vocab = tokenizer.get_vocab()
    weights = np.zeros((len(vocab), DIMENSIONS), dtype=np.float32)
    for piece, index in vocab.items():
        token = _bare(piece)
        frequency = doc_freq[token] or (char_freq[token] if len(token) == 1 else 0)
        if frequency:
            vector = vectors[token]
            idf = math.log((n_docs + 1) / (frequency + 0.5))
            weights[index] = vector / (np.linalg.norm(vector) or 1.0) * max(idf, 0.05)

    model = SentenceTransformer(modules=[StaticEmbedding(tokenizer, embedding_weights=weights)])
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save(str(out_dir))
    (out_dir / "kg_training.json").write_text(json.dumps({
        "trained_on_paragraphs": n_docs, "trained_at": time.strftime("%Y%m%dT%H%M%S"),
        "words": len(words), "dimensions": DIMENSIONS,
        "epochs": epochs, "library": "gensim FastText (skip-gram, char n-grams 1-2) + sentence-transformers StaticEmbedding",
    }, ensure_ascii=False, indent=1))
    return out_dir

"""The fallback model (search/trained_model.py) encoded with numpy and ``tokenizers`` alone.

Why: loading it through sentence-transformers imports torch and transformers, which took
most of a `kg search` or `kg ask` call (15–20 s of a 1 s job) for what is, in the end, a
table lookup. A saved StaticEmbedding is a ``tokenizer.json`` plus one matrix
(``embedding.weight`` in ``model.safetensors``) whose rows are averaged per text, as
torch's ``EmbeddingBag(mode="mean")`` does; here the same steps run in numpy, with the
same tokenizer, and the vectors are L2-normalized as ``encode(normalize_embeddings=True)``
does. tests/test_static_encoder.py checks that both give the same vectors.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

WEIGHTS_FILE = "model.safetensors"
WEIGHTS_KEY = "embedding.weight"
TOKENIZER_FILE = "tokenizer.json"
# torch.nn.functional.normalize's floor on the norm: a text of no known token stays a zero vector.
NORM_EPS = 1e-12


class StaticEncoder:
    """A saved StaticEmbedding model, with the part of SentenceTransformer's interface kg uses."""

    def __init__(self, tokenizer, weights: np.ndarray) -> None:
        self.tokenizer = tokenizer  # tokenizers.Tokenizer
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()  # StaticEmbedding reads every token (max_seq_length is infinite)
        self.weights = weights

    @classmethod
    def load(cls, folder: Path) -> "StaticEncoder":
        """Read what ``StaticEmbedding.save`` wrote (safetensors, as kg's training saves it)."""
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        weights = load_file(str(folder / WEIGHTS_FILE))[WEIGHTS_KEY]
        return cls(Tokenizer.from_file(str(folder / TOKENIZER_FILE)), np.ascontiguousarray(weights, dtype=np.float32))

    def get_embedding_dimension(self) -> int:
        return int(self.weights.shape[1])

    def encode(self, texts: list[str], batch_size: int = 256, show_progress_bar: bool = False,
               normalize_embeddings: bool = True, convert_to_numpy: bool = True) -> np.ndarray:
        """Mean of the token rows of each text, then (by default) unit length; one row per text.

        ``batch_size``, ``show_progress_bar`` and ``convert_to_numpy`` exist so that this class and
        SentenceTransformer are called alike; a lookup needs no batching and returns numpy anyway.
        """
        del batch_size, show_progress_bar, convert_to_numpy
        out = np.zeros((len(texts), self.weights.shape[1]), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(texts, add_special_tokens=False)):
            if encoding.ids:
                out[row] = self.weights[encoding.ids].mean(axis=0)
        if normalize_embeddings:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), NORM_EPS)
        return out

    # The fallback has no prompts: queries and paragraphs are encoded alike.
    encode_query = encode
    encode_document = encode

"""Which sentence-transformers model embeds paragraphs, loaded once per process.

Order: ``KG_EMBED_MODEL`` (a local folder, or a hub id found in the local cache or,
where the network allows, downloaded); when that is unset or fails, the model kg
trained on this corpus (search/trained_model.py), training it first if there is
none yet. The choice is announced on stderr and recorded with the index, so a
change of model rebuilds the vectors instead of mixing two vector spaces.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TRAINED_DIR_NAME = "kg-trained"
# A trained fallback is retrained once the corpus has grown this many times over.
RETRAIN_GROWTH = 2.0


def stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class Encoder:
    """A loaded model plus what users must be told about it."""

    model: object  # sentence_transformers.SentenceTransformer
    name: str  # identifies the vector space: configured id/path, or kg-trained@<paragraphs>
    kind: str  # "configured" or "trained"
    path: str
    dim: int

    def encode(self, texts: list[str], progress: bool = False, batch_size: int = 256) -> np.ndarray:
        vectors = self.model.encode(texts, batch_size=batch_size, show_progress_bar=progress,
                                    normalize_embeddings=True, convert_to_numpy=True)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def describe(self) -> str:
        if self.kind == "configured":
            return f"embedding model: {self.name}"
        return (f"embedding model: kg-trained fallback at {self.path} "
                "(word vectors trained on this corpus; set KG_EMBED_MODEL for a pretrained model)")


def load_configured(spec: str) -> tuple[object, str]:
    """Load ``spec`` as a local folder or hub id; raises with the reason when it cannot."""
    from sentence_transformers import SentenceTransformer

    if Path(spec).expanduser().exists():
        path = str(Path(spec).expanduser().resolve())
        return SentenceTransformer(path, device="cpu"), path
    try:
        return SentenceTransformer(spec, device="cpu", local_files_only=True), spec
    except Exception:  # not in the local cache: try the hub unless told to stay offline
        if os.environ.get("HF_HUB_OFFLINE") == "1":
            raise
    return SentenceTransformer(spec, device="cpu"), spec


def trained_model_info(models_dir: Path) -> dict | None:
    meta = models_dir / TRAINED_DIR_NAME / "kg_training.json"
    return json.loads(meta.read_text()) if meta.exists() else None


def load_encoder(configured: str | None, models_dir: Path, corpus: Callable[[], list[str]],
                 segment: Callable[[str], list[str]], say: Callable[[str], None] = stderr,
                 allow_training: bool = True) -> Encoder | None:
    """The encoder to use; None only when no model exists and training is not allowed."""
    from sentence_transformers import SentenceTransformer

    if configured:
        try:
            model, path = load_configured(configured)
            encoder = Encoder(model, configured, "configured", path, model.get_embedding_dimension())
            say(encoder.describe())
            return encoder
        except Exception as exc:  # any loading failure falls back, loudly
            reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
            say(f"WARNING: KG_EMBED_MODEL={configured!r} could not be loaded ({reason}); "
                "falling back to the model kg trains on this corpus")

    target = models_dir / TRAINED_DIR_NAME
    info = trained_model_info(models_dir)
    if allow_training:
        texts = None
        if info is not None:
            texts = corpus()
            if len(texts) >= RETRAIN_GROWTH * info["trained_on_paragraphs"]:
                say(f"the corpus grew from {info['trained_on_paragraphs']} to {len(texts)} paragraphs: "
                    "retraining the fallback embedding model")
                info = None
        if info is None:
            texts = texts if texts is not None else corpus()
            if not texts:
                return None
            from search.trained_model import train

            say(f"training the fallback embedding model on {len(texts)} paragraphs → {target}")
            train(texts, target, segment, progress=lambda msg: say(f"  {msg}"))
            info = trained_model_info(models_dir)
    if info is None:
        return None
    model = SentenceTransformer(str(target), device="cpu")
    encoder = Encoder(model, f"kg-trained@{info['trained_on_paragraphs']}", "trained", str(target),
                      model.get_embedding_dimension())
    say(encoder.describe())
    return encoder

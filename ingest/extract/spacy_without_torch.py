"""Imports spaCy without letting thinc import torch. Import this before any ``spacy`` module.

Why: thinc, spaCy's machine-learning layer, imports torch at start-up only to offer
PyTorch-backed layers. kg's pipeline is rule-based and never uses them, yet the torch import
costs 3–7 s in every process that extracts (most of the wall time of adding one report to a
store, and of every extraction worker's start). A ``None`` entry in ``sys.modules`` makes
``import torch`` raise ImportError, which thinc takes as "torch is not installed"; the entry is
removed straight after, so sentence-transformers can still import torch later in the same process.
When torch is already loaded there is nothing to save and spaCy is imported as usual.
"""

from __future__ import annotations

import sys


def _import_spacy_without_torch() -> None:
    blocked = "torch" not in sys.modules
    if blocked:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import spacy  # noqa: F401
    finally:
        if blocked and sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


_import_spacy_without_torch()

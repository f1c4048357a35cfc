"""Imports spaCy without letting thinc import torch, nor spaCy its command line. Import this
before any ``spacy`` module.

Why: thinc, spaCy's machine-learning layer, imports torch at start-up only to offer
PyTorch-backed layers. kg's pipeline is rule-based and never uses them, yet the torch import
costs 3–7 s in every process that extracts (most of the wall time of adding one report to a
store, and of every extraction worker's start). A ``None`` entry in ``sys.modules`` makes
``import torch`` raise ImportError, which thinc takes as "torch is not installed"; the entry is
removed straight after, so sentence-transformers can still import torch later in the same process.
When torch is already loaded there is nothing to save and spaCy is imported as usual.

Likewise ``spacy/__init__`` imports ``spacy.cli.info`` only to offer ``spacy.info``, and that
imports spaCy's whole command line (typer, weasel, httpx, every ``spacy`` subcommand): a
quarter of the CPU of importing spaCy, about 0.25 s of adding one report. A stand-in module
answers that import, with an ``info`` that imports the real one when called; it is removed
straight after, so ``import spacy.cli`` later loads the real command line. A spaCy whose
import needs more of its command line than ``info`` is imported as usual.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_CLI = ("spacy.cli", "spacy.cli.info")


def _real_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, from spaCy's real command line, imported on first use."""
    from importlib import import_module

    return import_module("spacy.cli.info").info(*args, **kwargs)


def _cli_stand_ins() -> dict[str, types.ModuleType]:
    cli, info = types.ModuleType(_CLI[0]), types.ModuleType(_CLI[1])
    info.info = _real_info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    return {_CLI[0]: cli, _CLI[1]: info}


def _import_spacy_without_torch() -> None:
    if "spacy" in sys.modules:
        return
    blocked = "torch" not in sys.modules
    if blocked:
        sys.modules["torch"] = None  # type: ignore[assignment]
    stand_ins = {} if any(name in sys.modules for name in _CLI) else _cli_stand_ins()
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    except ImportError:
        if not stand_ins:
            raise
        _remove(stand_ins)
        stand_ins = {}
        import spacy  # noqa: F401  (this spaCy needs its command line: imported as usual)
    finally:
        _remove(stand_ins)
        if blocked and sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


def _remove(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]


_import_spacy_without_torch()

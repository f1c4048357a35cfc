"""Adding one report to a store costs a fixed start-up, so the start-up loads only what the run
needs: an ingest whose files are all unchanged imports no spaCy, scipy or faiss and loads no jieba
dictionary;
one that adds a file imports spaCy without torch or spaCy's command line, and reads jieba's
dictionary in one go, identical to what jieba's own loading gives."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jieba
import pytest

from ingest.jieba_dictionary import load_default_dictionary
from kg.cli import GC_THRESHOLD
from tests.support import REPO, SAMPLES

WATCHED = ("spacy", "thinc", "spacy.cli", "weasel", "torch", "scipy", "faiss")
# Runs the CLI as `python -m kg.cli` does and reports at exit what the process loaded.
PROBE = ("import atexit, gc, json, runpy, sys\n"
         "def loaded():\n"
         "    jieba = sys.modules.get('jieba')\n"
         f"    return {{'modules': [m for m in {WATCHED!r} if m in sys.modules],\n"
         "            'jieba_dictionary': bool(jieba and jieba.dt.initialized), 'gc': gc.get_threshold()[0]}\n"
         "atexit.register(lambda: print('LOADED ' + json.dumps(loaded()), file=sys.stderr))\n"
         "sys.argv = ['kg', *sys.argv[1:]]\n"
         "runpy.run_module('kg.cli', run_name='__main__')\n")


def kg_ingest(path: Path) -> tuple[dict, dict]:
    """`kg ingest PATH --json` in a fresh process: its JSON and what it loaded."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("KG_EMBED_MODEL", None)
    done = subprocess.run([sys.executable, "-c", PROBE, "ingest", str(path), "--json"], capture_output=True,
                          text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    loaded = next(line for line in done.stderr.splitlines() if line.startswith("LOADED "))
    return json.loads(done.stdout), json.loads(loaded[7:])


def test_a_routine_ingest_loads_only_what_it_needs(data_dir: Path, tmp_path: Path) -> None:
    folder, newest = tmp_path / "reports", tmp_path / "newest"
    shutil.copytree(SAMPLES, folder)
    newest.mkdir()
    added = newest / sorted(p.name for p in folder.iterdir())[-1]
    shutil.move(folder / added.name, added)
    assert kg_ingest(folder)[0]["ingested"] == 4  # the store, and its fallback model, exist

    result, loaded = kg_ingest(added)
    assert result["ingested"] == 1
    assert "spacy" in loaded["modules"], loaded
    assert not {"spacy.cli", "weasel", "torch"} & set(loaded["modules"]), loaded
    assert loaded["jieba_dictionary"] and loaded["gc"] == GC_THRESHOLD

    result, loaded = kg_ingest(added)
    assert (result["ingested"], result["unchanged"]) == (0, 1)
    assert loaded["modules"] == [] and not loaded["jieba_dictionary"], loaded


def forbid(*_args, **_kwargs):
    raise AssertionError("jieba's own loading must not run when its cache can be read")


def test_jiebas_dictionary_read_at_once_is_jiebas_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def tokenizer() -> jieba.Tokenizer:
        fresh = jieba.Tokenizer()
        fresh.tmp_dir = str(tmp_path)  # the cache lives here, apart from the machine's
        return fresh

    first = tokenizer()
    load_default_dictionary(first)  # no cache yet: jieba builds the dictionary and writes its cache
    assert first.initialized and (tmp_path / "jieba.cache").exists()
    theirs = tokenizer()
    theirs.initialize()

    with monkeypatch.context() as patch:
        patch.setattr(jieba.Tokenizer, "initialize", forbid)
        ours = tokenizer()
        load_default_dictionary(ours)
    assert ours.initialized and (ours.total, ours.FREQ) == (theirs.total, theirs.FREQ)
    assert (first.total, first.FREQ) == (theirs.total, theirs.FREQ)

    (tmp_path / "jieba.cache").write_bytes(b"not a dictionary")
    damaged = tokenizer()
    load_default_dictionary(damaged)  # jieba's own loading rebuilds it
    assert (damaged.total, damaged.FREQ) == (theirs.total, theirs.FREQ)

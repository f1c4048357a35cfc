#!/usr/bin/env bash
# The test suite on a fresh machine: install kg and the Debian tools the tests use, run pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install.sh
if ! command -v docker-compose >/dev/null 2>&1; then
  # Debian's docker-compose (v1) validates docker-compose.yml offline.
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq docker-compose >/dev/null
fi
. .venv/bin/activate
exec python -m pytest "$@"

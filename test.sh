#!/usr/bin/env bash
# The test suite on a fresh machine: install kg, the test-only Python packages (requirements-dev.txt)
# and the Debian tools the tests use, then run pytest.
# Debian packages: docker-compose (validates docker-compose.yml offline), chromium and a CJK
# font (browser tests through Playwright, with readable screenshots), Node.js for the offline
# Cypher lint (npm @neo4j-cypher/language-support, pinned in tests/cypher-lint/package-lock.json).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install.sh
missing=()
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || missing+=(fonts-wqy-zenhei)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
npm ci --prefix tests/cypher-lint --no-audit --no-fund --loglevel=error >/dev/null
. .venv/bin/activate
python -m pip install -q -r requirements-dev.txt 2>&1 | { grep -v '^Requirement already satisfied' || true; } >&2
exec python -m pytest "$@"

#!/usr/bin/env bash
# The test command: set up (idempotent), then run every test: unit, SQLite and PostgreSQL
# stores, a real Label Studio started by the test session, headless Chromium, lint and types.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"

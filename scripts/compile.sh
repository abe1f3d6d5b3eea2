#!/usr/bin/env bash
# Opt-in: compile the split stage's hot modules with mypyc (ships with mypy; needs gcc and the
# Python headers) into build/compiled; `ANNOTATOR_COMPILED=1 annotator split ...` uses them.
# A build older than its source is refused at import: run this again after every change.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
exec "$PY" scripts/compile_split.py

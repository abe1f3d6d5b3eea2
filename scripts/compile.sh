#!/usr/bin/env bash
# Compile the split stage's hot modules with mypyc (ships with mypy; needs gcc and the Python
# headers) into build/compiled; `annotator split ...` runs them by default while they match the
# sources (ANNOTATOR_COMPILED=0 turns them off). scripts/setup.sh runs this when the build is
# missing or stale; run it again after changing a compiled module.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
exec "$PY" scripts/compile_split.py

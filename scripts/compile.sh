#!/usr/bin/env bash
# Compile the split stage's hot modules with mypyc (ships with mypy; needs gcc and the Python
# headers) into build/compiled and records the stage's regular expressions there (regex_cache.py);
# `annotator split ...` runs them by default while they match the sources (ANNOTATOR_COMPILED=0
# turns them off). scripts/setup.sh runs this when the build is missing or stale; run it again
# after changing a compiled module.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" scripts/compile_split.py
exec "$PY" scripts/record_regexes.py

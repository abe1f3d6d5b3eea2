#!/usr/bin/env bash
# A plain (non-editable) install works: build the wheel, install it into a fresh venv, and run
# `split` and `schema show` from outside the repository (the schema must ship in the package).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.venv/bin/python -m pip wheel -q --no-deps -w "$work/dist" . >/dev/null
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$work"/dist/annotator-*.whl >/dev/null
cd "$work"
export ANNOTATOR_HOME="$work/home"
"$work/venv/bin/annotator" schema show --format xml | grep -q "<View"
n=$("$work/venv/bin/annotator" split "$repo/seeds" --format jsonl | wc -l)
[ "$n" -gt 0 ] || { echo "wheel check: split gave no claim units" >&2; exit 1; }
echo "wheel check: installed wheel ran schema show and split ($n claim units)"

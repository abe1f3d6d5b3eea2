#!/usr/bin/env bash
# Set up everything annotator and its tests need on a fresh Debian machine (idempotent):
# system packages (PostgreSQL 15, Chromium for the browser tests), the virtualenv with
# annotator + Label Studio, and a running PostgreSQL with the `annotator` role.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v pg_ctlcluster >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if ! .venv/bin/python -c "import annotator, label_studio, pytest" >/dev/null 2>&1 \
   || [ pyproject.toml -nt .venv/.installed ]; then
  echo "setup: installing annotator with Label Studio into .venv (a few minutes the first time)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[server,dev]"
  touch .venv/.installed
fi

# The compiled split modules (mypyc, scripts/compile.sh): built when missing or stale and gcc
# and the Python headers are there; without them, or if the build fails, the pure modules run.
if ! ANNOTATOR_COMPILED=0 .venv/bin/python -c "import sys; from annotator.split import compiled as c
sys.exit(c.stale(c.build_dir()) != [])"; then
  if command -v gcc >/dev/null 2>&1 && .venv/bin/python -c "import os, sys, sysconfig
sys.exit(not os.path.isfile(os.path.join(sysconfig.get_paths()['include'], 'Python.h')))"; then
    echo "setup: compiling the split modules with mypyc (~7 min on two cores; log build/compile.log)"
    mkdir -p build
    if ! PYTHON=.venv/bin/python bash scripts/compile.sh > build/compile.log 2>&1; then
      echo "setup: the compiled build failed (build/compile.log): the pure split modules run"
    fi
  else
    echo "setup: no gcc or Python headers: the split stage runs its pure modules (slower)"
  fi
fi
# The stage's regular expressions recorded for a faster start (annotator/split/regex_cache.py;
# compile.sh records them too): also without gcc, and for a build made before the record.
if ! ANNOTATOR_COMPILED=0 .venv/bin/python -c "import sys; from annotator.split import compiled as c, regex_cache as r
sys.exit(not r.load(c.build_dir() / r.FILE))"; then
  mkdir -p build
  .venv/bin/python scripts/record_regexes.py > build/record.log 2>&1 ||
    echo "setup: recording the regular expressions failed (build/record.log): they compile as usual"
fi

# PostgreSQL: the store's team backend, exercised by the tests.
if command -v pg_ctlcluster >/dev/null 2>&1; then
  ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_lsclusters -h | grep -q "^$ver main .* online" || pg_ctlcluster "$ver" main start
  # The store's and the tests' role: LOGIN and CREATEDB only (tests create and drop their own
  # databases), password "annotator", reachable on 127.0.0.1 only. An older setup made it a
  # superuser: that is taken back.
  if [ "$(id -u)" = 0 ]; then
    if su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='annotator'\"" | grep -q 1; then
      su postgres -c "psql -qc \"ALTER ROLE annotator LOGIN CREATEDB NOSUPERUSER\""
    else
      echo "setup: creating PostgreSQL role annotator (LOGIN CREATEDB, password annotator)"
      su postgres -c "psql -qc \"CREATE ROLE annotator LOGIN CREATEDB PASSWORD 'annotator'\""
    fi
  fi
fi
echo "setup: ready"

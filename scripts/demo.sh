#!/usr/bin/env bash
# The main job on the sample corpus: set up, start the local Label Studio, split seeds/,
# push the claim units, simulate three annotators, pull, audit and build a gold dataset.
# The labels are simulated, so audit, dataset and export run with --include-simulated.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/annotator quickstart seeds/ --project seeds --demo "$@"

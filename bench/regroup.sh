#!/usr/bin/env bash
# The batch end's matrix of pair scores (issue 13): the per-pair score against PairScores on one
# thread and on every core, over seeded synthetic units. Usage: bench/regroup.sh [UNITS...]
# (default 1000 4000 10000; 10,000 needs a 400 MB matrix three times over)
set -euo pipefail
exec "$(dirname "$0")/run-bench" 3g RegroupBench "$@"

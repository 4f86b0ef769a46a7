#!/usr/bin/env bash
# Fast-path story grouping throughput on the fixture corpus. Usage: bench/grouping.sh [ROUNDS]
set -euo pipefail
exec "$(dirname "$0")/run-bench" 2g GroupingBench "$@"

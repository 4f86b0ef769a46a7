#!/usr/bin/env bash
# Cost of entity resolution next to the whole warm compare.
# Usage: bench/entities.sh [INPUT...]  (default: the seed story in ../shared)
set -euo pipefail
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(../shared/seeds/oman-talks)
exec "$(dirname "$0")/run-bench" 3g EntityBench "${inputs[@]}"

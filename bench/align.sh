#!/usr/bin/env bash
# Alignment time (embedding + scoring + grouping) for stories of 3, 10 and 50 articles made by
# recombining real ones. Usage: bench/align.sh [INPUT...]  (default: the seed story and the example)
set -euo pipefail
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(../shared/seeds/oman-talks examples/harbor-bridge)
exec "$(dirname "$0")/run-bench" 3g AlignBench "${inputs[@]}"

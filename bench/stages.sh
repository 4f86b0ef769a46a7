#!/usr/bin/env bash
# Cost of the post-annotation stages (timeline, framing) next to the whole warm pipeline.
# Usage: bench/stages.sh [INPUT...]  (default: the seed story in ../shared)
set -euo pipefail
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(../shared/seeds/oman-talks)
exec "$(dirname "$0")/run-bench" 3g StageBench "${inputs[@]}"

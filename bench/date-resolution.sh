#!/usr/bin/env bash
# What date resolution costs next to a warm compare of the same story (issue 20): the time fixer and
# the timeline timed alone, and SUTime's share of annotation.
# Usage: bench/date-resolution.sh [INPUT...]  (default: the seed story in ../shared; -Dpublished via JAVA_TOOL_OPTIONS)
set -euo pipefail
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(../shared/seeds/oman-talks)
exec "$(dirname "$0")/run-bench" 4g DateResolutionBench "${inputs[@]}"

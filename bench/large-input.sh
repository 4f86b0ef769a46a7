#!/usr/bin/env bash
# Cost of compare on one very large article (issue 21): single-line files of seeded synthetic news
# prose, compared in one warm process (seconds, peak heap, diagnostics), then each with a cold
# `./parallax compare` at the launcher's default heap (wall time, max RSS).
# Usage: bench/large-input.sh [MB...]   (default: 1 9)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 9)
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
bench/run-bench 3g LargeInputBench "$dir" "${sizes[@]}"
./parallax --version >/dev/null   # build first, so the timing is of the run only
for mb in "${sizes[@]}"; do
  /usr/bin/time -f "cold ./parallax compare large-${mb}mb.txt: %e s wall, %M KB max RSS" \
    ./parallax compare -q --format json "$dir/large-${mb}mb.txt" >/dev/null
done

#!/usr/bin/env bash
# Cold run of the whole compare command on the seed story: wall time and peak memory (max RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
./parallax --version >/dev/null   # build first, so the timing is of the run only
for i in 1 2 3; do
  /usr/bin/time -f "cold compare: %e s wall, %M KB max RSS" \
    ./parallax compare -q --published 2026-02-06 --format json ../shared/seeds/oman-talks >/dev/null
done

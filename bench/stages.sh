#!/usr/bin/env bash
# Cost of the post-annotation stages (timeline, framing) next to the whole warm pipeline.
# Usage: bench/stages.sh [INPUT...]  (default: the seed story in ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install >/dev/null
./mvnw -q -B -pl parallax-core test-compile >/dev/null
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(../shared/seeds/oman-talks)
exec java -Xmx3g -cp "parallax-core/target/test-classes:parallax-core/target/classes:$(cat parallax-cli/target/classpath.txt)" \
  dev.parallax.bench.StageBench "${inputs[@]}"

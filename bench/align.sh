#!/usr/bin/env bash
# Alignment time (embedding + scoring + grouping) for stories of 3, 10 and 50 articles made by
# recombining real ones. Usage: bench/align.sh [INPUT...]  (default: the seed story and the example)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install >/dev/null
./mvnw -q -B -pl parallax-core test-compile >/dev/null
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(../shared/seeds/oman-talks examples/harbor-bridge)
exec java -Xmx3g -cp "parallax-core/target/test-classes:parallax-core/target/classes:$(cat parallax-cli/target/classpath.txt)" \
  dev.parallax.bench.AlignBench "${inputs[@]}"

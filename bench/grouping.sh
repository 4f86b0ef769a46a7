#!/usr/bin/env bash
# Fast-path story grouping throughput on the fixture corpus. Usage: bench/grouping.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install >/dev/null
./mvnw -q -B -pl parallax-core test-compile >/dev/null
exec java -Xmx2g -cp "parallax-core/target/test-classes:parallax-core/target/classes:$(cat parallax-cli/target/classpath.txt)" \
  dev.parallax.bench.GroupingBench "$@"

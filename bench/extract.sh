#!/usr/bin/env bash
# Pages per second through HTML extraction (and extraction + cleaning) on the extraction fixtures.
# Usage: bench/extract.sh [FOLDER_OF_HTML]  (default: parallax-core/src/test/resources/html)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install >/dev/null
./mvnw -q -B -pl parallax-core test-compile >/dev/null
exec java -Xmx1g -cp "parallax-core/target/test-classes:parallax-core/target/classes:$(cat parallax-cli/target/classpath.txt)" \
  dev.parallax.bench.ExtractBench "$@"

#!/usr/bin/env bash
# Warm annotation throughput: Parallax's pipeline vs plain CoreNLP with default NER, same texts,
# same process. Usage: bench/annotation.sh [INPUT...]  (default: the seed story in ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install >/dev/null
./mvnw -q -B -pl parallax-core test-compile >/dev/null
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(../shared/seeds/oman-talks examples/harbor-bridge)
exec java -Xmx3g -cp "parallax-core/target/test-classes:parallax-core/target/classes:$(cat parallax-cli/target/classpath.txt)" \
  dev.parallax.bench.AnnotationBench "${inputs[@]}"

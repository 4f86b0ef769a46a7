#!/usr/bin/env bash
# Warm annotation throughput: Parallax's pipeline vs plain CoreNLP with default NER, same texts,
# same process. Usage: bench/annotation.sh [INPUT...]  (default: the seed story in ../shared)
set -euo pipefail
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(../shared/seeds/oman-talks examples/harbor-bridge)
exec "$(dirname "$0")/run-bench" 3g AnnotationBench "${inputs[@]}"

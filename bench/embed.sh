#!/usr/bin/env bash
# Sentence embedding throughput, Parallax's embedder against langchain4j's model. Usage: bench/embed.sh [ROUNDS]
set -euo pipefail
exec "$(dirname "$0")/run-bench" 1g EmbedBench "$@"

#!/usr/bin/env bash
# Store ingest throughput as the store grows, on a seeded synthetic stream.
# Usage: bench/store.sh [ARTICLES] [real|hashed] [DIR]   (default: 20000 real, a fresh temporary store)
set -euo pipefail
exec "$(dirname "$0")/run-bench" 2g StoreBench "$@"

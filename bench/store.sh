#!/usr/bin/env bash
# Store ingest throughput as the store grows, on a seeded synthetic stream; at each tenth of the run the
# slice's articles/s, CPU per article, heap in use, store size on disk and p50/p95 latency of the first
# page of stories, a search and a cached story report; then the cost of a resumed ingest.
# Usage: bench/store.sh [ARTICLES] [real|hashed] [DIR]   (default: 20000 real, a fresh temporary store)
# bench/store.sh 1000000 prints a row per 100,000 articles.
set -euo pipefail
exec "$(dirname "$0")/run-bench" 2g StoreBench "$@"

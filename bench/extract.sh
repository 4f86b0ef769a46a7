#!/usr/bin/env bash
# Pages per second through HTML extraction (and extraction + cleaning) on the extraction fixtures.
# Usage: bench/extract.sh [FOLDER_OF_HTML]  (default: parallax-core/src/test/resources/html)
set -euo pipefail
exec "$(dirname "$0")/run-bench" 1g ExtractBench "$@"

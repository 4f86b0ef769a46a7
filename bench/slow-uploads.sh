#!/usr/bin/env bash
# Normal reads during slow uploads (issue 21): `parallax serve` in one process on a fresh store, the
# client (parallax-server's SlowUploadBench) in another, keeping SLOW uploads trickling one byte a
# second while CLIENTS connections read a story's page and JSON; then what the server logged.
# Usage: bench/slow-uploads.sh [SLOW] [CLIENTS] [SECONDS]   (default: 500 10 30)
set -euo pipefail
cd "$(dirname "$0")/.."
slow="${1:-500}"
clients="${2:-10}"
seconds="${3:-30}"
port="${PARALLAX_BENCH_PORT:-18094}"
# built in this checkout only, nothing installed into the shared local repository; -DskipTests still
# compiles the server's test classes, where the benchmark client lives
./mvnw -q -B -DskipTests package -pl parallax-cli -am >/dev/null
store="$(mktemp -d)"
# this checkout's modules first: the local repository's copies may come from another checkout
cp="parallax-cli/target/classes:parallax-server/target/classes:parallax-core/target/classes:$(cat parallax-cli/target/classpath.txt)"
java -Xmx2g -Xss4m -cp "$cp" dev.parallax.cli.Main serve --store "$store/store" --port "$port" >"$store/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$store"' EXIT
for _ in $(seq 1 120); do
  grep -q "serving" "$store/serve.log" && break
  sleep 0.5
done
java -Xmx512m -cp "parallax-server/target/test-classes:parallax-server/target/classes:$cp" \
  dev.parallax.server.SlowUploadBench "http://127.0.0.1:$port" examples/harbor-bridge 2026-03-10 "$slow" "$clients" "$seconds"
sleep 1
echo "server log: $(grep -c '' "$store/serve.log") lines, $(grep -c 'request body not read' "$store/serve.log" || true) abandoned-upload lines, $(grep -c 'SEVERE' "$store/serve.log" || true) SEVERE, $(grep -c '^[[:space:]]*at ' "$store/serve.log" || true) stack-trace lines"

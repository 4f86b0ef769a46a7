#!/usr/bin/env bash
# Load on the web server: `parallax serve` in one process on a fresh store, the load client
# (parallax-server's LoadBench) in another, 50 clients alternating a story's page and its JSON.
# Usage: bench/server-load.sh [CLIENTS] [SECONDS] [STORE]
#   STORE: serve a store already filled (e.g. by bench/store.sh 1000000 hashed STORE) and read it:
#   the first page of stories, a search and the newest story's page (its report computed once first).
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-50}"
seconds="${2:-30}"
port="${PARALLAX_BENCH_PORT:-18093}"
# built in this checkout only, nothing installed into the shared local repository; -DskipTests still
# compiles the server's test classes, where the benchmark client lives
./mvnw -q -B -DskipTests package -pl parallax-cli -am >/dev/null
given="${3:-}"
store="$(mktemp -d)"
served="$store/store"
[ -n "$given" ] && served="$given"
# this checkout's modules first: the local repository's copies may come from another checkout
cp="parallax-cli/target/classes:parallax-server/target/classes:parallax-core/target/classes:$(cat parallax-cli/target/classpath.txt)"
java -Xmx2g -Xss4m -cp "$cp" dev.parallax.cli.Main serve --store "$served" --port "$port" >"$store/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$store"' EXIT
for _ in $(seq 1 120); do
  grep -q "serving" "$store/serve.log" && break
  sleep 0.5
done
java -Xmx512m -cp "parallax-server/target/test-classes:parallax-server/target/classes:$cp" \
  dev.parallax.server.LoadBench "http://127.0.0.1:$port" \
  $([ -n "$given" ] && echo --store || echo examples/harbor-bridge 2026-03-10) "$clients" "$seconds"

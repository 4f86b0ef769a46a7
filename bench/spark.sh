#!/usr/bin/env bash
# The Spark job's measures (docs/BENCHMARKS.md). Usage:
#   bench/spark.sh throughput [ROUNDS]   stages 1-2 against single-machine ingest of the same input: one
#                                        thread (local[1], in a JVM that sees one core) and two (local[2],
#                                        both cores), the two JVMs alternating round by round
#   bench/spark.sh throughput-one-jvm [ROUNDS]
#                                        the same, ingest, local[1] and local[2] in one JVM that sees both cores
#   bench/spark.sh agreement [ONLY]      B-cubed between the job's stories and cluster's on the whole corpora
#                                        (and AllSides with synthetic dates), blocks, the most stage 2's task held,
#                                        bytes per article in stage 2; ONLY: the runs whose name holds it (", dated": the
#                                        dated runs; "dated" also matches "undated")
#   bench/spark.sh analyse [TOPICS]      the whole job (stage 3 included) on ECB+ topics 1..TOPICS
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -DskipTests -pl spark -am package >/dev/null
m=spark
export SPARK_LOCAL_IP=127.0.0.1
bench() {
  java "$@" -Xmx6g -Xss4m "@$m/conf/jvm.options" "-Dlog4j2.configurationFile=$m/conf/log4j2.properties" \
    -Dparallax.shared="$(pwd)/../shared" \
    -cp "$m/target/test-classes:$m/target/classes:$(cat $m/target/classpath.txt):$(cat $m/target/provided-classpath.txt)" \
    dev.parallax.spark.SparkBench "${args[@]}"
}
if [ "${1:-throughput}" = throughput ]; then
  # the sentence model runs a worker per core the JVM sees: one thread means a JVM that sees one core
  for round in $(seq "${2:-2}"); do
    args=(throughput 1 ingest 'local[1]'); bench -XX:ActiveProcessorCount=1
    args=(throughput 1 ingest 'local[2]'); bench
  done
elif [ "$1" = throughput-one-jvm ]; then
  args=(throughput "${2:-2}" ingest 'local[1]' 'local[2]'); bench
else
  args=("$@"); bench
fi

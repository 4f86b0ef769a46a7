#!/usr/bin/env bash
# `parallax ingest` of one large JSON Lines file, as a user runs it: the long-form synthetic stream
# (SyntheticCorpus: mixed lengths, invented names, several events a day, copies) written to a file,
# then ingested by the launcher at its default heap with the sentence model. Prints articles/s per
# tenth of the run, the heap after each collection (most and last) and at its peak, the store's
# size on disk, and the run's CPU time and maximum RSS.
# Usage: bench/ingest-jsonl.sh [ARTICLES] [DIR]   (default: 20000, a temporary directory; DIR keeps
# the file, the store, the progress log and the GC log)
set -euo pipefail
cd "$(dirname "$0")/.."
total="${1:-20000}"
if [ $# -ge 2 ]; then dir="$2"; mkdir -p "$dir"; else dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT; fi
file="$dir/stream.jsonl"
[ -s "$file.gold" ] && [ "$(wc -l <"$file.gold")" -eq "$total" ] || bench/run-bench 2g JsonlStream "$total" "$file"
./parallax --version >/dev/null   # build first, so the timing is of the run only
rm -rf "$dir/store"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
# the launcher's default options, and a GC log to read the heap from
PARALLAX_JAVA_OPTS="-Xmx3g -Xss4m -Xlog:gc:file=$dir/gc.log" \
  /usr/bin/time -f "%e s wall, %U s user, %S s system, %M KB max RSS" -o "$dir/time.txt" \
  ./parallax ingest "$file" --store "$dir/store" --progress 2>&1 >/dev/null \
  | perl -MTime::HiRes=time -ne 'BEGIN{$|=1} printf "%.3f %s", time, $_' >"$dir/progress.log"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$dir/time.txt"
grep -Ev ' parallax: (\[[#.]*\] )?[0-9]+ articles' "$dir/progress.log" | cut -d' ' -f2- | head -20
perl -ne '
  BEGIN { $total = shift @ARGV; $step = $total >= 10000 ? $total / 10 : $total; $row = $step;
          print "| articles filed | articles/s in this tenth | stories |\n|---|---|---|\n" }
  if (/^([\d.]+) parallax: (?:\[[#.]*\] )?(\d+) articles .*?([\d,]+) (?:story|stories)/) {
    ($t, $n, $s) = ($1, $2, $3); $t0 //= $t; $tl //= $t; $nl //= 0;
    if ($n >= $row) { printf "| %d | %.0f | %s |\n", $n, ($n - $nl) / ($t - $tl || 1), $s;
                      ($tl, $nl) = ($t, $n); $row += $step }
    $tn = $t; $nn = $n }
  END { printf "%d articles filed in %.0f s of progress (%.0f/s overall)\n", $nn, $tn - $t0, $nn / ($tn - $t0 || 1) }
' "$total" "$dir/progress.log"
perl -ne '
  if (/Pause.* (\d+)M->(\d+)M/) { $peak = $1 if $1 > $peak; $most = $2 if $2 > $most; $last = $2 }
  END { printf "heap: most in use after a collection %d MB (last %d MB); peak before one %d MB\n", $most, $last, $peak }
' "$dir/gc.log"
echo "store on disk: $(du -sb "$dir/store" | cut -f1) bytes; input $(stat -c %s "$file") bytes"

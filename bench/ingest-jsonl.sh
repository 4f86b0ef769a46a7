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
# the ingesting JVM's CPU time (user + system, in ticks) every 10 s, to give CPU per article per
# tenth, which other work on the machine changes less than articles/s
(for _ in $(seq 600); do pid="$(pgrep -f "dev.parallax.cli.Main ingest $file" || true)"; [ -n "$pid" ] && break; sleep 0.1; done
 [ -n "${pid:-}" ] && while kill -0 "$pid" 2>/dev/null; do
   read -r -a f <"/proc/$pid/stat" && echo "$(date +%s.%N) $((f[13] + f[14])) $(cut -d' ' -f1 /proc/loadavg)"; sleep 10
 done) >"$dir/cpu.log" 2>/dev/null &
# the launcher's default options, and a GC log to read the heap from
PARALLAX_JAVA_OPTS="-Xmx3g -Xss4m -Xlog:gc:file=$dir/gc.log" \
  /usr/bin/time -f "%e s wall, %U s user, %S s system, %M KB max RSS" -o "$dir/time.txt" \
  ./parallax ingest "$file" --store "$dir/store" --progress 2>&1 >/dev/null \
  | perl -MTime::HiRes=time -ne 'BEGIN{$|=1} printf "%.3f %s", time, $_' >"$dir/progress.log"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$dir/time.txt"
{ grep -Ev ' parallax: (\[[#.]*\] )?[0-9]+ articles' "$dir/progress.log" || true; } | cut -d' ' -f2- | head -20
perl -e '
  my ($total, $progress, $cpu) = @ARGV; my $tck = `getconf CLK_TCK` + 0 || 100;
  open my $c, "<", $cpu or die; my @cpu = map { [split] } <$c>; close $c; @cpu = ([0, 0, "?"]) unless @cpu;
  # CPU ticks and load average at time t, from the nearest samples
  sub at { my $t = shift; my $b; for (@cpu) { last if $_->[0] > $t; $b = $_ } $b //= $cpu[0]; return $b }
  my $step = $total >= 10000 ? $total / 10 : $total; my $row = $step; my ($t0, $tl, $nl, $cl, $tn, $nn);
  print "| articles filed | articles/s in this tenth | CPU per article in this tenth | load average | stories |\n|---|---|---|---|---|\n";
  open my $p, "<", $progress or die;
  while (<$p>) {
    next unless /^([\d.]+) parallax: (?:\[[#.]*\] )?(\d+) articles .*?([\d,]+) (?:story|stories)/;
    my ($t, $n, $s) = ($1, $2, $3); $t0 //= $t; $tl //= $t; $nl //= 0; $cl //= at($t)->[1];
    if ($n >= $row) {
      my $x = at($t);
      printf "| %d | %.0f | %.2f ms | %s | %s |\n", $n, ($n - $nl) / ($t - $tl || 1),
        @cpu ? ($x->[1] - $cl) * 1000 / $tck / ($n - $nl || 1) : 0, $x->[2] // "?", $s;
      ($tl, $nl, $cl) = ($t, $n, $x->[1]); $row += $step;
    }
    ($tn, $nn) = ($t, $n);
  }
  printf "%d articles filed in %.0f s of progress (%.0f/s overall)\n", $nn, $tn - $t0, $nn / ($tn - $t0 || 1);
' "$total" "$dir/progress.log" "$dir/cpu.log"
perl -ne '
  if (/Pause.* (\d+)M->(\d+)M/) { $peak = $1 if $1 > $peak; $most = $2 if $2 > $most; $last = $2 }
  END { printf "heap: most in use after a collection %d MB (last %d MB); peak before one %d MB\n", $most, $last, $peak }
' "$dir/gc.log"
echo "store on disk: $(du -sb "$dir/store" | cut -f1) bytes; input $(stat -c %s "$file") bytes"

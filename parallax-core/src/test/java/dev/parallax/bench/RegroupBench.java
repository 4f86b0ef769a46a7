package dev.parallax.bench;

import dev.parallax.story.PairScoresTiming;
import java.util.Locale;

/**
 * Benchmark (not a test): the matrix of pair scores a batch's end clusters, over seeded synthetic
 * units, by the per-pair score it used before ({@code Scoring.score}, one thread) and by {@code
 * PairScores} on one thread and on every core, in one process; the best of three rounds of each,
 * after a warm-up round. Run with bench/regroup.sh [UNITS...].
 */
public final class RegroupBench {
  private RegroupBench() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = args.length == 0 ? new int[] {1000, 4000, 10000} : parse(args);
    System.out.println(
        "units | Scoring.score, 1 thread (ms) | PairScores, 1 thread (ms) | PairScores, "
            + Runtime.getRuntime().availableProcessors()
            + " cores (ms) | speed-up, 1 thread | speed-up, all cores | largest score difference");
    PairScoresTiming.time(1000, 1);
    for (int n : sizes) {
      double ref = Double.MAX_VALUE;
      double one = Double.MAX_VALUE;
      double all = Double.MAX_VALUE;
      double diff = 0;
      for (int round = 0; round < 3; round++) {
        PairScoresTiming.Times t = PairScoresTiming.time(n, 7 + round);
        ref = Math.min(ref, t.reference());
        one = Math.min(one, t.oneThread());
        all = Math.min(all, t.allCores());
        diff = Math.max(diff, t.largestDifference());
      }
      System.out.println(
          String.format(
              Locale.ROOT,
              "%d | %.0f | %.0f | %.0f | %.1fx | %.1fx | %.1e",
              n,
              ref,
              one,
              all,
              ref / one,
              ref / all,
              diff));
    }
  }

  private static int[] parse(String[] args) {
    int[] out = new int[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] = Integer.parseInt(args[i]);
    }
    return out;
  }
}

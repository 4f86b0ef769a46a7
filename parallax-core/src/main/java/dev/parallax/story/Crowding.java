package dev.parallax.story;

import java.util.stream.IntStream;

/**
 * How crowded each article's neighbourhood is, taken into account where a batch's end clusters
 * articles again: a pair's score, before it is cut at {@link StoryGrouper.Settings#merge()}, loses
 * {@link #WEIGHT} of how far the two articles' {@link #RANK}-th best scores against the others
 * (within {@link #LOWEST} and {@link #HIGHEST}) stand above {@link #PRIOR}, and gains it where they
 * stand below. Among many articles on one subject (a year of reports on one inquiry, two
 * earthquakes in one topic) even an article's twentieth neighbour scores high, and a fixed cut
 * joins reports of different events; among few, a report's own event is all that scores at all, and
 * a fixed cut splits it. This is local scaling (Zelnik-Manor and Perona, "Self-tuning spectral
 * clustering", 2004) applied to average link. The units clustered are those of {@link Regrouping}:
 * at a store's batch's end, the articles of the stories near the batch, among which an article's
 * nearest neighbours are.
 *
 * <p>The rank, the weight and the cut were chosen on the tuning parts of the development corpora
 * with every pool clustered at once ({@code GroupingLab local}, docs/EVALUATION.md "Crowding"),
 * among ranks 3 to 50 and weights 0 to 1, by the mean of ECB+'s tuning topics' and AllSides' train
 * events' B-cubed F1. An article with fewer than {@link #RANK} others to compare with is taken to
 * stand at {@link #PRIOR}, the median of the development pools' twentieth-best scores, where the
 * cut is the merge threshold as it was.
 */
public final class Crowding {
  private Crowding() {}

  /** Which best score of an article against the others measures its neighbourhood. */
  static final int RANK = 20;

  /** How much of the neighbourhood's crowding the cut follows. */
  static final double WEIGHT = 0.625;

  /** The crowding assumed where an article has too few others to measure it. */
  static final double PRIOR = 0.2;

  /**
   * The crowding is taken within these bounds, so that the cut moves at most 0.031 below and 0.063
   * above the merge threshold (0.319 to 0.413 at the defaults). Above: an event reported by many
   * more articles than {@link #RANK}, whose own reports are an article's twentieth neighbours, is
   * not cut apart for being crowded by itself (on the tuning parts the bound changes B-cubed F1 by
   * less than 0.004). Below: a sparse neighbourhood lowers the cut only a little, since different
   * events of one day can score alike without anything else near them: on the store benchmark's
   * dated stream a bound of 0.1 took its B-cubed precision from 0.964 to 0.834, 0.15 to 0.921,
   * while the development pools gain most of what 0.1 gives (docs/EVALUATION.md, "Crowding").
   */
  static final double LOWEST = 0.15;

  static final double HIGHEST = 0.3;

  /** Pairs scored at or below this are forbidden ({@link PairScores}), not compared. */
  static final float FORBIDDEN = -9;

  /**
   * Adjusts every allowed pair's score of {@code sim} (units of {@code sizes} articles each: a unit
   * of several counts as several neighbours at its score) in place.
   */
  public static void adjust(float[][] sim, int[] sizes) {
    int n = sim.length;
    double[] crowd = new double[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> crowd[i] = Math.max(LOWEST, Math.min(HIGHEST, kth(sim[i], i, sizes))));
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              float[] row = sim[i];
              for (int j = 0; j < n; j++) {
                if (j != i && row[j] > FORBIDDEN) {
                  row[j] -= (float) (WEIGHT * ((crowd[i] + crowd[j]) / 2 - PRIOR));
                }
              }
            });
  }

  /**
   * The score at which the best others of unit {@code i}, counted by their articles, reach {@link
   * #RANK}; {@link #PRIOR} when all of them hold fewer.
   */
  static double kth(float[] row, int i, int[] sizes) {
    int articles = 0;
    for (int j : best(row, i, RANK)) {
      articles += sizes[j];
      if (articles >= RANK) {
        return row[j];
      }
    }
    return PRIOR;
  }

  /**
   * The units of the {@code k} highest scores of {@code row}, unit {@code i} and the units kept
   * apart from it left out, highest first (fewer when fewer are left); of equal scores the first.
   */
  static int[] best(float[] row, int i, int k) {
    int[] idx = new int[k];
    float[] best = new float[k];
    int held = 0;
    for (int j = 0; j < row.length; j++) {
      float x = row[j];
      if (j == i || x <= FORBIDDEN || (held == k && x <= best[k - 1])) {
        continue;
      }
      int at = held < k ? held++ : k - 1;
      while (at > 0 && best[at - 1] < x) {
        best[at] = best[at - 1];
        idx[at] = idx[at - 1];
        at--;
      }
      best[at] = x;
      idx[at] = j;
    }
    return java.util.Arrays.copyOf(idx, held);
  }
}

package dev.parallax.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A second look at the articles a batch's end leaves alone. Average link cuts a story off when its
 * mean score with a story falls below the cut, and a lone article often fails it against a story
 * whose other articles it matches less well than the one it matches best (a blog post on an event
 * beside the wire reports of it). Such a straggler joins the story of the article it scores best
 * with when that article stands out: its score is at least {@link #MARGIN} above the best score of
 * any article outside that story, and at most {@link #BELOW_CUT} below the cut. A margin needs
 * others to stand out from: an article with fewer than {@link Crowding#RANK} others it may join (a
 * handful of articles, or of days) stays as the cut left it, as it keeps the prior crowding.
 * Measured with every pool clustered at once ({@code GroupingLab attach}; docs/EVALUATION.md
 * "Stragglers"): a lone article's best other reports its event 90% of the time on ECB+ and about
 * half the time on AllSides, where the margin tells the two apart. Stateless.
 */
public final class Stragglers {
  private Stragglers() {}

  /** How far a straggler's best score must stand above its best score outside that story. */
  static final double MARGIN = 0.06;

  /**
   * How far below the batch end's cut ({@link StoryGrouper.Settings#merge}) a straggler's best
   * score may be (after {@link Crowding}): at the default cut of 0.35, 0.2.
   */
  static final double BELOW_CUT = 0.15;

  /** How many best others are kept per unit to find the best outside a story. */
  static final int KEPT = 16;

  /**
   * Each unit's {@link #KEPT} best others by score, highest first, and how many others it may join
   * at all (pairs kept apart left out): what {@link #attach} reads.
   */
  public record Nearest(int[][] index, float[][] score, int[] others) {}

  /** Reads {@code sim} (as adjusted by {@link Crowding}) before the clustering consumes it. */
  public static Nearest of(float[][] sim) {
    int n = sim.length;
    int[][] index = new int[n][];
    float[][] score = new float[n][];
    int[] others = new int[n];
    // each row alone, on every core, as Crowding reads them
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              float[] row = sim[i];
              index[i] = Crowding.best(row, i, Math.min(KEPT, n));
              score[i] = new float[index[i].length];
              for (int r = 0; r < index[i].length; r++) {
                score[i][r] = row[index[i][r]];
              }
              int allowed = 0;
              for (int j = 0; j < n; j++) {
                allowed += j != i && row[j] > Crowding.FORBIDDEN ? 1 : 0;
              }
              others[i] = allowed;
            });
    return new Nearest(index, score, others);
  }

  /**
   * Joins each cluster of one article ({@code sizes} counts a unit's articles) to the cluster of
   * its best other where that one stands out, unless a unit of that cluster is kept apart from it
   * ({@code apart}: a user separated them, or their dates are out of each other's window); {@code
   * cluster} is changed in place. Two stragglers that pick each other become one story. Returns how
   * many joined.
   */
  static int attach(
      int[] cluster, int[] sizes, Nearest nearest, PairScores.PairTest apart, double cut) {
    return joins(cluster, sizes, nearest, apart, cut).size();
  }

  /**
   * A straggler that joined: unit {@code unit} went to the cluster of unit {@code closest}, which
   * it scores {@code score} with, against {@code outside} at best outside that cluster.
   */
  record Joined(int unit, int closest, float score, float outside) {}

  /**
   * As {@link #attach(int[], int[], Nearest, PairScores.PairTest, double)}, returning each join
   * with its evidence, in unit order.
   */
  static List<Joined> joins(
      int[] cluster, int[] sizes, Nearest nearest, PairScores.PairTest apart, double cut) {
    return attach(cluster, sizes, nearest, apart, cut, MARGIN);
  }

  /**
   * {@link #attach(int[], int[], Nearest, PairScores.PairTest, double)} at another margin, with no
   * pair kept apart: how the evaluation's lab measures margins.
   */
  public static int attach(int[] cluster, int[] sizes, Nearest nearest, double cut, double margin) {
    return attach(cluster, sizes, nearest, (i, j) -> false, cut, margin).size();
  }

  private static List<Joined> attach(
      int[] cluster,
      int[] sizes,
      Nearest nearest,
      PairScores.PairTest apart,
      double cut,
      double margin) {
    int n = cluster.length;
    int[] articles = new int[n];
    for (int i = 0; i < n; i++) {
      articles[cluster[i]] += sizes[i];
    }
    int[] parent = new int[n];
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      parent[c] = c;
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      members.get(cluster[i]).add(i);
    }
    List<Joined> joined = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] idx = nearest.index()[i];
      float[] score = nearest.score()[i];
      if (articles[cluster[i]] != 1
          || nearest.others()[i] < Crowding.RANK
          || score[0] < cut - BELOW_CUT) {
        continue;
      }
      int into = cluster[idx[0]];
      // the best score outside the best other's story; when every kept other is inside, the last
      // kept bounds it, and when every other unit it may join is inside there is nothing to stand
      // out from (a handful of articles, or of days): it stays alone, as the cut left it
      float outside = Float.NaN;
      for (int r = 1; r < idx.length; r++) {
        if (cluster[idx[r]] != into) {
          outside = score[r];
          break;
        }
      }
      if (Float.isNaN(outside)) {
        if (idx.length == nearest.others()[i]) {
          continue;
        }
        outside = score[idx.length - 1];
      }
      if (score[0] - outside < margin) {
        continue;
      }
      int to = find(parent, into);
      int from = find(parent, cluster[i]);
      if (to == from || keptApart(members.get(to), members.get(from), apart)) {
        continue;
      }
      parent[from] = to;
      members.get(to).addAll(members.get(from));
      members.get(from).clear();
      joined.add(new Joined(i, idx[0], score[0], outside));
    }
    // each cluster named by its lowest index again, as the clustering names them
    int[] low = new int[n];
    Arrays.fill(low, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      cluster[i] = find(parent, cluster[i]);
      low[cluster[i]] = Math.min(low[cluster[i]], i);
    }
    for (int i = 0; i < n; i++) {
      cluster[i] = low[cluster[i]];
    }
    return joined;
  }

  /** Whether a unit of one group is kept apart from a unit of the other. */
  private static boolean keptApart(List<Integer> a, List<Integer> b, PairScores.PairTest apart) {
    for (int j : a) {
      for (int k : b) {
        if (apart.test(Math.min(j, k), Math.max(j, k))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int find(int[] parent, int c) {
    while (parent[c] != c) {
      parent[c] = parent[parent[c]];
      c = parent[c];
    }
    return c;
  }
}

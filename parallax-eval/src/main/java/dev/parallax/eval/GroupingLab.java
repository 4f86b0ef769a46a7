package dev.parallax.eval;

import dev.parallax.model.CleanDocument;
import dev.parallax.story.Agglomeration;
import dev.parallax.story.BCubed;
import dev.parallax.story.Crowding;
import dev.parallax.story.GroupingFeatures;
import dev.parallax.story.StoryGrouper;
import dev.parallax.story.Stragglers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far the grouper's pair score can take a pool when every pair is compared at once: not part of
 * the gate, a measurement for issue 13 (docs/EVALUATION.md, "What the pair score allows").
 *
 * <p>For each pool (ECB+ topics 1-35; AllSides' train and validation events, each its own pool),
 * the parts of the grouper's score for every pair of articles, with words and names weighed by the
 * whole pool's counts ({@link GroupingFeatures}), then:
 *
 * <ul>
 *   <li>how often an article's highest-scoring other article reports its event (nearest neighbour
 *       right), for the grouper's score and for each part alone;
 *   <li>B-cubed F1 of average-link clustering of the whole pool at once, cut at thresholds 0.250 to
 *       0.500, for the grouper's weights and for weight sets over a grid that adds the cosine of
 *       the titles' and of the leads' embeddings; the weight set and threshold are chosen on the
 *       tuning parts alone (ECB+ topics not divisible by 3 and AllSides train: the higher of their
 *       lower F1), and the held-out parts are read at that choice.
 * </ul>
 *
 * <p>With {@code local RANKS WEIGHTS} (for instance {@code local 3,5,10,20 0,0.25,0.5,0.75,1}) it
 * measures local scaling instead ({@code Crowding}): each pair's score less the weight times the
 * mean of the two articles' k-th best scores, for each rank k and weight; the cut is chosen on the
 * tuning parts (the higher of their lower F1) over -0.1 to 0.45, and each part is read there.
 *
 * <p>With {@code attach MARGINS} (for instance {@code attach 0.04,0.05,0.06,0.08}) it measures the
 * straggler pass ({@code Stragglers}) at each margin, every pool clustered at once with crowding.
 *
 * <pre>
 * java -Xmx12g -cp "parallax-eval/target/classes:$(cat parallax-eval/target/classpath.txt)" \
 *   dev.parallax.eval.GroupingLab [local RANKS WEIGHTS | attach MARGINS]
 * </pre>
 */
final class GroupingLab {
  private GroupingLab() {}

  private static final double[] THRESHOLDS = {
    0.25, 0.275, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.475, 0.5
  };

  /** One pool: its articles' gold stories and splits, and the parts of every pair's score. */
  private record Pool(String name, List<StoryItem> items, float[][][] parts) {}

  public static void main(String[] args) throws Exception {
    Corpora corpora = Corpora.locate();
    List<StoryItem> allsides = StoryCorpora.allsides(corpora);
    List<Pool> pools = new ArrayList<>();
    pools.add(pool("ecbplus", StoryCorpora.ecbplus(corpora)));
    pools.add(
        pool("allsides-val", allsides.stream().filter(i -> i.split().equals("held-out")).toList()));
    pools.add(
        pool("allsides-train", allsides.stream().filter(i -> i.split().equals("tune")).toList()));
    System.out.printf(
        Locale.ROOT,
        "# data: stories-ecbplus %s, stories-allsides %s%n",
        corpora.version(StoryCorpora.ECBPLUS),
        corpora.version(StoryCorpora.ALLSIDES));

    double[] grouper = {0.3, 0.5, 0.2, 0.05, 0, 0};
    if (args.length == 2 && args[0].equals("attach")) {
      attach(pools, grouper, numbers(args[1]));
      return;
    }
    if (args.length == 3 && args[0].equals("local")) {
      local(pools, grouper, numbers(args[1]), numbers(args[2]));
      return;
    }
    for (Pool p : pools) {
      nearest(p, grouper);
    }
    // weights: embedding, words, names, numbers, title embedding, lead embedding
    List<double[]> grid = new ArrayList<>();
    for (double e : new double[] {0.1, 0.2, 0.3}) {
      for (double w : new double[] {0.4, 0.5, 0.6}) {
        for (double n : new double[] {0.1, 0.2, 0.3}) {
          for (double lead : new double[] {0, 0.15}) {
            for (double title : new double[] {0, 0.15}) {
              grid.add(new double[] {e, w, n, 0.05, title, lead});
            }
          }
        }
      }
    }
    Map<String, double[]> curves = new LinkedHashMap<>();
    for (Pool p : pools) {
      for (String part : parts(p)) {
        curves.put(p.name + "/" + part + "/grouper", curve(p, part, grouper));
      }
    }
    curves.forEach((k, c) -> System.out.println(k + " " + line(c)));
    // the grid on the tuning parts only (ECB+ tune, AllSides train)
    Pool ecb = pools.get(0);
    Pool train = pools.get(2);
    double bestScore = -1;
    double[] best = null;
    int bestT = -1;
    for (double[] w : grid) {
      double[] a = curve(ecb, "tune", w);
      double[] b = curve(train, "all", w);
      for (int t = 0; t < THRESHOLDS.length; t++) {
        double s = Math.min(a[t], b[t]);
        if (s > bestScore) {
          bestScore = s;
          best = w;
          bestT = t;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "chosen on the tuning parts (%d weight sets): embedding %.2f words %.2f names %.2f numbers %.2f"
            + " title %.2f lead %.2f, threshold %.3f%n",
        grid.size(),
        best[0],
        best[1],
        best[2],
        best[3],
        best[4],
        best[5],
        THRESHOLDS[bestT]);
    for (Pool p : pools) {
      for (String part : parts(p)) {
        double[] c = curve(p, part, best);
        System.out.printf(
            Locale.ROOT,
            "%s/%s/chosen %s  at the chosen threshold %.3f%n",
            p.name,
            part,
            line(c),
            c[bestT]);
      }
    }
    double bestVal = 0;
    for (double[] w : grid) {
      for (double f : curve(pools.get(1), "all", w)) {
        bestVal = Math.max(bestVal, f);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "allsides-val: highest F1 of any weight set and threshold of the grid (an oracle) %.3f%n",
        bestVal);
  }

  private static List<String> parts(Pool p) {
    return p.name.equals("ecbplus") ? List.of("all", "tune", "held-out") : List.of("all");
  }

  private static Pool pool(String name, List<StoryItem> items) {
    List<CleanDocument> docs =
        StoriesSuite.cleaned(items).stream().map(StoryGrouper.Dated::doc).toList();
    System.err.println("grouping-lab: " + name + ": " + items.size() + " articles");
    return new Pool(name, items, GroupingFeatures.of(docs));
  }

  /** The weighted score of every pair (the day penalty always counts in full). */
  private static float[][] score(Pool p, double[] w) {
    int n = p.items.size();
    float[][] f = new float[n][n];
    float[][][] x = p.parts;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        f[i][j] =
            (float)
                (w[0] * x[GroupingFeatures.EMBEDDING][i][j]
                    + w[1] * x[GroupingFeatures.WORDS][i][j]
                    + w[2] * x[GroupingFeatures.NAMES][i][j]
                    + w[3] * x[GroupingFeatures.NUMBERS][i][j]
                    + w[4] * x[GroupingFeatures.TITLE][i][j]
                    + w[5] * x[GroupingFeatures.LEAD][i][j]
                    - x[GroupingFeatures.DAY][i][j]);
      }
    }
    return f;
  }

  private static void nearest(Pool p, double[] grouper) {
    StringBuilder out = new StringBuilder(p.name + ": nearest neighbour reports the same event:");
    out.append(String.format(Locale.ROOT, " grouper's score %.3f", nearest(p, score(p, grouper))));
    String[] names = {"embedding", "words", "names", "title", "lead"};
    int[] parts = {
      GroupingFeatures.EMBEDDING,
      GroupingFeatures.WORDS,
      GroupingFeatures.NAMES,
      GroupingFeatures.TITLE,
      GroupingFeatures.LEAD
    };
    for (int k = 0; k < parts.length; k++) {
      out.append(String.format(Locale.ROOT, ", %s %.3f", names[k], nearest(p, p.parts[parts[k]])));
    }
    System.out.println(out);
  }

  private static double nearest(Pool p, float[][] s) {
    int n = p.items.size();
    int right = 0;
    for (int i = 0; i < n; i++) {
      int best = -1;
      for (int j = 0; j < n; j++) {
        if (j != i && (best < 0 || s[i][j] > s[i][best])) {
          best = j;
        }
      }
      if (p.items.get(best).story().equals(p.items.get(i).story())) {
        right++;
      }
    }
    return right / (double) n;
  }

  /** B-cubed F1 of the part at each threshold: one dendrogram, cut at each. */
  private static double[] curve(Pool p, String part, double[] w) {
    return cuts(p, part, score(p, w), THRESHOLDS);
  }

  /** B-cubed F1 of the part at each of {@code cuts} of one dendrogram; {@code sim} is consumed. */
  private static double[] cuts(Pool p, String part, float[][] sim, double[] cuts) {
    int n = p.items.size();
    List<int[]> merges = new ArrayList<>();
    List<Float> at = new ArrayList<>();
    int[] ones = new int[n];
    java.util.Arrays.fill(ones, 1);
    Agglomeration.averageLink(
        sim,
        ones,
        Double.NEGATIVE_INFINITY,
        (keep, gone, similarity) -> {
          merges.add(new int[] {keep, gone});
          at.add(similarity);
        });
    double[] out = new double[cuts.length];
    for (int t = 0; t < cuts.length; t++) {
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      for (int m = 0; m < merges.size(); m++) {
        if (at.get(m) >= cuts[t]) {
          parent[find(parent, merges.get(m)[1])] = find(parent, merges.get(m)[0]);
        }
      }
      Map<String, String> predicted = new HashMap<>();
      Map<String, String> gold = new HashMap<>();
      for (int i = 0; i < n; i++) {
        StoryItem item = p.items.get(i);
        if (part.equals("all") || item.split().equals(part)) {
          predicted.put(item.id(), "c" + find(parent, i));
          gold.put(item.id(), item.story());
        }
      }
      out[t] = BCubed.score(predicted, gold).f1();
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static String line(double[] curve) {
    StringBuilder b = new StringBuilder();
    for (int t = 0; t < THRESHOLDS.length; t++) {
      b.append(String.format(Locale.ROOT, " %.3f:%.3f", THRESHOLDS[t], curve[t]));
    }
    return b.toString().strip();
  }

  private static double[] numbers(String list) {
    return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  private static final double[] WIDE = {
    -0.1, -0.075, -0.05, -0.025, 0, 0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25,
    0.275, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45
  };

  /**
   * Local scaling: each pair's score less the weight times the mean of the two articles' k-th best
   * scores against the pool (how crowded each one's neighbourhood is).
   */
  private static void local(List<Pool> pools, double[] w, double[] ranks, double[] weights) {
    Map<Pool, float[][]> base = new HashMap<>();
    for (Pool p : pools) {
      base.put(p, score(p, w));
    }
    for (double rank : ranks) {
      int k = (int) rank;
      for (double lambda : weights) {
        Map<String, double[]> curves = new LinkedHashMap<>();
        for (Pool p : pools) {
          float[][] s = base.get(p);
          int n = s.length;
          double[] kth = new double[n];
          for (int i = 0; i < n; i++) {
            float[] row = new float[n - 1];
            int c = 0;
            for (int j = 0; j < n; j++) {
              if (j != i) {
                row[c++] = s[i][j];
              }
            }
            java.util.Arrays.sort(row);
            kth[i] = row[Math.max(0, row.length - k)];
          }
          float[][] t = new float[n][n];
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              t[i][j] = (float) (s[i][j] - lambda * (kth[i] + kth[j]) / 2);
            }
          }
          for (String part : parts(p)) {
            curves.put(p.name + "/" + part, wideCurve(p, part, t));
          }
        }
        double[] ecbTune = curves.get("ecbplus/tune");
        double[] train = curves.get("allsides-train/all");
        int bt = 0;
        for (int i = 0; i < WIDE.length; i++) {
          if (Math.min(ecbTune[i], train[i]) > Math.min(ecbTune[bt], train[bt])) {
            bt = i;
          }
        }
        StringBuilder out =
            new StringBuilder(
                String.format(Locale.ROOT, "k %d weight %.3f cut %.3f:", k, lambda, WIDE[bt]));
        for (Map.Entry<String, double[]> e : curves.entrySet()) {
          double best = 0;
          for (double f : e.getValue()) {
            best = Math.max(best, f);
          }
          out.append(
              String.format(
                  Locale.ROOT, " %s %.3f (best %.3f)", e.getKey(), e.getValue()[bt], best));
        }
        System.out.println(out);
      }
    }
  }

  /** B-cubed F1 of the part at each cut of {@link #WIDE}; {@code sim} is left as it was. */
  private static double[] wideCurve(Pool p, String part, float[][] sim0) {
    float[][] sim = new float[sim0.length][];
    for (int i = 0; i < sim0.length; i++) {
      sim[i] = sim0[i].clone();
    }
    return cuts(p, part, sim, WIDE);
  }

  /**
   * The straggler pass ({@code Stragglers}) measured: every pool clustered at once as a batch's end
   * clusters it (crowding, average link cut at 0.35), then the pass at each margin; with how often
   * a lone article's best other reports its event, and the margin of right and wrong ones.
   */
  private static void attach(List<Pool> pools, double[] w, double[] margins) {
    for (Pool p : pools) {
      float[][] t = score(p, w);
      int n = t.length;
      int[] ones = new int[n];
      java.util.Arrays.fill(ones, 1);
      Crowding.adjust(t, ones);
      Stragglers.Nearest nearest = Stragglers.of(t);
      float[][] sim = new float[n][];
      for (int i = 0; i < n; i++) {
        sim[i] = t[i].clone();
      }
      int[] base = Agglomeration.averageLink(sim, ones, CUT, (keep, gone, at) -> {});
      Map<Integer, Integer> size = new HashMap<>();
      for (int c : base) {
        size.merge(c, 1, Integer::sum);
      }
      int singles = 0;
      int right = 0;
      List<Double> rightMargins = new ArrayList<>();
      List<Double> wrongMargins = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (size.get(base[i]) != 1) {
          continue;
        }
        singles++;
        int b = nearest.index()[i][0];
        double second = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
          if (j != i && base[j] != base[b] && t[i][j] > second) {
            second = t[i][j];
          }
        }
        boolean ok = p.items.get(b).story().equals(p.items.get(i).story());
        right += ok ? 1 : 0;
        (ok ? rightMargins : wrongMargins).add(t[i][b] - second);
      }
      StringBuilder out =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%s: %d alone after the cut, best other right %.3f; margin (10/25/50/75/90%%)"
                      + " right %s, wrong %s; without the pass %s",
                  p.name,
                  singles,
                  right / (double) Math.max(1, singles),
                  quantiles(rightMargins),
                  quantiles(wrongMargins),
                  f1s(p, base)));
      for (double m : margins) {
        int[] c = base.clone();
        int joined = Stragglers.attach(c, ones, nearest, CUT, m);
        out.append(String.format(Locale.ROOT, " | margin %.2f: %d join, %s", m, joined, f1s(p, c)));
      }
      System.out.println(out);
    }
  }

  private static final double CUT = 0.35;

  private static String quantiles(List<Double> v) {
    java.util.Collections.sort(v);
    StringBuilder b = new StringBuilder();
    for (double f : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
      b.append(
          String.format(
              Locale.ROOT,
              b.length() == 0 ? "%.3f" : "/%.3f",
              v.isEmpty() ? Double.NaN : v.get((int) (f * (v.size() - 1)))));
    }
    return b.toString();
  }

  private static String f1s(Pool p, int[] cluster) {
    StringBuilder b = new StringBuilder();
    for (String part : parts(p)) {
      Map<String, String> predicted = new HashMap<>();
      Map<String, String> gold = new HashMap<>();
      for (int i = 0; i < cluster.length; i++) {
        StoryItem item = p.items.get(i);
        if (part.equals("all") || item.split().equals(part)) {
          predicted.put(item.id(), "c" + cluster[i]);
          gold.put(item.id(), item.story());
        }
      }
      b.append(String.format(Locale.ROOT, "%s %.4f ", part, BCubed.score(predicted, gold).f1()));
    }
    return b.toString().strip();
  }
}

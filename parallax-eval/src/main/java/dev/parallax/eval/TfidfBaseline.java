package dev.parallax.eval;

import dev.parallax.story.Agglomeration;
import dev.parallax.story.BCubed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classic story-grouping baseline the story suites report beside Parallax: TF-IDF vectors
 * (lower-cased words of two or more characters, smoothed IDF, L2-normalised, as scikit-learn's
 * default {@code TfidfVectorizer}), cosine similarity, and average-link agglomerative clustering
 * cut at the threshold that scores best against the gold (so the baseline is given an advantage
 * Parallax does not have: its threshold is picked on the answers).
 */
final class TfidfBaseline {
  private static final Pattern TOKEN =
      Pattern.compile("\\b\\w\\w+\\b", Pattern.UNICODE_CHARACTER_CLASS);

  /** The best cut: its similarity threshold and score. */
  record Best(double threshold, BCubed.Score score, int clusters, Map<Integer, Double> fixed) {}

  /**
   * Thresholds (in hundredths) at which the baseline's F1 is also reported, one cut for every pool:
   * what the baseline scores when, like Parallax, it must use one setting for all corpora.
   */
  static final List<Integer> FIXED = List.of(20, 25, 30);

  private TfidfBaseline() {}

  static Best best(List<String> ids, List<String> texts, Map<String, String> gold) {
    int n = texts.size();
    float[][] sim = similarities(texts);
    List<double[]> merges = averageLink(sim); // {distance, a, b}
    merges.sort((x, y) -> Double.compare(x[0], y[0]));
    Best best = null;
    Map<Integer, Double> fixed = new HashMap<>();
    for (int t = 99; t >= 1; t--) {
      double threshold = t / 100.0;
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      int clusters = n;
      for (double[] m : merges) {
        if (1 - m[0] < threshold) {
          break;
        }
        int a = find(parent, (int) m[1]);
        int b = find(parent, (int) m[2]);
        if (a != b) {
          parent[a] = b;
          clusters--;
        }
      }
      Map<String, String> predicted = new HashMap<>();
      for (int i = 0; i < n; i++) {
        predicted.put(ids.get(i), "c" + find(parent, i));
      }
      BCubed.Score s = BCubed.score(predicted, gold);
      if (FIXED.contains(t)) {
        fixed.put(t, s.f1());
      }
      if (best == null || s.f1() > best.score().f1()) {
        best = new Best(threshold, s, clusters, Map.of());
      }
    }
    return new Best(best.threshold(), best.score(), best.clusters(), Map.copyOf(fixed));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  static float[][] similarities(List<String> texts) {
    int n = texts.size();
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (String t : texts) {
      Map<String, Integer> c = new HashMap<>();
      Matcher m = TOKEN.matcher(t.toLowerCase(Locale.ROOT));
      while (m.find()) {
        c.merge(m.group(), 1, Integer::sum);
      }
      c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      counts.add(c);
    }
    Map<String, Integer> vocab = new HashMap<>();
    List<int[]> idx = new ArrayList<>();
    List<float[]> val = new ArrayList<>();
    for (Map<String, Integer> c : counts) {
      int[] is = new int[c.size()];
      float[] vs = new float[c.size()];
      int k = 0;
      double norm = 0;
      for (Map.Entry<String, Integer> e : c.entrySet()) {
        double idf = Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1;
        double w = e.getValue() * idf;
        is[k] = vocab.computeIfAbsent(e.getKey(), x -> vocab.size());
        vs[k] = (float) w;
        norm += w * w;
        k++;
      }
      float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < vs.length; j++) {
        vs[j] *= inv;
      }
      idx.add(is);
      val.add(vs);
    }
    float[][] sim = new float[n][n];
    float[] dense = new float[vocab.size()];
    for (int i = 0; i < n; i++) {
      int[] is = idx.get(i);
      float[] vs = val.get(i);
      for (int k = 0; k < is.length; k++) {
        dense[is[k]] = vs[k];
      }
      for (int j = i; j < n; j++) {
        int[] js = idx.get(j);
        float[] ws = val.get(j);
        double dot = 0;
        for (int k = 0; k < js.length; k++) {
          dot += dense[js[k]] * ws[k];
        }
        sim[i][j] = (float) dot;
        sim[j][i] = (float) dot;
      }
      for (int k = 0; k < is.length; k++) {
        dense[is[k]] = 0;
      }
    }
    return sim;
  }

  /**
   * Average-link clustering down to one cluster (the grouper's nearest-neighbour chain, {@link
   * Agglomeration}): every merge as {distance, a, b}, with distance 1 - similarity, in the order
   * made.
   */
  static List<double[]> averageLink(float[][] sim) {
    int[] ones = new int[sim.length];
    java.util.Arrays.fill(ones, 1);
    List<double[]> merges = new ArrayList<>();
    Agglomeration.averageLink(
        sim,
        ones,
        Double.NEGATIVE_INFINITY,
        (keep, gone, similarity) -> merges.add(new double[] {1 - similarity, keep, gone}));
    return merges;
  }
}

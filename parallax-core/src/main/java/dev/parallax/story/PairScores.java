package dev.parallax.story;

import dev.parallax.story.StoryGrouper.Settings;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * {@link Scoring#score(OpenStory, OpenStory)} over every pair of many stories at once: each story's
 * words, names and numbers are made sorted arrays over one vocabulary first, and the rarity of each
 * name is looked up once, so that a pair costs a few merges of short arrays instead of hash
 * lookups. The same score as {@link Scoring#score} up to the order sums are added in ({@code
 * PairScoresTest}). The matrix is filled on every core.
 */
final class PairScores {
  private final Settings settings;
  private final Scoring scoring;

  PairScores(Settings settings, Scoring scoring) {
    this.settings = settings;
    this.scoring = scoring;
  }

  /** One story made ready. */
  private record Ready(
      OpenStory story,
      double articles,
      int[] words,
      double[] wordWeights,
      int[] names,
      double[] nameWeights,
      int[] counted,
      int[] numbers,
      Set<LocalDate> days) {}

  /**
   * The score of every pair, {@code apart.test(i, j)} pairs (a user separated them, or they are out
   * of each other's window) at -10. Symmetric; the diagonal is 0.
   */
  float[][] matrix(List<OpenStory> units, PairTest apart) {
    int n = units.size();
    Map<String, Integer> vocabulary = new HashMap<>();
    Ready[] ready = new Ready[n];
    for (int i = 0; i < n; i++) {
      ready[i] = ready(units.get(i), vocabulary);
    }
    // rarity is read for names only
    String[] keys = new String[vocabulary.size()];
    vocabulary.forEach((k, id) -> keys[id] = k);
    double[] rarity = new double[keys.length];
    Arrays.fill(rarity, -1);
    for (Ready r : ready) {
      for (int id : r.counted) {
        if (rarity[id] < 0) {
          rarity[id] = scoring.rarityOf(keys[id]);
        }
      }
    }
    float[][] sim = new float[n][n];
    int size = vocabulary.size();
    // rows dealt round to as many parts as cores, each with a row of its own (a row's length falls
    // with its index, so dealing round evens the parts out)
    int parts = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            part -> {
              Row row = new Row(size);
              for (int i = part; i < n; i += parts) {
                row.spread(ready[i], i + 1);
                for (int j = i + 1; j < n; j++) {
                  sim[i][j] =
                      apart.test(i, j) ? -10 : (float) score(ready[i], row, ready[j], rarity);
                }
                row.clear(ready[i]);
              }
            });
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[j][i] = sim[i][j];
      }
    }
    return sim;
  }

  /**
   * One story spread over the vocabulary, so that scoring it against another reads the other's ids
   * only: its word and name weights by id, and the ids of its names and numbers marked with a stamp
   * (the row's number plus one, so that a row needs no clearing of its marks).
   */
  private static final class Row {
    final double[] words;
    final double[] names;
    final int[] counted;
    final int[] numbers;
    int stamp;

    Row(int size) {
      words = new double[size];
      names = new double[size];
      counted = new int[size];
      numbers = new int[size];
    }

    void spread(Ready a, int stamp) {
      this.stamp = stamp;
      for (int k = 0; k < a.words.length; k++) {
        words[a.words[k]] = a.wordWeights[k];
      }
      for (int k = 0; k < a.names.length; k++) {
        names[a.names[k]] = a.nameWeights[k];
      }
      for (int id : a.counted) {
        counted[id] = stamp;
      }
      for (int id : a.numbers) {
        numbers[id] = stamp;
      }
    }

    void clear(Ready a) {
      for (int id : a.words) {
        words[id] = 0;
      }
      for (int id : a.names) {
        names[id] = 0;
      }
    }
  }

  /** Whether two units are kept apart whatever their score. */
  @FunctionalInterface
  interface PairTest {
    boolean test(int i, int j);
  }

  private double score(Ready a, Row row, Ready b, double[] rarity) {
    double n = a.articles * b.articles;
    double names = 0;
    for (int k = 0; k < b.names.length; k++) {
      names += row.names[b.names[k]] * b.nameWeights[k];
    }
    names /= n;
    names = names > 0 ? names * evidence(row, b.counted, rarity) : 0;
    int numbers = 0;
    for (int id : b.numbers) {
      numbers += row.numbers[id] == row.stamp ? 1 : 0;
    }
    double words = 0;
    for (int k = 0; k < b.words.length; k++) {
      words += row.words[b.words[k]] * b.wordWeights[k];
    }
    return settings.embeddingWeight() * dot(a.story.sum, b.story.sum) / n
        + settings.wordWeight() * words / n
        + settings.nameWeight() * names
        + settings.numberWeight() * Math.min(1.0, numbers / Scoring.NUMBERS_FULL)
        - Scoring.dayPenalty(a.days, b.days);
  }

  /** {@link Scoring#nameEvidence} of the names both use. */
  private static double evidence(Row row, int[] theirs, double[] rarity) {
    double best = 0;
    for (int id : theirs) {
      if (row.counted[id] == row.stamp) {
        best = Math.max(best, rarity[id]);
        if (best >= Scoring.RARE_NAME) {
          return 1;
        }
      }
    }
    return best / Scoring.RARE_NAME;
  }

  /** The embedding sums' dot product, four running sums at a time. */
  private static double dot(float[] a, float[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 3 < a.length; i += 4) {
      s0 += a[i] * (double) b[i];
      s1 += a[i + 1] * (double) b[i + 1];
      s2 += a[i + 2] * (double) b[i + 2];
      s3 += a[i + 3] * (double) b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * (double) b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  private static Ready ready(OpenStory s, Map<String, Integer> vocabulary) {
    Sparse words = sparse(s.words, vocabulary);
    Sparse names = sparse(s.names, vocabulary);
    List<String> numbers = s.numbers.keySet().stream().filter(x -> !Scoring.isYear(x)).toList();
    return new Ready(
        s,
        Math.max(1, s.articles),
        words.ids,
        words.weights,
        names.ids,
        names.weights,
        sparse(s.counts.keySet(), vocabulary).ids,
        sparse(numbers, vocabulary).ids,
        s.eventDays.keySet());
  }

  /** Ids in ascending order, with each one's weight. */
  private record Sparse(int[] ids, double[] weights) {}

  private static Sparse sparse(Map<String, Double> v, Map<String, Integer> vocabulary) {
    long[] packed = new long[v.size()];
    double[] byKey = new double[v.size()];
    int k = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      byKey[k] = e.getValue();
      packed[k] = ((long) id(e.getKey(), vocabulary) << 32) | k;
      k++;
    }
    Arrays.sort(packed);
    int[] ids = new int[packed.length];
    double[] weights = new double[packed.length];
    for (int i = 0; i < packed.length; i++) {
      ids[i] = (int) (packed[i] >>> 32);
      weights[i] = byKey[(int) packed[i]];
    }
    return new Sparse(ids, weights);
  }

  private static Sparse sparse(Collection<String> keys, Map<String, Integer> vocabulary) {
    int[] ids = new int[keys.size()];
    int k = 0;
    for (String key : keys) {
      ids[k++] = id(key, vocabulary);
    }
    Arrays.sort(ids);
    return new Sparse(ids, new double[0]);
  }

  private static int id(String key, Map<String, Integer> vocabulary) {
    Integer id = vocabulary.get(key);
    if (id == null) {
      id = vocabulary.size();
      vocabulary.put(key, id);
    }
    return id;
  }
}

package dev.parallax.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How strongly two sentences state the same thing: the cosine of their embeddings, weighted with the
 * overlap of their features (content lemmas, entities, numbers, dates), plus a bonus for word pairs
 * carried over verbatim and for words both put in quotation marks. Features are weighted by their
 * rarity in the story (IDF), so the story's topic words count for little. Embeddings alone rate boilerplate high against any lead sentence and
 * unrelated sentences on one topic too close; shared features alone miss paraphrase.
 */
final class PairScorer {
  private final float[][] vectors;
  private final List<Set<String>> features;
  private final Map<String, Double> idf = new HashMap<>();
  private final double[] mass;
  private final double[] phraseMass;
  /** Whether a sentence quotes anything: most do not, and then the quote checks are skipped. */
  private final boolean[] quotes;
  private final double cosineWeight;
  private final double phraseWeight;

  PairScorer(float[][] vectors, List<Set<String>> features, double cosineWeight, double phraseWeight) {
    this.vectors = vectors;
    this.features = features;
    this.cosineWeight = cosineWeight;
    this.phraseWeight = phraseWeight;
    Map<String, Integer> df = new HashMap<>();
    for (Set<String> f : features) {
      for (String x : f) {
        df.merge(x, 1, Integer::sum);
      }
    }
    int n = features.size();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      idf.put(e.getKey(), Math.log((n + 1.0) / e.getValue()));
    }
    mass = new double[n];
    phraseMass = new double[n];
    quotes = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (String x : features.get(i)) {
        quotes[i] |= x.startsWith("q");
        if (isQuoted(x)) {
          continue;
        }
        if (isPhrase(x)) {
          phraseMass[i] += idf.get(x);
        } else {
          mass[i] += idf.get(x);
        }
      }
    }
  }

  private static boolean isPhrase(String feature) {
    return feature.startsWith("b:");
  }

  private static boolean isQuoted(String feature) {
    return feature.startsWith("qb:");
  }

  /** Whether both sentences put one same content word in quotation marks. */
  boolean quoteWord(int i, int j) {
    if (!quotes[i] || !quotes[j]) {
      return false;
    }
    Set<String> a = features.get(i);
    Set<String> b = features.get(j);
    for (String x : a.size() <= b.size() ? a : b) {
      if (x.startsWith("q:") && (a.size() <= b.size() ? b : a).contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** Word pairs that both sentences quote: how much of the same quotation they share. */
  int quotedPairs(int i, int j) {
    if (!quotes[i] || !quotes[j]) {
      return 0;
    }
    Set<String> a = features.get(i);
    Set<String> b = features.get(j);
    int shared = 0;
    for (String x : a.size() <= b.size() ? a : b) {
      if (isQuoted(x) && (a.size() <= b.size() ? b : a).contains(x)) {
        shared++;
      }
    }
    return shared;
  }

  double weight(String feature) {
    return idf.getOrDefault(feature, 0.0);
  }

  double cosine(int i, int j) {
    return SentenceEmbedder.dot(vectors[i], vectors[j]);
  }

  /** IDF-weighted Dice overlap of the two sentences' word, name, number and date features, 0..1. */
  double overlap(int i, int j) {
    return dice(i, j, false, mass);
  }

  /** IDF-weighted Dice overlap of the two sentences' adjacent word pairs, 0..1. */
  double phrase(int i, int j) {
    return dice(i, j, true, phraseMass);
  }

  private double dice(int i, int j, boolean phrases, double[] m) {
    if (m[i] + m[j] == 0) {
      return 0;
    }
    Set<String> a = features.get(i);
    Set<String> b = features.get(j);
    if (a.size() > b.size()) {
      Set<String> t = a;
      a = b;
      b = t;
    }
    double shared = 0;
    for (String x : a) {
      if (!isQuoted(x) && isPhrase(x) == phrases && b.contains(x)) {
        shared += idf.get(x);
      }
    }
    return 2 * shared / (m[i] + m[j]);
  }

  /**
   * Two sentences that put the same word in quotation marks are citing the same utterance, so they
   * get {@link #QUOTE_WORD} more. Two sentences quoting the same run of words ({@link #QUOTED_RUN} word pairs) report the same
   * statement however differently they frame it, so such a pair scores at least {@link #QUOTED}.
   */
  double score(int i, int j) {
    double s = cosineWeight * cosine(i, j) + (1 - cosineWeight) * overlap(i, j) + phraseWeight * phrase(i, j)
        + (quoteWord(i, j) ? QUOTE_WORD : 0);
    return quotedPairs(i, j) >= QUOTED_RUN ? Math.max(s, QUOTED) : s;
  }

  static final int QUOTED_RUN = 4;
  static final double QUOTED = 0.6;
  /** Added when both sentences quote one same content word (a scare-quoted "botched" in each). */
  static final double QUOTE_WORD = 0.1;
}

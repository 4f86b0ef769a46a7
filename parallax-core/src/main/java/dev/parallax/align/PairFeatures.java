package dev.parallax.align;

import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the pair model reads about two units (sentences or clauses) of different articles: how close
 * their embeddings are, how much they share word for word (TF-IDF cosine, content words weighted by
 * rarity in the story, word pairs, names, numbers, dates, quoted words), how each compares with the
 * other's best match in the same article, where they stand in their articles and how long they are.
 * Every value is a plain number; {@link #NAMES} gives their order, which the model file repeats.
 * Built once per story; {@link #of} is then read-only and thread-safe.
 */
final class PairFeatures {
  /** The features in the order {@link #of} returns them. */
  static final List<String> NAMES =
      List.of(
          "cosine", // embedding cosine
          "cosine-gap-min", // cosine minus the better of the two units' best cosine in the other's
          // article
          "cosine-gap-max", // the same with the worse of the two: 0 when one is the other's best
          // match
          "tfidf", // TF-IDF cosine of the units' words (IDF over the story's units)
          "tfidf-gap-min", // as cosine-gap-min, on the TF-IDF cosine
          "overlap", // rarity-weighted Dice overlap of content words, names, numbers and dates
          "entities", // rarity-weighted Dice overlap of story entities
          "shared-entities", // story entities both name (at most 5)
          "shared-numbers", // numbers both give (at most 3)
          "number-conflict", // 1 when both give numbers and share none
          "shared-dates", // resolved dates both give (at most 3)
          "quoted-pairs", // adjacent word pairs both quote (at most 10)
          "quoted-word", // 1 when both put one same content word in quotation marks
          "rare-words", // summed rarity of shared content words, in units of the story's largest
          "phrases", // rarity-weighted Dice overlap of adjacent word pairs
          "containment", // share of the smaller unit's content words, names and numbers the other
          // has
          "position-min", // the earlier unit's place in its article, 0 (first) .. 1 (last)
          "position-diff", // how far apart the two places are
          "length-min", // log(1 + words) of the shorter unit
          "length-max", // log(1 + words) of the longer unit
          "clauses", // how many of the two are clauses of a longer sentence (0..2)
          "hub", // mean best cosine of the two units in the other articles: leads resemble
          // everything
          "cosine-z-min", // cosine in standard deviations above the unit's mean cosine with the
          // other's article, worse of two
          "cosine-z-max", // the same, better of the two
          "context", // cosine of the units before the two, or after them, whichever is higher
          "verbs"); // rarity-weighted Dice overlap of content verbs: the event both report

  private static final int SHARED_ENTITIES = 5;
  private static final int SHARED_NUMBERS = 3;
  private static final int SHARED_DATES = 3;
  private static final int QUOTED_PAIRS = 10;

  /** Added to a spread of cosines so that an article of near-equal sentences gives no huge z. */
  private static final double SD_FLOOR = 0.05;

  private final int n;
  private final float[][] vectors;
  private final List<Set<String>> features;
  private final int[] art;
  private final double[] position;
  private final int[] words;
  private final boolean[] clause;
  private final Map<String, Double> idf = new HashMap<>();
  private final double maxIdf;
  private final double[] mass;
  private final double[] entityMass;
  private final double[] phraseMass;
  private final boolean[] quotes;
  private final boolean[] numbers;

  /** Sparse L2-normalised TF-IDF vectors over lower-cased words: term index and weight. */
  private final int[][] termIndex;

  private final float[][] termWeight;
  private final double[][] bestCosine;
  private final double[][] bestTfidf;
  private final double[] hub;
  private final double[][] cosines;
  private final double[][] tfidfs;
  private final int[] contents;
  private final double[][] meanCosine;
  private final double[][] sdCosine;

  /** The unit before and after each in its article, or -1. */
  private final int[] before;

  private final int[] after;
  private final List<Set<String>> verbs;
  private final double[] verbMass;
  private final Map<String, Integer> verbDf;

  /**
   * @param units the units of every article, in article order
   * @param features each unit's {@link SentenceFeatures}
   * @param vectors each unit's unit-length embedding
   * @param art each unit's article index (0..articles-1)
   * @param position each unit's place in its article, 0..1
   * @param clause whether a unit is a clause of a longer sentence
   */
  PairFeatures(
      List<Sentence> units,
      List<Set<String>> features,
      float[][] vectors,
      int[] art,
      double[] position,
      boolean[] clause,
      int articles) {
    this.n = units.size();
    this.vectors = vectors;
    this.features = features;
    this.art = art;
    this.position = position;
    this.clause = clause;
    Map<String, Integer> df = new HashMap<>();
    for (Set<String> f : features) {
      for (String x : f) {
        df.merge(x, 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      idf.put(e.getKey(), Math.log((n + 1.0) / e.getValue()));
    }
    maxIdf = Math.log(n + 1.0);
    mass = new double[n];
    entityMass = new double[n];
    phraseMass = new double[n];
    quotes = new boolean[n];
    numbers = new boolean[n];
    words = new int[n];
    for (int i = 0; i < n; i++) {
      words[i] = Clauses.words(units.get(i).tokens(), 0, units.get(i).tokens().size());
      for (String x : features.get(i)) {
        quotes[i] |= x.startsWith("q");
        numbers[i] |= x.startsWith("n:");
        if (isQuoted(x)) {
          continue;
        }
        if (isPhrase(x)) {
          phraseMass[i] += idf.get(x);
        } else {
          mass[i] += idf.get(x);
          if (x.startsWith("e:")) {
            entityMass[i] += idf.get(x);
          }
        }
      }
    }
    before = new int[n];
    after = new int[n];
    for (int i = 0; i < n; i++) {
      before[i] = i > 0 && art[i - 1] == art[i] ? i - 1 : -1;
      after[i] = i + 1 < n && art[i + 1] == art[i] ? i + 1 : -1;
    }
    verbs = new java.util.ArrayList<>();
    Map<String, Integer> verbDf = new HashMap<>();
    for (Sentence u : units) {
      Set<String> v = new java.util.HashSet<>();
      for (Token t : u.tokens()) {
        if (t.pos().startsWith("VB") && SentenceFeatures.isContent(t)) {
          v.add(SentenceFeatures.lemma(t));
        }
      }
      v.forEach(x -> verbDf.merge(x, 1, Integer::sum));
      verbs.add(v);
    }
    verbMass = new double[n];
    for (int i = 0; i < n; i++) {
      for (String v : verbs.get(i)) {
        verbMass[i] += Math.log((n + 1.0) / verbDf.get(v));
      }
    }
    this.verbDf = verbDf;
    contents = new int[n];
    for (int i = 0; i < n; i++) {
      contents[i] = contentCount(features.get(i));
    }
    termIndex = new int[n][];
    termWeight = new float[n][];
    tfidf(units);
    bestCosine = new double[n][articles];
    bestTfidf = new double[n][articles];
    hub = new double[n];
    meanCosine = new double[n][articles];
    sdCosine = new double[n][articles];
    int[] count = new int[articles];
    for (int i = 0; i < n; i++) {
      count[art[i]]++;
    }
    // both similarities once per pair: every feature vector reads them, and the bests read them all
    cosines = new double[n][n];
    tfidfs = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (art[i] != art[j]) {
          cosines[i][j] = cosines[j][i] = SentenceEmbedder.dot(vectors[i], vectors[j]);
          tfidfs[i][j] = tfidfs[j][i] = tfidfOf(i, j);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      double[] sq = new double[articles];
      for (int j = 0; j < n; j++) {
        if (art[i] != art[j]) {
          double c = cosine(i, j);
          bestCosine[i][art[j]] = Math.max(bestCosine[i][art[j]], c);
          bestTfidf[i][art[j]] = Math.max(bestTfidf[i][art[j]], tfidf(i, j));
          meanCosine[i][art[j]] += c / count[art[j]];
          sq[art[j]] += c * c / count[art[j]];
        }
      }
      for (int a = 0; a < articles; a++) {
        sdCosine[i][a] = Math.sqrt(Math.max(0, sq[a] - meanCosine[i][a] * meanCosine[i][a]));
      }
      double sum = 0;
      for (int a = 0; a < articles; a++) {
        sum += a == art[i] ? 0 : bestCosine[i][a];
      }
      hub[i] = articles > 1 ? sum / (articles - 1) : 0;
    }
  }

  private void tfidf(List<Sentence> units) {
    List<Map<String, Integer>> counts = new java.util.ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Sentence u : units) {
      Map<String, Integer> c = new HashMap<>();
      for (Token t : u.tokens()) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.length() >= 2 && Character.isLetterOrDigit(w.charAt(0))) {
          c.merge(w, 1, Integer::sum);
        }
      }
      c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      counts.add(c);
    }
    Map<String, Integer> vocabulary = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Map<String, Integer> c = counts.get(i);
      int[] is = new int[c.size()];
      float[] ws = new float[c.size()];
      double norm = 0;
      int k = 0;
      for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(c).entrySet()) {
        double w = e.getValue() * (Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1);
        is[k] = vocabulary.computeIfAbsent(e.getKey(), x -> vocabulary.size());
        ws[k] = (float) w;
        norm += w * w;
        k++;
      }
      for (int m = 0; m < k; m++) {
        ws[m] = norm == 0 ? 0 : (float) (ws[m] / Math.sqrt(norm));
      }
      // sorted by term index, so two units' terms meet in one merge pass
      Integer[] order = new Integer[k];
      for (int m = 0; m < k; m++) {
        order[m] = m;
      }
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(is[a], is[b]));
      termIndex[i] = new int[k];
      termWeight[i] = new float[k];
      for (int m = 0; m < k; m++) {
        termIndex[i][m] = is[order[m]];
        termWeight[i][m] = ws[order[m]];
      }
    }
  }

  int size() {
    return n;
  }

  /** The embedding cosine of two units of different articles. */
  double cosine(int i, int j) {
    return cosines[i][j];
  }

  /** The TF-IDF cosine of two units of different articles. */
  double tfidf(int i, int j) {
    return tfidfs[i][j];
  }

  private double tfidfOf(int i, int j) {
    int[] a = termIndex[i];
    int[] b = termIndex[j];
    double dot = 0;
    int x = 0;
    int y = 0;
    while (x < a.length && y < b.length) {
      if (a[x] == b[y]) {
        dot += termWeight[i][x++] * termWeight[j][y++];
      } else if (a[x] < b[y]) {
        x++;
      } else {
        y++;
      }
    }
    return dot;
  }

  /** Rarity (IDF) of a feature in the story: 0 for one it does not have. */
  double weight(String feature) {
    return idf.getOrDefault(feature, 0.0);
  }

  /**
   * The features of units {@code i} and {@code j}, of different articles, in {@link #NAMES} order.
   */
  double[] of(int i, int j) {
    double cos = cosine(i, j);
    double tf = tfidf(i, j);
    double gapI = cos - bestCosine[i][art[j]];
    double gapJ = cos - bestCosine[j][art[i]];
    double tfGap = Math.min(tf - bestTfidf[i][art[j]], tf - bestTfidf[j][art[i]]);
    Set<String> a = features.get(i);
    Set<String> b = features.get(j);
    if (a.size() > b.size()) {
      Set<String> t = a;
      a = b;
      b = t;
    }
    double shared = 0;
    double sharedEntities = 0;
    double sharedPhrases = 0;
    double rare = 0;
    int entities = 0;
    int nums = 0;
    int dates = 0;
    int quoted = 0;
    boolean quotedWord = false;
    int content = 0;
    for (String x : a) {
      if (!b.contains(x)) {
        continue;
      }
      if (isQuoted(x)) {
        quoted++;
        continue;
      }
      if (x.startsWith("q:")) {
        quotedWord = true;
        continue;
      }
      double w = idf.get(x);
      if (isPhrase(x)) {
        sharedPhrases += w;
        continue;
      }
      shared += w;
      switch (x.charAt(0)) {
        case 'e' -> {
          sharedEntities += w;
          entities++;
          content++;
        }
        case 'n' -> {
          nums++;
          content++;
        }
        case 't' -> dates++;
        case 'w' -> {
          rare += w;
          content++;
        }
        default -> {}
      }
    }
    double zI = (cos - meanCosine[i][art[j]]) / (sdCosine[i][art[j]] + SD_FLOOR);
    double zJ = (cos - meanCosine[j][art[i]]) / (sdCosine[j][art[i]] + SD_FLOOR);
    double sharedVerbs = 0;
    for (String v : verbs.get(i)) {
      if (verbs.get(j).contains(v)) {
        sharedVerbs += Math.log((n + 1.0) / verbDf.get(v));
      }
    }
    int ca = contents[i];
    int cb = contents[j];
    return new double[] {
      cos,
      Math.min(gapI, gapJ),
      Math.max(gapI, gapJ),
      tf,
      tfGap,
      dice(shared, mass[i], mass[j]),
      dice(sharedEntities, entityMass[i], entityMass[j]),
      Math.min(entities, SHARED_ENTITIES),
      Math.min(nums, SHARED_NUMBERS),
      numbers[i] && numbers[j] && nums == 0 ? 1 : 0,
      Math.min(dates, SHARED_DATES),
      quotes[i] && quotes[j] ? Math.min(quoted, QUOTED_PAIRS) : 0,
      quotedWord ? 1 : 0,
      maxIdf == 0 ? 0 : rare / maxIdf,
      dice(sharedPhrases, phraseMass[i], phraseMass[j]),
      Math.min(ca, cb) == 0 ? 0 : (double) content / Math.min(ca, cb),
      Math.min(position[i], position[j]),
      Math.abs(position[i] - position[j]),
      Math.log1p(Math.min(words[i], words[j])),
      Math.log1p(Math.max(words[i], words[j])),
      (clause[i] ? 1 : 0) + (clause[j] ? 1 : 0),
      (hub[i] + hub[j]) / 2,
      Math.min(zI, zJ),
      Math.max(zI, zJ),
      Math.max(
          before[i] >= 0 && before[j] >= 0 ? cosine(before[i], before[j]) : 0,
          after[i] >= 0 && after[j] >= 0 ? cosine(after[i], after[j]) : 0),
      dice(sharedVerbs, verbMass[i], verbMass[j])
    };
  }

  private static int contentCount(Set<String> f) {
    int c = 0;
    for (String x : f) {
      if (x.startsWith("w:") || x.startsWith("e:") || x.startsWith("n:")) {
        c++;
      }
    }
    return c;
  }

  private static double dice(double shared, double a, double b) {
    return a + b == 0 ? 0 : 2 * shared / (a + b);
  }

  private static boolean isPhrase(String feature) {
    return feature.startsWith("b:");
  }

  private static boolean isQuoted(String feature) {
    return feature.startsWith("qb:");
  }
}

package dev.parallax.eval;

import dev.parallax.framing.WordFeatures;
import dev.parallax.framing.WordUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The features the trees of {@link TreesTrainer} (measured, not kept) read for each word of a
 * sentence: the linear model's probability for the word set beside those of the other words of its
 * sentence (the highest among them, its rank, its neighbours', how many reach 0.3, the mean), since
 * experts mark words mainly in sentences they find biased and often a phrase of neighbours; and the
 * word's own lexicon, valence and part of speech features from {@link WordFeatures}, so the trees
 * can weigh the linear score differently per kind of word. Names in {@link #NAMES}. Stateless.
 */
final class WordContext {
  /** The {@link WordFeatures} the trees read again beside the linear model's score. */
  private static final List<String> OWN =
      List.of(
          "lexicon.rate",
          "lexicon.log-sentences",
          "lexicon.log-marked",
          "vader.abs",
          "vader.negative",
          "function-word",
          "length",
          "capitalised",
          "compound",
          "pos.JJ",
          "pos.RB",
          "pos.VB",
          "pos.NN",
          "pos.NNP",
          "pos.compound",
          "pos.other",
          "pos.degree",
          "sentence.log-words");

  /** Whether the trees also read features of the previous and the next word. */
  private static final boolean NEIGHBOURS = Boolean.getBoolean("parallax.framing.trees.neighbours");

  /** The {@link WordFeatures} of the previous and the next word the trees read. */
  private static final List<String> NEIGHBOUR =
      List.of("lexicon.rate", "vader.abs", "function-word", "pos.JJ", "pos.RB", "pos.VB", "pos.NN");

  private static final int[] NEIGHBOUR_INDEX =
      NEIGHBOUR.stream().mapToInt(WordFeatures.NAMES::indexOf).toArray();

  private static final int[] OWN_INDEX =
      OWN.stream().mapToInt(WordFeatures.NAMES::indexOf).toArray();

  /** Named entities, numbers and dates: words BABE's experts almost never mark. */
  private static final Set<String> ENTITIES =
      Set.of(
          "PERSON",
          "LOCATION",
          "ORGANIZATION",
          "CITY",
          "STATE_OR_PROVINCE",
          "COUNTRY",
          "NUMBER",
          "DATE",
          "MONEY",
          "PERCENT",
          "TIME",
          "ORDINAL",
          "DURATION",
          "NATIONALITY",
          "TITLE");

  /** A word's linear probability at or above this counts toward {@code sentence.log-over}. */
  static final double OVER = 0.3;

  /** A missing neighbour's log-odds (a probability of about 0.0025). */
  private static final double NONE = -6;

  /** Feature names, in the order of every vector {@link #of} returns. */
  public static final List<String> NAMES = names();

  private WordContext() {}

  private static List<String> names() {
    List<String> n =
        new ArrayList<>(
            List.of(
                "linear.logit",
                "sentence.top-other-logit",
                "sentence.is-top",
                "sentence.log-rank",
                "linear.minus-top-other",
                "previous.logit",
                "next.logit",
                "sentence.log-over",
                "sentence.mean-linear"));
    for (String o : OWN) {
      n.add("word." + o);
    }
    n.add("entity");
    for (String side : NEIGHBOURS ? List.of("previous.", "next.") : List.<String>of()) {
      for (String o : NEIGHBOUR) {
        n.add(side + o);
      }
    }
    return Collections.unmodifiableList(n);
  }

  /**
   * One vector per word of a sentence, in order: {@code words} the sentence's words, {@code
   * features} their {@link WordFeatures}, {@code linear} the linear model's probabilities.
   */
  public static List<double[]> of(List<WordUnit> words, List<double[]> features, double[] linear) {
    int n = words.size();
    if (features.size() != n || linear.length != n) {
      throw new IllegalArgumentException(
          n + " words, " + features.size() + " feature vectors, " + linear.length + " scores");
    }
    double mean = 0;
    int over = 0;
    for (double p : linear) {
      mean += p / n;
      if (p >= OVER) {
        over++;
      }
    }
    List<double[]> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      double top = 0;
      int rank = 0;
      for (int m = 0; m < n; m++) {
        if (m != k) {
          top = Math.max(top, linear[m]);
          if (linear[m] > linear[k]) {
            rank++;
          }
        }
      }
      double[] f = new double[NAMES.size()];
      int i = 0;
      f[i++] = logit(linear[k]);
      f[i++] = logit(top);
      f[i++] = linear[k] >= top ? 1 : 0;
      f[i++] = Math.log1p(rank);
      f[i++] = linear[k] - top;
      f[i++] = k > 0 ? logit(linear[k - 1]) : NONE;
      f[i++] = k + 1 < n ? logit(linear[k + 1]) : NONE;
      f[i++] = Math.log1p(over);
      f[i++] = mean;
      for (int o : OWN_INDEX) {
        f[i++] = features.get(k)[o];
      }
      WordUnit u = words.get(k);
      f[i++] = ENTITIES.contains(u.tokens().get(u.tokens().size() - 1).ner()) ? 1 : 0;
      for (int m : NEIGHBOURS ? new int[] {k - 1, k + 1} : new int[0]) {
        for (int o : NEIGHBOUR_INDEX) {
          f[i++] = m >= 0 && m < n ? features.get(m)[o] : 0;
        }
      }
      out.add(f);
    }
    return out;
  }

  private static double logit(double p) {
    double q = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
    return Math.log(q / (1 - q));
  }
}

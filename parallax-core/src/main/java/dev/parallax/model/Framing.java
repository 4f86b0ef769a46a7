package dev.parallax.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How loaded one article's own wording is: the score (weighted loaded terms per 100 words in the
 * outlet's own voice, see docs/report-schema.md and docs/framing.md), the words counted, and the
 * terms with their reasons, and the sentences that read as loaded as a whole. A score rests on few
 * words when the article is short or few terms were found: {@link #scoreLow()} and {@link
 * #scoreHigh()} bound it.
 */
public record Framing(
    String article,
    double score,
    int ownWords,
    List<LoadedTerm> terms,
    List<LoadedSentence> sentences) {
  /** z for a two-sided 90% interval. */
  private static final double Z = 1.6449;

  public Framing {
    Objects.requireNonNull(article, "article");
    terms = List.copyOf(terms);
    sentences = List.copyOf(sentences);
  }

  /** An article's framing with no sentence read as loaded as a whole. */
  public Framing(String article, double score, int ownWords, List<LoadedTerm> terms) {
    this(article, score, ownWords, terms, List.of());
  }

  /** The terms of these articles' framing by the id of the sentence each is in, in order. */
  public static Map<String, List<LoadedTerm>> termsBySentence(List<Framing> framing) {
    Map<String, List<LoadedTerm>> out = new HashMap<>();
    for (Framing f : framing) {
      for (LoadedTerm t : f.terms()) {
        out.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
      }
    }
    return out;
  }

  /** How many terms the score rests on. */
  public int restsOn() {
    return terms.size();
  }

  /** The lower end of a 90% interval of the score. */
  public double scoreLow() {
    return interval()[0];
  }

  /** The upper end of a 90% interval of the score. */
  public double scoreHigh() {
    return interval()[1];
  }

  /**
   * A 90% Wilson interval of the score, per 100 words: the score read as the share of loaded weight
   * among {@link #ownWords()} words, so it is wide for a short article and narrows as words add up.
   */
  private double[] interval() {
    if (ownWords <= 0) {
      return new double[] {0, 0};
    }
    double n = ownWords;
    double p = Math.min(1, Math.max(0, score / 100));
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return new double[] {
      Math.round(10000.0 * Math.max(0, centre - half)) / 100.0,
      Math.round(10000.0 * Math.min(1, centre + half)) / 100.0
    };
  }
}

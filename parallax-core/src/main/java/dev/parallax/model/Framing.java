package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * How loaded one article's own wording is: the score (weighted loaded terms per 100 words in the
 * outlet's own voice, see docs/report-schema.md), the words counted, and the terms with their reasons.
 */
public record Framing(String article, double score, int ownWords, List<LoadedTerm> terms) {
  public Framing {
    Objects.requireNonNull(article, "article");
    terms = List.copyOf(terms);
  }
}

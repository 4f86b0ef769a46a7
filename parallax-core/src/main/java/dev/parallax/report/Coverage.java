package dev.parallax.report;

import dev.parallax.model.Article;
import dev.parallax.model.Fact;
import dev.parallax.model.Omission;
import dev.parallax.model.Report;

/**
 * One cell of the coverage matrix: whether an article reports a fact, omitted it (most other
 * articles report it), or neither.
 */
public enum Coverage {
  REPORTED("x", "reported"),
  OMITTED("!", "omitted"),
  ABSENT(".", "absent");

  private final String symbol;
  private final String label;

  Coverage(String symbol, String label) {
    this.symbol = symbol;
    this.label = label;
  }

  /** "x", "!" or ".", as the terminal shows it. */
  public String symbol() {
    return symbol;
  }

  /** "reported", "omitted" or "absent". */
  public String label() {
    return label;
  }

  static Coverage of(Report report, Fact fact, Article article) {
    if (fact.articles().contains(article.id())) {
      return REPORTED;
    }
    return report.omissions().contains(new Omission(fact.id(), article.id())) ? OMITTED : ABSENT;
  }
}

package dev.parallax.internal;

import java.util.HashSet;
import java.util.Set;

/** Closed sets of words that open clauses, from {@code grammar.tsv}. */
public final class ClauseWords {
  /**
   * Conjunctions that open a clause depending on another: {@code grammar.tsv}'s "subordinator"
   * ("while", "because") and "dependent-opener" words, those that are prepositions too ("as",
   * "after", "since").
   */
  public static final Set<String> DEPENDENT_OPENERS = dependentOpeners();

  private ClauseWords() {}

  private static Set<String> dependentOpeners() {
    Set<String> out = new HashSet<>(DataFiles.words("grammar.tsv", "subordinator"));
    out.addAll(DataFiles.words("grammar.tsv", "dependent-opener"));
    return Set.copyOf(out);
  }
}

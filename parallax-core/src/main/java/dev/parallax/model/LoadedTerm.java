package dev.parallax.model;

import java.util.Objects;
import java.util.Set;

/**
 * A loaded word or phrase in an outlet's own voice: its text, the sentence it is in, offsets {@code
 * [start, end)} into the article's cleaned text, why it counts, its weight in the article's score
 * and its kind: {@value #WORD} (the word itself is loaded) or {@value #CONTRAST} (the outlet chose
 * it where the other outlets used a more neutral wording of the same fact).
 */
public record LoadedTerm(
    String text, String sentence, int start, int end, String why, double weight, String kind) {
  /** The word itself reads as loaded. */
  public static final String WORD = "word";

  /** Chosen where the other outlets used a more neutral wording of the same fact. */
  public static final String CONTRAST = "contrast";

  private static final Set<String> KINDS = Set.of(WORD, CONTRAST);

  public LoadedTerm {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(why, "why");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind must be one of " + KINDS + ", was " + kind);
    }
  }

  /** A term of kind {@value #WORD}. */
  public LoadedTerm(String text, String sentence, int start, int end, String why, double weight) {
    this(text, sentence, start, end, why, weight, WORD);
  }
}

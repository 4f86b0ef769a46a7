package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of the neutral brief: its text, the ids of the sentences it rests on (never empty)
 * and the number of articles that support it.
 */
public record BriefSentence(String text, List<String> cites, int support) {
  public BriefSentence {
    Objects.requireNonNull(text, "text");
    cites = List.copyOf(cites);
    if (cites.isEmpty()) {
      throw new IllegalArgumentException(
          "a brief sentence must cite at least one sentence: " + text);
    }
    if (support < 1) {
      throw new IllegalArgumentException("support must be >= 1, was " + support);
    }
  }
}

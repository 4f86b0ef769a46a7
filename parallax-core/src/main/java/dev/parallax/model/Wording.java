package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * How each article put one fact reported by several: per article, the words of its sentences that
 * state the fact, side by side, with the words no other article used for it.
 */
public record Wording(String fact, List<Version> versions) {
  public Wording {
    Objects.requireNonNull(fact, "fact");
    versions = List.copyOf(versions);
  }

  /**
   * One article's wording of the fact.
   *
   * @param onlyHere content words of this version that no other article used for the fact
   */
  public record Version(
      String article, List<String> sentences, String text, List<String> onlyHere) {
    public Version {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(text, "text");
      sentences = List.copyOf(sentences);
      onlyHere = List.copyOf(onlyHere);
    }
  }
}

package dev.parallax.model;

import java.util.Objects;

/**
 * A loaded word or phrase in an outlet's own voice: its text, the sentence it is in, offsets
 * {@code [start, end)} into the article's cleaned text, and why it counts.
 */
public record LoadedTerm(String text, String sentence, int start, int end, String why, double weight) {
  public LoadedTerm {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(why, "why");
  }
}

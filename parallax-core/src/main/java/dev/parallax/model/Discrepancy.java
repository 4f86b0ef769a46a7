package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * The same quantity (a count, an amount or a date) given differently by the articles reporting one
 * fact: each value with the sentence it comes from.
 */
public record Discrepancy(String fact, List<Value> values) {
  public Discrepancy {
    Objects.requireNonNull(fact, "fact");
    values = List.copyOf(values);
    if (values.size() < 2) {
      throw new IllegalArgumentException(
          "a discrepancy needs at least two values, had " + values.size());
    }
  }

  /**
   * One reported value.
   *
   * @param sentence the sentence id
   * @param text the words as written ({@code "about 12 warships"}, {@code "June 3"})
   * @param value the number, or the normalised date ({@code "2026-06-03"})
   */
  public record Value(String sentence, String text, String value) {
    public Value {
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(value, "value");
    }
  }
}

package dev.parallax.model;

import java.util.Objects;

/**
 * A date or time expression found in a sentence, with offsets {@code [start, end)} into the cleaned
 * text. {@code value} is ISO-like and as precise as known ("2018-05", "2026-02-05"), or a relative
 * form ("XXXX-06", "PAST_REF") when no reference date is known; {@code until} is the end of a range
 * ("the past month") or empty.
 */
public record TimeExpression(
    String text, String type, String value, String until, int start, int end) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(until, "until");
  }

  public TimeExpression(String text, String type, String value, int start, int end) {
    this(text, type, value, "", start, end);
  }
}

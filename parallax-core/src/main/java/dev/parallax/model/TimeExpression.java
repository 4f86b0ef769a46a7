package dev.parallax.model;

import java.util.Objects;

/**
 * A date or time expression found in a sentence, with its normalised value (ISO-like, as precise as
 * known, or a relative form when no reference date is known) and offsets into the cleaned text.
 */
public record TimeExpression(String text, String type, String value, int start, int end) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}

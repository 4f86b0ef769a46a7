package dev.parallax.model;

import java.util.Objects;

/**
 * Words of an article as written, at half-open offsets {@code [start, end)} into its cleaned text.
 */
public record TextSpan(String text, int start, int end) {
  public TextSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span offsets [" + start + ", " + end + ")");
    }
  }
}

package dev.parallax.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One step of a word-level diff from a reference text {@code a} to another text {@code b}: words
 * both share, words only {@code b} has (insert), only {@code a} has (delete), or words {@code b}
 * has in place of {@code a}'s (replace). Unused sides are empty strings.
 */
public record DiffOp(Kind op, String a, String b) {
  /** The kind of diff step. */
  public enum Kind {
    EQUAL,
    INSERT,
    DELETE,
    REPLACE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public DiffOp {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}

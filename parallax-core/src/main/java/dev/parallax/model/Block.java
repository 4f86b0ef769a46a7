package dev.parallax.model;

import java.util.Objects;

/** A kept paragraph of an article with its offsets {@code [start, end)} into the cleaned text. */
public record Block(BlockKind kind, String text, int start, int end) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block offsets [" + start + ", " + end + ")");
    }
  }
}

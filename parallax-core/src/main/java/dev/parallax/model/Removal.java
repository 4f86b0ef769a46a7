package dev.parallax.model;

import java.util.Objects;

/** A part of the input that cleaning dropped as not being the article, with the reason why. */
public record Removal(String text, String reason) {
  public Removal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}

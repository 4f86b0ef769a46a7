package dev.parallax.model;

import java.util.Objects;

/** A fact most of the other articles report and this {@code article} does not. */
public record Omission(String fact, String article) {
  public Omission {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(article, "article");
  }
}

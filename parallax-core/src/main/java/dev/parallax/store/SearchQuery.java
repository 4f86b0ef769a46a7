package dev.parallax.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A full-text search.
 *
 * @param text the user's query (words; quoted phrases)
 * @param limit at most this many hits (at least 1)
 */
public record SearchQuery(
    String text,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    Optional<String> outlet,
    Optional<String> entity,
    int limit) {
  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(entity, "entity");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(
        text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 20);
  }
}

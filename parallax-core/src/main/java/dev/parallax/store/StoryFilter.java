package dev.parallax.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stories to list.
 *
 * @param since only stories with an article dated on or after this day
 * @param entity only stories naming this (a name, alias, acronym or entity id; see {@link
 *     Store#entity})
 * @param outlet only stories with an article from this outlet
 * @param minOutlets only stories with at least this many independent outlets
 * @param limit at most this many (at least 1)
 */
public record StoryFilter(
    Optional<LocalDate> since,
    Optional<String> entity,
    Optional<String> outlet,
    int minOutlets,
    int limit) {
  public StoryFilter {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(outlet, "outlet");
    if (minOutlets < 0) {
      throw new IllegalArgumentException("minOutlets must be >= 0, was " + minOutlets);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
  }

  public static StoryFilter all() {
    return new StoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), 0, 1000);
  }
}

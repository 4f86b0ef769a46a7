package dev.parallax.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which stories to list.
 *
 * @param since only stories with an article dated on or after this day
 * @param entity only stories naming this (a name, alias, acronym or entity id; see {@link
 *     Store#entity})
 * @param outlet only stories with an article from this outlet
 * @param minOutlets only stories with at least this many independent outlets
 * @param limit at most this many (at least 1): one page
 * @param after only stories after this cursor in the listing's order (the {@link StoryPage#next} of
 *     the page before); empty for the first page
 */
public record StoryFilter(
    Optional<LocalDate> since,
    Optional<String> entity,
    Optional<String> outlet,
    int minOutlets,
    int limit,
    Optional<String> after) {
  private static final Pattern CURSOR = Pattern.compile("-?\\d{1,18}\\.\\d{1,18}");

  public StoryFilter {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(after, "after");
    if (after.isPresent() && !CURSOR.matcher(after.get()).matches()) {
      throw new IllegalArgumentException(
          "after must be a cursor from a page of stories (like 20520.17), was '"
              + after.get()
              + "'");
    }
    if (minOutlets < 0) {
      throw new IllegalArgumentException("minOutlets must be >= 0, was " + minOutlets);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
  }

  /** The first page of stories matching the filters. */
  public StoryFilter(
      Optional<LocalDate> since,
      Optional<String> entity,
      Optional<String> outlet,
      int minOutlets,
      int limit) {
    this(since, entity, outlet, minOutlets, limit, Optional.empty());
  }

  public static StoryFilter all() {
    return new StoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), 0, 1000);
  }

  /** The same filter, from the page after {@code cursor} ({@link StoryPage#next}). */
  public StoryFilter after(Optional<String> cursor) {
    return new StoryFilter(since, entity, outlet, minOutlets, limit, cursor);
  }
}

package dev.parallax.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A name across the store: the stories and how many articles name it.
 *
 * @param id {@link #idOf} of the name
 * @param name the name as most often written
 * @param articles articles naming it
 * @param stories its stories, newest first
 */
public record EntityView(String id, String name, int articles, List<StorySummary> stories) {
  public EntityView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    stories = List.copyOf(stories);
  }

  /** The id of a name: lower case, runs of non-letters and non-digits as one hyphen. */
  public static String idOf(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
  }
}

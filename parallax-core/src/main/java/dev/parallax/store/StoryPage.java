package dev.parallax.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of stories, newest first.
 *
 * @param stories the page's stories, at most the filter's limit
 * @param next the cursor of the next page ({@link StoryFilter#after}); empty on the last page
 */
public record StoryPage(List<StorySummary> stories, Optional<String> next) {
  public StoryPage {
    stories = List.copyOf(stories);
    Objects.requireNonNull(next, "next");
  }
}

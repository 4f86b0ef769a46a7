package dev.parallax.store;

import dev.parallax.model.SourceText;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as stored: its id, its story, the text as read (so the story's report can be recomputed)
 * and, for a copy, the article it copies.
 */
public record StoredArticle(String id, String storyId, SourceText input, Optional<String> copyOf) {
  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(copyOf, "copyOf");
  }
}

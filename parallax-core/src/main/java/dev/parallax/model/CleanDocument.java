package dev.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An input after cleaning: the article's own text (blocks joined by blank lines), what was removed
 * and the metadata cleaning found.
 */
public record CleanDocument(
    String source,
    Optional<String> title,
    Optional<String> outlet,
    String text,
    List<Block> blocks,
    List<Removal> removed) {
  public CleanDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
  }
}

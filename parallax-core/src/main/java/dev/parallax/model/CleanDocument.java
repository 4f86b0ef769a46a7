package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An input after cleaning: the article's own text (blocks joined by blank lines), what was removed
 * and the metadata cleaning found or the input carried ({@code published} comes from the input only).
 */
public record CleanDocument(
    String source,
    Optional<String> title,
    Optional<String> outlet,
    String text,
    List<Block> blocks,
    List<Removal> removed,
    Optional<LocalDate> published) {
  public CleanDocument {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
  }

  /** A document with no publication date known from its input. */
  public CleanDocument(
      String source,
      Optional<String> title,
      Optional<String> outlet,
      String text,
      List<Block> blocks,
      List<Removal> removed) {
    this(source, title, outlet, text, blocks, removed, Optional.empty());
  }

  /** The same document with another outlet. */
  public CleanDocument withOutlet(Optional<String> newOutlet) {
    return new CleanDocument(source, title, newOutlet, text, blocks, removed, published);
  }
}

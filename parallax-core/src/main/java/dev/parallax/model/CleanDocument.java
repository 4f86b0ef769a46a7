package dev.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An input after cleaning: the article's own text (blocks joined by blank lines), what was removed,
 * and its metadata: the input's, with the title and outlet cleaning found when the input had none.
 */
public record CleanDocument(
    ArticleMeta meta, String text, List<Block> blocks, List<Removal> removed)
    implements HasArticleMeta {
  public CleanDocument {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
  }

  /**
   * Where the text's first paragraph ends when it is the title itself (a first line the cleaner
   * could not tell from the story's first sentence is kept as both), else 0: readers of the body
   * that also read the title skip it.
   */
  public int titleParagraphEnd() {
    return titleParagraphEnd(title(), text);
  }

  /** {@link #titleParagraphEnd()} of any article's title and text. */
  public static int titleParagraphEnd(Optional<String> title, String text) {
    if (title.isEmpty()) {
      return 0;
    }
    int end = text.indexOf("\n\n");
    end = end < 0 ? text.length() : end;
    return text.substring(0, end).strip().equals(title.get().strip()) ? end : 0;
  }

  /** The same document with another outlet. */
  public CleanDocument withOutlet(Optional<String> newOutlet) {
    return new CleanDocument(meta.withOutlet(newOutlet), text, blocks, removed);
  }

  /**
   * The {@code no-body} diagnostic when cleaning left no text, else empty; its message ends with
   * what the caller does with the input ({@code ""}, or for instance {@code "; not stored"}).
   */
  public Optional<Diagnostic> noBody(String consequence) {
    if (!text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new Diagnostic(
            "no-body",
            meta.source(),
            "nothing left after cleaning; every line was boilerplate" + consequence));
  }
}

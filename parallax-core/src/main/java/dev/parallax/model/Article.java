package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned and annotated article of a story. {@code id} is {@code A1}, {@code A2}... in input order;
 * {@code text} is the cleaned text every offset in its sentences points into.
 */
public record Article(
    String id,
    String source,
    Optional<String> outlet,
    Optional<String> title,
    Optional<LocalDate> published,
    String text,
    List<Sentence> sentences,
    List<Removal> removed) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    removed = List.copyOf(removed);
  }

  public Article withSentences(List<Sentence> resolved) {
    return new Article(id, source, outlet, title, published, text, resolved, removed);
  }

  /** The outlet if known, else the source. */
  public String displayName() {
    return outlet.orElse(source);
  }
}

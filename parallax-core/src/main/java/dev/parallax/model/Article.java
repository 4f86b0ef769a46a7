package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned and annotated article of a story. {@code id} is {@code A1}, {@code A2}... in input order;
 * {@code text} is the cleaned text every offset in its sentences points into; {@code url} and
 * {@code author} come from the input's metadata (an HTML page, a JSON Lines record, a feed item).
 */
public record Article(
    String id,
    String source,
    Optional<String> outlet,
    Optional<String> title,
    Optional<LocalDate> published,
    String text,
    List<Sentence> sentences,
    List<Removal> removed,
    Optional<String> url,
    Optional<String> author) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    removed = List.copyOf(removed);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(author, "author");
  }

  /** An article whose input carried no url or author. */
  public Article(
      String id,
      String source,
      Optional<String> outlet,
      Optional<String> title,
      Optional<LocalDate> published,
      String text,
      List<Sentence> sentences,
      List<Removal> removed) {
    this(id, source, outlet, title, published, text, sentences, removed, Optional.empty(), Optional.empty());
  }

  public Article withSentences(List<Sentence> resolved) {
    return new Article(id, source, outlet, title, published, text, resolved, removed, url, author);
  }

  /** The outlet if known, else the source. */
  public String displayName() {
    return outlet.orElse(source);
  }
}

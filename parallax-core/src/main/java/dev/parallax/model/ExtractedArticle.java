package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input after reading, extraction and cleaning, before any language analysis: what
 * {@code parallax extract} shows.
 *
 * @param source the path, URL or {@code FILE:LINE} as given
 * @param url the article's address, if known
 * @param title the headline from metadata or cleaning
 * @param outlet the outlet from metadata or cleaning
 * @param published the publication date from metadata
 * @param author the author(s) from metadata
 * @param text the cleaned text
 * @param removed everything left out, page furniture first, each with its reason
 */
public record ExtractedArticle(
    String source,
    Optional<String> url,
    Optional<String> title,
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<String> author,
    String text,
    List<Removal> removed) {
  public ExtractedArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }
}

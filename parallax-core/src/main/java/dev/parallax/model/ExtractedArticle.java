package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input after reading, extraction and cleaning, before any language analysis: what {@code
 * parallax extract} shows.
 *
 * @param meta the source as given and the metadata from the input and cleaning
 * @param text the cleaned text
 * @param removed everything left out, page furniture first, each with its reason
 */
public record ExtractedArticle(ArticleMeta meta, String text, List<Removal> removed) {
  public ExtractedArticle {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }

  /** What a cleaned document shows. */
  public static ExtractedArticle of(CleanDocument doc) {
    return new ExtractedArticle(doc.meta(), doc.text(), doc.removed());
  }

  /** The path, URL or {@code FILE:LINE} as given. */
  public String source() {
    return meta.source();
  }

  public Optional<String> url() {
    return meta.url();
  }

  public Optional<String> title() {
    return meta.title();
  }

  public Optional<String> outlet() {
    return meta.outlet();
  }

  public Optional<LocalDate> published() {
    return meta.published();
  }

  public Optional<String> author() {
    return meta.author();
  }
}

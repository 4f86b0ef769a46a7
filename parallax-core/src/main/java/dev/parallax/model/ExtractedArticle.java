package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One input after reading, extraction and cleaning, before any language analysis: what {@code
 * parallax extract} shows.
 *
 * @param meta the source as given and the metadata from the input and cleaning
 * @param text the cleaned text
 * @param removed everything left out, page furniture first, each with its reason
 */
public record ExtractedArticle(ArticleMeta meta, String text, List<Removal> removed)
    implements HasArticleMeta {
  public ExtractedArticle {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }

  /** What a cleaned document shows. */
  public static ExtractedArticle of(CleanDocument doc) {
    return new ExtractedArticle(doc.meta(), doc.text(), doc.removed());
  }
}

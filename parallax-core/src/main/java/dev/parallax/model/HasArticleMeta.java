package dev.parallax.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A stage's record that carries one article's {@link ArticleMeta}, with its fields readable on the
 * record itself ({@code article.outlet()} is {@code article.meta().outlet()}).
 */
public interface HasArticleMeta {
  ArticleMeta meta();

  /** The path, URL, {@code FILE:LINE} or {@code FEED#N} as given. */
  default String source() {
    return meta().source();
  }

  /** The article's own address, if known. */
  default Optional<String> url() {
    return meta().url();
  }

  /** The headline, if known. */
  default Optional<String> title() {
    return meta().title();
  }

  /** The publication, if known. */
  default Optional<String> outlet() {
    return meta().outlet();
  }

  /** The publication date, if known. */
  default Optional<LocalDate> published() {
    return meta().published();
  }

  /** The author(s), if known. */
  default Optional<String> author() {
    return meta().author();
  }
}

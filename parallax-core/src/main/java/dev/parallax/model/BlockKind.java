package dev.parallax.model;

/** What a kept block of an article is: running text, a subheading, or a picture caption. */
public enum BlockKind {
  BODY,
  HEADING,
  CAPTION;

  /** The lowercase name used in the report. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

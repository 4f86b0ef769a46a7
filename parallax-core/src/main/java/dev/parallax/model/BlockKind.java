package dev.parallax.model;

/**
 * What a kept block of an article is: running text, a subheading, a picture caption, or the
 * dateline a wire report opens its lead with ("WASHINGTON (AP) —"), kept apart from the lead's
 * first sentence.
 */
public enum BlockKind {
  BODY,
  HEADING,
  CAPTION,
  DATELINE;

  /** The lowercase name used in the report. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

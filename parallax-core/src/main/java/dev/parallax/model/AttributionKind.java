package dev.parallax.model;

import java.util.Locale;

/**
 * How an attribution gives what was said: in the speaker's own words between quotation marks, in
 * the writer's words (reported speech), or in the writer's words with quoted parts.
 */
public enum AttributionKind {
  DIRECT,
  INDIRECT,
  MIXED;

  /** The lowercase name used in the report. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

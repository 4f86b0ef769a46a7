package dev.parallax.model;

import java.util.Locale;

/**
 * How the versions of one quotation differ across articles, from least to most: the same words (up
 * to typography, case and punctuation), one a part of another, or the same statement in other
 * words.
 */
public enum QuoteVariance {
  IDENTICAL,
  PARTIAL,
  REWORDED;

  /** The lowercase name used in the report. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

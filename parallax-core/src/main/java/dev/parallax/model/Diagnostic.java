package dev.parallax.model;

import java.util.Objects;

/**
 * A problem found in the user's input that did not stop the run: a stable {@code code}, the input
 * it concerns and a one-line human message.
 */
public record Diagnostic(String code, String source, String message) {
  /**
   * How an {@code undated} diagnostic ends: the way to give the date. A stored story's report says
   * the store's way instead ({@code parallax story date}).
   */
  public static final String UNDATED_ADVICE =
      "give the date with --published YYYY-MM-DD (API: \"published\")";

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** One line for a terminal: {@code source: message [code]}. */
  public String line() {
    return source + ": " + message + " [" + code + "]";
  }
}

package dev.parallax.model;

import java.util.Objects;

/**
 * A problem found in the user's input that did not stop the run: a stable {@code code}, the input
 * it concerns and a one-line human message.
 */
public record Diagnostic(String code, String source, String message) {
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

package dev.parallax.server;

import java.util.Map;
import java.util.Objects;

/**
 * A client error answered with a JSON problem body {@code {title, status, type, details}} (or, for
 * a page, a short HTML page saying the same). {@code type} is a stable code a client can branch on.
 */
final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String type;
  final transient Map<String, Object> details;

  Problem(int status, String type, String title, Map<String, Object> details) {
    super(Objects.requireNonNull(title, "title"));
    this.status = status;
    this.type = Objects.requireNonNull(type, "type");
    this.details = Map.copyOf(details);
  }

  Problem(int status, String type, String title) {
    this(status, type, title, Map.of());
  }

  static Problem badRequest(String title) {
    return new Problem(400, "bad-request", title);
  }

  static Problem notFound(String what) {
    return new Problem(404, "not-found", what + " not found");
  }

  static Problem tooLarge(long limit) {
    return new Problem(
        413, "too-large", "request body over the limit", Map.of("limitBytes", limit));
  }

  String title() {
    return getMessage();
  }

  /** The JSON body. */
  Map<String, Object> body() {
    return Map.of("title", title(), "status", status, "type", type, "details", details);
  }
}

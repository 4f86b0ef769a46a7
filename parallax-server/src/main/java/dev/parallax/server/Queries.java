package dev.parallax.server;

import dev.parallax.store.SearchQuery;
import dev.parallax.store.StoryFilter;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The query parameters the API and the pages share, read into the store's queries; a bad value is a
 * 400 problem naming the parameter.
 */
final class Queries {
  private Queries() {}

  /**
   * {@code since}, {@code entity}, {@code outlet}, {@code min-outlets} (0–1000), {@code limit}
   * (1–1000, 100), {@code after} (a page's {@code next} cursor).
   */
  static StoryFilter filter(Context ctx) {
    int minOutlets = intParam(ctx, "min-outlets", 0, 0, 1000);
    int limit = intParam(ctx, "limit", 100, 1, 1000);
    try {
      return new StoryFilter(
          Requests.date(ctx.queryParam("since"), "since"),
          text(ctx, "entity"),
          text(ctx, "outlet"),
          minOutlets,
          limit,
          text(ctx, "after"));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage());
    }
  }

  /**
   * {@code q} (required), {@code since}, {@code until}, {@code outlet}, {@code entity}, {@code
   * limit} (1–200, 20).
   */
  static SearchQuery search(Context ctx) {
    Optional<String> q = text(ctx, "q");
    if (q.isEmpty()) {
      throw Problem.badRequest("q: give some words to search for");
    }
    return new SearchQuery(
        q.get(),
        Requests.date(ctx.queryParam("since"), "since"),
        Requests.date(ctx.queryParam("until"), "until"),
        text(ctx, "outlet"),
        text(ctx, "entity"),
        intParam(ctx, "limit", 20, 1, 200));
  }

  /** The parameter stripped, empty when absent or blank. */
  static Optional<String> text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw Problem.badRequest(name + " must be in [" + min + ", " + max + "], was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw Problem.badRequest(name + ": expected a whole number, was '" + v + "'");
    }
  }
}

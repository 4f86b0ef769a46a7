package dev.parallax.store;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's correction of the grouping, as the store records it ({@link Store#merge}, {@link
 * Store#move}): kept for good, and respected by the grouper for the articles that come later.
 *
 * @param kind a merge of two stories or a move of one article
 * @param from the story merged away, or the story the article left
 * @param into the story that took the articles in (for a move to a new story, the new story)
 * @param article the article moved (a move only)
 * @param at when it was made (ISO-8601 instant)
 */
public record Correction(Kind kind, String from, String into, Optional<String> article, String at) {
  public Correction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(into, "into");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(at, "at");
  }

  /** The two corrections a user can make. */
  public enum Kind {
    MERGE,
    MOVE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The correction in one sentence. */
  public String describe() {
    return kind == Kind.MERGE
        ? "merged " + from + " into " + into + " at " + at
        : "moved " + article.orElse("?") + " from " + from + " to " + into + " at " + at;
  }
}

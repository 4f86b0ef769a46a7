package dev.parallax.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's correction, as the store records it ({@link Store#merge}, {@link Store#move}, {@link
 * Store#date}): kept for good; a merge or a move is respected by the grouper for the articles that
 * come later.
 *
 * @param kind a merge of two stories, a move of one article, or an article's date
 * @param from the story merged away, the story the article left, or the dated article's story
 * @param into the story that took the articles in (for a move to a new story, the new story; for a
 *     date, the article's story)
 * @param article the article moved or dated (a move or a date only)
 * @param at when it was made (ISO-8601 instant)
 * @param published the date given (a date only)
 */
public record Correction(
    Kind kind,
    String from,
    String into,
    Optional<String> article,
    String at,
    Optional<LocalDate> published) {
  public Correction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(into, "into");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(published, "published");
  }

  /** A merge or a move. */
  public Correction(Kind kind, String from, String into, Optional<String> article, String at) {
    this(kind, from, into, article, at, Optional.empty());
  }

  /** The corrections a user can make. */
  public enum Kind {
    MERGE,
    MOVE,
    DATE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The correction in one sentence. */
  public String describe() {
    return switch (kind) {
      case MERGE -> "merged " + from + " into " + into + " at " + at;
      case MOVE -> "moved " + article.orElse("?") + " from " + from + " to " + into + " at " + at;
      case DATE ->
          "dated "
              + article.orElse("?")
              + " (story "
              + into
              + ") "
              + published.map(LocalDate::toString).orElse("?")
              + " at "
              + at;
    };
  }
}

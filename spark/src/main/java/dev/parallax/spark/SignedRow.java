package dev.parallax.spark;

import dev.parallax.story.SignedArticle;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * What grouping (stage 2) needs of one article and all it carries: its id, the hash copies are
 * found by, its date ({@link ArticleRow#NO_DATE} if none), source and outlet, and its signature and
 * embedding ({@link SignedArticle#encode}). Not its text: the blocks of stage 2 hold these rows
 * only, and stage 3 and the output join each placed article back to its {@link ArticleRow} by
 * {@link #key}.
 */
record SignedRow(String id, String textHash, long day, String source, String outlet, byte[] signed)
    implements Serializable {
  /** The deterministic order of filing: date, then id (undated first). */
  static final Comparator<SignedRow> ORDER =
      Comparator.comparingLong(SignedRow::day).thenComparing(SignedRow::id);

  SignedRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(signed, "signed");
  }

  /**
   * The article among those read: a duplicate has the id of the article it repeats, not its source.
   */
  String key() {
    return key(id, source);
  }

  static String key(String id, String source) {
    return id + "\t" + source;
  }

  Optional<String> outletName() {
    return outlet.isEmpty() ? Optional.empty() : Optional.of(outlet);
  }

  SignedArticle signedArticle() {
    return SignedArticle.decode(signed);
  }
}

package dev.parallax.spark;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Removal;
import dev.parallax.model.SourceText;
import dev.parallax.store.StoredArticle;
import dev.parallax.story.SignedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article after stage 1: its id (as every store gives it), the hash copies are found by, the
 * input as read with its outlet and date settled (so stage 3 analyses what the single-machine path
 * would), and its signature and embedding ({@link SignedArticle#encode}). Absent strings are empty
 * and an absent date is {@link #NO_DATE}, since Spark moves it between machines. Stage 2 carries
 * only its {@link #signedRow}.
 */
record ArticleRow(
    String id,
    String textHash,
    long day,
    String source,
    String url,
    String title,
    String outlet,
    String author,
    String text,
    List<String> removedText,
    List<String> removedReason,
    byte[] signed,
    boolean noHeadline)
    implements Item {
  /** The day of an undated article: it sorts first. */
  static final long NO_DATE = Long.MIN_VALUE;

  ArticleRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    removedText = new ArrayList<>(removedText);
    removedReason = new ArrayList<>(removedReason);
  }

  /** The row of an input whose outlet and date are settled, cleaned into {@code doc} and signed. */
  static ArticleRow of(SourceText input, CleanDocument doc, SignedArticle signed) {
    ArticleMeta m = input.meta();
    List<String> texts = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (Removal r : input.removed()) {
      texts.add(r.text());
      reasons.add(r.reason());
    }
    return new ArticleRow(
        StoredArticle.idOf(m.outlet(), doc.text()),
        StoredArticle.textHashOf(doc.text()),
        m.published().map(LocalDate::toEpochDay).orElse(NO_DATE),
        m.source(),
        m.url().orElse(""),
        m.title().orElse(""),
        m.outlet().orElse(""),
        m.author().orElse(""),
        input.text(),
        texts,
        reasons,
        signed.encode(),
        m.noHeadline());
  }

  Optional<LocalDate> published() {
    return day == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
  }

  Optional<String> outletName() {
    return outlet.isEmpty() ? Optional.empty() : Optional.of(outlet);
  }

  /** The input as read, with its outlet and date settled: what stage 3 analyses. */
  SourceText input() {
    List<Removal> removed = new ArrayList<>();
    for (int i = 0; i < removedText.size(); i++) {
      removed.add(new Removal(removedText.get(i), removedReason.get(i)));
    }
    ArticleMeta meta =
        ArticleMeta.of(source)
            .withUrl(opt(url))
            .withTitle(opt(title))
            .withOutlet(opt(outlet))
            .withPublished(published())
            .withAuthor(opt(author))
            .withNoHeadline(noHeadline);
    return new SourceText(meta, text, removed);
  }

  SignedArticle signedArticle() {
    return SignedArticle.decode(signed);
  }

  /** What stage 2 carries of this article: everything but the text and what was removed from it. */
  SignedRow signedRow() {
    return new SignedRow(id, textHash, day, source, outlet, signed);
  }

  /** The key stage 2's rows are joined back to this one by ({@link SignedRow#key}). */
  String key() {
    return SignedRow.key(id, source);
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}

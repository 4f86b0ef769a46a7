package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.A_COPY_OF;
import static dev.parallax.store.impl.Documents.A_FILING;
import static dev.parallax.store.impl.Documents.A_ID;
import static dev.parallax.store.impl.Documents.A_SEQ;
import static dev.parallax.store.impl.Documents.BODY;
import static dev.parallax.store.impl.Documents.TITLE;

import dev.parallax.model.CleanDocument;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryExplanation.Step;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/**
 * Moving a stored article, with its copies, from one story to another in the commit being written:
 * the two stories' records without and with it, and its documents written again under the story it
 * went to. A user's move ({@link Corrections}) and the grouper's move of an article filed in an
 * earlier batch ({@link Ingester}) both move this way.
 */
final class ArticleMoves {
  private ArticleMoves() {}

  /** The documents of a story that move with {@code articleId}: the article and its copies. */
  static boolean moves(Document d, String articleId) {
    return articleId.equals(d.get(A_ID)) || articleId.equals(d.get(A_COPY_OF));
  }

  /** The story's record without the moved article and its copies. */
  static void takeOut(
      StoryRecord r,
      List<Document> moving,
      List<Document> staying,
      List<String> names,
      CleanDocument doc) {
    int copies = moving.size() - 1;
    r.articles -= moving.size();
    r.copies -= copies;
    r.titles.remove(doc.title().orElse(""));
    for (String n : names) {
      r.names.computeIfPresent(n, (k, c) -> c <= 1 ? null : c - 1);
    }
    r.outlets.clear();
    r.countDays(staying);
    Document firstOriginal = null;
    for (Document d : staying) {
      if (d.get(A_COPY_OF) == null) {
        if (firstOriginal == null) {
          firstOriginal = d;
        }
        String outlet = d.get(Documents.A_OUTLET_NAME);
        if (outlet != null) {
          r.addOutlet(outlet);
        }
      }
    }
    if (firstOriginal != null && r.title.equals(Ingester.titleOf(doc))) {
      // the story was named after the article that left: it takes its next article's name
      String title = firstOriginal.get(TITLE);
      String lead = Ingester.lead(firstOriginal.get(BODY));
      String t = title == null || title.isEmpty() ? lead : title;
      r.title = t.length() > 160 ? t.substring(0, 157) + "..." : t;
      r.lead = lead;
    }
    r.revision++;
  }

  /** The story's record with the moved article and its copies. */
  static void bringIn(
      StoryRecord r,
      Document article,
      List<Document> moving,
      List<String> names,
      CleanDocument doc) {
    r.articles += moving.size();
    r.copies += moving.size() - 1;
    r.titles.add(doc.title().orElse(""));
    if (r.lead.isEmpty()) {
      r.lead = Ingester.lead(doc.text());
    }
    Optional.ofNullable(article.get(Documents.A_OUTLET_NAME)).ifPresent(r::addOutlet);
    for (String n : names) {
      r.names.merge(n, 1, Integer::sum);
    }
    for (Document d : moving) {
      r.addDay(Documents.published(d), !Documents.undated(d));
    }
    r.revision++;
  }

  /**
   * The article document again under story {@code into}, its steps ({@code before}: as written,
   * with the merges its old story went through) followed by {@code after}.
   */
  static Document rewritten(
      Document d, String into, List<String> names, List<Step> before, List<Step> after)
      throws IOException {
    return rewritten(d, into, names, before, after, Optional.empty());
  }

  /**
   * {@link #rewritten(Document, String, List, List, List)}, dated {@code dated} when it is present
   * (an undated article given its date).
   */
  static Document rewritten(
      Document d,
      String into,
      List<String> names,
      List<Step> before,
      List<Step> after,
      Optional<LocalDate> dated)
      throws IOException {
    List<Step> steps = new ArrayList<>(before);
    steps.addAll(after);
    StoredArticle stored = Documents.article(d);
    StoredArticle a =
        dated.isEmpty()
            ? stored
            : new StoredArticle(
                stored.id(),
                stored.storyId(),
                stored.input().withMeta(stored.input().meta().withPublished(dated)),
                stored.copyOf());
    String title = d.get(TITLE);
    String body = d.get(BODY);
    Document out =
        Documents.article(
            a.id(),
            StoredArticle.textHashOf(body),
            into,
            a.copyOf(),
            d.getField(A_SEQ).numericValue().longValue(),
            a.input(),
            dated.orElse(Documents.published(d)),
            names,
            title == null || title.isEmpty() ? Optional.empty() : Optional.of(title),
            body);
    out.add(new StoredField(A_FILING, Explanations.write(steps)));
    String given = d.get(Documents.A_GIVEN);
    if (given != null) {
      Documents.addGiven(out, given);
    }
    return out;
  }
}

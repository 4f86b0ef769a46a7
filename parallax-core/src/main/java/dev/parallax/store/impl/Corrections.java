package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.A_COPY_OF;
import static dev.parallax.store.impl.Documents.A_ID;
import static dev.parallax.store.impl.Documents.A_STORY;
import static dev.parallax.store.impl.StoreIndex.first;

import dev.parallax.model.CleanDocument;
import dev.parallax.store.Correction;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryAnalysis;
import dev.parallax.store.StoryExplanation.Kind;
import dev.parallax.store.StoryExplanation.Step;
import dev.parallax.story.Filing;
import dev.parallax.story.StoryGrouper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Users' corrections: merging two stories, moving one article (with its copies) to another story or
 * a new one, and giving an article its date (the grouper's state is left as it is: the article
 * stays where it was filed). Each is one commit holding the grouper's change ({@link
 * StoryGrouper#merge}, {@link StoryGrouper#move}: the stories a move separates are kept apart from
 * then on), the stories' records, the moved articles rewritten under their new story with a step
 * saying so ({@link Explanations}), a {@code change} document recording the correction, and the
 * affected stories' reports dropped. Used by the one writer under the store's write lock.
 */
final class Corrections {
  private final StoreIndex index;
  private final Stories stories;
  private final ReportCache reports;
  private final StoryAnalysis analysis;
  private final PersistedGrouper grouper;

  Corrections(
      StoreIndex index,
      Stories stories,
      ReportCache reports,
      StoryAnalysis analysis,
      PersistedGrouper grouper) {
    this.index = index;
    this.stories = stories;
    this.reports = reports;
    this.analysis = analysis;
    this.grouper = grouper;
  }

  /** Writes one correction as one commit; a failure once writing began refuses further writes. */
  @FunctionalInterface
  private interface Write {
    Correction apply(IndexWriter writer, String at) throws IOException;
  }

  private Correction commit(Write write) {
    try {
      String at = Instant.now().toString();
      IndexWriter writer = index.writer();
      Correction c = write.apply(writer, at);
      Map<String, String> data = index.userData();
      grouper.saveIncrementsAndTotals(writer, data);
      index.commit(data);
      grouper.committed();
      return c;
    } catch (IOException e) {
      index.fail(e);
      throw index.cannotWrite(e);
    } catch (RuntimeException e) {
      index.fail(e);
      throw e;
    }
  }

  Correction merge(String intoAsked, String goneAsked) {
    synchronized (index.writeLock) {
      index.checkWritable();
      StoryRecord into = known(intoAsked);
      StoryRecord gone = known(goneAsked);
      if (into.id.equals(gone.id)) {
        throw new IllegalArgumentException(
            "'" + intoAsked + "' and '" + goneAsked + "' are the same story " + into.id);
      }
      grouper.hold(into);
      grouper.hold(gone);
      return commit(
          (writer, at) -> {
            grouper.grouper().merge(into.id, gone.id);
            Map<String, StoryRecord> touched = new LinkedHashMap<>();
            touched.put(into.id, into);
            stories.merge(gone.id, into.id, touched, writer);
            into.revision++;
            reports.forget(gone.id, writer);
            reports.forget(into.id, writer);
            writer.addDocument(
                Documents.change(
                    "merge",
                    "user",
                    gone.id,
                    into.id,
                    Optional.empty(),
                    Optional.empty(),
                    at,
                    System.currentTimeMillis()));
            grouper.saveStates(touched.values());
            stories.write(touched.values(), writer);
            return new Correction(Correction.Kind.MERGE, gone.id, into.id, Optional.empty(), at);
          });
    }
  }

  Correction move(String articleId, Optional<String> toAsked) {
    synchronized (index.writeLock) {
      index.checkWritable();
      Document article = article(articleId);
      if (article.get(A_COPY_OF) != null) {
        throw new IllegalArgumentException(
            "article "
                + articleId
                + " is a copy of "
                + article.get(A_COPY_OF)
                + ": move that one, its copies go with it");
      }
      StoryRecord from = known(article.get(A_STORY));
      Optional<StoryRecord> to = toAsked.map(this::known);
      if (to.isPresent() && to.get().id.equals(from.id)) {
        throw new IllegalArgumentException(
            "article " + articleId + " is already in story " + from.id);
      }
      List<Document> inFrom = stories.articleDocs(from.id);
      List<Document> moving = new ArrayList<>();
      List<Document> staying = new ArrayList<>();
      for (Document d : inFrom) {
        (ArticleMoves.moves(d, articleId) ? moving : staying).add(d);
      }
      if (staying.isEmpty() && to.isEmpty()) {
        throw new IllegalArgumentException(
            "article "
                + articleId
                + " is the only one of story "
                + from.id
                + "; it has one already");
      }
      StoredArticle stored = storedArticle(article);
      LocalDate published = Documents.published(article);
      CleanDocument doc = analysis.clean(stored.input()).withOutlet(stored.input().outlet());
      grouper.hold(from);
      to.ifPresent(grouper::hold);
      return commit(
          (writer, at) -> {
            String into =
                grouper
                    .grouper()
                    .move(
                        new StoryGrouper.Dated(doc, Optional.of(published)),
                        from.id,
                        to.map(r -> r.id));
            StoryRecord target = to.orElseGet(() -> Ingester.newRecord(into, doc));
            List<String> names = Filing.namesOf(doc, Optional.of(published));
            ArticleMoves.takeOut(from, moving, staying, names, doc);
            ArticleMoves.bringIn(target, article, moving, names, doc);
            Map<String, StoryRecord> touched = new LinkedHashMap<>();
            touched.put(from.id, from);
            touched.put(target.id, target);
            for (Document d : moving) {
              writer.updateDocument(
                  new Term(A_ID, d.get(A_ID)),
                  rewritten(d, from.id, into, d == article ? names : List.of(), at));
            }
            if (staying.isEmpty()) {
              // its only article gone, the story is the one it went to (the grouper forgot it)
              stories.merge(from.id, into, touched, writer);
            }
            reports.forget(from.id, writer);
            reports.forget(into, writer);
            writer.addDocument(
                Documents.change(
                    "move",
                    "user",
                    from.id,
                    into,
                    Optional.of(articleId),
                    Optional.empty(),
                    at,
                    System.currentTimeMillis()));
            grouper.saveStates(touched.values());
            stories.write(touched.values(), writer);
            return new Correction(Correction.Kind.MOVE, from.id, into, Optional.of(articleId), at);
          });
    }
  }

  Correction date(String articleId, LocalDate published) {
    synchronized (index.writeLock) {
      index.checkWritable();
      Document article = article(articleId);
      if (!Documents.undated(article) && Documents.published(article).equals(published)) {
        throw new IllegalArgumentException(
            "article " + articleId + " is already dated " + published);
      }
      StoryRecord story = known(article.get(A_STORY));
      StoredArticle stored = storedArticle(article);
      CleanDocument doc = analysis.clean(stored.input()).withOutlet(stored.input().outlet());
      List<String> names = Filing.namesOf(doc, Optional.of(published));
      // the day it was filed with (an undated article's is the day of its ingest)
      LocalDate filedWith = Documents.published(article);
      return commit(
          (writer, at) -> {
            List<Step> steps =
                index.read(s -> Explanations.steps(s, s.storedFields(), article, story.id));
            writer.updateDocument(
                new Term(A_ID, articleId),
                ArticleMoves.rewritten(
                    article, story.id, names, steps, List.of(), Optional.of(published)));
            // the story's days again from its articles, this one by its new date
            List<Document> docs = stories.articleDocs(story.id);
            Map<String, LocalDate> dated = Map.of(articleId, published);
            story.countDays(docs, dated);
            grouper.redate(story, doc, filedWith, published, StoryRecord.filedDays(docs, dated));
            story.revision++;
            reports.forget(story.id, writer);
            Document change =
                Documents.change(
                    "date",
                    "user",
                    story.id,
                    story.id,
                    Optional.of(articleId),
                    Optional.empty(),
                    at,
                    System.currentTimeMillis());
            change.add(
                new org.apache.lucene.document.StoredField(
                    Documents.CH_DATE, published.toString()));
            writer.addDocument(change);
            grouper.saveStates(List.of(story));
            stories.write(List.of(story), writer);
            return new Correction(
                Correction.Kind.DATE,
                story.id,
                story.id,
                Optional.of(articleId),
                at,
                Optional.of(published));
          });
    }
  }

  /** The document of the article an id names. */
  private Document article(String articleId) {
    return index
        .read(s -> first(s, s.storedFields(), new TermQuery(new Term(A_ID, articleId))))
        .orElseThrow(() -> new NoSuchElementException("no article '" + articleId + "'"));
  }

  /** The record of the story an id names (itself or the story it was merged into). */
  private StoryRecord known(String asked) {
    return stories
        .record(asked)
        .orElseThrow(() -> new NoSuchElementException("no story '" + asked + "'"));
  }

  private static StoredArticle storedArticle(Document d) {
    try {
      return Documents.article(d);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read article " + d.get(A_ID), e);
    }
  }

  /**
   * The article document again under story {@code into}, its steps followed by the user's move (the
   * merges its old story went through are written into the steps, since it leaves them).
   */
  private Document rewritten(Document d, String from, String into, List<String> names, String at)
      throws IOException {
    List<Step> before = index.read(s -> Explanations.steps(s, s.storedFields(), d, from));
    Step moved =
        new Step(
            Kind.MOVED_BY_USER,
            into,
            Optional.of(from),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(at));
    return ArticleMoves.rewritten(d, into, names, before, List.of(moved));
  }
}

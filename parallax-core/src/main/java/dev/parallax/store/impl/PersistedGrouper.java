package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.DF;
import static dev.parallax.store.impl.Documents.STORY;
import static dev.parallax.store.impl.Documents.S_FIRST;
import static dev.parallax.store.impl.Documents.S_LAST;
import static dev.parallax.store.impl.Documents.S_SEQ;
import static dev.parallax.store.impl.Documents.TYPE;
import static dev.parallax.store.impl.Documents.ofType;
import static dev.parallax.store.impl.StoreIndex.all;

import dev.parallax.model.CleanDocument;
import dev.parallax.story.GrouperCodec;
import dev.parallax.story.StoryGrouper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * The story grouper as the store keeps it across runs, through {@link GrouperCodec}. Opening loads
 * the totals (commit user data), the summed name document-frequency increments ({@code df}
 * documents, folded into one when there are many) and, by a range query on the stories' last day,
 * only the stories still open. A batch gives back the closed stories its late articles could join,
 * saves the state of each story it changed in that story's record, its df increments in a {@code
 * df} document and the totals in the commit, and then forgets the stories that closed. So filing
 * costs the same however large the store is. Used by the one writer, under the store's write lock.
 */
final class PersistedGrouper {
  private static final String ARTICLES_KEY = "grouper.articles";
  private static final String CREATED_KEY = "grouper.created";
  private static final String LATEST_KEY = "grouper.latest";
  private static final int DF_DOCS_BEFORE_COMPACTION = 64;

  private final StoreIndex index;
  private final StoryGrouper grouper;

  private PersistedGrouper(StoreIndex index, StoryGrouper grouper) {
    this.index = index;
    this.grouper = grouper;
  }

  /**
   * Rebuilds {@code g}, a new grouper, from the last commit: totals, the df table and the stories
   * still open.
   */
  static PersistedGrouper load(StoreIndex index, StoryGrouper g) throws IOException {
    Map<String, String> data = index.userData();
    StoryGrouper.Totals totals =
        new StoryGrouper.Totals(
            Integer.parseInt(data.getOrDefault(ARTICLES_KEY, "0")),
            Long.parseLong(data.getOrDefault(CREATED_KEY, "0")),
            Optional.ofNullable(data.get(LATEST_KEY)).map(LocalDate::parse));
    int dfDocs =
        index.read(
            s -> {
              Map<String, Integer> df = new HashMap<>();
              TopDocs docs = all(s, ofType(DF), null);
              StoredFields stored = s.storedFields();
              for (ScoreDoc sd : docs.scoreDocs) {
                Documents.dfCounts(stored.document(sd.doc))
                    .forEach((k, v) -> df.merge(k, v, Integer::sum));
              }
              GrouperCodec.restoreTotals(g, totals, df);
              if (docs.scoreDocs.length > DF_DOCS_BEFORE_COMPACTION) {
                // one document instead of one per batch, so opening reads a few documents
                IndexWriter writer = index.writer();
                writer.deleteDocuments(new Term(TYPE, DF));
                writer.addDocument(Documents.df(df));
              }
              Query open = ofType(STORY);
              Optional<LocalDate> since = g.openSince();
              if (since.isPresent()) {
                open =
                    new BooleanQuery.Builder()
                        .add(open, Occur.FILTER)
                        .add(
                            LongPoint.newRangeQuery(
                                S_LAST, since.get().toEpochDay(), Long.MAX_VALUE),
                            Occur.FILTER)
                        .build();
              }
              for (ScoreDoc sd :
                  all(s, open, new Sort(new SortField(S_SEQ, SortField.Type.LONG))).scoreDocs) {
                Documents.story(stored, sd.doc)
                    .state
                    .ifPresent(state -> GrouperCodec.restoreStory(g, state));
              }
              return docs.scoreDocs.length;
            });
    if (dfDocs > DF_DOCS_BEFORE_COMPACTION) {
      index.commit(null);
    }
    return new PersistedGrouper(index, g);
  }

  StoryGrouper grouper() {
    return grouper;
  }

  /** Stories created so far. */
  long stories() {
    return grouper.totals().created();
  }

  /**
   * Gives the grouper back the closed stories that articles dated before the newest filed could
   * still join (those within the window of their dates), so that dropping closed stories never
   * changes where an article goes. In a stream that arrives roughly in date order these are few:
   * the stories that closed within the stream's lateness.
   */
  void restoreForLateArticles(List<LocalDate> dates) {
    Optional<LocalDate> latest = grouper.totals().latest();
    if (latest.isEmpty()) {
      return;
    }
    LocalDate min = null;
    LocalDate max = null;
    for (LocalDate d : dates) {
      if (d.isBefore(latest.get())) {
        min = min == null || d.isBefore(min) ? d : min;
        max = max == null || d.isAfter(max) ? d : max;
      }
    }
    if (min == null) {
      return;
    }
    int w = grouper.settings().windowDays();
    long openSince = latest.get().minusDays(w).toEpochDay();
    Query closedNearby =
        new BooleanQuery.Builder()
            .add(ofType(STORY), Occur.FILTER)
            .add(
                LongPoint.newRangeQuery(S_LAST, min.minusDays(w).toEpochDay(), openSince - 1),
                Occur.FILTER)
            .add(
                LongPoint.newRangeQuery(S_FIRST, Long.MIN_VALUE, max.plusDays(w).toEpochDay()),
                Occur.FILTER)
            .build();
    index.read(
        s -> {
          StoredFields stored = s.storedFields();
          for (ScoreDoc sd :
              all(s, closedNearby, new Sort(new SortField(S_SEQ, SortField.Type.LONG))).scoreDocs) {
            StoryRecord r = Documents.story(stored, sd.doc);
            if (!grouper.holds(r.id)) {
              r.state.ifPresent(state -> GrouperCodec.restoreStory(grouper, state));
            }
          }
          return null;
        });
  }

  /**
   * Gives the grouper back a closed story a user's correction changes, from its record; the next
   * {@link #committed} forgets it again.
   *
   * @throws IllegalStateException when the record holds no grouper state
   */
  void hold(StoryRecord r) {
    if (grouper.holds(r.id)) {
      return;
    }
    GrouperCodec.restoreStory(
        grouper,
        r.state.orElseThrow(
            () -> new IllegalStateException("story " + r.id + " has no saved grouper state")));
  }

  /**
   * An article of story {@code r} dated {@code now} after it was filed with {@code filedWith}
   * ({@link StoryGrouper#redate}), the story's days as the grouper counts them becoming {@code
   * days} ({@link StoryRecord#filedDays}). A story restored from its record is held until the next
   * {@link #committed}; one whose record holds no grouper state (an older store) is left as it is.
   */
  void redate(
      StoryRecord r, CleanDocument doc, LocalDate filedWith, LocalDate now, StoryRecord.Days days) {
    if (!grouper.holds(r.id) && r.state.isEmpty()) {
      return;
    }
    hold(r);
    grouper.redate(doc, Optional.of(filedWith), now, r.id, days.first(), days.last());
  }

  /**
   * Puts the grouper's state of each story a batch changed in its record, to be written with it.
   */
  void saveStates(Collection<StoryRecord> changed) {
    for (StoryRecord r : changed) {
      GrouperCodec.encodeStory(grouper, r.id).ifPresent(state -> r.state = Optional.of(state));
    }
  }

  /**
   * Saves, for a batch's commit, its df increments (a {@code df} document) and the totals in {@code
   * commitData}.
   */
  void saveIncrementsAndTotals(IndexWriter writer, Map<String, String> commitData)
      throws IOException {
    Map<String, Integer> dfChanges = GrouperCodec.takeDfChanges(grouper);
    if (!dfChanges.isEmpty()) {
      writer.addDocument(Documents.df(dfChanges));
    }
    StoryGrouper.Totals totals = grouper.totals();
    commitData.put(ARTICLES_KEY, Integer.toString(totals.articles()));
    commitData.put(CREATED_KEY, Long.toString(totals.created()));
    totals.latest().ifPresent(d -> commitData.put(LATEST_KEY, d.toString()));
  }

  /** After a batch's commit: forgets the stories that closed (their state is in their records). */
  void committed() {
    grouper.dropClosed();
  }
}

package dev.parallax.store.impl;

import static dev.parallax.store.impl.Documents.ALIAS_FROM;
import static dev.parallax.store.impl.Documents.ALIAS_INTO;
import static dev.parallax.store.impl.Documents.ARTICLE;
import static dev.parallax.store.impl.Documents.A_SEQ;
import static dev.parallax.store.impl.Documents.A_STORY;
import static dev.parallax.store.impl.Documents.STORY;
import static dev.parallax.store.impl.Documents.S_ID;
import static dev.parallax.store.impl.Documents.S_LAST;
import static dev.parallax.store.impl.Documents.S_OUTLETS;
import static dev.parallax.store.impl.Documents.S_OUTLET_COUNT;
import static dev.parallax.store.impl.Documents.S_SEQ;
import static dev.parallax.store.impl.Documents.ofType;
import static dev.parallax.store.impl.StoreIndex.all;
import static dev.parallax.store.impl.StoreIndex.first;

import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StoryPage;
import dev.parallax.store.StorySummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Stories in the store: their records, listing and filtering them, their articles, and merges: a
 * story the grouper found to be the same event as an older one is folded into it, its id kept as an
 * alias ({@code alias} documents) that every lookup resolves, so links to it still lead somewhere.
 * Thread-safe for reading; {@link #merge} runs inside an ingest batch.
 */
final class Stories {
  private final StoreIndex index;

  Stories(StoreIndex index) {
    this.index = index;
  }

  /** The record of the story an id names (itself, or the story it was merged into). */
  Optional<StoryRecord> record(String id) {
    return index.read(
        s ->
            first(
                    s,
                    s.storedFields(),
                    new TermQuery(new Term(S_ID, resolve(s, s.storedFields(), id))))
                .map(Documents::story));
  }

  /** The record of a story by its own id, as last committed. */
  Optional<StoryRecord> load(String storyId) {
    return index.read(
        s ->
            first(s, s.storedFields(), new TermQuery(new Term(S_ID, storyId)))
                .map(Documents::story));
  }

  Optional<StorySummary> summary(String id) {
    return record(id).map(StoryRecord::summary);
  }

  /** Stories matching the filter, newest first (by last article date, then creation). */
  List<StorySummary> list(StoryFilter filter) {
    return page(filter).stories();
  }

  /**
   * A page of the stories matching the filter, newest first (by last article date, then creation),
   * from after its cursor: Lucene's search-after on the sort values, so a deep page costs what the
   * first does. The cursor is the last story's sort values, {@code LASTDAY.SEQ}.
   */
  /** The days before a page's start first searched for its stories, doubled until it fills. */
  private static final long RECENT_DAYS = 8;

  /** Past this many days a page is looked for among all stories at once. */
  private static final long MAX_WINDOW_DAYS = 4096;

  /** The last day of the newest story, from the points index; {@code Long.MIN_VALUE} if none. */
  private static long lastDay(IndexSearcher s) throws IOException {
    long max = Long.MIN_VALUE;
    for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
      org.apache.lucene.index.PointValues points = leaf.reader().getPointValues(S_LAST);
      if (points != null && points.size() > 0) {
        max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
      }
    }
    return max;
  }

  /** How many stories match the filter (its cursor and limit aside). */
  int count(StoryFilter filter) {
    Query q = matching(filter).build();
    return index.read(s -> s.count(q));
  }

  /** The stories the filter's conditions select, in no order. */
  private BooleanQuery.Builder matching(StoryFilter filter) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(ofType(STORY), Occur.FILTER);
    filter
        .since()
        .ifPresent(
            d ->
                q.add(
                    LongPoint.newRangeQuery(S_LAST, d.toEpochDay(), Long.MAX_VALUE), Occur.FILTER));
    filter.entity().ifPresent(e -> q.add(EntityIndex.stories(index, e), Occur.FILTER));
    filter
        .outlet()
        .ifPresent(
            o -> q.add(new TermQuery(new Term(S_OUTLETS, Documents.normalise(o))), Occur.FILTER));
    if (filter.minOutlets() > 0) {
      q.add(
          IntPoint.newRangeQuery(S_OUTLET_COUNT, filter.minOutlets(), Integer.MAX_VALUE),
          Occur.FILTER);
    }
    return q;
  }

  StoryPage page(StoryFilter filter) {
    BooleanQuery.Builder q = matching(filter);
    Sort newest =
        new Sort(
            new SortField(S_LAST, SortField.Type.LONG, true),
            new SortField(S_SEQ, SortField.Type.LONG, true));
    Optional<long[]> after =
        filter
            .after()
            .map(
                c -> {
                  String[] parts = c.split("\\.");
                  return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
                });
    return index.read(
        s -> {
          // one more than the page, to know whether a next page exists
          int wanted = filter.limit() + 1;
          // the newest stories first: a page is looked for among the stories of the last days
          // before its start, the days doubled until it fills, so that a page costs what those
          // stories cost and not what the whole store does
          long start = after.isPresent() ? after.get()[0] : lastDay(s);
          TopDocs found = null;
          for (long days = RECENT_DAYS; found == null; days *= 2) {
            Query windowed = q.build();
            boolean whole = start == Long.MIN_VALUE || days > MAX_WINDOW_DAYS;
            if (!whole) {
              windowed =
                  new BooleanQuery.Builder()
                      .add(windowed, Occur.FILTER)
                      .add(
                          LongPoint.newRangeQuery(S_LAST, start - days, Long.MAX_VALUE),
                          Occur.FILTER)
                      .build();
            }
            // the cursor's own story, should it tie, counts as before it: the last document id
            TopDocs t =
                after.isPresent()
                    ? s.searchAfter(
                        new FieldDoc(
                            s.getIndexReader().maxDoc() - 1,
                            Float.NaN,
                            new Object[] {after.get()[0], after.get()[1]}),
                        windowed,
                        wanted,
                        newest)
                    : s.search(windowed, wanted, newest);
            if (whole || t.scoreDocs.length >= wanted) {
              found = t;
            }
          }
          TopDocs top = found;
          StoredFields stored = s.storedFields();
          List<StorySummary> out = new ArrayList<>();
          int n = Math.min(filter.limit(), top.scoreDocs.length);
          for (int i = 0; i < n; i++) {
            out.add(Documents.story(stored, top.scoreDocs[i].doc).summary());
          }
          Optional<String> next = Optional.empty();
          if (top.scoreDocs.length > filter.limit()) {
            Object[] last = ((FieldDoc) top.scoreDocs[n - 1]).fields;
            next = Optional.of(last[0] + "." + last[1]);
          }
          return new StoryPage(out, next);
        });
  }

  /** The article documents of story {@code id} and of the stories merged into it. */
  private static Query articlesOf(IndexSearcher s, StoredFields stored, String id)
      throws IOException {
    BooleanQuery.Builder ids = new BooleanQuery.Builder();
    ids.add(new TermQuery(new Term(A_STORY, id)), Occur.SHOULD);
    for (String merged : aliasesOf(s, stored, id)) {
      ids.add(new TermQuery(new Term(A_STORY, merged)), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(ofType(ARTICLE), Occur.FILTER)
        .add(ids.build(), Occur.FILTER)
        .build();
  }

  /**
   * The stored articles of a story in arrival order, copies and articles of stories merged into it
   * included.
   */
  List<StoredArticle> articles(String storyId) {
    return index.read(
        s -> {
          StoredFields stored = s.storedFields();
          String id = resolve(s, stored, storyId);
          Query q = articlesOf(s, stored, id);
          TopDocs top = all(s, q, new Sort(new SortField(A_SEQ, SortField.Type.LONG)));
          List<StoredArticle> out = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            StoredArticle a = Documents.article(stored.document(sd.doc));
            out.add(new StoredArticle(a.id(), id, a.input(), a.copyOf()));
          }
          return out;
        });
  }

  /**
   * The article documents of a story in arrival order, copies and articles of stories merged into
   * it included, as stored (each under the story id it was written with).
   */
  List<org.apache.lucene.document.Document> articleDocs(String storyId) {
    return index.read(
        s -> {
          StoredFields stored = s.storedFields();
          String id = resolve(s, stored, storyId);
          Query q = articlesOf(s, stored, id);
          List<org.apache.lucene.document.Document> out = new ArrayList<>();
          for (ScoreDoc sd :
              all(s, q, new Sort(new SortField(A_SEQ, SortField.Type.LONG))).scoreDocs) {
            out.add(stored.document(sd.doc));
          }
          return out;
        });
  }

  // ---------------------------------------------------------------- merges and aliases

  /** The story an id now names: itself, or the story it was merged into. */
  String resolve(String id) {
    return index.read(s -> resolve(s, s.storedFields(), id));
  }

  static String resolve(IndexSearcher s, StoredFields stored, String id) throws IOException {
    if (id == null) {
      return null;
    }
    return first(s, stored, new TermQuery(new Term(ALIAS_FROM, id)))
        .map(d -> d.get(ALIAS_INTO))
        .orElse(id);
  }

  /** The ids merged into a story. */
  private static List<String> aliasesOf(IndexSearcher s, StoredFields stored, String storyId)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd :
        all(s, new TermQuery(new Term(ALIAS_INTO, storyId)), Sort.INDEXORDER).scoreDocs) {
      out.add(stored.document(sd.doc).get(ALIAS_FROM));
    }
    return out;
  }

  /** Where an id goes through a batch's merges (each absorbed id to the story that took it in). */
  static String follow(Map<String, String> mergedInto, String id) {
    String at = id;
    for (int hops = 0; hops < 1000 && mergedInto.containsKey(at); hops++) {
      at = mergedInto.get(at);
    }
    return at;
  }

  /**
   * Folds story {@code gone} into {@code into} in the batch being written: the older story's record
   * (in {@code touched}, loaded when absent) takes in the younger one's counts, outlets, titles and
   * names; the younger story's document goes; its id and the ids merged into it become aliases of
   * {@code into}. The caller drops its cached report.
   */
  void merge(String gone, String into, Map<String, StoryRecord> touched, IndexWriter writer)
      throws IOException {
    StoryRecord target = touched.get(into);
    if (target == null) {
      target =
          load(into)
              .orElseThrow(() -> new IllegalStateException("merged into unknown story " + into));
      touched.put(into, target);
    }
    StoryRecord absorbed = touched.remove(gone);
    if (absorbed == null) {
      absorbed = load(gone).orElse(null); // a story of this batch only has no record yet
    }
    if (absorbed != null) {
      target.absorb(absorbed);
    }
    writer.deleteDocuments(new Term(S_ID, gone));
    for (String earlier : index.read(s -> aliasesOf(s, s.storedFields(), gone))) {
      writer.updateDocument(new Term(ALIAS_FROM, earlier), Documents.alias(earlier, into));
    }
    writer.updateDocument(new Term(ALIAS_FROM, gone), Documents.alias(gone, into));
  }

  /** Writes the records a batch changed. */
  void write(Iterable<StoryRecord> records, IndexWriter writer) throws IOException {
    for (StoryRecord r : records) {
      writer.updateDocument(new Term(S_ID, r.id), Documents.story(r));
    }
  }
}

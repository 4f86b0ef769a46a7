package dev.parallax.store.impl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Removal;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.report.ReportJson;
import dev.parallax.store.EntityView;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.SearchHit;
import dev.parallax.store.SearchQuery;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLockedException;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryAnalysis;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StorySummary;
import dev.parallax.story.GrouperCodec;
import dev.parallax.story.StoryGrouper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The store in one Lucene index: one document per article, per story, per cached report and per
 * batch of document-frequency increments, told apart by the {@code type} field; the schema version
 * and the grouper's totals in the commit's user data. Each ingest batch is one commit holding its
 * articles, the stories they changed and the grouper state, so a killed process leaves the last
 * complete batch. Thread-safe: writes are serialised on one lock, reads go through a {@link
 * SearcherManager} refreshed after each commit (or, read-only, whenever another process committed).
 * The schema is described in docs/store.md.
 */
public final class LuceneStore implements Store {
  /** The schema this code reads and writes; any other is refused. */
  public static final String SCHEMA = "parallax.store/2";

  /**
   * The one older schema this version reads and upgrades: {@code parallax.store/1} had no {@code
   * alias} documents (stories were never merged), so it reads exactly as a /2 store; a writer records
   * /2 on opening it.
   */
  public static final String MIGRATES_FROM = "parallax.store/1";

  static final String SCHEMA_KEY = "parallax.schema";
  private static final String ARTICLES_KEY = "grouper.articles";
  private static final String CREATED_KEY = "grouper.created";
  private static final String LATEST_KEY = "grouper.latest";
  private static final String SEQ_KEY = "articles.seq";

  private static final String TYPE = "type";
  private static final String ARTICLE = "article";
  private static final String STORY = "story";
  private static final String DF = "df";
  private static final String REPORT = "report";

  // fields shared by articles and stories, so one query searches both
  private static final String TITLE = "title";
  private static final String BODY = "body";

  private static final int DF_DOCS_BEFORE_COMPACTION = 64;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final boolean readOnly;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final StoryAnalysis analysis;
  private final Function<List<String>, float[][]> embedder;
  private final Object writeLock = new Object();
  private final Map<String, CachedReport> memoryReports = new ConcurrentHashMap<>();

  // guarded by writeLock
  private StoryGrouper grouper;
  private long seq;
  private Exception failed;

  private record CachedReport(int version, Report report) {}

  private LuceneStore(
      Path path, boolean readOnly, FSDirectory directory, IndexWriter writer, SearcherManager searchers,
      StoryAnalysis analysis, Function<List<String>, float[][]> embedder) {
    this.analysis = analysis;
    this.path = path;
    this.readOnly = readOnly;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.embedder = embedder;
  }

  /** Opens the store in {@code dir} (see {@link Store#open} and {@link Store#openReadOnly}). */
  public static LuceneStore open(Path dir, boolean readOnly, StoryAnalysis analysis) {
    return open(dir, readOnly, analysis, null);
  }

  /**
   * Opens the store with the given embedder for grouping ({@code null}: the process-wide sentence
   * embedder), for benchmarks that measure filing apart from embedding.
   */
  public static LuceneStore open(
      Path dir, boolean readOnly, StoryAnalysis analysis, Function<List<String>, float[][]> embedder) {
    java.util.Objects.requireNonNull(analysis, "analysis");
    FSDirectory directory = null;
    IndexWriter writer = null;
    try {
      if (readOnly && !Files.isDirectory(dir)) {
        throw new StoreException(dir + ": no store here (ingest some articles first)");
      }
      if (!readOnly) {
        Files.createDirectories(dir);
      }
      directory = FSDirectory.open(dir);
      boolean exists = DirectoryReader.indexExists(directory);
      if (exists) {
        checkSchema(dir, SegmentInfos.readLatestCommit(directory).getUserData());
      } else if (readOnly) {
        throw new StoreException(dir + ": no store here (ingest some articles first)");
      } else {
        try (var files = Files.list(dir)) {
          if (files.anyMatch(f -> !f.getFileName().toString().equals("write.lock"))) {
            throw new StoreException(dir + ": not a Parallax store (the directory holds other files)");
          }
        }
      }
      SearcherManager searchers;
      if (readOnly) {
        searchers = new SearcherManager(directory, null);
      } else {
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(64);
        try {
          writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
          throw new StoreLockedException(dir + ": the store is being written by another process; wait for it to finish");
        }
        if (!exists) {
          writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
          writer.commit();
        } else if (MIGRATES_FROM.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY))) {
          Map<String, String> data = new LinkedHashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
          data.put(SCHEMA_KEY, SCHEMA);
          writer.setLiveCommitData(data.entrySet());
          writer.commit();
        }
        searchers = new SearcherManager(writer, true, false, null);
      }
      LuceneStore store = new LuceneStore(dir, readOnly, directory, writer, searchers, analysis, embedder);
      if (!readOnly) {
        store.loadGrouper();
      }
      return store;
    } catch (StoreException e) {
      closeQuietly(writer, directory);
      throw e;
    } catch (IOException | RuntimeException e) {
      closeQuietly(writer, directory);
      throw new StoreException(dir + ": cannot open the store: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(IndexWriter writer, FSDirectory directory) {
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException ignored) {
      // already failing; the first error is the one to report
    }
    try {
      if (directory != null) {
        directory.close();
      }
    } catch (IOException ignored) {
      // as above
    }
  }

  private static void checkSchema(Path dir, Map<String, String> userData) {
    String schema = userData.get(SCHEMA_KEY);
    if (schema == null) {
      throw new StoreException(dir + ": not a Parallax store (a Lucene index without a store schema)");
    }
    if (!schema.equals(SCHEMA) && !schema.equals(MIGRATES_FROM)) {
      throw new StoreException(
          dir + ": the store has schema " + schema + " but this Parallax reads " + SCHEMA + " (and upgrades "
              + MIGRATES_FROM + ") only; use the matching Parallax version or ingest into a new store");
    }
  }

  /** Rebuilds the grouper from the last commit: totals, the df table and the stories still open. */
  private void loadGrouper() throws IOException {
    Map<String, String> data = currentUserData();
    StoryGrouper g =
        embedder == null ? StoryGrouper.create() : StoryGrouper.with(embedder, StoryGrouper.Settings.defaults());
    StoryGrouper.Totals totals =
        new StoryGrouper.Totals(
            Integer.parseInt(data.getOrDefault(ARTICLES_KEY, "0")),
            Long.parseLong(data.getOrDefault(CREATED_KEY, "0")),
            Optional.ofNullable(data.get(LATEST_KEY)).map(LocalDate::parse));
    seq = Long.parseLong(data.getOrDefault(SEQ_KEY, "0"));
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, Integer> df = new HashMap<>();
      TopDocs dfDocs = all(s, new TermQuery(new Term(TYPE, DF)), null);
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : dfDocs.scoreDocs) {
        StoryRecord.decodeCounts(stored.document(sd.doc).getBinaryValue("df.counts").bytes)
            .forEach((k, v) -> df.merge(k, v, Integer::sum));
      }
      GrouperCodec.restoreTotals(g, totals, df);
      if (dfDocs.scoreDocs.length > DF_DOCS_BEFORE_COMPACTION) {
        compactDf(df);
      }
      Query open = new TermQuery(new Term(TYPE, STORY));
      Optional<LocalDate> since = g.openSince();
      if (since.isPresent()) {
        open = new BooleanQuery.Builder()
            .add(open, Occur.FILTER)
            .add(LongPoint.newRangeQuery("s.last", since.get().toEpochDay(), Long.MAX_VALUE), Occur.FILTER)
            .build();
      }
      TopDocs stories = all(s, open, new Sort(new SortField("s.seq", SortField.Type.LONG)));
      for (ScoreDoc sd : stories.scoreDocs) {
        StoryRecord r = record(stored, sd.doc);
        r.state.ifPresent(state -> GrouperCodec.restoreStory(g, state));
      }
    } finally {
      searchers.release(s);
    }
    grouper = g;
  }

  /** Folds the df increments into one document, so opening reads a few documents, not one per batch. */
  private void compactDf(Map<String, Integer> df) throws IOException {
    writer.deleteDocuments(new Term(TYPE, DF));
    writer.addDocument(dfDoc(df));
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  private Map<String, String> currentUserData() throws IOException {
    Map<String, String> data = new HashMap<>();
    if (writer != null && writer.getLiveCommitData() != null) {
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    } else {
      data.putAll(SegmentInfos.readLatestCommit(directory).getUserData());
    }
    return data;
  }

  // ---------------------------------------------------------------- ingest

  /** One text of a batch on its way into the store. */
  private static final class Item {
    final SourceText input;
    final CleanDocument doc;
    final String id;
    final String textHash;
    final LocalDate published;
    IngestResult.Outcome outcome;
    String storyId;
    String copyOf;
    List<String> names = List.of();

    Item(SourceText input, CleanDocument doc, String id, String textHash, LocalDate published) {
      this.input = input;
      this.doc = doc;
      this.id = id;
      this.textHash = textHash;
      this.published = published;
    }
  }

  @Override
  public IngestResult ingest(List<SourceText> texts, IngestOptions options, IngestProgress progress) {
    if (readOnly) {
      throw new IllegalStateException("the store at " + path + " was opened read-only");
    }
    List<IngestResult.Filed> filed = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    LocalDate today = LocalDate.now();
    for (int from = 0; from < texts.size(); from += options.batchSize()) {
      List<SourceText> batch = texts.subList(from, Math.min(texts.size(), from + options.batchSize()));
      long stories;
      synchronized (writeLock) {
        if (failed != null) {
          throw new StoreException(path + ": an earlier ingest failed (" + failed.getMessage() + "); reopen the store");
        }
        try {
          ingestBatch(batch, options, today, filed, diagnostics);
        } catch (IOException | RuntimeException e) {
          // the grouper may have filed part of the batch: drop the uncommitted documents with it, and
          // refuse further writes, since memory and the last commit no longer agree
          failed = e;
          try {
            writer.rollback();
          } catch (IOException | RuntimeException ignored) {
            // the store stays at its last commit either way
          }
          if (e instanceof RuntimeException r && !(e instanceof StoreException)) {
            throw r;
          }
          throw e instanceof StoreException se ? se
              : new StoreException(path + ": cannot write the store: " + e.getMessage(), e);
        }
        stories = grouper.totals().created();
      }
      progress.committed(from + batch.size(), texts.size(), stories);
    }
    return new IngestResult(filed, diagnostics);
  }

  private void ingestBatch(
      List<SourceText> batch, IngestOptions options, LocalDate today, List<IngestResult.Filed> filed,
      List<Diagnostic> diagnostics) throws IOException {
    List<Item> items = new ArrayList<>();
    Map<String, Item> byId = new HashMap<>();
    Map<String, Item> byText = new HashMap<>();
    List<StoryGrouper.Dated> toFile = new ArrayList<>();
    List<Item> filing = new ArrayList<>();
    IndexSearcher s = searchers.acquire();
    try {
      StoredFields stored = s.storedFields();
      for (SourceText in : batch) {
        // each text cleaned alone: cleaning a batch together drops lines an outlet repeats across it,
        // which would make an article's stored text, and so its identity, depend on its batch
        CleanDocument doc;
        try {
          doc = analysis.clean(in);
        } catch (RuntimeException | StackOverflowError e) {
          // one article the cleaner cannot read is skipped with its reason; the batch goes on
          String why = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
          diagnostics.add(new Diagnostic("analysis-failed", in.source(),
              "cleaning failed (" + e.getClass().getSimpleName() + why + "); not stored"));
          Item skipped = new Item(in, new CleanDocument(in.source(), Optional.empty(), Optional.empty(), "",
              List.of(), List.of()), null, null, in.published().or(options::published).orElse(today));
          skipped.outcome = IngestResult.Outcome.SKIPPED;
          items.add(skipped);
          continue;
        }
        Optional<String> outlet = doc.outlet().or(options::outlet);
        doc = doc.withOutlet(outlet);
        LocalDate published = in.published().or(options::published).orElse(today);
        SourceText input =
            new SourceText(in.source(), in.text(), outlet, in.title(), in.url(), Optional.of(published),
                in.author(), in.removed());
        if (doc.text().isBlank()) {
          diagnostics.add(new Diagnostic("no-body", in.source(),
              "nothing left after cleaning; every line was boilerplate; not stored"));
          Item skipped = new Item(input, doc, null, null, published);
          skipped.outcome = IngestResult.Outcome.SKIPPED;
          items.add(skipped);
          continue;
        }
        String textHash = sha256(doc.text());
        String id = "a" + sha256(outlet.map(StoryRecord::normalise).orElse("") + "\n" + doc.text()).substring(0, 16);
        Item item = new Item(input, doc, id, textHash, published);
        items.add(item);
        Item same = byId.get(id);
        Optional<Document> stored1 = same == null ? first(s, stored, new TermQuery(new Term("a.id", id))) : Optional.empty();
        if (same != null || stored1.isPresent()) {
          item.outcome = IngestResult.Outcome.DUPLICATE;
          item.storyId = same != null ? same.storyId : resolve(s, stored, stored1.get().get("a.story"));
          continue;
        }
        byId.put(id, item);
        Item original = byText.get(textHash);
        Optional<Document> storedOriginal =
            original == null
                ? first(s, stored, new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("a.text", textHash)), Occur.FILTER)
                    .add(new TermQuery(new Term("a.kind", "copy")), Occur.MUST_NOT)
                    .build())
                : Optional.empty();
        if (original != null || storedOriginal.isPresent()) {
          item.outcome = IngestResult.Outcome.COPY;
          item.copyOf = original != null ? original.id : storedOriginal.get().get("a.id");
          item.storyId = original != null ? original.storyId : resolve(s, stored, storedOriginal.get().get("a.story"));
          if (original != null && original.storyId == null) {
            item.storyId = null; // filled once the original is filed below
          }
          continue;
        }
        byText.put(textHash, item);
        item.outcome = IngestResult.Outcome.ADDED;
        toFile.add(new StoryGrouper.Dated(doc, Optional.of(published)));
        filing.add(item);
      }
      restoreForLateArticles(s, stored, filing);
    } finally {
      searchers.release(s);
    }
    List<StoryGrouper.Filing> filings = grouper.fileAll(toFile);
    // stories the batch showed to be one event: each absorbed id to the story that now holds it
    Map<String, String> mergedInto = new LinkedHashMap<>();
    for (StoryGrouper.Filing f : filings) {
      for (String gone : f.absorbed()) {
        mergedInto.put(gone, f.storyId());
      }
    }
    for (Map.Entry<String, String> e : mergedInto.entrySet()) {
      e.setValue(follow(mergedInto, e.getValue()));
    }
    for (int i = 0; i < filing.size(); i++) {
      filing.get(i).storyId = follow(mergedInto, filings.get(i).storyId());
      filing.get(i).names = filings.get(i).names();
    }
    for (Item item : items) {
      if (item.outcome == IngestResult.Outcome.COPY && item.storyId == null) {
        item.storyId = byId.get(item.copyOf).storyId;
      }
      if (item.storyId != null) {
        item.storyId = follow(mergedInto, item.storyId);
      }
    }

    Map<String, StoryRecord> touched = new LinkedHashMap<>();
    for (Item item : items) {
      if (item.outcome == IngestResult.Outcome.DUPLICATE || item.outcome == IngestResult.Outcome.SKIPPED) {
        continue;
      }
      StoryRecord r = touched.get(item.storyId);
      if (r == null) {
        r = loadRecord(item.storyId).orElseGet(() -> newRecord(item));
        touched.put(item.storyId, r);
      }
      r.articles++;
      r.addDate(item.published);
      if (item.outcome == IngestResult.Outcome.COPY) {
        r.copies++;
      } else {
        r.titles.add(item.doc.title().orElse(""));
        if (r.lead.isEmpty()) {
          r.lead = lead(item.doc.text());
        }
        item.input.outlet().ifPresent(r::addOutlet);
        for (String n : item.names) {
          r.names.merge(n, 1, Integer::sum);
        }
      }
      seq++;
      writer.addDocument(articleDoc(item, seq));
    }
    for (Map.Entry<String, String> e : mergedInto.entrySet()) {
      String gone = e.getKey();
      String into = e.getValue();
      StoryRecord target = touched.get(into);
      if (target == null) {
        target = loadRecord(into).orElseThrow(() -> new IllegalStateException("merged into unknown story " + into));
        touched.put(into, target);
      }
      StoryRecord absorbed = touched.remove(gone);
      if (absorbed == null) {
        absorbed = loadRecord(gone).orElse(null); // a story of this batch only has no record yet
      }
      if (absorbed != null) {
        target.absorb(absorbed);
      }
      writer.deleteDocuments(new Term("s.id", gone));
      writer.deleteDocuments(new Term("r.story", gone));
      memoryReports.remove(gone);
      for (String earlier : aliasesOf(gone)) {
        writer.updateDocument(new Term(ALIAS_FROM, earlier), aliasDoc(earlier, into));
      }
      writer.updateDocument(new Term(ALIAS_FROM, gone), aliasDoc(gone, into));
    }
    for (StoryRecord r : touched.values()) {
      GrouperCodec.encodeStory(grouper, r.id).ifPresent(st -> r.state = Optional.of(st));
      writer.updateDocument(new Term("s.id", r.id), storyDoc(r));
    }
    Map<String, Integer> dfChanges = GrouperCodec.takeDfChanges(grouper);
    if (!dfChanges.isEmpty()) {
      writer.addDocument(dfDoc(dfChanges));
    }
    StoryGrouper.Totals totals = grouper.totals();
    Map<String, String> data = new LinkedHashMap<>();
    data.put(SCHEMA_KEY, SCHEMA);
    data.put(ARTICLES_KEY, Integer.toString(totals.articles()));
    data.put(CREATED_KEY, Long.toString(totals.created()));
    totals.latest().ifPresent(d -> data.put(LATEST_KEY, d.toString()));
    data.put(SEQ_KEY, Long.toString(seq));
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
    grouper.dropClosed();

    for (Item item : items) {
      filed.add(new IngestResult.Filed(item.input.source(), item.outcome, Optional.ofNullable(item.id),
          Optional.ofNullable(item.storyId), Optional.ofNullable(item.copyOf)));
    }
  }

  /**
   * Gives the grouper back the closed stories that articles dated before the newest filed could still
   * join (those within the window of their dates), so that dropping closed stories never changes
   * where an article goes. In a stream that arrives roughly in date order these are few: the stories
   * that closed within the stream's lateness.
   */
  private void restoreForLateArticles(IndexSearcher s, StoredFields stored, List<Item> filing) throws IOException {
    Optional<LocalDate> latest = grouper.totals().latest();
    if (latest.isEmpty()) {
      return;
    }
    LocalDate min = null;
    LocalDate max = null;
    for (Item item : filing) {
      if (item.published.isBefore(latest.get())) {
        min = min == null || item.published.isBefore(min) ? item.published : min;
        max = max == null || item.published.isAfter(max) ? item.published : max;
      }
    }
    if (min == null) {
      return;
    }
    int w = grouper.settings().windowDays();
    long openSince = latest.get().minusDays(w).toEpochDay();
    Query closedNearby = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, STORY)), Occur.FILTER)
        .add(LongPoint.newRangeQuery("s.last", min.minusDays(w).toEpochDay(), openSince - 1), Occur.FILTER)
        .add(LongPoint.newRangeQuery("s.first", Long.MIN_VALUE, max.plusDays(w).toEpochDay()), Occur.FILTER)
        .build();
    TopDocs top = all(s, closedNearby, new Sort(new SortField("s.seq", SortField.Type.LONG)));
    for (ScoreDoc sd : top.scoreDocs) {
      StoryRecord r = record(stored, sd.doc);
      if (!grouper.holds(r.id)) {
        r.state.ifPresent(state -> GrouperCodec.restoreStory(grouper, state));
      }
    }
  }

  private static StoryRecord newRecord(Item item) {
    long n = Long.parseLong(item.storyId.substring(1));
    String title = item.doc.title().orElse(lead(item.doc.text()));
    return new StoryRecord(item.storyId, n, title.length() > 160 ? title.substring(0, 157) + "..." : title);
  }

  private static String lead(String text) {
    String t = text.strip();
    int nl = t.indexOf("\n\n");
    String p = nl < 0 ? t : t.substring(0, nl);
    return p.length() > 400 ? p.substring(0, 400) : p;
  }

  private Optional<StoryRecord> loadRecord(String storyId) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return first(s, s.storedFields(), new TermQuery(new Term("s.id", storyId)))
          .map(d -> StoryRecord.decode(d.getBinaryValue("s.record").bytes));
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Every hit, sorted when {@code sort} is given. Counted first: asked for more hits than exist, Lucene
   * sizes its queue by the whole index, which would make the cost grow with the store.
   */
  private static TopDocs all(IndexSearcher s, Query q, Sort sort) throws IOException {
    int n = Math.max(1, s.count(q));
    return sort == null ? s.search(q, n) : s.search(q, n, sort);
  }

  private static Optional<Document> first(IndexSearcher s, StoredFields stored, Query q) throws IOException {
    TopDocs top = s.search(q, 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(stored.document(top.scoreDocs[0].doc));
  }

  private Document articleDoc(Item item, long n) throws IOException {
    Document d = new Document();
    SourceText in = item.input;
    d.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
    d.add(new StringField("a.id", item.id, Field.Store.YES));
    d.add(new StringField("a.text", item.textHash, Field.Store.NO));
    d.add(new StringField("a.story", item.storyId, Field.Store.YES));
    d.add(new StringField("a.kind", item.outcome == IngestResult.Outcome.COPY ? "copy" : "original", Field.Store.NO));
    if (item.copyOf != null) {
      d.add(new StoredField("a.copyOf", item.copyOf));
    }
    d.add(new NumericDocValuesField("a.seq", n));
    d.add(new StoredField("a.seq", n));
    in.outlet().ifPresent(o -> {
      d.add(new StringField("a.outlet", StoryRecord.normalise(o), Field.Store.NO));
      d.add(new StoredField("a.outletName", o));
    });
    long day = item.published.toEpochDay();
    d.add(new LongPoint("a.published", day));
    d.add(new StoredField("a.published", day));
    for (String name : item.names) {
      addName(d, "a.names", name);
    }
    d.add(new StoredField("a.source", in.source()));
    d.add(new StoredField("a.input", in.text()));
    in.title().ifPresent(t -> d.add(new StoredField("a.title", t)));
    in.url().ifPresent(u -> d.add(new StoredField("a.url", u)));
    in.author().ifPresent(a -> d.add(new StoredField("a.author", a)));
    if (!in.removed().isEmpty()) {
      ArrayNode removed = JSON.createArrayNode();
      for (Removal r : in.removed()) {
        removed.addObject().put("text", r.text()).put("reason", r.reason());
      }
      d.add(new StoredField("a.removed", JSON.writeValueAsString(removed)));
    }
    d.add(new TextField(TITLE, item.doc.title().orElse(""), Field.Store.YES));
    d.add(new TextField(BODY, item.doc.text(), Field.Store.YES));
    return d;
  }

  private static void addName(Document d, String field, String name) {
    String id = EntityView.idOf(name);
    d.add(new StringField(field, id, Field.Store.NO));
    for (String part : id.split("-")) {
      if (!part.isEmpty() && !part.equals(id)) {
        d.add(new StringField(field, part, Field.Store.NO));
      }
    }
  }

  private static Document storyDoc(StoryRecord r) {
    Document d = new Document();
    d.add(new StringField(TYPE, STORY, Field.Store.NO));
    d.add(new StringField("s.id", r.id, Field.Store.YES));
    d.add(new NumericDocValuesField("s.seq", r.seq));
    long first = r.first == null ? Long.MIN_VALUE : r.first.toEpochDay();
    long last = r.last == null ? Long.MIN_VALUE : r.last.toEpochDay();
    d.add(new LongPoint("s.first", first));
    d.add(new LongPoint("s.last", last));
    d.add(new NumericDocValuesField("s.last", last));
    d.add(new IntPoint("s.outletCount", r.outlets.size()));
    for (String o : r.outlets) {
      d.add(new StringField("s.outlets", StoryRecord.normalise(o), Field.Store.NO));
    }
    for (String n : r.names.keySet()) {
      addName(d, "s.names", n);
    }
    d.add(new StoredField("s.record", r.encode()));
    d.add(new TextField(TITLE, r.title, Field.Store.YES));
    d.add(new TextField(BODY, r.searchText(), Field.Store.YES));
    return d;
  }

  private static Document dfDoc(Map<String, Integer> counts) {
    Document d = new Document();
    d.add(new StringField(TYPE, DF, Field.Store.NO));
    d.add(new StoredField("df.counts", StoryRecord.encodeCounts(counts)));
    return d;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  // ---------------------------------------------------------------- merged stories

  private static final String ALIAS = "alias";
  private static final String ALIAS_FROM = "al.from";
  private static final String ALIAS_INTO = "al.into";

  /** Where an id goes through this batch's merges. */
  private static String follow(Map<String, String> mergedInto, String id) {
    String at = id;
    for (int hops = 0; hops < 1000 && mergedInto.containsKey(at); hops++) {
      at = mergedInto.get(at);
    }
    return at;
  }

  /** A story merged into another keeps its id as an alias, so links to it still lead somewhere. */
  private static Document aliasDoc(String from, String into) {
    Document d = new Document();
    d.add(new StringField(TYPE, ALIAS, Field.Store.NO));
    d.add(new StringField(ALIAS_FROM, from, Field.Store.YES));
    d.add(new StringField(ALIAS_INTO, into, Field.Store.YES));
    return d;
  }

  /** The story an id now names: itself, or the story it was merged into. */
  private static String resolve(IndexSearcher s, StoredFields stored, String id) throws IOException {
    if (id == null) {
      return null;
    }
    return first(s, stored, new TermQuery(new Term(ALIAS_FROM, id))).map(d -> d.get(ALIAS_INTO)).orElse(id);
  }

  /** The ids merged into a story. */
  private List<String> aliasesOf(String storyId) {
    return read(s -> aliasesOf(s, s.storedFields(), storyId));
  }

  private static List<String> aliasesOf(IndexSearcher s, StoredFields stored, String storyId) throws IOException {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : all(s, new TermQuery(new Term(ALIAS_INTO, storyId)), Sort.INDEXORDER).scoreDocs) {
      out.add(stored.document(sd.doc).get(ALIAS_FROM));
    }
    return out;
  }

  private String resolve(String id) {
    return read(s -> resolve(s, s.storedFields(), id));
  }

  // ---------------------------------------------------------------- reading

  private IndexSearcher acquire() {
    try {
      if (readOnly) {
        searchers.maybeRefresh();
      }
      return searchers.acquire();
    } catch (IOException e) {
      throw new StoreException(path + ": cannot read the store: " + e.getMessage(), e);
    }
  }

  private void release(IndexSearcher s) {
    try {
      searchers.release(s);
    } catch (IOException e) {
      throw new StoreException(path + ": cannot read the store: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Read<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  private <T> T read(Read<T> body) {
    IndexSearcher s = acquire();
    try {
      return body.apply(s);
    } catch (IOException e) {
      throw new StoreException(path + ": cannot read the store: " + e.getMessage(), e);
    } finally {
      release(s);
    }
  }

  private static StoryRecord record(StoredFields stored, int doc) throws IOException {
    return StoryRecord.decode(stored.document(doc, java.util.Set.of("s.record")).getBinaryValue("s.record").bytes);
  }

  /** Documents naming the entity: its whole id (a hyphenated name), or each of its words. */
  private static Query entityQuery(String field, String entity) {
    String id = EntityView.idOf(entity);
    if (id.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    String[] parts = id.split("-");
    if (parts.length == 1) {
      return new TermQuery(new Term(field, id));
    }
    BooleanQuery.Builder each = new BooleanQuery.Builder();
    for (String p : parts) {
      each.add(new TermQuery(new Term(field, p)), Occur.FILTER);
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(field, id)), Occur.SHOULD)
        .add(each.build(), Occur.SHOULD)
        .build();
  }

  @Override
  public List<StorySummary> stories(StoryFilter filter) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(new TermQuery(new Term(TYPE, STORY)), Occur.FILTER);
    filter.since().ifPresent(d -> q.add(LongPoint.newRangeQuery("s.last", d.toEpochDay(), Long.MAX_VALUE), Occur.FILTER));
    filter.entity().ifPresent(e -> q.add(entityQuery("s.names", e), Occur.FILTER));
    filter.outlet().ifPresent(o -> q.add(new TermQuery(new Term("s.outlets", StoryRecord.normalise(o))), Occur.FILTER));
    if (filter.minOutlets() > 0) {
      q.add(IntPoint.newRangeQuery("s.outletCount", filter.minOutlets(), Integer.MAX_VALUE), Occur.FILTER);
    }
    Sort newest = new Sort(new SortField("s.last", SortField.Type.LONG, true), new SortField("s.seq", SortField.Type.LONG, true));
    return read(s -> {
      TopDocs top = s.search(q.build(), filter.limit(), newest);
      StoredFields stored = s.storedFields();
      List<StorySummary> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(record(stored, sd.doc).summary());
      }
      return out;
    });
  }

  private Optional<StoryRecord> storyRecord(String id) {
    return read(s -> first(s, s.storedFields(), new TermQuery(new Term("s.id", resolve(s, s.storedFields(), id))))
        .map(d -> StoryRecord.decode(d.getBinaryValue("s.record").bytes)));
  }

  @Override
  public Optional<StorySummary> story(String id) {
    return storyRecord(id).map(StoryRecord::summary);
  }

  @Override
  public List<StoredArticle> articles(String storyId) {
    return read(s -> {
      StoredFields stored = s.storedFields();
      String id = resolve(s, stored, storyId);
      BooleanQuery.Builder ids = new BooleanQuery.Builder();
      ids.add(new TermQuery(new Term("a.story", id)), Occur.SHOULD);
      for (String merged : aliasesOf(s, stored, id)) {
        ids.add(new TermQuery(new Term("a.story", merged)), Occur.SHOULD);
      }
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(TYPE, ARTICLE)), Occur.FILTER)
          .add(ids.build(), Occur.FILTER)
          .build();
      TopDocs top = all(s, q, new Sort(new SortField("a.seq", SortField.Type.LONG)));
      List<StoredArticle> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        StoredArticle a = article(stored.document(sd.doc));
        out.add(new StoredArticle(a.id(), id, a.input(), a.copyOf()));
      }
      return out;
    });
  }

  private static StoredArticle article(Document d) throws IOException {
    List<Removal> removed = new ArrayList<>();
    String r = d.get("a.removed");
    if (r != null) {
      for (JsonNode n : JSON.readTree(r)) {
        removed.add(new Removal(n.get("text").asText(), n.get("reason").asText()));
      }
    }
    SourceText input = new SourceText(
        d.get("a.source"),
        d.get("a.input"),
        Optional.ofNullable(d.get("a.outletName")),
        Optional.ofNullable(d.get("a.title")),
        Optional.ofNullable(d.get("a.url")),
        Optional.of(LocalDate.ofEpochDay(d.getField("a.published").numericValue().longValue())),
        Optional.ofNullable(d.get("a.author")),
        removed);
    return new StoredArticle(d.get("a.id"), d.get("a.story"), input, Optional.ofNullable(d.get("a.copyOf")));
  }

  @Override
  public Optional<Report> report(String asked) {
    String storyId = resolve(asked);
    Optional<StoryRecord> record = storyRecord(storyId);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    int version = record.get().articles;
    CachedReport memory = memoryReports.get(storyId);
    if (memory != null && memory.version() >= version) {
      return Optional.of(memory.report());
    }
    Optional<Report> cached = read(s -> first(s, s.storedFields(), new TermQuery(new Term("r.story", storyId)))
        .filter(d -> d.getField("r.version").numericValue().intValue() >= version)
        .map(d -> ReportJson.read(d.get("r.json"))));
    if (cached.isPresent()) {
      return cached;
    }
    Report report = compute(articles(storyId));
    if (readOnly) {
      memoryReports.put(storyId, new CachedReport(version, report));
    } else {
      synchronized (writeLock) {
        if (failed == null) {
          try {
            Document d = new Document();
            d.add(new StringField(TYPE, REPORT, Field.Store.NO));
            d.add(new StringField("r.story", storyId, Field.Store.YES));
            d.add(new StoredField("r.version", version));
            d.add(new StoredField("r.json", ReportJson.write(report)));
            writer.updateDocument(new Term("r.story", storyId), d);
            writer.commit();
            searchers.maybeRefreshBlocking();
          } catch (IOException e) {
            throw new StoreException(path + ": cannot write the store: " + e.getMessage(), e);
          }
        }
      }
    }
    return Optional.of(report);
  }

  /** The deep analysis of a story's independent articles; copies are named in its diagnostics. */
  private Report compute(List<StoredArticle> articles) {
    List<SourceText> independent = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    Map<String, StoredArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    for (StoredArticle a : articles) {
      if (a.copyOf().isPresent()) {
        StoredArticle original = byId.get(a.copyOf().get());
        String of = original == null
            ? a.copyOf().get()
            : original.input().source() + original.input().outlet().map(o -> " (" + o + ")").orElse("");
        notes.add(new Diagnostic("copy", a.input().source(),
            "same text as " + of + "; left out of the comparison as not an independent source"));
      } else {
        independent.add(a.input());
      }
    }
    return analysis.analyse(independent, notes);
  }

  // ---------------------------------------------------------------- search

  /** A snippet and its highlighted spans, as the highlighter's formatter builds them. */
  private record Snippet(String text, List<SearchHit.Span> spans) {}

  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder b = new StringBuilder();
      List<SearchHit.Span> spans = new ArrayList<>();
      for (Passage p : passages) {
        if (b.length() > 0) {
          b.append(" … ");
        }
        int from = p.getStartOffset();
        int to = p.getEndOffset();
        while (from < to && Character.isWhitespace(content.charAt(from))) {
          from++;
        }
        while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
          to--;
        }
        int base = b.length() - from;
        int pos = from;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = Math.max(p.getMatchStarts()[i], pos);
          int end = Math.min(p.getMatchEnds()[i], to);
          if (end <= start) {
            continue;
          }
          spans.add(new SearchHit.Span(start + base, end + base));
          pos = end;
        }
        b.append(content, from, to);
      }
      // one character for one, so the spans stay put
      String text = b.toString().replaceAll("[\\n\\r\\t]", " ");
      return new Snippet(text, spans);
    }
  }

  /** Opens up the highlighter's per-document objects, which {@link SpanFormatter} makes snippets. */
  private static final class SpanHighlighter extends UnifiedHighlighter {
    SpanHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }

  @Override
  public List<SearchHit> search(SearchQuery query) {
    Query text = parse(query.text());
    BooleanQuery.Builder articles = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, ARTICLE)), Occur.FILTER)
        .add(new TermQuery(new Term("a.kind", "copy")), Occur.MUST_NOT);
    BooleanQuery.Builder stories = new BooleanQuery.Builder().add(new TermQuery(new Term(TYPE, STORY)), Occur.FILTER);
    long since = query.since().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    long until = query.until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    if (query.since().isPresent() || query.until().isPresent()) {
      articles.add(LongPoint.newRangeQuery("a.published", since, until), Occur.FILTER);
      stories.add(LongPoint.newRangeQuery("s.last", since, Long.MAX_VALUE), Occur.FILTER);
      stories.add(LongPoint.newRangeQuery("s.first", Long.MIN_VALUE, until), Occur.FILTER);
    }
    query.outlet().ifPresent(o -> {
      articles.add(new TermQuery(new Term("a.outlet", StoryRecord.normalise(o))), Occur.FILTER);
      stories.add(new TermQuery(new Term("s.outlets", StoryRecord.normalise(o))), Occur.FILTER);
    });
    query.entity().ifPresent(e -> {
      articles.add(entityQuery("a.names", e), Occur.FILTER);
      stories.add(entityQuery("s.names", e), Occur.FILTER);
    });
    Query kinds = new BooleanQuery.Builder()
        .add(articles.build(), Occur.SHOULD)
        .add(stories.build(), Occur.SHOULD)
        .setMinimumNumberShouldMatch(1)
        .build();
    Query full = new BooleanQuery.Builder().add(text, Occur.MUST).add(kinds, Occur.FILTER).build();
    return read(s -> {
      TopDocs top = s.search(full, query.limit());
      if (top.scoreDocs.length == 0) {
        return List.of();
      }
      int[] docs = new int[top.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = top.scoreDocs[i].doc;
      }
      SpanHighlighter highlighter = new SpanHighlighter(UnifiedHighlighter.builder(s, analyzer)
          .withFormatter(new SpanFormatter())
          .withMaxLength(100_000));
      Map<String, Object[]> snippets = highlighter.snippets(new String[] {BODY, TITLE}, text, docs, new int[] {2, 1});
      StoredFields stored = s.storedFields();
      List<SearchHit> out = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        Document d = stored.document(docs[i]);
        Snippet snippet = (Snippet) snippets.get(BODY)[i];
        Snippet title = (Snippet) snippets.get(TITLE)[i];
        if ((snippet == null || snippet.spans().isEmpty()) && title != null && !title.spans().isEmpty()) {
          snippet = title;
        }
        if (snippet == null) {
          snippet = new Snippet("", List.of());
        }
        double score = top.scoreDocs[i].score;
        if (d.get("a.id") != null) {
          out.add(new SearchHit(SearchHit.Kind.ARTICLE, d.get("a.id"), resolve(s, stored, d.get("a.story")), d.get(TITLE),
              Optional.ofNullable(d.get("a.outletName")),
              Optional.of(LocalDate.ofEpochDay(d.getField("a.published").numericValue().longValue())),
              score, snippet.text(), snippet.spans()));
        } else {
          StoryRecord r = StoryRecord.decode(d.getBinaryValue("s.record").bytes);
          out.add(new SearchHit(SearchHit.Kind.STORY, r.id, r.id, r.title, Optional.empty(),
              Optional.ofNullable(r.last), score, snippet.text(), snippet.spans()));
        }
      }
      return out;
    });
  }

  private Query parse(String text) {
    Map<String, Float> boosts = Map.of(TITLE, 2f, BODY, 1f);
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer, boosts);
    try {
      return parser.parse(text);
    } catch (ParseException | RuntimeException e) {
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException e2) {
        return new MatchNoDocsQuery("unparseable query");
      }
    }
  }

  // ---------------------------------------------------------------- entities and counts

  @Override
  public Optional<EntityView> entity(String id) {
    String key = EntityView.idOf(id);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return read(s -> {
      Query articles = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(TYPE, ARTICLE)), Occur.FILTER)
          .add(entityQuery("a.names", key), Occur.FILTER)
          .build();
      int n = s.count(articles);
      if (n == 0) {
        return Optional.empty();
      }
      List<String> texts = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (ScoreDoc hit : s.search(articles, SPELLING_SAMPLE).scoreDocs) {
        Document d = stored.document(hit.doc, java.util.Set.of(TITLE, BODY));
        texts.add(d.get(TITLE) == null ? "" : d.get(TITLE));
        texts.add(d.get(BODY) == null ? "" : d.get(BODY));
      }
      List<StorySummary> stories = stories(new StoryFilter(Optional.empty(), Optional.of(key), Optional.empty(), 0, 100));
      return Optional.of(new EntityView(key, spelling(key, texts), n, stories));
    });
  }

  /** Articles read to find how a name is most often written. */
  private static final int SPELLING_SAMPLE = 20;

  /**
   * How the texts most often write the name with this id (its words in order, any punctuation or
   * spaces between them), capitalised spellings first; the id capitalised when none writes it whole.
   */
  static String spelling(String id, List<String> texts) {
    List<String> parts = new ArrayList<>();
    for (String p : id.split("-")) {
      parts.add(java.util.regex.Pattern.quote(p));
    }
    java.util.regex.Pattern name = java.util.regex.Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + String.join("[^\\p{L}\\p{N}]{1,3}", parts) + "(?![\\p{L}\\p{N}])",
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    Map<String, Integer> seen = new java.util.LinkedHashMap<>();
    for (String text : texts) {
      java.util.regex.Matcher m = name.matcher(text);
      while (m.find()) {
        seen.merge(m.group(), 1, Integer::sum);
      }
    }
    return seen.entrySet().stream()
        .max(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> Character.isUpperCase(e.getKey().charAt(0)))
            .thenComparing(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElseGet(() -> StoryRecord.capitalise(id.replace('-', ' ')));
  }

  @Override
  public Counts counts() {
    return read(s -> new Counts(
        s.count(new TermQuery(new Term(TYPE, ARTICLE))),
        s.count(new TermQuery(new Term(TYPE, STORY))),
        s.count(new TermQuery(new Term("a.kind", "copy")))));
  }

  /** Whether the story's report is cached and current (in the store, or in memory when read-only). */
  public boolean reportCached(String asked) {
    String storyId = resolve(asked);
    Optional<StoryRecord> record = storyRecord(storyId);
    if (record.isEmpty()) {
      return false;
    }
    int version = record.get().articles;
    CachedReport memory = memoryReports.get(storyId);
    if (memory != null && memory.version() >= version) {
      return true;
    }
    return read(s -> first(s, s.storedFields(), new TermQuery(new Term("r.story", storyId)))
        .filter(d -> d.getField("r.version").numericValue().intValue() >= version)
        .isPresent());
  }

  /** The directory the store lives in. */
  public Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      try {
        searchers.close();
      } finally {
        try {
          if (writer != null) {
            writer.close();
          }
        } finally {
          directory.close();
        }
      }
    }
  }
}

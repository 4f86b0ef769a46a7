package dev.parallax.store.impl;

import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.store.Correction;
import dev.parallax.store.EntityView;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.SearchHit;
import dev.parallax.store.SearchQuery;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryAnalysis;
import dev.parallax.store.StoryExplanation;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StoryPage;
import dev.parallax.store.StorySummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * The store in one Lucene index ({@link StoreIndex}): one document per article, per story, per
 * cached report, per merged story's alias and per batch of document-frequency increments ({@link
 * Documents}); the schema version and the grouper's totals in the commit's user data. Each ingest
 * batch ({@link Ingester}) is one commit holding its articles, the stories they changed ({@link
 * Stories}) and the grouper's state ({@link PersistedGrouper}), so a killed process leaves the last
 * complete batch. Reports ({@link ReportCache}), search ({@link StoreSearch}) and names ({@link
 * EntityViews}) read it. Thread-safe: writes are serialised on one lock, reads go through searchers
 * refreshed after each commit. The schema is described in docs/store.md.
 */
public final class LuceneStore implements Store {
  /** The schema this code reads and writes; any other is refused. */
  public static final String SCHEMA = StoreIndex.SCHEMA;

  /** The one older schema this version reads, and upgrades when it writes. */
  public static final String MIGRATES_FROM = StoreIndex.MIGRATES_FROM;

  private final StoreIndex index;
  private final Stories stories;
  private final ReportCache reports;
  private final StoreSearch search;
  private final EntityViews entities;

  /** Empty when opened read-only. */
  private final Optional<Ingester> ingester;

  private final Explanations explanations;

  /** Empty when opened read-only. */
  private final Optional<Corrections> corrections;

  private LuceneStore(
      StoreIndex index,
      StoryAnalysis analysis,
      Optional<Function<List<String>, float[][]>> embedder)
      throws IOException {
    this.index = index;
    this.stories = new Stories(index);
    this.reports = new ReportCache(index, stories, analysis);
    this.search = new StoreSearch(index);
    this.entities = new EntityViews(index, stories);
    this.ingester =
        index.readOnly
            ? Optional.empty()
            : Optional.of(Ingester.open(index, stories, reports, analysis, embedder));
    this.explanations = new Explanations(index);
    this.corrections =
        ingester.map(i -> new Corrections(index, stories, reports, analysis, i.grouper()));
  }

  /** Opens the store in {@code dir} (see {@link Store#open} and {@link Store#openReadOnly}). */
  public static LuceneStore open(Path dir, boolean readOnly, StoryAnalysis analysis) {
    return open(dir, readOnly, analysis, Optional.empty());
  }

  /**
   * Opens the store with the given embedder for grouping instead of the process-wide sentence
   * embedder, for benchmarks and tests that file apart from embedding.
   */
  public static LuceneStore open(
      Path dir,
      boolean readOnly,
      StoryAnalysis analysis,
      Function<List<String>, float[][]> embedder) {
    return open(dir, readOnly, analysis, Optional.of(embedder));
  }

  private static LuceneStore open(
      Path dir,
      boolean readOnly,
      StoryAnalysis analysis,
      Optional<Function<List<String>, float[][]>> embedder) {
    Objects.requireNonNull(analysis, "analysis");
    StoreIndex index = StoreIndex.open(dir, readOnly);
    try {
      return new LuceneStore(index, analysis, embedder);
    } catch (IOException | RuntimeException e) {
      try {
        index.close();
      } catch (IOException | RuntimeException ignored) {
        // already failing; the first error is the one to report
      }
      throw e instanceof StoreException se
          ? se
          : new StoreException(dir + ": cannot open the store: " + e.getMessage(), e);
    }
  }

  @Override
  public IngestResult ingest(
      List<SourceText> texts, IngestOptions options, IngestProgress progress) {
    return ingester
        .orElseThrow(
            () -> new IllegalStateException("the store at " + index.path + " was opened read-only"))
        .ingest(texts, options, progress);
  }

  @Override
  public StoryPage storyPage(StoryFilter filter) {
    return stories.page(filter);
  }

  @Override
  public Optional<StorySummary> story(String id) {
    return stories.summary(id);
  }

  @Override
  public List<StoredArticle> articles(String storyId) {
    return stories.articles(storyId);
  }

  @Override
  public Optional<Report> report(String storyId) {
    return reports.report(storyId);
  }

  /**
   * Whether the story's report is cached and current (in the store, or in memory when read-only).
   */
  public boolean reportCached(String storyId) {
    return reports.cached(storyId);
  }

  @Override
  public List<SearchHit> search(SearchQuery query) {
    return search.search(query);
  }

  @Override
  public Optional<EntityView> entity(String id) {
    return entities.entity(id);
  }

  @Override
  public Optional<StoryExplanation> explain(String storyId) {
    return explanations.explain(storyId);
  }

  @Override
  public Correction merge(String into, String gone) {
    return writable().merge(into, gone);
  }

  @Override
  public Correction move(String articleId, Optional<String> into) {
    return writable().move(articleId, into);
  }

  @Override
  public Correction date(String articleId, java.time.LocalDate published) {
    return writable().date(articleId, published);
  }

  private Corrections writable() {
    return corrections.orElseThrow(
        () -> new IllegalStateException("the store at " + index.path + " was opened read-only"));
  }

  @Override
  public Counts counts() {
    return index.read(
        s ->
            new Counts(
                s.count(Documents.ofType(Documents.ARTICLE)),
                s.count(Documents.ofType(Documents.STORY)),
                s.count(new TermQuery(new Term(Documents.A_KIND, Documents.COPY)))));
  }

  /** The directory the store lives in. */
  public Path path() {
    return index.path;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}

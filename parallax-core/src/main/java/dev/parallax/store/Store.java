package dev.parallax.store;

import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A directory of articles grouped into stories, with each story's report cached. One writer at a
 * time (a lock file in the directory refuses a second), any number of concurrent readers in the
 * same process and in others; every method is thread-safe. Commits are atomic: a process killed
 * during {@link #ingest} loses at most the batch it had not committed, and ingesting the same
 * inputs again completes the work.
 */
public interface Store extends Closeable {

  /** The environment variable that overrides {@link #defaultDirectory()}. */
  String ENV = "PARALLAX_STORE";

  /**
   * {@code $PARALLAX_STORE} if set, else {@code $XDG_DATA_HOME/parallax/store}, else {@code
   * ~/.local/share/parallax/store}.
   */
  static Path defaultDirectory() {
    return StoreDirectories.defaultDirectory(System.getenv());
  }

  /**
   * Opens the store in {@code dir} for reading and writing, creating it when absent; {@code
   * analysis} cleans what is ingested and makes stories' reports (the pipeline's: {@code
   * Pipeline::analyse}).
   *
   * @throws StoreLockedException when another process is writing the store (it can still be opened
   *     read-only)
   * @throws StoreException when the directory holds a store of another schema version that cannot
   *     be migrated, or is not a store
   */
  static Store open(Path dir, StoryAnalysis analysis) {
    return dev.parallax.store.impl.LuceneStore.open(dir, false, analysis);
  }

  /**
   * Opens an existing store for reading only; it sees what writers commit after it opened. A report
   * it computes with {@code analysis} is cached in memory only.
   *
   * @throws StoreException when there is no store in {@code dir}, or one of another schema version
   */
  static Store openReadOnly(Path dir, StoryAnalysis analysis) {
    return dev.parallax.store.impl.LuceneStore.open(dir, true, analysis);
  }

  /**
   * Cleans (with the store's {@link StoryAnalysis#clean}), files and commits the texts (in batches;
   * {@code progress} hears after each). An article already stored (same cleaned text, same outlet)
   * is a duplicate and a no-op; the same text under another outlet is stored as a copy of the first
   * and not counted as an independent source.
   */
  IngestResult ingest(List<SourceText> texts, IngestOptions options, IngestProgress progress);

  /**
   * Stories matching the filter, newest first (by last article date, then id): the page its limit
   * and cursor say.
   */
  default List<StorySummary> stories(StoryFilter filter) {
    return storyPage(filter).stories();
  }

  /**
   * One page of the stories matching the filter, newest first (by last article date, then id), and
   * the cursor of the next: what a page costs does not grow with the store or the page's depth.
   */
  StoryPage storyPage(StoryFilter filter);

  Optional<StorySummary> story(String id);

  /** The stored articles of a story in arrival order, copies included. */
  List<StoredArticle> articles(String storyId);

  /**
   * The story's full report: cached, computed on demand (running the store's {@link
   * StoryAnalysis#analyse}) when absent or when the story gained articles since; empty for an
   * unknown id.
   */
  Optional<Report> report(String storyId);

  /** Ranked full-text search over articles and stories, with highlighted snippets. */
  List<SearchHit> search(SearchQuery query);

  /**
   * A name as the store knows it: from the resolved entities of stories whose report was computed
   * (matching a name, an alias, an acronym or a word of one) and from articles' titles and leads;
   * its id is the lower-case name with spaces as hyphens ({@link EntityView#idOf}); empty when
   * nothing names it. Its stories are the ones {@link StoryFilter#entity} lists.
   */
  Optional<EntityView> entity(String id);

  /**
   * Why each article of the story is in it ({@link StoryExplanation}); empty for an unknown id. An
   * article stored before explanations were recorded says so.
   */
  Optional<StoryExplanation> explain(String storyId);

  /**
   * A user's merge: {@code gone}'s articles become {@code into}'s and {@code gone} becomes an alias
   * of it. Recorded for good; later articles of the event go to {@code into}; both stories' cached
   * reports are dropped.
   *
   * @throws java.util.NoSuchElementException when either story is unknown
   * @throws IllegalArgumentException when both ids name the same story
   * @throws IllegalStateException when the store was opened read-only
   */
  Correction merge(String into, String gone);

  /**
   * A user's move of one article (with its copies) to story {@code into}, or to a new story when
   * {@code into} is empty. Recorded for good; the story it left and the one it went to are kept
   * apart from then on, so the grouper never puts them back together; both stories' cached reports
   * are dropped. Moving a story's only article into another story merges the two.
   *
   * @throws java.util.NoSuchElementException when the article or the story is unknown
   * @throws IllegalArgumentException when the article is a copy (move its original), is already in
   *     {@code into}, or is its story's only article and {@code into} is empty
   * @throws IllegalStateException when the store was opened read-only
   */
  Correction move(String articleId, Optional<String> into);

  /**
   * A user's date for one article: its publication date becomes {@code published} (an undated
   * article is dated; a dated one is dated again, as when the page's date was read wrong). The
   * article stays in its story; the story's first and last days are counted again from its articles
   * and its cached report is dropped, so its timeline resolves the article's relative times ("on
   * Friday") against the new date. Recorded for good, like a merge or a move.
   *
   * @throws java.util.NoSuchElementException when the article is unknown
   * @throws IllegalArgumentException when the article already has that date
   * @throws IllegalStateException when the store was opened read-only
   */
  Correction date(String articleId, java.time.LocalDate published);

  /** How many articles and stories are stored (copies counted as articles). */
  Counts counts();

  /** Article and story totals. */
  record Counts(long articles, long stories, long copies) {}
}

package dev.parallax.store.impl;

import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLockedException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The store's one Lucene index: opening it (the schema check, the upgrade of a {@code
 * parallax.store/1} store, the write lock that refuses a second writer), reading through searchers
 * refreshed after each commit (or, read-only, whenever another process committed), committing, and
 * the failure that stops writing. Thread-safe: reads share the searchers; writers hold {@link
 * #writeLock}.
 */
final class StoreIndex implements Closeable {
  /** The schema this code reads and writes; any other is refused. */
  static final String SCHEMA = "parallax.store/2";

  /**
   * The one older schema this version reads and upgrades: {@code parallax.store/1} had no {@code
   * alias} documents (stories were never merged), so it reads exactly as a /2 store; a writer
   * records /2 on opening it.
   */
  static final String MIGRATES_FROM = "parallax.store/1";

  /** The commit user data key of the schema. */
  static final String SCHEMA_KEY = "parallax.schema";

  final Path path;
  final boolean readOnly;

  /** Held by every write: ingest batches and report caching are serialised. */
  final Object writeLock = new Object();

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  // guarded by writeLock
  private Exception failed;

  private StoreIndex(
      Path path,
      boolean readOnly,
      FSDirectory directory,
      IndexWriter writer,
      SearcherManager searchers) {
    this.path = path;
    this.readOnly = readOnly;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** Opens the index in {@code dir}, creating it when writing to an absent or empty directory. */
  static StoreIndex open(Path dir, boolean readOnly) {
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
            throw new StoreException(
                dir + ": not a Parallax store (the directory holds other files)");
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
          throw new StoreLockedException(
              dir + ": the store is being written by another process; wait for it to finish");
        }
        if (!exists) {
          writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
          writer.commit();
        } else if (MIGRATES_FROM.equals(
            SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY))) {
          Map<String, String> data =
              new LinkedHashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
          data.put(SCHEMA_KEY, SCHEMA);
          writer.setLiveCommitData(data.entrySet());
          writer.commit();
        }
        searchers = new SearcherManager(writer, true, false, null);
      }
      return new StoreIndex(dir, readOnly, directory, writer, searchers);
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
      throw new StoreException(
          dir + ": not a Parallax store (a Lucene index without a store schema)");
    }
    if (!schema.equals(SCHEMA) && !schema.equals(MIGRATES_FROM)) {
      throw new StoreException(
          dir
              + ": the store has schema "
              + schema
              + " but this Parallax reads "
              + SCHEMA
              + " (and upgrades "
              + MIGRATES_FROM
              + ") only; use the matching Parallax version or ingest into a new store");
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads with a searcher of the last commit. */
  @FunctionalInterface
  interface Read<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  <T> T read(Read<T> body) {
    IndexSearcher s = acquire();
    try {
      return body.apply(s);
    } catch (IOException e) {
      throw new StoreException(path + ": cannot read the store: " + e.getMessage(), e);
    } finally {
      release(s);
    }
  }

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

  /**
   * Every hit, sorted when {@code sort} is given. Counted first: asked for more hits than exist,
   * Lucene sizes its queue by the whole index, which would make the cost grow with the store.
   */
  static TopDocs all(IndexSearcher s, Query q, Sort sort) throws IOException {
    int n = Math.max(1, s.count(q));
    return sort == null ? s.search(q, n) : s.search(q, n, sort);
  }

  static Optional<Document> first(IndexSearcher s, StoredFields stored, Query q)
      throws IOException {
    TopDocs top = s.search(q, 1);
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(stored.document(top.scoreDocs[0].doc));
  }

  /** The user data of the last commit, with what the writer holds for the next one. */
  Map<String, String> userData() throws IOException {
    Map<String, String> data = new HashMap<>();
    if (writer != null && writer.getLiveCommitData() != null) {
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    } else {
      data.putAll(SegmentInfos.readLatestCommit(directory).getUserData());
    }
    return data;
  }

  // ---------------------------------------------------------------- writing (holding writeLock)

  /** The writer; only for a store opened to write, by a caller holding {@link #writeLock}. */
  IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the store at " + path + " was opened read-only");
    }
    return writer;
  }

  /**
   * Commits what was written, with the commit data given (null: the data as it stands), and shows
   * it to readers.
   */
  void commit(Map<String, String> data) throws IOException {
    if (data != null) {
      writer().setLiveCommitData(data.entrySet());
    }
    writer().commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Gives up what was written since the last commit after {@code e}, and refuses further writes: a
   * caller's memory and the last commit may no longer agree.
   */
  void fail(Exception e) {
    failed = e;
    try {
      writer().rollback();
    } catch (IOException | RuntimeException ignored) {
      // the store stays at its last commit either way
    }
  }

  /** Whether an earlier write failed (see {@link #fail}). */
  boolean failed() {
    return failed != null;
  }

  /** Throws when an earlier write failed. */
  void checkWritable() {
    if (failed != null) {
      throw new StoreException(
          path + ": an earlier ingest failed (" + failed.getMessage() + "); reopen the store");
    }
  }

  StoreException cannotWrite(IOException e) {
    return new StoreException(path + ": cannot write the store: " + e.getMessage(), e);
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

package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening refuses: other schema versions, other indexes, other directories, a second writer.
 */
class StoreOpeningTest {
  @TempDir Path dir;

  private static void rewriteSchema(Path dir, String schema) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.setLiveCommitData(
          schema == null
              ? Map.<String, String>of().entrySet()
              : Map.of("parallax.schema", schema).entrySet());
      w.addDocument(new Document());
      w.commit();
    }
  }

  @Test
  void refusesANewerOrOlderSchemaNamingThePath() throws Exception {
    Store.open(dir, Pipeline::analyse).close();
    rewriteSchema(dir, "parallax.store/3");
    assertThatThrownBy(() -> Store.open(dir, Pipeline::analyse))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(dir.toString())
        .hasMessageContaining("parallax.store/3")
        .hasMessageContaining("parallax.store/2")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> Store.openReadOnly(dir, Pipeline::analyse))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("parallax.store/3");
    rewriteSchema(dir, "parallax.store/0");
    assertThatThrownBy(() -> Store.open(dir, Pipeline::analyse))
        .hasMessageContaining("parallax.store/0");
  }

  @Test
  void readsAVersionOneStoreAndAWriterUpgradesIt() throws Exception {
    try (Store s = Store.open(dir, Pipeline::analyse)) {
      s.ingest(
          java.util.List.of(
              new dev.parallax.model.SourceText(
                  "a.txt",
                  "Ferry crossings at Portmere were halted on Monday.\n\nDockers walked out over pay, the union said.",
                  java.util.Optional.of("Harbour Post"))),
          IngestOptions.defaults(),
          IngestProgress.NONE);
    }
    rewriteSchemaKeepingData(dir, "parallax.store/1");
    try (Store reader = Store.openReadOnly(dir, Pipeline::analyse)) {
      assertThat(reader.counts().articles()).isEqualTo(1);
    }
    try (Store writer = Store.open(dir, Pipeline::analyse)) {
      assertThat(writer.counts().articles()).isEqualTo(1);
    }
    try (FSDirectory d = FSDirectory.open(dir)) {
      assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData())
          .containsEntry("parallax.schema", "parallax.store/2")
          .containsKey("grouper.articles");
    }
  }

  /** Records another schema version, keeping the store's documents and its other commit data. */
  private static void rewriteSchemaKeepingData(Path dir, String schema) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      Map<String, String> data =
          new java.util.HashMap<>(
              org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData());
      data.put("parallax.schema", schema);
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }

  @Test
  void refusesALuceneIndexThatIsNotAStore() throws Exception {
    rewriteSchema(dir, null);
    assertThatThrownBy(() -> Store.open(dir, Pipeline::analyse))
        .isInstanceOf(StoreException.class)
        .hasMessage(dir + ": not a Parallax store (a Lucene index without a store schema)");
  }

  @Test
  void refusesADirectoryOfOtherFiles() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> Store.open(dir, Pipeline::analyse))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a Parallax store");
    assertThat(dir.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void readOnlyNeedsAnExistingStore() {
    assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("absent"), Pipeline::analyse))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store here");
    assertThat(dir.resolve("absent")).doesNotExist();
  }

  @Test
  void secondWriterIsRefusedUntilTheFirstCloses() throws Exception {
    Store first = Store.open(dir, Pipeline::analyse);
    assertThatThrownBy(() -> Store.open(dir, Pipeline::analyse))
        .isInstanceOf(StoreLockedException.class)
        .hasMessage(dir + ": the store is being written by another process; wait for it to finish");
    first.close();
    Store.open(dir, Pipeline::analyse).close();
  }

  @Test
  void aBatchThatFailsLeavesTheLastCommitAndStopsWriting() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<java.util.List<String>, float[][]> failingSecondTime =
        texts -> {
          if (calls.incrementAndGet() == 2) {
            throw new IllegalStateException("embedder gone");
          }
          return dev.parallax.bench.StoreBench.hashed(texts);
        };
    java.util.List<dev.parallax.model.SourceText> texts = StoreCorpus.texts();
    try (Store store =
        dev.parallax.store.impl.LuceneStore.open(
            dir, false, Pipeline::analyse, failingSecondTime)) {
      assertThatThrownBy(
              () ->
                  store.ingest(
                      texts,
                      new IngestOptions(java.util.Optional.empty(), java.util.Optional.empty(), 5),
                      IngestProgress.NONE))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("embedder gone");
      assertThat(store.counts().articles()).isEqualTo(5);
      assertThatThrownBy(() -> store.ingest(texts, IngestOptions.defaults(), IngestProgress.NONE))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("reopen the store");
    }
    try (Store store =
        dev.parallax.store.impl.LuceneStore.open(
            dir, false, Pipeline::analyse, dev.parallax.bench.StoreBench::hashed)) {
      assertThat(store.counts().articles()).isEqualTo(5);
      IngestResult rest =
          store.ingest(
              texts,
              new IngestOptions(java.util.Optional.empty(), java.util.Optional.empty(), 5),
              IngestProgress.NONE);
      assertThat(rest.count(IngestResult.Outcome.DUPLICATE)).isEqualTo(5);
      assertThat(store.counts().articles()).isEqualTo(texts.size());
    }
  }

  @Test
  void reopensWithTheSameSchema() throws Exception {
    Store.open(dir, Pipeline::analyse).close();
    try (Store s = Store.open(dir, Pipeline::analyse)) {
      assertThat(s.counts()).isEqualTo(new Store.Counts(0, 0, 0));
    }
  }
}

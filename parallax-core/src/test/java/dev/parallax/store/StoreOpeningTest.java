package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** What opening refuses: other schema versions, other indexes, other directories, a second writer. */
class StoreOpeningTest {
  @TempDir Path dir;

  private static void rewriteSchema(Path dir, String schema) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.setLiveCommitData(schema == null ? Map.<String, String>of().entrySet()
          : Map.of("parallax.schema", schema).entrySet());
      w.addDocument(new Document());
      w.commit();
    }
  }

  @Test
  void refusesANewerOrOlderSchemaNamingThePath() throws Exception {
    Store.open(dir).close();
    rewriteSchema(dir, "parallax.store/2");
    assertThatThrownBy(() -> Store.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(dir.toString())
        .hasMessageContaining("parallax.store/2")
        .hasMessageContaining("parallax.store/1")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> Store.openReadOnly(dir)).isInstanceOf(StoreException.class)
        .hasMessageContaining("parallax.store/2");
    rewriteSchema(dir, "parallax.store/0");
    assertThatThrownBy(() -> Store.open(dir)).hasMessageContaining("parallax.store/0");
  }

  @Test
  void refusesALuceneIndexThatIsNotAStore() throws Exception {
    rewriteSchema(dir, null);
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
        .hasMessage(dir + ": not a Parallax store (a Lucene index without a store schema)");
  }

  @Test
  void refusesADirectoryOfOtherFiles() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
        .hasMessageContaining("not a Parallax store");
    assertThat(dir.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void readOnlyNeedsAnExistingStore() {
    assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("absent"))).isInstanceOf(StoreException.class)
        .hasMessageContaining("no store here");
    assertThat(dir.resolve("absent")).doesNotExist();
  }

  @Test
  void secondWriterIsRefusedUntilTheFirstCloses() throws Exception {
    Store first = Store.open(dir);
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreLockedException.class)
        .hasMessage(dir + ": the store is being written by another process; wait for it to finish");
    first.close();
    Store.open(dir).close();
  }

  @Test
  void reopensWithTheSameSchema() throws Exception {
    Store.open(dir).close();
    try (Store s = Store.open(dir)) {
      assertThat(s.counts()).isEqualTo(new Store.Counts(0, 0, 0));
    }
  }
}

package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.SourceText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers in the writer's process, in a read-only instance and in another process see whole,
 * growing commits.
 */
class StoreConcurrencyTest {
  @TempDir Path dir;

  @Test
  void readersSeeMonotonicWholeBatchesWhileAWriterIngests() throws Exception {
    List<SourceText> texts = StoreCorpus.texts();
    int batch = 2;
    try (Store writer = Store.open(dir, Pipeline::analyse);
        Store readOnly = Store.openReadOnly(dir, Pipeline::analyse)) {
      AtomicBoolean done = new AtomicBoolean();
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      AtomicInteger reads = new AtomicInteger();
      Thread[] readers = new Thread[3];
      for (int i = 0; i < readers.length; i++) {
        Store store = i == 0 ? readOnly : writer;
        readers[i] =
            new Thread(
                () -> {
                  long lastArticles = 0;
                  long lastStories = 0;
                  try {
                    while (!done.get()) {
                      Thread.sleep(5); // leave the writer a core on small machines
                      Store.Counts c = store.counts();
                      assertThat(c.articles()).isGreaterThanOrEqualTo(lastArticles);
                      assertThat(c.stories()).isGreaterThanOrEqualTo(lastStories);
                      assertThat(c.articles() % batch).as("whole batches").isZero();
                      lastArticles = c.articles();
                      lastStories = c.stories();
                      List<StorySummary> stories = store.stories(StoryFilter.all());
                      assertThat((long) stories.size()).isGreaterThanOrEqualTo(lastStories);
                      store.search(SearchQuery.of("earthquake"));
                      for (StorySummary s : stories.subList(0, Math.min(2, stories.size()))) {
                        assertThat(store.articles(s.id())).hasSizeGreaterThanOrEqualTo(1);
                      }
                      reads.incrementAndGet();
                    }
                  } catch (Throwable t) {
                    errors.add(t);
                  }
                },
                "reader-" + i);
        readers[i].start();
      }
      try {
        writer.ingest(
            texts,
            new IngestOptions(Optional.empty(), Optional.empty(), batch),
            IngestProgress.NONE);
      } finally {
        done.set(true);
        for (Thread t : readers) {
          t.join();
        }
      }
      assertThat(errors).isEmpty();
      assertThat(reads.get()).isGreaterThan(3);
      assertThat(readOnly.counts()).isEqualTo(writer.counts());
      assertThat(writer.counts().articles()).isEqualTo(texts.size());
    }
  }

  @Test
  void aReaderInAnotherProcessSeesWholeGrowingBatchesWhileAChildProcessIngests() throws Exception {
    int batch = StoreCrashTest.BATCH;
    int total = StoreCrashTest.texts().size();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                javaBin,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                IngestChild.class.getName(),
                dir.toString(),
                Integer.toString(batch))
            .redirectErrorStream(true)
            .start();
    List<String> said = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      while (line != null && !line.startsWith("committed ")) {
        said.add(line);
        line = out.readLine();
      }
      assertThat(line).as("the child committed nothing; it said %s", said).isNotNull();
      long lastArticles = 0;
      long lastStories = 0;
      int reads = 0;
      try (Store reader = Store.openReadOnly(dir, Pipeline::analyse)) {
        while (child.isAlive() || reads == 0) {
          Store.Counts c = reader.counts();
          assertThat(c.articles()).isGreaterThanOrEqualTo(lastArticles);
          assertThat(c.stories()).isGreaterThanOrEqualTo(lastStories);
          assertThat(c.articles() % batch).as("whole batches").isZero();
          List<StorySummary> stories = reader.stories(StoryFilter.all());
          assertThat((long) stories.size()).isGreaterThanOrEqualTo(lastStories);
          reader.search(SearchQuery.of("earthquake"));
          lastArticles = c.articles();
          lastStories = c.stories();
          reads++;
          Thread.sleep(20);
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(reads).isGreaterThan(1);
        assertThat(reader.counts().articles()).isEqualTo(total);
      }
      while (out.readLine() != null) {
        // drain
      }
    } finally {
      child.destroyForcibly();
    }
  }
}

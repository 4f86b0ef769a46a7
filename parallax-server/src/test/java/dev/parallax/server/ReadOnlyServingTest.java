package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Inputs;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serving as {@code parallax serve} does: reading through a store opened for reading only, and
 * opening the writer for each upload, so that another process can ingest meanwhile.
 */
class ReadOnlyServingTest {
  private static final IngestProgress NONE = IngestProgress.NONE;

  @TempDir Path tmp;

  @Test
  void uploadsWriteThroughTheirOwnWriterAndABusyStoreIs503() throws Exception {
    Path dir = tmp.resolve("store");
    try (Store w = Store.open(dir, dev.parallax.Pipeline::analyse)) {
      w.ingest(
          Inputs.read(List.of(Fixture.EXAMPLE.toString())).texts(),
          IngestOptions.defaults().withPublished(Optional.of(Fixture.PUBLISHED)),
          IngestProgress.NONE);
    }
    Fixture f = Fixture.get();
    Ingester perUpload =
        (texts, opts) -> {
          try (Store w = Store.open(dir, dev.parallax.Pipeline::analyse)) {
            return w.ingest(texts, opts, IngestProgress.NONE);
          } catch (IOException e) {
            throw new StoreException("cannot close", e);
          }
        };
    try (Store reader = Store.openReadOnly(dir, dev.parallax.Pipeline::analyse);
        Server server =
            Server.start(
                reader, perUpload, Server.Options.defaults().withAddress("127.0.0.1", 0))) {
      String base = "http://127.0.0.1:" + server.port();
      assertThat(f.send(HttpRequest.newBuilder(URI.create(base + "/api/stories")).build()).body())
          .contains("\"articles\":3");

      HttpResponse<String> added = f.send(upload(base));
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      assertThat(added.body()).contains("\"outcome\":\"added\"");
      assertThat(reader.counts().articles()).isEqualTo(5);

      try (Store ingesting = Store.open(dir, dev.parallax.Pipeline::analyse)) {
        assertThat(ingesting.counts().articles())
            .isEqualTo(5); // this process now holds the write lock
        HttpResponse<String> busy = f.send(upload(base));
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.body()).contains("\"type\":\"store-busy\"").doesNotContain(dir.toString());
      }
    }
  }

  /**
   * Another process's correction that leaves both stories with their article counts and dates (an
   * article moved each way) still reaches this server's cached report: the story's version carries
   * its corrections.
   */
  @Test
  void anotherProcessesCorrectionsReachTheCachedReport() throws Exception {
    Path dir = tmp.resolve("store");
    IngestOptions dated = IngestOptions.defaults().withPublished(Optional.of(Fixture.PUBLISHED));
    String harbor;
    String museum;
    try (Store w = Store.open(dir, dev.parallax.Pipeline::analyse)) {
      harbor =
          w.ingest(Inputs.read(List.of(Fixture.EXAMPLE.toString())).texts(), dated, NONE)
              .filed()
              .get(0)
              .storyId()
              .orElseThrow();
      museum = w.ingest(Fixture.markupTexts(), dated, NONE).filed().get(0).storyId().orElseThrow();
    }
    Fixture f = Fixture.get();
    Ingester none =
        (texts, opts) -> {
          throw new IllegalStateException("no uploads here");
        };
    try (Store reader = Store.openReadOnly(dir, dev.parallax.Pipeline::analyse);
        Server server =
            Server.start(
                reader,
                none,
                Server.Options.defaults()
                    .withAddress("127.0.0.1", 0)
                    .withAnalysisWait(java.time.Duration.ofMinutes(5)))) {
      URI story = URI.create("http://127.0.0.1:" + server.port() + "/api/stories/" + harbor);
      String before = f.send(HttpRequest.newBuilder(story).build()).body();
      String out;
      String in;
      try (Store corrector = Store.open(dir, dev.parallax.Pipeline::analyse)) {
        var leaving = corrector.articles(harbor).get(2);
        var coming = corrector.articles(museum).get(0);
        out = "\"" + leaving.input().meta().source() + "\"";
        in = "\"" + coming.input().meta().source() + "\"";
        corrector.move(leaving.id(), Optional.of(museum));
        corrector.move(coming.id(), Optional.of(harbor));
        assertThat(corrector.story(harbor).orElseThrow().articles()).isEqualTo(3);
        assertThat(corrector.story(museum).orElseThrow().articles()).isEqualTo(2);
      }
      assertThat(before).contains(out).doesNotContain(in);
      // the reader sees the other process's commit, and the cache looks versions up, within a
      // second; allow for a slow machine
      String after = before;
      for (int i = 0; i < 100 && after.contains(out); i++) {
        Thread.sleep(100);
        after = f.send(HttpRequest.newBuilder(story).build()).body();
      }
      assertThat(after).contains(in).doesNotContain(out);
    }
  }

  private static HttpRequest upload(String base) throws IOException {
    Multipart m = new Multipart().field("published", "2026-03-10");
    int i = 0;
    for (var t : Fixture.markupTexts()) {
      m.file("files", "museum-" + (++i) + ".txt", t.text().getBytes(StandardCharsets.UTF_8));
    }
    return HttpRequest.newBuilder(URI.create(base + "/api/articles"))
        .header("Content-Type", m.contentType())
        .POST(m.body())
        .build();
  }
}

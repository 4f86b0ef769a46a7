package dev.parallax.server;

import dev.parallax.ingest.Inputs;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One store and one server for the whole test run (the NLP models and each story's analysis are
 * paid once): the bundled harbour-bridge story, and a story whose text is full of markup.
 */
final class Fixture {
  static final Path EXAMPLE = findExample();
  static final LocalDate PUBLISHED = LocalDate.parse("2026-03-10");

  /** Markup in an article's text and title; the pages must show it as text. */
  static final String SCRIPT = "<script>alert(1)</script>";

  private static Fixture shared;

  final Path dir;
  final Store store;
  final Server server;
  final String harborStory;
  final String markupStory;
  final HttpClient http = HttpClient.newHttpClient();

  private Fixture() throws IOException {
    dir = Files.createTempDirectory("parallax-server-test-");
    store = Store.open(dir.resolve("store"), dev.parallax.Pipeline::analyse);
    List<SourceText> harbor = Inputs.read(List.of(EXAMPLE.toString())).texts();
    IngestResult r =
        store.ingest(
            harbor,
            IngestOptions.defaults().withPublished(Optional.of(PUBLISHED)),
            IngestProgress.NONE);
    harborStory = r.filed().get(0).storyId().orElseThrow();
    IngestResult m =
        store.ingest(
            markupTexts(),
            IngestOptions.defaults().withPublished(Optional.of(PUBLISHED)),
            IngestProgress.NONE);
    markupStory = m.filed().get(0).storyId().orElseThrow();
    // pages wait for the analysis, so tests see the story itself; StoryAnalysisPageTest covers the
    // 202
    server =
        Server.start(
            store,
            Server.Options.defaults()
                .withAddress("127.0.0.1", 0)
                .withAnalysisWait(java.time.Duration.ofMinutes(5)));
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  static synchronized Fixture get() {
    if (shared == null) {
      try {
        shared = new Fixture();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** Two short articles about one fictional event whose text and title carry HTML and a script. */
  static List<SourceText> markupTexts() {
    String a =
        "The Orrin Valley museum reopened its west wing on Monday after a two-year restoration.\n\n"
            + "Curator Mira Holt said visitors typed "
            + SCRIPT
            + " and <b>bold</b> tags into the museum's new guestbook kiosk.\n\n"
            + "The restoration cost 4 million crowns, the museum said.";
    String b =
        "The west wing of the Orrin Valley museum opened again on Monday following a two-year restoration.\n\n"
            + "The restoration cost 4 million crowns, according to the museum.\n\n"
            + "Mira Holt, the curator, said the guestbook kiosk had shown "
            + SCRIPT
            + " as typed.";
    return List.of(
        new SourceText(
            ArticleMeta.of("orrin-1.txt")
                .withOutlet(Optional.of("Valley Herald"))
                .withTitle(Optional.of("Museum reopens <img src=x onerror=alert(2)>")),
            a),
        new SourceText(
            ArticleMeta.of("orrin-2.txt")
                .withOutlet(Optional.of("Orrin Post"))
                .withTitle(Optional.of("West wing opens again")),
            b));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void close() {
    server.close();
    try {
      store.close();
    } catch (IOException e) {
      // the folder goes next anyway
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }

  private static Path findExample() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      Path e = p.resolve("examples/harbor-bridge");
      if (Files.isDirectory(e)) {
        return e;
      }
      p = p.getParent();
    }
    throw new IllegalStateException(
        "examples/harbor-bridge not found above " + Path.of("").toAbsolutePath());
  }
}

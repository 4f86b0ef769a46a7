package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.sun.net.httpserver.HttpServer;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedAndWarcTest {
  static HttpServer server;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    byte[] page = Files.readAllBytes(Path.of(InputsTest.HTML + "cookie-newsletter.html"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/fire", ex -> send(ex, "text/html; charset=utf-8", page));
    server.createContext(
        "/feed", ex -> send(ex, "application/rss+xml", rss().getBytes(StandardCharsets.UTF_8)));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static void send(com.sun.net.httpserver.HttpExchange ex, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  static String rss() {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley Herald</title>"
        + "<link>"
        + base
        + "/</link><description>News</description>"
        + "<item><title>Crews gain ground on Cedar Ridge fire</title><link>"
        + base
        + "/fire</link>"
        + "<pubDate>Sun, 16 Aug 2026 19:00:00 GMT</pubDate>"
        + "<description>Crews had contained about 40 percent of the fire by Sunday evening.</description></item>"
        + "</channel></rss>";
  }

  @Test
  void readsEachAtomEntryAsAnArticleWithTheFeedTitleAsOutlet() {
    String feed = InputsTest.BAD + "lowfield.atom";
    ReadResult r = Inputs.read(List.of(feed));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.texts()).extracting(SourceText::source).containsExactly(feed + "#1", feed + "#2");
    SourceText first = r.texts().get(0);
    assertThat(first.title()).contains("Water board doubles its estimate of reservoir leaks");
    assertThat(first.outlet()).contains("Lowfield Notes");
    assertThat(first.url()).contains("https://lowfield.example/2026/04/leaks");
    assertThat(first.published()).contains(LocalDate.of(2026, 4, 21));
    assertThat(first.author()).contains("Tom Okafor");
    assertThat(first.text().split("\n\n")).hasSize(3);
    assertThat(r.texts().get(1).text())
        .isEqualTo("The library will close early on Friday for staff training.");
  }

  @Test
  void fetchesTheLinkedPageWhenAFeedItemIsOnlyASummary() {
    ReadResult r =
        Inputs.read(
            List.of(base + "/feed"),
            new Inputs.Options(Fetcher.Options.defaults().withAllowPrivate(true)));
    assertThat(r.diagnostics()).isEmpty();
    SourceText item = r.texts().get(0);
    assertThat(item.source()).isEqualTo(base + "/feed#1");
    assertThat(item.outlet()).contains("Valley Herald");
    assertThat(item.title()).contains("Crews gain ground on Cedar Ridge fire");
    assertThat(item.published()).contains(LocalDate.of(2026, 8, 16));
    assertThat(item.text())
        .startsWith("Wildfire crews in the northern hills had contained about 40 percent");
  }

  @Test
  void keepsTheSummaryWithNoFetch() {
    ReadResult r =
        Inputs.read(
            List.of(base + "/feed"),
            new Inputs.Options(Fetcher.Options.defaults().withAllowPrivate(true), false));
    assertThat(r.texts().get(0).text())
        .isEqualTo("Crews had contained about 40 percent of the fire by Sunday evening.");
  }

  @Test
  void keepsTheSummaryAndSaysWhyWhenTheLinkedPageIsRefused() throws IOException {
    Path feed = Files.createTempFile("parallax-feed", ".rss");
    try {
      Files.writeString(feed, rss());
      ReadResult r = Inputs.read(List.of(feed.toString()));
      assertThat(r.diagnostics())
          .extracting(Diagnostic::code)
          .containsExactly("refused-address", "summary-only");
      assertThat(r.texts().get(0).text()).startsWith("Crews had contained");
    } finally {
      Files.delete(feed);
    }
  }

  @Test
  void reportsAFileThatIsNotAFeed() {
    ReadResult r = Inputs.read(List.of(InputsTest.BAD + "not-a-feed.xml"));
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("bad-feed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"capture.warc", "capture.warc.gz"})
  void readsHtmlResponsesFromAWarcAndReportsTheOthers(String name) {
    String warc = InputsTest.BAD + name;
    ReadResult r = Inputs.read(List.of(warc));
    assertThat(r.texts()).extracting(SourceText::source).containsExactly(warc + "#1", warc + "#4");
    SourceText page = r.texts().get(0);
    assertThat(page.url()).contains("https://artledger.example/2026/05/new-wing");
    assertThat(page.title()).contains("A new wing gives forgotten photographs room to breathe");
    assertThat(page.published()).contains(LocalDate.of(2026, 5, 2));
    SourceText undated = r.texts().get(1);
    assertThat(undated.published()).as("capture date").contains(LocalDate.of(2026, 5, 4));
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::source)
        .containsExactly(
            tuple("non-html-record", warc + "#2"), tuple("non-html-record", warc + "#3"));
    assertThat(r.diagnostics().get(0).message()).contains("image/jpeg");
  }
}

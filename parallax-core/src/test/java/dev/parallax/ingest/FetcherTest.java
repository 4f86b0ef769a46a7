package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.parallax.model.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching against a local server on 127.0.0.1; nothing here touches the internet. */
class FetcherTest {
  static HttpServer server;
  static String base;
  static final Map<String, String> userAgents = new ConcurrentHashMap<>();
  static final Inputs.Options PRIVATE_OK =
      new Inputs.Options(Fetcher.Options.defaults().withAllowPrivate(true));

  @BeforeAll
  static void start() throws IOException {
    byte[] page = Files.readAllBytes(Path.of(InputsTest.HTML + "classic-news.html"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/article",
        ex -> {
          userAgents.put("/article", ex.getRequestHeaders().getFirst("User-Agent"));
          send(ex, 200, "text/html; charset=utf-8", page);
        });
    server.createContext("/hop", ex -> redirect(ex, "/article"));
    server.createContext("/loop", ex -> redirect(ex, "/loop"));
    server.createContext("/to-ftp", ex -> redirect(ex, "ftp://127.0.0.1/x"));
    server.createContext(
        "/missing",
        ex -> send(ex, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/big", ex -> send(ex, 200, "text/html", new byte[4096]));
    server.createContext(
        "/slow",
        ex -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(ex, 200, "text/html", page);
        });
    server.createContext(
        "/plain",
        ex ->
            send(
                ex,
                200,
                "text/plain",
                "The harbour reopened on Monday after two weeks of repairs."
                    .getBytes(StandardCharsets.UTF_8)));
    // several handler threads: the slow handler must not hold up the other tests' requests
    pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    server.setExecutor(pool);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  static java.util.concurrent.ExecutorService pool;

  @AfterAll
  static void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void readsAPageOverHttpWithItsMetadataAndOurUserAgent() {
    ReadResult r = Inputs.read(List.of(base + "/article"), PRIVATE_OK);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.texts().get(0).source()).isEqualTo(base + "/article");
    assertThat(r.texts().get(0).title())
        .contains("Council votes to close Harbor Street bridge to traffic");
    assertThat(userAgents.get("/article")).isEqualTo(Fetcher.USER_AGENT);
  }

  @Test
  void refusesALoopbackAddressWithoutAllowPrivate() {
    ReadResult r = Inputs.read(List.of(base + "/article"));
    assertThat(r.texts()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("refused-address");
    assertThat(r.diagnostics().get(0).message()).contains("127.0.0.1", "--allow-private");
  }

  @Test
  void followsRedirectsCheckingEachHop() {
    ReadResult r = Inputs.read(List.of(base + "/hop"), PRIVATE_OK);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.texts().get(0).source()).isEqualTo(base + "/hop");
  }

  @Test
  void stopsAfterFiveRedirects() {
    ReadResult r = Inputs.read(List.of(base + "/loop"), PRIVATE_OK);
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("too-many-redirects");
  }

  @Test
  void refusesARedirectToAnotherScheme() {
    ReadResult r = Inputs.read(List.of(base + "/to-ftp"), PRIVATE_OK);
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("unsupported-scheme");
    assertThat(r.diagnostics().get(0).message()).startsWith("redirect to ftp://");
  }

  @Test
  void reportsHttpErrors() {
    ReadResult r = Inputs.read(List.of(base + "/missing"), PRIVATE_OK);
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("http-error");
    assertThat(r.diagnostics().get(0).message()).startsWith("HTTP 404");
  }

  @Test
  void refusesResponsesOverTheSizeLimit() {
    List<Diagnostic> d = new ArrayList<>();
    Fetcher.Options small =
        Fetcher.Options.defaults().withAllowPrivate(true).withLimits(Duration.ofSeconds(5), 1000);
    assertThat(Fetcher.fetch(base + "/big", small, d)).isEmpty();
    assertThat(d).extracting(Diagnostic::code).containsExactly("too-large");
  }

  @Test
  void givesUpOnASlowServer() {
    List<Diagnostic> d = new ArrayList<>();
    Fetcher.Options quick =
        Fetcher.Options.defaults()
            .withAllowPrivate(true)
            .withLimits(Duration.ofMillis(500), 1_000_000);
    assertThat(Fetcher.fetch(base + "/slow", quick, d)).isEmpty();
    assertThat(d).extracting(Diagnostic::code).containsExactly("fetch-failed");
    assertThat(d.get(0).message()).contains("timed out");
  }

  @Test
  void readsPlainTextResponsesAsText() {
    ReadResult r = Inputs.read(List.of(base + "/plain"), PRIVATE_OK);
    assertThat(r.texts().get(0).text()).startsWith("The harbour reopened");
    assertThat(r.texts().get(0).url()).contains(base + "/plain");
  }

  @Test
  void treatsPrivateAndLinkLocalAddressesAsInternal() throws IOException {
    for (String a :
        List.of(
            "10.1.2.3",
            "192.168.0.1",
            "172.16.5.4",
            "169.254.169.254",
            "127.0.0.1",
            "::1",
            "fd00::1",
            "100.64.0.1",
            "0.0.0.0")) {
      assertThat(Fetcher.isInternal(InetAddress.getByName(a))).as(a).isTrue();
    }
    assertThat(Fetcher.isInternal(InetAddress.getByName("93.184.216.34"))).isFalse();
  }

  @Test
  void reportsAnUnresolvableHostAsAFailedFetch() {
    ReadResult r = Inputs.read(List.of("http://no-such-host.invalid/a"));
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("fetch-failed");
  }
}

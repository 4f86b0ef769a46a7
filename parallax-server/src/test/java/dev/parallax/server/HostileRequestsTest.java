package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Requests an attacker or a careless client sends, against a real server on a random loopback port,
 * over raw sockets where {@code java.net.http} would not send them. Every loop is bounded.
 */
class HostileRequestsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", Server.CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "same-origin",
          "X-Frame-Options", "DENY");
  private final Fixture f = Fixture.get();

  private static void assertSecurityHeaders(RawHttp.Answer a, String what) {
    SECURITY_HEADERS.forEach(
        (name, value) -> assertThat(a.header(name)).as(what + ": " + name).contains(value));
  }

  // ---- the Host a loopback server answers to

  @Test
  void onlyLoopbackHostNamesAreAnswered() {
    int port = f.server.port();
    for (String host :
        List.of(
            "127.evil.example",
            "127.evil.example:" + port,
            "127.0.0.1.evil.example",
            "localhost.evil.example",
            "127.0.0.256",
            "127.0.0",
            "127.1",
            "0x7f.0.0.1",
            "127.0.0.1.",
            "[::2]",
            "[::1].evil.example",
            "evil.example")) {
      RawHttp.Answer a = RawHttp.get(port, "/api/stories", host);
      // Jetty itself refuses a Host that is no host name at all (400); the server the rest (403)
      assertThat(a.status()).as(host).isIn(400, 403);
      assertThat(a.body()).as(host).doesNotContain("stories");
    }
    for (String host :
        List.of(
            "localhost",
            "LOCALHOST:" + port,
            "127.0.0.1",
            "127.0.0.1:" + port,
            "127.1.2.3",
            "127.255.255.254:" + port,
            "[::1]",
            "[::1]:" + port)) {
      assertThat(RawHttp.get(port, "/api/stories", host).status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void aNameStartingWith127IsForbidden() {
    RawHttp.Answer a = RawHttp.get(f.server.port(), "/api/stories", "127.evil.example");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.body()).contains("\"forbidden-host\"");
  }

  @Test
  void aPostWhoseHostAndOriginAreARebindingNameIsRefused() {
    String body = "{\"urls\": [\"https://example.org/\"]}";
    RawHttp.Answer a =
        RawHttp.exchange(
            f.server.port(),
            "POST /api/compare HTTP/1.1\r\nHost: 127.evil.example\r\nOrigin: http://127.evil.example\r\n"
                + "Content-Type: application/json\r\nContent-Length: "
                + body.length()
                + "\r\nConnection: close\r\n\r\n"
                + body);
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.body()).contains("\"forbidden-host\"");
  }

  @Test
  void theLoopbackRuleIsExact() {
    assertThat(Server.loopbackHost("localhost:8080")).isTrue();
    assertThat(Server.loopbackHost("127.0.0.1")).isTrue();
    assertThat(Server.loopbackHost("127.10.20.30:1")).isTrue();
    assertThat(Server.loopbackHost("[::1]:65535")).isTrue();
    assertThat(Server.loopbackHost("127.example")).isFalse();
    assertThat(Server.loopbackHost("127.0.0.1:80:80")).isFalse();
    assertThat(Server.loopbackHost("128.0.0.1")).isFalse();
    assertThat(Server.loopbackHost("127.0.0.999")).isFalse();
    assertThat(Server.loopbackHost("::1")).isFalse();
  }

  // ---- the upload limit, whatever the framing

  @Test
  void aChunkedBodyOverTheLimitIs413AsSoonAsItCrossesIt() throws Exception {
    long limit = 64 * 1024;
    try (Server small =
        Server.start(
            f.store,
            Server.Options.defaults().withAddress("127.0.0.1", 0).withMaxUploadBytes(limit))) {
      for (String type :
          List.of("application/json", "application/x-ndjson", "multipart/form-data; boundary=b")) {
        String start =
            type.startsWith("multipart")
                ? "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n\r\n"
                : type.endsWith("json") ? "{\"urls\": [\"" : "";
        AtomicLong sent = new AtomicLong();
        RawHttp.Answer a = chunkedUpload(small.port(), type, start, sent);
        assertThat(a.status()).as(type + ": " + a.body()).isEqualTo(413);
        assertThat(JSON.readTree(a.body()).get("type").asText()).as(type).isEqualTo("too-large");
        assertSecurityHeaders(a, type);
        // answered soon after the limit, not after the client had sent its whole body
        assertThat(sent.get()).as(type + ": bytes sent before the answer").isLessThan(8L << 20);
      }
    }
  }

  /**
   * Posts a chunked body of {@code start} then text in 8 KiB chunks, 64 KiB every 10 ms (so that
   * the time the server takes to answer is not mistaken for reading), at most 32 MiB, while reading
   * the answer; {@code sent} is what the client had written when the answer came.
   */
  private static RawHttp.Answer chunkedUpload(int port, String type, String start, AtomicLong sent)
      throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  + type
                  + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                  + Integer.toHexString(start.length())
                  + "\r\n"
                  + start
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      String words = "words ".repeat(1365) + "wo";
      byte[] chunk =
          (Integer.toHexString(words.length()) + "\r\n" + words + "\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      AtomicBoolean answered = new AtomicBoolean();
      Thread sender =
          new Thread(
              () -> {
                try {
                  while (!answered.get() && sent.get() < 32L << 20) {
                    for (int i = 0; i < 8; i++) {
                      out.write(chunk);
                      sent.addAndGet(chunk.length);
                    }
                    Thread.sleep(10);
                  }
                } catch (IOException e) {
                  // the server closed the connection after answering
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      sender.start();
      try {
        RawHttp.Answer a = RawHttp.read(s.getInputStream());
        answered.set(true);
        return a;
      } finally {
        answered.set(true);
        sender.join(20_000);
      }
    }
  }

  // ---- slow uploads

  @Test
  void slowUploadsGetQuickAnswersWhileReadsGoOnAndEachIsOneLogLine() throws Exception {
    Logger log = Logger.getLogger(Server.class.getName());
    List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            records.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(capture);
    Server.Uploads tight = new Server.Uploads(2, Duration.ofSeconds(2), 1024);
    int slowClients = 300;
    List<Socket> sockets = new ArrayList<>();
    try (Server s =
        Server.start(
            f.store, Server.Options.defaults().withAddress("127.0.0.1", 0).withUploads(tight))) {
      for (int i = 0; i < slowClients; i++) {
        Socket sock = new Socket("127.0.0.1", s.port());
        sock.setSoTimeout(5_000);
        sock.getOutputStream()
            .write(
                ("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n-")
                    .getBytes(StandardCharsets.US_ASCII));
        sockets.add(sock);
      }
      // one more byte every 500 ms to each connection not answered yet, for at most 8 s
      int[] statuses = new int[slowClients];
      RawHttp.Answer[] answers = new RawHttp.Answer[slowClients];
      Thread trickle =
          new Thread(
              () -> {
                long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
                while (System.nanoTime() < end
                    && java.util.Arrays.stream(statuses).anyMatch(st -> st == 0)) {
                  for (int i = 0; i < slowClients; i++) {
                    if (statuses[i] != 0) {
                      continue;
                    }
                    try {
                      InputStream in = sockets.get(i).getInputStream();
                      if (in.available() > 0) {
                        answers[i] = RawHttp.read(in);
                        statuses[i] = answers[i].status();
                      } else {
                        sockets.get(i).getOutputStream().write('-');
                      }
                    } catch (IOException e) {
                      statuses[i] = -1;
                    }
                  }
                  try {
                    Thread.sleep(500);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      trickle.start();
      // meanwhile ordinary reads are answered, and fast
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> r =
            f.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/stories"))
                    .timeout(Duration.ofSeconds(3))
                    .build());
        millis.add((System.nanoTime() - t0) / 1_000_000);
        assertThat(r.statusCode()).isEqualTo(200);
        Thread.sleep(100);
      }
      trickle.join(15_000);
      assertThat(millis)
          .as("ms per read during %d slow uploads", slowClients)
          .allMatch(ms -> ms < 2_000);

      long busy = java.util.Arrays.stream(statuses).filter(st -> st == 503).count();
      long timedOut = java.util.Arrays.stream(statuses).filter(st -> st == 408).count();
      assertThat(busy + timedOut)
          .as("slow uploads answered (503 or 408) within 8 s")
          .isGreaterThan(slowClients * 9L / 10);
      assertThat(busy).as("uploads over the 2 at once").isGreaterThan(slowClients * 8L / 10);
      for (RawHttp.Answer a : answers) {
        if (a != null && a.status() == 503) {
          assertThat(JSON.readTree(a.body()).get("type").asText()).isEqualTo("too-many-uploads");
          assertThat(a.header("Retry-After")).contains("1");
        } else if (a != null && a.status() == 408) {
          assertThat(JSON.readTree(a.body()).get("type").asText()).isEqualTo("timeout");
        }
      }
    } finally {
      for (Socket sock : sockets) {
        sock.close();
      }
      log.removeHandler(capture);
    }
    List<LogRecord> logged = List.copyOf(records);
    assertThat(logged).as("no stack traces").allMatch(r -> r.getThrown() == null);
    assertThat(logged)
        .as("nothing severe")
        .allMatch(r -> r.getLevel().intValue() < Level.SEVERE.intValue());
    assertThat(logged)
        .as("one line per abandoned upload")
        .allMatch(r -> !r.getMessage().contains("\n"));
    assertThat(logged.size()).as("log records").isLessThanOrEqualTo(slowClients / 5);
  }

  // ---- malformed bodies

  @Test
  void aMalformedMultipartBodyIsA400Problem() throws Exception {
    for (String body :
        List.of(
            "no boundary anywhere in here",
            "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\ncut off")) {
      HttpResponse<String> r =
          f.send(
              HttpRequest.newBuilder(URI.create(f.base() + "/api/articles"))
                  .header("Content-Type", "multipart/form-data; boundary=xyz")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      JsonNode p = JSON.readTree(r.body());
      assertThat(p.get("type").asText()).isEqualTo("bad-request");
      assertThat(p.get("title").asText()).startsWith("malformed multipart body: ");
    }
    HttpResponse<String> page =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/compare"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("garbage"))
                .build());
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("malformed multipart body");
  }

  // ---- Jetty's own answers

  @Test
  void jettysOwnErrorAnswersCarryTheSecurityHeadersAndAProblemBody() throws Exception {
    int port = f.server.port();
    List<RawHttp.Answer> answers =
        List.of(
            RawHttp.get(port, "/static/../../etc/passwd", "127.0.0.1"),
            RawHttp.get(port, "/%2e%2e/%2e%2e/etc/passwd", "127.0.0.1"),
            RawHttp.exchange(port, "NOT-HTTP-AT-ALL\r\n\r\n"),
            RawHttp.exchange(
                port,
                "GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                    + "a".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n"));
    for (RawHttp.Answer a : answers) {
      assertThat(a.status()).isBetween(400, 499);
      assertSecurityHeaders(a, "status " + a.status());
      assertThat(a.header("Content-Type")).contains("application/problem+json");
      JsonNode p = JSON.readTree(a.body());
      assertThat(p.get("status").asInt()).isEqualTo(a.status());
      assertThat(p.has("type")).isTrue();
    }
    assertThat(JSON.readTree(answers.get(0).body()).get("type").asText()).isEqualTo("bad-request");
    assertThat(answers.get(3).status()).isEqualTo(431);
  }

  @Test
  void staticFilesHaveTheirExactContentType() {
    assertThat(f.get("/static/app.css").headers().firstValue("Content-Type"))
        .contains("text/css; charset=utf-8");
    assertThat(f.get("/static/app.js").headers().firstValue("Content-Type"))
        .contains("text/javascript; charset=utf-8");
    HttpResponse<String> css = f.get("/static/app.css");
    assertThat(css.body()).contains("box-sizing");
    String etag = css.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/static/app.css"))
                .header("If-None-Match", etag)
                .build());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(f.get("/static/missing.css").statusCode()).isEqualTo(404);
  }
}

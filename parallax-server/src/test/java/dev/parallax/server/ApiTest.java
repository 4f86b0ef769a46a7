package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.report.ReportJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON API against a real server on a random port. */
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Fixture f = Fixture.get();

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void openApiDescribesEveryApiRoute() throws Exception {
    HttpResponse<String> r = f.get("/api/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode paths = json(r).get("paths");
    List<String> missing = new ArrayList<>();
    for (String route : f.server.routes()) {
      String[] mp = route.split(" ", 2);
      if (!mp[1].startsWith("/api/")) {
        continue;
      }
      if (!paths.has(mp[1]) || !paths.get(mp[1]).has(mp[0].toLowerCase(Locale.ROOT))) {
        missing.add(route);
      }
    }
    assertThat(missing).as("routes missing from openapi.json").isEmpty();
    assertThat(f.server.routes()).contains("GET /api/stories", "POST /api/compare");
    // and nothing described that is not served
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String p = it.next();
      for (Iterator<String> m = paths.get(p).fieldNames(); m.hasNext(); ) {
        assertThat(f.server.routes()).contains(m.next().toUpperCase(Locale.ROOT) + " " + p);
      }
    }
  }

  @Test
  void listsStoriesNewestFirstWithFilters() throws Exception {
    JsonNode all = json(f.get("/api/stories"));
    List<String> ids = new ArrayList<>();
    all.get("stories").forEach(s -> ids.add(s.get("id").asText()));
    assertThat(ids).contains(f.harborStory, f.markupStory);
    JsonNode harbor = null;
    for (JsonNode s : all.get("stories")) {
      if (s.get("id").asText().equals(f.harborStory)) {
        harbor = s;
      }
    }
    assertThat(harbor.get("articles").asInt()).isEqualTo(3);
    assertThat(harbor.get("outlets").size()).isEqualTo(3);

    JsonNode three = json(f.get("/api/stories?min-outlets=3"));
    assertThat(three.get("stories").size()).isEqualTo(1);
    assertThat(three.get("stories").get(0).get("id").asText()).isEqualTo(f.harborStory);
    assertThat(json(f.get("/api/stories?since=2030-01-01")).get("stories").size()).isZero();
  }

  @Test
  void pagesThroughStoriesWithTheNextCursor() throws Exception {
    JsonNode all = json(f.get("/api/stories"));
    assertThat(all.get("next").isNull()).isTrue();
    List<String> ids = new ArrayList<>();
    all.get("stories").forEach(s -> ids.add(s.get("id").asText()));
    assertThat(ids.size()).isGreaterThan(1);
    List<String> paged = new ArrayList<>();
    String url = "/api/stories?limit=1";
    for (int pages = 0; pages <= ids.size(); pages++) {
      JsonNode page = json(f.get(url));
      assertThat(page.get("stories").size()).isLessThanOrEqualTo(1);
      page.get("stories").forEach(s -> paged.add(s.get("id").asText()));
      if (page.get("next").isNull()) {
        break;
      }
      url = "/api/stories?limit=1&after=" + page.get("next").asText();
    }
    assertThat(paged).isEqualTo(ids);
    HttpResponse<String> bad = f.get("/api/stories?after=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("title").asText()).contains("after").contains("yesterday");
  }

  @Test
  void badFilterIsAProblem() throws Exception {
    HttpResponse<String> r = f.get("/api/stories?since=yesterday");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("type").asText()).isEqualTo("bad-request");
    assertThat(p.get("title").asText()).contains("since").contains("yesterday");
    assertThat(p.has("details")).isTrue();
  }

  @Test
  void storyIsTheReportJsonOfTheStore() throws Exception {
    HttpResponse<String> r = f.get("/api/stories/" + f.harborStory);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(ReportJson.write(f.store.report(f.harborStory).orElseThrow()));
    assertThat(json(r).get("schema").asText()).isEqualTo("parallax.report/1");
    assertThat(json(r).get("articles").size()).isEqualTo(3);
  }

  @Test
  void unknownStoryIs404Problem() throws Exception {
    HttpResponse<String> r = f.get("/api/stories/no-such-story");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("type").asText()).isEqualTo("not-found");
    HttpResponse<String> nowhere = f.get("/api/nowhere");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(json(nowhere).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void searchFindsArticlesWithHighlights() throws Exception {
    JsonNode hits = json(f.get("/api/search?q=footbridge")).get("hits");
    assertThat(hits.size()).isPositive();
    JsonNode h = hits.get(0);
    assertThat(h.get("storyId").asText()).isEqualTo(f.harborStory);
    JsonNode span = h.get("highlights").get(0);
    assertThat(
            h.get("snippet")
                .asText()
                .substring(span.get(0).asInt(), span.get(1).asInt())
                .toLowerCase(Locale.ROOT))
        .contains("footbridge");
    assertThat(f.get("/api/search").statusCode()).isEqualTo(400);
  }

  @Test
  void entityListsItsStories() throws Exception {
    HttpResponse<String> r = f.get("/api/entities/velmora");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode e = json(r);
    assertThat(e.get("id").asText()).isEqualTo("velmora");
    assertThat(e.get("stories").get(0).get("id").asText()).isEqualTo(f.harborStory);
    assertThat(e.get("aliases").isArray()).isTrue();
    assertThat(e.get("storyCount").asInt()).isEqualTo(e.get("stories").size());
    assertThat(f.get("/api/entities/nobody-at-all").statusCode()).isEqualTo(404);
  }

  @Test
  void ingestsUploadedFilesAndReportsDuplicates() throws Exception {
    byte[] text = Files.readAllBytes(Fixture.EXAMPLE.resolve("01-coastal-courier.txt"));
    Multipart m =
        new Multipart()
            .file("files", "01-coastal-courier.txt", text)
            .field("published", "2026-03-10");
    HttpResponse<String> r =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/articles"))
                .header("Content-Type", m.contentType())
                .POST(m.body())
                .build());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode filed = json(r).get("filed");
    assertThat(filed.size()).isEqualTo(1);
    assertThat(filed.get(0).get("source").asText()).isEqualTo("01-coastal-courier.txt");
    assertThat(filed.get(0).get("outcome").asText()).isEqualTo("duplicate");
    assertThat(filed.get(0).get("storyId").asText()).isEqualTo(f.harborStory);
  }

  @Test
  void refusesUrlsOnPrivateAddresses() throws Exception {
    HttpResponse<String> r =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/compare"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"urls\": [\""
                            + f.base()
                            + "/api/openapi.json\", \"file:///etc/passwd\"]}"))
                .build());
    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode p = json(r);
    assertThat(p.get("type").asText()).isEqualTo("no-articles");
    List<String> codes = new ArrayList<>();
    p.get("details").get("diagnostics").forEach(d -> codes.add(d.get("code").asText()));
    assertThat(codes).containsExactly("refused-address", "unsupported-scheme");
  }

  @Test
  void rejectsUnknownBodiesAndBadJson() throws Exception {
    HttpResponse<String> text =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/articles"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))
                .build());
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(json(text).get("type").asText()).isEqualTo("unsupported-media-type");
    HttpResponse<String> bad =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": 3}"))
                .build());
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void uploadsOverTheLimitAre413() throws Exception {
    try (Server small =
        Server.start(
            f.store,
            Server.Options.defaults().withAddress("127.0.0.1", 0).withMaxUploadBytes(1000))) {
      Multipart m = new Multipart().file("files", "big.txt", new byte[5000]);
      HttpResponse<String> r =
          f.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + small.port() + "/api/articles"))
                  .header("Content-Type", m.contentType())
                  .POST(m.body())
                  .build());
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(json(r).get("type").asText()).isEqualTo("too-large");
      assertThat(json(r).get("details").get("limitBytes").asLong()).isEqualTo(1000);
    }
  }

  @Test
  void comparesUploadedFilesWithoutStoringThem() throws Exception {
    long before = f.store.counts().articles();
    Multipart m = new Multipart();
    int i = 0;
    for (var t : Fixture.markupTexts()) {
      m.file(
          "files",
          "m" + (++i) + ".txt",
          t.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    HttpResponse<String> r =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/compare?published=2026-03-10"))
                .header("Content-Type", m.contentType())
                .POST(m.body())
                .build());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode report = json(r);
    assertThat(report.get("schema").asText()).isEqualTo("parallax.report/1");
    assertThat(report.get("articles").size()).isEqualTo(2);
    assertThat(report.get("articles").get(0).get("source").asText()).isEqualTo("m1.txt");
    assertThat(f.store.counts().articles()).isEqualTo(before);
  }

  private static final String FIRST_A = "Flooding closes the river road near Amberley.";
  private static final String FIRST_B = "River road near Amberley closed by flooding.";

  /** Two texts whose first sentence the lead restates: read as a headline unless said otherwise. */
  private static List<String> untitledTexts() {
    return List.of(
        FIRST_A
            + "\n\nFlooding closed the river road near Amberley on Tuesday morning after heavy"
            + " rain overnight, and the county council said it would stay shut until Friday.\n",
        FIRST_B
            + "\n\nThe county council closed the river road near Amberley on Tuesday because of"
            + " flooding after a night of heavy rain, and said it expects to reopen it on Friday.\n");
  }

  private static List<String> firstSentences(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : report.get("articles")) {
      out.add(a.get("sentences").get(0).get("text").asText());
    }
    return out;
  }

  @Test
  void aFormFieldSaysTheUploadedTextsHaveNoHeadline() throws Exception {
    List<String> texts = untitledTexts();
    Multipart m = new Multipart().field("no_headline", "TRUE");
    m.file("files", "a.txt", texts.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    m.file("files", "b.txt", texts.get(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpResponse<String> r =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/compare"))
                .header("Content-Type", m.contentType())
                .POST(m.body())
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = json(r);
    assertThat(firstSentences(report)).containsExactly(FIRST_A, FIRST_B);
    for (JsonNode a : report.get("articles")) {
      assertThat(a.get("title").isNull()).isTrue();
      assertThat(a.get("no_headline").asBoolean()).isTrue();
    }
  }

  @Test
  void aQueryParameterSaysAJsonLinesBodyHasNoHeadlineAndWithoutItTheHeadlineIsGuessed()
      throws Exception {
    StringBuilder body = new StringBuilder();
    for (String t : untitledTexts()) {
      body.append(JSON.writeValueAsString(java.util.Map.of("text", t))).append('\n');
    }
    HttpResponse<String> said =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/compare?no_headline=true"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    assertThat(said.statusCode()).as(said.body()).isEqualTo(200);
    assertThat(firstSentences(json(said))).containsExactly(FIRST_A, FIRST_B);
    HttpResponse<String> guessed =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/compare"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    assertThat(guessed.statusCode()).as(guessed.body()).isEqualTo(200);
    JsonNode g = json(guessed);
    assertThat(g.get("articles").get(0).get("title").asText()).isEqualTo(FIRST_A);
    assertThat(g.get("articles").get(0).has("no_headline")).isFalse();
  }

  private HttpResponse<String> postMultipart(String path, Multipart m) {
    return f.send(
        HttpRequest.newBuilder(URI.create(f.base() + path))
            .header("Content-Type", m.contentType())
            .POST(m.body())
            .build());
  }

  private HttpResponse<String> postJson(String path, String body) {
    return f.send(
        HttpRequest.newBuilder(URI.create(f.base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** One small text to upload: the option checks come before any analysis. */
  private static Multipart oneFile() {
    return new Multipart()
        .file(
            "files",
            "a.txt",
            untitledTexts().get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void assertBadRequest(HttpResponse<String> r, String title) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode p = json(r);
    assertThat(p.get("type").asText()).isEqualTo("bad-request");
    assertThat(p.get("title").asText()).isEqualTo(title);
  }

  @Test
  void aDateThatIsNotADayIsA400NamingTheFieldAndItsValueOnOneLine() throws Exception {
    assertBadRequest(
        postMultipart("/api/compare?published=2026-13-40", oneFile()),
        "published: expected YYYY-MM-DD, was \"2026-13-40\"");
    assertBadRequest(
        postMultipart(
            "/api/compare", oneFile().field("published", "2026-03-10\n" + "x".repeat(500))),
        "published: expected YYYY-MM-DD, was \"2026-03-10\\n" + "x".repeat(29) + "…\"");
  }

  @Test
  void aYesOrNoOptionOtherThanTrueOrFalseIsA400NamingItAndItsValue() throws Exception {
    long before = f.store.counts().articles();
    assertBadRequest(
        postMultipart("/api/compare?store=yes", oneFile()),
        "store must be true or false, not \"yes\"");
    assertBadRequest(
        postMultipart("/api/articles", oneFile().field("no_headline", "1")),
        "no_headline must be true or false, not \"1\"");
    // a refused address: nothing is fetched whatever the options say
    String urls = "\"urls\": [\"http://127.0.0.1:1/a\"]";
    assertBadRequest(
        postJson("/api/compare", "{" + urls + ", \"store\": \"maybe\"}"),
        "store must be true or false, not \"maybe\"");
    assertBadRequest(
        postJson("/api/articles", "{" + urls + ", \"no_headline\": 1}"),
        "no_headline must be true or false, not 1");
    assertBadRequest(
        postJson("/api/compare", "{" + urls + ", \"store\": {\"a\": true}}"),
        "store must be true or false, not {\"a\":true}");
    // a long value is cut, a line break in it escaped: the title stays one short line
    assertBadRequest(
        postMultipart("/api/compare", oneFile().field("store", "on\n" + "x".repeat(500))),
        "store must be true or false, not \"on\\n" + "x".repeat(37) + "…\"");
    assertThat(f.store.counts().articles()).isEqualTo(before);
  }

  @Test
  void falseInAnyCaseAndAnEmptyFieldAreAccepted() throws Exception {
    long before = f.store.counts().articles();
    HttpResponse<String> form =
        postMultipart(
            "/api/compare?store=FALSE&no_headline=",
            oneFile().field("store", "false").field("no_headline", "False"));
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    assertThat(json(form).get("articles").get(0).has("no_headline")).isFalse();
    assertThat(form.headers().firstValue("Location")).isEmpty();
    // a refused address is the only input: 422 no-articles, past the options
    HttpResponse<String> body =
        postJson(
            "/api/compare",
            "{\"urls\": [\"http://127.0.0.1:1/a\"], \"store\": false, \"no_headline\": \"FALSE\"}");
    assertThat(body.statusCode()).as(body.body()).isEqualTo(422);
    assertThat(f.store.counts().articles()).isEqualTo(before);
  }

  @Test
  void everyAnswerCarriesTheContentSecurityPolicy() {
    for (String path :
        List.of("/", "/api/stories", "/stories/" + f.harborStory, "/static/app.css", "/nowhere")) {
      HttpResponse<String> r = f.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(Server.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    }
  }

  @Test
  void aTokenGuardsEveryApiCallAndPage() throws Exception {
    try (Server guarded =
        Server.start(
            f.store,
            Server.Options.defaults()
                .withAddress("127.0.0.1", 0)
                .withToken(Optional.of("s3cret")))) {
      String base = "http://127.0.0.1:" + guarded.port();
      assertThat(guarded.url()).endsWith("/?token=s3cret");
      for (String path :
          List.of("/api/stories", "/", "/stories/" + f.harborStory, "/api/openapi.json")) {
        HttpResponse<String> r = f.send(HttpRequest.newBuilder(URI.create(base + path)).build());
        assertThat(r.statusCode()).as(path).isEqualTo(401);
      }
      HttpResponse<String> bearer =
          f.send(
              HttpRequest.newBuilder(URI.create(base + "/api/stories"))
                  .header("Authorization", "Bearer s3cret")
                  .build());
      assertThat(bearer.statusCode()).isEqualTo(200);
      HttpResponse<String> wrong =
          f.send(
              HttpRequest.newBuilder(URI.create(base + "/api/stories"))
                  .header("Authorization", "Bearer s3cre")
                  .build());
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> visit =
          f.send(HttpRequest.newBuilder(URI.create(base + "/?token=s3cret")).build());
      assertThat(visit.statusCode()).isEqualTo(302);
      String cookie = visit.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
      HttpResponse<String> page =
          f.send(
              HttpRequest.newBuilder(URI.create(base + "/"))
                  .header("Cookie", cookie.split(";")[0])
                  .build());
      assertThat(page.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aHostBeyondLoopbackGetsAGeneratedToken() {
    try (Server open = Server.start(f.store, Server.Options.defaults().withAddress("0.0.0.0", 0))) {
      assertThat(open.token()).isPresent();
      assertThat(open.token().get()).hasSizeGreaterThanOrEqualTo(40);
      assertThat(open.url()).contains("?token=" + open.token().get());
    }
    assertThat(f.server.token()).isEmpty();
  }

  @Test
  void ingestsAJsonLinesBody() throws Exception {
    StringBuilder body = new StringBuilder();
    for (var t : Fixture.markupTexts()) {
      body.append(
              JSON.writeValueAsString(
                  java.util.Map.of(
                      "text",
                      t.text(),
                      "title",
                      t.title().orElseThrow(),
                      "outlet",
                      t.outlet().orElseThrow())))
          .append('\n');
    }
    HttpResponse<String> r =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/articles?published=2026-03-10"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    JsonNode filed = json(r).get("filed");
    assertThat(filed.size()).isEqualTo(2);
    assertThat(filed.get(0).get("source").asText()).isEqualTo("body.jsonl:1");
    assertThat(filed.get(0).get("outcome").asText()).isEqualTo("duplicate");
    assertThat(filed.get(1).get("storyId").asText()).isEqualTo(f.markupStory);
  }

  @Test
  void compareCanAlsoStoreAndSaysWhere() throws Exception {
    Multipart m = new Multipart().field("store", "true");
    byte[] text = Files.readAllBytes(Fixture.EXAMPLE.resolve("02-northern-ledger.txt"));
    byte[] other = Files.readAllBytes(Fixture.EXAMPLE.resolve("03-daily-sentinel.txt"));
    m.file("files", "02-northern-ledger.txt", text).file("files", "03-daily-sentinel.txt", other);
    HttpResponse<String> r =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/compare?published=2026-03-10"))
                .header("Content-Type", m.contentType())
                .POST(m.body())
                .build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("articles").size()).isEqualTo(2);
    assertThat(r.headers().firstValue("Location")).contains("/api/stories/" + f.harborStory);
  }

  @Test
  void postsFromAnotherSiteAreRefused() throws Exception {
    HttpResponse<String> r =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/compare"))
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": [\"https://example.org/\"]}"))
                .build());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r).get("type").asText()).isEqualTo("cross-origin");
    HttpResponse<String> same =
        f.send(
            HttpRequest.newBuilder(URI.create(f.base() + "/api/articles"))
                .header("Content-Type", "text/plain")
                .header("Origin", f.base())
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build());
    assertThat(same.statusCode()).isEqualTo(415);
  }

  @Test
  void aLoopbackServerAnswersOnlyToLoopbackNames() throws Exception {
    assertThat(rawStatus("evil.example:" + f.server.port())).isEqualTo(403);
    assertThat(rawStatus("localhost:" + f.server.port())).isEqualTo(200);
    assertThat(rawStatus("127.0.0.1")).isEqualTo(200);
  }

  /**
   * The status of GET /api/stories sent with this Host header (java.net.http will not set Host).
   */
  private int rawStatus(String host) throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", f.server.port())) {
      s.getOutputStream()
          .write(
              ("GET /api/stories HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(
                      s.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  void unexpectedErrorsAreABare500() throws Exception {
    java.nio.file.Path dir = Files.createTempDirectory("parallax-closed-store-");
    dev.parallax.store.Store closed =
        dev.parallax.store.Store.open(dir.resolve("store"), dev.parallax.Pipeline::analyse);
    closed.close();
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(Server.class.getName());
    java.util.logging.Level level = log.getLevel();
    log.setLevel(java.util.logging.Level.OFF);
    try (Server broken =
        Server.start(closed, Server.Options.defaults().withAddress("127.0.0.1", 0))) {
      HttpResponse<String> r =
          f.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + broken.port() + "/api/stories"))
                  .build());
      assertThat(r.statusCode()).isEqualTo(500);
      JsonNode p = json(r);
      assertThat(p.get("type").asText()).isEqualTo("internal");
      assertThat(p.get("details").size()).isZero();
      assertThat(r.body()).doesNotContain("Exception").doesNotContain(dir.toString());
      HttpResponse<String> page =
          f.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + broken.port() + "/"))
                  .build());
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body()).isEqualTo("internal error");
    } finally {
      log.setLevel(level);
    }
  }
}

package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.ingest.Inputs;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Explanations and corrections through the real server on a random loopback port, over a store of
 * its own (corrections change it): the API's explain, merge and move, and the story page's section
 * and forms.
 */
class CorrectionRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Store store;
  private Server server;
  private String harbor;
  private String museum;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    store = Store.open(dir, dev.parallax.Pipeline::analyse);
    IngestOptions dated = IngestOptions.defaults().withPublished(Optional.of(Fixture.PUBLISHED));
    harbor =
        store
            .ingest(
                Inputs.read(List.of(Fixture.EXAMPLE.toString())).texts(),
                dated,
                IngestProgress.NONE)
            .filed()
            .get(0)
            .storyId()
            .orElseThrow();
    museum =
        store
            .ingest(Fixture.markupTexts(), dated, IngestProgress.NONE)
            .filed()
            .get(0)
            .storyId()
            .orElseThrow();
    server =
        Server.start(
            store,
            Server.Options.defaults()
                .withAddress("127.0.0.1", 0)
                .withAnalysisWait(Duration.ofMinutes(5)));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String type, String body, String origin)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", type)
            .header("Origin", origin)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postJson(String path, String body) throws Exception {
    return post(path, "application/json", body, base());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  private List<String> articleIds(String story) throws Exception {
    List<String> out = new ArrayList<>();
    json(get("/api/stories/" + story + "/explain"))
        .get("articles")
        .forEach(a -> out.add(a.get("id").asText()));
    return out;
  }

  @Test
  void theApiExplainsMovesAndMergesAndTheReportFollows() throws Exception {
    HttpResponse<String> explained = get("/api/stories/" + harbor + "/explain");
    assertThat(explained.statusCode()).isEqualTo(200);
    JsonNode e = json(explained);
    assertThat(e.get("story").asText()).isEqualTo(harbor);
    assertThat(e.get("articles")).hasSize(3);
    JsonNode first = e.get("articles").get(0).get("steps").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("started");
    assertThat(first.get("join").asDouble()).isGreaterThan(0);
    JsonNode second = e.get("articles").get(1).get("steps").get(0);
    assertThat(second.get("kind").asText()).isEqualTo("joined");
    assertThat(second.get("why").get("embedding").asDouble()).isGreaterThan(0);
    assertThat(second.get("why").has("shared_names")).isTrue();
    assertThat(second.get("text").asText()).startsWith("joined " + harbor + " with score ");
    assertThat(json(get("/api/stories/" + harbor)).get("articles")).hasSize(3);

    String moved = articleIds(harbor).get(2);
    HttpResponse<String> move = postJson("/api/articles/" + moved + "/move", "{\"new\": true}");
    assertThat(move.statusCode()).as(move.body()).isEqualTo(200);
    JsonNode c = json(move);
    assertThat(c.get("kind").asText()).isEqualTo("move");
    assertThat(c.get("from").asText()).isEqualTo(harbor);
    String fresh = c.get("into").asText();
    assertThat(articleIds(harbor)).hasSize(2).doesNotContain(moved);
    assertThat(articleIds(fresh)).containsExactly(moved);
    assertThat(json(get("/api/stories/" + harbor)).get("articles"))
        .as("the report of the story it left is made again")
        .hasSize(2);
    JsonNode steps = json(get("/api/stories/" + fresh + "/explain")).get("articles").get(0);
    assertThat(steps.get("steps").get(steps.get("steps").size() - 1).get("kind").asText())
        .isEqualTo("moved-by-user");

    HttpResponse<String> merge =
        postJson("/api/stories/" + harbor + "/merge", "{\"from\": \"" + fresh + "\"}");
    assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);
    assertThat(articleIds(harbor)).hasSize(3);
    assertThat(json(get("/api/stories/" + fresh + "/explain")).get("story").asText())
        .isEqualTo(harbor);
    assertThat(json(get("/api/stories/" + harbor + "/explain")).get("corrections"))
        .extracting(x -> x.get("kind").asText())
        .containsExactly("move", "merge");
    assertThat(json(get("/api/stories/" + harbor)).get("articles")).hasSize(3);
  }

  @Test
  void wrongCorrectionsAreProblems() throws Exception {
    assertThat(get("/api/stories/S99/explain").statusCode()).isEqualTo(404);
    HttpResponse<String> unknown =
        postJson("/api/stories/" + harbor + "/merge", "{\"from\": \"S99\"}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    HttpResponse<String> same =
        postJson("/api/stories/" + harbor + "/merge", "{\"from\": \"" + harbor + "\"}");
    assertThat(same.statusCode()).isEqualTo(409);
    assertThat(json(same).get("type").asText()).isEqualTo("cannot-correct");
    assertThat(postJson("/api/stories/" + harbor + "/merge", "{}").statusCode()).isEqualTo(400);
    String article = articleIds(harbor).get(0);
    assertThat(postJson("/api/articles/" + article + "/move", "{}").statusCode()).isEqualTo(400);
    assertThat(
            postJson("/api/articles/" + article + "/move", "{\"to\": \"" + harbor + "\"}")
                .statusCode())
        .isEqualTo(409);
    HttpResponse<String> notAFlag =
        postJson(
            "/api/articles/" + article + "/move", "{\"to\": \"" + museum + "\", \"new\": \"yes\"}");
    assertThat(notAFlag.statusCode()).isEqualTo(400);
    assertThat(json(notAFlag).get("title").asText())
        .isEqualTo("new must be true or false, not \"yes\"");
    HttpResponse<String> crossSite =
        post(
            "/api/stories/" + harbor + "/merge",
            "application/json",
            "{\"from\": \"" + museum + "\"}",
            "http://evil.example");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(articleIds(harbor)).hasSize(3);
    assertThat(json(get("/api/stories/" + museum + "/explain")).get("story").asText())
        .isEqualTo(museum);
  }

  @Test
  void anArticleIsDatedThroughTheApiAndThePage() throws Exception {
    String article = articleIds(harbor).get(0);
    HttpResponse<String> notADate =
        postJson("/api/articles/" + article + "/date", "{\"published\": \"March 9\"}");
    assertThat(notADate.statusCode()).isEqualTo(400);
    assertThat(json(notADate).get("title").asText())
        .isEqualTo("'published': 'March 9' is not a date like 2026-02-06");
    assertThat(postJson("/api/articles/" + article + "/date", "{}").statusCode()).isEqualTo(400);
    assertThat(postJson("/api/articles/a0/date", "{\"published\": \"2026-03-09\"}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> same =
        postJson(
            "/api/articles/" + article + "/date", "{\"published\": \"" + Fixture.PUBLISHED + "\"}");
    assertThat(same.statusCode()).isEqualTo(409);

    HttpResponse<String> dated =
        postJson("/api/articles/" + article + "/date", "{\"published\": \"2026-03-01\"}");
    assertThat(dated.statusCode()).as(dated.body()).isEqualTo(200);
    assertThat(json(dated).get("kind").asText()).isEqualTo("date");
    assertThat(json(dated).get("published").asText()).isEqualTo("2026-03-01");
    assertThat(json(get("/api/stories/" + harbor)).toString()).contains("2026-03-01");

    String page = get("/stories/" + harbor).body();
    assertThat(page).contains("action=\"/stories/" + harbor + "/date\"");
    String other = articleIds(harbor).get(1);
    HttpResponse<String> form =
        post(
            "/stories/" + harbor + "/date",
            "application/x-www-form-urlencoded",
            "article=" + other + "&published=2026-03-02",
            base());
    assertThat(form.statusCode()).as(form.body()).isEqualTo(303);
    assertThat(form.headers().firstValue("Location")).contains("/stories/" + harbor);
    assertThat(get("/stories/" + harbor).body())
        .contains("dated " + article + " (story " + harbor + ") 2026-03-01")
        .contains("dated " + other + " (story " + harbor + ") 2026-03-02");
  }

  @Test
  void theStoryPageShowsWhyAndItsFormsCorrect() throws Exception {
    String page = get("/stories/" + museum).body();
    assertThat(page)
        .contains("Why these articles")
        .contains("action=\"/stories/" + museum + "/move\"")
        .contains("action=\"/stories/" + museum + "/merge\"")
        .contains("started " + museum)
        .contains("Museum reopens &lt;img src=x onerror=alert(2)&gt;")
        .doesNotContain("<img src=x");

    String moved = articleIds(museum).get(1);
    HttpResponse<String> move =
        post(
            "/stories/" + museum + "/move",
            "application/x-www-form-urlencoded",
            "article=" + moved + "&to=",
            base());
    assertThat(move.statusCode()).as(move.body()).isEqualTo(303);
    assertThat(move.headers().firstValue("Location")).contains("/stories/" + museum);
    assertThat(articleIds(museum)).hasSize(1).doesNotContain(moved);
    String fresh =
        json(get("/api/stories/" + museum + "/explain"))
            .get("corrections")
            .get(0)
            .get("into")
            .asText();
    assertThat(get("/stories/" + fresh).body()).contains("moved by a user from " + museum);

    HttpResponse<String> merge =
        post(
            "/stories/" + museum + "/merge",
            "application/x-www-form-urlencoded",
            "from=" + fresh,
            base());
    assertThat(merge.statusCode()).isEqualTo(303);
    assertThat(merge.headers().firstValue("Location")).contains("/stories/" + museum);
    assertThat(articleIds(museum)).hasSize(2);
    assertThat(get("/stories/" + museum).body())
        .contains("by a user")
        .contains("merged " + fresh + " into " + museum);

    HttpResponse<String> refused =
        post(
            "/stories/" + museum + "/merge",
            "application/x-www-form-urlencoded",
            "from=" + museum,
            base());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
  }
}

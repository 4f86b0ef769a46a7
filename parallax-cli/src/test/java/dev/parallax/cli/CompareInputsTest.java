package dev.parallax.cli;

import static dev.parallax.cli.CompareCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * compare on HTML pages: each article keeps its page's own date unless --published overrides it.
 */
class CompareInputsTest {
  private static final Path HTML = Path.of("../parallax-core/src/test/resources/html");

  private static JsonNode compare(String... args) throws Exception {
    CompareCommandTest.Run r = run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void usesEachPagesOwnPublicationDateWhenNoneIsGiven() throws Exception {
    JsonNode root =
        compare(
            "compare",
            "-q",
            "--format",
            "json",
            HTML.resolve("classic-news.html").toString(),
            HTML.resolve("amp-minimal.html").toString());
    JsonNode articles = root.get("articles");
    assertThat(articles.get(0).get("published").asText()).isEqualTo("2026-03-10");
    assertThat(articles.get(0).get("title").asText())
        .isEqualTo("Council votes to close Harbor Street bridge to traffic");
    assertThat(articles.get(0).get("outlet").asText()).isEqualTo("The Riverside Courier");
    assertThat(articles.get(0).get("url").asText())
        .isEqualTo("https://www.riversidecourier.example/news/local/harbor-bridge-closure");
    assertThat(articles.get(0).get("author").asText()).isEqualTo("Dana Whitfield");
    assertThat(articles.get(1).get("published").asText()).isEqualTo("2026-07-15");
    assertThat(articles.get(1).get("author").isNull()).isTrue();
    assertThat(articles.get(0).get("removed").findValuesAsText("reason"))
        .contains("page furniture: <footer>");
  }

  @Test
  void letsPublishedOverrideThePagesDates() throws Exception {
    JsonNode root =
        compare(
            "compare",
            "-q",
            "--format",
            "json",
            "--published",
            "2026-01-02",
            HTML.resolve("classic-news.html").toString(),
            HTML.resolve("amp-minimal.html").toString());
    assertThat(root.get("articles").findValuesAsText("published"))
        .containsExactly("2026-01-02", "2026-01-02");
  }
}

package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.TestData;
import dev.parallax.model.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private final Report report = TestData.seedReport();

  @Test
  void writesTheContractSections() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportJson.write(report));
    assertThat(root.get("schema").asText()).isEqualTo("parallax.report/1");
    for (String section :
        List.of(
            "articles",
            "entities",
            "quotes",
            "quoteGroups",
            "attributions",
            "facts",
            "omissions",
            "timeline",
            "framing",
            "brief",
            "diagnostics")) {
      assertThat(root.get(section)).as(section).isNotNull();
      assertThat(root.get(section).isArray()).as(section).isTrue();
    }
    JsonNode a = root.get("articles").get(0);
    for (String f :
        List.of("id", "source", "outlet", "title", "published", "sentences", "removed")) {
      assertThat(a.has(f)).as("article field %s", f).isTrue();
    }
    assertThat(a.get("id").asText()).isEqualTo("A1");
    assertThat(a.get("outlet").isNull()).isTrue();
    JsonNode s = a.get("sentences").get(0);
    assertThat(s.get("id").asText()).isEqualTo("A1.S1");
    assertThat(s.get("kind").asText()).isIn("body", "heading", "caption");
    JsonNode e = root.get("entities").get(0);
    for (String f : List.of("id", "name", "type", "aliases", "articles", "mentions")) {
      assertThat(e.has(f)).as("entity field %s", f).isTrue();
    }
  }

  @Test
  void writesKeysInSortedOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportJson.write(report));
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).isSorted();
  }

  @Test
  void htmlEscapesArticleText() {
    assertThat(HtmlReport.esc("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    String html = Format.HTML.render(report);
    assertThat(html).doesNotContain("<script");
    assertThat(html).contains("Who and what they mention");
  }

  @Test
  void markdownAndTextNameEveryArticle() {
    for (Format f : List.of(Format.TEXT, Format.MD)) {
      String out = f.render(report);
      report
          .articles()
          .forEach(a -> assertThat(out).contains(a.title().orElseThrow().replace("*", "\\*")));
    }
  }

  @Test
  void parsesFormatNamesAndRejectsOthers() {
    assertThat(Format.parse("JSON")).isEqualTo(Format.JSON);
    assertThat(Format.parse("markdown")).isEqualTo(Format.MD);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Format.parse("pdf"))
        .hasMessageContaining("unknown format 'pdf'");
  }
}

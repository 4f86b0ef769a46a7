package dev.parallax.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Report;
import dev.parallax.report.Format;
import dev.parallax.report.ReportJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quotation sections of the JSON contract and the human-readable reports. */
class QuoteJsonTest {

  private static Report report() {
    return Stories.analyse(
        "“The bridge was safe — until it wasn’t,” Mayor Tomas Reyes said.",
        "\"The Bridge was safe—until it wasn't\" Mayor Tomas Reyes said. A sign read \"Closed <now>\".");
  }

  @Test
  @SuppressWarnings("unchecked")
  void writesQuotesWithExactlyTheContractFields() {
    Map<String, Object> tree = ReportJson.tree(report());
    List<Map<String, Object>> quotes = (List<Map<String, Object>>) tree.get("quotes");
    assertThat(quotes).hasSize(3);
    assertThat(quotes.get(0).keySet())
        .containsExactlyInAnyOrder(
            "id", "article", "sentence", "text", "start", "end", "fragment", "speaker", "cue");
    assertThat((Map<String, Object>) quotes.get(0).get("speaker"))
        .containsOnlyKeys("entity", "name");
    Map<String, Object> unknown = quotes.get(2);
    assertThat(unknown.get("speaker")).isNull();
    assertThat(unknown).containsKey("speakerReason");
    List<Map<String, Object>> groups = (List<Map<String, Object>>) tree.get("quoteGroups");
    assertThat(groups)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.keySet())
                  .containsExactlyInAnyOrder("id", "quotes", "speaker", "variance", "diff");
              assertThat(g.get("variance")).isEqualTo("identical");
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void writesAttributionsWithExactlyTheContractFields() {
    Map<String, Object> tree = ReportJson.tree(report());
    List<Map<String, Object>> attributions = (List<Map<String, Object>>) tree.get("attributions");
    assertThat(attributions).hasSize(3);
    Map<String, Object> a = attributions.get(0);
    assertThat(a.keySet())
        .containsExactlyInAnyOrder(
            "id",
            "article",
            "sentences",
            "kind",
            "source",
            "sourceText",
            "cue",
            "content",
            "quotes",
            "statement");
    assertThat(a.get("id")).isEqualTo("R1");
    assertThat(a.get("statement")).isEqualTo(true);
    assertThat(a.get("kind")).isEqualTo("direct");
    assertThat(a.get("sentences")).isEqualTo(List.of("A1.S1"));
    assertThat(a.get("quotes")).isEqualTo(List.of("Q1"));
    assertThat((Map<String, Object>) a.get("source")).containsEntry("name", "Tomas Reyes");
    assertThat((Map<String, Object>) a.get("cue"))
        .containsOnlyKeys("text", "start", "end")
        .containsEntry("text", "said");
    assertThat((Map<String, Object>) a.get("content"))
        .containsEntry("text", "The bridge was safe — until it wasn’t");
    Map<String, Object> sign = attributions.get(2); // A sign read "Closed <now>": words, no entity
    assertThat(sign.get("source")).isNull();
    assertThat((Map<String, Object>) sign.get("sourceText")).containsEntry("text", "A sign");
  }

  @Test
  void rendersWhoSaidWhatInEveryDocumentFormatWithArticleTextEscaped() {
    Report r = report();
    assertThat(Format.TEXT.render(r))
        .contains("Who said what", "Tomas Reyes", "Quoted by several outlets");
    assertThat(Format.MD.render(r)).contains("## Who said what", "Closed &lt;now&gt;");
    String html = Format.HTML.render(r);
    assertThat(html)
        .contains("<h2>Who said what</h2>", "Closed &lt;now&gt;")
        .doesNotContain("<now>");
  }
}

package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.Report;
import dev.parallax.model.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Who said what" lists reported speech beside the quotations, per speaker, in every format. */
class AttributionRenderTest {
  private static Report example;

  @BeforeAll
  static void analyse() {
    example =
        Pipeline.compare(
            List.of("../examples/harbor-bridge"),
            new Pipeline.Options(
                Optional.of(LocalDate.of(2026, 3, 10)), Optional.empty(), Map.of(), 2),
            Pipeline.Progress.NONE);
  }

  @Test
  void listsResolvedReportedSpeechUnderItsSpeaker() {
    Attribution a =
        example.attributions().stream()
            .filter(
                x ->
                    x.kind() != AttributionKind.DIRECT
                        && x.source().isPresent()
                        && x.cue().isPresent())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the example has no resolved reported speech"));
    String speaker = a.source().orElseThrow().name();
    String line =
        a.id()
            + " "
            + a.article()
            + " "
            + a.cue().orElseThrow().text()
            + ": "
            + a.content().text()
            + " ["
            + a.kind().label()
            + "]";
    String text = Format.TEXT.render(example);
    int heading = text.indexOf("\n" + speaker + "\n", text.indexOf("Who said what"));
    assertThat(heading).as("a heading for %s under Who said what", speaker).isPositive();
    int next = text.indexOf("\n\n", heading + speaker.length() + 2);
    assertThat(text.substring(heading, next)).contains(line);
    assertThat(Format.HTML.render(example))
        .contains("<a href=\"#" + a.sentences().get(0) + "\">" + a.id() + " ");
  }

  @Test
  void showsTheWordsOfAnUnresolvedSourceAndNeverRendersThemAsHtml() {
    List<Attribution> all = new ArrayList<>(example.attributions());
    String sentence = example.articles().get(0).sentences().get(0).id();
    all.add(
        new Attribution(
            "R999",
            example.articles().get(0).id(),
            List.of(sentence),
            AttributionKind.INDIRECT,
            Optional.empty(),
            Optional.of(new TextSpan("<b>officials</b>", 0, 16)),
            Optional.of(new TextSpan("said", 17, 21)),
            new TextSpan("the <script>x</script> plan failed", 22, 56),
            List.of()));
    Report r =
        new Report(
            example.articles(),
            example.entities(),
            example.quotes(),
            example.quoteGroups(),
            all,
            example.facts(),
            example.omissions(),
            example.discrepancies(),
            example.brief(),
            example.timeline(),
            example.framing(),
            example.wordings(),
            example.diagnostics());
    String text = Format.TEXT.render(r);
    String unknown =
        text.substring(text.indexOf("Speaker not known", text.indexOf("Who said what")));
    assertThat(unknown)
        .contains("R999 A1 <b>officials</b> said: the <script>x</script> plan failed [indirect]");
    String html = Format.HTML.render(r);
    assertThat(html)
        .doesNotContain("<script>x")
        .contains("&lt;script&gt;x&lt;/script&gt;")
        .contains("&lt;b&gt;officials");
    assertThat(Format.MD.render(r)).contains("R999 A1");
  }
}

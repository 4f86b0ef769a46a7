package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestData;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An article its outlet labels an opinion piece is said so wherever articles and scores are listed.
 */
class OpinionRenderTest {
  @Test
  void everyFormatSaysWhichArticleItsOutletLabelsAnOpinionPiece() {
    String opinion =
        "Opinion: The river road should never have closed\n\n"
            + "The county council shut the river road near Amberley on Tuesday, a reckless"
            + " decision that punished every driver in the valley for a little rain.";
    String news =
        "River road shut by floods\n\n"
            + "The county council closed the river road near Amberley on Tuesday because of"
            + " flooding, and said it expects to reopen it on Friday.";
    Report r =
        TestData.analyse(
            new SourceText("a.txt", opinion, Optional.of("Alpha")),
            new SourceText("b.txt", news, Optional.of("Beta")));
    ReportView view = ReportView.of(r);
    assertThat(view.articles())
        .extracting(ReportView.ArticleView::opinion)
        .containsExactly("headline labelled \"Opinion:\"", "");
    assertThat(view.framing())
        .extracting(ReportView.FramingRow::opinion)
        .containsExactly("headline labelled \"Opinion:\"", "");
    assertThat(Format.JSON.render(r))
        .containsOnlyOnce("\"opinion\" : \"headline labelled \\\"Opinion:\\\"\"");
    assertThat(Format.TEXT.render(r))
        .containsOnlyOnce("(opinion piece: headline labelled \"Opinion:\")")
        .containsOnlyOnce("A1 Alpha (opinion piece: an argued view, not a report's wording): ");
    String html = Format.HTML.render(r);
    assertThat(html)
        .containsOnlyOnce("(opinion piece: headline labelled &quot;Opinion:&quot;)")
        .containsOnlyOnce("opinion piece: an argued view");
  }
}

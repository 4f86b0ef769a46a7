package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestData;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A title that is also the text's first paragraph is said so wherever the articles are listed. */
class TitleInTextRenderTest {
  @Test
  void everyFormatSaysWhenTheTitleIsAlsoTheFirstParagraph() {
    // the lead retells the first line: it may be the headline or the first sentence, kept as both
    String kept =
        "Flooding closes the river road near Amberley.\n\n"
            + "Flooding closed the river road near Amberley on Tuesday morning after heavy rain"
            + " overnight, and the county council said it would stay shut until Friday.";
    String titled =
        "River road shut by floods\n\n"
            + "The county council closed the river road near Amberley on Tuesday because of"
            + " flooding, and said it expects to reopen it on Friday.";
    Report r =
        TestData.analyse(
            new SourceText("a.txt", kept, Optional.of("Alpha")),
            new SourceText("b.txt", titled, Optional.of("Beta")));
    ReportView view = ReportView.of(r);
    assertThat(view.articles())
        .extracting(ReportView.ArticleView::titleInText)
        .containsExactly(true, false);
    assertThat(Format.HTML.render(r))
        .containsOnlyOnce("(also its first paragraph: it may be the first sentence)");
    assertThat(Format.TEXT.render(r)).containsOnlyOnce("(also its first paragraph)");
    // the titled article's lead is one sentence: counted in the singular
    assertThat(Format.TEXT.render(r))
        .contains("b.txt; 1 body sentence, ")
        .doesNotContain("1 body sentences");
    assertThat(Format.JSON.render(r)).containsOnlyOnce("\"title_in_text\"");
  }

  @Test
  void aTitleKeptAsBodyIsNoClaimOfThatArticleAlone() {
    String kept =
        "Storm topples old oak onto the village hall roof in Amberley.\n\n"
            + "An old oak fell onto the roof of Amberley village hall during Tuesday's storm, and"
            + " the parish council said the hall would stay shut for repairs.";
    String other =
        "Hall closed\n\n"
            + "The parish council has closed Amberley village hall after a tree fell on its roof in"
            + " the storm on Tuesday.";
    Report r =
        TestData.analyse(
            new SourceText("a.txt", kept, Optional.of("Alpha")),
            new SourceText("b.txt", other, Optional.of("Beta")));
    ReportView view = ReportView.of(r);
    assertThat(view.articles().get(0).titleInText()).isTrue();
    assertThat(view.onlyHere())
        .flatExtracting(ReportView.OnlyHere::sentences)
        .extracting(ReportView.SentenceRef::text)
        .doesNotContain("Storm topples old oak onto the village hall roof in Amberley.");
    assertThat(Format.TEXT.render(r)).doesNotContain("A1.S1 Storm topples");
  }
}

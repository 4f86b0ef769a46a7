package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestData;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A report whose brief is empty says why, in every readable format, instead of leaving it out. */
class EmptyBriefRenderTest {
  @Test
  void saysWhyThereIsNoBriefWhenNoSentenceCanBeStatedWhole() {
    // leads cut off inside their only sentence, as archives cut long leads: nothing whole to state
    String a =
        "Judge delays sentencing of former aide\n\n"
            + "A federal judge on Tuesday postponed the sentencing of the former aide after warning"
            + " him that he could well face prison for lying to";
    String b =
        "Former aide's sentencing put off\n\n"
            + "The sentencing of the president's former aide was delayed on Tuesday by a federal"
            + " judge who repeatedly asked whether he wanted to";
    Report r =
        TestData.analyse(
            new SourceText("a.txt", a, Optional.of("Alpha")),
            new SourceText("b.txt", b, Optional.of("Beta")));
    assertThat(r.brief()).isEmpty();
    String why = "No brief: no sentence of the articles can be stated whole and neutrally";
    assertThat(ReportView.of(r).briefMissing()).startsWith(why);
    assertThat(Format.TEXT.render(r)).contains("Brief\n-----\n" + why);
    assertThat(Format.MD.render(r)).contains(why);
    assertThat(Format.HTML.render(r)).contains("<h2>Brief</h2>\n<p>" + why);
  }
}

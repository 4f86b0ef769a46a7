package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A text input without a given date is dated by the date it prints under its headline. */
class PrintedDateTest {
  private static final String TEXT =
      "Dr. Regina Benjamin: Nominee for Surgeon General\n\n"
          + "July 13, 2009 12: 49 PM EDT\n\n"
          + "The President announced his nominee for Surgeon General today at the White House."
          + " Dr. Benjamin runs a rural health clinic in Alabama.";

  private static Report analyse(Pipeline.Options options) {
    return analyse("nominee.txt", TEXT, options);
  }

  private static Report analyse(String source, String text, Pipeline.Options options) {
    return Pipeline.analyse(
        List.of(new SourceText(source, text, Optional.empty())),
        List.of(),
        options,
        Pipeline.Progress.NONE);
  }

  @Test
  void anUndatedTextIsDatedByItsPrintedTimestamp() {
    // ECB+ 34_2ecbplus: "today" stayed unresolved and the timeline empty
    Report r = analyse(Pipeline.Options.defaults());
    assertThat(r.articles().get(0).published()).contains(LocalDate.of(2009, 7, 13));
    assertThat(r.timeline()).extracting(TimelineEntry::date).contains("2009-07-13");
  }

  @Test
  void aHeadlineBelowTheDatelineIsShownAsTheArticlesTitle() {
    String text =
        "Updated: March 12, 2026 09: 40 GMT\n\n"
            + "Ferry service cut after storm\n\n"
            + "The harbor authority cut ferry service across the bay on Monday after the storm."
            + " Crews began inspecting the piers on Tuesday.";
    Report r = analyse("ferry.txt", text, Pipeline.Options.defaults());
    assertThat(r.articles().get(0).published()).contains(LocalDate.of(2026, 3, 12));
    // kept as the text's heading (what the grouper and the brief read is unchanged), it is what
    // the article's line shows rather than "(untitled)"
    assertThat(r.articles().get(0).title()).isEmpty();
    assertThat(dev.parallax.report.Format.TEXT.render(r))
        .contains("— Ferry service cut after storm  [ferry.txt;")
        .doesNotContain("(untitled)");
    assertThat(dev.parallax.report.Format.HTML.render(r))
        .contains("<td>Ferry service cut after storm</td>");
  }

  @Test
  void theDateItWasPublishedWinsOverTheDateItWasUpdated() {
    String text =
        "Ferry service cut after storm\n\n"
            + "Last updated: March 12, 2026\n\n"
            + "Published: March 9, 2026\n\n"
            + "The harbor authority cut ferry service across the bay on Monday after the storm."
            + " Crews began inspecting the piers on Tuesday.";
    Report r = analyse("ferry.txt", text, Pipeline.Options.defaults());
    assertThat(r.articles().get(0).published()).contains(LocalDate.of(2026, 3, 9));
    // with no other date printed, the update dates the text
    Report updatedOnly =
        analyse(
            "ferry.txt",
            text.replace("Published: March 9, 2026\n\n", ""),
            Pipeline.Options.defaults());
    assertThat(updatedOnly.articles().get(0).published()).contains(LocalDate.of(2026, 3, 12));
  }

  @Test
  void aTextWithNoDateSaysWhichTimesItCouldNotPlace() {
    String text =
        "Ferry service cut after storm\n\n"
            + "The harbor authority cut ferry service across the bay on Monday after the storm."
            + " Crews began inspecting the piers on Tuesday, and service resumed last June"
            + " after a similar storm.";
    Report r = analyse("ferry.txt", text, Pipeline.Options.defaults());
    assertThat(r.timeline()).isEmpty();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("single-article", "undated");
    assertThat(r.diagnostics().get(1).line())
        .startsWith("ferry.txt: no publication date found, so 3 times relative to it")
        .contains("\"Monday\"", "\"Tuesday\"", "\"last June\"")
        .contains("--published YYYY-MM-DD");
    // the articles list says it is undated, where a dated article shows its date
    assertThat(dev.parallax.report.Format.TEXT.render(r)).contains("removed], undated");
    assertThat(dev.parallax.report.Format.HTML.render(r)).contains("<td>undated</td>");
    // given the date, the times are placed and nothing is said
    Report dated =
        analyse(
            "ferry.txt",
            text,
            Pipeline.Options.defaults().withPublished(LocalDate.of(2026, 3, 11)));
    assertThat(dated.diagnostics()).extracting(Diagnostic::code).containsExactly("single-article");
    assertThat(dated.timeline()).extracting(TimelineEntry::date).contains("2026-03-09");
  }

  @Test
  void aGivenDateWinsOverThePrintedOne() {
    Report r = analyse(Pipeline.Options.defaults().withPublished(LocalDate.of(2009, 7, 14)));
    assertThat(r.articles().get(0).published()).contains(LocalDate.of(2009, 7, 14));
  }
}

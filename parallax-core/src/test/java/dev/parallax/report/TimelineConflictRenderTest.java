package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.Report;
import dev.parallax.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A timeline event the articles date differently is shown once, with both dates and a conflict
 * mark.
 */
class TimelineConflictRenderTest {
  private static Report withConflict() {
    Report r =
        Pipeline.compare(
            List.of("../examples/harbor-bridge"),
            new Pipeline.Options(
                Optional.of(LocalDate.of(2026, 3, 10)), Optional.empty(), Map.of(), 2),
            Pipeline.Progress.NONE);
    TimelineEntry.Dating tuesday =
        new TimelineEntry.Dating(
            "2026-03-03",
            "",
            "on Tuesday",
            "A1.S1",
            List.of("A1.S1", "A3.S1"),
            List.of("A1", "A3"));
    TimelineEntry.Dating wednesday =
        new TimelineEntry.Dating(
            "2026-03-04", "", "on Wednesday", "A2.S1", List.of("A2.S1"), List.of("A2"));
    TimelineEntry conflict =
        new TimelineEntry(
            "2026-03-03",
            "",
            "on Tuesday",
            "A1.S1",
            List.of("A1.S1", "A3.S1", "A2.S1"),
            List.of("A1", "A2", "A3"),
            "The council met",
            false,
            List.of(tuesday, wednesday),
            true);
    return new Report(
        r.articles(),
        r.entities(),
        r.quotes(),
        r.quoteGroups(),
        r.facts(),
        r.omissions(),
        r.discrepancies(),
        r.brief(),
        List.of(conflict),
        r.framing(),
        r.wordings(),
        r.diagnostics());
  }

  @Test
  void showsBothDatesAndTheConflictInEveryFormat() {
    Report r = withConflict();
    assertThat(Format.TEXT.render(r))
        .contains(
            "2026-03-03 [conflict] The council met  (2026-03-03 \"on Tuesday\": A1.S1, A3.S1 vs 2026-03-04 \"on Wednesday\": A2.S1)");
    assertThat(Format.MD.render(r))
        .contains("\\[conflict\\]")
        .contains("2026-03-04 \"on Wednesday\": A2.S1");
    assertThat(Format.HTML.render(r))
        .contains("<tr class=\"conflict\">")
        .contains("(conflict)<br>2026-03-04")
        .contains("on Tuesday (2026-03-03) vs on Wednesday (2026-03-04)");
    assertThat(Format.JSON.render(r)).contains("\"conflict\"");
  }
}

package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import dev.parallax.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each SUTime correction, on sentences run through the real annotator. */
class TimeFixerTest {
  private static final LocalDate FRIDAY = LocalDate.of(2026, 2, 6);

  private static List<TimeExpression> times(String text, Optional<LocalDate> published) {
    Report r =
        Pipeline.analyse(
            List.of(new SourceText("t.txt", text, Optional.empty())),
            List.of(),
            new Pipeline.Options(published, Optional.empty(), Map.of(), 1),
            Pipeline.Progress.NONE);
    return r.articles().get(0).sentences().stream().map(Sentence::times).flatMap(List::stream).toList();
  }

  private static TimeExpression only(String text, String expression) {
    return times(text, Optional.of(FRIDAY)).stream()
        .filter(t -> t.text().equals(expression))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time expression " + expression));
  }

  @Test
  void bareMonthInPastTenseResolvesToThePreviousYear() {
    assertThat(only("The two countries fought a short war in June.", "June").value()).isEqualTo("2025-06");
  }

  @Test
  void bareMonthInFutureTenseStaysAhead() {
    assertThat(only("The two countries will meet again in June.", "June").value()).isEqualTo("2026-06");
  }

  @Test
  void weekdayInPastTenseIsNeverAfterPublication() {
    assertThat(only("The minister spoke to reporters on Thursday.", "Thursday").value()).isEqualTo("2026-02-05");
    assertThat(only("The council met on Saturday.", "Saturday").value()).isEqualTo("2026-01-31");
  }

  @Test
  void thePastYearIsARangeEndingAtPublication() {
    TimeExpression t = only("Iran has watched the talks closely over the past year.", "the past year");
    assertThat(t.value()).isEqualTo("2025-02-06");
    assertThat(t.until()).isEqualTo("2026-02-06");
  }

  @Test
  void inThePastMonthIsARangeNotTheCalendarMonth() {
    TimeExpression t = only("In the past month, the navy has moved twelve ships.", "the past month");
    assertThat(t.value()).isEqualTo("2026-01-06");
    assertThat(t.until()).isEqualTo("2026-02-06");
  }

  @Test
  void lastMonthStaysTheCalendarMonth() {
    assertThat(only("Last month, the president said a deal was close.", "Last month").value()).isEqualTo("2026-01");
  }

  @Test
  void ordinalBeforeANounIsNotADuration() {
    assertThat(times("A second round of talks was under way.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .doesNotContain("A second");
  }

  @Test
  void joinsDayAndPartOfDay() {
    assertThat(times("The cabinet met on Thursday afternoon.", Optional.of(FRIDAY)))
        .extracting(TimeExpression::text)
        .containsExactly("Thursday afternoon");
  }

  @Test
  void withoutPublicationDateRelativeExpressionsStayRelative() {
    List<TimeExpression> t = times("The two countries fought a short war in June.", Optional.empty());
    assertThat(t).singleElement().extracting(TimeExpression::value).asString().startsWith("XXXX");
  }

  @Test
  void weekdayInFutureClauseIsNeverBeforePublication() {
    // published on a Friday: "Wednesday" in a future clause is the coming one
    assertThat(only("The council will hold an emergency session on Wednesday, the mayor said.", "Wednesday").value())
        .isEqualTo("2026-02-11");
    assertThat(only("On Wednesday the council will vote on the plan.", "Wednesday").value()).isEqualTo("2026-02-11");
  }
}

package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignatureTest {
  private static final LocalDate SUNDAY = LocalDate.of(2026, 5, 10);

  @Test
  void leadWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
    assertThat(Signature.eventDay("Thousands marched on Saturday against the levy.", SUNDAY))
        .contains(LocalDate.of(2026, 5, 9));
    assertThat(Signature.eventDay("The minister spoke on Sunday.", SUNDAY)).contains(SUNDAY);
    assertThat(Signature.eventDay("The minister announced the levy on Wednesday.", SUNDAY))
        .contains(LocalDate.of(2026, 5, 6));
  }

  @Test
  void yesterdayAndTodayAreRelativeToPublication() {
    assertThat(Signature.eventDay("Police said yesterday that 31 were held.", SUNDAY))
        .contains(LocalDate.of(2026, 5, 9));
    assertThat(Signature.eventDay("A strike began today at the port.", SUNDAY)).contains(SUNDAY);
  }

  @Test
  void aLeadWithoutADayNamesNone() {
    assertThat(Signature.eventDay("The levy will raise 1.8 billion crowns a year.", SUNDAY))
        .isEmpty();
  }

  @Test
  void withoutADateTheWeekdayALeadNamesIsKeptAndComparedAroundTheWeek() {
    LocalDate saturday = Signature.undatedWeekday("Thousands marched on Saturday.").orElseThrow();
    LocalDate sunday = Signature.undatedWeekday("The minister spoke late Sunday.").orElseThrow();
    LocalDate monday = Signature.undatedWeekday("Talks resumed on Monday.").orElseThrow();
    LocalDate wednesday = Signature.undatedWeekday("The court ruled Wednesday.").orElseThrow();
    assertThat(Signature.undated(saturday)).isTrue();
    assertThat(Signature.undated(SUNDAY)).isFalse();
    assertThat(Signature.undatedWeekday("Police said yesterday that 31 were held.")).isEmpty();
    // next to each other, around the week's end too
    assertThat(Scoring.dayPenalty(Set.of(sunday), Set.of(monday))).isZero();
    assertThat(Scoring.dayPenalty(Set.of(saturday), Set.of(sunday))).isZero();
    // two or more days apart: half a dated day's penalty
    assertThat(Scoring.dayPenalty(Set.of(monday), Set.of(wednesday)))
        .isEqualTo(Scoring.UNDATED_PENALTY)
        .isLessThan(StoryGrouper.OTHER_DAY_PENALTY);
    assertThat(Scoring.dayPenalty(Set.of(saturday), Set.of(wednesday))).isPositive();
    // a weekday named without a date says nothing of a dated day
    assertThat(Scoring.dayPenalty(Set.of(wednesday), Set.of(SUNDAY))).isZero();
    assertThat(Scoring.dayPenalty(Set.of(SUNDAY), Set.of(SUNDAY.plusDays(3))))
        .isEqualTo(StoryGrouper.OTHER_DAY_PENALTY);
  }

  @Test
  void aFirstParagraphThatIsTheTitleIsReadAsTheTitleNotAsTheLead() {
    String head = "Storm closes three ports along the coast.";
    String lead =
        "A storm closed three ports along the southern coast on Sunday, stranding ferries and"
            + " their passengers for two days in the harbours of the bay.";
    dev.parallax.model.CleanDocument doc =
        dev.parallax.clean.Cleaner.clean(
            new dev.parallax.model.SourceText(
                dev.parallax.model.ArticleMeta.of("t.txt"),
                head + "\n\n" + lead,
                java.util.List.of()));
    assertThat(doc.titleParagraphEnd()).isPositive();
    Signature s = Signature.of(doc, java.util.Optional.empty());
    assertThat(s.title).isEqualTo(head);
    assertThat(s.lead).isEqualTo(lead);
  }
}

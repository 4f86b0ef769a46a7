package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}

package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexValuesTest {
  @Test
  void aOneDigitWeekOfTheGoldIsReadWithTwoDigits() {
    assertThat(TimexValues.goldNotation("2000-W8")).isEqualTo("2000-W08");
    assertThat(TimexValues.goldNotation("2000-W6-WE")).isEqualTo("2000-W06-WE");
  }

  @Test
  void otherGoldValuesStayAsWritten() {
    assertThat(TimexValues.goldNotation("2000-W08")).isEqualTo("2000-W08");
    assertThat(TimexValues.goldNotation("1989-W43")).isEqualTo("1989-W43");
    assertThat(TimexValues.goldNotation("1989-WXX")).isEqualTo("1989-WXX");
    assertThat(TimexValues.goldNotation("1998-10-13T06:00")).isEqualTo("1998-10-13T06:00");
    assertThat(TimexValues.goldNotation("P1W")).isEqualTo("P1W");
  }
}

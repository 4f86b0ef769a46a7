package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeidelTimeSuiteTest {

  @Test
  void heidelTimesExpressionsAreMappedBackToTheDocumentsText() throws Exception {
    String text =
        "\nThe board met on Friday & agreed to sell the unit.\n\n"
            + "Talks began in March 1998 and lasted three weeks.\n";
    Timex.Doc doc = new Timex.Doc("made-up", LocalDate.of(1998, 10, 27), text, List.of());
    List<TimexSuite.Found> found =
        HeidelTimeSuite.found(new HeidelTimeSuite.Tagger().tag(doc), text);
    assertThat(found)
        .extracting(f -> f.text() + "|" + f.type() + "|" + f.value())
        .containsExactly(
            "Friday|DATE|1998-10-23", "March 1998|DATE|1998-03", "three weeks|DURATION|P3W");
    for (TimexSuite.Found f : found) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
    }
  }

  @Test
  void anOutputThatDoesNotHoldTheTextIsRefused() {
    assertThatThrownBy(
            () ->
                HeidelTimeSuite.found(
                    "<TimeML>\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">1998</TIMEX3>"
                        + "\n</TimeML>",
                    "In 1998"))
        .isInstanceOf(IllegalStateException.class);
  }
}

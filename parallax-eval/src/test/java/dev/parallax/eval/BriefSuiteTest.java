package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BriefSuiteTest {
  @Test
  void aSentenceCuttingAQuotationIsFlagged() {
    String text = "“We lost a colleague. He was kind,” said the judge. Rain fell on Monday.";
    boolean[] quoted = dev.parallax.internal.QuoteSpans.mask(text);
    int second = text.indexOf("He was");
    int third = text.indexOf("Rain");
    assertThat(BriefChecks.quotationCut(at(text, 0, second - 1), quoted)).isTrue();
    assertThat(BriefChecks.quotationCut(at(text, second, third - 1), quoted)).isTrue();
    assertThat(BriefChecks.quotationCut(at(text, third, text.length()), quoted)).isFalse();
  }

  private static dev.parallax.model.Sentence at(String text, int start, int end) {
    return new dev.parallax.model.Sentence(
        "A1.S1",
        dev.parallax.model.BlockKind.BODY,
        text.substring(start, end),
        start,
        end,
        java.util.List.of(),
        java.util.List.of(),
        java.util.List.of());
  }

  @Test
  void correlationOfLengthsFollowsPearson() {
    double[] roundup = {30, 40, 80, 90};
    assertThat(BriefSuite.pearson(new double[] {10, 20, 60, 70}, roundup))
        .isCloseTo(1, within(1e-9));
    assertThat(BriefSuite.pearson(new double[] {90, 80, 40, 30}, roundup))
        .isCloseTo(-1, within(1e-9));
    // a fixed length follows nothing
    assertThat(BriefSuite.pearson(new double[] {55, 55, 55, 55}, roundup)).isZero();
    // x = 1, 2, 3, 4 against 1, 3, 2, 4: 0.8
    assertThat(BriefSuite.pearson(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}))
        .isCloseTo(0.8, within(1e-9));
  }
}

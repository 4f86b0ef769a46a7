package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quotes-polnear scoring of speakers on a small made-up annotated article run through the whole
 * pipeline, as issue 16 defines a right speaker.
 */
class QuotesScoringTest {

  private static Polnear.Span span(String text, String words) {
    int at = text.indexOf(words);
    return new Polnear.Span(List.<int[]>of(new int[] {at, at + words.length()}), words);
  }

  @Test
  void resolvesATitleHoldingAnOrganisationsNameInsteadOfReadingTheName() {
    String text =
        "Senator Harry Reid spoke to reporters in Washington on Tuesday.\n\n"
            + "\"I never knew what was going to happen when I went to trial,\" the Senate minority"
            + " leader said.\n";
    Polnear.Attribution spoke =
        new Polnear.Attribution(
            span(text, "to reporters"),
            Optional.of(span(text, "Senator Harry Reid")),
            Optional.of(span(text, "spoke")));
    Polnear.Attribution quoted =
        new Polnear.Attribution(
            span(text, "\"I never knew what was going to happen when I went to trial,\""),
            Optional.of(span(text, "the Senate minority leader")),
            Optional.of(span(text, "said")));
    Polnear.Doc doc =
        new Polnear.Doc(
            "made-up_2016-01-01_reid",
            "train",
            text,
            "nyt",
            Optional.empty(),
            List.of(spoke, quoted));

    QuotesSuite.Counts c = QuotesSuite.measure(doc);

    // "the Senate minority leader" names no one by itself: it is the person the text gave
    // words to before (Reid), not the Senate
    assertThat(c.namedDirect).isZero();
    assertThat(c.resolvedDirect).isEqualTo(1);
    assertThat(c.resolvedRight).isEqualTo(1);
  }

  @Test
  void aPossessiveAfterAFinalSLeavesTheName() {
    assertThat(QuotesSuite.nameWords("Sanders’ aides")).containsExactly("sanders");
    assertThat(QuotesSuite.nameWords("Clinton's campaign")).containsExactly("clinton");
    assertThat(QuotesSuite.nameWords("Sanders")).containsExactly("sanders");
  }
}

package dev.parallax.quote;

import static dev.parallax.quote.QuoteAssertions.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Attributions the sentence splitter or the tagger cut up: a closing mark or an apposition put in
 * the next sentence, a sentence opening "Said X," and a participle read as a title; each on a small
 * made-up article run through the real pipeline.
 */
class SplitAttributionTest {

  @Test
  void takesTheCueAfterAClosingMarkTheSplitterPutInTheNextSentence() {
    Report r =
        Stories.analyse(
            "The harbour board met on Monday.\n\n"
                + "“The ferries are late again. Why does nobody ask the mayor about it?,” Tomas"
                + " Berg said.");
    assertThat(speakerOf(r, "ferries are late again")).isEqualTo("Tomas Berg");
  }

  @Test
  void leavesToTheNextSentenceACueThatGovernsAClauseOfItsOwn() {
    Report r =
        Stories.analyse(
            "Tomas Berg spoke first at the harbour board on Monday.\n\n"
                + "“The ferries are late again. Why does nobody ask the mayor about it?,” Ruth"
                + " Alder said she would answer every question about the ferries on Friday.");
    assertThat(speakerOf(r, "ferries are late again")).isNotEqualTo("Ruth Alder");
  }

  @Test
  void goesOnWithTheSpeakerWhenAnAppositionWasCutIntoASentenceOfItsOwn() {
    Report r =
        Stories.analyse(
            "“That is a problem for the harbour,” said Rep. Ruth Alder (D-S.C.), a member of"
                + " the port committee. “I would love to see the council act before winter.”");
    assertThat(speakerOf(r, "love to see the council act")).isEqualTo("Ruth Alder");
  }

  @Test
  void readsASentenceOpeningWithSaidAsACue() {
    Report r =
        Stories.analyse(
            "The old ferry terminal was turned into a museum last year. Said Ingrid Halvorsen,"
                + " who worked there for thirty years, “We were all so proud of this place.”");
    assertThat(speakerOf(r, "so proud of this place")).isEqualTo("Ingrid Halvorsen");
  }

  @Test
  void readsAParticipleBeforeANameAsPartOfTheInvertedSubject() {
    Report r =
        Stories.analyse(
            "“I fundamentally disagree with the plan,” said retired Army Lt. Gen. Tomas Berg, who"
                + " served in the north for a decade.");
    assertThat(speakerOf(r, "fundamentally disagree")).isEqualTo("Tomas Berg");
  }

  @Test
  void takesTheNameAfterAPastVerbOfSayingOpeningTheSentenceBeforeTheQuote() {
    Report r =
        Stories.analyse(
            "Mayor Helena Brandt spoke on a radio programme on Monday about the flood.\n\n"
                + "Stated Brandt:\n\n"
                + "“The dam will be rebuilt before the spring floods, whatever it costs.”");
    assertThat(speakerOf(r, "dam will be rebuilt")).isEqualTo("Helena Brandt");
  }
}

package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Discrepancy;
import dev.parallax.model.Fact;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscrepanciesTest {
  private static List<Discrepancy> find(Sentence a, Sentence b) {
    Fact f = new Fact("F1", List.of(a.id(), b.id()), List.of("A1", "A2"), "x", 1);
    return Discrepancies.find(List.of(f), Map.of(a.id(), a, b.id(), b));
  }

  @Test
  void sameNounCountedDifferentlyIsADiscrepancy() {
    List<Discrepancy> got =
        find(
            Sentences.of("A1.S1", "The/DT navy/NN sent/VBD 12/CD warships/NNS"),
            Sentences.of("A2.S4", "The/DT navy/NN sent/VBD 14/CD new/JJ warships/NNS"));
    assertThat(got)
        .containsExactly(
            new Discrepancy(
                "F1",
                List.of(
                    new Discrepancy.Value("A1.S1", "12 warships", "12"),
                    new Discrepancy.Value("A2.S4", "14 new warships", "14"))));
  }

  @Test
  void numbersOfDifferentNounsAreNotCompared() {
    assertThat(
            find(
                Sentences.of("A1.S1", "The/DT navy/NN sent/VBD 12/CD warships/NNS"),
                Sentences.of("A2.S1", "The/DT navy/NN sent/VBD 40/CD aircraft/NN")))
        .isEmpty();
  }

  @Test
  void aMeasureOfTheNounItModifiesIsAnotherUnit() {
    // the drive's 73 yards and the pass's 7 are not the same quantity
    assertThat(
            find(
                Sentences.of("A1.S1", "The/DT Colts/NNPS went/VBD 73/CD yards/NNS"),
                Sentences.of(
                    "A2.S1", "a/DT 7/CD -/HYPH yard/NN touchdown/NN pass/NN from/IN Luck/NNP")))
        .isEmpty();
    assertThat(
            find(
                Sentences.of("A1.S1", "a/DT 7/CD -/HYPH yard/NN touchdown/NN pass/NN"),
                Sentences.of("A2.S1", "an/DT 8/CD -/HYPH yard/NN touchdown/NN pass/NN")))
        .hasSize(1);
  }

  @Test
  void aPartIsComparedWithThePartAndTheWholeWithTheWhole() {
    assertThat(
            Quantities.of(
                Sentences.of("A1.S1", "The/DT party/NN won/VBD 157/CD of/IN 338/CD seats/NNS")))
        .containsExactly(
            new Quantities.Quantity("157", "157", "seat"),
            new Quantities.Quantity("338 seats", "338", "seat" + Quantities.WHOLE));
    List<Discrepancy> got =
        find(
            Sentences.of("A1.S1", "The/DT party/NN won/VBD 157/CD of/IN 338/CD seats/NNS"),
            Sentences.of("A2.S1", "The/DT party/NN took/VBD 156/CD seats/NNS of/IN the/DT 338/CD"));
    assertThat(got)
        .containsExactly(
            new Discrepancy(
                "F1",
                List.of(
                    new Discrepancy.Value("A1.S1", "157", "157"),
                    new Discrepancy.Value("A2.S1", "156 seats", "156"))));
  }

  @Test
  void aSizeWrittenNByMCountsNothing() {
    assertThat(
            Quantities.of(
                Sentences.of(
                    "A1.S1",
                    "They/PRP drove/VBD a/DT four/CD -/HYPH by/IN -/HYPH four/CD car/NN and/CC"
                        + " 2/CD vans/NNS")))
        .containsExactly(new Quantities.Quantity("2 vans", "2", "van"));
  }

  @Test
  void sameValueWrittenDifferentlyAgrees() {
    assertThat(
            find(
                Sentences.of("A1.S1", "more/JJR than/IN 6,900/CD people/NNS died/VBD"),
                Sentences.of("A2.S1", "6900/CD people/NNS died/VBD")))
        .isEmpty();
  }

  @Test
  void scaleWordsMultiply() {
    assertThat(Quantities.of(Sentences.of("A1.S1", "1.5/CD million/CD dollars/NNS")))
        .containsExactly(new Quantities.Quantity("1.5 million dollars", "1500000", "dollar"));
  }

  private static Sentence dated(String id, String text, String when, String value) {
    int at = text.indexOf(when);
    return new Sentence(
        id,
        dev.parallax.model.BlockKind.BODY,
        text,
        0,
        text.length(),
        List.of(),
        List.of(),
        List.of(new TimeExpression(when, "DATE", value, at, at + when.length())));
  }

  @Test
  void aDayWhoseYearIsNotWrittenAgreesWithTheSameDayOfAWrittenYear() {
    // "June 20" took its year from a publication date the user gave every article
    Sentence a = dated("A1.S1", "The man was shot on June 20.", "June 20", "2006-06-20");
    Sentence b =
        dated("A2.S1", "The man was shot on June 20, 2005.", "June 20, 2005", "2005-06-20");
    Sentence c =
        dated("A2.S1", "The man was shot on June 21, 2005.", "June 21, 2005", "2005-06-21");
    Sentence d =
        dated("A2.S1", "The man was shot on June 20, 2004.", "June 20, 2004", "2004-06-20");
    Sentence e =
        dated("A1.S1", "The man was shot on June 20, 2006.", "June 20, 2006", "2006-06-20");
    assertThat(find(a, b)).isEmpty();
    assertThat(find(a, c)).hasSize(1);
    assertThat(find(e, d)).hasSize(1); // both years written: they disagree
  }
}

package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Discrepancy;
import dev.parallax.model.Fact;
import dev.parallax.model.Sentence;
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
}

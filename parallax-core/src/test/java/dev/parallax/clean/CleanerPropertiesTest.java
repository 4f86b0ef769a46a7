package dev.parallax.clean;

import static dev.parallax.Adversarial.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Adversarial;
import dev.parallax.model.Block;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Removal;
import dev.parallax.model.SourceText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cleaner on any text: never throws, and every character it drops is in a recorded removal. */
class CleanerPropertiesTest {
  @Test
  void losesNoCharacterWithoutRecordingIt() {
    forAll(1000, r -> Adversarial.anything(r, 120), CleanerPropertiesTest::assertConserved);
  }

  @Test
  void cleansArticlesOfOneOutletTogetherWithoutLoss() {
    forAll(
        300,
        Adversarial.pairs(r -> Adversarial.anything(r, 80), r -> Adversarial.anything(r, 80)),
        p -> {
          List<CleanDocument> docs =
              Cleaner.cleanAll(
                  List.of(
                      new SourceText("a.txt", p.first(), Optional.of("Outlet")),
                      new SourceText("b.txt", p.second(), Optional.of("Outlet"))));
          assertThat(docs).hasSize(2);
          assertThat(accounted(docs.get(0)) + accounted(docs.get(1)))
              .isEqualTo(
                  Adversarial.contentChars(p.first()) + Adversarial.contentChars(p.second()));
        });
  }

  @Test
  void cleansOneHundredThousandCharacterLines() {
    assertConserved("word ".repeat(20_000).strip());
    assertConserved("Title\n" + "“".repeat(50_000) + "\n" + "x".repeat(100_000));
    assertConserved("\n".repeat(100_000) + "." + "\u200b".repeat(100_000));
  }

  private static void assertConserved(String text) {
    CleanDocument d = Cleaner.clean(new SourceText("t.txt", text, Optional.empty()));
    for (Block b : d.blocks()) {
      assertThat(d.text().substring(b.start(), b.end())).isEqualTo(b.text());
    }
    assertThat(accounted(d))
        .as("content characters kept or recorded as removed")
        .isEqualTo(Adversarial.contentChars(text));
  }

  private static long accounted(CleanDocument d) {
    long n = 0;
    for (Block b : d.blocks()) {
      n += Adversarial.contentChars(b.text());
    }
    for (Removal r : d.removed()) {
      n += Adversarial.contentChars(r.text());
    }
    return n;
  }
}

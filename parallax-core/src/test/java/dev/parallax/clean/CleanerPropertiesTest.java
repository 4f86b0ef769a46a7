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

/**
 * The cleaner on any text: never throws, and every character of the text as read (in composed form,
 * NFC) that it drops is in a recorded removal.
 */
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
          SourceText a = new SourceText("a.txt", p.first(), Optional.of("Outlet"));
          SourceText b = new SourceText("b.txt", p.second(), Optional.of("Outlet"));
          List<CleanDocument> docs = Cleaner.cleanAll(List.of(a, b));
          assertThat(docs).hasSize(2);
          // the text as read: in composed form (NFC), which may join or split code points
          assertThat(accounted(docs.get(0)) + accounted(docs.get(1)))
              .isEqualTo(Adversarial.contentChars(a.text()) + Adversarial.contentChars(b.text()));
        });
  }

  @Test
  void cleansOneHundredThousandCharacterLines() {
    assertConserved("word ".repeat(20_000).strip());
    assertConserved("Title\n" + "“".repeat(50_000) + "\n" + "x".repeat(100_000));
    assertConserved("\n".repeat(100_000) + "." + "\u200b".repeat(100_000));
  }

  private static void assertConserved(String text) {
    SourceText source = new SourceText("t.txt", text, Optional.empty());
    CleanDocument d = Cleaner.clean(source);
    for (Block b : d.blocks()) {
      assertThat(d.text().substring(b.start(), b.end())).isEqualTo(b.text());
    }
    assertThat(accounted(d))
        .as("content characters kept or recorded as removed")
        .isEqualTo(Adversarial.contentChars(source.text()));
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

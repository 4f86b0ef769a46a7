package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Block;
import dev.parallax.model.BlockKind;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextBudgetTest {
  private static final String[] WORDS = {
    "the",
    "harbour",
    "bridge",
    "council",
    "engineers",
    "said",
    "on",
    "Monday",
    "repairs",
    "cost",
    "million",
    "crowns",
    "traffic",
    "mayor",
    "cables",
    "deck",
    "spring",
    "residents",
    "ferry",
    "inspection"
  };

  /** One paragraph per string, joined as the cleaner joins them. */
  private static CleanDocument doc(List<String> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(p);
      blocks.add(new Block(BlockKind.BODY, p, start, text.length()));
    }
    return new CleanDocument(ArticleMeta.of("big.txt"), text.toString(), blocks, List.of());
  }

  /**
   * Seeded sentences of {@code perSentence} words (0: no sentence end at all) up to {@code words}
   * words.
   */
  private static String prose(long seed, int words, int perSentence) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= words; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      b.append(
          b.length() == 0 || perSentence > 0 && (i - 1) % perSentence == 0
              ? Character.toUpperCase(w.charAt(0)) + w.substring(1)
              : w);
      b.append(perSentence > 0 && i % perSentence == 0 ? ". " : i % 9 == 0 ? ", " : " ");
    }
    return b.toString().strip();
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  @Test
  void leavesAnArticleWithinTheBudgetAsItIs() {
    CleanDocument d = doc(List.of(prose(1, 800, 20), prose(2, 600, 15)));
    TextBudget.Fit fit = TextBudget.fit(d);
    assertThat(fit.doc()).isSameAs(d);
    assertThat(fit.truncated()).isEmpty();
  }

  @Test
  void cutsALongArticleAtASentenceEndAndSaysWhatWasLeftOut() {
    String line = prose(3, 50_000, 18);
    CleanDocument d = doc(List.of(prose(4, 300, 12), line));
    TextBudget.Fit fit = TextBudget.fit(d);
    String kept = fit.doc().text();
    assertThat(words(kept))
        .isLessThanOrEqualTo(TextBudget.MAX_WORDS)
        .isGreaterThan(TextBudget.MAX_WORDS - 20);
    assertThat(kept).endsWith(".");
    assertThat(d.text()).startsWith(kept);
    for (Block b : fit.doc().blocks()) {
      assertThat(kept.substring(b.start(), b.end())).isEqualTo(b.text());
    }
    assertThat(fit.doc().blocks()).hasSize(2);
    Diagnostic diag = fit.truncated().orElseThrow();
    assertThat(diag.code()).isEqualTo("truncated");
    assertThat(diag.source()).isEqualTo("big.txt");
    String rest = d.text().substring(kept.length()).strip();
    assertThat(diag.message())
        .startsWith(
            String.format(
                "too long to analyse whole: analysed the first %,d words (%,d characters)",
                words(kept), kept.length()))
        .contains(
            String.format(
                "left out the remaining %,d words (%,d characters)", words(rest), rest.length()))
        .contains("from \"" + rest.substring(0, 20))
        .doesNotContain("\n");
  }

  @Test
  void cutsTextWithoutSpacesAtTheCharacterLimit() {
    String blob = "x".repeat(TextBudget.MAX_CHARS * 3);
    TextBudget.Fit fit = TextBudget.fit(doc(List.of(blob)));
    assertThat(fit.doc().text()).hasSize(TextBudget.MAX_CHARS);
    assertThat(fit.truncated()).isPresent();
  }

  @Test
  void handsTheParserNormalTextWhole() {
    String text = doc(List.of(prose(5, 2_000, 25), prose(6, 500, 30))).text();
    assertThat(TextBudget.pieces(text))
        .singleElement()
        .satisfies(p -> assertThat(p).containsExactly(0, text.length()));
  }

  @Test
  void cutsRunsWithoutSentenceEndsIntoPiecesAtCommas() {
    String text = prose(7, 1_000, 0) + "\n\n" + prose(8, 100, 20);
    List<int[]> pieces = TextBudget.pieces(text);
    assertThat(pieces.size()).isBetween(7, 14);
    int at = 0;
    for (int[] p : pieces) {
      assertThat(p[0]).isEqualTo(at);
      for (String run : text.substring(p[0], p[1]).split("(?<=[.!?])\\s+|\n\n")) {
        assertThat(words(run)).isLessThanOrEqualTo(TextBudget.MAX_RUN_WORDS);
      }
      at = p[1];
    }
    assertThat(at).isEqualTo(text.length());
    for (int[] p : pieces.subList(0, pieces.size() - 1)) {
      assertThat(text.substring(p[0], p[1]).stripTrailing()).endsWith(",");
    }
  }

  @Test
  void cutsAWordLongerThanAPieceBetweenCharacters() {
    String text = "a\uD83D\uDE00".repeat(2_000);
    List<int[]> pieces = TextBudget.pieces(text);
    assertThat(pieces).hasSizeGreaterThan(2);
    for (int[] p : pieces) {
      assertThat(p[1] - p[0]).isLessThanOrEqualTo(TextBudget.MAX_RUN_CHARS);
      assertThat(Character.isLowSurrogate(text.charAt(p[0]))).isFalse();
    }
  }
}

package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.Fact;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BriefWriterTest {
  private static Sentence sentence(String id, String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      int start = text.indexOf(w, at);
      String bare = w.replaceAll("[^\\p{L}\\p{N}-]", "");
      tokens.add(new Token(bare, bare.toLowerCase(), "NN", "O", start, start + w.length()));
      at = start + w.length();
    }
    return new Sentence(id, BlockKind.BODY, text, 0, text.length(), tokens, List.of(), List.of());
  }

  private static Article article(String id, String outlet, Sentence... s) {
    return new Article(id, id + ".txt", Optional.ofNullable(outlet), Optional.empty(), Optional.empty(), "",
        List.of(s), List.of());
  }

  private final BriefWriter writer = BriefWriter.withLoadedWords(Set.of("brutal", "massive"));

  private final List<Article> articles =
      List.of(
          article("A1", "Daily", sentence("A1.S1", "A brutal storm hit the coast on Monday"),
              sentence("A1.S2", "Ferries stopped for two days across the bay")),
          article("A2", null, sentence("A2.S1", "A storm hit the coast on Monday"),
              sentence("A2.S2", "A massive crowd watched the waves")));

  private final List<Fact> facts =
      List.of(
          new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9),
          new Fact("F2", List.of("A1.S2"), List.of("A1"), "ferries", 0.8),
          new Fact("F3", List.of("A2.S2"), List.of("A2"), "crowd", 0.8));

  @Test
  void picksTheLeastLoadedWordingAndCitesEveryVersion() {
    List<BriefSentence> brief = writer.write(articles, facts, 0);
    assertThat(brief.get(0)).isEqualTo(new BriefSentence("A storm hit the coast on Monday", List.of("A1.S1", "A2.S1"), 2));
  }

  @Test
  void labelsSingleSourceClaimsAndLeavesOutLoadedOnes() {
    List<BriefSentence> brief = writer.write(articles, facts, 0);
    assertThat(brief).extracting(BriefSentence::text)
        .containsExactly("A storm hit the coast on Monday", "Only Daily reports: Ferries stopped for two days across the bay");
  }

  @Test
  void lengthIsCappedBySharedFactsFirst() {
    assertThat(writer.write(articles, facts, 1)).extracting(BriefSentence::cites)
        .containsExactly(List.of("A1.S1", "A2.S1"));
  }

  @Test
  void loadedWordsInsideQuotationMarksDoNotCount() {
    LoadedWords w = LoadedWords.of(Set.of("brutal"));
    assertThat(w.inOwnVoice(sentence("A1.S1", "He called it \"a brutal storm\" on Monday"))).isEmpty();
    assertThat(w.inOwnVoice(sentence("A1.S1", "A brutal storm, he said"))).containsExactly("brutal");
  }
}

package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairScorerTest {
  private static final float[] SAME = {1, 0};

  private static PairScorer scorer(List<Sentence> sentences) {
    float[][] v = sentences.stream().map(s -> SAME).toArray(float[][]::new);
    return new PairScorer(v, sentences.stream().map(SentenceFeatures::of).toList(), 0.5, 0.2);
  }

  @Test
  void sharedRareNameAndNumberOutscoreSharedTopicWords() {
    List<Sentence> s =
        List.of(
            Sentences.of("A1.S1", "talks/NNS in/IN Harbor/NNP/E1 ended/VBD with/IN 3/CD injuries/NNS"),
            Sentences.of("A2.S1", "talks/NNS ended/VBD and/CC 3/CD injuries/NNS in/IN Harbor/NNP/E1"),
            Sentences.of("A2.S2", "talks/NNS resumed/VBD"),
            Sentences.of("A3.S1", "talks/NNS stalled/VBD"));
    PairScorer p = scorer(s);
    assertThat(p.score(0, 1)).isGreaterThan(p.score(0, 2));
    assertThat(p.overlap(2, 3)).isLessThan(0.5);
    assertThat(p.overlap(0, 1)).isEqualTo(1.0);
  }

  @Test
  void cosineAloneCountsItsWeight() {
    List<Sentence> s =
        List.of(Sentences.of("A1.S1", "rain/NN fell/VBD"), Sentences.of("A2.S1", "crowds/NNS cheered/VBD"));
    PairScorer p = scorer(s);
    assertThat(p.overlap(0, 1)).isZero();
    assertThat(p.score(0, 1)).isEqualTo(0.5);
  }

  @Test
  void stopwordsAndNamesTokensAreNotContentWords() {
    assertThat(SentenceFeatures.of(Sentences.of("A1.S1", "officials/NNS say/VBP Harbor/NNP/E1 flooded/VBD")))
        .contains("w:flooded", "e:E1")
        .doesNotContain("w:say", "w:official", "w:harbor");
  }

  @Test
  void aWordBothQuoteAddsToTheScore() {
    List<Sentence> s =
        List.of(
            Sentences.of("A1.S1", "Mayor/NNP/E1 called/VBD the/DT repair/NN a/DT ``/`` fiasco/NN ''/''"),
            Sentences.of("A2.S1", "Mayor/NNP/E1 saw/VBD a/DT ``/`` costly/JJ fiasco/NN ''/''"),
            Sentences.of("A3.S1", "Mayor/NNP/E1 saw/VBD a/DT costly/JJ fiasco/NN"));
    PairScorer p = scorer(s);
    assertThat(p.quoteWord(0, 1)).isTrue();
    assertThat(p.quoteWord(0, 2)).isFalse();
    assertThat(p.score(0, 1) - (0.5 + 0.5 * p.overlap(0, 1) + 0.2 * p.phrase(0, 1)))
        .isCloseTo(PairScorer.QUOTE_WORD, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theSameQuotedWordsMakeAStrongPairHoweverFramed() {
    float[][] v = {{1, 0}, {0, 1}};
    List<Sentence> s =
        List.of(
            Sentences.of("A1.S1", "she/PRP warned/VBD ``/`` we/PRP have/VBP many/JJ options/NNS at/IN our/PRP$ disposal/NN ''/''"),
            Sentences.of("A2.S1", "``/`` we/PRP have/VBP many/JJ options/NNS at/IN our/PRP$ disposal/NN ''/'' ,/, the/DT aide/NN said/VBD"));
    PairScorer p = new PairScorer(v, s.stream().map(SentenceFeatures::of).toList(), 0.5, 0.2);
    assertThat(p.quotedPairs(0, 1)).isGreaterThanOrEqualTo(PairScorer.QUOTED_RUN);
    assertThat(p.score(0, 1)).isGreaterThanOrEqualTo(PairScorer.QUOTED);
  }

  @Test
  void theMinisterMeansThePersonTheSentenceBeforeGaveThatTitle() {
    Sentence before =
        Sentences.of("A1.S1", "engineer/NN Okafor/NNP/P1 met/VBD Transport/NNP Minister/NNP Brandt/NNP/P2");
    before = before.withMentions(before.mentions().stream()
        .map(m -> new dev.parallax.model.Mention(m.text(), dev.parallax.model.EntityType.PERSON, m.start(), m.end(), m.entity()))
        .toList());
    Sentence s = Sentences.of("A1.S2", "The/DT minister/NN also/RB met/VBD Varga/NNP/P3");
    assertThat(SentenceFeatures.of(s, before)).contains("e:P2", "e:P3").doesNotContain("e:P1");
  }
}

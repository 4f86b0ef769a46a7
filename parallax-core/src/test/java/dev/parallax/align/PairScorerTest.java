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
}

package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.parallax.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {
  private static PairFeatures features(float[][] vectors, int[] art, Sentence... units) {
    List<Sentence> u = List.of(units);
    double[] position = new double[u.size()];
    return new PairFeatures(
        u,
        u.stream().map(SentenceFeatures::of).toList(),
        vectors,
        art,
        position,
        new boolean[u.size()],
        2);
  }

  private static double feature(double[] x, String name) {
    return x[PairFeatures.NAMES.indexOf(name)];
  }

  @Test
  void theSameWordingIsEachOthersBestMatchInEveryMeasure() {
    float[][] v = {{1, 0}, {1, 0}, {0, 1}};
    PairFeatures f =
        features(
            v,
            new int[] {0, 1, 1},
            Sentences.of("A1.S1", "Bridge/NNP/E1 closed/VBD after/IN 3/CD cracks/NNS"),
            Sentences.of("A2.S1", "Bridge/NNP/E1 closed/VBD after/IN 3/CD cracks/NNS"),
            Sentences.of("A2.S2", "Traffic/NN jammed/VBD downtown/NN"));
    double[] x = f.of(0, 1);
    assertThat(x).hasSize(PairFeatures.NAMES.size());
    assertThat(feature(x, "cosine")).isCloseTo(1, offset(1e-6));
    assertThat(feature(x, "tfidf")).isCloseTo(1, offset(1e-6));
    assertThat(feature(x, "cosine-gap-max")).isZero();
    assertThat(feature(x, "overlap")).isCloseTo(1, offset(1e-9));
    assertThat(feature(x, "shared-numbers")).isEqualTo(1);
    assertThat(feature(x, "shared-entities")).isEqualTo(1);
    assertThat(feature(f.of(0, 2), "overlap")).isZero();
  }

  @Test
  void sharedRareNameAndNumberOutscoreSharedTopicWords() {
    float[][] v = {{1, 0}, {1, 0}, {1, 0}};
    PairFeatures f =
        features(
            v,
            new int[] {0, 1, 1},
            Sentences.of(
                "A1.S1", "talks/NNS in/IN Harbor/NNP/E1 ended/VBD with/IN 3/CD injuries/NNS"),
            Sentences.of(
                "A2.S1", "talks/NNS ended/VBD and/CC 3/CD injuries/NNS in/IN Harbor/NNP/E1"),
            Sentences.of("A2.S2", "talks/NNS resumed/VBD"));
    assertThat(feature(f.of(0, 1), "overlap")).isGreaterThan(feature(f.of(0, 2), "overlap"));
    assertThat(feature(f.of(0, 1), "rare-words")).isGreaterThan(feature(f.of(0, 2), "rare-words"));
  }

  @Test
  void differentNumbersForOneThingConflict() {
    float[][] v = {{1, 0}, {1, 0}};
    PairFeatures f =
        features(
            v,
            new int[] {0, 1},
            Sentences.of("A1.S1", "3/CD people/NNS died/VBD"),
            Sentences.of("A2.S1", "5/CD people/NNS died/VBD"));
    assertThat(feature(f.of(0, 1), "number-conflict")).isEqualTo(1);
    assertThat(feature(f.of(0, 1), "shared-numbers")).isZero();
  }
}

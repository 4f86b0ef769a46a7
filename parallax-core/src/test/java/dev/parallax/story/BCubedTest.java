package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
  @Test
  void perfectGroupingScoresOne() {
    BCubed.Score s =
        BCubed.score(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "1", "c", "2"));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void oneBigGroupHasFullRecallAndLowPrecision() {
    BCubed.Score s =
        BCubed.score(
            BCubed.labels(List.of(List.of("a", "b", "c", "d"))),
            Map.of("a", "1", "b", "1", "c", "2", "d", "2"));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void singletonsHaveFullPrecisionAndLowRecall() {
    BCubed.Score s =
        BCubed.score(
            BCubed.labels(List.of(List.of("a"), List.of("b"), List.of("c"))),
            Map.of("a", "1", "b", "1", "c", "1"));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-9));
  }
}

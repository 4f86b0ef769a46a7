package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgglomerationTest {
  private static float[][] matrix(float[][] upper) {
    int n = upper.length;
    float[][] m = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = i == j ? 1 : i < j ? upper[i][j] : upper[j][i];
      }
    }
    return m;
  }

  @Test
  void mergesWhileTheAverageSimilarityIsAtLeastTheThreshold() {
    // 0-1 close, 2-3 close; 1-2 close but 0-2, 0-3, 1-3 far: the average between the pairs is low
    float[][] sim =
        matrix(
            new float[][] {
              {0, 0.9f, 0.1f, 0.1f},
              {0, 0, 0.6f, 0.1f},
              {0, 0, 0, 0.8f},
              {0, 0, 0, 0}
            });
    assertThat(Agglomeration.averageLink(sim, 0.5)).containsExactly(0, 0, 2, 2);
  }

  @Test
  void aThresholdAboveEveryPairLeavesEachItemAlone() {
    float[][] sim = matrix(new float[][] {{0, 0.4f, 0.3f}, {0, 0, 0.2f}, {0, 0, 0}});
    assertThat(Agglomeration.averageLink(sim, 0.5)).containsExactly(0, 1, 2);
  }

  @Test
  void aLowThresholdJoinsEverything() {
    float[][] sim = matrix(new float[][] {{0, 0.4f, 0.3f}, {0, 0, 0.2f}, {0, 0, 0}});
    assertThat(Agglomeration.averageLink(sim, 0.1)).containsExactly(0, 0, 0);
  }
}

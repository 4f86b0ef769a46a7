package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The neighbourhood's crowding, measured and taken off the pair scores a batch's end cuts. */
class CrowdingTest {
  /** A row of {@code n} others scoring 0.01, 0.02, ... (unit 0 is the article itself). */
  private static float[] ramp(int n) {
    float[] row = new float[n + 1];
    for (int j = 1; j <= n; j++) {
      row[j] = j / 100f;
    }
    return row;
  }

  @Test
  void theRankthBestOtherCountedByArticles() {
    int[] ones = new int[31];
    Arrays.fill(ones, 1);
    // 30 others: the 20th best is 0.11
    assertThat(Crowding.kth(ramp(30), 0, ones)).isEqualTo(0.11, within(1e-6));
    // the best other holds 19 articles: with the next, 20 are reached at 0.29
    int[] sizes = ones.clone();
    sizes[30] = 19;
    assertThat(Crowding.kth(ramp(30), 0, sizes)).isEqualTo(0.29, within(1e-6));
  }

  @Test
  void tooFewOthersStandAtThePriorAndForbiddenPairsDoNotCount() {
    int[] ones = new int[20];
    Arrays.fill(ones, 1);
    assertThat(Crowding.kth(ramp(19), 0, ones)).isEqualTo(Crowding.PRIOR);
    float[] row = ramp(30);
    int[] sizes = new int[31];
    Arrays.fill(sizes, 1);
    for (int j = 20; j <= 30; j++) {
      row[j] = -10;
    }
    assertThat(Crowding.kth(row, 0, sizes)).isEqualTo(Crowding.PRIOR);
  }

  @Test
  void aCrowdedPairLosesASparseOneGainsWithinBounds() {
    int n = 42;
    float[][] sim = new float[n][n];
    int[] sizes = new int[n];
    Arrays.fill(sizes, 1);
    // units 0-20 score 0.5 among themselves (each has 20 others there: crowded), units 21-41 score
    // 0.01 with everyone but their pair (sparse)
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sim[i][j] = i == j ? 1 : (i <= 20 && j <= 20 ? 0.5f : 0.01f);
      }
    }
    sim[21][22] = 0.33f;
    sim[22][21] = 0.33f;
    sim[0][21] = -10;
    Crowding.adjust(sim, sizes);
    // crowding 0.5, taken as 0.3: 0.625 * (0.3 - 0.2) off
    assertThat(sim[0][1]).isEqualTo(0.5f - 0.0625f, within(1e-6f));
    // crowding 0.01, taken as 0.15: 0.625 * 0.05 on, above the merge threshold 0.35 now
    assertThat(sim[21][22]).isEqualTo(0.33f + 0.03125f, within(1e-6f));
    assertThat(sim[0][21]).as("forbidden").isEqualTo(-10f);
    assertThat(sim[5][5]).as("itself").isEqualTo(1f);
  }
}

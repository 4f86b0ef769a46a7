package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The second look at the articles a batch's end leaves alone. */
public class StragglersTest {
  private static final double CUT = 0.35;

  /** The embedding alone, each article starting its own story, the batch's end cutting at 0.35. */
  public static final StoryGrouper.Settings APART =
      new StoryGrouper.Settings(1, 0, 0, 0, 0.9, CUT, 4, 12);

  /** Units that score 0 with every other: each stays alone and gives the others 20 to compare. */
  public static final int FILLERS = 20;

  /**
   * {@code n} units scoring {@code base} with each other, then {@link #FILLERS} scoring 0 with all;
   * pairs set by {@link #set}.
   */
  private static float[][] matrix(int n, float base) {
    int all = n + FILLERS;
    float[][] sim = new float[all][all];
    for (int i = 0; i < all; i++) {
      for (int j = 0; j < all; j++) {
        sim[i][j] = i < n && j < n ? base : 0;
      }
    }
    return sim;
  }

  /** The first {@code n} clusters of {@code cluster}: the units that are not fillers. */
  private static int[] first(int[] cluster, int n) {
    return Arrays.copyOf(cluster, n);
  }

  private static void set(float[][] sim, int i, int j, double x) {
    sim[i][j] = (float) x;
    sim[j][i] = (float) x;
  }

  private static int[] ones(int n) {
    int[] sizes = new int[n];
    Arrays.fill(sizes, 1);
    return sizes;
  }

  /**
   * Units 0-3 one story (0.6 among them), units 4-5 another (0.6), unit 6 alone: 0.40 with unit 0,
   * 0.1 with 1-3 (average 0.175, below the cut), {@code other} with unit 4.
   */
  private static float[][] straggler(double other) {
    float[][] sim = matrix(7, 0.05f);
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        set(sim, i, j, 0.6);
      }
    }
    set(sim, 4, 5, 0.6);
    set(sim, 6, 0, 0.40);
    set(sim, 6, 1, 0.1);
    set(sim, 6, 2, 0.1);
    set(sim, 6, 3, 0.1);
    set(sim, 6, 4, other);
    return sim;
  }

  private static int[] cut(float[][] sim) {
    float[][] copy = new float[sim.length][];
    for (int i = 0; i < sim.length; i++) {
      copy[i] = sim[i].clone();
    }
    return Agglomeration.averageLink(copy, ones(sim.length), CUT);
  }

  @Test
  void aLoneArticleJoinsTheStoryOfTheArticleItMatchesBestWhenThatStandsOut() {
    float[][] sim = straggler(0.30);
    int[] cluster = cut(sim);
    assertThat(cluster[6]).isNotEqualTo(cluster[0]);
    int joined =
        Stragglers.attach(cluster, ones(sim.length), Stragglers.of(sim), (i, j) -> false, CUT);
    assertThat(joined).isEqualTo(1);
    assertThat(first(cluster, 7)).containsExactly(0, 0, 0, 0, 4, 4, 0);
  }

  @Test
  void itStaysAloneWhenAnotherStoryComesClose() {
    // 0.40 against 0.36 outside: less than the margin
    float[][] sim = straggler(0.36);
    int[] cluster = cut(sim);
    int[] before = cluster.clone();
    assertThat(
            Stragglers.attach(cluster, ones(sim.length), Stragglers.of(sim), (i, j) -> false, CUT))
        .isZero();
    assertThat(cluster).containsExactly(before);
  }

  @Test
  void itStaysAloneBelowTheFloorOrWhenKeptApart() {
    float[][] low = straggler(0.0);
    set(low, 6, 0, 0.19);
    int[] cluster = cut(low);
    assertThat(
            Stragglers.attach(cluster, ones(low.length), Stragglers.of(low), (i, j) -> false, CUT))
        .isZero();
    float[][] sim = straggler(0.30);
    int[] apart = cut(sim);
    // a user separated unit 6's story from unit 2's
    assertThat(
            Stragglers.attach(
                apart, ones(sim.length), Stragglers.of(sim), (i, j) -> i == 2 && j == 6, CUT))
        .isZero();
    assertThat(apart[6]).isEqualTo(6);
  }

  @Test
  void withFewOthersToCompareItStaysAlone() {
    // three articles alone: two one story, the third nearer one of them than the cut allows on
    // average, and nothing else to stand out from
    float[][] sim = new float[3][3];
    for (float[] row : sim) {
      Arrays.fill(row, 0.6f);
    }
    set(sim, 2, 0, 0.4);
    set(sim, 2, 1, 0.1);
    int[] cluster = cut(sim);
    assertThat(cluster).containsExactly(0, 0, 2);
    assertThat(Stragglers.attach(cluster, ones(3), Stragglers.of(sim), (i, j) -> false, CUT))
        .isZero();
    // with twenty more that score 0 with it, its best stands out
    float[][] more = matrix(3, 0.6f);
    set(more, 2, 0, 0.4);
    set(more, 2, 1, 0.1);
    int[] again = cut(more);
    assertThat(
            Stragglers.attach(again, ones(more.length), Stragglers.of(more), (i, j) -> false, CUT))
        .isEqualTo(1);
    assertThat(first(again, 3)).containsExactly(0, 0, 0);
  }

  @Test
  void twoStragglersThatPickEachOtherBecomeOneStory() {
    // units 0-2 one story, units 3 and 4 alone: 0.3 with each other, 0.05 with the rest
    float[][] sim = matrix(5, 0.05f);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        set(sim, i, j, 0.6);
      }
    }
    set(sim, 3, 4, 0.3);
    int[] cluster = cut(sim);
    assertThat(first(cluster, 5)).containsExactly(0, 0, 0, 3, 4);
    assertThat(
            Stragglers.attach(cluster, ones(sim.length), Stragglers.of(sim), (i, j) -> false, CUT))
        .isEqualTo(1);
    assertThat(first(cluster, 5)).containsExactly(0, 0, 0, 3, 3);
  }

  @Test
  void aUnitOfSeveralArticlesIsNoStraggler() {
    float[][] sim = straggler(0.30);
    int[] cluster = cut(sim);
    int[] sizes = ones(sim.length);
    sizes[6] = 2; // an earlier story's articles held as one unit
    assertThat(Stragglers.attach(cluster, sizes, Stragglers.of(sim), (i, j) -> false, CUT))
        .isZero();
  }

  /**
   * Through a grouper: three reports of one event (0.8 with each other), a fourth article that
   * matches one of them well (0.45) and the other two not at all, and 20 unrelated articles. Each
   * starts its own story (join 0.9); the batch's end clusters the three, leaves the fourth alone
   * (0.15 on average with them) and the straggler pass joins it: the merge of its story says so,
   * naming the article it matched.
   */
  @Test
  void aStragglersJoinIsExplainedByItsClosestArticle() {
    StoryGrouper g = StoryGrouper.with(SPACE, APART);
    List<StoryGrouper.Dated> batch = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      batch.add(
          StoryMergeTest.article(
              "t" + k + ".txt",
              "t" + k + ": ferries held at Portmere",
              "Ferries stayed in port at Portmere on Monday as dockers stopped work.",
              StoryMergeTest.DAY));
    }
    batch.add(
        StoryMergeTest.article(
            "s.txt",
            "s: a column on the dockers",
            "The dockers' union has long argued that the port needs more staff.",
            StoryMergeTest.DAY));
    for (int k = 0; k < FILLERS; k++) {
      batch.add(
          StoryMergeTest.article(
              "f" + k + ".txt",
              "f" + k + ": another matter",
              "A council in another town met on Monday to discuss its budget.",
              StoryMergeTest.DAY));
    }
    Batch b = g.fileAll(batch);
    String story = b.storyOf(0, "t0.txt");
    assertThat(b.storyOf(3, "s.txt")).isEqualTo(story);
    assertThat(b.storyOf(1, "t1.txt")).isEqualTo(story);
    assertThat(b.storyOf(4, "f0.txt")).isNotEqualTo(story);
    Batch.Merge joined =
        b.merges().stream()
            .filter(m -> m.gone().equals(b.filings().get(3).storyId()))
            .findFirst()
            .orElseThrow();
    assertThat(joined.why().score()).as("its average, below the cut").isLessThan(CUT);
    Match.Straggler why = joined.why().straggler().orElseThrow();
    assertThat(why.article()).contains("s.txt");
    assertThat(why.closest()).contains("t0.txt");
    assertThat(why.score() - why.outside()).isGreaterThanOrEqualTo(Stragglers.MARGIN);
    // the other reports joined by the cut, not through the straggler
    assertThat(b.merges().stream().filter(m -> m != joined).toList())
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.why().straggler()).isEmpty());
  }

  /**
   * Vectors by an article's title: "tK" shares 0.8 with the other t's (a common direction and one
   * of its own), "s" lies along t0's own direction (0.45 with t0, 0 with t1 and t2), and each "fK"
   * on a direction of its own.
   */
  public static final Function<List<String>, float[][]> SPACE =
      texts ->
          texts.stream()
              .map(
                  t -> {
                    float[] v = new float[4 + FILLERS];
                    String key = t.substring(0, t.indexOf(':'));
                    int k = Integer.parseInt(key.substring(1).isEmpty() ? "0" : key.substring(1));
                    switch (key.charAt(0)) {
                      case 't' -> {
                        v[3] = (float) Math.sqrt(0.8);
                        v[k] = (float) Math.sqrt(0.2);
                      }
                      case 's' -> v[0] = 1;
                      default -> v[4 + k] = 1;
                    }
                    return v;
                  })
              .toArray(float[][]::new);
}

package dev.parallax.story;

import static dev.parallax.story.StoryMergeTest.DAY;
import static dev.parallax.story.StoryMergeTest.VECTORS;
import static dev.parallax.story.StoryMergeTest.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The batch's end clusters the batch's articles again and gives each cluster its own story. The
 * vectors are set by hand (the bodies share words, so that each finds the others' story)
 * (StoryMergeTest's: alpha and beta are 0.8 apart) and only the embedding counts, so that a low
 * join threshold files all four articles in one story and the batch's end, cutting at 0.9, finds
 * two clusters.
 */
public class RegroupingTest {
  public static final StoryGrouper.Settings EMBEDDING_ONLY =
      new StoryGrouper.Settings(1, 0, 0, 0, 0.5, 0.9, 4, 12);

  @Test
  void twoClustersOfOneStoryEndInTwoStories() {
    StoryGrouper g = StoryGrouper.with(VECTORS, EMBEDDING_ONLY);
    List<StoryGrouper.Dated> batch =
        List.of(
            article(
                "a1.txt", "alpha: one", "Crews at Portmere harbour worked through the night.", DAY),
            article(
                "b1.txt",
                "beta: two",
                "Traders at Portmere harbour waited through the night.",
                DAY),
            article(
                "a2.txt",
                "alpha: three",
                "Crews at Portmere harbour kept working through the night.",
                DAY),
            article(
                "b2.txt",
                "beta: four",
                "Traders at Portmere harbour kept waiting through the night.",
                DAY));
    Batch b = g.fileAll(batch);
    // filed one by one, each joins the first story (0.8 and more against its average)
    assertThat(b.filings()).extracting(Filing::storyId).containsOnly("S1");
    List<String> ids =
        IntStream.range(0, batch.size())
            .mapToObj(i -> b.storyOf(i, batch.get(i).doc().source()))
            .toList();
    assertThat(ids.get(0)).isEqualTo(ids.get(2));
    assertThat(ids.get(1)).isEqualTo(ids.get(3));
    assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    assertThat(g.stories()).hasSize(2);
    // one cluster keeps the story, the other's articles move to a new one
    assertThat(b.moves()).hasSize(2);
    assertThat(b.merges()).isEmpty();
    // each is explained by its score with the other article it went with (the same vector), not
    // with the new story as it stood empty when the first of them moved
    assertThat(b.moves())
        .allSatisfy(m -> assertThat(m.why().embedding()).isCloseTo(1.0, within(1e-5)));
  }

  /**
   * Unit vectors in a plane: "near" is 0.92 from alpha and 0.99 from beta, alpha and beta 0.855
   * apart.
   */
  public static final java.util.function.Function<List<String>, float[][]> PLANE =
      texts ->
          texts.stream()
              .map(
                  t -> {
                    double deg = t.contains("alpha") ? 0 : t.contains("near") ? 23.07 : 31.18;
                    double r = Math.toRadians(deg);
                    return new float[] {(float) Math.cos(r), (float) Math.sin(r), 0};
                  })
              .toArray(float[][]::new);

  static final StoryGrouper.Dated ALPHA =
      article(
          "alpha.txt", "alpha: one", "Crews at Portmere harbour worked through the night.", DAY);
  static final StoryGrouper.Dated NEAR =
      article(
          "near.txt",
          "near: two",
          "Crews at Portmere harbour kept working through the night.",
          DAY);
  static final StoryGrouper.Dated BETA_1 =
      article(
          "beta1.txt", "beta: three", "Traders at Portmere harbour waited through the night.", DAY);
  static final StoryGrouper.Dated BETA_2 =
      article(
          "beta2.txt",
          "beta: four",
          "Traders at Portmere harbour kept waiting through the night.",
          DAY);

  @Test
  void anArticleOfAnEarlierBatchMovesAloneWhenItsStorySplits() {
    StoryGrouper g = StoryGrouper.with(PLANE, EMBEDDING_ONLY);
    // alone with alpha, "near" is close enough (0.92) to be one story
    Batch first = g.fileAll(List.of(ALPHA, NEAR));
    assertThat(first.moves()).isEmpty();
    assertThat(g.stories()).singleElement();
    // the beta articles join it (0.92 against its average); at the batch's end "near" is nearer
    // them (0.99) than alpha, and the larger cluster keeps the story: alpha, filed in the first
    // batch, leaves for a story of its own
    Batch second = g.fileAll(List.of(BETA_1, BETA_2));
    assertThat(second.filings()).extracting(Filing::storyId).containsOnly("S1");
    assertThat(second.moves()).extracting(Batch.Moved::key).containsExactly("alpha.txt");
    assertThat(g.stories())
        .extracting(StoryGrouper.Story::sources)
        .containsExactlyInAnyOrder(
            List.of("alpha.txt"), List.of("near.txt", "beta1.txt", "beta2.txt"));
  }

  @Test
  void aboveItsLimitAnEarlierArticleStaysWithTheRestOfItsStory() {
    StoryGrouper g = StoryGrouper.with(PLANE, EMBEDDING_ONLY);
    // four units with each article alone: one more than allowed
    g.earlierLimit(3);
    g.fileAll(List.of(ALPHA, NEAR));
    Batch second = g.fileAll(List.of(BETA_1, BETA_2));
    // alpha and "near" are one unit (0.92 from the beta articles on average): nothing moves
    assertThat(second.moves()).isEmpty();
    assertThat(g.stories()).singleElement();
  }

  /**
   * {@code cluster} files an input the batch's end can cluster at once as one batch, and a larger
   * one in batches of an eighth of the units re-examined with earlier articles alone, which still
   * brings each event's articles together: ten events of three articles, each event on a direction
   * of its own, every article starting a story of its own at filing (join 0.9).
   */
  @Test
  void clusterFilesAnInputLargerThanTheLimitInBatches() {
    java.util.function.Function<List<String>, float[][]> events =
        texts ->
            texts.stream()
                .map(
                    t -> {
                      float[] v = new float[10];
                      v[t.charAt(0) - 'a'] = 1;
                      return v;
                    })
                .toArray(float[][]::new);
    StoryGrouper.Settings apart = new StoryGrouper.Settings(1, 0, 0, 0, 0.9, 0.35, 4, 12);
    List<StoryGrouper.Dated> input = new java.util.ArrayList<>();
    for (int k = 0; k < 3; k++) {
      for (char e = 'a'; e < 'k'; e++) {
        input.add(
            article(
                e + "" + k + ".txt",
                e + ": report " + k,
                "Crews at harbour " + e + e + "ville worked through the night, report " + k + ".",
                DAY));
      }
    }
    StoryGrouper once = StoryGrouper.with(events, apart);
    assertThat(once.cluster(input)).hasSize(1);

    StoryGrouper batched = StoryGrouper.with(events, apart);
    batched.limit(20);
    batched.earlierLimit(16);
    // 30 articles, above the limit of 20: batches of 16 / 8 = 2
    assertThat(batched.cluster(input)).hasSize(15);
    for (StoryGrouper g : List.of(once, batched)) {
      assertThat(g.stories()).hasSize(10);
      assertThat(g.stories())
          .allSatisfy(
              s ->
                  assertThat(s.sources())
                      .hasSize(3)
                      .allSatisfy(src -> assertThat(src.charAt(0)).isEqualTo(s.title().charAt(0))));
    }
  }
}

package dev.parallax.story;

import static dev.parallax.story.StoryMergeTest.DAY;
import static dev.parallax.story.StoryMergeTest.VECTORS;
import static dev.parallax.story.StoryMergeTest.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch end's matrix of pair scores is {@link Scoring#score} for every pair. */
class PairScoresTest {
  @Test
  void everyPairScoresAsScoringDoes() {
    StoryGrouper.Settings settings = StoryGrouper.Settings.defaults();
    // join and merge thresholds above any score: every article keeps a story of its own
    StoryGrouper g =
        StoryGrouper.with(
            VECTORS,
            new StoryGrouper.Settings(
                settings.embeddingWeight(),
                settings.wordWeight(),
                settings.nameWeight(),
                settings.numberWeight(),
                9,
                9,
                settings.windowDays(),
                settings.candidateWords()));
    g.fileAll(
        List.of(
            StoryMergeTest.FIRST,
            StoryMergeTest.SECOND,
            StoryMergeTest.THIRD,
            article(
                "fourth.txt",
                "alpha: 2,400 dockers out at Portmere on Monday",
                "About 2,400 dockers at Portmere stopped work on Monday, Ansel Kell said in 2026.",
                DAY),
            article(
                "fifth.txt",
                "delta: council sets budget",
                "The Halvik council set a budget of 12 million on Wednesday, Mara Quist said.",
                DAY.plusDays(2))));
    List<OpenStory> units = new ArrayList<>();
    for (StoryGrouper.Story s : g.stories()) {
      units.add(g.story(s.id()));
    }
    assertThat(units).hasSize(5);
    // a unit of two articles, as a story's earlier articles are clustered together
    OpenStory two = new OpenStory("T", 99, "two", units.get(0).sum.length);
    two.takeIn(units.get(0));
    two.takeIn(units.get(3));
    units.add(two);
    Scoring scoring = new Scoring(settings, w -> 1.5, n -> 0.6);
    float[][] sim = new PairScores(settings, scoring).matrix(units, (i, j) -> i == 1 && j == 4);
    for (int i = 0; i < units.size(); i++) {
      for (int j = 0; j < units.size(); j++) {
        if (i == j) {
          continue;
        }
        double expected =
            (i == 1 && j == 4) || (i == 4 && j == 1)
                ? -10
                : scoring.score(units.get(i), units.get(j));
        assertThat((double) sim[i][j]).as("pair %d %d", i, j).isCloseTo(expected, within(1e-6));
      }
    }
    // the parts that make a difference are there: shared names, numbers and another day
    assertThat(scoring.score(units.get(0), units.get(3))).isGreaterThan(0.3);
    assertThat(Scoring.dayPenalty(units.get(3).eventDays.keySet(), units.get(4).eventDays.keySet()))
        .isPositive();
  }
}

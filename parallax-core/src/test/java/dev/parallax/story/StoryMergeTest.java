package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.Cleaner;
import dev.parallax.model.SourceText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Two stories started by reports too differently worded to be grouped are merged when a later
 * article shows they are one event. The vectors are set by hand (an article's title names its
 * vector) so the geometry the rule depends on is exact; the real embedder's behaviour is covered by
 * the corpus tests.
 */
public class StoryMergeTest {
  public static final LocalDate DAY = LocalDate.of(2026, 4, 14);

  /** alpha and beta are 0.8 apart; gamma lies between them (0.95 to each); delta is unrelated. */
  public static final Function<List<String>, float[][]> VECTORS =
      texts -> texts.stream().map(StoryMergeTest::vector).toArray(float[][]::new);

  private static float[] vector(String text) {
    float norm = (float) Math.sqrt(1.8 * 1.8 + 0.6 * 0.6);
    if (text.contains("alpha")) {
      return new float[] {1, 0, 0};
    }
    if (text.contains("beta")) {
      return new float[] {0.8f, 0.6f, 0};
    }
    if (text.contains("gamma")) {
      return new float[] {1.8f / norm, 0.6f / norm, 0};
    }
    return new float[] {0, 0, 1};
  }

  static StoryGrouper.Dated article(String source, String title, String body, LocalDate day) {
    return new StoryGrouper.Dated(
        Cleaner.clean(new SourceText(source, title + "\n\n" + body, Optional.empty())),
        Optional.of(day));
  }

  static final StoryGrouper.Dated FIRST =
      article(
          "first.txt",
          "alpha: crossings halted at Portmere",
          "Dockers at Portmere stopped work on Monday, said Ansel Kell of the dockers' union.",
          DAY);
  static final StoryGrouper.Dated SECOND =
      article(
          "second.txt",
          "beta: walkout strands travellers",
          "Travellers waited for hours at Halvik as ferries stayed in port, Orsa Lindqvist said.",
          DAY);
  static final StoryGrouper.Dated THIRD =
      article(
          "third.txt",
          "gamma: ferry strike spreads from Portmere to Halvik",
          "The strike by Portmere dockers led by Ansel Kell left ferries idle at Halvik, where Orsa Lindqvist "
              + "said travellers waited for hours.",
          DAY.plusDays(1));

  @Test
  void aLaterArticleJoiningTwoStoriesOfOneEventMergesThem() {
    StoryGrouper g = StoryGrouper.with(VECTORS, StoryGrouper.Settings.defaults());
    String first = g.addAll(List.of(FIRST)).get(0);
    String second = g.addAll(List.of(SECOND)).get(0);
    assertThat(second).as("worded too differently to join at first").isNotEqualTo(first);

    Batch third = g.fileAll(List.of(THIRD));
    assertThat(third.storyOf(0, THIRD.doc().source())).isEqualTo(first);
    assertThat(third.merges()).extracting(Batch.Merge::gone).containsExactly(second);
    assertThat(g.stories())
        .singleElement()
        .satisfies(
            s -> assertThat(s.sources()).containsExactly("first.txt", "second.txt", "third.txt"));
    assertThat(g.holds(second)).isFalse();
  }

  @Test
  void storiesWhoseLeadsDateDifferentDaysAreNotMerged() {
    StoryGrouper g = StoryGrouper.with(VECTORS, StoryGrouper.Settings.defaults());
    g.fileAll(List.of(FIRST));
    g.fileAll(
        List.of(
            article(
                "second.txt",
                "beta: walkout strands travellers",
                "On Thursday travellers waited for hours at Halvik as ferries stayed in port, Orsa Lindqvist said.",
                DAY.plusDays(4))));
    assertThat(g.fileAll(List.of(THIRD)).merges()).isEmpty();
    assertThat(g.stories()).hasSize(2);
  }

  @Test
  void storiesWhoseCentroidsDisagreeAreNotMerged() {
    StoryGrouper g = StoryGrouper.with(VECTORS, StoryGrouper.Settings.defaults());
    g.fileAll(List.of(FIRST));
    g.fileAll(
        List.of(
            article(
                "second.txt",
                "delta: walkout strands travellers",
                "Travellers waited for hours at Halvik as ferries stayed in port, Orsa Lindqvist said.",
                DAY)));
    assertThat(g.fileAll(List.of(THIRD)).merges()).isEmpty();
  }
}

package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.Cleaner;
import dev.parallax.model.SourceText;
import dev.parallax.story.SignedArticle;
import dev.parallax.story.StoryGrouper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * One block streamed through its grouper: as one batch, or, when the job lists it as too large for
 * one batch's end, in batches of a given size, as {@code parallax cluster} files an input that
 * large. Ten events of three undated articles each, each event on a direction of its own, every
 * article starting a story of its own at filing (join 0.9), interleaved so that a batch of two
 * never holds one event whole.
 */
class BlockStreamTest {
  private static final Function<List<String>, float[][]> EVENTS =
      texts ->
          texts.stream()
              .map(
                  t -> {
                    float[] v = new float[10];
                    v[t.charAt(0) - 'a'] = 1;
                    return v;
                  })
              .toArray(float[][]::new);

  private static final StoryGrouper.Settings APART =
      new StoryGrouper.Settings(1, 0, 0, 0, 0.9, 0.35, 4, 12);

  /** The block's members in filing order. */
  private static List<Tuple2<Tuple2<String, Long>, GroupStage.Member>> block() {
    List<StoryGrouper.Dated> dated = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      for (char e = 'a'; e < 'k'; e++) {
        String body =
            "Crews at harbour " + e + e + "ville worked through the night, report " + k + ".";
        dated.add(
            new StoryGrouper.Dated(
                Cleaner.clean(
                    new SourceText(
                        e + "" + k + ".txt",
                        e + ": report " + k + "\n\n" + body,
                        Optional.empty())),
                Optional.empty()));
      }
    }
    List<SignedArticle> signed = StoryGrouper.with(EVENTS, APART).sign(dated);
    List<Tuple2<Tuple2<String, Long>, GroupStage.Member>> out = new ArrayList<>();
    for (int i = 0; i < signed.size(); i++) {
      SignedArticle a = signed.get(i);
      SignedRow row =
          new SignedRow(
              String.format("a%04d", i), "", ArticleRow.NO_DATE, a.source(), "", a.encode());
      out.add(
          new Tuple2<>(
              new Tuple2<>("B", (long) i),
              new GroupStage.Member(i, row, new HashMap<>(), new HashMap<>())));
    }
    return out;
  }

  /** The stories as sets of sources, and how many batches ended. */
  private static Map<Set<String>, Integer> stream(
      Map<String, Integer> batchOf, AtomicInteger ends) {
    BlockStream s =
        new BlockStream(
            block().iterator(),
            GroupStage.Grouping.of(APART),
            h -> ends.incrementAndGet(),
            batchOf);
    Map<String, Set<String>> stories = new HashMap<>();
    s.forEachRemaining(
        t ->
            stories
                .computeIfAbsent(t._2().storyId(), x -> new HashSet<>())
                .add(t._2().placed().article().source()));
    Map<Set<String>, Integer> out = new HashMap<>();
    stories.values().forEach(v -> out.merge(v, 1, Integer::sum));
    return out;
  }

  @Test
  void aBlockListedAsTooLargeIsFiledInBatches() {
    AtomicInteger once = new AtomicInteger();
    Map<Set<String>, Integer> whole = stream(Map.of(), once);
    assertThat(once.get()).isEqualTo(1);
    AtomicInteger ends = new AtomicInteger();
    Map<Set<String>, Integer> batched = stream(Map.of("B", 2), ends);
    // 30 articles in batches of two
    assertThat(ends.get()).isEqualTo(15);
    for (Map<Set<String>, Integer> stories : List.of(whole, batched)) {
      assertThat(stories).hasSize(10);
      assertThat(stories.keySet())
          .allSatisfy(
              s -> {
                assertThat(s).hasSize(3);
                assertThat(s.stream().map(x -> x.charAt(0)).distinct()).hasSize(1);
              });
    }
  }
}

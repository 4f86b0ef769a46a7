package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.Cleaner;
import dev.parallax.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A grouper's state saved half way and restored into a new one files the rest as the first does.
 */
class StoryGrouperStateTest {
  private static List<StoryGrouper.Dated> corpus() throws Exception {
    List<StoryGrouper.Dated> out = new ArrayList<>();
    for (CorpusGroupingTest.Labelled l : CorpusGroupingTest.labels()) {
      String text =
          Files.readString(CorpusGroupingTest.CORPUS.resolve(l.file()), StandardCharsets.UTF_8);
      out.add(
          new StoryGrouper.Dated(
              Cleaner.clean(new SourceText(l.file(), text, Optional.empty())),
              Optional.of(l.published())));
    }
    return out;
  }

  @Test
  void restoredGrouperContinuesAsTheOriginal() throws Exception {
    List<StoryGrouper.Dated> all = corpus();
    StoryGrouper original = StoryGrouper.create();
    List<String> expected = original.addAll(all);

    StoryGrouper first = StoryGrouper.create();
    int half = all.size() / 2;
    List<String> got = new ArrayList<>(first.addAll(all.subList(0, half)));
    Map<String, Integer> df = GrouperCodec.takeDfChanges(first);
    first.dropClosed();
    StoryGrouper second = StoryGrouper.create();
    GrouperCodec.restoreTotals(second, first.totals(), df);
    for (StoryGrouper.Story s : first.stories()) {
      GrouperCodec.restoreStory(second, GrouperCodec.encodeStory(first, s.id()).orElseThrow());
    }
    got.addAll(second.addAll(all.subList(half, all.size())));
    assertThat(got).isEqualTo(expected);
    assertThat(GrouperCodec.takeDfChanges(second)).isNotEmpty();
  }

  @Test
  void dropsOnlyStoriesTheWindowHasClosed() throws Exception {
    StoryGrouper g = StoryGrouper.create();
    g.addAll(corpus());
    int held = g.stories().size();
    int dropped = g.dropClosed();
    // the newest day is the museum theft's (2026-06-11): only its story is open within four days
    assertThat(dropped).isEqualTo(held - 1);
    assertThat(g.stories())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.sources())
                    .hasSize(3)
                    .allSatisfy(src -> assertThat(src).startsWith("museum-theft")));
    assertThat(g.openSince()).hasValue(java.time.LocalDate.of(2026, 6, 7));
  }
}

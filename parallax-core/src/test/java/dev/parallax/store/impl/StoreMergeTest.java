package dev.parallax.store.impl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.SearchHit;
import dev.parallax.store.SearchQuery;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryFilter;
import dev.parallax.story.StoryMergeTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store follows the grouper when it merges two stories: one story, its old id an alias. */
class StoreMergeTest {
  @TempDir Path dir;

  private static SourceText text(String source, String title, String body, LocalDate day) {
    return new SourceText(
        ArticleMeta.of(source).withPublished(Optional.of(day)), title + "\n\n" + body);
  }

  static final LocalDate DAY = StoryMergeTest.DAY;
  static final SourceText FIRST =
      text(
          "first.txt",
          "alpha: crossings halted at Portmere",
          "Dockers at Portmere stopped work on Monday, said Ansel Kell of the dockers' union.",
          DAY);
  static final SourceText SECOND =
      text(
          "second.txt",
          "beta: walkout strands travellers",
          "Travellers waited for hours at Halvik as ferries stayed in port, Orsa Lindqvist said.",
          DAY);
  static final SourceText THIRD =
      text(
          "third.txt",
          "gamma: ferry strike spreads from Portmere to Halvik",
          "The strike by Portmere dockers led by Ansel Kell left ferries idle at Halvik, where Orsa Lindqvist "
              + "said travellers waited for hours.",
          DAY.plusDays(1));

  private static IngestResult ingest(LuceneStore store, List<SourceText> texts) {
    return store.ingest(
        texts, new IngestOptions(Optional.empty(), Optional.empty(), 1), IngestProgress.NONE);
  }

  @Test
  void mergedStoriesBecomeOneAndTheAbsorbedIdLeadsToIt() throws java.io.IOException {
    String first;
    String second;
    try (LuceneStore store =
        LuceneStore.open(dir, false, Pipeline::analyse, StoryMergeTest.VECTORS)) {
      first = ingest(store, List.of(FIRST)).filed().get(0).storyId().orElseThrow();
      second = ingest(store, List.of(SECOND)).filed().get(0).storyId().orElseThrow();
      assertThat(second).isNotEqualTo(first);
      assertThat(store.counts().stories()).isEqualTo(2);
      assertThat(store.report(second)).isPresent(); // cached under the id about to disappear

      IngestResult third = ingest(store, List.of(THIRD));
      assertThat(third.filed().get(0).storyId()).contains(first);
      check(store, first, second);
    }
    try (LuceneStore reopened =
        LuceneStore.open(dir, true, Pipeline::analyse, StoryMergeTest.VECTORS)) {
      check(reopened, first, second);
    }
    try (LuceneStore again =
        LuceneStore.open(dir, false, Pipeline::analyse, StoryMergeTest.VECTORS)) {
      IngestResult dup = ingest(again, List.of(SECOND));
      assertThat(dup.filed().get(0).outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
      assertThat(dup.filed().get(0).storyId()).contains(first);
    }
  }

  private static void check(LuceneStore store, String first, String second) {
    assertThat(store.counts().stories()).isEqualTo(1);
    assertThat(store.stories(StoryFilter.all()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo(first);
              assertThat(s.articles()).isEqualTo(3);
            });
    assertThat(store.story(second)).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(first));
    assertThat(store.articles(first))
        .extracting(a -> a.input().source())
        .containsExactly("first.txt", "second.txt", "third.txt");
    assertThat(store.articles(second)).extracting(StoredArticle::storyId).containsOnly(first);
    assertThat(store.search(SearchQuery.of("Halvik")))
        .filteredOn(h -> h.kind() == SearchHit.Kind.ARTICLE)
        .isNotEmpty()
        .extracting(SearchHit::storyId)
        .containsOnly(first);
    assertThat(store.report(second)).hasValueSatisfying(r -> assertThat(r.articles()).hasSize(3));
  }
}

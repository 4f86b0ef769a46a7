package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Pipeline;
import dev.parallax.bench.StoreBench;
import dev.parallax.bench.SyntheticCorpus;
import dev.parallax.model.SourceText;
import dev.parallax.store.impl.LuceneStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories listed a page at a time: following each page's cursor gives the whole listing once, in
 * order, with or without filters.
 */
class StoryPagesTest {
  @TempDir static Path dir;

  private static LuceneStore store;

  @BeforeAll
  static void fill() {
    List<SourceText> texts = new ArrayList<>();
    new SyntheticCorpus(11, 20).next(300).forEach(i -> texts.add(i.text()));
    store = LuceneStore.open(dir.resolve("store"), false, Pipeline::analyse, StoreBench::hashed);
    store.ingest(
        texts, new IngestOptions(Optional.empty(), Optional.empty(), 100), IngestProgress.NONE);
  }

  @org.junit.jupiter.api.AfterAll
  static void close() throws Exception {
    store.close();
  }

  private static List<String> ids(List<StorySummary> stories) {
    return stories.stream().map(StorySummary::id).toList();
  }

  /** Every page of the filter, followed by cursor; fails if the pages do not end. */
  private static List<String> paged(StoryFilter filter) {
    List<String> out = new ArrayList<>();
    StoryFilter at = filter;
    for (int pages = 0; pages < 10_000; pages++) {
      StoryPage page = store.storyPage(at);
      assertThat(page.stories().size()).isLessThanOrEqualTo(filter.limit());
      out.addAll(ids(page.stories()));
      if (page.next().isEmpty()) {
        return out;
      }
      assertThat(page.stories()).hasSize(filter.limit());
      at = filter.after(page.next());
    }
    throw new AssertionError("pages never end");
  }

  @Test
  void followingTheCursorListsEveryStoryOnceNewestFirst() {
    List<StorySummary> all =
        store.stories(
            new StoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), 0, 10_000));
    assertThat(all.size()).isGreaterThan(20);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i - 1).last().orElseThrow())
          .isAfterOrEqualTo(all.get(i).last().orElseThrow());
    }
    for (int limit : new int[] {1, 7, all.size(), all.size() + 1}) {
      assertThat(
              paged(
                  new StoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), 0, limit)))
          .as("limit %d", limit)
          .isEqualTo(ids(all));
    }
  }

  @Test
  void pagesKeepTheFilters() {
    StorySummary some = store.stories(StoryFilter.all()).get(5);
    String outlet = some.outlets().get(0);
    StoryFilter filter =
        new StoryFilter(some.first(), Optional.empty(), Optional.of(outlet), 1, 10_000);
    List<String> whole = ids(store.stories(filter));
    assertThat(whole).contains(some.id());
    assertThat(whole.size()).isLessThan(store.stories(StoryFilter.all()).size());
    assertThat(paged(new StoryFilter(some.first(), Optional.empty(), Optional.of(outlet), 1, 3)))
        .isEqualTo(whole);
  }

  @Test
  void aCursorThatIsNotOneIsRefused() {
    assertThatThrownBy(() -> StoryFilter.all().after(Optional.of("page 2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'page 2'");
  }
}

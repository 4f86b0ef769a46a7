package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Pipeline;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import dev.parallax.story.BCubed;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on the fixture corpus: filing, duplicates, copies, listing, reopening, search. */
class LuceneStoreTest {
  @TempDir Path dir;

  private static IngestOptions batches(int size) {
    return new IngestOptions(Optional.empty(), Optional.empty(), size);
  }

  private static Map<String, String> storyOf(IngestResult r) {
    Map<String, String> out = new HashMap<>();
    r.filed().forEach(f -> out.put(f.source(), f.storyId().orElseThrow()));
    return out;
  }

  @Test
  void filesTheCorpusIntoItsEventsAndReingestingIsANoOp() throws Exception {
    List<SourceText> texts = StoreCorpus.texts();
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      IngestResult first = store.ingest(texts, batches(5), IngestProgress.NONE);
      assertThat(first.count(IngestResult.Outcome.ADDED)).isEqualTo(24);
      BCubed.Score score = BCubed.score(storyOf(first), StoreCorpus.gold());
      assertThat(score.precision()).isEqualTo(1.0);
      assertThat(score.recall()).isEqualTo(1.0);
      assertThat(store.counts()).isEqualTo(new Store.Counts(24, 8, 0));

      IngestResult again = store.ingest(texts, batches(7), IngestProgress.NONE);
      assertThat(again.count(IngestResult.Outcome.DUPLICATE)).isEqualTo(24);
      assertThat(storyOf(again)).isEqualTo(storyOf(first));
      assertThat(store.counts()).isEqualTo(new Store.Counts(24, 8, 0));
    }
  }

  /** Counts the texts it cleans, so a test can see which inputs an ingest read again. */
  private static final class CountingAnalysis implements StoryAnalysis {
    final java.util.Set<String> cleaned =
        java.util.concurrent.ConcurrentHashMap.newKeySet(); // cleaned on several threads

    @Override
    public dev.parallax.model.Report analyse(
        List<SourceText> articles, List<dev.parallax.model.Diagnostic> notes) {
      return Pipeline.analyse(articles, notes);
    }

    @Override
    public dev.parallax.model.CleanDocument clean(SourceText text) {
      cleaned.add(text.source());
      return StoryAnalysis.super.clean(text);
    }
  }

  @Test
  void aResumedIngestSkipsWhatItFiledWithoutCleaningItAgain() throws Exception {
    List<SourceText> texts = StoreCorpus.texts();
    List<SourceText> firstPart = texts.subList(0, 15);
    Map<String, String> interrupted;
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      interrupted = storyOf(store.ingest(firstPart, batches(5), IngestProgress.NONE));
    }
    CountingAnalysis counting = new CountingAnalysis();
    try (Store store = Store.open(dir, counting)) {
      IngestResult resumed = store.ingest(texts, batches(5), IngestProgress.NONE);
      assertThat(resumed.count(IngestResult.Outcome.DUPLICATE)).isEqualTo(15);
      assertThat(resumed.count(IngestResult.Outcome.ADDED)).isEqualTo(9);
      // the part filed before is found by the input as given; only the part left is cleaned
      assertThat(counting.cleaned)
          .containsExactlyInAnyOrderElementsOf(
              texts.subList(15, texts.size()).stream().map(SourceText::source).toList());
      assertThat(storyOf(resumed)).containsAllEntriesOf(interrupted);
      assertThat(store.counts()).isEqualTo(new Store.Counts(24, 8, 0));
      // the same text given under another source name is cleaned and found a duplicate by its text
      SourceText renamed = texts.get(0).withMeta(texts.get(0).meta().withSource("renamed.txt"));
      IngestResult again = store.ingest(List.of(renamed), batches(5), IngestProgress.NONE);
      assertThat(again.count(IngestResult.Outcome.DUPLICATE)).isEqualTo(1);
      assertThat(counting.cleaned).contains("renamed.txt");

      // an article a user moved keeps the key: given again, it is still not cleaned
      String moved = resumed.filed().get(0).articleId().orElseThrow();
      store.move(moved, Optional.empty());
      counting.cleaned.clear();
      IngestResult third = store.ingest(texts, batches(5), IngestProgress.NONE);
      assertThat(third.count(IngestResult.Outcome.DUPLICATE)).isEqualTo(24);
      assertThat(counting.cleaned).isEmpty();
    }
  }

  @Test
  void reopeningBetweenBatchesGroupsAsOneRunDoes() throws Exception {
    List<SourceText> texts = StoreCorpus.texts();
    Map<String, String> oneRun;
    try (Store store = Store.open(dir.resolve("one"), Pipeline::analyse)) {
      oneRun = storyOf(store.ingest(texts, batches(100), IngestProgress.NONE));
    }
    Map<String, String> reopened = new HashMap<>();
    for (int from = 0; from < texts.size(); from += 3) {
      try (Store store = Store.open(dir.resolve("many"), Pipeline::analyse)) {
        reopened.putAll(
            storyOf(
                store.ingest(
                    texts.subList(from, Math.min(texts.size(), from + 3)),
                    batches(2),
                    IngestProgress.NONE)));
      }
    }
    assertThat(reopened).isEqualTo(oneRun);
  }

  @Test
  void lateArticlesFindClosedStoriesAsOneGrouperDoes() throws Exception {
    // newest first: every article arrives after the stories it belongs with have closed
    List<SourceText> texts = new java.util.ArrayList<>(StoreCorpus.texts());
    java.util.Collections.reverse(texts);
    dev.parallax.story.StoryGrouper memory = dev.parallax.story.StoryGrouper.create();
    Map<String, String> expected = new HashMap<>();
    for (SourceText t : texts) {
      expected.put(t.source(), memory.add(dev.parallax.clean.Cleaner.clean(t), t.published()));
    }
    Map<String, String> stored = new HashMap<>();
    for (int from = 0; from < texts.size(); from += 4) {
      try (Store store = Store.open(dir, Pipeline::analyse)) {
        stored.putAll(
            storyOf(store.ingest(texts.subList(from, from + 4), batches(2), IngestProgress.NONE)));
      }
    }
    assertThat(stored).isEqualTo(expected);
  }

  @Test
  void sameTextUnderAnotherOutletIsACopyNotAnotherSource() throws Exception {
    SourceText original = StoreCorpus.texts().get(0);
    SourceText copy =
        new SourceText(
            ArticleMeta.of("wire-copy.txt")
                .withOutlet(Optional.of("Syndicated Daily"))
                .withPublished(original.published()),
            original.text());
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      IngestResult r = store.ingest(List.of(original, copy), batches(10), IngestProgress.NONE);
      assertThat(r.filed())
          .extracting(IngestResult.Filed::outcome)
          .containsExactly(IngestResult.Outcome.ADDED, IngestResult.Outcome.COPY);
      IngestResult.Filed filedCopy = r.filed().get(1);
      assertThat(filedCopy.copyOf()).isEqualTo(r.filed().get(0).articleId());
      assertThat(filedCopy.storyId()).isEqualTo(r.filed().get(0).storyId());
      StorySummary story = store.story(filedCopy.storyId().orElseThrow()).orElseThrow();
      assertThat(story.articles()).isEqualTo(2);
      assertThat(story.copies()).isEqualTo(1);
      assertThat(story.outlets()).containsExactly(original.outlet().orElseThrow());
      assertThat(store.articles(story.id()))
          .extracting(StoredArticle::copyOf)
          .containsExactly(Optional.empty(), r.filed().get(0).articleId());
      assertThat(store.counts()).isEqualTo(new Store.Counts(2, 1, 1));

      IngestResult later = store.ingest(List.of(copy), batches(10), IngestProgress.NONE);
      assertThat(later.filed().get(0).outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
    }
  }

  @Test
  void storedArticlesKeepTheirInput() throws Exception {
    SourceText in =
        new SourceText(
            ArticleMeta.of("page.html")
                .withUrl(Optional.of("https://example.org/a"))
                .withTitle(Optional.of("Harbor bridge closes"))
                .withOutlet(Optional.of("Coastal Courier"))
                .withPublished(Optional.of(LocalDate.of(2026, 3, 10)))
                .withAuthor(Optional.of("Ana Reyes")),
            "Harbor bridge closes\n\nThe Veldran harbor bridge closed on Monday after inspectors found cracks in two of its piers, the port authority said.");
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      IngestResult r = store.ingest(List.of(in), IngestOptions.defaults(), IngestProgress.NONE);
      StoredArticle a = store.articles(r.filed().get(0).storyId().orElseThrow()).get(0);
      assertThat(a.input()).isEqualTo(in);
    }
  }

  @Test
  void anArticleSaidToHaveNoHeadlineKeepsItsFirstSentenceAfterReopening() throws Exception {
    String first = "Harbor bridge closes after inspectors find cracks.";
    SourceText in =
        new SourceText(
            ArticleMeta.of("transcript.txt")
                .withOutlet(Optional.of("Coastal Courier"))
                .withPublished(Optional.of(LocalDate.of(2026, 3, 10)))
                .withNoHeadline(true),
            first
                + "\n\nThe Veldran harbor bridge closed on Monday after inspectors found cracks in"
                + " two of its piers, the port authority said.");
    String storyId;
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      IngestResult r = store.ingest(List.of(in), IngestOptions.defaults(), IngestProgress.NONE);
      storyId = r.filed().get(0).storyId().orElseThrow();
    }
    try (Store store = Store.openReadOnly(dir, Pipeline::analyse)) {
      StoredArticle a = store.articles(storyId).get(0);
      assertThat(a.input()).isEqualTo(in);
      assertThat(a.input().meta().noHeadline()).isTrue();
      var article = store.report(storyId).orElseThrow().articles().get(0);
      assertThat(article.title()).isEmpty();
      assertThat(article.sentences()).extracting(s -> s.text()).contains(first);
    }
  }

  @Test
  void emptyTextIsSkippedWithADiagnostic() throws Exception {
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      IngestResult r =
          store.ingest(
              List.of(new SourceText("empty.txt", "", Optional.empty())),
              IngestOptions.defaults(),
              IngestProgress.NONE);
      assertThat(r.filed().get(0).outcome()).isEqualTo(IngestResult.Outcome.SKIPPED);
      assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("no-body");
      assertThat(store.counts()).isEqualTo(new Store.Counts(0, 0, 0));
    }
  }

  @Test
  void anArticleTheCleanerFailsOnIsSkippedAndTheRestOfItsBatchFiled() throws Exception {
    List<SourceText> texts = StoreCorpus.texts().subList(0, 4);
    String bad = texts.get(1).source();
    String overflowing = texts.get(2).source();
    StoryAnalysis failingOnTwo =
        new StoryAnalysis() {
          @Override
          public dev.parallax.model.Report analyse(
              List<SourceText> articles, List<dev.parallax.model.Diagnostic> notes) {
            return Pipeline.analyse(articles, notes);
          }

          @Override
          public dev.parallax.model.CleanDocument clean(SourceText text) {
            if (text.source().equals(bad)) {
              throw new IllegalArgumentException("unreadable line\nsecond line");
            }
            if (text.source().equals(overflowing)) {
              throw new StackOverflowError();
            }
            return StoryAnalysis.super.clean(text);
          }
        };
    try (Store store = Store.open(dir, failingOnTwo)) {
      IngestResult r = store.ingest(texts, batches(10), IngestProgress.NONE);
      assertThat(r.filed())
          .extracting(IngestResult.Filed::outcome)
          .containsExactly(
              IngestResult.Outcome.ADDED,
              IngestResult.Outcome.SKIPPED,
              IngestResult.Outcome.SKIPPED,
              IngestResult.Outcome.ADDED);
      assertThat(r.filed().get(1).articleId()).isEmpty();
      assertThat(r.filed().get(1).storyId()).isEmpty();
      assertThat(r.diagnostics())
          .containsExactly(
              new dev.parallax.model.Diagnostic(
                  "analysis-failed",
                  bad,
                  "cleaning failed (IllegalArgumentException: unreadable line); not stored"),
              new dev.parallax.model.Diagnostic(
                  "analysis-failed",
                  overflowing,
                  "cleaning failed (StackOverflowError); not stored"));
      assertThat(store.counts().articles()).isEqualTo(2);
    }
  }

  @Test
  void listsStoriesByDateEntityOutletAndOutlets() throws Exception {
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      store.ingest(StoreCorpus.texts(), batches(8), IngestProgress.NONE);
      List<StorySummary> all = store.stories(StoryFilter.all());
      assertThat(all).hasSize(8);
      assertThat(all.get(0).title()).containsIgnoringCase("museum");
      assertThat(all)
          .isSortedAccordingTo((a, b) -> b.last().orElseThrow().compareTo(a.last().orElseThrow()));
      assertThat(all)
          .allSatisfy(
              s -> {
                assertThat(s.articles()).isEqualTo(3);
                assertThat(s.outlets()).hasSize(3);
              });
      assertThat(
              store.stories(
                  new StoryFilter(
                      Optional.of(LocalDate.of(2026, 5, 20)),
                      Optional.empty(),
                      Optional.empty(),
                      0,
                      100)))
          .hasSize(2);
      assertThat(
              store.stories(
                  new StoryFilter(
                      Optional.empty(), Optional.empty(), Optional.of("Kessling Gazette"), 0, 100)))
          .hasSize(2);
      assertThat(
              store.stories(
                  new StoryFilter(
                      Optional.empty(), Optional.of("Stavrou"), Optional.empty(), 0, 100)))
          .extracting(StorySummary::id)
          .containsExactly(findCup(all));
      assertThat(
              store.stories(
                  new StoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), 4, 100)))
          .isEmpty();
      assertThat(store.entity("stavrou"))
          .hasValueSatisfying(
              e -> {
                assertThat(e.name()).isEqualTo("Stavrou");
                assertThat(e.articles()).isEqualTo(3);
                assertThat(e.stories()).hasSize(1);
              });
      assertThat(store.entity("nobody-at-all")).isEmpty();
    }
  }

  private static String findCup(List<StorySummary> all) {
    return all.stream().filter(s -> s.title().contains("Cup")).findFirst().orElseThrow().id();
  }

  @Test
  void searchRanksAndHighlights() throws Exception {
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      store.ingest(StoreCorpus.texts(), batches(24), IngestProgress.NONE);
      List<SearchHit> hits = store.search(SearchQuery.of("earthquake"));
      assertThat(hits).isNotEmpty();
      assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
      for (SearchHit h : hits) {
        assertThat(h.highlights()).isNotEmpty();
        for (SearchHit.Span s : h.highlights()) {
          assertThat(h.snippet().substring(s.start(), s.end()).toLowerCase())
              .startsWith("earthquake");
        }
      }
      assertThat(hits).extracting(SearchHit::kind).contains(SearchHit.Kind.ARTICLE);
      List<SearchHit> narrowed =
          store.search(
              new SearchQuery(
                  "earthquake",
                  Optional.of(LocalDate.of(2026, 3, 10)),
                  Optional.empty(),
                  Optional.of("Kessling Gazette"),
                  Optional.empty(),
                  20));
      assertThat(narrowed)
          .isNotEmpty()
          .allSatisfy(
              h -> {
                if (h.kind() == SearchHit.Kind.ARTICLE) {
                  assertThat(h.outlet()).hasValue("kessling gazette");
                }
                assertThat(h.published().orElseThrow()).isAfterOrEqualTo(LocalDate.of(2026, 3, 10));
              });
      assertThat(narrowed)
          .extracting(SearchHit::id)
          .doesNotContainAnyElementsOf(
              hits.stream()
                  .filter(
                      h -> h.outlet().isPresent() && !h.outlet().get().equals("kessling gazette"))
                  .map(SearchHit::id)
                  .toList());
      assertThat(store.search(SearchQuery.of("\"unbalanced quote"))).isNotNull();
    }
  }

  @Test
  void secondWriterIsRefused() throws Exception {
    try (Store store = Store.open(dir, Pipeline::analyse)) {
      assertThatThrownBy(() -> Store.open(dir, Pipeline::analyse))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(dir.toString())
          .hasMessageContaining("is being written by another process");
      try (Store reader = Store.openReadOnly(dir, Pipeline::analyse)) {
        assertThat(reader.counts()).isEqualTo(store.counts());
      }
    }
  }
}

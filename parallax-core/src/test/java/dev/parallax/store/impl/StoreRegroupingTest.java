package dev.parallax.store.impl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.IngestResult.Outcome;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryAnalysis;
import dev.parallax.store.StoryExplanation.ArticleExplanation;
import dev.parallax.store.StoryExplanation.Kind;
import dev.parallax.store.StoryExplanation.Step;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StorySummary;
import dev.parallax.story.RegroupingTest;
import dev.parallax.story.StoryGrouper;
import dev.parallax.story.StoryMergeTest;
import dev.parallax.story.StragglersTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of a batch moves an article filed in an earlier batch of the same run: the store writes
 * it again, with its copies, under the story it went to, both stories' records follow, and the move
 * is explained. Embedding only, vectors set by hand ({@link RegroupingTest#PLANE}).
 */
class StoreRegroupingTest {
  @TempDir Path dir;

  private static SourceText text(String source, String outlet, String title, String body) {
    return new SourceText(
        ArticleMeta.of(source)
            .withOutlet(Optional.of(outlet))
            .withPublished(Optional.of(StoryMergeTest.DAY)),
        title + "\n\n" + body);
  }

  private static final String ALPHA_BODY = "Crews at Portmere harbour worked through the night.";
  static final SourceText ALPHA = text("alpha.txt", "Harbour Post", "alpha: one", ALPHA_BODY);
  static final SourceText ALPHA_COPY =
      text("alpha-copy.txt", "Wire Daily", "alpha: one", ALPHA_BODY);
  static final SourceText NEAR =
      text(
          "near.txt",
          "Coastal Courier",
          "near: two",
          "Crews at Portmere harbour kept working through the night.");
  static final SourceText BETA_1 =
      text(
          "beta1.txt",
          "Halvik Courier",
          "beta: three",
          "Traders at Portmere harbour waited through the night.");
  static final SourceText BETA_2 =
      text(
          "beta2.txt",
          "Bay Herald",
          "beta: four",
          "Traders at Portmere harbour kept waiting through the night.");
  static final SourceText ALPHA_LATE_COPY =
      text("alpha-late.txt", "Night Wire", "alpha: one", ALPHA_BODY);

  private static final StoryAnalysis ANALYSIS =
      analysis(RegroupingTest.PLANE, RegroupingTest.EMBEDDING_ONLY);

  /** The pipeline's reports, and a grouper of hand-set vectors and settings. */
  private static StoryAnalysis analysis(
      java.util.function.Function<List<String>, float[][]> vectors,
      StoryGrouper.Settings settings) {
    return new StoryAnalysis() {
      @Override
      public Report analyse(List<SourceText> articles, List<Diagnostic> notes) {
        return Pipeline.analyse(articles, notes);
      }

      @Override
      public StoryGrouper grouper() {
        return StoryGrouper.with(vectors, settings);
      }
    };
  }

  private static IngestResult ingest(LuceneStore store, SourceText... texts) {
    return store.ingest(
        List.of(texts),
        new IngestOptions(Optional.empty(), Optional.empty(), texts.length),
        IngestProgress.NONE);
  }

  @Test
  void anArticleOfAnEarlierBatchMovesWithItsCopies() throws java.io.IOException {
    String alphaId;
    String near;
    String alone;
    try (LuceneStore store = LuceneStore.open(dir, false, ANALYSIS)) {
      IngestResult first = ingest(store, ALPHA, ALPHA_COPY, NEAR);
      assertThat(first.filed())
          .extracting(IngestResult.Filed::outcome)
          .containsExactly(Outcome.ADDED, Outcome.COPY, Outcome.ADDED);
      String story = first.filed().get(0).storyId().orElseThrow();
      assertThat(first.filed()).allSatisfy(f -> assertThat(f.storyId()).contains(story));
      alphaId = first.filed().get(0).articleId().orElseThrow();
      assertThat(store.story(story).orElseThrow().title()).isEqualTo("alpha: one");

      // the beta reports join; the batch's end leaves alpha (and its copies) alone
      IngestResult second = ingest(store, BETA_1, BETA_2, ALPHA_LATE_COPY);
      near = second.filed().get(0).storyId().orElseThrow();
      assertThat(near).isEqualTo(story);
      alone = second.filed().get(2).storyId().orElseThrow();
      assertThat(second.filed().get(2).outcome()).isEqualTo(Outcome.COPY);
      assertThat(alone).as("the late copy follows alpha").isNotEqualTo(near);
      check(store, alphaId, near, alone);
    }
    try (LuceneStore store = LuceneStore.open(dir, true, ANALYSIS)) {
      check(store, alphaId, near, alone);
    }
  }

  private static void check(LuceneStore store, String alphaId, String near, String alone) {
    assertThat(store.articles(near))
        .extracting(a -> a.input().source())
        .containsExactlyInAnyOrder("near.txt", "beta1.txt", "beta2.txt");
    assertThat(store.articles(alone))
        .extracting(a -> a.input().source())
        .containsExactlyInAnyOrder("alpha.txt", "alpha-copy.txt", "alpha-late.txt");
    StorySummary left = store.story(near).orElseThrow();
    assertThat(left.articles()).isEqualTo(3);
    assertThat(left.copies()).isZero();
    assertThat(left.title()).as("named after its next article").isEqualTo("near: two");
    assertThat(left.outlets())
        .containsExactlyInAnyOrder("Coastal Courier", "Halvik Courier", "Bay Herald");
    StorySummary went = store.story(alone).orElseThrow();
    assertThat(went.articles()).isEqualTo(3);
    assertThat(went.copies()).isEqualTo(2);
    assertThat(went.title()).isEqualTo("alpha: one");
    assertThat(went.outlets()).containsExactly("Harbour Post");
    assertThat(store.stories(StoryFilter.all()))
        .extracting(StorySummary::id)
        .containsExactlyInAnyOrder(near, alone);
    assertThat(store.counts().articles()).isEqualTo(6);

    ArticleExplanation alpha =
        store.explain(alone).orElseThrow().articles().stream()
            .filter(a -> a.id().equals(alphaId))
            .findFirst()
            .orElseThrow();
    assertThat(alpha.steps())
        .extracting(Step::kind, Step::storyId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.STARTED, near),
            org.assertj.core.groups.Tuple.tuple(Kind.MOVED_BY_GROUPER, alone));
    assertThat(alpha.steps().get(1).from()).contains(near);
    assertThat(alpha.steps().get(1).why()).isPresent();
    assertThat(alpha.steps().get(1).describe())
        .startsWith("moved from " + near + " to " + alone + " at the end of a batch, scoring ");
  }

  /**
   * The first {@code events} events of AllSides' validation split in ../shared (three outlets'
   * title and lead each), dated one day, each line's outlet its place in the event.
   */
  static List<SourceText> allSides(int events) throws java.io.IOException {
    Path file =
        Path.of(System.getProperty("parallax.shared", "../../shared"))
            .resolve("corpora/stories-allsides/articles.jsonl");
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    List<SourceText> out = new java.util.ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(file)) {
      com.fasterxml.jackson.databind.JsonNode a = json.readTree(line);
      String story = a.get("story").asText();
      if (story.startsWith("val-") && Integer.parseInt(story.substring(4)) < events) {
        String id = a.get("id").asText();
        out.add(
            text(
                id + ".txt",
                "outlet " + id.substring(id.lastIndexOf('-') + 1),
                a.get("title").asText(),
                a.get("text").asText()));
      }
    }
    return out;
  }

  /**
   * Real news filed batch by batch in one run: the store ends with the grouper's stories, the
   * articles of earlier batches the batches' ends moved included, and each story's record counts
   * the articles it holds.
   */
  @Test
  void realNewsFiledBatchByBatchEndsInTheGroupersStories() throws java.io.IOException {
    List<SourceText> texts = allSides(80);
    int batch = 20;
    StoryGrouper memory = StoryGrouper.create();
    java.util.Set<String> filedBefore = new java.util.HashSet<>();
    int movedEarlier = 0;
    for (int from = 0; from < texts.size(); from += batch) {
      List<SourceText> part = texts.subList(from, Math.min(texts.size(), from + batch));
      dev.parallax.story.Batch b =
          memory.fileAll(
              part.stream()
                  .map(
                      t ->
                          new StoryGrouper.Dated(
                              dev.parallax.clean.Cleaner.clean(t), t.published()))
                  .toList());
      for (dev.parallax.story.Batch.Moved m : b.moves()) {
        movedEarlier += filedBefore.contains(m.key()) ? 1 : 0;
      }
      part.forEach(t -> filedBefore.add(t.source()));
    }
    assertThat(movedEarlier).as("articles of earlier batches moved").isPositive();
    java.util.Set<java.util.Set<String>> expected = new java.util.HashSet<>();
    memory.stories().forEach(s -> expected.add(java.util.Set.copyOf(s.sources())));

    try (LuceneStore store = LuceneStore.open(dir, false, Pipeline::analyse)) {
      IngestResult result =
          store.ingest(
              texts,
              new IngestOptions(Optional.empty(), Optional.empty(), batch),
              IngestProgress.NONE);
      java.util.Set<java.util.Set<String>> stored = new java.util.HashSet<>();
      int articles = 0;
      for (StorySummary s : store.stories(StoryFilter.all())) {
        List<StoredArticle> in = store.articles(s.id());
        assertThat(s.articles()).as(s.id()).isEqualTo(in.size());
        articles += in.size();
        java.util.Set<String> sources = new java.util.HashSet<>();
        in.forEach(a -> sources.add(a.input().source()));
        stored.add(sources);
      }
      assertThat(articles).isEqualTo(texts.size());
      assertThat(stored).isEqualTo(expected);
      // each text is reported in the story that holds it when the ingest returns, however later
      // batches moved or merged it
      for (IngestResult.Filed f : result.filed()) {
        assertThat(store.articles(f.storyId().orElseThrow()))
            .as(f.source())
            .extracting(StoredArticle::id)
            .contains(f.articleId().orElseThrow());
      }
    }
  }

  /**
   * A lone article the straggler pass joined to a story ({@link StragglersTest#SPACE}: three
   * reports of one event, an article close to one of them only, 20 unrelated) is explained by the
   * article it matched best and its margin, in the store, after re-opening it and in JSON.
   */
  @Test
  void aStragglersJoinIsExplainedByItsClosestArticle() throws java.io.IOException {
    StoryAnalysis analysis = analysis(StragglersTest.SPACE, StragglersTest.APART);
    List<SourceText> texts = new java.util.ArrayList<>();
    for (int k = 0; k < 3; k++) {
      texts.add(
          text(
              "t" + k + ".txt",
              "Outlet " + k,
              "t" + k + ": ferries held at Portmere",
              List.of(
                      "Ferries stayed in port at Portmere on Monday as dockers stopped work.",
                      "Dockers at Portmere walked out on Monday, keeping the ferries in port.",
                      "No ferry left Portmere on Monday after the dockers stopped work.")
                  .get(k)));
    }
    texts.add(
        text(
            "s.txt",
            "Opinion Weekly",
            "s: a column on the dockers",
            "The dockers' union has long argued that the port needs more staff."));
    for (int k = 0; k < StragglersTest.FILLERS; k++) {
      texts.add(
          text(
              "f" + k + ".txt",
              "Town Gazette " + k,
              "f" + k + ": another matter",
              "A council in another town met on Monday to discuss budget line " + k + "."));
    }
    String story;
    String t0;
    String s;
    try (LuceneStore store = LuceneStore.open(dir, false, analysis)) {
      IngestResult result =
          store.ingest(
              texts,
              new IngestOptions(Optional.empty(), Optional.empty(), texts.size()),
              IngestProgress.NONE);
      story = result.filed().get(0).storyId().orElseThrow();
      t0 = result.filed().get(0).articleId().orElseThrow();
      s = result.filed().get(3).articleId().orElseThrow();
      assertThat(result.filed().get(3).storyId()).contains(story);
      checkStraggler(store, story, t0, s);
    }
    try (LuceneStore store = LuceneStore.open(dir, true, analysis)) {
      checkStraggler(store, story, t0, s);
    }
  }

  private static void checkStraggler(LuceneStore store, String story, String t0, String s) {
    dev.parallax.store.StoryExplanation e = store.explain(story).orElseThrow();
    ArticleExplanation lone =
        e.articles().stream().filter(a -> a.id().equals(s)).findFirst().orElseThrow();
    Step merged = lone.steps().get(lone.steps().size() - 1);
    assertThat(merged.kind()).isEqualTo(Kind.MERGED_BY_GROUPER);
    dev.parallax.story.Match.Straggler why = merged.why().orElseThrow().straggler().orElseThrow();
    assertThat(why.article()).contains(s);
    assertThat(why.closest()).contains(t0);
    assertThat(merged.describe(s))
        .contains(
            "; the cut left it alone, and it joined this story's articles as it matches article "
                + t0
                + " at ")
        .contains("above its best match outside the story");
    assertThat(merged.describe(t0))
        .contains("; the cut left article " + s + " alone, and it joined");
    assertThat(dev.parallax.store.StoryExplanationJson.write(e))
        .contains("\"straggler\"")
        .contains("\"closest\" : \"" + t0 + "\"");
    // the reports of the event joined by the cut, with no straggler's evidence
    assertThat(e.articles())
        .filteredOn(a -> a.source().startsWith("t"))
        .hasSize(3)
        .allSatisfy(
            a ->
                assertThat(a.steps())
                    .allSatisfy(st -> assertThat(st.why().flatMap(m -> m.straggler())).isEmpty()));
  }
}

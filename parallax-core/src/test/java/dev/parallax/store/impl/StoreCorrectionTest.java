package dev.parallax.store.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Pipeline;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import dev.parallax.store.Correction;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryExplanation;
import dev.parallax.store.StoryExplanation.ArticleExplanation;
import dev.parallax.store.StoryExplanation.Kind;
import dev.parallax.store.StoryExplanation.Step;
import dev.parallax.story.StoryMergeTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Explanations and users' corrections in a real store: why each article joined, merging and moving,
 * the correction kept across reopening and respected by later ingests, reports dropped.
 */
class StoreCorrectionTest {
  @TempDir Path dir;

  private static final LocalDate DAY = StoryMergeTest.DAY;

  private static SourceText text(String source, String outlet, String title, String body) {
    return new SourceText(
        ArticleMeta.of(source).withOutlet(Optional.of(outlet)).withPublished(Optional.of(DAY)),
        title + "\n\n" + body);
  }

  /** Two reports of one strike at Portmere (alpha), worded alike. */
  static final SourceText PORT_1 =
      text(
          "port1.txt",
          "Harbour Post",
          "alpha: crossings halted at Portmere",
          "Dockers at Portmere stopped work on Monday, said Ansel Kell of the dockers' union.");

  static final SourceText PORT_2 =
      text(
          "port2.txt",
          "Coastal Courier",
          "alpha: Portmere dockers stop work",
          "Dockers at Portmere stopped work on Monday, Ansel Kell of the dockers' union said.");

  static final SourceText PORT_3 =
      text(
          "port3.txt",
          "Wire Daily",
          "alpha: strike at Portmere halts crossings",
          "Crossings at Portmere halted on Monday as dockers stopped work, Ansel Kell said.");

  /** Another event at Portmere (its embedding unrelated): a story of its own. */
  static final SourceText REGATTA =
      text(
          "regatta.txt",
          "Harbour Post",
          "Portmere dockers hold their regatta",
          "Dockers at Portmere held their annual regatta on Monday, Bryn Tallis of the club said.");

  /** Travellers stranded at Halvik (beta): another story until a bridging report. */
  static final SourceText HALVIK =
      text(
          "halvik.txt",
          "Halvik Courier",
          "beta: walkout strands travellers",
          "Travellers waited for hours at Halvik as ferries stayed in port, Orsa Lindqvist said.");

  static final SourceText HALVIK_2 =
      text(
          "halvik2.txt",
          "Harbour Post",
          "beta: travellers stranded at Halvik",
          "Travellers were stranded for hours at Halvik as ferries stayed in port, Orsa Lindqvist"
              + " said.");

  static final SourceText BRIDGE =
      text(
          "bridge.txt",
          "Coastal Courier",
          "gamma: ferry strike spreads from Portmere to Halvik",
          "The strike by Portmere dockers led by Ansel Kell left ferries idle at Halvik, where Orsa"
              + " Lindqvist said travellers waited for hours.");

  private static LuceneStore open(Path dir) {
    return LuceneStore.open(dir, false, Pipeline::analyse, StoryMergeTest.VECTORS);
  }

  private static String storyOf(IngestResult r, int i) {
    return r.filed().get(i).storyId().orElseThrow();
  }

  private static IngestResult ingest(LuceneStore store, SourceText... texts) {
    return store.ingest(
        List.of(texts),
        new IngestOptions(Optional.empty(), Optional.empty(), 1),
        IngestProgress.NONE);
  }

  private static String idOf(IngestResult r, int i) {
    return r.filed().get(i).articleId().orElseThrow();
  }

  private static ArticleExplanation explained(LuceneStore store, String story, String source) {
    return store.explain(story).orElseThrow().articles().stream()
        .filter(a -> a.source().equals(source))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void explainsEachArticleWithTheScorePartsAndTheRunnerUp() throws IOException {
    try (LuceneStore store = open(dir)) {
      String port = storyOf(ingest(store, PORT_1), 0);
      String halvik = storyOf(ingest(store, HALVIK), 0);
      assertThat(halvik).isNotEqualTo(port);
      assertThat(storyOf(ingest(store, PORT_2), 0)).isEqualTo(port);
      String regatta = storyOf(ingest(store, REGATTA), 0);
      assertThat(regatta).isNotIn(port, halvik);
      assertThat(storyOf(ingest(store, BRIDGE), 0)).as("merges the two").isEqualTo(port);

      StoryExplanation e = store.explain(halvik).orElseThrow();
      assertThat(e.storyId()).isEqualTo(port);
      assertThat(e.articles())
          .extracting(ArticleExplanation::source)
          .containsExactly("port1.txt", "halvik.txt", "port2.txt", "bridge.txt");

      Step first = explained(store, port, "port1.txt").filing();
      assertThat(first.kind()).isEqualTo(Kind.STARTED);
      assertThat(first.runnerUp()).isEmpty();
      assertThat(first.describe()).isEqualTo("started " + port + ": no other candidate story");

      Step other = explained(store, regatta, "regatta.txt").filing();
      assertThat(other.kind()).isEqualTo(Kind.STARTED);
      assertThat(other.runnerUp())
          .hasValueSatisfying(
              r -> {
                assertThat(r.storyId()).isEqualTo(port);
                assertThat(r.score()).isLessThan(other.join().orElseThrow());
                assertThat(r.sharedNames()).contains("portmere");
              });
      assertThat(other.describe())
          .startsWith("started " + regatta + ": the best other story, " + port + ", scored ")
          .contains("shared names: ")
          .endsWith("below the join threshold 0.350");

      List<Step> started = explained(store, port, "halvik.txt").steps();
      assertThat(started.get(0).kind()).isEqualTo(Kind.STARTED);
      assertThat(started.get(1).kind()).isEqualTo(Kind.MERGED_BY_GROUPER);
      assertThat(started.get(1).from()).contains(halvik);
      assertThat(started.get(1).storyId()).isEqualTo(port);
      assertThat(started.get(1).why()).isPresent();

      Step joined = explained(store, port, "port2.txt").filing();
      assertThat(joined.kind()).isEqualTo(Kind.JOINED);
      assertThat(joined.why())
          .hasValueSatisfying(
              m -> {
                assertThat(m.storyId()).isEqualTo(port);
                assertThat(m.score()).isGreaterThanOrEqualTo(0.35);
                assertThat(m.embedding()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(m.sharedNames()).contains("portmere", "kell");
              });
      assertThat(joined.runnerUp()).isEmpty();
      assertThat(joined.describe())
          .startsWith("joined " + port + " with score ")
          .contains("embedding 1.000", "shared names: ")
          .endsWith("join threshold 0.350; no other candidate story");

      // the bridging report joined the Halvik story; the end of its batch found the two stories
      // one cluster and merged the younger into the older
      List<Step> bridge = explained(store, port, "bridge.txt").steps();
      assertThat(bridge)
          .extracting(Step::kind, Step::storyId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Kind.JOINED, halvik),
              org.assertj.core.groups.Tuple.tuple(Kind.MERGED_BY_GROUPER, port));
      assertThat(bridge.get(0).runnerUp())
          .hasValueSatisfying(r -> assertThat(r.storyId()).isEqualTo(port));
      assertThat(bridge.get(0).describe()).contains("runner-up " + port + " at ");
      assertThat(bridge.get(1).why()).isPresent();
      assertThat(bridge.get(1).describe())
          .startsWith(
              "its story "
                  + halvik
                  + " was merged into "
                  + port
                  + " by the grouper, the two"
                  + " scoring ");
    }
  }

  @Test
  void aMoveIsKeptAcrossReopeningAndTheOldStoryNeverTakesTheArticleBack() throws IOException {
    String port;
    String moved;
    String into;
    try (LuceneStore store = open(dir);
        LuceneStore reader = LuceneStore.open(dir, true, Pipeline::analyse)) {
      port = storyOf(ingest(store, PORT_1), 0);
      IngestResult second = ingest(store, PORT_2);
      assertThat(storyOf(second, 0)).isEqualTo(port);
      moved = idOf(second, 0);
      assertThat(store.report(port)).hasValueSatisfying(r -> assertThat(r.articles()).hasSize(2));
      assertThat(store.reportCached(port)).isTrue();
      assertThat(reader.report(port)).hasValueSatisfying(r -> assertThat(r.articles()).hasSize(2));

      Correction c = store.move(moved, Optional.empty());
      into = c.into();
      assertThat(c.kind()).isEqualTo(Correction.Kind.MOVE);
      assertThat(c.from()).isEqualTo(port);
      assertThat(into).isNotEqualTo(port);
      assertThat(store.reportCached(port)).as("the report of the story it left").isFalse();
      assertThat(store.report(port)).hasValueSatisfying(r -> assertThat(r.articles()).hasSize(1));
      assertThat(reader.report(port))
          .as("a reader's report computed before the move is stale")
          .hasValueSatisfying(r -> assertThat(r.articles()).hasSize(1));
      assertThat(store.story(port).orElseThrow().articles()).isEqualTo(1);
      assertThat(store.story(into).orElseThrow().articles()).isEqualTo(1);
      assertThat(store.story(into).orElseThrow().title())
          .isEqualTo("alpha: Portmere dockers stop work");
      assertThat(store.story(into).orElseThrow().outlets()).containsExactly("Coastal Courier");
      assertThat(store.story(port).orElseThrow().outlets()).containsExactly("Harbour Post");
    }
    try (LuceneStore store = open(dir)) {
      assertThat(store.articles(into)).extracting(StoredArticle::id).containsExactly(moved);
      List<Step> steps = explained(store, into, "port2.txt").steps();
      assertThat(steps).extracting(Step::kind).containsExactly(Kind.JOINED, Kind.MOVED_BY_USER);
      assertThat(steps.get(1).from()).contains(port);
      assertThat(steps.get(1).describe())
          .startsWith("moved by a user from " + port + " to " + into);
      assertThat(store.explain(port).orElseThrow().corrections())
          .singleElement()
          .satisfies(c -> assertThat(c.article()).contains(moved));

      // a third report of the strike joins one of the two, and the batch's end does not merge them
      String third = storyOf(ingest(store, PORT_3), 0);
      assertThat(third).isIn(port, into);
      assertThat(store.story(into).orElseThrow().id()).isEqualTo(into);
      assertThat(store.articles(into)).extracting(StoredArticle::id).contains(moved);
      assertThat(store.articles(port)).extracting(StoredArticle::id).doesNotContain(moved);
    }
    try (LuceneStore readOnly = LuceneStore.open(dir, true, Pipeline::analyse)) {
      assertThat(readOnly.counts().stories()).isEqualTo(2);
      assertThatThrownBy(() -> readOnly.move(moved, Optional.of(port)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("read-only");
    }
  }

  @Test
  void aUserMergeTakesTheLaterArticlesOfBothStoriesAndDropsTheReports() throws IOException {
    String port;
    String halvik;
    try (LuceneStore store = open(dir);
        LuceneStore reader = LuceneStore.open(dir, true, Pipeline::analyse)) {
      port = storyOf(ingest(store, PORT_1), 0);
      halvik = storyOf(ingest(store, HALVIK), 0);
      assertThat(halvik).isNotEqualTo(port);
      assertThat(reader.report(port)).hasValueSatisfying(r -> assertThat(r.articles()).hasSize(1));

      Correction c = store.merge(port, halvik);
      assertThat(c)
          .isEqualTo(new Correction(Correction.Kind.MERGE, halvik, port, Optional.empty(), c.at()));
      assertThat(store.story(halvik).orElseThrow().id()).isEqualTo(port);
      assertThat(store.counts().stories()).isEqualTo(1);
      assertThat(reader.report(port))
          .as("a reader's report computed before the merge is stale")
          .hasValueSatisfying(r -> assertThat(r.articles()).hasSize(2));
      assertThat(explained(store, port, "halvik.txt").steps())
          .extracting(Step::kind)
          .containsExactly(Kind.STARTED, Kind.MERGED_BY_USER);
      assertThatThrownBy(() -> store.merge(port, halvik))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("same story");
      assertThatThrownBy(() -> store.merge(port, "S99"))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessageContaining("S99");
    }
    try (LuceneStore store = open(dir)) {
      assertThat(storyOf(ingest(store, HALVIK_2), 0)).isEqualTo(port);
      assertThat(store.explain(port).orElseThrow().corrections())
          .extracting(Correction::describe)
          .singleElement()
          .asString()
          .startsWith("merged " + halvik + " into " + port);
    }
  }

  @Test
  void movingAStorysOnlyArticleIntoAnotherMergesThemAndRefusesWhatCannotBeDone()
      throws IOException {
    try (LuceneStore store = open(dir)) {
      String port = storyOf(ingest(store, PORT_1), 0);
      IngestResult h = ingest(store, HALVIK);
      String halvik = storyOf(h, 0);
      String lone = idOf(h, 0);
      assertThatThrownBy(() -> store.move(lone, Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("only one");
      assertThatThrownBy(() -> store.move(lone, Optional.of(halvik)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already in");
      assertThatThrownBy(() -> store.move("a0000000000000000", Optional.of(port)))
          .isInstanceOf(NoSuchElementException.class);

      store.move(lone, Optional.of(port));
      assertThat(store.counts().stories()).isEqualTo(1);
      assertThat(store.story(halvik).orElseThrow().id()).isEqualTo(port);
      assertThat(store.story(port).orElseThrow().articles()).isEqualTo(2);
      assertThat(store.articles(port)).hasSize(2);
    }
  }
}

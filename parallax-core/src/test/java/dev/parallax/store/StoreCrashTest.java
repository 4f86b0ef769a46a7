package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Pipeline;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.SourceText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) while ingesting leaves a store that opens, holds exactly the batches
 * it committed, and finishes the work when the same inputs are ingested again.
 */
class StoreCrashTest {
  static final int BATCH = 3;
  @TempDir Path dir;

  /** The fixture corpus three times over, each round two months later: 72 articles, 24 stories. */
  static List<SourceText> texts() {
    List<SourceText> out = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      long shift = 122L * round;
      for (SourceText t : StoreCorpus.texts()) {
        // a line of its own per round: the same text again would be a duplicate or a copy
        out.add(
            new SourceText(
                ArticleMeta.of("r" + round + "/" + t.source())
                    .withUrl(t.url())
                    .withTitle(t.title())
                    .withOutlet(t.outlet())
                    .withPublished(t.published().map(d -> d.plusDays(shift)))
                    .withAuthor(t.author()),
                t.text() + "\n\nfiled in round " + round + "."));
      }
    }
    return out;
  }

  private static Map<String, String> stories(IngestResult r) {
    Map<String, String> out = new HashMap<>();
    r.filed().forEach(f -> out.put(f.source(), f.storyId().orElseThrow()));
    return out;
  }

  /** The grouping as a set of groups of sources, whatever the story ids. */
  private static Set<Set<String>> partition(Map<String, String> storyOf) {
    Map<String, Set<String>> groups = new HashMap<>();
    storyOf.forEach((src, story) -> groups.computeIfAbsent(story, k -> new TreeSet<>()).add(src));
    return new HashSet<>(groups.values());
  }

  @Test
  void killedIngestLeavesCompleteBatchesAndReingestingFinishesTheWork() throws Exception {
    List<SourceText> texts = texts();
    Map<String, String> uninterrupted;
    try (Store store = Store.open(dir.resolve("reference"), Pipeline::analyse)) {
      uninterrupted =
          stories(
              store.ingest(
                  texts,
                  new IngestOptions(Optional.empty(), Optional.empty(), BATCH),
                  IngestProgress.NONE));
    }

    long seed = System.nanoTime();
    Random random = new Random(seed);
    Path crashed = dir.resolve("crashed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                IngestChild.class.getName(),
                crashed.toString(),
                Integer.toString(BATCH))
            .redirectErrorStream(true)
            .start();
    int killAfter = 2 + random.nextInt(texts.size() / BATCH / 2);
    int seen = 0;
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
        if (line.startsWith("committed ") && ++seen == killAfter) {
          Thread.sleep(random.nextInt(40));
          child.destroyForcibly();
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as("seed %d; child said %s", seed, lines).isEqualTo(killAfter);

    try (Store store = Store.open(crashed, Pipeline::analyse)) {
      long stored = store.counts().articles();
      assertThat(stored % BATCH).as("seed %d: whole batches only", seed).isZero();
      assertThat(stored)
          .as("seed %d", seed)
          .isBetween((long) killAfter * BATCH, (long) texts.size());
      Set<String> sources = new HashSet<>();
      for (StorySummary s : store.stories(StoryFilter.all())) {
        store.articles(s.id()).forEach(a -> sources.add(a.input().source()));
      }
      Set<String> prefix = new HashSet<>();
      texts.subList(0, (int) stored).forEach(t -> prefix.add(t.source()));
      assertThat(sources).as("seed %d: a prefix of the input", seed).isEqualTo(prefix);

      IngestResult again =
          store.ingest(
              texts,
              new IngestOptions(Optional.empty(), Optional.empty(), BATCH),
              IngestProgress.NONE);
      assertThat(again.count(IngestResult.Outcome.DUPLICATE)).isEqualTo(stored);
      assertThat(store.counts().stories()).isEqualTo(partition(uninterrupted).size());
      assertThat(partition(stories(again))).as("seed %d", seed).isEqualTo(partition(uninterrupted));
    }
  }
}

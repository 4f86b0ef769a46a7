package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestData;
import dev.parallax.clean.Cleaner;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Signing apart from filing: what a Spark job does on its executors and then in its blocks. */
class SignedArticleTest {
  private static List<StoryGrouper.Dated> seedsAndExample() throws IOException {
    List<Path> files = new ArrayList<>();
    TestData.seedFiles().forEach(f -> files.add(Path.of(f)));
    try (Stream<Path> s = Files.list(Path.of("../examples/harbor-bridge"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    List<StoryGrouper.Dated> out = new ArrayList<>();
    for (Path p : files) {
      SourceText t =
          new SourceText(
              p.toString(), Files.readString(p, StandardCharsets.UTF_8), Optional.empty());
      LocalDate day =
          p.toString().contains("harbor") ? LocalDate.of(2026, 3, 10) : LocalDate.of(2026, 2, 6);
      out.add(new StoryGrouper.Dated(Cleaner.clean(t), Optional.of(day)));
    }
    return out;
  }

  @Test
  void signingThenFilingGroupsAsFilingABatchDoes() throws IOException {
    List<StoryGrouper.Dated> batch = seedsAndExample();
    StoryGrouper whole = StoryGrouper.create();
    List<String> expected = whole.addAll(batch);

    List<SignedArticle> signed = StoryGrouper.create().sign(batch);
    StoryGrouper apart = StoryGrouper.create();
    List<String> got = new ArrayList<>();
    for (SignedArticle a : signed) {
      // through bytes, as between two machines
      got.add(apart.file(SignedArticle.decode(a.encode())).storyId());
    }
    assertThat(got).isEqualTo(expected);
    assertThat(apart.stories()).isEqualTo(whole.stories());
  }

  @Test
  void encodingKeepsWhatFilingNeeds() throws IOException {
    StoryGrouper.Dated first = seedsAndExample().get(0);
    SignedArticle a = StoryGrouper.create().sign(List.of(first)).get(0);
    SignedArticle back = SignedArticle.decode(a.encode());
    assertThat(back.source()).isEqualTo(first.doc().source());
    assertThat(back.title()).isEqualTo(a.title());
    assertThat(back.published()).isEqualTo(Optional.of(LocalDate.of(2026, 2, 6)));
    assertThat(back.names()).isEqualTo(a.names()).isNotEmpty();
    assertThat(back.encode()).isEqualTo(a.encode());
  }

  @Test
  void signingChangesNothingInTheGrouper() throws IOException {
    StoryGrouper g = StoryGrouper.create();
    g.sign(seedsAndExample());
    assertThat(g.stories()).isEmpty();
    assertThat(g.totals().articles()).isZero();
  }

  @Test
  void blocksFiledWithTheCorpusCountsMakeTheStoriesOfOneRun() throws IOException {
    List<SignedArticle> signed = StoryGrouper.create().sign(seedsAndExample());
    StoryGrouper whole = StoryGrouper.create();
    signed.forEach(whole::file);
    whole.endBatch();

    List<StoryGrouper.Counts> counts = new ArrayList<>();
    List<java.util.Set<String>> lookups = new ArrayList<>();
    for (int i = 0; i < signed.size(); i++) {
      int upTo = i;
      StoryGrouper.Counts c =
          new StoryGrouper.Counts(
              i + 1,
              n ->
                  (int)
                      signed.subList(0, upTo + 1).stream()
                          .filter(a -> a.counted().contains(n))
                          .count());
      counts.add(c);
      lookups.add(
          new java.util.HashSet<>(
              whole.lookupNames(signed.get(i), c.documentFrequency(), c.articles())));
    }
    // blocks: articles linked by a shared lookup word, as a Spark job splits a corpus
    int[] label = new int[signed.size()];
    for (int i = 0; i < label.length; i++) {
      label[i] = i;
    }
    for (int i = 0; i < label.length; i++) {
      for (int j = 0; j < i; j++) {
        if (!java.util.Collections.disjoint(lookups.get(i), lookups.get(j))) {
          int from = label[i];
          int to = label[j];
          for (int k = 0; k < label.length; k++) {
            label[k] = label[k] == from ? to : label[k];
          }
        }
      }
    }
    java.util.Map<Integer, List<Integer>> byBlock = new java.util.TreeMap<>();
    for (int i = 0; i < label.length; i++) {
      byBlock.computeIfAbsent(label[i], k -> new ArrayList<>()).add(i);
    }
    Iterable<List<Integer>> blocks = byBlock.values();
    List<List<String>> apart = new ArrayList<>();
    for (List<Integer> block : blocks) {
      StoryGrouper g = StoryGrouper.create();
      for (int i : block) {
        g.file(signed.get(i), counts.get(i));
      }
      g.endBatch();
      g.stories().forEach(st -> apart.add(st.sources()));
    }
    assertThat(apart)
        .containsExactlyInAnyOrderElementsOf(
            whole.stories().stream().map(StoryGrouper.Story::sources).toList());
  }

  @Test
  void lookupNamesAreTheMostDistinctiveWordsByTheCorpusCounts() {
    StoryGrouper g = StoryGrouper.with(t -> new float[][] {{1f}}, StoryGrouper.Settings.defaults());
    SignedArticle a =
        new SignedArticle(
            new Signature(
                "a.txt",
                "t",
                "",
                Map.of(),
                Map.of("oman", 3, "iran", 3, "muscat", 1),
                java.util.Set.of(),
                Optional.empty()),
            new float[] {1f});
    // a word every article uses weighs least; among equals, the more used first
    Map<String, Integer> df = Map.of("oman", 100, "iran", 2, "muscat", 1);
    StoryGrouper two =
        StoryGrouper.with(
            t -> new float[][] {{1f}},
            new StoryGrouper.Settings(0.3, 0.5, 0.2, 0.05, 0.3, 0.3, 4, 2));
    assertThat(two.lookupNames(a, df::get, 100)).containsExactly("iran", "muscat");
    assertThat(g.lookupNames(a, df::get, 100)).containsExactly("iran", "muscat", "oman");
  }
}

package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestData;
import dev.parallax.clean.Cleaner;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Story grouping on the seed story and the bundled example, interleaved as they might arrive. */
class StoryGrouperTest {
  private static CleanDocument read(Path p) throws IOException {
    return Cleaner.clean(
        new SourceText(
            p.toString(), Files.readString(p, StandardCharsets.UTF_8), Optional.empty()));
  }

  @Test
  void keepsTwoUnrelatedStoriesApartAndTogether() throws IOException {
    List<Path> seeds = TestData.seedFiles().stream().map(Path::of).toList();
    List<Path> example;
    try (var s = Files.list(Path.of("../examples/harbor-bridge"))) {
      example = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Map<String, String> gold = new HashMap<>();
    List<Path> arrival = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      arrival.add(seeds.get(i));
      gold.put(seeds.get(i).toString(), "oman");
      arrival.add(example.get(i));
      gold.put(example.get(i).toString(), "bridge");
    }
    StoryGrouper g = StoryGrouper.create();
    Map<String, String> predicted = new HashMap<>();
    for (Path p : arrival) {
      LocalDate day =
          gold.get(p.toString()).equals("oman")
              ? LocalDate.of(2026, 2, 6)
              : LocalDate.of(2026, 3, 10);
      predicted.put(p.toString(), g.add(read(p), Optional.of(day)));
    }
    BCubed.Score s = BCubed.score(predicted, gold);
    System.out.printf(
        "story grouping, seeds + example: B-cubed precision %.3f recall %.3f%n",
        s.precision(), s.recall());
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(g.stories()).hasSize(2);
  }

  @Test
  void sameTopicWeeksApartIsAnotherStory() throws IOException {
    Path first = TestData.seedFiles().stream().map(Path::of).findFirst().orElseThrow();
    StoryGrouper g = StoryGrouper.create();
    String a = g.add(read(first), Optional.of(LocalDate.of(2026, 2, 6)));
    String b = g.add(read(first), Optional.of(LocalDate.of(2026, 2, 20)));
    assertThat(b).isNotEqualTo(a);
  }
}

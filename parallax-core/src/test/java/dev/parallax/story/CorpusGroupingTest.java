package dev.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.Cleaner;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Story grouping on the fixture corpus: 8 fictional stories from 3 outlets each, with events that
 * share a topic (two earthquakes nine days apart, two hearings of one trial a week apart, a tax and
 * the protest against it three days later). Articles arrive in publication order.
 */
class CorpusGroupingTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus");

  record Labelled(String file, String story, LocalDate published) {}

  static List<Labelled> labels() throws IOException {
    List<Labelled> out = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("labels.tsv"))) {
      if (line.startsWith("file\t") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(new Labelled(f[0], f[1], LocalDate.parse(f[2])));
    }
    out.sort(Comparator.comparing(Labelled::published).thenComparing(Labelled::file));
    return out;
  }

  static BCubed.Score run(StoryGrouper g) throws IOException {
    Map<String, String> gold = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    for (Labelled l : labels()) {
      String text = Files.readString(CORPUS.resolve(l.file()), StandardCharsets.UTF_8);
      gold.put(l.file(), l.story());
      predicted.put(
          l.file(),
          g.add(
              Cleaner.clean(new SourceText(l.file(), text, Optional.empty())),
              Optional.of(l.published())));
    }
    return BCubed.score(predicted, gold);
  }

  @Test
  void groupsTheCorpusIntoItsEvents() throws IOException {
    StoryGrouper g = StoryGrouper.create();
    BCubed.Score s = run(g);
    System.out.printf(
        "story grouping, fixture corpus (24 articles, 8 stories): B-cubed precision %.3f recall %.3f F1 %.3f; %d stories%n",
        s.precision(), s.recall(), s.f1(), g.stories().size());
    g.stories().forEach(st -> System.out.println("  " + st.id() + " " + st.sources()));
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.9);
  }
}

package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.story.StoryGrouper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code parallax cluster} files a batch in one order whatever order its inputs are given in. */
class ClusterOrderTest {
  @Test
  void storiesDoNotDependOnTheOrderOfTheInputs() throws IOException {
    List<String> inputs = new ArrayList<>(TestData.seedFiles());
    try (Stream<Path> s = Files.list(Path.of("../examples/harbor-bridge"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> inputs.add(p.toString()));
    }
    Optional<LocalDate> day = Optional.of(LocalDate.of(2026, 3, 10));
    List<StoryGrouper.Story> given = Parallax.cluster(inputs, day).stories();
    for (long seed = 1; seed <= 3; seed++) {
      List<String> shuffled = new ArrayList<>(inputs);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(Parallax.cluster(shuffled, day).stories()).as("seed %d", seed).isEqualTo(given);
    }
    assertThat(given).hasSize(2);
  }
}

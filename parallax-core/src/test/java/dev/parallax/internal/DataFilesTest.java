package dev.parallax.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DataFilesTest {
  private static final Path FOLDER = Path.of("src/main/resources/dev/parallax/lexicon");

  @Test
  void everyLexiconStatesItsSourceAndLicenceAndLoads() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(FOLDER)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".bin")) {
        // a binary model states its source and licence in the text file of the same name
        assertThat(files).as(name).contains(f.resolveSibling(name.replace(".bin", ".tsv")));
        continue;
      }
      List<String> header =
          Files.readAllLines(f).stream().takeWhile(l -> l.startsWith("#")).toList();
      assertThat(header)
          .as(f.toString())
          .anyMatch(l -> l.startsWith("# Source: "))
          .anyMatch(l -> l.startsWith("# Licence: "));
      assertThat(DataFiles.rows(f.getFileName().toString())).as(f.toString()).isNotEmpty();
    }
  }

  @Test
  void readsWordsByKindInFileOrder() {
    assertThat(DataFiles.list("calendar.tsv", "month"))
        .startsWith("january", "february")
        .hasSize(12);
    assertThat(DataFiles.words("grammar.tsv", "currency")).contains("us$", "€");
  }

  @Test
  void refusesAMissingLexiconOrKind() {
    assertThatThrownBy(() -> DataFiles.rows("no-such-file.txt"))
        .hasMessageContaining("missing lexicon");
    assertThatThrownBy(() -> DataFiles.words("calendar.tsv", "planet"))
        .hasMessageContaining("no words of kind planet");
  }
}

package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.model.Block;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Removal;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Golden file of the cleaning stage on the bundled example: kept blocks with their kinds, removals
 * with their reasons, title and outlet, as canonical JSON. After an intended change, regenerate
 * with {@code -Dparallax.golden.update=true} and review the diff.
 */
class CleanGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/clean-harbor-bridge.json");

  @Test
  void cleaningTheExampleMatchesItsGoldenFile() throws IOException {
    List<SourceText> in = new ArrayList<>();
    try (var files = Files.list(Path.of("../examples/harbor-bridge"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        in.add(
            new SourceText(
                p.getFileName().toString(),
                Files.readString(p, StandardCharsets.UTF_8),
                Optional.empty()));
      }
    }
    List<Object> docs = new ArrayList<>();
    for (CleanDocument d : Cleaner.cleanAll(in)) {
      Map<String, Object> m = new TreeMap<>();
      m.put("source", d.source());
      m.put("title", d.title().orElse(null));
      m.put("outlet", d.outlet().orElse(null));
      List<Object> blocks = new ArrayList<>();
      for (Block b : d.blocks()) {
        blocks.add(Map.of("kind", b.kind().label(), "text", b.text()));
      }
      m.put("blocks", blocks);
      List<Object> removed = new ArrayList<>();
      for (Removal r : d.removed()) {
        removed.add(Map.of("text", r.text(), "reason", r.reason()));
      }
      m.put("removed", removed);
      docs.add(m);
    }
    String json =
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(docs)
            + "\n";
    if (Boolean.getBoolean("parallax.golden.update") || !Files.exists(GOLDEN)) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}

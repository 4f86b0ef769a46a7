package dev.parallax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shared test material: the seed story from the shared folder and its gold file, and the seed
 * report, computed once per test run (the NLP models load once per JVM).
 */
public final class TestData {
  private static Report seedReport;

  private TestData() {}

  /** The shared folder beside the repository (set by surefire as {@code parallax.shared}). */
  public static Path shared() {
    String prop = System.getProperty("parallax.shared");
    Path p = prop != null ? Path.of(prop) : Path.of("../../shared");
    if (!Files.isDirectory(p)) {
      p = Path.of("../shared");
    }
    return p.toAbsolutePath().normalize();
  }

  public static Path seeds() {
    return shared().resolve("seeds/oman-talks");
  }

  public static JsonNode gold() {
    try {
      return new ObjectMapper().readTree(shared().resolve("gold/oman-talks.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> seedFiles() {
    List<String> files = new java.util.ArrayList<>();
    for (JsonNode a : gold().get("articles")) {
      files.add(seeds().resolve(a.get("file").asText()).toString());
    }
    return files;
  }

  /** The seed story analysed with its publication date, once per test run. */
  public static synchronized Report seedReport() {
    if (seedReport == null) {
      seedReport =
          Pipeline.compare(
              seedFiles(),
              new Pipeline.Options(
                  Optional.of(LocalDate.parse(gold().get("published").asText())),
                  Optional.empty(),
                  Map.of(),
                  2),
              Pipeline.Progress.NONE);
    }
    return seedReport;
  }

  /** Texts analysed as {@code compare --published 2026-03-10} would, on one thread. */
  public static Report analyse(dev.parallax.model.SourceText... texts) {
    return Pipeline.analyse(
        List.of(texts),
        List.of(),
        new Pipeline.Options(Optional.of(LocalDate.of(2026, 3, 10)), Optional.empty(), Map.of(), 1),
        Pipeline.Progress.NONE);
  }
}

package dev.parallax.quote;

import dev.parallax.Pipeline;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Test fixture: runs the real pipeline (the process-wide CoreNLP models) and caches the reports, so
 * each story is annotated once per test run however many test classes read it.
 */
final class Stories {
  static final LocalDate SEED_PUBLISHED = LocalDate.of(2026, 2, 6);
  private static final Map<List<String>, Report> CACHE = new ConcurrentHashMap<>();
  private static volatile Report seed;
  static volatile long seedMillis;

  private Stories() {}

  /** The shared directory: the {@code parallax.shared} property, else {@code ../../shared}. */
  static Path shared() {
    String p = System.getProperty("parallax.shared");
    return p != null ? Paths.get(p) : Paths.get("../../shared");
  }

  /** Made-up articles given as texts, analysed as one story (cached by their texts). */
  static Report analyse(String... texts) {
    return CACHE.computeIfAbsent(
        List.of(texts),
        k -> {
          List<SourceText> in = new ArrayList<>();
          for (int i = 0; i < texts.length; i++) {
            in.add(
                new SourceText("t" + (i + 1) + ".txt", texts[i], Optional.of("Outlet " + (i + 1))));
          }
          return Pipeline.analyse(
              in,
              List.of(),
              Pipeline.Options.defaults().withPublished(LocalDate.of(2026, 3, 10)),
              Pipeline.Progress.NONE);
        });
  }

  /** The seed story oman-talks, published 2026-02-06. */
  static synchronized Report seed() {
    if (seed == null) {
      try (Stream<Path> files = Files.list(shared().resolve("seeds/oman-talks"))) {
        List<String> sources =
            files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
        long t0 = System.nanoTime();
        seed =
            Pipeline.compare(
                sources,
                Pipeline.Options.defaults().withPublished(SEED_PUBLISHED),
                Pipeline.Progress.NONE);
        seedMillis = (System.nanoTime() - t0) / 1_000_000;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return seed;
  }
}

package dev.parallax.bench;

import dev.parallax.Pipeline;
import dev.parallax.entity.EntityResolver;
import dev.parallax.model.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark (not a test): the cost of entity resolution (mention correction, the names the tagger
 * misses, grouping) next to a warm compare of the same story, in one process. Run with
 * bench/entities.sh.
 */
public final class EntityBench {
  private EntityBench() {}

  public static void main(String[] args) {
    Pipeline.Options options =
        new Pipeline.Options(
            Optional.of(LocalDate.parse(System.getProperty("published", "2026-02-06"))),
            Optional.empty(),
            Map.of(),
            1);
    Report report = Pipeline.compare(List.of(args), options, Pipeline.Progress.NONE);
    long t0 = System.nanoTime();
    int runs = 3;
    for (int i = 0; i < runs; i++) {
      Pipeline.compare(List.of(args), options, Pipeline.Progress.NONE);
    }
    double whole = (System.nanoTime() - t0) / 1e6 / runs;
    EntityResolver resolver = EntityResolver.create();
    for (int i = 0; i < 200; i++) {
      resolver.resolve(report.articles());
    }
    int n = 1000;
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      resolver.resolve(report.articles());
    }
    double entities = (System.nanoTime() - t0) / 1e6 / n;
    int sentences = report.articles().stream().mapToInt(a -> a.sentences().size()).sum();
    System.out.printf(
        "story: %d articles, %d sentences, %d entities; warm compare %.0f ms (1 thread)%n",
        report.articles().size(), sentences, report.entities().size(), whole);
    System.out.printf(
        "entity resolution %.3f ms per story (%.2f%% of the compare)%n",
        entities, 100 * entities / whole);
  }
}

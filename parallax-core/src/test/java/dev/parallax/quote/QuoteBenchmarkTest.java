package dev.parallax.quote;

import dev.parallax.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast the quote stage is next to annotation on the seed story; asserts nothing (times
 * depend on the machine). Numbers go to docs/BENCHMARKS.md.
 */
class QuoteBenchmarkTest {

  @Test
  void printsQuoteStageThroughputNextToTheWholePipeline() {
    Report r = Stories.seed();
    long coldMs = Stories.seedMillis;
    java.util.List<String> sources =
        r.articles().stream().map(dev.parallax.model.Article::source).toList();
    long w0 = System.nanoTime();
    dev.parallax.Pipeline.compare(
        sources,
        dev.parallax.Pipeline.Options.defaults().withPublished(Stories.SEED_PUBLISHED),
        dev.parallax.Pipeline.Progress.NONE);
    long warmMs = (System.nanoTime() - w0) / 1_000_000;
    QuoteStage stage = QuoteStage.create();
    for (int i = 0; i < 200; i++) {
      stage.run(r.articles(), r.entities());
    }
    int rounds = 2000;
    long t0 = System.nanoTime();
    int quotes = 0;
    for (int i = 0; i < rounds; i++) {
      quotes += stage.run(r.articles(), r.entities()).quotes().size();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "quote-benchmark: whole pipeline on the 3 seeds %d ms with model load, %d ms with models loaded;"
            + " quote stage alone %.3f ms per story, %.0f quotes/s (%d quotes x %d runs in %.2f s)%n",
        coldMs, warmMs, secs * 1000 / rounds, quotes / secs, quotes / rounds, rounds, secs);
  }
}

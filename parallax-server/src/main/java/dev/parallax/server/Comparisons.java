package dev.parallax.server;

import dev.parallax.Pipeline;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * One-off comparisons of uploaded inputs ({@code POST /api/compare} and the compare page), run one
 * at a time: an analysis is CPU-bound and uses every core, so the others queue. Thread-safe.
 */
final class Comparisons {
  private final Semaphore analysis = new Semaphore(1, true);

  /** The report of what a request read; 422 when no input was an article. */
  Report analyse(Requests.Read read) throws InterruptedException {
    if (read.texts().isEmpty()) {
      throw noArticles(read.diagnostics());
    }
    Pipeline.Options opts = Pipeline.Options.defaults();
    if (read.published().isPresent()) {
      opts = opts.withPublished(read.published().get());
    }
    analysis.acquire();
    Report report;
    try {
      report = Pipeline.analyse(read.texts(), read.diagnostics(), opts, Pipeline.Progress.NONE);
    } finally {
      analysis.release();
    }
    if (report.articles().isEmpty()) {
      throw noArticles(report.diagnostics());
    }
    return report;
  }

  private static Problem noArticles(List<Diagnostic> diagnostics) {
    return new Problem(
        422,
        "no-articles",
        "no input could be read as an article",
        Map.of("diagnostics", Json.diagnostics(diagnostics)));
  }
}

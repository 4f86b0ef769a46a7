package dev.parallax.bench;

import dev.parallax.Pipeline;
import dev.parallax.model.Report;
import dev.parallax.quote.QuoteStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark (not a test): what finding attributions (reported speech, and the quotations listed as
 * attributions) costs next to a warm compare of the same story, in one process. The attribution
 * cost is the quote stage with attributions minus the quote stage without them, each the median of
 * 20 rounds of 100 runs on the annotated story (rounds alternate between the two, after 200 warm-up
 * runs of each). Run with bench/attributions.sh.
 */
public final class AttributionBench {
  private AttributionBench() {}

  public static void main(String[] args) {
    Pipeline.Options options =
        new Pipeline.Options(
            Optional.of(LocalDate.parse(System.getProperty("published", "2026-02-06"))),
            Optional.empty(),
            Map.of(),
            1);
    Report report = Pipeline.compare(List.of(args), options, Pipeline.Progress.NONE);
    int wholeRuns = 3;
    long t0 = System.nanoTime();
    for (int i = 0; i < wholeRuns; i++) {
      Pipeline.compare(List.of(args), options, Pipeline.Progress.NONE);
    }
    double whole = (System.nanoTime() - t0) / 1e6 / wholeRuns;
    QuoteStage with = QuoteStage.create();
    QuoteStage without = QuoteStage.quotesOnly();
    for (int i = 0; i < 200; i++) {
      with.run(report.articles(), report.entities());
      without.run(report.articles(), report.entities());
    }
    // rounds alternate between the two so that load on a shared machine falls on both alike
    int rounds = 20;
    int n = 100;
    double[] quotesOnly = new double[rounds];
    double[] withAttributions = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        without.run(report.articles(), report.entities());
      }
      quotesOnly[r] = (System.nanoTime() - t0) / 1e6 / n;
      t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        with.run(report.articles(), report.entities());
      }
      withAttributions[r] = (System.nanoTime() - t0) / 1e6 / n;
    }
    java.util.Arrays.sort(quotesOnly);
    java.util.Arrays.sort(withAttributions);
    double quotes = quotesOnly[rounds / 2];
    double all = withAttributions[rounds / 2];
    int sentences = report.articles().stream().mapToInt(a -> a.sentences().size()).sum();
    long indirect = report.attributions().stream().filter(a -> a.quotes().isEmpty()).count();
    System.out.printf(
        "story: %d articles, %d sentences, %d quotations, %d attributions (%d without quoted words)%n",
        report.articles().size(),
        sentences,
        report.quotes().size(),
        report.attributions().size(),
        indirect);
    System.out.printf("warm whole compare %.0f ms (1 annotation thread)%n", whole);
    System.out.printf(
        "quote stage without attributions %.3f ms, with %.3f ms per story (medians of %d rounds of %d)%n",
        quotes, all, rounds, n);
    System.out.printf(
        "attributions %.3f ms per story: %.2f%% of the warm compare; whole quote stage %.2f%%%n",
        all - quotes, 100 * (all - quotes) / whole, 100 * all / whole);
  }
}

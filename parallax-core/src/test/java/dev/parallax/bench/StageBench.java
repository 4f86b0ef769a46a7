package dev.parallax.bench;

import dev.parallax.Pipeline;
import dev.parallax.framing.FramingAnalyzer;
import dev.parallax.framing.WordTagger;
import dev.parallax.model.Report;
import dev.parallax.timeline.TimelineBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark (not a test): the cost of the stages that run after annotation (timeline, framing) next
 * to a warm annotation run of the same story, in one process. Run with bench/stages.sh.
 */
public final class StageBench {
  private StageBench() {}

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
      // a story is tagged once in a compare: the tagger's memory of the last run would hide it
      WordTagger.shared().forgetRecent();
      Pipeline.compare(List.of(args), options, Pipeline.Progress.NONE);
    }
    double whole = (System.nanoTime() - t0) / 1e6 / runs;
    int n = 2000;
    FramingAnalyzer framing = FramingAnalyzer.shared();
    // framing embeds each sentence for the loaded-sentence model: fewer runs measure it as well
    int m = 100;
    for (int i = 0; i < 200; i++) {
      TimelineBuilder.build(report.articles());
    }
    for (int i = 0; i < 10; i++) {
      framing.analyse(report.articles());
    }
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      TimelineBuilder.build(report.articles());
    }
    double timeline = (System.nanoTime() - t0) / 1e6 / n;
    t0 = System.nanoTime();
    for (int i = 0; i < m; i++) {
      framing.analyse(report.articles());
    }
    double fr = (System.nanoTime() - t0) / 1e6 / m;
    // as in a compare: the sentences embedded by the aligner before, but not tagged
    long untagged = 0;
    for (int i = 0; i < m; i++) {
      WordTagger.shared().forgetRecent();
      long t1 = System.nanoTime();
      framing.analyse(report.articles());
      untagged += System.nanoTime() - t1;
    }
    double frUntagged = untagged / 1e6 / m;
    // the same with nothing embedded before: the aligner's vectors of whole sentences not reused
    dev.parallax.align.SentenceEmbedder embedder = dev.parallax.align.SentenceEmbedder.shared();
    long cold = 0;
    for (int i = 0; i < m; i++) {
      embedder.forgetRecent();
      WordTagger.shared().forgetRecent();
      long t1 = System.nanoTime();
      framing.analyse(report.articles());
      cold += System.nanoTime() - t1;
    }
    double frCold = cold / 1e6 / m;
    int sentences = report.articles().stream().mapToInt(a -> a.sentences().size()).sum();
    System.out.printf(
        "story: %d articles, %d sentences; warm whole pipeline %.0f ms (1 thread)%n",
        report.articles().size(), sentences, whole);
    System.out.printf(
        "timeline stage %.3f ms per story (%.2f%% of the pipeline), %d entries%n",
        timeline, 100 * timeline / whole, report.timeline().size());
    System.out.printf(
        "framing stage  %.3f ms per story (%.2f%% of the pipeline), its sentences embedded and tagged before%n",
        fr, 100 * fr / whole);
    System.out.printf(
        "framing stage  %.3f ms per story (%.2f%% of the pipeline), its sentences embedded before, not tagged (as in a compare)%n",
        frUntagged, 100 * frUntagged / whole);
    System.out.printf(
        "framing stage  %.3f ms per story (%.2f%% of the pipeline), nothing embedded or tagged before%n",
        frCold, 100 * frCold / whole);
  }
}

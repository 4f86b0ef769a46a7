package dev.parallax.bench;

import dev.parallax.Pipeline;
import dev.parallax.model.Article;
import dev.parallax.model.Report;
import dev.parallax.nlp.Annotator;
import dev.parallax.nlp.TimeFixer;
import dev.parallax.timeline.TimelineBuilder;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Benchmark (not a test): what date resolution costs next to a warm compare of the same story, in
 * one process. Parallax's part (the time fixer over every sentence of every article, and the
 * timeline with its conflict grouping) is timed alone; SUTime's part inside annotation is the
 * difference between the annotation pipeline with and without it. The compare runs on all cores, as
 * {@code parallax compare} does; the parts on one thread. Run with bench/date-resolution.sh.
 */
public final class DateResolutionBench {
  private DateResolutionBench() {}

  public static void main(String[] args) {
    Optional<LocalDate> published =
        Optional.of(LocalDate.parse(System.getProperty("published", "2026-02-06")));
    int threads = Runtime.getRuntime().availableProcessors();
    Pipeline.Options options = new Pipeline.Options(published, Optional.empty(), Map.of(), threads);
    Report report = Pipeline.compare(List.of(args), options, Pipeline.Progress.NONE);
    int runs = 5;
    double compare = Double.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      Pipeline.compare(List.of(args), options, Pipeline.Progress.NONE);
      compare = Math.min(compare, (System.nanoTime() - t0) / 1e6);
    }
    List<Article> articles = report.articles();
    int n = 500;
    for (int i = 0; i < 100; i++) {
      fix(articles);
      TimelineBuilder.build(articles, report.facts());
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      fix(articles);
    }
    double fixer = (System.nanoTime() - t0) / 1e6 / n;
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      TimelineBuilder.build(articles, report.facts());
    }
    double timeline = (System.nanoTime() - t0) / 1e6 / n;
    double[] annotation = annotate(articles);
    double withSutime = annotation[0];
    double withoutSutime = annotation[1];
    int sentences = articles.stream().mapToInt(a -> a.sentences().size()).sum();
    long times =
        articles.stream()
            .flatMap(a -> a.sentences().stream())
            .mapToLong(s -> s.times().size())
            .sum();
    System.out.printf(
        "story: %d articles, %d sentences, %d time expressions%n",
        articles.size(), sentences, times);
    System.out.printf("warm compare, %d threads, best of %d: %.0f ms%n", threads, runs, compare);
    System.out.printf(
        "time fixer, all articles, 1 thread: %.3f ms (%.2f%% of the compare)%n",
        fixer, 100 * fixer / compare);
    System.out.printf(
        "timeline with conflicts, 1 thread:   %.3f ms (%.2f%% of the compare)%n",
        timeline, 100 * timeline / compare);
    System.out.printf(
        "Parallax's date resolution:          %.3f ms (%.2f%% of the compare)%n",
        fixer + timeline, 100 * (fixer + timeline) / compare);
    System.out.printf(
        "annotation, 1 thread, best of 5: with SUTime %.0f ms, without %.0f ms: SUTime %.0f ms"
            + " (%.1f%% of annotation)%n",
        withSutime,
        withoutSutime,
        withSutime - withoutSutime,
        100 * (withSutime - withoutSutime) / withSutime);
  }

  private static void fix(List<Article> articles) {
    for (Article a : articles) {
      TimeFixer.fix(a.sentences(), a.text(), a.published());
    }
  }

  /**
   * Best warm run of the annotation pipeline over the articles' texts with SUTime and without it,
   * ms; rounds alternate between the two so that load on the machine falls on both alike.
   */
  private static double[] annotate(List<Article> articles) {
    StanfordCoreNLP[] pipelines = new StanfordCoreNLP[2];
    for (int k = 0; k < 2; k++) {
      Properties p = Annotator.properties();
      p.setProperty("ner.useSUTime", String.valueOf(k == 0));
      pipelines[k] = new StanfordCoreNLP(p);
    }
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
    for (int round = 0; round < 6; round++) {
      for (int k = 0; k < 2; k++) {
        long t0 = System.nanoTime();
        for (Article a : articles) {
          Annotation ann = new Annotation(a.text());
          a.published()
              .ifPresent(d -> ann.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
          pipelines[k].annotate(ann);
        }
        if (round > 0) {
          best[k] = Math.min(best[k], (System.nanoTime() - t0) / 1e6);
        }
      }
    }
    return best;
  }
}

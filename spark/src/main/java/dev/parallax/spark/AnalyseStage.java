package dev.parallax.spark;

import dev.parallax.Pipeline;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import dev.parallax.report.ReportJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Stage 3: the full report ({@code parallax.report/1}) of every story with at least the given
 * number of independent outlets, over its independent articles in filing order, copies named in
 * {@code copy} diagnostics: what {@code parallax story} gives for the same story. Stage 2 carried
 * each article's signature only; the texts of a story's articles join back here, by key, in the
 * task that analyses it. Each report is written to {@code reports/ID.json} by the task that made
 * it. CoreNLP and the sentence model are the pipeline's process-wide instances, so each executor
 * JVM loads them once, whatever number of stories and tasks it runs; each task annotates with one
 * thread, as Spark gives it one core.
 */
final class AnalyseStage {
  private AnalyseStage() {}

  /** One story's analysis: whether its report was written, and the problems it met. */
  record Analysed(String storyId, boolean written, List<Diag> diagnostics)
      implements Serializable {}

  /**
   * Analyses the stories, each with the texts of its independent articles joined back from {@code
   * read} (the articles as read, by {@link ArticleRow#key}): stage 2 carried their signatures only.
   */
  static JavaRDD<Analysed> run(
      JavaRDD<GroupStage.StoryOut> stories,
      JavaPairRDD<String, ArticleRow> read,
      int minOutlets,
      String reportsDir,
      HadoopConf conf) {
    JavaPairRDD<String, GroupStage.StoryOut> chosen =
        stories.filter(s -> s.outlets() >= minOutlets).mapToPair(s -> new Tuple2<>(s.id(), s));
    JavaPairRDD<String, ArticleRow> texts =
        chosen
            .flatMapToPair(
                s -> {
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  for (GroupStage.Placed p : s._2().articles()) {
                    if (p.copyOf().isEmpty()) {
                      out.add(new Tuple2<>(p.article().key(), s._1()));
                    }
                  }
                  return out.iterator();
                })
            .join(read)
            .mapToPair(t -> t._2());
    return chosen
        .cogroup(texts)
        .mapPartitions(
            it -> {
              Path dir = new Path(reportsDir);
              FileSystem fs = dir.getFileSystem(conf.get());
              List<Analysed> out = new ArrayList<>();
              while (it.hasNext()) {
                Tuple2<Iterable<GroupStage.StoryOut>, Iterable<ArticleRow>> s = it.next()._2();
                out.add(analyse(s._1().iterator().next(), s._2(), fs, dir));
              }
              return out.iterator();
            });
  }

  private static Analysed analyse(
      GroupStage.StoryOut story, Iterable<ArticleRow> texts, FileSystem fs, Path dir) {
    List<Diag> diagnostics = new ArrayList<>();
    try {
      Report report =
          Pipeline.analyse(inputs(story, texts), notes(story), OPTIONS, Pipeline.Progress.NONE);
      for (Diagnostic d : report.diagnostics()) {
        if (d.code().equals("analysis-failed")) {
          diagnostics.add(Diag.of("analyse", d));
        }
      }
      try (OutputStream out = fs.create(new Path(dir, story.id() + ".json"), true)) {
        out.write(ReportJson.write(report).getBytes(StandardCharsets.UTF_8));
      }
      return new Analysed(story.id(), true, diagnostics);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String why =
          e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      diagnostics.add(
          new Diag(
              "analyse",
              "analysis-failed",
              story.id(),
              "the story's report failed ("
                  + e.getClass().getSimpleName()
                  + why
                  + "); no report written"));
      return new Analysed(story.id(), false, diagnostics);
    }
  }

  private static final Pipeline.Options OPTIONS =
      new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1);

  /**
   * The story's independent articles as read, in filing order, from their rows in {@code texts}.
   */
  static List<SourceText> inputs(GroupStage.StoryOut story, Iterable<ArticleRow> texts) {
    Map<String, ArticleRow> byKey = new HashMap<>();
    texts.forEach(r -> byKey.put(r.key(), r));
    List<SourceText> out = new ArrayList<>();
    for (GroupStage.Placed p : story.articles()) {
      if (p.copyOf().isEmpty()) {
        ArticleRow r = byKey.get(p.article().key());
        if (r == null) {
          throw new IllegalStateException(
              p.article().source() + ": no text joined back to the story's article");
        }
        out.add(r.input());
      }
    }
    return out;
  }

  /** One {@code copy} diagnostic per copy left out, worded as a store words it. */
  static List<Diagnostic> notes(GroupStage.StoryOut story) {
    Map<String, SignedRow> byId = new HashMap<>();
    story.articles().forEach(p -> byId.put(p.article().id(), p.article()));
    List<Diagnostic> out = new ArrayList<>();
    for (GroupStage.Placed p : story.articles()) {
      if (!p.copyOf().isEmpty()) {
        SignedRow original = byId.get(p.copyOf());
        String of =
            original == null
                ? p.copyOf()
                : original.source() + original.outletName().map(o -> " (" + o + ")").orElse("");
        out.add(
            new Diagnostic(
                "copy",
                p.article().source(),
                "same text as "
                    + of
                    + "; left out of the comparison as not an independent source"));
      }
    }
    return out;
  }
}

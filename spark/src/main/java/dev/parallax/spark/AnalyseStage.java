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
import org.apache.spark.api.java.JavaRDD;

/**
 * Stage 3: the full report ({@code parallax.report/1}) of every story with at least the given number
 * of independent outlets, over its independent articles in filing order, copies named in {@code copy}
 * diagnostics: what {@code parallax story} gives for the same story. Each report is written to {@code
 * reports/ID.json} by the task that made it. CoreNLP and the sentence model are the pipeline's
 * process-wide instances, so each executor JVM loads them once, whatever number of stories and tasks
 * it runs; each task annotates with one thread, as Spark gives it one core.
 */
final class AnalyseStage {
  private AnalyseStage() {}

  /** One story's analysis: whether its report was written, and the problems it met. */
  record Analysed(String storyId, boolean written, List<Diag> diagnostics) implements Serializable {}

  static JavaRDD<Analysed> run(JavaRDD<GroupStage.StoryOut> stories, int minOutlets, String reportsDir, HadoopConf conf) {
    return stories
        .filter(s -> s.outlets() >= minOutlets)
        .mapPartitions(it -> {
          Path dir = new Path(reportsDir);
          FileSystem fs = dir.getFileSystem(conf.get());
          List<Analysed> out = new ArrayList<>();
          while (it.hasNext()) {
            out.add(analyse(it.next(), fs, dir));
          }
          return out.iterator();
        });
  }

  private static Analysed analyse(GroupStage.StoryOut story, FileSystem fs, Path dir) {
    List<Diag> diagnostics = new ArrayList<>();
    try {
      Report report = Pipeline.analyse(inputs(story), notes(story), OPTIONS, Pipeline.Progress.NONE);
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
      String why = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      diagnostics.add(new Diag("analyse", "analysis-failed", story.id(),
          "the story's report failed (" + e.getClass().getSimpleName() + why + "); no report written"));
      return new Analysed(story.id(), false, diagnostics);
    }
  }

  private static final Pipeline.Options OPTIONS =
      new Pipeline.Options(Optional.empty(), Optional.empty(), Map.of(), 1);

  /** The story's independent articles as read, in filing order. */
  static List<SourceText> inputs(GroupStage.StoryOut story) {
    List<SourceText> out = new ArrayList<>();
    for (GroupStage.Placed p : story.articles()) {
      if (p.copyOf().isEmpty()) {
        out.add(p.article().input());
      }
    }
    return out;
  }

  /** One {@code copy} diagnostic per copy left out, worded as a store words it. */
  static List<Diagnostic> notes(GroupStage.StoryOut story) {
    Map<String, ArticleRow> byId = new HashMap<>();
    story.articles().forEach(p -> byId.put(p.article().id(), p.article()));
    List<Diagnostic> out = new ArrayList<>();
    for (GroupStage.Placed p : story.articles()) {
      if (!p.copyOf().isEmpty()) {
        ArticleRow original = byId.get(p.copyOf());
        String of = original == null ? p.copyOf()
            : original.source() + original.outletName().map(o -> " (" + o + ")").orElse("");
        out.add(new Diagnostic("copy", p.article().source(),
            "same text as " + of + "; left out of the comparison as not an independent source"));
      }
    }
    return out;
  }
}

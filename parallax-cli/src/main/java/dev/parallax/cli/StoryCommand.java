package dev.parallax.cli;

import dev.parallax.model.Report;
import dev.parallax.report.Format;
import dev.parallax.store.Store;
import dev.parallax.store.StorySummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax story}: the full report of one stored story, computed once and then cached. */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the full report of one story of the store (see 'parallax stories' for ids).",
      "The report is computed on first request over the story's independent articles, cached in",
      "the store and recomputed when the story has gained articles since."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:report written",
      "1:internal error",
      "2:bad usage",
      "3:no story with this id",
      "4:output could not be written",
      "5:the store could not be opened"
    })
final class StoryCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The story id, e.g. S3.")
  String id;

  @CommandLine.Mixin StoreOption store = new StoreOption();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), json, md or html.")
  String format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write the report here, not to stdout.")
  Path out;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress messages.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on internal errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Format fmt;
    try {
      fmt = Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    // writable when free, so the computed report is cached; read-only while an ingest runs
    Optional<Store> opened = store.openPreferWritable(err);
    if (opened.isEmpty()) {
      return Main.STORE;
    }
    String rendered;
    try (Store s = opened.get()) {
      Optional<StorySummary> story = s.story(id);
      if (story.isEmpty()) {
        err.println(
            "parallax: no story '"
                + id
                + "' in "
                + store.directory()
                + " (see 'parallax stories')");
        return Main.NO_ARTICLES;
      }
      if (!quiet) {
        err.println(
            "parallax: report of "
                + id
                + " ("
                + story.get().articles()
                + " articles); analysing if not cached...");
        err.flush();
      }
      Report report = s.report(id).orElseThrow();
      rendered = fmt.render(report);
    }
    return ReportOutput.write(spec, out, rendered, err, !quiet);
  }
}

package dev.parallax.cli;

import dev.parallax.model.Report;
import dev.parallax.report.Format;
import dev.parallax.store.Store;
import dev.parallax.store.StoryExplanation;
import dev.parallax.store.StoryExplanationJson;
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

/**
 * {@code parallax story}: the full report of one stored story, computed once and then cached; with
 * {@code --explain}, why each of its articles is in it; {@code merge} and {@code move} correct the
 * grouping, {@code date} an article's date.
 */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    subcommands = {StoryMergeCommand.class, StoryMoveCommand.class, StoryDateCommand.class},
    description = {
      "Writes the full report of one story of the store (see 'parallax stories' for ids).",
      "The report is computed on first request over the story's independent articles, cached in",
      "the store and recomputed when the story has gained articles since. With --explain, says",
      "instead why each article is in the story. 'story merge S1 S2' and 'story move ARTICLE",
      "S3|--new' correct the grouping; 'story date ARTICLE YYYY-MM-DD' an article's date."
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

  // optional to picocli so that the subcommands parse; required below
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ID",
      description = "The story id, e.g. S3.")
  String id;

  @Option(
      names = "--explain",
      description =
          "Say why each article is in the story (score and its parts, the runner-up story, moves"
              + " and merges) instead of writing the report; --format text or json.")
  boolean explain;

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
    if (id == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing required parameter: 'ID'");
    }
    if (explain) {
      return explain(err);
    }
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

  private int explain(PrintWriter err) throws IOException {
    Args.textOrJson(spec.commandLine(), format);
    Optional<Store> opened = store.openReadOnly(err);
    if (opened.isEmpty()) {
      return Main.STORE;
    }
    Optional<StoryExplanation> e;
    try (Store s = opened.get()) {
      e = s.explain(id);
    }
    if (e.isEmpty()) {
      err.println(
          "parallax: no story '" + id + "' in " + store.directory() + " (see 'parallax stories')");
      return Main.NO_ARTICLES;
    }
    String rendered =
        format.equals("json") ? StoryExplanationJson.write(e.get()) + "\n" : text(e.get());
    return ReportOutput.write(spec, out, rendered, err, !quiet);
  }

  /** An explanation as text: each article, then each of its steps in one sentence. */
  static String text(StoryExplanation e) {
    StringBuilder b = new StringBuilder();
    b.append("Story ").append(e.storyId()).append(": why each article is in it\n");
    for (StoryExplanation.ArticleExplanation a : e.articles()) {
      b.append('\n')
          .append(a.id())
          .append("  ")
          .append(a.outlet().orElse("(no outlet)"))
          .append("  ")
          .append(a.source())
          .append('\n')
          .append("  ")
          .append(a.title())
          .append('\n');
      for (StoryExplanation.Step s : a.steps()) {
        b.append("  - ").append(s.describe(a.id())).append('\n');
      }
    }
    if (!e.corrections().isEmpty()) {
      b.append("\nCorrections:\n");
      e.corrections().forEach(c -> b.append("  - ").append(c.describe()).append('\n'));
    }
    return b.toString();
  }
}

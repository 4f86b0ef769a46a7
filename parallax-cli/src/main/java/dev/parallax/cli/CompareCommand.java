package dev.parallax.cli;

import dev.parallax.Pipeline;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.report.Format;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax compare}: analyses its inputs as one story and writes the report. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses articles about one story and reports who and what they mention.",
      "Inputs are .txt, .html, .htm, .html.gz, .jsonl, RSS/Atom or WARC files, folders of them,",
      "or http(s) URLs."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:report written (diagnostics, if any, on stderr)",
      "1:internal error",
      "2:bad usage",
      "3:no input could be read as an article",
      "4:output could not be written"
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--published",
      paramLabel = "DATE|INPUT=DATE",
      description =
          "Publication date of the articles (YYYY-MM-DD), to resolve 'on Friday'; overrides the date"
              + " an HTML page or JSON Lines record states. INPUT=DATE sets one input's.")
  List<String> published = new ArrayList<>();

  @Option(
      names = "--outlet",
      paramLabel = "NAME|INPUT=NAME",
      description = "Outlet of inputs whose text does not name one; INPUT=NAME sets one input's.")
  List<String> outlets = new ArrayList<>();

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
      names = "--threads",
      paramLabel = "N",
      description = "Annotation threads (default: all cores).")
  Integer threads;

  @Option(
      names = "--brief-sentences",
      paramLabel = "N",
      description =
          "Sentences in the neutral brief (default: every fact all articles report, then the most central others up to about 55 words, more for longer articles).")
  Integer briefSentences;

  @CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress messages.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on internal errors.")
  boolean verbose;

  static boolean verboseRequested(String[] args) {
    return List.of(args).contains("--verbose");
  }

  /**
   * The input an {@code INPUT=VALUE} option names, or empty for a value for all inputs; a name
   * before '=' that is not one of the inputs is a usage error, not a value for all.
   */
  private Optional<String> input(String option, String given) {
    int eq = given.lastIndexOf('=');
    if (eq <= 0) {
      return Optional.empty();
    }
    String input = given.substring(0, eq);
    if (!inputs.contains(input)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + ": '" + input + "' is not one of the inputs given");
    }
    return Optional.of(input);
  }

  /** A value given twice for the same inputs is a usage error: one of them would be lost. */
  private void once(String option, String input, Object earlier) {
    if (earlier != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          option
              + ": given twice for "
              + (input == null ? "all inputs" : "'" + input + "'")
              + "; give each input one value");
    }
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    Format fmt;
    try {
      fmt = Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    Optional<LocalDate> date = Optional.empty();
    Map<String, LocalDate> datesBySource = new HashMap<>();
    for (String p : published) {
      Optional<String> input = input("--published", p);
      String value = input.map(i -> p.substring(i.length() + 1)).orElse(p);
      LocalDate d = ReadingOptions.date(spec.commandLine(), value).orElseThrow();
      if (input.isPresent()) {
        once("--published", input.get(), datesBySource.put(input.get(), d));
      } else {
        once("--published", null, date.orElse(null));
        date = Optional.of(d);
      }
    }
    Optional<String> defaultOutlet = Optional.empty();
    Map<String, String> bySource = new HashMap<>();
    for (String o : outlets) {
      Optional<String> input = input("--outlet", o);
      String value = input.map(i -> o.substring(i.length() + 1)).orElse(o).strip();
      if (value.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--outlet: no outlet name in '" + o + "'");
      }
      if (input.isPresent()) {
        once("--outlet", input.get(), bySource.put(input.get(), value));
      } else {
        once("--outlet", null, defaultOutlet.orElse(null));
        defaultOutlet = Optional.of(value);
      }
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Args.atLeast(spec.commandLine(), "--threads", n, 1);
    int brief = briefSentences == null ? Pipeline.Options.AUTO_BRIEF : briefSentences;
    if (brief < 1 && briefSentences != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--brief-sentences: must be at least 1, was " + brief);
    }
    Pipeline.Options options =
        new Pipeline.Options(date, defaultOutlet, bySource, n, brief)
            .withPublishedBySource(datesBySource);
    boolean progress = !quiet;
    if (progress) {
      err.println(
          "parallax: loading language models and reading " + inputs.size() + " input(s)...");
      err.flush();
    }
    long t0 = System.nanoTime();
    Report report =
        Pipeline.compare(
            inputs,
            reading.options(),
            options,
            progress
                ? (done, total) -> {
                  synchronized (err) {
                    err.printf("parallax: annotated %d/%d articles%n", done, total);
                    err.flush();
                  }
                }
                : Pipeline.Progress.NONE);
    for (Diagnostic d : report.diagnostics()) {
      err.println("parallax: " + d.line());
    }
    if (report.articles().isEmpty()) {
      err.println("parallax: no input could be read as an article; nothing to report");
      return Main.NO_ARTICLES;
    }
    String rendered = fmt.render(report);
    int written = ReportOutput.write(spec, out, rendered, err, progress);
    if (written != Main.OK) {
      return written;
    }
    if (progress) {
      err.printf(
          "parallax: %d articles in %.1f s%n",
          report.articles().size(), (System.nanoTime() - t0) / 1e9);
    }
    return Main.OK;
  }
}

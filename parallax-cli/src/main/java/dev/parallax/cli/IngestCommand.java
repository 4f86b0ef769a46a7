package dev.parallax.cli;

import dev.parallax.Pipeline;
import dev.parallax.ingest.Inputs;
import dev.parallax.ingest.ReadResult;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLockedException;
import dev.parallax.store.StoredArticleJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax ingest}: files articles into the store's stories. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Files articles into the store, grouping them into stories as they arrive.",
      "Articles already stored are skipped; the same text under another outlet is kept as a copy."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:articles ingested (diagnostics, if any, on stderr)",
      "1:internal error",
      "2:bad usage",
      "3:no input could be read as an article",
      "5:the store could not be opened or written"
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description = "Article files, folders, URLs, feeds, WARC or JSON Lines files.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--from-spark",
      paramLabel = "DIR",
      description =
          "Ingest the articles of a parallax-spark job's output folder, in the job's order, instead of INPUTs.")
  Path fromSpark;

  @CommandLine.Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date of inputs that carry none (default: today).")
  String published;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Outlet of inputs whose text and metadata name none.")
  String outlet;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "128",
      description = "Articles per commit (default: 128).")
  int batch;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on stderr (default: only on a terminal).")
  Boolean progress;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "How long to wait for another process writing the store (a 'story' caching its report, another ingest) before giving up (default: 30).")
  int waitSeconds;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress and no summary line.")
  boolean quiet;

  @CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Option(names = "--verbose", description = "Stack traces on internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Optional<LocalDate> date = StoreOption.date(spec.commandLine(), "--published", published);
    Args.atLeast(spec.commandLine(), "--batch", batch, 1);
    if (fromSpark != null && !inputs.isEmpty() || fromSpark == null && inputs.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give INPUTs or --from-spark DIR (one of the two)");
    }
    ReadResult read =
        fromSpark != null ? sparkOutput(fromSpark) : Inputs.read(inputs, reading.options());
    for (Diagnostic d : read.diagnostics()) {
      err.println("parallax: " + d.line());
    }
    if (read.texts().isEmpty()) {
      err.println("parallax: no input could be read as an article; nothing to ingest");
      return Main.NO_ARTICLES;
    }
    IngestOptions options =
        new IngestOptions(
            date, Optional.ofNullable(outlet).map(String::strip).filter(s -> !s.isEmpty()), batch);
    boolean bar = !quiet && (progress != null ? progress : StoreOption.stderrTerminal());
    ProgressBar progressBar = new ProgressBar(err, StoreOption.stderrTerminal());
    long t0 = System.nanoTime();
    IngestResult result;
    long stories;
    if (waitSeconds < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--wait: must be at least 0, was " + waitSeconds);
    }
    try (Store s = openWaiting(err)) {
      result = s.ingest(read.texts(), options, bar ? progressBar : IngestProgress.NONE);
      stories = s.counts().stories();
    } catch (StoreException e) {
      progressBar.finish();
      err.println("parallax: " + e.getMessage());
      return Main.STORE;
    } catch (java.io.IOException e) {
      err.println("parallax: " + store.directory() + ": cannot close the store: " + e.getMessage());
      return Main.STORE;
    }
    progressBar.finish();
    for (Diagnostic d : result.diagnostics()) {
      err.println("parallax: " + d.line());
    }
    if (!quiet) {
      double s = (System.nanoTime() - t0) / 1e9;
      out.printf(
          "%s: %d added, %s, %s, %d skipped; the store holds %s (%s); %.1f s%n",
          plural(result.filed().size(), "text", "texts"),
          result.count(IngestResult.Outcome.ADDED),
          plural(result.count(IngestResult.Outcome.COPY), "copy", "copies"),
          plural(result.count(IngestResult.Outcome.DUPLICATE), "duplicate", "duplicates"),
          result.count(IngestResult.Outcome.SKIPPED),
          plural(stories, "story", "stories"),
          store.directory(),
          s);
    }
    out.flush();
    return Main.OK;
  }

  /**
   * The articles a parallax-spark job wrote ({@code DIR/articles}, one {@link StoredArticleJson}
   * line each, in the job's filing order), as read with their outlets and dates settled by the job.
   * The store files them by its own rules (duplicates, copies, the grouper), in that order: the
   * order the job grouped them in.
   */
  private static ReadResult sparkOutput(Path dir) {
    Path articles = dir.resolve("articles");
    if (!Files.isRegularFile(dir.resolve("_SUCCESS")) || !Files.isDirectory(articles)) {
      return one(
          new Diagnostic(
              "missing",
              dir.toString(),
              "not the output of a finished parallax-spark job (no _SUCCESS or no articles/)"));
    }
    List<SourceText> texts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Path> parts;
    try (Stream<Path> s = Files.list(articles)) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    } catch (IOException e) {
      return one(
          new Diagnostic("unreadable", articles.toString(), "cannot list: " + e.getMessage()));
    }
    for (Path part : parts) {
      List<String> lines;
      try {
        lines = Files.readAllLines(part, StandardCharsets.UTF_8);
      } catch (IOException e) {
        diagnostics.add(
            new Diagnostic("unreadable", part.toString(), "cannot read: " + e.getMessage()));
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        try {
          texts.add(StoredArticleJson.read(lines.get(i)).input());
        } catch (IllegalArgumentException e) {
          diagnostics.add(new Diagnostic("bad-record", part + ":" + (i + 1), e.getMessage()));
        }
      }
    }
    return new ReadResult(texts, diagnostics);
  }

  private static ReadResult one(Diagnostic problem) {
    return new ReadResult(List.of(), List.of(problem));
  }

  /** Opens the store for writing, waiting up to --wait seconds for another writer to finish. */
  private Store openWaiting(PrintWriter err) {
    long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
    boolean told = false;
    while (true) {
      try {
        return Store.open(store.directory(), Pipeline::analyse);
      } catch (StoreLockedException e) {
        if (System.nanoTime() >= deadline) {
          throw e;
        }
        if (!told && !quiet) {
          err.println(
              "parallax: "
                  + store.directory()
                  + " is being written by another process; waiting up to "
                  + waitSeconds
                  + " s");
          err.flush();
          told = true;
        }
        try {
          Thread.sleep(250);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * Progress on stderr after each committed batch: one line redrawn on a terminal, one line per
   * batch elsewhere (when asked for with --progress).
   */
  static final class ProgressBar implements IngestProgress {
    private final PrintWriter err;
    private final boolean redraw;
    private final long start = System.nanoTime();
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean redraw) {
      this.err = err;
      this.redraw = redraw;
    }

    @Override
    public void committed(int done, int total, long stories) {
      double s = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
      double rate = done / s;
      long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      int width = 24;
      int filled = total == 0 ? width : (int) ((long) done * width / total);
      String line =
          String.format(
              "[%s%s] %d/%d articles  %.1f/s  %s  ETA %s",
              "#".repeat(filled),
              ".".repeat(width - filled),
              done,
              total,
              rate,
              plural(stories, "story", "stories"),
              duration(eta));
      if (redraw) {
        err.print("\r" + line + "\u001b[K");
        drawn = true;
      } else {
        err.println("parallax: " + line);
      }
      err.flush();
    }

    void finish() {
      if (drawn) {
        err.println();
        err.flush();
        drawn = false;
      }
    }

    static String duration(long seconds) {
      return seconds >= 3600
          ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
          : seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
  }
}

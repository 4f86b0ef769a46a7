package dev.parallax.cli;

import dev.parallax.Pipeline;
import dev.parallax.ingest.Inputs;
import dev.parallax.ingest.ReadSink;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestBatches;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLockedException;
import dev.parallax.store.StoredArticleJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
      description =
          "Publication date of inputs that carry none and print none; without it such an input is filed on the day of ingest but stays undated.")
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
      description = "Articles per commit, and at most what ingest holds at once (default: 128).")
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
    if (waitSeconds < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--wait: must be at least 0, was " + waitSeconds);
    }
    IngestOptions options =
        new IngestOptions(
            date, Optional.ofNullable(outlet).map(String::strip).filter(s -> !s.isEmpty()), batch);
    boolean bar = !quiet && (progress != null ? progress : StoreOption.stderrTerminal());
    ProgressBar progressBar =
        new ProgressBar(
            err,
            StoreOption.stderrTerminal(),
            fromSpark != null ? OptionalLong.empty() : Inputs.size(inputs));
    long t0 = System.nanoTime();
    IngestBatches filing =
        new IngestBatches(
            () -> openWaiting(err),
            options,
            (r, totals) -> {
              progressBar.clear();
              for (Diagnostic d : r.diagnostics()) {
                err.println("parallax: " + d.line());
              }
              if (bar) {
                progressBar.draw(totals);
              }
            });
    ReadSink sink =
        new ReadSink() {
          @Override
          public void article(SourceText text) {
            filing.add(text);
          }

          @Override
          public void problem(Diagnostic problem) {
            progressBar.clear();
            err.println("parallax: " + problem.line());
          }

          @Override
          public void consumed(long bytes) {
            progressBar.consumed(bytes);
          }
        };
    try {
      if (fromSpark != null) {
        sparkOutput(fromSpark, sink);
      } else {
        Inputs.stream(inputs, reading.options(), sink);
      }
      filing.finish();
    } catch (StoreException e) {
      progressBar.finish();
      err.println("parallax: " + e.getMessage());
      closeQuietly(filing);
      return Main.STORE;
    }
    progressBar.finish();
    IngestBatches.Totals totals = filing.totals();
    if (filing.store().isEmpty()) {
      err.println("parallax: no input could be read as an article; nothing to ingest");
      return Main.NO_ARTICLES;
    }
    try {
      filing.store().get().close();
    } catch (IOException e) {
      err.println("parallax: " + store.directory() + ": cannot close the store: " + e.getMessage());
      return Main.STORE;
    }
    if (!quiet) {
      double s = (System.nanoTime() - t0) / 1e9;
      out.printf(
          "%s: %d added%s, %s, %s, %d skipped; the store holds %s (%s); %.1f s%n",
          plural(totals.texts(), "text", "texts"),
          totals.added(),
          totals.undated() == 0
              ? ""
              : " (" + totals.undated() + " undated: give --published to date them)",
          plural(totals.copies(), "copy", "copies"),
          plural(totals.duplicates(), "duplicate", "duplicates"),
          totals.skipped(),
          plural(totals.stories(), "story", "stories"),
          store.directory(),
          s);
    }
    out.flush();
    return Main.OK;
  }

  private static void closeQuietly(IngestBatches filing) {
    try {
      if (filing.store().isPresent()) {
        filing.store().get().close();
      }
    } catch (IOException | RuntimeException ignored) {
      // already failing; the first error is the one reported
    }
  }

  /**
   * The articles a parallax-spark job wrote ({@code DIR/articles}, one {@link StoredArticleJson}
   * line each, in the job's filing order), as read with their outlets and dates settled by the job,
   * handed to {@code sink} line by line. The store files them by its own rules (duplicates, copies,
   * the grouper), in that order: the order the job grouped them in.
   */
  private static void sparkOutput(Path dir, ReadSink sink) {
    Path articles = dir.resolve("articles");
    if (!Files.isRegularFile(dir.resolve("_SUCCESS")) || !Files.isDirectory(articles)) {
      sink.problem(
          new Diagnostic(
              "missing",
              dir.toString(),
              "not the output of a finished parallax-spark job (no _SUCCESS or no articles/)"));
      return;
    }
    List<Path> parts;
    try (Stream<Path> s = Files.list(articles)) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    } catch (IOException e) {
      sink.problem(
          new Diagnostic("unreadable", articles.toString(), "cannot list: " + e.getMessage()));
      return;
    }
    for (Path part : parts) {
      try (BufferedReader lines = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
        int n = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          SourceText text;
          try {
            text = StoredArticleJson.read(line).input();
          } catch (IllegalArgumentException e) {
            sink.problem(new Diagnostic("bad-record", part + ":" + n, e.getMessage()));
            continue;
          }
          sink.article(text);
        }
      } catch (IOException e) {
        sink.problem(
            new Diagnostic("unreadable", part.toString(), "cannot read: " + e.getMessage()));
      }
    }
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
   * Progress on stderr after each committed batch: articles, articles/s, stories and, when the
   * inputs' size is known, the bytes read and an ETA from them; one line redrawn on a terminal, one
   * line per batch elsewhere (when asked for with --progress).
   */
  static final class ProgressBar {
    private final PrintWriter err;
    private final boolean redraw;
    private final OptionalLong size;
    private final long start = System.nanoTime();
    private long read;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean redraw, OptionalLong size) {
      this.err = err;
      this.redraw = redraw;
      this.size = size;
    }

    void consumed(long bytes) {
      read += bytes;
    }

    void draw(IngestBatches.Totals totals) {
      double s = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
      String line =
          String.format(
              "%d articles  %.1f/s  %s",
              totals.texts(), totals.texts() / s, plural(totals.stories(), "story", "stories"));
      if (size.isPresent() && size.getAsLong() > 0) {
        long total = size.getAsLong();
        long done = Math.min(read, total);
        int width = 24;
        int filled = (int) (done * width / total);
        String eta = done > 0 ? duration(Math.round((total - done) * s / done)) : "?";
        line =
            String.format(
                "[%s%s] %s  %s/%s  ETA %s",
                "#".repeat(filled),
                ".".repeat(width - filled),
                line,
                bytes(done),
                bytes(total),
                eta);
      }
      if (redraw) {
        err.print("\r" + line + "\u001b[K");
        drawn = true;
      } else {
        err.println("parallax: " + line);
      }
      err.flush();
    }

    /** Clears a redrawn line before another line is printed. */
    void clear() {
      if (drawn) {
        err.print("\r\u001b[K");
        drawn = false;
      }
    }

    void finish() {
      if (drawn) {
        err.println();
        err.flush();
        drawn = false;
      }
    }

    static String bytes(long n) {
      return n >= 1L << 30
          ? String.format("%.1f GB", n / (double) (1L << 30))
          : n >= 1L << 20
              ? String.format("%.1f MB", n / (double) (1L << 20))
              : String.format("%d kB", (n + 1023) / 1024);
    }

    static String duration(long seconds) {
      return seconds >= 3600
          ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
          : seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
  }
}

package dev.parallax.spark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax-spark}: the command line of the Spark job; {@code run} is its one command. */
@Command(
    name = "parallax-spark",
    mixinStandardHelpOptions = true,
    description = "Parallax's analysis as an Apache Spark job over a corpus.",
    subcommands = {Main.Run.class})
public final class Main implements Callable<Integer> {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int NO_ARTICLES = 3;
  static final int OUTPUT = 4;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  /** {@code parallax-spark run}. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Reads, groups into stories and analyses a corpus: JSON Lines, WARC or folders of text and HTML,",
        "from any path Spark reads (local, hdfs://, s3a://...). Writes DIR/stories (Parquet and JSON Lines),",
        "DIR/articles, DIR/reports (one parallax.report/1 JSON per story), DIR/diagnostics and DIR/_SUCCESS."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:output written (diagnostics, if any, in DIR/diagnostics and _SUCCESS)",
        "1:internal error",
        "2:bad usage",
        "3:no input could be read as an article (the output is still written)",
        "4:the output folder exists or could not be written"
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--input",
        arity = "1..*",
        required = true,
        paramLabel = "PATH",
        description = "Files or folders to read (repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(
        names = "--output",
        required = true,
        paramLabel = "DIR",
        description = "Folder to write; must not exist.")
    String output;

    @Option(names = "--overwrite", description = "Replace DIR if it exists.")
    boolean overwrite;

    @Option(
        names = "--master",
        paramLabel = "URL",
        description = "Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(
        names = "--published-from-records",
        description =
            "Date articles only from their records (JSON Lines 'published', the page's metadata, the WARC"
                + " capture date); an article with none stays undated instead of being dated today.")
    boolean publishedFromRecords;

    @Option(
        names = "--published",
        paramLabel = "DATE",
        description = "Date of articles whose input states none.")
    String published;

    @Option(
        names = "--analyse",
        paramLabel = "SPEC",
        defaultValue = "min-outlets=2",
        description = "Which stories get a full report: min-outlets=N (default 2), or none.")
    String analyse;

    @Option(
        names = "--partitions",
        paramLabel = "N",
        defaultValue = "0",
        description = "Tasks to read the input in (default: Spark's parallelism).")
    int partitions;

    @Option(
        names = "--slice-days",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "Cut each block of grouping into slices of N days filed in parallel and stitched"
                + " (default 0: each block filed whole by one task; N must exceed the grouper's"
                + " window and a day).")
    int sliceDays;

    @Option(
        names = "--no-headline",
        description =
            "The texts have no headline line: keep every first line as body (a title a page or"
                + " record states is still the title).")
    boolean noHeadline;

    @Option(names = "--verbose", description = "Stack traces on internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter out = spec.commandLine().getOut();
      Job.Options options =
          Job.Options.of(inputs, output)
              .withMinOutlets(minOutlets())
              .withPublished(date())
              .withPublishedFromRecords(publishedFromRecords)
              .withOverwrite(overwrite)
              .withPartitions(Math.max(0, partitions))
              .withNoHeadline(noHeadline);
      if (partitions < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--partitions: must be at least 0, was " + partitions);
      }
      int overlap = options.grouping().windowDays() + 1;
      if (sliceDays != 0 && sliceDays <= overlap) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--slice-days: must be 0 or more than "
                + overlap
                + " (the grouper's window and a day),"
                + " was "
                + sliceDays);
      }
      options = options.withBlocking(options.blocking().withSlices(sliceDays));
      SparkConf conf = new SparkConf().setAppName("parallax");
      if (master != null) {
        conf.setMaster(master);
      } else if (!conf.contains("spark.master")) {
        conf.setMaster("local[*]");
      }
      // a session already running in this JVM (a test, a notebook) is used and left running
      boolean ours = SparkSession.getDefaultSession().isEmpty();
      SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
      try {
        long t0 = System.nanoTime();
        Job.Summary summary = Job.run(spark, options);
        out.printf(
            "parallax-spark: %d articles in %d stories, %d reports, %d duplicates, %d copies, %d failed;"
                + " %s (%.1f s)%n",
            summary.count("articles"),
            summary.count("stories"),
            summary.count("reports"),
            summary.count("duplicates"),
            summary.count("copies"),
            summary.count("failed"),
            output,
            (System.nanoTime() - t0) / 1e9);
        out.flush();
        if (summary.count("articles") == 0) {
          err.println(
              "parallax-spark: no input could be read as an article (see " + output + "/_SUCCESS)");
          return NO_ARTICLES;
        }
        return OK;
      } catch (IllegalArgumentException e) {
        err.println("parallax-spark: " + e.getMessage());
        return OUTPUT;
      } catch (java.io.UncheckedIOException e) {
        err.println("parallax-spark: " + e.getMessage());
        return OUTPUT;
      } catch (RuntimeException e) {
        err.println("parallax-spark: internal error: " + e);
        if (verbose) {
          e.printStackTrace(err);
        }
        return INTERNAL;
      } finally {
        if (ours) {
          spark.stop();
        }
      }
    }

    private OptionalInt minOutlets() {
      String a = analyse.strip();
      if (a.equals("none")) {
        return OptionalInt.empty();
      }
      if (a.startsWith("min-outlets=")) {
        try {
          int n = Integer.parseInt(a.substring("min-outlets=".length()));
          if (n >= 0) {
            return OptionalInt.of(n);
          }
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--analyse: use min-outlets=N (N at least 0) or none, not '" + analyse + "'");
    }

    private Optional<LocalDate> date() {
      if (published == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(published.strip()));
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--published: not a date (YYYY-MM-DD): " + published);
      }
    }
  }
}

package dev.parallax.cli;

import dev.parallax.ingest.Fetcher;
import dev.parallax.ingest.Inputs;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How commands that read articles reach them: options shared by compare, extract, cluster, ingest
 * and serve (whose reading of uploads they set).
 */
final class ReadingOptions {
  @Option(
      names = "--allow-private",
      description =
          "Allow URLs on private, loopback and link-local addresses (refused by default).")
  boolean allowPrivate;

  @Option(
      names = "--no-fetch",
      description = "Keep feed items' summaries instead of fetching the pages they link to.")
  boolean noFetch;

  @Option(
      names = "--no-headline",
      description = {
        "The texts have no headline line (transcripts, bodies pasted without a title): no line is"
            + " taken for the title by guessing, and the first line is analysed as body text."
            + " Applies to every input read (serve: every upload); a title stated by HTML, a feed"
            + " item or a JSON Lines record is still the title."
      })
  boolean noHeadline;

  Inputs.Options options() {
    return new Inputs.Options(
        Fetcher.Options.defaults().withAllowPrivate(allowPrivate), !noFetch, noHeadline);
  }

  /** A {@code --published} value as a date, or a usage error naming the value. */
  static Optional<LocalDate> date(CommandLine cl, String published) {
    if (published == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(published.strip()));
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          cl, "--published: '" + published + "' is not a date like 2026-02-06");
    }
  }
}

package dev.parallax;

import dev.parallax.model.Report;
import dev.parallax.report.Format;
import java.util.List;

/**
 * The library's entry point: each method is a one-line call into the classes that do the work. For
 * more control use {@link Pipeline} directly.
 */
public final class Parallax {
  private Parallax() {}

  /** Analyses the given files, folders or URLs as one story with default options. */
  public static Report compare(String... sources) {
    return Pipeline.compare(List.of(sources), Pipeline.Options.defaults(), Pipeline.Progress.NONE);
  }

  /** Reads and cleans the given files, folders or URLs without analysing them: what each article is. */
  public static Pipeline.Extracts extract(String... sources) {
    return Pipeline.extract(List.of(sources), dev.parallax.ingest.Inputs.Options.defaults());
  }

  /** Renders a report as text, json, md or html. */
  public static String render(Report report, Format format) {
    return format.render(report);
  }
}

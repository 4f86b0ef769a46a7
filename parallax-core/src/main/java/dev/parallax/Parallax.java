package dev.parallax;

import dev.parallax.clean.Cleaner;
import dev.parallax.ingest.ReadResult;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.report.Format;
import dev.parallax.store.StoredArticle;
import dev.parallax.story.StoryGrouper;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** Stories found among inputs and the problems met reading them. */
  public record Grouping(List<StoryGrouper.Story> stories, List<Diagnostic> diagnostics) {
    public Grouping {
      stories = List.copyOf(stories);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Groups the given files, folders or URLs into stories without a store, filing them in {@link
   * #FILING_ORDER} whatever order they are given in; {@code published} dates inputs that carry no
   * date of their own.
   */
  public static Grouping cluster(List<String> sources, Optional<LocalDate> published) {
    return cluster(sources, dev.parallax.ingest.Inputs.Options.defaults(), published);
  }

  /** {@link #cluster(List, Optional)} with the given reading options (URL fetching, feeds). */
  public static Grouping cluster(
      List<String> sources,
      dev.parallax.ingest.Inputs.Options reading,
      Optional<LocalDate> published) {
    return cluster(sources, reading, published, Settings.defaults());
  }

  /**
   * {@link #cluster(List, dev.parallax.ingest.Inputs.Options, Optional)} with the given grouper
   * settings and embedder.
   */
  public static Grouping cluster(
      List<String> sources,
      dev.parallax.ingest.Inputs.Options reading,
      Optional<LocalDate> published,
      Settings settings) {
    ReadResult read = dev.parallax.ingest.Inputs.read(sources, reading);
    StoryGrouper grouper = settings.grouper();
    List<StoryGrouper.Dated> batch = new java.util.ArrayList<>();
    for (CleanDocument doc : Cleaner.cleanAll(read.texts())) {
      batch.add(new StoryGrouper.Dated(doc, doc.published().or(() -> published)));
    }
    grouper.cluster(inFilingOrder(batch));
    return new Grouping(grouper.stories(), read.diagnostics());
  }

  /**
   * The batch in the order {@link #cluster} files it, so that its stories do not depend on the
   * order the inputs were given (the grouper is online: it files each article against the stories
   * made before it): publication date, undated first, then the article's id ({@link
   * StoredArticle#idOf}). A parallax-spark job files each of its blocks in this order too.
   */
  public static List<StoryGrouper.Dated> inFilingOrder(List<StoryGrouper.Dated> batch) {
    // each id hashed once, not once per comparison
    Map<StoryGrouper.Dated, String> ids = new IdentityHashMap<>();
    batch.forEach(d -> ids.put(d, StoredArticle.idOf(d.doc().outlet(), d.doc().text())));
    List<StoryGrouper.Dated> out = new java.util.ArrayList<>(batch);
    out.sort(
        Comparator.comparing(
                (StoryGrouper.Dated d) ->
                    d.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE))
            .thenComparing(ids::get));
    return out;
  }

  /**
   * Reads and cleans the given files, folders or URLs without analysing them: what each article is.
   */
  public static Pipeline.Extracts extract(String... sources) {
    return Pipeline.extract(List.of(sources), dev.parallax.ingest.Inputs.Options.defaults());
  }

  /** Renders a report as text, json, md or html. */
  public static String render(Report report, Format format) {
    return format.render(report);
  }
}

package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of analysing one story: the {@code parallax.report/1} contract. Sections that later
 * stages fill are present and empty until then.
 */
public record Report(
    List<Article> articles,
    List<Entity> entities,
    List<Quote> quotes,
    List<QuoteGroup> quoteGroups,
    List<Diagnostic> diagnostics,
    List<TimelineEntry> timeline,
    List<Framing> framing) {
  public static final String SCHEMA = "parallax.report/1";

  public Report {
    articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    quoteGroups = List.copyOf(quoteGroups);
    diagnostics = List.copyOf(diagnostics);
    timeline = List.copyOf(timeline);
    framing = List.copyOf(framing);
  }
}

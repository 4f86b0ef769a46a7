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
    List<Diagnostic> diagnostics) {
  public static final String SCHEMA = "parallax.report/1";

  public Report {
    articles = List.copyOf(articles);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    quoteGroups = List.copyOf(quoteGroups);
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(articles);
  }

  /** A report of the stages before quotation analysis. */
  public Report(List<Article> articles, List<Entity> entities, List<Diagnostic> diagnostics) {
    this(articles, entities, List.of(), List.of(), diagnostics);
  }
}

package dev.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of analysing one story: the {@code parallax.report/1} contract. Sections that later
 * stages fill are present and empty until then.
 */
public record Report(
    List<Article> articles,
    List<Entity> entities,
    List<Quote> quotes,
    List<QuoteGroup> quoteGroups,
    List<Attribution> attributions,
    List<Fact> facts,
    List<Omission> omissions,
    List<Discrepancy> discrepancies,
    List<BriefSentence> brief,
    List<TimelineEntry> timeline,
    List<Framing> framing,
    List<Wording> wordings,
    List<Diagnostic> diagnostics) {
  public static final String SCHEMA = "parallax.report/1";

  public Report {
    articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    quoteGroups = List.copyOf(quoteGroups);
    attributions = List.copyOf(attributions);
    facts = List.copyOf(facts);
    omissions = List.copyOf(omissions);
    discrepancies = List.copyOf(discrepancies);
    brief = List.copyOf(brief);
    timeline = List.copyOf(timeline);
    framing = List.copyOf(framing);
    wordings = List.copyOf(wordings);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The same report with other diagnostics. */
  public Report withDiagnostics(List<Diagnostic> other) {
    return new Report(
        articles,
        entities,
        quotes,
        quoteGroups,
        attributions,
        facts,
        omissions,
        discrepancies,
        brief,
        timeline,
        framing,
        wordings,
        other);
  }

  /** A report without attributions (as made before they were found); kept for existing callers. */
  public Report(
      List<Article> articles,
      List<Entity> entities,
      List<Quote> quotes,
      List<QuoteGroup> quoteGroups,
      List<Fact> facts,
      List<Omission> omissions,
      List<Discrepancy> discrepancies,
      List<BriefSentence> brief,
      List<TimelineEntry> timeline,
      List<Framing> framing,
      List<Wording> wordings,
      List<Diagnostic> diagnostics) {
    this(
        articles,
        entities,
        quotes,
        quoteGroups,
        List.of(),
        facts,
        omissions,
        discrepancies,
        brief,
        timeline,
        framing,
        wordings,
        diagnostics);
  }

  /** A report of the first stages only: articles, entities and diagnostics. */
  public Report(List<Article> articles, List<Entity> entities, List<Diagnostic> diagnostics) {
    this(
        articles,
        entities,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        diagnostics);
  }

  /** The sentence with this id, if any. */
  public Optional<Sentence> sentence(String id) {
    for (Article a : articles) {
      if (id.startsWith(a.id() + ".")) {
        for (Sentence s : a.sentences()) {
          if (s.id().equals(id)) {
            return Optional.of(s);
          }
        }
      }
    }
    return Optional.empty();
  }
}

package dev.parallax.model;

import java.util.List;

/**
 * The result of analysing one story: the {@code parallax.report/1} contract. Sections that later
 * stages fill are present and empty until then.
 */
public record Report(
    List<Article> articles,
    List<Entity> entities,
    List<Fact> facts,
    List<Omission> omissions,
    List<Discrepancy> discrepancies,
    List<BriefSentence> brief,
    List<Diagnostic> diagnostics) {
  public static final String SCHEMA = "parallax.report/1";

  public Report {
    articles = List.copyOf(articles);
    entities = List.copyOf(entities);
    facts = List.copyOf(facts);
    omissions = List.copyOf(omissions);
    discrepancies = List.copyOf(discrepancies);
    brief = List.copyOf(brief);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A report of the earlier stages only: no facts, omissions, discrepancies or brief. */
  public Report(List<Article> articles, List<Entity> entities, List<Diagnostic> diagnostics) {
    this(articles, entities, List.of(), List.of(), List.of(), List.of(), diagnostics);
  }

  /** The sentence with this id, if any. */
  public java.util.Optional<Sentence> sentence(String id) {
    for (Article a : articles) {
      if (id.startsWith(a.id() + ".")) {
        for (Sentence s : a.sentences()) {
          if (s.id().equals(id)) {
            return java.util.Optional.of(s);
          }
        }
      }
    }
    return java.util.Optional.empty();
  }
}

package dev.parallax.store;

import dev.parallax.model.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an ingest did with each text, and the problems met.
 *
 * @param filed one entry per text given, in order
 */
public record IngestResult(List<Filed> filed, List<Diagnostic> diagnostics) {
  public IngestResult {
    filed = List.copyOf(filed);
    diagnostics = List.copyOf(diagnostics);
  }

  /** What happened to one text. */
  public enum Outcome {
    /** Stored and filed under a story. */
    ADDED,
    /**
     * Same text as another article of another outlet: stored, linked to it, not an independent
     * source.
     */
    COPY,
    /** Already stored: nothing done. */
    DUPLICATE,
    /** Not stored (no article text left after cleaning); a diagnostic says why. */
    SKIPPED
  }

  /**
   * @param source the input as given
   * @param outcome what was done
   * @param articleId the stored article (for {@code DUPLICATE}, the one already stored); empty when
   *     skipped
   * @param storyId the story that holds it when the ingest returns (a later batch of the same
   *     ingest may have moved it, or merged its story into another); empty when skipped
   * @param copyOf for a copy, the article it copies
   * @param undated stored without a publication date (none given, none printed): filed on the day
   *     of ingest, its relative times unresolved until it is given one
   */
  public record Filed(
      String source,
      Outcome outcome,
      Optional<String> articleId,
      Optional<String> storyId,
      Optional<String> copyOf,
      boolean undated) {
    public Filed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(storyId, "storyId");
      Objects.requireNonNull(copyOf, "copyOf");
    }

    /** A text filed with a date, or not stored. */
    public Filed(
        String source,
        Outcome outcome,
        Optional<String> articleId,
        Optional<String> storyId,
        Optional<String> copyOf) {
      this(source, outcome, articleId, storyId, copyOf, false);
    }
  }

  public long count(Outcome outcome) {
    return filed.stream().filter(f -> f.outcome() == outcome).count();
  }

  /** How many texts were stored undated ({@link Filed#undated}). */
  public long undated() {
    return filed.stream().filter(Filed::undated).count();
  }
}

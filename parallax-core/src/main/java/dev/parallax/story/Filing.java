package dev.parallax.story;

import dev.parallax.model.CleanDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one article's filing did.
 *
 * @param storyId the story it joined or started (before the batch's merges: see {@link Batch})
 * @param started whether it started the story
 * @param names the names its title and lead use (lower case), for listing it under them
 * @param joined the story it joined and why; empty when it started one
 * @param runnerUp the best other story it could have joined and its score (below {@link
 *     Settings#join()} when it started one); empty when there was none within the window
 */
public record Filing(
    String storyId,
    boolean started,
    List<String> names,
    Optional<Match> joined,
    Optional<Match> runnerUp) {
  public Filing {
    Objects.requireNonNull(storyId, "storyId");
    names = List.copyOf(names);
    Objects.requireNonNull(joined, "joined");
    Objects.requireNonNull(runnerUp, "runnerUp");
  }

  /**
   * The names a filing lists an article under ({@link #names()}), worked out again from the article
   * as it was filed: for a caller that moves an article it filed earlier.
   */
  public static List<String> namesOf(CleanDocument doc, Optional<LocalDate> published) {
    return Signature.of(doc, published).leadNames();
  }
}

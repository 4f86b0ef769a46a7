package dev.parallax.story;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an article went to a story, or two stories were merged: the score and its parts, each the
 * average over the story's articles (over both stories' pairs of articles for a merge).
 *
 * @param storyId the story scored
 * @param score the weighted sum of the parts, less {@link StoryGrouper#OTHER_DAY_PENALTY} when
 *     {@code otherDay}
 * @param embedding cosine of the title-and-lead embeddings
 * @param words TF-IDF cosine of the words of the whole texts
 * @param names cosine of the IDF-weighted names, times the rarity of the rarest name both use over
 *     0.8 when it is below (a store's most common names say little of which event)
 * @param numbers the share of three numbers both state (years left out), at most 1
 * @param otherDay whether the leads date their events two or more days apart
 * @param sharedNames names both use, most distinctive first (at most eight)
 * @param sharedNumbers numbers both state
 * @param straggler when a batch's end moved the article or merged the stories because a lone
 *     article joined through the one article of a story it matches best ({@link Stragglers}), that
 *     evidence: the average above may then be below the cut
 */
public record Match(
    String storyId,
    double score,
    double embedding,
    double words,
    double names,
    double numbers,
    boolean otherDay,
    List<String> sharedNames,
    List<String> sharedNumbers,
    Optional<Straggler> straggler) {
  public Match {
    Objects.requireNonNull(storyId, "storyId");
    sharedNames = List.copyOf(sharedNames);
    sharedNumbers = List.copyOf(sharedNumbers);
    Objects.requireNonNull(straggler, "straggler");
  }

  /** A match scored on its parts alone. */
  public Match(
      String storyId,
      double score,
      double embedding,
      double words,
      double names,
      double numbers,
      boolean otherDay,
      List<String> sharedNames,
      List<String> sharedNumbers) {
    this(
        storyId,
        score,
        embedding,
        words,
        names,
        numbers,
        otherDay,
        sharedNames,
        sharedNumbers,
        Optional.empty());
  }

  /** The same match, with the straggler evidence that decided it. */
  public Match with(Straggler s) {
    return new Match(
        storyId,
        score,
        embedding,
        words,
        names,
        numbers,
        otherDay,
        sharedNames,
        sharedNumbers,
        Optional.of(s));
  }

  /**
   * A lone article a batch's end joined to a story after the cut ({@link Stragglers}): it matches
   * one unit of that story far better than anything outside it. Scores are as the batch's end
   * compared them (after {@link Crowding}).
   *
   * @param article the lone article; empty when the store no longer holds which one (a story
   *     restored from storage)
   * @param closest the article of the story it matches best; empty when that was several articles
   *     held together (a story's articles of earlier batches)
   * @param score its score with {@code closest}
   * @param outside its best score with any article outside that story
   * @param margin how far {@code score} had to stand above {@code outside}
   */
  public record Straggler(
      Optional<String> article,
      Optional<String> closest,
      double score,
      double outside,
      double margin) {
    public Straggler {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(closest, "closest");
    }
  }
}

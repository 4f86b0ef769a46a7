package dev.parallax.story;

import java.util.List;
import java.util.Objects;

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
    List<String> sharedNumbers) {
  public Match {
    Objects.requireNonNull(storyId, "storyId");
    sharedNames = List.copyOf(sharedNames);
    sharedNumbers = List.copyOf(sharedNumbers);
  }
}

package dev.parallax.story;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the grouper knows of one story, as {@link GrouperCodec} saves and restores it.
 *
 * @param seq creation number (the order candidates are tried in)
 * @param articles articles filed under it
 * @param sum the sum of its articles' embeddings (the centroid's direction)
 * @param names name counts of its articles
 * @param numbers numbers its articles state
 * @param eventDays the event days its leads name
 * @param indexed the names it is listed under in the candidate index
 */
record StoryState(
    String id,
    long seq,
    String title,
    int articles,
    float[] sum,
    Map<String, Integer> names,
    Set<String> numbers,
    Set<LocalDate> eventDays,
    Optional<LocalDate> first,
    Optional<LocalDate> last,
    Set<String> indexed) {
  StoryState {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    sum = sum.clone();
    names = Map.copyOf(names);
    numbers = Set.copyOf(numbers);
    eventDays = Set.copyOf(eventDays);
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    indexed = Set.copyOf(indexed);
  }
}

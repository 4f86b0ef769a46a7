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
 * @param sum the sum of its articles' embeddings
 * @param words the sum of its articles' unit TF-IDF word vectors
 * @param names the sum of its articles' unit IDF-weighted name vectors
 * @param counts name counts of its articles
 * @param numbers numbers its articles state, with how many state each
 * @param eventDays the event days its leads name, with how many name each
 * @param indexed the words it is listed under in the candidate index
 * @param apart stories a user separated from it
 */
record StoryState(
    String id,
    long seq,
    String title,
    int articles,
    float[] sum,
    Map<String, Double> words,
    Map<String, Double> names,
    Map<String, Integer> counts,
    Map<String, Integer> numbers,
    Map<LocalDate, Integer> eventDays,
    Optional<LocalDate> first,
    Optional<LocalDate> last,
    Set<String> indexed,
    Set<String> apart) {
  StoryState {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    sum = sum.clone();
    words = Map.copyOf(words);
    names = Map.copyOf(names);
    counts = Map.copyOf(counts);
    numbers = Map.copyOf(numbers);
    eventDays = Map.copyOf(eventDays);
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    indexed = Set.copyOf(indexed);
    apart = Set.copyOf(apart);
  }
}

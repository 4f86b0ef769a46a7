package dev.parallax.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inverted index candidates are found by: each story is listed under the most distinctive words
 * of its articles, and an article is compared only with the stories listed under its own (so the
 * cost of filing one does not grow with the number of stories). Mutable, one writer.
 */
final class CandidateIndex {
  private final Map<String, Set<String>> index = new HashMap<>();

  /** Lists the story under the words. */
  void list(OpenStory s, Iterable<String> words) {
    for (String n : words) {
      index.computeIfAbsent(n, k -> new HashSet<>()).add(s.id);
      s.indexed.add(n);
    }
  }

  /** Lists {@code into} wherever {@code gone} is listed, and {@code gone} nowhere. */
  void transfer(OpenStory gone, OpenStory into) {
    for (String n : gone.indexed) {
      Set<String> listed = index.computeIfAbsent(n, k -> new HashSet<>());
      listed.remove(gone.id);
      listed.add(into.id);
      into.indexed.add(n);
    }
  }

  /** Lists the story nowhere. */
  void remove(OpenStory s) {
    for (String n : s.indexed) {
      Set<String> ids = index.get(n);
      if (ids != null) {
        ids.remove(s.id);
        if (ids.isEmpty()) {
          index.remove(n);
        }
      }
    }
  }

  /** The ids of the stories listed under any of the words. */
  Set<String> lookup(Iterable<String> words) {
    Set<String> ids = new HashSet<>();
    for (String n : words) {
      Set<String> hit = index.get(n);
      if (hit != null) {
        ids.addAll(hit);
      }
    }
    return ids;
  }

  /**
   * The stories of {@code ids} still held, in creation order (so a restored grouper breaks ties as
   * the original did).
   */
  static List<OpenStory> held(Set<String> ids, Map<String, OpenStory> stories) {
    List<OpenStory> out = new ArrayList<>();
    for (String id : ids) {
      OpenStory s = stories.get(id);
      if (s != null) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingLong(o -> o.seq));
    return out;
  }

  /** The {@code k} heaviest words of a vector, ties by the word. */
  static List<String> topWords(Map<String, Double> words, int k) {
    return words.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(k)
        .map(Map.Entry::getKey)
        .toList();
  }
}

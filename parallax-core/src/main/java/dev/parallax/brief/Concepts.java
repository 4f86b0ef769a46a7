package dev.parallax.brief;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Article;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The concepts a story's articles share, as a multi-document summariser counts them (Gillick and
 * Favre's concept coverage, 2009): pairs of neighbouring words, lower-cased and cut to five
 * letters, each weighted by how many articles (headline included) use it, kept when at least two
 * do. A brief that covers more of them says more of what the outlets agree happened; a concept
 * counts once, however many sentences repeat it. Immutable and thread-safe.
 */
final class Concepts {
  private static final Set<String> FUNCTION = DataFiles.words("function-words.txt");

  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, Integer> weight;

  private Concepts(Map<String, Integer> weight) {
    this.weight = weight;
  }

  static Concepts of(List<Article> articles) {
    Map<String, Integer> df = new HashMap<>();
    for (Article a : articles) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : a.sentences()) {
        seen.addAll(concepts(words(s)));
      }
      a.title().ifPresent(t -> seen.addAll(concepts(words(t))));
      seen.forEach(c -> df.merge(c, 1, Integer::sum));
    }
    df.values().removeIf(n -> n < 2);
    return new Concepts(Map.copyOf(df));
  }

  /** The shared concepts of a sentence. */
  Set<String> in(Sentence s) {
    Set<String> out = new HashSet<>(concepts(words(s)));
    out.retainAll(weight.keySet());
    return out;
  }

  /** The weight of a sentence's shared concepts that {@code covered} does not hold yet. */
  int gain(Sentence s, Set<String> covered) {
    int g = 0;
    for (String c : in(s)) {
      if (!covered.contains(c)) {
        g += weight.get(c);
      }
    }
    return g;
  }

  /**
   * Every pair of neighbouring words not both function words (word pairs, as Gillick and Favre's
   * concepts; content words alone as well scored lower on the train events: docs/brief.md).
   */
  private static Set<String> concepts(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      String w = words.get(i);
      String next = words.get(i + 1);
      if (!(FUNCTION.contains(w) && FUNCTION.contains(next))) {
        out.add(Centrality.cut(w) + " " + Centrality.cut(next));
      }
    }
    return out;
  }

  private static List<String> words(Sentence s) {
    List<String> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      String w = NOT_WORD.matcher(t.word().toLowerCase(Locale.ROOT)).replaceAll("");
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}

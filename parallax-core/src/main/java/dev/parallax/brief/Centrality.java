package dev.parallax.brief;

import dev.parallax.model.Article;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How central a sentence is to a story: the share of its content words (nouns, verbs, adjectives
 * and numbers) that the other articles use too, and that the headlines use. What several outlets
 * all write about is the event; what one alone adds is colour or reaction. Immutable and
 * thread-safe.
 */
final class Centrality {
  /** Share of a sentence's content words already in the brief that makes it say nothing new. */
  static final double REDUNDANT_SHARE = 0.6;

  private final Map<String, Set<String>> byArticle;
  private final Set<String> titles;

  private Centrality(Map<String, Set<String>> byArticle, Set<String> titles) {
    this.byArticle = byArticle;
    this.titles = titles;
  }

  static Centrality of(List<Article> articles) {
    Map<String, Set<String>> out = new HashMap<>();
    Set<String> titles = new HashSet<>();
    for (Article a : articles) {
      Set<String> words = new HashSet<>();
      a.sentences().forEach(s -> words.addAll(stems(s)));
      a.title().ifPresent(t -> words.addAll(stems(t)));
      a.title().ifPresent(t -> titles.addAll(stems(t)));
      out.put(a.id(), words);
    }
    return new Centrality(out, titles);
  }

  /**
   * How central: the mean, over the other articles (headline included), of the share of its content
   * words each uses, plus the share of them some headline uses (a headline names the event).
   */
  double of(Sentence s, Article in) {
    Set<String> own = stems(s);
    if (own.isEmpty()) {
      return 0;
    }
    double inTitles = (double) own.stream().filter(titles::contains).count() / own.size();
    if (byArticle.size() < 2) {
      return inTitles;
    }
    double sum = 0;
    for (Map.Entry<String, Set<String>> e : byArticle.entrySet()) {
      if (!e.getKey().equals(in.id())) {
        sum += (double) own.stream().filter(e.getValue()::contains).count() / own.size();
      }
    }
    return sum / (byArticle.size() - 1) + inTitles;
  }

  /**
   * Content words of a sentence, lower-cased and cut to five letters to meet a headline's forms.
   */
  static Set<String> stems(Sentence s) {
    Set<String> out = new HashSet<>();
    for (String w : content(s)) {
      out.add(cut(w));
    }
    return out;
  }

  /** Words of a headline (not annotated): four letters or more, cut as {@link #stems(Sentence)}. */
  private static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4) {
        out.add(cut(w));
      }
    }
    return out;
  }

  /** A word cut to its first five letters, to meet a headline's and other outlets' forms. */
  static String cut(String w) {
    return w.length() > 5 ? w.substring(0, 5) : w;
  }

  /** Whether most of the sentence's content words are already said. */
  static boolean redundant(Sentence s, Set<String> said) {
    return redundant(content(s), said);
  }

  /** Whether most of the content words {@code own} are already said. */
  static boolean redundant(Set<String> own, Set<String> said) {
    return !own.isEmpty()
        && own.stream().filter(said::contains).count() >= REDUNDANT_SHARE * own.size();
  }

  /** The nouns, verbs, adjectives and numbers, lower-cased. */
  static Set<String> content(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      String p = t.pos();
      if (p.startsWith("NN") || p.startsWith("VB") || p.startsWith("JJ") || p.equals("CD")) {
        String l = t.word().toLowerCase(Locale.ROOT);
        if (l.codePoints().anyMatch(Character::isLetterOrDigit) && !AUXILIARY.contains(l)) {
          out.add(l);
        }
      }
    }
    return out;
  }

  /** Verbs that carry tense, not content. */
  private static final Set<String> AUXILIARY =
      Set.of(
          "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having",
          "do", "does", "did");
}

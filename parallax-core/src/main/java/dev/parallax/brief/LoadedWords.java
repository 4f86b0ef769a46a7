package dev.parallax.brief;

import dev.parallax.framing.FramingAnalyzer;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The loaded words a sentence uses in its own voice, that is outside quotation marks: as the
 * framing stage marked them in a report, or as its word model judges a sentence alone. Immutable
 * and thread-safe.
 */
final class LoadedWords {
  private final Function<Sentence, List<String>> loaded;
  private final Function<Sentence, Double> weight;

  private LoadedWords(Function<Sentence, List<String>> loaded) {
    this(loaded, s -> (double) loaded.apply(s).size());
  }

  private LoadedWords(Function<Sentence, List<String>> loaded, Function<Sentence, Double> weight) {
    this.loaded = loaded;
    this.weight = weight;
  }

  /** Loaded as the framing stage's word model judges each sentence alone. */
  static LoadedWords load() {
    FramingAnalyzer framing = FramingAnalyzer.shared();
    return new LoadedWords(
        s -> {
          boolean[] q = quoted(s.text());
          return framing.loadedWords(s, i -> q[Math.max(0, Math.min(q.length - 1, i - s.start()))]);
        });
  }

  /**
   * Loaded as the framing stage marked the story's articles, contrasts with other outlets' wording
   * included, so the brief avoids exactly what framing counts.
   */
  static LoadedWords of(List<Framing> framing) {
    Map<String, List<String>> bySentence = new HashMap<>();
    Map<String, Double> weights = new HashMap<>();
    Framing.termsBySentence(framing)
        .forEach(
            (sentence, terms) -> {
              bySentence.put(sentence, terms.stream().map(LoadedTerm::text).toList());
              weights.put(sentence, terms.stream().mapToDouble(LoadedTerm::weight).sum());
            });
    return new LoadedWords(
        s -> bySentence.getOrDefault(s.id(), List.of()), s -> weights.getOrDefault(s.id(), 0.0));
  }

  static LoadedWords of(Set<String> words) {
    Set<String> folded = new HashSet<>();
    words.forEach(w -> folded.add(w.toLowerCase(Locale.ROOT)));
    return new LoadedWords(
        s -> {
          boolean[] quoted = quoted(s.text());
          return s.tokens().stream()
              .filter(t -> !quoted[Math.max(0, Math.min(quoted.length - 1, t.start() - s.start()))])
              .map(Token::word)
              .filter(w -> folded.contains(w.toLowerCase(Locale.ROOT)))
              .toList();
        });
  }

  /** Loaded words of the sentence outside quotation marks. */
  List<String> inOwnVoice(Sentence s) {
    return loaded.apply(s);
  }

  /**
   * Their weight, as the framing stage weighs them in an article's score (1 each when judged
   * alone).
   */
  double weight(Sentence s) {
    return weight.apply(s);
  }

  /** Words of the sentence outside quotation marks: what a score per 100 words counts. */
  static int ownWords(Sentence s) {
    boolean[] q = quoted(s.text());
    int n = 0;
    for (Token t : s.tokens()) {
      int at = Math.max(0, Math.min(q.length - 1, t.start() - s.start()));
      if (!q[at] && t.isWord()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Which characters of the text are inside quotation marks. A closing mark with no opening one
   * means the sentence began inside a quotation that started in an earlier sentence.
   */
  static boolean[] quoted(String text) {
    boolean[] q = new boolean[Math.max(1, text.length())];
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«' || c == '„') {
        in = true;
        q[i] = true;
      } else if (c == '”' || c == '»') {
        if (!in) {
          java.util.Arrays.fill(q, 0, i, true);
        }
        in = false;
        q[i] = true;
      } else if (c == '"') {
        in = !in;
        q[i] = true;
      } else {
        q[i] = in;
      }
    }
    return q;
  }

  /**
   * Whether the sentence's quotation marks pair up (no quotation runs in from or out to another).
   */
  static boolean balanced(String text) {
    int straight = 0;
    int open = 0;
    int close = 0;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        straight++;
      } else if (c == '“') {
        open++;
      } else if (c == '”') {
        close++;
      }
    }
    return straight % 2 == 0 && open == close;
  }

  /** The words of the longest quoted span of a sentence. */
  static int longestQuoted(String text) {
    boolean[] q = quoted(text);
    int best = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      if (!q[i]) {
        best = Math.max(best, words);
        words = 0;
        inWord = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return Math.max(best, words);
  }

  /** Whether the sentence has any quotation mark. */
  static boolean hasQuote(String text) {
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '“' || c == '”') {
        return true;
      }
    }
    return false;
  }
}

package dev.parallax.brief;

import dev.parallax.framing.FramingAnalyzer;
import java.util.function.Predicate;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts evaluative and intensifying words (loaded-words.txt) a sentence uses in its own voice, that
 * is outside quotation marks. Immutable and thread-safe.
 */
final class LoadedWords {
  private final Predicate<Token> loaded;

  private LoadedWords(Predicate<Token> loaded) {
    this.loaded = loaded;
  }

  /** Loaded as the framing stage judges it, so the brief avoids exactly what framing would count. */
  static LoadedWords load() {
    return new LoadedWords(FramingAnalyzer.shared()::isLoaded);
  }

  static LoadedWords of(Set<String> words) {
    Set<String> folded = new HashSet<>();
    words.forEach(w -> folded.add(w.toLowerCase(Locale.ROOT)));
    return new LoadedWords(t -> folded.contains(t.word().toLowerCase(Locale.ROOT)));
  }

  /** Loaded words of the sentence outside quotation marks. */
  List<String> inOwnVoice(Sentence s) {
    boolean[] quoted = quoted(s.text());
    return s.tokens().stream()
        .filter(t -> !quoted[Math.max(0, Math.min(quoted.length - 1, t.start() - s.start()))])
        .filter(loaded)
        .map(Token::word)
        .toList();
  }

  /**
   * Which characters of the text are inside quotation marks. A closing mark with no opening one means
   * the sentence began inside a quotation that started in an earlier sentence.
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

  /** Whether the sentence's quotation marks pair up (no quotation runs in from or out to another). */
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

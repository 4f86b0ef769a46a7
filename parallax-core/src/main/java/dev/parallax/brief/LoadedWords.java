package dev.parallax.brief;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts evaluative and intensifying words (loaded-words.txt) a sentence uses in its own voice, that
 * is outside quotation marks. Immutable and thread-safe.
 */
final class LoadedWords {
  private final Set<String> words;

  private LoadedWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  static LoadedWords load() {
    Set<String> out = new HashSet<>();
    for (String[] row : DataFiles.rows(LoadedWords.class, "loaded-words.txt")) {
      out.add(row[0].strip().toLowerCase(Locale.ROOT));
    }
    return new LoadedWords(out);
  }

  static LoadedWords of(Set<String> words) {
    return new LoadedWords(words);
  }

  boolean isLoaded(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Loaded words of the sentence outside quotation marks. */
  List<String> inOwnVoice(Sentence s) {
    boolean[] quoted = quoted(s.text());
    return s.tokens().stream()
        .filter(t -> !quoted[Math.max(0, Math.min(quoted.length - 1, t.start() - s.start()))])
        .map(Token::word)
        .filter(this::isLoaded)
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

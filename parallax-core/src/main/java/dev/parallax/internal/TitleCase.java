package dev.parallax.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Words written as names and titles are: capitalised words, and phrases of them in title case
 * ("Take Me Out to the Ball Game", "Meet the Press"). Stateless.
 */
public final class TitleCase {
  /** Short words a title keeps in lower case. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "at", "and", "or", "for", "from", "with", "by",
          "as");

  private TitleCase() {}

  /**
   * A phrase of two to ten words, not all in capitals, not ending with punctuation (but for a full
   * stop or comma after its last word, set inside the closing mark), each word with a letter
   * capitalised but for a title's short function words; it may open with a number before a
   * capitalised word ("60 Minutes", "30 Rock").
   */
  public static boolean phrase(String inner) {
    // the full stop or comma American style sets inside the closing mark: "on CBS's "60 Minutes.""
    String bare = inner.strip().replaceFirst("(?<=\\p{L})[.,]$", "");
    String[] words = bare.split("\\s+");
    int first = bare.isEmpty() ? 'x' : bare.codePointAt(0);
    if (words.length < 2
        || words.length > 10
        || bare.matches("(?s).*[.,;:!?]\\s*$")
        || bare.equals(bare.toUpperCase(Locale.ROOT))
        || !(Character.isUpperCase(first) || Character.isDigit(first) && capitalised(words[1]))) {
      return false;
    }
    for (String w : words) {
      if (w.codePoints().anyMatch(Character::isLetter)
          && !capitalised(w)
          && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** A word that opens with a capital, or with a lower-case letter and then one ("iPhone"). */
  public static boolean capitalised(String w) {
    if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
      return false;
    }
    if (Character.isUpperCase(w.codePointAt(0))) {
      return true;
    }
    // "iPhone", "eBay": a lower-case letter, then a capital
    return w.length() > 2
        && Character.isLowerCase(w.charAt(0))
        && Character.isUpperCase(w.charAt(1));
  }
}

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
   * A phrase of two to ten words, not all in capitals, not ending with punctuation, each word with
   * a letter capitalised but for a title's short function words.
   */
  public static boolean phrase(String inner) {
    String[] words = inner.strip().split("\\s+");
    if (words.length < 2
        || words.length > 10
        || inner.matches("(?s).*[.,;:!?]\\s*$")
        || inner.equals(inner.toUpperCase(Locale.ROOT))
        || !Character.isUpperCase(inner.strip().codePointAt(0))) {
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

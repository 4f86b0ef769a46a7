package dev.parallax.quote;

import dev.parallax.internal.DataFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level views of quoted text used to compare versions: typography, case and punctuation
 * dropped.
 */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
  private static final Set<String> STOP = DataFiles.words("function-words.txt");

  private Words() {}

  /** The words as written (apostrophes kept inside words; hyphens and dashes split words). */
  static List<String> display(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The comparison key of a word: lower case, no apostrophes. */
  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
  }

  static List<String> keys(List<String> display) {
    List<String> out = new ArrayList<>(display.size());
    for (String w : display) {
      out.add(key(w));
    }
    return out;
  }

  /**
   * A crude stem: possessive dropped, first five letters; enough to match inflections and titles.
   */
  static String stem(String word) {
    String w =
        word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]", "");
    return w.length() > 5 ? w.substring(0, 5) : w;
  }

  static boolean isStop(String key) {
    return STOP.contains(key);
  }

  /** Stems of the content words (stop words removed). */
  static Set<String> content(List<String> keys) {
    Set<String> out = new LinkedHashSet<>();
    for (String k : keys) {
      if (!isStop(k)) {
        out.add(stem(k));
      }
    }
    return out;
  }

  /** Length of the longest common subsequence of two word lists. */
  static int lcs(List<String> a, List<String> b) {
    int[][] t = table(a, b);
    return t[0][0];
  }

  /** {@code t[i][j]} = LCS length of {@code a[i..]} and {@code b[j..]}. */
  static int[][] table(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        t[i][j] =
            a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t;
  }

  /** Whether {@code small} occurs as a contiguous run inside {@code big}. */
  static boolean contains(List<String> big, List<String> small) {
    if (small.isEmpty() || small.size() > big.size()) {
      return false;
    }
    return java.util.Collections.indexOfSubList(big, small) >= 0;
  }

  /** 1 - edit distance / longer length, over characters. */
  static double charSimilarity(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] x = prev;
      prev = cur;
      cur = x;
    }
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1.0 : 1.0 - (double) prev[b.length()] / longer;
  }
}

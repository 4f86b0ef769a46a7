package dev.parallax.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shingle F1, the usual score for main-text extraction: the extracted and the expected text are
 * each cut into overlapping word n-grams (lower-cased words of letters and digits), counted as
 * multisets; precision is the share of extracted shingles that are expected, recall the share of
 * expected ones that were extracted.
 */
final class Shingles {
  static final int N = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  record Score(double precision, double recall) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private Shingles() {}

  static Score score(String extracted, String expected) {
    Map<String, Integer> got = shingles(extracted);
    Map<String, Integer> want = shingles(expected);
    int both = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      both += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    int nGot = got.values().stream().mapToInt(Integer::intValue).sum();
    int nWant = want.values().stream().mapToInt(Integer::intValue).sum();
    if (nGot == 0 && nWant == 0) {
      return new Score(1, 1);
    }
    return new Score(nGot == 0 ? 0 : both / (double) nGot, nWant == 0 ? 0 : both / (double) nWant);
  }

  static Map<String, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    if (words.isEmpty()) {
      return out;
    }
    if (words.size() < N) {
      out.merge(String.join(" ", words), 1, Integer::sum);
      return out;
    }
    for (int i = 0; i + N <= words.size(); i++) {
      out.merge(String.join(" ", words.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }
}

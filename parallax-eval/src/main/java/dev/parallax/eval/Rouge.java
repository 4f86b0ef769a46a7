package dev.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate text against one reference, as Google's {@code
 * rouge-score} computes them with {@code use_stemmer=True}: text lower-cased, every run of
 * characters other than {@code a-z0-9} a separator, each token Porter-stemmed (Snowball's Porter,
 * Lucene's copy), n-gram overlap clipped by count, and ROUGE-L the longest common subsequence of
 * the two whole token sequences. Stateless; a new stemmer per call, so thread-safe.
 */
final class Rouge {
  /** Precision-recall F1 of ROUGE-1, ROUGE-2 and ROUGE-L; 0 when either side has no token. */
  record Score(double r1, double r2, double rl) {}

  private Rouge() {}

  static Score score(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    return new Score(ngram(c, r, 1), ngram(c, r, 2), lcs(c, r));
  }

  /** Lower-cased, split on anything but a-z0-9, Porter-stemmed. */
  static List<String> tokens(String text) {
    PorterStemmer stemmer = new PorterStemmer();
    List<String> out = new ArrayList<>();
    for (String t : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (t.isEmpty()) {
        continue;
      }
      // rouge-score stems only tokens longer than three characters
      if (t.length() > 3) {
        stemmer.setCurrent(t);
        stemmer.stem();
        t = stemmer.getCurrent();
      }
      out.add(t);
    }
    return out;
  }

  static double ngram(List<String> c, List<String> r, int n) {
    Map<String, Integer> cc = counts(c, n);
    Map<String, Integer> rc = counts(r, n);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : cc.entrySet()) {
      overlap += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
    }
    return f1(overlap, Math.max(0, c.size() - n + 1), Math.max(0, r.size() - n + 1));
  }

  private static Map<String, Integer> counts(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  static double lcs(List<String> c, List<String> r) {
    int[] prev = new int[r.size() + 1];
    int[] cur = new int[r.size() + 1];
    for (int i = 1; i <= c.size(); i++) {
      for (int j = 1; j <= r.size(); j++) {
        cur[j] =
            c.get(i - 1).equals(r.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return f1(prev[r.size()], c.size(), r.size());
  }

  private static double f1(int overlap, int candidate, int reference) {
    if (overlap == 0 || candidate == 0 || reference == 0) {
      return 0;
    }
    double p = (double) overlap / candidate;
    double rec = (double) overlap / reference;
    return 2 * p * rec / (p + rec);
  }
}

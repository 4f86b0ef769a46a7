package dev.parallax.align;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a long sentence into clauses, so that a sentence stating two or three claims can join one
 * fact per claim. Only sentences of at least {@link #LONG} words are split, never inside a
 * quotation, and only where each part keeps at least {@link #MIN} words: at a comma or semicolon
 * before a connective ("although", "while", "which", "following"...) or a participle (", warning
 * that..."), at "and"/"but" before a verb ("... and urged the council to..."), and after the
 * opening clause of a sentence that starts with a subordinator ("While the union said X, the
 * minister insisted Y"). Short sentences are one claim often enough, and their fragments match too
 * loosely.
 */
final class Clauses {
  /** Sentences with fewer words are not split. */
  static final int LONG = 36;

  /** Fewest words a clause may have. */
  static final int MIN = 7;

  private static final Set<String> CONNECTIVES =
      DataFiles.words("grammar.tsv", "clause-connective");
  private static final Set<String> OPENERS = DataFiles.words("grammar.tsv", "clause-opener");
  private static final Set<String> NOT_CLAUSES = DataFiles.words("grammar.tsv", "not-clause");

  private Clauses() {}

  /**
   * The clauses of {@code s} as views of it (same id, a subset of its tokens); {@code [s]} if
   * unsplit.
   */
  static List<Sentence> of(Sentence s) {
    List<Token> t = s.tokens();
    if (words(t, 0, t.size()) < LONG) {
      return List.of(s);
    }
    boolean[] quoted = quoted(t);
    List<Integer> cuts = new ArrayList<>();
    int from = 0;
    for (int i = 1; i < t.size() - 1; i++) {
      if (quoted[i] || !boundary(t, i, quoted)) {
        continue;
      }
      if (words(t, from, i) >= MIN && words(t, i, t.size()) >= MIN) {
        cuts.add(i);
        from = i;
      }
    }
    if (cuts.isEmpty()) {
      return List.of(s);
    }
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    cuts.add(t.size());
    for (int cut : cuts) {
      out.add(view(s, start, cut));
      start = cut;
    }
    return out;
  }

  private static boolean boundary(List<Token> t, int i, boolean[] quoted) {
    String prev = t.get(i - 1).word();
    String w = t.get(i).word().toLowerCase(Locale.ROOT);
    String pos = t.get(i).pos();
    if (prev.equals(";")) {
      return true;
    }
    if (w.equals("and") || w.equals("but")) {
      int before = prev.equals(",") ? i - 2 : i - 1;
      if (before >= 0 && t.get(before).pos().startsWith("JJ")) {
        return false; // "a critical, but unpatched, vulnerability": two adjectives, one noun
      }
    }
    if (prev.equals(",") && !quoted[i - 1]) {
      if (CONNECTIVES.contains(w)) {
        return true;
      }
      if (pos.equals("VBG") && !NOT_CLAUSES.contains(w)) {
        return true;
      }
      // the end of an opening subordinate clause: "While X, Y"
      String first = firstWord(t);
      if (OPENERS.contains(first) && firstComma(t, quoted) == i - 1) {
        return true;
      }
    }
    if ((w.equals("and") || w.equals("but")) && i + 1 < t.size()) {
      String next = t.get(i + 1).pos();
      return next.equals("VBD") || next.equals("VBZ") || next.equals("VBP") || next.equals("MD");
    }
    return false;
  }

  private static String firstWord(List<Token> t) {
    for (Token x : t) {
      if (Character.isLetter(x.word().charAt(0))) {
        return x.word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  private static int firstComma(List<Token> t, boolean[] quoted) {
    for (int i = 0; i < t.size(); i++) {
      if (!quoted[i] && t.get(i).word().equals(",")) {
        return i;
      }
    }
    return -1;
  }

  /** Which tokens are inside a quotation (the marks included). */
  static boolean[] quoted(List<Token> t) {
    boolean[] in = new boolean[t.size()];
    boolean open = false;
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word();
      boolean opens = w.equals("``") || w.equals("“");
      boolean closes = w.equals("''") || w.equals("”");
      boolean toggles = w.equals("\"");
      if (opens || (toggles && !open)) {
        open = true;
        in[i] = true;
      } else if (closes || (toggles && open)) {
        in[i] = true;
        open = false;
      } else {
        in[i] = open;
      }
    }
    return in;
  }

  static int words(List<Token> t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += Character.isLetterOrDigit(t.get(i).word().charAt(0)) ? 1 : 0;
    }
    return n;
  }

  /** Tokens {@code [from, to)} of {@code s}, with the mentions and times inside them. */
  static Sentence view(Sentence s, int from, int to) {
    List<Token> tokens = s.tokens().subList(from, to);
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    int a = Math.max(0, Math.min(s.text().length(), start - s.start()));
    int b = Math.max(a, Math.min(s.text().length(), end - s.start()));
    List<Mention> mentions =
        s.mentions().stream().filter(m -> m.start() >= start && m.end() <= end).toList();
    List<TimeExpression> times =
        s.times().stream().filter(x -> x.start() >= start && x.end() <= end).toList();
    return new Sentence(
        s.id(), s.kind(), s.text().substring(a, b), start, end, tokens, mentions, times);
  }
}

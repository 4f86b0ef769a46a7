package dev.parallax.nlp;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause a time expression stands in, read from the part-of-speech tags of the
 * verb group that governs it: the nearest one before the expression, else the first one after it,
 * without crossing a semicolon, a colon, a dash, a bracket or a quotation mark. Stateless.
 */
enum Tense {
  /** "met on Monday", "has set Nov. 10", "the plan approved last April". */
  PAST,
  /** "will meet on Thursday", "is expected in December", "is to resume trading Tuesday". */
  FUTURE,
  /** "meet separately Monday", "is calling for the redemption on Dec. 7". */
  PRESENT,
  /** No verb, or one that does not say ("arriving Tuesday", "payable Dec. 7"). */
  NONE;

  private static final Set<String> MODALS = DataFiles.words("time.tsv", "modal");
  private static final Set<String> PLAN = DataFiles.words("time.tsv", "plan-word");
  private static final Set<String> BEFORE_TO = DataFiles.words("time.tsv", "future-before-to");
  private static final Set<String> BOUNDARY = DataFiles.words("time.tsv", "clause-boundary");

  /** The tense governing the expression at {@code [start, end)} of a sentence's tokens. */
  static Tense of(int start, int end, List<Token> tokens) {
    int[] g = governing(start, end, tokens);
    return g == null ? NONE : of(g, tokens);
  }

  /**
   * Whether the verb group governing the expression is a past perfect ("had filed compliance
   * reports by Wednesday"): what it dates was over before the time of telling.
   */
  static boolean pastPerfect(int start, int end, List<Token> tokens) {
    int[] g = governing(start, end, tokens);
    if (g == null) {
      return false;
    }
    for (int k = g[0]; k < g[1]; k++) {
      Token t = tokens.get(k);
      if (t.pos().equals("VBD") && lemma(t).equals("have")) {
        for (int j = k + 1; j <= g[1]; j++) {
          if (tokens.get(j).pos().equals("VBN")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the expression at {@code start} ends a range ("254,200 shares bought from Sept. 14 to
   * Thursday"): "to" before it and "from" at most five tokens before that; its "to" is then no
   * deadline, and the clause's tense places it.
   */
  static boolean endsRange(int start, List<Token> tokens) {
    int to = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).end() <= start; i++) {
      to = i;
    }
    if (to < 1 || !tokens.get(to).word().equalsIgnoreCase("to")) {
      return false;
    }
    for (int i = to - 1; i >= Math.max(0, to - 6) && !boundary(tokens, i); i--) {
      if (tokens.get(i).word().equalsIgnoreCase("from")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lemma of the main verb (the group's last verb) governing the expression at {@code [start,
   * end)}: "gun" of "was gunned down Friday", "charge" of "was charged Saturday"; empty when no
   * verb governs it.
   */
  static java.util.Optional<String> verbLemma(int start, int end, List<Token> tokens) {
    int[] g = governing(start, end, tokens);
    if (g == null) {
      return java.util.Optional.empty();
    }
    for (int k = g[1]; k >= g[0]; k--) {
      if (tokens.get(k).pos().startsWith("VB")) {
        return java.util.Optional.of(lemma(tokens.get(k)));
      }
    }
    return java.util.Optional.empty();
  }

  /** The verb group governing the expression, as indices of its first and last token, or null. */
  private static int[] governing(int start, int end, List<Token> tokens) {
    int before = -1;
    int after = tokens.size();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() <= start) {
        before = i;
      } else if (tokens.get(i).start() >= end) {
        after = i;
        break;
      }
    }
    for (int i = before; i >= 0 && !boundary(tokens, i); i--) {
      if (tokens.get(i).word().equalsIgnoreCase("that") && tokens.get(i).pos().equals("IN")) {
        // "Police say that on Saturday ... Gray was standing outside" (ECB+ topic 19): the date
        // belongs to the clause "that" opens, whose verb comes after it
        break;
      }
      if (tokens.get(i).isVerb()) {
        int[] g = group(tokens, i);
        if (participle(g, tokens)) {
          // "Stocks rose, ... leaving the index within 70 points of its high set on Aug. 6": a
          // participle
          // clause takes the tense of the clause it hangs on
          i = g[0];
          continue;
        }
        return g;
      }
    }
    for (int i = after; i < tokens.size() && !boundary(tokens, i); i++) {
      if (tokens.get(i).isVerb()) {
        int[] g = group(tokens, i);
        if (participle(g, tokens)) {
          // "In February, a quake measuring 6.4 ... hit the town" (ECB+ topic 20): a participle
          // after a noun modifies it; the clause's verb comes later
          i = g[1];
          continue;
        }
        return g;
      }
    }
    return null;
  }

  /** Whether a verb group is a bare present participle ("leaving", "arriving"). */
  private static boolean participle(int[] g, List<Token> tokens) {
    for (int k = g[0]; k <= g[1]; k++) {
      String pos = tokens.get(k).pos();
      if (!pos.equals("VBG") && !pos.equals("RB")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code i} ends a clause; a clock's colon, which a text may space ("around 11: 30
   * p. m. Kimani Gray was standing", ECB+ topic 19), does not.
   */
  private static boolean boundary(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.word().equals(":")
        && i > 0
        && i + 1 < tokens.size()
        && tokens.get(i - 1).word().matches("\\d{1,2}")
        && tokens.get(i + 1).word().matches("\\d{2}")) {
      return false;
    }
    return BOUNDARY.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean inGroup(Token t) {
    return t.isVerb() || t.pos().equals("TO") || t.pos().equals("RB");
  }

  /**
   * The indices of the verb group holding token {@code i}: verbs, modals, "to" and adverbs between.
   */
  private static int[] group(List<Token> tokens, int i) {
    int from = i;
    while (from > 0 && inGroup(tokens.get(from - 1))) {
      from--;
    }
    int to = i;
    while (to + 1 < tokens.size() && inGroup(tokens.get(to + 1))) {
      to++;
    }
    while (from < to && !tokens.get(from).isVerb() && !tokens.get(from).pos().equals("TO")) {
      from++;
    }
    return new int[] {from, to};
  }

  private static Tense of(int[] span, List<Token> tokens) {
    List<Token> g = new ArrayList<>();
    for (int k = span[0]; k <= span[1]; k++) {
      if (!tokens.get(k).pos().equals("RB")) {
        g.add(tokens.get(k));
      }
    }
    if (g.isEmpty()) {
      return NONE;
    }
    for (int k = 0; k < g.size(); k++) {
      Token t = g.get(k);
      String word = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD") && MODALS.contains(word)) {
        // "would have been": a past that did not happen, still a past
        boolean perfect =
            k + 2 < g.size()
                && lemma(g.get(k + 1)).equals("have")
                && g.get(k + 2).pos().equals("VBN");
        return perfect ? PAST : FUTURE;
      }
    }
    boolean planned = false;
    for (Token t : g) {
      planned |= PLAN.contains(lemma(t));
    }
    if (planned) {
      // "is expected in December" looks ahead; "had been scheduled to expire at midnight Friday"
      // may not
      String first = g.get(0).pos();
      return first.equals("VBZ") || first.equals("VBP") || first.equals("VB") ? FUTURE : NONE;
    }
    for (int k = 0; k + 2 < g.size(); k++) {
      if (g.get(k).pos().equals("TO")
          && lemma(g.get(k + 1)).equals("have")
          && g.get(k + 2).pos().equals("VBN")) {
        // "LaRue is believed to have died Saturday" (ECB+ topic 28): a perfect infinitive is
        // past, whatever the tense of the verb it hangs on
        return PAST;
      }
    }
    if (g.get(0).pos().equals("TO")) {
      // "due to expire Friday", "scheduled to close Monday": the word before says whether it is
      // ahead
      int prev = span[0] - 1;
      return prev >= 0 && BEFORE_TO.contains(tokens.get(prev).word().toLowerCase(Locale.ROOT))
          ? FUTURE
          : NONE;
    }
    for (int k = 0; k + 1 < g.size(); k++) {
      String w = g.get(k).word().toLowerCase(Locale.ROOT);
      if (g.get(k + 1).pos().equals("TO")
          && (lemma(g.get(k)).equals("be") || BEFORE_TO.contains(w))) {
        return FUTURE; // "is to resume", "is going to meet", "plans to meet"
      }
    }
    Token head = g.get(0);
    switch (head.pos()) {
      case "VBD":
        return PAST;
      case "VBZ":
      case "VBP":
        for (int k = 1; k < g.size(); k++) {
          if (lemma(head).equals("have") && g.get(k).pos().equals("VBN")) {
            return PAST; // "has set", "have approved"
          }
        }
        return PRESENT;
      case "VBN":
        return PAST; // "the plan approved last April"
      default:
        return NONE;
    }
  }

  private static String lemma(Token t) {
    return (t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }
}

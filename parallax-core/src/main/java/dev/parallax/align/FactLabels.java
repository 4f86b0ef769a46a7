package dev.parallax.align;

import dev.parallax.internal.ClauseWords;
import dev.parallax.internal.DataFiles;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fact's label: the claim as a person reads it in the coverage matrix, taken from the fact's own
 * wordings. Of its sentences (or clauses, for long ones) it takes the shortest that reads on its
 * own: one with no loaded word in the outlet's voice when the caller can tell (the label states the
 * claim, not one outlet's framing of it), not mostly a quotation (one speaker's words, not the
 * claim) and not opening with a pronoun that points to a sentence before ("He said...") or with a
 * participle whose subject was left in another clause ("Saying it ..."), falling back to the
 * shortest of all. That wording is compressed: an opening link word ("But", "However,") and stray
 * punctuation are left off, and one longer than {@link #MAX_WORDS} words is cut at its last comma
 * or semicolon within that length (else at the length) and ends with an ellipsis. Stateless.
 */
final class FactLabels {
  /** Longest label, in words, before it is cut. */
  static final int MAX_WORDS = 24;

  /** A cut at a comma keeps at least this many words. */
  static final int MIN_CUT = 8;

  /** Shorter wordings are fragments; they label a fact only when no other reads alone. */
  static final int MIN_WORDS = 4;

  private static final Set<String> DROP = DataFiles.words("grammar.tsv", "label-drop");
  private static final Set<String> PRONOUNS = DataFiles.words("grammar.tsv", "pronoun");

  /**
   * Conjunctions that open a dependent clause, those of time among them ("After listening to a news
   * conference ...", "As prime ministers ... converged on London", AllSides train-404 and -1720).
   */
  private static final Set<String> SUBORDINATORS = ClauseWords.DEPENDENT_OPENERS;

  private static final Set<String> RELATIVES = DataFiles.words("grammar.tsv", "relative-pronoun");

  private FactLabels() {}

  /** The label of a fact whose wordings are {@code units} (at least one). */
  static String of(List<Sentence> units) {
    return of(units, s -> false);
  }

  /**
   * The same, preferring a wording {@code loaded} does not hold (a label states the claim, not one
   * outlet's framing of it) over one that is mostly a quotation or opens with a pronoun; a fragment
   * is still the last resort.
   */
  static String of(List<Sentence> units, java.util.function.Predicate<Sentence> loaded) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("a fact needs at least one wording to label");
    }
    Sentence best = null;
    int bestPenalty = Integer.MAX_VALUE;
    int bestWords = Integer.MAX_VALUE;
    for (Sentence u : units) {
      int words = Clauses.words(u.tokens(), 0, u.tokens().size());
      int penalty =
          (mostlyQuoted(u) ? 2 : 0)
              + (opensWithPronoun(u)
                      || opensWithParticiple(u)
                      || dependent(u)
                      || introduces(u)
                      // a headline the cleaner kept as body ("Obama Administration Restores
                      // Endangered Species Act Protections!")
                      || dev.parallax.clean.Cleaner.titleCase(u.text())
                  ? 1
                  : 0)
              // a phrase with no verb states no claim at all, where a clause that opens with a
              // pronoun or a participle still states one (".314 percentage behind the three-point
              // line, 26th in the league" had labelled a fact over "The Sixers went on to win 18
              // of their next 23 games, becoming ...", ECB+ topic 5)
              + (verbless(u) ? 2 : 0)
              + (words < MIN_WORDS ? 4 : 0)
              + (loaded.test(u) ? 3 : 0);
      if (penalty < bestPenalty || (penalty == bestPenalty && words < bestWords)) {
        best = u;
        bestPenalty = penalty;
        bestWords = words;
      }
    }
    return compress(best);
  }

  private static boolean mostlyQuoted(Sentence s) {
    boolean[] quoted = Clauses.quoted(s.tokens());
    int in = 0;
    int words = 0;
    for (int i = 0; i < quoted.length; i++) {
      if (isWord(s.tokens().get(i))) {
        words++;
        in += quoted[i] ? 1 : 0;
      }
    }
    return words > 0 && 2 * in > words;
  }

  /**
   * Opens with a pronoun ("He pleaded guilty"), or with a relative pronoun: a relative clause cut
   * from its sentence ("Who was walking with her son and who can be seen in the video ...").
   */
  private static boolean opensWithPronoun(Sentence s) {
    int first = start(s.tokens());
    if (first >= s.tokens().size()) {
      return false;
    }
    String w = s.tokens().get(first).word().toLowerCase(Locale.ROOT);
    return PRONOUNS.contains(w) || RELATIVES.contains(w);
  }

  /**
   * A clause that depends on another it does not hold: it opens with a subordinating conjunction
   * and no comma follows to end it ("While two of them managed to escape", cut from "..., INS
   * Sukanya intercepted the remaining three boats"), so it states no claim alone.
   */
  private static boolean dependent(Sentence s) {
    List<Token> t = s.tokens();
    int first = start(t);
    if (first >= t.size() || !opensDependent(t, first)) {
      return false;
    }
    boolean comma = false;
    for (int i = first + 1; i < t.size(); i++) {
      if (t.get(i).word().equals(",")) {
        comma = true;
      } else if (comma && isWord(t.get(i))) {
        // the main clause follows the comma; "..., according to documents released Friday" is
        // none
        return t.get(i).word().equalsIgnoreCase("according");
      }
    }
    return true;
  }

  /**
   * Ends with a colon: it introduces what the next sentence says ("Human Rights Watch said in a
   * report last month:", ECB+ topic 11), which it does not hold.
   */
  private static boolean introduces(Sentence s) {
    List<Token> t = s.tokens();
    return !t.isEmpty() && t.get(t.size() - 1).word().equals(":");
  }

  /**
   * No verb at all: a phrase cut from a clause ("Etisalat networks across parts of Alexandria and
   * Suez", from "... disrupted Vodafone, Mobinil and Etisalat networks across parts of ..."), which
   * states no claim.
   */
  private static boolean verbless(Sentence s) {
    return s.tokens().stream().noneMatch(Token::isVerb);
  }

  /**
   * A clause cut from a longer sentence that opens with its verb ("Saying it did not align with
   * U.S. interests", "Opened fire, killing two women ..."): its subject is in the part left out, so
   * it does not read alone.
   */
  private static boolean opensWithParticiple(Sentence s) {
    int first = start(s.tokens());
    if (first >= s.tokens().size()) {
      return false;
    }
    return s.tokens().get(first).pos().startsWith("VB");
  }

  /** The first token after opening punctuation, link words and a clause's "that". */
  private static int start(List<Token> t) {
    int i = 0;
    boolean linked = false;
    while (i < t.size()) {
      Token x = t.get(i);
      if (!isWord(x) && !isQuote(x)) {
        i++;
      } else if (DROP.contains(x.word().toLowerCase(Locale.ROOT))) {
        linked = true;
        i++;
      } else if (x.word().equalsIgnoreCase("that") && i > 0 && linked) {
        // a second clause of what someone said ("..., said it was early, but that investigators
        // would look"): "that" after a dropped link word, not a demonstrative ("That decision")
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  static String compress(Sentence s) {
    List<Token> t = s.tokens();
    int from = start(t);
    if (from >= t.size()) {
      return s.text().strip();
    }
    int to = t.size();
    boolean cut = false;
    if (Clauses.words(t, from, to) > MAX_WORDS) {
      cut = true;
      int words = 0;
      int comma = -1;
      int limit = to;
      for (int i = from; i < to; i++) {
        if (isWord(t.get(i))) {
          words++;
          if (words > MAX_WORDS) {
            limit = i;
            break;
          }
        } else if ((t.get(i).word().equals(",") || t.get(i).word().equals(";"))
            && words >= MIN_CUT) {
          comma = i;
        }
      }
      if (comma > 0 && opensDependent(t, from) && firstComma(t, from) == comma) {
        // "When activity on the street seemed to have settled, ...": a cut at the clause's own
        // comma would leave the dependent clause alone; keep the words up to the limit instead
        comma = -1;
      }
      to = comma > 0 ? comma : limit;
    }
    // no dangling punctuation at the end, and no lone quotation mark at either end; a bracket
    // that closes one opened within the label stays ("fell to 36-3 (24 KOs)"), as does the sign
    // of a number's unit ("turnout was almost 90%", ECB+ topic 11)
    while (to > from
        && !isWord(t.get(to - 1))
        && !t.get(to - 1).word().equals("%")
        && !isQuote(t.get(to - 1))
        && !(bracket(t.get(to - 1)) < 0 && openBrackets(t, from, to - 1) > 0)) {
      to--;
    }
    List<Token> kept = new ArrayList<>(t.subList(from, to));
    int quotes = 0;
    for (Token x : kept) {
      quotes += isQuote(x) ? 1 : 0;
    }
    if (quotes % 2 == 1) {
      if (isQuote(kept.get(0))) {
        kept.remove(0);
      } else if (isQuote(kept.get(kept.size() - 1)) && !cut) {
        kept.remove(kept.size() - 1);
      }
    }
    if (kept.isEmpty()) {
      return s.text().strip();
    }
    int a = kept.get(0).start() - s.start();
    int b = kept.get(kept.size() - 1).end() - s.start();
    String text = a >= 0 && b <= s.text().length() && a < b ? s.text().substring(a, b) : s.text();
    text = text.strip();
    if (cut) {
      text = text + " …";
    }
    return text.isEmpty()
        ? s.text().strip()
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean opensDependent(List<Token> t, int from) {
    return SUBORDINATORS.contains(t.get(from).word().toLowerCase(Locale.ROOT));
  }

  private static int firstComma(List<Token> t, int from) {
    for (int i = from; i < t.size(); i++) {
      if (t.get(i).word().equals(",") || t.get(i).word().equals(";")) {
        return i;
      }
    }
    return -1;
  }

  /** 1 for an opening round or square bracket, -1 for a closing one, else 0. */
  private static int bracket(Token t) {
    return switch (t.word()) {
      case "(", "[", "-LRB-", "-LSB-" -> 1;
      case ")", "]", "-RRB-", "-RSB-" -> -1;
      default -> 0;
    };
  }

  /** Brackets opened and not closed among tokens {@code [from, to)}. */
  private static int openBrackets(List<Token> t, int from, int to) {
    int open = 0;
    for (int i = from; i < to; i++) {
      open = Math.max(0, open + bracket(t.get(i)));
    }
    return open;
  }

  private static boolean isWord(Token t) {
    return Character.isLetterOrDigit(t.word().charAt(0));
  }

  private static boolean isQuote(Token t) {
    String w = t.word();
    return w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”") || w.equals("\"");
  }
}

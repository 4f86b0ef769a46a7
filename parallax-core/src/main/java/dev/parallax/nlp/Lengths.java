package dev.parallax.nlp;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link TimeFixer}'s rules for lengths of time that place something in time rather than measure
 * it: "in N units" in a future clause is the time N units after publication ("The stock would be
 * redeemed in five years", TimeBank's 1994 in a 1989 story); an approximate or vague one ("in a
 * year or two", "in a few years") is some time ahead. The other lengths after "in" ("the first time
 * in years", "within a week") stay lengths. Stateless.
 */
final class Lengths {
  private static final Pattern IN_LENGTH = DataFiles.pattern("time.tsv", "in-length");

  private Lengths() {}

  /**
   * Whether the length after "in" counts the span a rank holds over ("Cheeks will be the fifth
   * coach in four years", "will be the highest in five years": ECB+ topic 5 had dated the first
   * four years ahead): an ordinal or a superlative between the clause's verb and "in".
   */
  static boolean ranked(TimeExpression t, List<Token> tokens) {
    int in = TimeFixer.indexBefore(t, tokens);
    if (in < 0 || !tokens.get(in).word().equalsIgnoreCase("in")) {
      return false;
    }
    for (int i = in - 1; i >= 0 && i >= in - 8; i--) {
      Token tok = tokens.get(i);
      String pos = tok.pos();
      if (pos.startsWith("VB") || pos.equals(",") || pos.equals(":") || pos.equals(".")) {
        return false;
      }
      if (tok.ner().equals("ORDINAL") || pos.equals("JJS") || pos.equals("RBS")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date a length after "in" names, when the clause looks ahead; empty otherwise.
   *
   * @param before the lower-cased word before the expression
   * @param after the lower-cased word after it ("or" in "in a year or two")
   */
  static Optional<TimeExpression> inFuture(
      TimeExpression t, String lower, String before, String after, Tense tense, LocalDate pub) {
    Matcher m = IN_LENGTH.matcher(lower);
    if (!t.type().equals("DURATION")
        || !before.equals("in")
        || tense != Tense.FUTURE
        || !m.matches()) {
      return Optional.empty();
    }
    OptionalInt n = CalendarWords.number(m.group(1));
    Optional<Character> unit = CalendarWords.unit(m.group(2));
    if (unit.isEmpty() || n.isEmpty() && !CalendarWords.vague(m.group(1))) {
      return Optional.empty();
    }
    if (after.equals("or") || n.isEmpty()) {
      // "You may, in a year or two, save a few more lives": no point ahead to name
      return Optional.of(TimeFixer.dated(t, "FUTURE_REF"));
    }
    char u = unit.get();
    LocalDate d = CalendarWords.plus(pub, n.getAsInt(), u);
    return Optional.of(TimeFixer.dated(t, CalendarWords.at(d, u == 'E' ? 'Y' : u)));
  }
}

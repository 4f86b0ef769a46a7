package dev.parallax.align;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts and amounts in a sentence, each with the unit it is attached to: the noun it counts
 * ({@code 12 warships} -> {@code warship}; a measure joined to the noun it modifies, {@code a
 * 7-yard touchdown pass} -> {@code yard pass}), a currency or {@code percent}. Years, dates and
 * times are left to the date tagger; ordinals are not quantities.
 */
final class Quantities {
  /** A number as written, its value and the lemma of what it counts ({@code ""} if unknown). */
  record Quantity(String text, String value, String unit, Bound bound, double step) {
    Quantity(String text, String value, String unit) {
      this(text, value, unit, Bound.EXACT, 0);
    }

    /** The same quantity without how it was written (hedge, rounding). */
    Quantity plain() {
      return new Quantity(text, value, unit);
    }
  }

  /**
   * What a number written with a hedge says of the true value: at least it ("more than 6,900"), at
   * most it ("fewer than 20"), near it ("about 188,000", "almost $139 million"), or it exactly.
   */
  enum Bound {
    EXACT,
    AT_LEAST,
    AT_MOST,
    ABOUT;

    /**
     * The lowest and highest value {@code v} so written can mean, {@code step} the rounding of its
     * last written digit (0: none).
     */
    double[] range(double v, double step) {
      return switch (this) {
        // a value that rounds to v: the half-open interval, so that 11 and 12 do not meet at 11.5
        case EXACT -> new double[] {v - step / 2 * (1 - 1e-9), v + step / 2 * (1 - 1e-9)};
        case AT_LEAST -> new double[] {v, Double.POSITIVE_INFINITY};
        case AT_MOST -> new double[] {Double.NEGATIVE_INFINITY, v};
        case ABOUT -> new double[] {v * (1 - NEAR), v * (1 + NEAR)};
      };
    }
  }

  /** How far from a number "about" it reaches: a tenth either way. */
  static final double NEAR = 0.1;

  /** Whether two numbers, each with its hedge and rounding, can give the same value. */
  static boolean compatible(Quantity a, Quantity b) {
    double[] x = a.bound().range(Double.parseDouble(a.value()), a.step());
    double[] y = b.bound().range(Double.parseDouble(b.value()), b.step());
    return x[0] <= y[1] && y[0] <= x[1];
  }

  /**
   * The rounding a number written with two significant digits or more says it was given: a unit of
   * its last digit ("2.1" 0.1, "138" 1); 0 for one digit ("30", "1"), which may be a round figure
   * of any size.
   */
  static double writtenStep(String word) {
    String w = word.replace(",", "");
    if (!w.matches("\\d+(\\.\\d+)?")) {
      return 0;
    }
    String digits = w.replace(".", "").replaceFirst("^0+", "");
    int dot = w.indexOf('.');
    if (dot >= 0) {
      return digits.length() >= 2 ? Math.pow(10, -(w.length() - dot - 1)) : 0;
    }
    // trailing zeros of a whole number are not significant: "30" is one digit, "300" one
    String significant = digits.replaceFirst("0+$", "");
    return significant.length() >= 2 ? Math.pow(10, digits.length() - significant.length()) : 0;
  }

  /**
   * The noun a quantity ending before token {@code k} is counted per ("120 miles per hour", "$25
   * million a season", "three meals each day"), or "".
   */
  private static String rate(List<Token> t, int k) {
    if (k + 1 >= t.size() || !t.get(k + 1).pos().startsWith("NN")) {
      return "";
    }
    String w = t.get(k).word().toLowerCase(Locale.ROOT);
    String noun = t.get(k + 1).lemma().toLowerCase(Locale.ROOT);
    if (w.equals("per")) {
      return noun;
    }
    String next = k + 2 < t.size() ? t.get(k + 2).word().toLowerCase(Locale.ROOT) : "";
    // "88% a month after receiving the shots": a time, not a rate
    return RATE_ARTICLES.contains(w) && RATE_UNITS.contains(noun) && !TIME_AFTER.contains(next)
        ? noun
        : "";
  }

  private static final Set<String> TIME_AFTER =
      Set.of("after", "ago", "later", "earlier", "before", "from", "since", "into", "or");

  private static final Set<String> RATE_ARTICLES = Set.of("a", "an", "each", "every");
  private static final Set<String> RATE_UNITS = DataFiles.words("grammar.tsv", "rate-unit");

  /**
   * The number at {@code start} (after its currency sign, if any) opens a bracket right after
   * another amount: "85 million euros ($108 million)", "$US1 million ($1.52 million)", "1,150
   * kilometres (700 miles)" restate it in another unit.
   */
  private static boolean conversion(List<Token> t, int start, List<Found> found) {
    int b = start - 1;
    if (b >= 0 && CURRENCY.contains(t.get(b).word().toLowerCase(Locale.ROOT))) {
      b--;
    }
    if (b < 1 || !(t.get(b).word().equals("(") || t.get(b).word().equals("-LRB-"))) {
      return false;
    }
    Token before = t.get(b - 1);
    return before.pos().equals("CD")
        || SCALES.contains(before.word().toLowerCase(Locale.ROOT))
        || !found.isEmpty() && found.get(found.size() - 1).end() == b;
  }

  /** "other" right before the number or between it and its noun. */
  private static boolean other(List<Token> t, int start, int end) {
    for (int j = Math.max(0, start - 1); j < end; j++) {
      if (t.get(j).word().equalsIgnoreCase("other")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a number in tokens [start, end) counts more of something: "15 more", "another 20". */
  private static boolean increment(List<Token> t, int start, int end) {
    String after = end < t.size() ? t.get(end).word().toLowerCase(Locale.ROOT) : "";
    String before = start > 0 ? t.get(start - 1).word().toLowerCase(Locale.ROOT) : "";
    String two = start > 1 ? t.get(start - 2).word().toLowerCase(Locale.ROOT) : "";
    return after.equals("more")
        || after.equals("additional")
        || before.equals("another")
        || before.equals("additional") && two.equals("an");
  }

  private static final Map<String, Long> WORDS =
      Map.ofEntries(
          Map.entry("two", 2L),
          Map.entry("three", 3L),
          Map.entry("four", 4L),
          Map.entry("five", 5L),
          Map.entry("six", 6L),
          Map.entry("seven", 7L),
          Map.entry("eight", 8L),
          Map.entry("nine", 9L),
          Map.entry("ten", 10L),
          Map.entry("eleven", 11L),
          Map.entry("twelve", 12L),
          Map.entry("dozen", 12L),
          Map.entry("thirteen", 13L),
          Map.entry("fourteen", 14L),
          Map.entry("fifteen", 15L),
          Map.entry("sixteen", 16L),
          Map.entry("seventeen", 17L),
          Map.entry("eighteen", 18L),
          Map.entry("nineteen", 19L),
          Map.entry("twenty", 20L),
          Map.entry("thirty", 30L),
          Map.entry("forty", 40L),
          Map.entry("fifty", 50L),
          Map.entry("sixty", 60L),
          Map.entry("seventy", 70L),
          Map.entry("eighty", 80L),
          Map.entry("ninety", 90L),
          Map.entry("hundred", 100L),
          Map.entry("thousand", 1_000L),
          Map.entry("million", 1_000_000L),
          Map.entry("billion", 1_000_000_000L),
          Map.entry("trillion", 1_000_000_000_000L));
  private static final Set<String> SCALES = DataFiles.words("grammar.tsv", "number-scale");
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL");
  private static final Set<String> CURRENCY = DataFiles.words("grammar.tsv", "currency");
  private static final Set<String> GENERIC = DataFiles.words("grammar.tsv", "generic-count");
  private static final Set<String> DEAD = DataFiles.words("grammar.tsv", "count-dead");
  private static final Set<String> HURT = DataFiles.words("grammar.tsv", "count-hurt");
  private static final Set<String> AUXILIARY = DataFiles.words("grammar.tsv", "auxiliary");

  /** Nouns naming what a measure measures ("temperature", "distance"; {@code grammar.tsv}). */
  private static final Set<String> MEASURED = DataFiles.words("grammar.tsv", "measured");

  private static final List<String> AT_LEAST = DataFiles.list("grammar.tsv", "bound-at-least");
  private static final List<String> AT_MOST = DataFiles.list("grammar.tsv", "bound-at-most");
  private static final List<String> ABOUT = DataFiles.list("grammar.tsv", "bound-about");
  private static final Map<String, Long> SUFFIX =
      Map.of(
          "k",
          1_000L,
          "m",
          1_000_000L,
          "b",
          1_000_000_000L,
          "bn",
          1_000_000_000L,
          "t",
          1_000_000_000_000L,
          "tn",
          1_000_000_000_000L);

  /** How far from a generic count its predicate is looked for, in tokens. */
  private static final int PREDICATE_REACH = 4;

  private Quantities() {}

  /** A quantity with the tokens it spans, before parts and wholes are told apart. */
  private record Found(int start, int end, String value, String unit, Bound bound, double step) {
    Found withUnit(String other) {
      return new Found(start, end, value, other, bound, step);
    }
  }

  /** Number words the pair model's features were learned with (the rest are read for units). */
  private static final Set<String> MATCHED_WORDS =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "dozen",
          "twenty",
          "hundred",
          "thousand",
          "million",
          "billion",
          "trillion");

  /**
   * The values of the numbers a sentence writes, for matching sentences ({@link SentenceFeatures}):
   * every number, a name's ("H.R. 8") and a tally's too, since the same one in two sentences ties
   * them; read as the shipped pair model was trained to read them (a scale word multiplies, a size
   * "N by M" counts nothing, number words from the short list above).
   */
  static List<String> values(Sentence s) {
    List<Token> t = s.tokens();
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Token tok = t.get(i);
      String w = tok.word().toLowerCase(Locale.ROOT);
      if (!isNumber(tok) || !w.matches("[\\d.,]+") && !MATCHED_WORDS.contains(w)) {
        i++;
        continue;
      }
      double value = parse(tok.word());
      i++;
      int scaled = scaleEnd(t, i);
      value *= scale(t, i, scaled);
      i = scaled;
      if (Double.isNaN(value)) {
        continue;
      }
      int by = dimension(t, i);
      if (by > i) {
        i = by;
        continue;
      }
      out.add(format(value));
    }
    return out;
  }

  static List<Quantity> of(Sentence s) {
    List<Token> t = s.tokens();
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Token tok = t.get(i);
      if (!isNumber(tok)) {
        i++;
        continue;
      }
      int start = i;
      double value = parse(tok.word());
      i++;
      // "Forty - nine", split at its hyphen
      if (tens(tok.word().toLowerCase(Locale.ROOT))
          && i + 1 < t.size()
          && t.get(i).word().equals("-")
          && ones(t.get(i + 1).word().toLowerCase(Locale.ROOT))) {
        value += parse(t.get(i + 1).word());
        i += 2;
      }
      // the step of the last digit written: "2.1 million" is rounded to 100,000
      double step = writtenStep(tok.word());
      // "1.5 million", "6 thousand"
      int scaled = scaleEnd(t, i);
      value *= scale(t, i, scaled);
      step *= scale(t, i, scaled);
      i = scaled;
      // "$2.25T", "$5bn": a scale letter written onto the number
      if (i < t.size()
          && t.get(i).start() == t.get(i - 1).end()
          && SUFFIX.containsKey(t.get(i).word().toLowerCase(Locale.ROOT))) {
        value *= SUFFIX.get(t.get(i).word().toLowerCase(Locale.ROOT));
        step *= SUFFIX.get(t.get(i).word().toLowerCase(Locale.ROOT));
        i++;
      }
      if (Double.isNaN(value)) {
        continue;
      }
      // "H.R. 8", "Boeing 737", "219 to 212", "10-12": a name's number, a tally or a range count
      // nothing alone
      if (start > 0 && t.get(start - 1).pos().startsWith("NNP")) {
        continue;
      }
      // "seven AK-47 assault rifles", "an F-16": a number written onto a capitalised word with a
      // hyphen is that name's
      if (start > 1
          && t.get(start - 1).word().equals("-")
          && t.get(start - 1).start() == t.get(start - 2).end()
          && t.get(start).start() == t.get(start - 1).end()
          && Character.isUpperCase(t.get(start - 2).word().charAt(0))) {
        continue;
      }
      // "minus 17 degrees", "minus-20 degree temperatures": a value below zero
      if (start > 0 && t.get(start - 1).word().equalsIgnoreCase("minus")) {
        value = -value;
        start--;
      } else if (start > 1
          && t.get(start - 1).word().equals("-")
          && t.get(start - 2).word().equalsIgnoreCase("minus")) {
        value = -value;
        start -= 2;
      }
      if (ranged(t, start, i)) {
        continue;
      }
      int by = dimension(t, i);
      if (by > i) {
        // "a four-by-four car", "a 10 by 12 room": sizes, not counts of the noun
        i = by;
        continue;
      }
      if (conversion(t, start, found)) {
        continue; // "85 million euros ($108 million)": the same amount restated in brackets
      }
      String unit = "";
      int end = i;
      if (start > 0 && CURRENCY.contains(t.get(start - 1).word().toLowerCase(Locale.ROOT))) {
        unit = "currency:" + t.get(start - 1).word();
        start--;
      } else if (i < t.size()
          && (t.get(i).word().equals("%") || t.get(i).lemma().equalsIgnoreCase("percent"))) {
        unit = "percent";
        end = i + 1;
      } else {
        // the counted noun: the first noun within three tokens, past adjectives ("12 new warships")
        for (int j = i; j < Math.min(t.size(), i + 3); j++) {
          String pos = t.get(j).pos();
          if (pos.startsWith("NN")) {
            unit = t.get(j).lemma().toLowerCase(Locale.ROOT);
            end = j + 1;
            if (i < t.size() && t.get(i).pos().equals("HYPH")) {
              // "a 7-yard touchdown pass", "a 13-play drive": the measure of the noun after it,
              // which "went 73 yards" does not count; the words between name which of the noun's
              // kind it measures: "a three-game losing streak" is no "11-game win streak"
              int k = j + 1;
              while (k < t.size()
                  && (t.get(k).pos().startsWith("NN")
                      || (t.get(k).pos().equals("VBG") || t.get(k).pos().startsWith("JJ"))
                          && k + 1 < t.size()
                          && t.get(k + 1).pos().startsWith("NN"))) {
                k++;
              }
              unit = lemmas(t, j, k);
            } else {
              // "two bank workers": a noun before another names a kind of it, and the last common
              // noun is what is counted; a count above one before a singular noun may instead
              // measure what follows, as a hyphen would say ("an 80 yard touchdown pass", "minus
              // 20 degree temperatures"), so the whole compound is the unit: compared only with the
              // same compound
              int head = j;
              while (!clockWord(t.get(j))
                  && head + 1 < t.size()
                  && (t.get(head + 1).pos().equals("NN") || t.get(head + 1).pos().equals("NNS"))) {
                head++;
              }
              if (head == j + 1
                  && MEASURED.contains(t.get(head).lemma().toLowerCase(Locale.ROOT))) {
                // "minus-20 degree temperatures": a measure before the name of what it measures
                // is that measure ("minus 17 degrees")
                unit = t.get(j).lemma().toLowerCase(Locale.ROOT);
              } else if (head > j && t.get(j).pos().equals("NN") && Math.abs(value) > 1) {
                unit = lemmas(t, j, head + 1);
              } else {
                unit = t.get(head).lemma().toLowerCase(Locale.ROOT);
              }
              end = head + 1;
            }
            // "seven seasons as an assistant coach", "four seasons as director of personnel": a
            // span of time in a role counts that role's time, not another's
            String role = asRole(t, end);
            if (!role.isEmpty()) {
              unit = unit + " as " + role;
            }
            break;
          }
          if (!(pos.startsWith("JJ") || pos.equals("HYPH"))) {
            break;
          }
        }
      }
      if (unit.isEmpty()) {
        // "took 11 of the injured", "two of the dead": a part of a set an adjective names, compared
        // only with parts of the same ("12 of the injured"), not with the set's own count
        String set = adjectiveSet(t, i);
        if (!set.isEmpty()) {
          unit = said(set) + PART;
          end = i + 3;
        }
      }
      if ((unit.equals("a.") || unit.equals("p."))
          && end < t.size()
          && t.get(end).word().equalsIgnoreCase("m.")) {
        continue; // "around 10 a. m." (a text that spaced its clock time): an hour, not a count
      }
      if (unit.equals("block") && end < t.size() && t.get(end).word().equalsIgnoreCase("of")) {
        continue; // "the 22000 block of Joliet Avenue": an address, not a count
      }
      // "five degrees below zero"
      if (end + 1 < t.size()
          && t.get(end).word().equalsIgnoreCase("below")
          && t.get(end + 1).word().equalsIgnoreCase("zero")) {
        value = -value;
        end += 2;
      }
      // "15 more inches", "another 20 troops": an increment, not a total
      if (!unit.isEmpty() && increment(t, start, i)) {
        unit = unit + " more";
      }
      // "five other bank workers", "the other three boats": a count of another set
      if (!unit.isEmpty() && other(t, start, end)) {
        unit = unit + " other";
      }
      // "$25 million a season", "120 miles per hour": a rate, compared only with rates of it
      String per = rate(t, end);
      if (!unit.isEmpty() && !per.isEmpty()) {
        unit = unit + " per " + per;
      }
      found.add(new Found(start, end, format(value), unit, bound(t, start), step));
    }
    partsOfWholes(t, found);
    List<Quantity> out = new ArrayList<>();
    for (Found f : found) {
      String text =
          s.text()
              .substring(
                  t.get(f.start()).start() - s.start(), t.get(f.end() - 1).end() - s.start());
      String unit = f.unit();
      if (GENERIC.contains(unit)) {
        // "11 people" says nothing of whom it counts: the sentence's predicate of them does
        String said = predicate(t, f.start(), f.end());
        unit = said.isEmpty() ? unit : unit + " " + said;
      }
      out.add(new Quantity(text, f.value(), unit, f.bound(), f.step()));
    }
    return out;
  }

  /**
   * Where the scale words after a number ("1.5 million", "6 thousand") that start at {@code i} end.
   */
  private static int scaleEnd(List<Token> t, int i) {
    while (i < t.size() && SCALES.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    return i;
  }

  /** What the scale words in tokens [from, to) multiply a number by. */
  private static double scale(List<Token> t, int from, int to) {
    double k = 1;
    for (int j = from; j < to; j++) {
      k *= WORDS.get(t.get(j).word().toLowerCase(Locale.ROOT));
    }
    return k;
  }

  /** The hedge in the words before a number that starts at token {@code start}. */
  static Bound bound(List<Token> t, int start) {
    StringBuilder b = new StringBuilder(" ");
    for (int j = Math.max(0, start - 3); j < start; j++) {
      b.append(t.get(j).word().toLowerCase(Locale.ROOT)).append(' ');
    }
    String before = b.toString();
    // the longest phrase decides: "no more than" is at most, "more than" at least
    Bound found = Bound.EXACT;
    int length = 0;
    for (Bound k : List.of(Bound.AT_LEAST, Bound.AT_MOST, Bound.ABOUT)) {
      List<String> phrases = k == Bound.AT_LEAST ? AT_LEAST : k == Bound.AT_MOST ? AT_MOST : ABOUT;
      for (String p : phrases) {
        if (before.endsWith(" " + p + " ") && p.length() > length) {
          found = k;
          length = p.length();
        }
      }
    }
    return found;
  }

  /** Whether the number in tokens [start, end) is one end of "N to M", "N-M" or "N - M". */
  private static boolean ranged(List<Token> t, int start, int end) {
    boolean after = end + 1 < t.size() && joins(t.get(end)) && isNumber(t.get(end + 1));
    boolean before = start >= 2 && joins(t.get(start - 1)) && isNumber(t.get(start - 2));
    return after || before;
  }

  private static boolean joins(Token k) {
    String w = k.word();
    return w.equalsIgnoreCase("to") || w.equals("-") || w.equals("–") || w.equals("—");
  }

  /**
   * What a sentence says of a generic count spanning tokens [start, end): the first verb (not an
   * auxiliary) or adjective right after it within {@link #PREDICATE_REACH} tokens ("6,900 people
   * dead", "35,000 people have signed"), else the group it is counted in ("a crowd of 200 people"),
   * else the nearest verb before it ("killed 11 people"); death and injury words each read as one
   * ("died", "were killed", "dead"). Empty when none is found within reach of the count, or a comma
   * or clause break comes first: such counts compare only with one another.
   */
  static String predicate(List<Token> t, int start, int end) {
    for (int j = end; j < Math.min(t.size(), end + PREDICATE_REACH); j++) {
      Token k = t.get(j);
      if (breaks(k)) {
        break;
      }
      String lemma = k.lemma().toLowerCase(Locale.ROOT);
      boolean verb = k.pos().startsWith("VB") && !AUXILIARY.contains(lemma);
      boolean adjective = j == end && k.pos().startsWith("JJ");
      if (verb || adjective) {
        return said(lemma);
      }
    }
    // "a crowd of 200 people": the group it is counted in
    if (start >= 2
        && t.get(start - 1).lemma().equalsIgnoreCase("of")
        && t.get(start - 2).pos().startsWith("NN")) {
      return t.get(start - 2).lemma().toLowerCase(Locale.ROOT);
    }
    for (int j = start - 1; j >= Math.max(0, start - PREDICATE_REACH); j--) {
      Token k = t.get(j);
      if (breaks(k)) {
        break;
      }
      String lemma = k.lemma().toLowerCase(Locale.ROOT);
      if (k.pos().startsWith("VB") && !AUXILIARY.contains(lemma)) {
        return said(lemma);
      }
    }
    return "";
  }

  private static boolean breaks(Token k) {
    String pos = k.pos();
    return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("WDT");
  }

  private static String said(String lemma) {
    return DEAD.contains(lemma) ? "dead" : HURT.contains(lemma) ? "hurt" : lemma;
  }

  /**
   * The words of the role an "as" at token {@code i} names, up to the role's head noun ("as an
   * assistant coach": "assistant coach"; "as the team's director": "team director"), lower-case
   * lemmas without determiners and possessives; "" when no noun follows "as".
   */
  private static String asRole(List<Token> t, int i) {
    if (i >= t.size() || !t.get(i).word().equalsIgnoreCase("as")) {
      return "";
    }
    StringBuilder role = new StringBuilder();
    String head = "";
    for (int k = i + 1; k < t.size() && k <= i + 6; k++) {
      String pos = t.get(k).pos();
      if (pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS")) {
        continue;
      }
      if (!(pos.startsWith("NN") || pos.startsWith("JJ"))) {
        break;
      }
      if (role.length() > 0) {
        role.append(' ');
      }
      role.append(t.get(k).lemma().toLowerCase(Locale.ROOT));
      if (pos.startsWith("NN")) {
        head = role.toString();
      }
    }
    return head;
  }

  /** The lower-case lemmas of tokens {@code [from, to)}, joined by spaces. */
  private static String lemmas(List<Token> t, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int m = from; m < to; m++) {
      out.append(m > from ? " " : "").append(t.get(m).lemma().toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** "a." or "p." of a clock time the text spaced ("10 a. m."). */
  private static boolean clockWord(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("a.") || w.equals("p.");
  }

  /** What a part of a set an adjective names is counted in: "11 of the injured". */
  static final String PART = " (part)";

  /**
   * The adjective or participle that names a set after "of the" at token {@code i}, with no noun
   * after it ("of the injured", "of the dead", "of the wounded"); else "".
   */
  private static String adjectiveSet(List<Token> t, int i) {
    if (i + 2 >= t.size()
        || !t.get(i).word().equalsIgnoreCase("of")
        || !t.get(i + 1).word().equalsIgnoreCase("the")) {
      return "";
    }
    Token set = t.get(i + 2);
    boolean named = set.pos().startsWith("JJ") || set.pos().equals("VBN");
    boolean nounAfter = i + 3 < t.size() && t.get(i + 3).pos().startsWith("NN");
    return named && !nounAfter ? set.word().toLowerCase(Locale.ROOT) : "";
  }

  /** What a part of a whole is counted in apart from the part: "157 of 338 seats". */
  static final String WHOLE = " (whole)";

  /**
   * "157 of 338 seats", "156 seats of the 338", "9 out of 10 doctors": the first number counts the
   * noun, the second is the whole it is a part of. The whole is counted as a unit of its own, so
   * "won 157 of 338 seats" is compared with "took 156 seats", and 338 with other wholes.
   */
  private static void partsOfWholes(List<Token> t, List<Found> found) {
    for (int k = 0; k + 1 < found.size(); k++) {
      Found part = found.get(k);
      Found whole = found.get(k + 1);
      boolean of = false;
      boolean between = whole.start() > part.end();
      // "eight of their last 10 games", "18 of its next 23 games": the adjectives name a window,
      // and part and whole count in it only
      StringBuilder window = new StringBuilder();
      for (int j = part.end(); j < whole.start() && between; j++) {
        String w = t.get(j).word().toLowerCase(Locale.ROOT);
        if (of && t.get(j).pos().startsWith("JJ")) {
          window.append(' ').append(t.get(j).lemma().toLowerCase(Locale.ROOT));
        }
        of |= w.equals("of");
        // "10 of the Saints' 16 games": a possessive name may stand before the whole
        String pos = t.get(j).pos();
        // "eight of their last 10 games": a possessive pronoun, a determiner and adjectives too
        between =
            w.equals("of")
                || w.equals("out")
                || w.equals("the")
                || of
                    && (pos.startsWith("NNP")
                        || pos.equals("POS")
                        || pos.equals("PRP$")
                        || pos.equals("DT")
                        || pos.startsWith("JJ"));
      }
      if (!between || !of || !countsANoun(part.unit()) && !countsANoun(whole.unit())) {
        continue;
      }
      if (part.unit().isEmpty()) {
        found.set(k, part.withUnit(whole.unit() + window));
        found.set(k + 1, whole.withUnit(whole.unit() + window + WHOLE));
      } else if (whole.unit().isEmpty() || whole.unit().equals(part.unit())) {
        found.set(k, part.withUnit(part.unit() + window));
        found.set(k + 1, whole.withUnit(part.unit() + window + WHOLE));
      }
    }
  }

  /** A unit that is a counted noun, not a currency or a percentage. */
  private static boolean countsANoun(String unit) {
    return !unit.isEmpty() && !unit.startsWith("currency:") && !unit.equals("percent");
  }

  /**
   * Where the second number of a dimension written "N by M" ends ("four - by - four", "10 by 12"),
   * when the tokens from {@code i} continue one; else {@code i}.
   */
  private static int dimension(List<Token> t, int i) {
    int j = i;
    if (j < t.size() && t.get(j).pos().equals("HYPH")) {
      j++;
    }
    if (j >= t.size() || !t.get(j).word().equalsIgnoreCase("by")) {
      return i;
    }
    j++;
    if (j < t.size() && t.get(j).pos().equals("HYPH")) {
      j++;
    }
    return j < t.size() && isNumber(t.get(j)) ? j + 1 : i;
  }

  private static boolean isNumber(Token t) {
    if (TIME_TAGS.contains(t.ner())) {
      return false;
    }
    if (!t.pos().equals("CD")) {
      return false;
    }
    return !Double.isNaN(parse(t.word()));
  }

  static double parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    Long named = WORDS.get(w);
    if (named != null) {
      return named;
    }
    // "forty-nine" as one token
    int dash = w.indexOf('-');
    if (dash > 0 && tens(w.substring(0, dash)) && ones(w.substring(dash + 1))) {
      return WORDS.get(w.substring(0, dash)) + parse(w.substring(dash + 1));
    }
    if (w.equals("one")) {
      return 1;
    }
    try {
      return Double.parseDouble(w);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static boolean tens(String w) {
    Long v = WORDS.get(w);
    return v != null && v >= 20 && v < 100 && v % 10 == 0;
  }

  private static boolean ones(String w) {
    return w.equals("one") || WORDS.containsKey(w) && WORDS.get(w) < 10;
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}

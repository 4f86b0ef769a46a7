package dev.parallax.nlp;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions SUTime does not find in a sentence: "mid-November", "late-November", "mid-1996",
 * "through the nineties", "In the year-ago quarter", "in the latest period", "the near term",
 * "coming quarters", "the second half of the year", "around year end" (publication's year), "fiscal
 * 1989 sales", "the latest fiscal year" (the one before publication's), "last Oct. 23", "a week or
 * so ago", and "Earlier," opening a sentence. Found ones get a provisional value that {@link
 * TimeFixer}'s rules then resolve. Part of {@link TimeFixer}; stateless.
 */
final class MissedTimes {
  private static final String LEXICON = "time.tsv";
  private static final Pattern FIND_YEAR_AGO = DataFiles.pattern(LEXICON, "find-year-ago");
  private static final Pattern FIND_LATEST_PERIOD =
      DataFiles.pattern(LEXICON, "find-latest-period");
  private static final Pattern FIND_MID = DataFiles.pattern(LEXICON, "find-mid");
  private static final Pattern FIND_DECADE_WORD = DataFiles.pattern(LEXICON, "find-decade-word");
  private static final Pattern FIND_DECADE_DIGITS =
      DataFiles.pattern(LEXICON, "find-decade-digits");
  private static final Pattern FIND_FUTURE_REF = DataFiles.pattern(LEXICON, "find-future-ref");
  private static final Pattern FIND_PAST_REF = DataFiles.pattern(LEXICON, "find-past-ref");
  private static final Pattern FIND_HALF = DataFiles.pattern(LEXICON, "find-half");
  private static final Pattern FIND_YEAR_END = DataFiles.pattern(LEXICON, "find-year-end");
  private static final Pattern FIND_MODIFIED_DAY = DataFiles.pattern(LEXICON, "find-modified-day");
  private static final Pattern FIND_OR_SO_AGO = DataFiles.pattern(LEXICON, "find-or-so-ago");
  private static final Pattern FIND_HALF_QUANTITY =
      DataFiles.pattern(LEXICON, "find-half-quantity");
  private static final Pattern FIND_MORE_QUANTITY =
      DataFiles.pattern(LEXICON, "find-more-quantity");
  private static final Pattern FIND_FISCAL_YEAR = DataFiles.pattern(LEXICON, "find-fiscal-year");
  private static final Pattern FIND_LATEST_FISCAL_YEAR =
      DataFiles.pattern(LEXICON, "find-latest-fiscal-year");

  private MissedTimes() {}

  /**
   * SUTime's expressions with the ones it misses added, in text order; a found one that covers
   * SUTime's replaces it.
   */
  static List<TimeExpression> add(
      List<TimeExpression> times, List<Token> tokens, String text, Optional<LocalDate> published) {
    if (tokens.isEmpty()) {
      return times;
    }
    int from = tokens.get(0).start();
    int to = tokens.get(tokens.size() - 1).end();
    if (from < 0 || to > text.length() || from >= to) {
      return times;
    }
    String s = text.substring(from, to);
    List<TimeExpression> out = new ArrayList<>(times);
    String year = published.map(p -> String.valueOf(p.getYear())).orElse("XXXX");
    addFound(out, FIND_YEAR_AGO.matcher(s), from, "DATE", m -> "", true);
    addFound(out, FIND_LATEST_PERIOD.matcher(s), from, "DATE", m -> "", true);
    addFound(out, FIND_MID.matcher(s), from, "DATE", m -> midValue(m.group(), year), false);
    addFound(
        out,
        FIND_DECADE_WORD.matcher(s),
        from,
        "DATE",
        m -> decadeValue(m.group(), published),
        false);
    // "the 1930's", "the mid 1930's": SUTime reads the year 1930, the apostrophe's "s" aside
    addFound(out, FIND_DECADE_DIGITS.matcher(s), from, "DATE", m -> m.group(1) + "X", true);
    addFound(out, FIND_FUTURE_REF.matcher(s), from, "DATE", m -> "FUTURE_REF", true);
    addFound(out, FIND_PAST_REF.matcher(s), from, "DATE", m -> "PAST_REF", false);
    // SUTime finds only "year", a duration
    addFound(out, FIND_YEAR_END.matcher(s), from, "DATE", m -> year, true);
    // "shot to death last Oct. 23": SUTime ends the expression at the abbreviation's point
    addFound(
        out,
        FIND_MODIFIED_DAY.matcher(s),
        from,
        "DATE",
        m -> modifiedDayValue(m.group(), m.group(1), year),
        true);
    // "Then, a week or so ago, Gen. Schwarzkopf secretly picked Saturday night": SUTime finds "a
    // week"; the ago rule dates it
    addFound(out, FIND_OR_SO_AGO.matcher(s), from, "DATE", m -> "", true);
    // "a 2 1/2 years sentence", "for at least 20 more years": SUTime reads "years", a vague length
    addFound(out, FIND_HALF_QUANTITY.matcher(s), from, "DURATION", m -> halfLength(m), true);
    addFound(
        out,
        FIND_MORE_QUANTITY.matcher(s),
        from,
        "DURATION",
        m -> length(m.group(1), m.group(2), ""),
        true);
    // "slightly above fiscal 1989 sales": SUTime finds nothing, or the bare year
    addFound(out, FIND_FISCAL_YEAR.matcher(s), from, "DATE", m -> m.group(1), true);
    // "sales in the latest fiscal year": the last one ended, a date, where SUTime finds "year"
    String yearBefore = published.map(p -> String.valueOf(p.getYear() - 1)).orElse("PAST_REF");
    addFound(out, FIND_LATEST_FISCAL_YEAR.matcher(s), from, "DATE", m -> yearBefore, true);
    // dated by Composites
    addFound(out, FIND_HALF.matcher(s), from, "DATE", m -> "", true);
    out.removeIf(t -> t.value() == null);
    out.sort(Comparator.comparingInt(TimeExpression::start));
    return out;
  }

  private interface Value {
    String of(Matcher m);
  }

  private static void addFound(
      List<TimeExpression> out,
      Matcher m,
      int offset,
      String type,
      Value value,
      boolean replaceInside) {
    while (m.find()) {
      int start = offset + m.start();
      int end = offset + m.end();
      boolean overlaps = false;
      boolean covers = true;
      for (TimeExpression t : out) {
        if (t.start() < end && t.end() > start) {
          overlaps = true;
          covers &= t.start() >= start && t.end() <= end;
        }
      }
      if (overlaps && !(replaceInside && covers)) {
        continue;
      }
      String v = value.of(m);
      if (v == null) {
        continue;
      }
      out.removeIf(t -> t.start() < end && t.end() > start);
      out.add(new TimeExpression(m.group(), type, v, start, end));
    }
  }

  /** "mid-November" in the publication's year (the month rule then places it); "mid-1996": 1996. */
  private static String midValue(String found, String year) {
    String word = found.substring(found.indexOf('-') + 1);
    if (word.matches("\\d{4}")) {
      return word;
    }
    OptionalInt m = CalendarWords.month(word);
    return m.isPresent() ? String.format(Locale.ROOT, "%s-%02d", year, m.getAsInt()) : null;
  }

  /** "5 1/2 hours": PT5H30M, "2 1/2 years": P2Y6M. */
  private static String halfLength(Matcher m) {
    String half =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "year" -> "6M";
          case "day" -> "T12H";
          case "hour" -> "30M";
          default -> "30S";
        };
    return length(m.group(1), m.group(2), half);
  }

  /** A length of a number of units in TimeML's notation, with a finer rest ("6M") after it. */
  private static String length(String number, String unitWord, String rest) {
    OptionalInt n = CalendarWords.number(number);
    String unit = unitWord.toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return null;
    }
    boolean clock = unit.equals("hour") || unit.equals("minute");
    return (clock ? "PT" : "P") + n.getAsInt() + Character.toUpperCase(unit.charAt(0)) + rest;
  }

  /** "last Oct. 23" on Oct. 23 of publication's year; the month rule then places it. */
  private static String modifiedDayValue(String found, String day, String year) {
    OptionalInt m = CalendarWords.month(found.split(" ")[1].replaceAll("\\.?\\d*$", ""));
    int d = Integer.parseInt(day);
    return m.isPresent() && d >= 1 && d <= 31
        ? String.format(Locale.ROOT, "%s-%02d-%02d", year, m.getAsInt(), d)
        : null;
  }

  /**
   * "the nineties": the latest such decade not after publication, as SUTime writes decades (199X).
   */
  private static String decadeValue(String found, Optional<LocalDate> published) {
    String[] w = found.toLowerCase(Locale.ROOT).split("[\\s-]+");
    OptionalInt d = CalendarWords.decade(w[w.length - 1]);
    if (d.isEmpty()) {
      return null;
    }
    if (published.isEmpty()) {
      return "XX" + d.getAsInt() + "X";
    }
    int century = published.get().getYear() / 100;
    int decadeYear = century * 100 + d.getAsInt() * 10;
    if (decadeYear > published.get().getYear()) {
      decadeYear -= 100;
    }
    return (decadeYear / 10) + "X";
  }
}

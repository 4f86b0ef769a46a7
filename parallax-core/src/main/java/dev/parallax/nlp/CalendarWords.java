package dev.parallax.nlp;

import dev.parallax.internal.DataFiles;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The calendar words of {@code calendar.tsv} (months, weekdays, seasons, parts of the day, units
 * and number words) and the ISO and TimeML notation of calendar periods. Stateless.
 */
final class CalendarWords {
  private static final List<String> MONTHS = DataFiles.list("calendar.tsv", "month");
  private static final List<String> WEEKDAYS = DataFiles.list("calendar.tsv", "weekday");
  private static final Map<String, String> SEASONS = coded("season");
  private static final Map<String, String> PARTS = coded("part-of-day");
  private static final Map<String, String> UNITS = coded("unit");
  private static final Map<String, String> NUMBERS = coded("number");
  private static final Map<String, String> DECADES = coded("decade-word");
  private static final Set<String> VAGUE = DataFiles.words("calendar.tsv", "vague");
  private static final Map<String, String> HOLIDAYS = coded("holiday");

  private CalendarWords() {}

  private static Map<String, String> coded(String kind) {
    Map<String, String> out = new HashMap<>();
    for (String[] row : DataFiles.rows("calendar.tsv")) {
      if (row[0].equals(kind) && row.length > 2) {
        out.put(row[1].strip().toLowerCase(Locale.ROOT), row[2].strip());
      }
    }
    return Map.copyOf(out);
  }

  private static String clean(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * The month (1-12) a word names, in full or as a three- or four-letter abbreviation ("Sept.").
   */
  static OptionalInt month(String word) {
    String w = clean(word);
    for (int i = 0; i < MONTHS.size(); i++) {
      String m = MONTHS.get(i);
      if (w.equals(m) || (w.length() >= 3 && w.length() <= 4 && m.startsWith(w))) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  static Optional<DayOfWeek> weekday(String word) {
    int i = WEEKDAYS.indexOf(clean(word));
    return i < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(i + 1));
  }

  /** A season's TimeML code ({@code SP}, {@code SU}, {@code FA}, {@code WI}). */
  static Optional<String> season(String word) {
    return Optional.ofNullable(SEASONS.get(clean(word)));
  }

  /** Whether a word names a part of the day or a clock time ("morning", "p.m."). */
  static boolean partOfDay(String word) {
    return PARTS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** A part of the day's TimeML code ("MO") or empty for clock words. */
  static String partCode(String word) {
    return PARTS.getOrDefault(word.toLowerCase(Locale.ROOT), "");
  }

  /**
   * The ISO letter of a unit word, singular or plural ({@code D W M Q Y}, {@code E} for a decade).
   */
  static Optional<Character> unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String u = UNITS.get(w);
    if (u == null && w.endsWith("s")) {
      u = UNITS.get(w.substring(0, w.length() - 1));
    }
    return u == null || u.isEmpty() ? Optional.empty() : Optional.of(u.charAt(0));
  }

  /**
   * A quantity written in digits or words ("20", "two", "twenty-five", "a"), or empty (also for
   * vague ones).
   */
  static OptionalInt number(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).strip();
    if (p.matches("\\d{1,4}")) {
      return OptionalInt.of(Integer.parseInt(p));
    }
    String n = NUMBERS.get(p);
    if (n == null) {
      String[] tens = p.split("[- ]", 2);
      String t = tens.length == 2 ? NUMBERS.get(tens[0]) : null;
      String u = tens.length == 2 ? NUMBERS.get(tens[1]) : null;
      if (t != null
          && u != null
          && Integer.parseInt(t) >= 20
          && t.endsWith("0")
          && Integer.parseInt(u) < 10) {
        return OptionalInt.of(Integer.parseInt(t) + Integer.parseInt(u));
      }
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(n));
  }

  /**
   * How the holiday an expression's lower-cased text names recurs: {@code fixed} on one day of the
   * year, {@code nth} on one weekday of its month; empty when it names no holiday whose date these
   * rules can find.
   */
  static Optional<String> holiday(String lower) {
    for (Map.Entry<String, String> h : HOLIDAYS.entrySet()) {
      if (lower.matches("(?:.*\\W)?" + java.util.regex.Pattern.quote(h.getKey()) + "(?:\\W.*)?")) {
        return Optional.of(h.getValue());
      }
    }
    return Optional.empty();
  }

  /** Whether the lower-cased text is a holiday's name alone ("christmas", not "christmas eve"). */
  static boolean holidayName(String lower) {
    return HOLIDAYS.containsKey(lower);
  }

  /** Whether a quantity gives no number ("a few", "several"). */
  static boolean vague(String phrase) {
    return VAGUE.contains(phrase.toLowerCase(Locale.ROOT).strip());
  }

  /** The digit of a decade written as a word ("nineties": 9). */
  static OptionalInt decade(String word) {
    String d = DECADES.get(word.toLowerCase(Locale.ROOT));
    return d == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(d));
  }

  /**
   * The day's period of the given unit in ISO/TimeML notation: 2026-02-06, 2026-W06, 2026-02,
   * 2026-Q1, 2026.
   */
  static String at(LocalDate d, char unit) {
    switch (unit) {
      case 'D':
        return d.toString();
      case 'W':
        return String.format(
            Locale.ROOT,
            "%d-W%02d",
            d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case 'M':
        return YearMonth.from(d).toString();
      case 'Q':
        return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
      default:
        return String.valueOf(d.getYear());
    }
  }

  /** The day moved by {@code n} of a unit (a quarter is three months, a decade ten years). */
  static LocalDate plus(LocalDate d, long n, char unit) {
    switch (unit) {
      case 'D':
        return d.plusDays(n);
      case 'W':
        return d.plusWeeks(n);
      case 'M':
        return d.plusMonths(n);
      case 'Q':
        return d.plusMonths(3 * n);
      case 'E':
        return d.plusYears(10 * n);
      default:
        return d.plusYears(n);
    }
  }
}

package dev.parallax.eval;

import dev.parallax.model.TimeExpression;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a Parallax time expression in TimeML's notation, where the two say the same thing in
 * different ways. Nothing else is changed: a value that means something else stays as it is and is
 * scored as wrong.
 *
 * <ul>
 *   <li>A range ending at the publication date that spans a whole number of years, months, weeks or
 *       days ("the past three months": Parallax {@code 1997-10-08} until {@code 1998-01-08}) is
 *       what TimeML writes as a DURATION anchored at the creation time ({@code P3M}).
 *   <li>A decade or century: Parallax keeps SUTime's {@code 197X} and {@code 19XX}; TimeML writes
 *       {@code 197} and {@code 19}.
 *   <li>A clock time with a zone: Parallax keeps the offset SUTime gives ({@code T09:00-0500} for
 *       "9 a.m. EST"); TimeML's values in TimeBank and AQUAINT are local clock times without it.
 * </ul>
 *
 * <p>A few gold values are written outside ISO 8601's own notation, and are read in it ({@link
 * #goldNotation}): a week number of one digit ({@code 2000-W8}, AQUAINT's {@code NYT20000224.0173})
 * is the week Parallax writes {@code 2000-W08}.
 */
final class TimexValues {
  /** A type and value in TimeML's notation. */
  record TimeMl(String type, String value) {}

  private static final Pattern DECADE = Pattern.compile("^(\\d{2,3})X+$");
  private static final Pattern ZONE =
      Pattern.compile("^(.*T\\d{2}(?::\\d{2})?)(?:Z|[+-]\\d{2}(?::?\\d{2})?)$");

  private static final Pattern SHORT_WEEK = Pattern.compile("^(\\d{4}-W)(\\d)(?!\\d)(.*)$");

  private TimexValues() {}

  /** A gold value in ISO 8601's notation: a one-digit week number written with two digits. */
  static String goldNotation(String value) {
    Matcher week = SHORT_WEEK.matcher(value);
    return week.matches() ? week.group(1) + "0" + week.group(2) + week.group(3) : value;
  }

  static TimeMl toTimeMl(TimeExpression t, LocalDate created) {
    if (!t.until().isEmpty()) {
      String duration = duration(t.value(), t.until(), created);
      if (duration != null) {
        return new TimeMl("DURATION", duration);
      }
    }
    Matcher decade = DECADE.matcher(t.value());
    if (decade.matches()) {
      return new TimeMl(t.type(), decade.group(1));
    }
    Matcher zone = ZONE.matcher(t.value());
    if (zone.matches()) {
      return new TimeMl(t.type(), zone.group(1));
    }
    return new TimeMl(t.type(), t.value());
  }

  /**
   * {@code PnY}, {@code PnM}, {@code PnW} or {@code PnD} for a range ending at creation, or null.
   */
  private static String duration(String from, String until, LocalDate created) {
    try {
      LocalDate a = LocalDate.parse(from);
      LocalDate b = LocalDate.parse(until);
      if (!b.equals(created) || !a.isBefore(b)) {
        return null;
      }
      long years = ChronoUnit.YEARS.between(a, b);
      if (years > 0 && a.plusYears(years).equals(b)) {
        return "P" + years + "Y";
      }
      long months = ChronoUnit.MONTHS.between(a, b);
      if (months > 0 && a.plusMonths(months).equals(b)) {
        return "P" + months + "M";
      }
      long days = ChronoUnit.DAYS.between(a, b);
      return days % 7 == 0 ? "P" + days / 7 + "W" : "P" + days + "D";
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

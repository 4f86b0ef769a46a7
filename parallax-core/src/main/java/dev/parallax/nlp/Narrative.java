package dev.parallax.nlp;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's own narrative time as it is read in order: the latest day, month, year and quarter
 * the text has dated something to, starting at the publication date. Expressions that point back
 * ("the following month", "that day", "a year earlier", "the year-ago quarter") are resolved
 * against it rather than against publication. One per document; not thread-safe.
 */
final class Narrative {
  private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:T.*)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

  final LocalDate published;
  private LocalDate day;
  private int daySentence = Integer.MIN_VALUE / 2;
  private LocalDate month;
  private LocalDate year;
  private LocalDate quarter;

  Narrative(LocalDate published) {
    this.published = published;
    this.day = published;
    this.month = published.withDayOfMonth(1);
    this.year = published.withDayOfYear(1);
  }

  /** The latest day dated, else publication. */
  LocalDate day() {
    return day;
  }

  /** The first day of the latest month dated (or of a dated day's month). */
  LocalDate month() {
    return month;
  }

  /** The first day of the latest year dated. */
  LocalDate year() {
    return year;
  }

  /**
   * The first day of the quarter the article reports, if it names one: the first quarter named
   * without a year in a clause that is not about the future ("Travelers Corp.'s third-quarter net
   * income rose 11%"); a quarter named as a prospect ("will result in a fourth-quarter charge") or
   * as history ("stopped paying a dividend in the third quarter of 1984") does not replace it.
   */
  Optional<LocalDate> quarter() {
    return Optional.ofNullable(quarter);
  }

  /**
   * Whether the latest dated day is not publication and was named at most three sentences before
   * {@code sentence}.
   */
  boolean movedAway(int sentence) {
    return !day.equals(published) && sentence - daySentence <= 3;
  }

  /**
   * Records an expression's resolved value, read in sentence {@code sentence} in a clause of that
   * tense; {@code reported} when it names a quarter without a year.
   */
  void saw(String value, int sentence, Tense tense, boolean reported) {
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        day = LocalDate.parse(m.group(1));
        daySentence = sentence;
        month = day.withDayOfMonth(1);
        year = day.withDayOfYear(1);
        return;
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        month = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        year = month.withDayOfYear(1);
        return;
      }
      m = QUARTER.matcher(value);
      if (m.matches()) {
        if (reported && quarter == null && tense != Tense.FUTURE) {
          quarter =
              LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
          year = quarter.withDayOfYear(1);
        }
        return;
      }
      m = YEAR.matcher(value);
      if (m.matches()) {
        year = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      // a value that only looks like a date moves nothing
    }
  }
}

package dev.parallax.internal;

import dev.parallax.model.Removal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines: a line that is only a date, perhaps with a weekday, a time and a zone, as pages and
 * texts copied from them print above or below the headline ("Thursday, December 11, 2008",
 * "December 15th, 2008, 7:35 am", "21 July 2013 Last updated at 11:11 GMT", "on Tuesday, 16
 * December 2008 13:45."). Such a line is page furniture, not a sentence of the article, and it says
 * when the article was published. Month and weekday names are English ({@code calendar.tsv}).
 */
public final class DateLines {
  private static final List<String> MONTH_NAMES = DataFiles.list("calendar.tsv", "month");

  /** A month, written out or cut short ("Sept.", "Dec"). */
  private static final String MONTH = names("month", "sept") + "\\.?";

  /** A weekday, written out or cut short ("Thu", "Tues."). */
  private static final String WEEKDAY = names("weekday", "tues|thur|thurs") + "\\.?,?";

  private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

  /**
   * A clock time as texts write it, tokenised or not: "7:35 am", "13: 45", "1: 00pm", "01:19 hrs",
   * "5: 03p".
   */
  private static final String TIME =
      "\\d{1,2}\\s?[:.]\\s?\\d{2}(?:\\s?[:.]\\s?\\d{2})?(?:\\s*(?:[ap]\\.?\\s?m\\.?|[ap]\\b|hrs?\\.?))?";

  /** A zone after the time: "GMT", "CST", "(GMT+05:00)", "IST". */
  private static final String ZONE =
      "\\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\\s?[+-]\\s?\\d{1,2}(?:\\s?:\\s?\\d{2})?)?\\)?";

  /**
   * What may stand between the date and its time: a comma, a dash or bar, "at", "Last updated at".
   */
  private static final String BEFORE_TIME =
      "(?:\\s*[,|\\-–—]\\s*|\\s+)(?:(?:last\\s+)?(?:updated|modified|published|posted)"
          + "(?:\\s+(?:at|on))?:?\\s*)?(?:at\\s+)?";

  /** A written date, perhaps with its weekday, and perhaps a time and a zone after it. */
  private static final String DATE_TIME =
      "(?:"
          + WEEKDAY
          + "\\s+)?(?:"
          + DAY
          + "\\s+"
          + MONTH
          + ",?|"
          + MONTH
          + "\\s+"
          + DAY
          + ",?)\\s+\\d{4}"
          + "(?:"
          + BEFORE_TIME
          + TIME
          + "(?:\\s+"
          + ZONE
          + ")?)?";

  /**
   * A line that is only a date and perhaps a time (case-insensitive; at most one line), perhaps in
   * brackets and followed by the dashes that lead into a story: "(March 20, 2007) - -"; or a date
   * and the date it was updated: "on July 13, 2009 at 10:50 AM, updated July 29, 2009 at 12:16 PM".
   */
  private static final Pattern LINE =
      Pattern.compile(
          "^[(\\[]?(?:(?:on|published|posted|updated|last updated)(?:\\s+on)?:?\\s+)?"
              + DATE_TIME
              + "(?:\\s*[,;|]?\\s*(?:last\\s+)?(?:updated|modified)(?:\\s+on)?:?\\s+"
              + DATE_TIME
              + ")?[)\\]]?(?:\\s*[-–—])*\\s*\\.?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PARTS =
      Pattern.compile(
          "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}{3,9})\\.?,?|(\\p{L}{3,9})\\.?\\s+(\\d{1,2})"
              + "(?:st|nd|rd|th)?,?)\\s+(\\d{4})",
          Pattern.CASE_INSENSITIVE);

  /** "2026-09-09", or tokenised as texts copied from pages print it: "2012 - 04 - 04". */
  private static final Pattern ISO =
      Pattern.compile("\\b(\\d{4})\\s?-\\s?(\\d{2})\\s?-\\s?(\\d{2})\\b");

  /**
   * A North American time zone ("8: 13 AM PDT 8 / 2 / 2013"): the line's date in figures is then
   * written month first, as in the United States and Canada.
   */
  private static final Pattern MONTH_FIRST_ZONE =
      Pattern.compile("\\b(?:[ECMP][SD]T|ET|PT|AKST|AKDT)\\b");

  /**
   * A month and its day alone, perhaps after a weekday: the date badge a blog prints over a post
   * ("APR 28", "Tue, Mar. 3"). Says no year, so dates nothing.
   */
  private static final Pattern DAY_BADGE =
      Pattern.compile(
          "^(?:" + WEEKDAY + "\s+)?" + MONTH + "\s+" + DAY + "$", Pattern.CASE_INSENSITIVE);

  private DateLines() {}

  /** Whether a line is a dateline. */
  public static boolean isDateLine(String line) {
    String l = line.strip();
    return LINE.matcher(l).matches() || DAY_BADGE.matcher(l).matches();
  }

  /**
   * The date a line names: its first "9 Sep 2026", "Sep. 9, 2026", "September 9th, 2026" or
   * "2026-09-09", else one in figures with slashes where day and month cannot be confused
   * ("11/28/2005", "11 / 28 / 05") or a North American time zone says the month comes first ("8: 13
   * AM PDT 8 / 2 / 2013"); empty when it names none or an impossible one.
   */
  public static Optional<LocalDate> date(String line) {
    Matcher m = PARTS.matcher(line);
    while (m.find()) {
      String day = m.group(1) != null ? m.group(1) : m.group(4);
      String month = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
      // a month's name or the start of it ("sept"), not a word that starts like one ("mayday")
      for (int mi = 0; mi < MONTH_NAMES.size(); mi++) {
        if (MONTH_NAMES.get(mi).startsWith(month)) {
          return of(Integer.parseInt(m.group(5)), mi + 1, Integer.parseInt(day));
        }
      }
    }
    Matcher iso = ISO.matcher(line);
    if (iso.find()) {
      return of(
          Integer.parseInt(iso.group(1)),
          Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
    }
    Matcher slashed = SLASHED.matcher(line);
    if (slashed.find()) {
      int a = Integer.parseInt(slashed.group(1));
      int b = Integer.parseInt(slashed.group(2));
      int year = Integer.parseInt(slashed.group(3));
      if (slashed.group(3).length() == 2) {
        year += year <= LocalDate.now().getYear() % 100 + 1 ? 2000 : 1900;
      }
      // month and day in either order (11/28/05, 28/11/05), only where one of them cannot be a
      // month or the line's time zone says the order; 11/10/05 is left undated rather than dated
      // a month wrong
      if (MONTH_FIRST_ZONE.matcher(line).find()) {
        return of(year, a, b);
      }
      if (a > 12 && b <= 12) {
        return of(year, b, a);
      }
      if (b > 12 && a <= 12 || a == b) {
        return of(year, a, b);
      }
    }
    return Optional.empty();
  }

  /** A date in figures with slashes, spaced or not: "11/28/2005", "11 / 28 / 05". */
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/])(\\d{1,2})\\s?/\\s?(\\d{1,2})\\s?/\\s?(\\d{4}|\\d{2})(?![\\d/])");

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A calendar word of a kind, written out or as its first three letters, or one of {@code more}: a
   * group of alternatives that ends at a word's end.
   */
  private static String names(String kind, String more) {
    List<String> words = DataFiles.list("calendar.tsv", kind);
    List<String> all = new java.util.ArrayList<>(words);
    words.forEach(w -> all.add(w.substring(0, 3)));
    return "(?:" + String.join("|", all) + "|" + more + ")\\b";
  }

  /** A timestamp that says when the text was changed, not when it was published. */
  private static final Pattern UPDATE_LINE =
      Pattern.compile(
          "^\\W*(?:last\\s+)?(?:updated|modified|aktualisiert|actualizado|mis à jour)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The date a text prints above or below its headline, among the lines the cleaner took out as
   * timestamps ("July 13, 2009 12: 49 PM EDT"), as an HTML page without date metadata is dated: the
   * first that is no update line, else the first update line.
   */
  public static Optional<LocalDate> printed(List<Removal> removed) {
    Optional<LocalDate> update = Optional.empty();
    for (Removal r : removed) {
      if (r.reason().equals("timestamp")) {
        Optional<LocalDate> d = date(r.text());
        if (d.isPresent() && !UPDATE_LINE.matcher(r.text()).find()) {
          return d;
        }
        if (update.isEmpty()) {
          update = d; // "Last updated: ...": the text's date only when it prints no other
        }
      }
    }
    return update;
  }
}

package dev.parallax.nlp;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.TimeExpression;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link TimeFixer}'s rules for named calendar periods without a year: ordinal and reported
 * quarters, the weekend, weekdays, months and days, seasons. Each picks one occurrence of the
 * period around publication by the clause's tense and the modifier before it ("last", "next",
 * "this"). Stateless.
 */
final class Periods {
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern MODIFIER = DataFiles.pattern("time.tsv", "modifier");
  private static final Pattern PART_OF_DAY_VALUE = Pattern.compile("T(?:MO|AF|EV|NI)$");

  private Periods() {}

  static TimeExpression quarter(TimeExpression t, String ordinal, Tense tense, LocalDate pub) {
    int q =
        switch (ordinal) {
          case "first" -> 1;
          case "second" -> 2;
          case "third" -> 3;
          default -> 4;
        };
    Matcher year = YEAR_IN_TEXT.matcher(t.text());
    if (year.find() && year.group().length() == 4) {
      return TimeFixer.dated(t, year.group() + "-Q" + q); // "the 1988 second quarter"
    }
    if (t.text().toLowerCase(java.util.Locale.ROOT).contains("this year")) {
      return TimeFixer.dated(t, pub.getYear() + "-Q" + q);
    }
    List<LocalDate> candidates = new ArrayList<>();
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      candidates.add(LocalDate.of(y, 3 * q - 2, 1));
    }
    LocalDate pubQuarter = LocalDate.of(pub.getYear(), 3 * ((pub.getMonthValue() - 1) / 3) + 1, 1);
    // a past clause never names a quarter still ahead; results of the quarter just ended are
    // announced ahead
    int slack = tense == Tense.PAST ? 0 : QUARTER_SLACK;
    return TimeFixer.dated(
        t, CalendarWords.at(choose(candidates, pubQuarter, "", tense, slack), 'Q'));
  }

  /**
   * "the quarter", "the latest period": the quarter the article reports, else the last one ended.
   */
  static TimeExpression reportedQuarter(TimeExpression t, String lower, Tense tense, Narrative n) {
    if (lower.contains("current") || (lower.startsWith("this") && n.quarter().isEmpty())) {
      return TimeFixer.dated(t, CalendarWords.at(n.published, 'Q'));
    }
    LocalDate q = n.quarter().orElse(n.published.minusMonths(3));
    return TimeFixer.dated(t, CalendarWords.at(q, 'Q'));
  }

  static TimeExpression weekend(TimeExpression t, String lower, Tense tense, LocalDate pub) {
    LocalDate saturday;
    if (lower.contains("last")
        || lower.contains("past")
        || (tense == Tense.PAST && !lower.contains("next"))) {
      saturday =
          pub.minusDays(1)
              .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    } else if (lower.contains("next") || lower.contains("coming") || tense == Tense.FUTURE) {
      saturday = pub.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    } else {
      return t;
    }
    return TimeFixer.dated(t, CalendarWords.at(saturday, 'W') + "-WE");
  }

  static TimeExpression weekday(
      TimeExpression t, DayOfWeek wd, String lower, Tense tense, Narrative n) {
    LocalDate pub = n.published;
    Matcher mod = MODIFIER.matcher(lower);
    String modifier = mod.find() ? mod.group(1) : "";
    LocalDate before = pub.with(java.time.temporal.TemporalAdjusters.previousOrSame(wd));
    LocalDate after = pub.with(java.time.temporal.TemporalAdjusters.nextOrSame(wd));
    LocalDate day;
    switch (modifier) {
      case "last", "this past" -> day = pub.with(java.time.temporal.TemporalAdjusters.previous(wd));
      case "next", "this coming" -> day = pub.with(java.time.temporal.TemporalAdjusters.next(wd));
      case "the previous", "the preceding", "the prior" ->
          day = n.day().with(java.time.temporal.TemporalAdjusters.previous(wd));
      case "the following", "the next" ->
          day = n.day().with(java.time.temporal.TemporalAdjusters.next(wd));
      default -> {
        if (tense == Tense.PAST) {
          day = before;
        } else if (tense == Tense.FUTURE) {
          day = after;
        } else {
          day =
              pub.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - pub.toEpochDay()
                  ? before
                  : after;
        }
      }
    }
    return withDay(t, day);
  }

  /** The expression's value with its day replaced, keeping a time of day SUTime read. */
  private static TimeExpression withDay(TimeExpression t, LocalDate day) {
    Matcher d = DAY_VALUE.matcher(t.value());
    String rest = d.matches() && d.group(4) != null ? d.group(4) : "";
    return TimeFixer.with(t, day + rest);
  }

  static TimeExpression month(TimeExpression t, String lower, Tense tense, LocalDate pub) {
    Matcher mod = MODIFIER.matcher(lower);
    String modifier = mod.find() ? mod.group(1) : "";
    Matcher dayValue = DAY_VALUE.matcher(t.value());
    if (dayValue.matches()) {
      int month = Integer.parseInt(dayValue.group(2));
      int dom = Integer.parseInt(dayValue.group(3));
      List<LocalDate> candidates = new ArrayList<>();
      for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
        candidates.add(
            YearMonth.of(y, month).atDay(Math.min(dom, YearMonth.of(y, month).lengthOfMonth())));
      }
      LocalDate chosen = choose(candidates, pub, modifier, tense, DAY_SLACK);
      return TimeFixer.with(t, chosen + (dayValue.group(4) == null ? "" : dayValue.group(4)));
    }
    Matcher monthValue = MONTH_VALUE.matcher(t.value());
    if (monthValue.matches()) {
      int month = Integer.parseInt(monthValue.group(2));
      List<LocalDate> candidates = new ArrayList<>();
      for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
        candidates.add(LocalDate.of(y, month, 1));
      }
      LocalDate chosen = choose(candidates, pub.withDayOfMonth(1), modifier, tense, DAY_SLACK);
      if (modifier.equals("last") && chosen.plusMonths(1).equals(pub.withDayOfMonth(1))) {
        chosen =
            chosen.minusYears(
                1); // "crashed last February", said in March: the month before is "last month"
      }
      return TimeFixer.with(t, YearMonth.from(chosen).toString());
    }
    return t;
  }

  /** How far on the wrong side of publication a date may lie before the clause's tense moves it. */
  private static final int DAY_SLACK = 31;

  private static final int QUARTER_SLACK = 92;

  /**
   * One of a period's occurrences in the years around publication ({@code ref}): "last" the latest
   * before, "next" the earliest after, "this" the one in publication's year; else the nearest,
   * unless it lies more than {@code slack} days on the side of publication the clause's tense rules
   * out (a past clause names scheduled dates just ahead, "has set Nov. 10 as the deadline", but not
   * dates months ahead).
   */
  private static LocalDate choose(
      List<LocalDate> candidates, LocalDate ref, String modifier, Tense tense, int slack) {
    LocalDate latestBefore = null;
    LocalDate latestNotAfter = null;
    LocalDate earliestAfter = null;
    LocalDate earliestNotBefore = null;
    LocalDate nearest = null;
    for (LocalDate c : candidates) {
      if (c.isBefore(ref)) {
        latestBefore = c;
      }
      if (!c.isAfter(ref)) {
        latestNotAfter = c;
      }
      if (c.isAfter(ref) && earliestAfter == null) {
        earliestAfter = c;
      }
      if (!c.isBefore(ref) && earliestNotBefore == null) {
        earliestNotBefore = c;
      }
      // ties go to the past: news reports more than it announces
      if (nearest == null
          || Math.abs(c.toEpochDay() - ref.toEpochDay())
              < Math.abs(nearest.toEpochDay() - ref.toEpochDay())) {
        nearest = c;
      }
    }
    LocalDate sameYear = candidates.get(candidates.size() / 2);
    LocalDate pick;
    switch (modifier) {
      case "last", "this past" -> pick = latestBefore;
      case "next", "this coming" -> pick = earliestAfter;
      case "this" -> pick = sameYear;
      default -> {
        long offset = nearest.toEpochDay() - ref.toEpochDay();
        if (tense == Tense.PAST && offset > slack) {
          pick = latestNotAfter;
        } else if (tense == Tense.FUTURE && -offset > slack) {
          pick = earliestNotBefore;
        } else {
          pick = nearest;
        }
      }
    }
    return pick == null ? sameYear : pick;
  }

  private static final List<String> SEASON_ORDER = List.of("SP", "SU", "FA", "WI");

  static TimeExpression season(
      TimeExpression t, String code, String lower, Tense tense, LocalDate pub) {
    int index = SEASON_ORDER.indexOf(code);
    if (index < 0) {
      return t;
    }
    // a season as the first month of it; winter starts in December
    List<LocalDate> candidates = new ArrayList<>();
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      candidates.add(LocalDate.of(y, 3 + 3 * index, 1));
    }
    int m = pub.getMonthValue();
    LocalDate pubSeason =
        m <= 2
            ? LocalDate.of(pub.getYear() - 1, 12, 1)
            : LocalDate.of(pub.getYear(), 3 + 3 * ((m - 3) / 3), 1);
    Matcher mod = MODIFIER.matcher(lower);
    LocalDate chosen = choose(candidates, pubSeason, mod.find() ? mod.group(1) : "", tense, 0);
    return TimeFixer.dated(t, chosen.getYear() + "-" + code);
  }

  /**
   * A holiday SUTime dated without a year ("Thanksgiving Day", "last Thanksgiving", "Christmas"):
   * the occurrence around publication the clause's tense and modifier say, as for a month's day.
   * {@code nth}: the holiday falls on the same weekday of its month each year (the fourth Thursday,
   * the last Monday), read from the date SUTime gave.
   */
  static TimeExpression holiday(
      TimeExpression t, String kind, String lower, Tense tense, LocalDate pub) {
    Matcher d = DAY_VALUE.matcher(t.value());
    if (!d.matches()) {
      return t;
    }
    LocalDate given = LocalDate.parse(d.group(1) + "-" + d.group(2) + "-" + d.group(3));
    DayOfWeek weekday = given.getDayOfWeek();
    int nth = (given.getDayOfMonth() - 1) / 7 + 1;
    boolean last = given.getDayOfMonth() + 7 > given.lengthOfMonth();
    List<LocalDate> candidates = new ArrayList<>();
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      YearMonth ym = YearMonth.of(y, given.getMonthValue());
      if (kind.equals("nth")) {
        candidates.add(
            ym.atDay(1)
                .with(
                    last
                        ? java.time.temporal.TemporalAdjusters.lastInMonth(weekday)
                        : java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(nth, weekday)));
      } else {
        candidates.add(ym.atDay(Math.min(given.getDayOfMonth(), ym.lengthOfMonth())));
      }
    }
    Matcher mod = MODIFIER.matcher(lower);
    LocalDate chosen = choose(candidates, pub, mod.find() ? mod.group(1) : "", tense, DAY_SLACK);
    return TimeFixer.with(t, chosen + (d.group(4) == null ? "" : d.group(4)));
  }

  /**
   * A named day's part ("lashed out at his Miami relatives Sunday night", "Tuesday morning", "on
   * the night of Oct. 23") is typed as that day's DATE, as TimeBank and AQUAINT type it (14 of 19
   * weekday parts on the tuning part). Its value keeps the part, though they mostly write the day
   * alone: the fact aligner reads it, and without it the bundled example's "visited the site late
   * on Monday" and "issued a statement on Monday night" became one fact. A clock time stays a TIME
   * ("2 p.m. Monday").
   */
  static TimeExpression theDay(TimeExpression t) {
    return PART_OF_DAY_VALUE.matcher(t.value()).find() ? TimeFixer.dated(t, t.value()) : t;
  }

  /**
   * "scheduled to expire at midnight Friday": the midnight that ends the named day, TimeML's {@code
   * T24}; SUTime writes the one that starts it ({@code T00:00}), a day early.
   */
  static TimeExpression midnight(TimeExpression t, String lower) {
    return lower.contains("midnight") && t.value().endsWith("T00:00")
        ? TimeFixer.with(t, t.value().substring(0, t.value().length() - "00:00".length()) + "24")
        : t;
  }
}

package dev.parallax.nlp;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions SUTime finds but leaves without a value, made into ones that have one: a half year
 * ("the last half of 1989", "at least the first two quarters of 1990") is dated {@code 1989-H2};
 * others are split into their measured start and their dated end ("the first nine months of 1997":
 * a nine-month duration and 1997; "a calendar year in December": December; "a reasonably flat year
 * this year": this year); "the week of March 6" is the week holding that day. {@link TimeFixer}'s
 * rules then resolve them. Part of {@link TimeFixer}; stateless.
 */
final class Composites {
  private static final String LEXICON = "time.tsv";
  private static final Pattern HALF = DataFiles.pattern(LEXICON, "half");
  private static final Pattern TAIL = DataFiles.pattern(LEXICON, "composite-tail");
  private static final Pattern HEAD = DataFiles.pattern(LEXICON, "composite-head");
  private static final Pattern WEEK_OF = DataFiles.pattern(LEXICON, "week-of");
  private static final Pattern LENGTH_THEN_DAY = DataFiles.pattern(LEXICON, "length-then-day");

  private Composites() {}

  /** The expression, or the pieces of one SUTime left without a value. */
  static List<TimeExpression> split(TimeExpression t, List<Token> tokens, Narrative n) {
    String normal = TimeFixer.normal(t);
    Matcher lengthThenDay = LENGTH_THEN_DAY.matcher(normal);
    if (!t.type().equals("DURATION")
        && lengthThenDay.matches()
        && normal.equals(t.text().toLowerCase(Locale.ROOT))) {
      // "the House debated for more than four hours Friday" (TimeBank APW19980227.0487): SUTime's
      // one date is a length, then the day it was spent on
      Optional<String> length = length(lengthThenDay.group(2), lengthThenDay.group(3));
      if (length.isPresent()) {
        int dayFrom = lengthThenDay.start(4);
        return List.of(
            piece(t, 0, lengthThenDay.end(1), "DURATION", length.get()),
            piece(t, dayFrom, t.text().length(), t.type(), t.value()));
      }
    }
    if (n == null || !t.value().isEmpty() || t.type().equals("DURATION")) {
      return List.of(t);
    }
    String lower = normal;
    Matcher half = HALF.matcher(lower);
    if (half.matches()) {
      return List.of(half(t, half, lower, tokens, n));
    }
    Matcher weekOf = WEEK_OF.matcher(lower);
    OptionalInt month =
        weekOf.matches() ? CalendarWords.month(weekOf.group(1)) : OptionalInt.empty();
    if (month.isPresent()) {
      // "a court hearing the week of March 6": the day in publication's year for now; the month
      // rule places it and makes it its week
      int day = Integer.parseInt(weekOf.group(2));
      return List.of(
          TimeFixer.dated(
              t,
              String.format(
                  Locale.ROOT, "%d-%02d-%02d", n.published.getYear(), month.getAsInt(), day)));
    }
    List<TimeExpression> out = new ArrayList<>();
    String text = t.text();
    Matcher head = HEAD.matcher(text.toLowerCase(Locale.ROOT));
    if (head.lookingAt()) {
      OptionalInt q = CalendarWords.number(head.group(1));
      Optional<Character> unit = CalendarWords.unit(head.group(2));
      if (q.isPresent() && unit.isPresent()) {
        char u = unit.get() == 'Q' ? 'M' : unit.get();
        int amount = unit.get() == 'Q' ? 3 * q.getAsInt() : q.getAsInt();
        out.add(piece(t, 0, head.end(), "DURATION", "P" + amount + u));
      }
    }
    Matcher tail = TAIL.matcher(text.toLowerCase(Locale.ROOT));
    if (tail.find() && tail.start(1) > 0) {
      String words = tail.group(1);
      LocalDate pub = n.published;
      String value;
      if (words.matches("\\d{4}")) {
        value = words;
      } else if (words.contains(" ")) {
        String[] w = words.split(" ");
        char u = CalendarWords.unit(w[1]).orElse('Y');
        int step = w[0].equals("last") ? -1 : w[0].equals("next") ? 1 : 0;
        // "the first 10 months of the year": the narrative's year
        LocalDate base =
            !w[0].equals("the") ? pub : u == 'Y' ? n.year() : u == 'M' ? n.month() : n.day();
        value = CalendarWords.at(CalendarWords.plus(base, step, u), u);
      } else {
        // a month: publication's year for now; the month rule places it
        value =
            String.format(
                Locale.ROOT, "%d-%02d", pub.getYear(), CalendarWords.month(words).getAsInt());
      }
      out.add(piece(t, tail.start(1), tail.end(1), "DATE", value));
    }
    return out.isEmpty() ? List.of(t) : out;
  }

  /** A length's TimeML value ("four", "hour": {@code PT4H}), or empty for a vague quantity. */
  private static Optional<String> length(String quantity, String unit) {
    OptionalInt q =
        quantity.equals("a") || quantity.equals("an")
            ? OptionalInt.of(1)
            : CalendarWords.number(quantity);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    int k = q.getAsInt();
    return Optional.of(
        switch (unit) {
          case "second" -> "PT" + k + "S";
          case "minute" -> "PT" + k + "M";
          case "hour" -> "PT" + k + "H";
          case "week" -> "P" + k + "W";
          default -> "P" + k + "D";
        });
  }

  private static TimeExpression half(
      TimeExpression t, Matcher m, String lower, List<Token> tokens, Narrative n) {
    int h = m.group(1).equals("first") ? 1 : 2;
    LocalDate pub = n.published;
    int year;
    if (m.group(3) != null) {
      year = Integer.parseInt(m.group(3));
    } else if (m.group(2) != null) {
      year = pub.getYear() + (m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0);
    } else if (lower.contains(" of ")) {
      year = n.year().getYear(); // "the second half of the year": the narrative's year
    } else {
      // "in the first half": a past clause names one begun by publication, else the nearest
      LocalDate start = LocalDate.of(pub.getYear(), h == 1 ? 1 : 7, 1);
      Tense tense = Tense.of(t.start(), t.end(), tokens);
      if (tense == Tense.PAST && start.isAfter(pub)) {
        start = start.minusYears(1);
      } else if (tense == Tense.FUTURE && start.plusMonths(6).isBefore(pub)) {
        start = start.plusYears(1);
      }
      year = start.getYear();
    }
    return new TimeExpression(t.text(), "DATE", year + "-H" + h, "", t.start(), t.end());
  }

  private static TimeExpression piece(
      TimeExpression t, int from, int to, String type, String value) {
    return new TimeExpression(
        t.text().substring(from, to), type, value, "", t.start() + from, t.start() + to);
  }
}

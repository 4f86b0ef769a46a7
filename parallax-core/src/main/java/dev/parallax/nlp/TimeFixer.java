package dev.parallax.nlp;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects SUTime's known errors on news text, given the sentence's tokens and the publication date:
 *
 * <ul>
 *   <li>a bare month or weekday in a past-tense clause ("joined the war in June") resolved to a date
 *       after publication is moved back to the previous one;
 *   <li>"the past year", "in the past month", "the last three weeks" become ranges ending at
 *       publication, instead of the calendar year or month;
 *   <li>a bare weekday or month in a future clause ("will meet on Wednesday") resolved to a date
 *       before publication is moved on to the next one;
 *   <li>ordinals read as durations ("a second round") are dropped;
 *   <li>adjacent pieces of one expression ("Thursday" + "afternoon") are joined.
 * </ul>
 *
 * Without a publication date relative expressions stay relative. Stateless.
 */
public final class TimeFixer {
  private static final Pattern PAST_RANGE =
      Pattern.compile(
          "^(?:in |over |during |for )?(?:the )?(?:past|previous|last) (?:(\\d+|two|three|four|five|six|seven|eight|nine|ten|few|several) )?"
              + "(year|month|week|day)s?$",
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> SMALL =
      Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
  private static final Pattern ORDINAL =
      Pattern.compile(
          "^(?:a|an|the|one)?\\s*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(T.*)?$");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:" + String.join("|", DataFiles.list("calendar.tsv", "weekday")) + ")\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> TIME_NOUNS = DataFiles.words("grammar.tsv", "time-noun");

  private TimeFixer() {}

  /** Corrects the time expressions of a document's sentences, in order; the sentences are otherwise unchanged. */
  public static List<Sentence> fix(List<Sentence> sentences, String text, Optional<LocalDate> published) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(s.withTimes(fix(s.times(), s.tokens(), text, published)));
    }
    return out;
  }

  public static List<TimeExpression> fix(
      List<TimeExpression> times, List<Token> tokens, String text, Optional<LocalDate> published) {
    List<TimeExpression> joined = join(times, text);
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : joined) {
      String lower = t.text().toLowerCase(Locale.ROOT).strip();
      if (ORDINAL.matcher(lower).matches() && followedByWord(t, tokens)) {
        continue; // "a second round": an ordinal, not a duration of one second
      }
      Matcher range = PAST_RANGE.matcher(lower);
      if (range.matches() && !lower.matches("^(?:in |over |during |for )?last (year|month|week|day)$")) {
        if (published.isPresent()) {
          out.add(pastRange(t, range, published.get()));
        } else {
          out.add(new TimeExpression(t.text(), "DURATION", t.value(), "", t.start(), t.end()));
        }
        continue;
      }
      if (published.isPresent() && !EXPLICIT_YEAR.matcher(t.text()).find()) {
        if (futureContext(t, tokens)) {
          out.add(onToFuture(t, published.get()));
          continue;
        }
        if (pastContext(t, tokens)) {
          out.add(backToPast(t, published.get()));
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  private static List<TimeExpression> join(List<TimeExpression> times, String text) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : times) {
      if (!out.isEmpty()) {
        TimeExpression prev = out.get(out.size() - 1);
        if (prev.value().equals(t.value())
            && prev.end() <= t.start()
            && text.substring(prev.end(), t.start()).isBlank()) {
          out.set(
              out.size() - 1,
              new TimeExpression(
                  text.substring(prev.start(), t.end()), prev.type(), prev.value(), prev.until(), prev.start(), t.end()));
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  private static boolean followedByWord(TimeExpression t, List<Token> tokens) {
    for (Token tok : tokens) {
      if (tok.start() >= t.end()) {
        String w = tok.word().toLowerCase(Locale.ROOT);
        return !TIME_NOUNS.contains(w) && (tok.pos().startsWith("NN") || tok.pos().startsWith("JJ"));
      }
    }
    return false;
  }

  private static TimeExpression pastRange(TimeExpression t, Matcher m, LocalDate pub) {
    int n = 1;
    if (m.group(1) != null) {
      String q = m.group(1).toLowerCase(Locale.ROOT);
      n = q.matches("\\d+") ? Integer.parseInt(q) : SMALL.getOrDefault(q, 3);
    }
    LocalDate from;
    switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "year":
        from = pub.minusYears(n);
        break;
      case "month":
        from = pub.minusMonths(n);
        break;
      case "week":
        from = pub.minusWeeks(n);
        break;
      default:
        from = pub.minusDays(n);
    }
    return new TimeExpression(t.text(), "DATE", from.toString(), pub.toString(), t.start(), t.end());
  }

  /** The nearest verb or modal before the expression and the one before that (either may be null). */
  private static Token[] verbsBefore(TimeExpression t, List<Token> tokens) {
    Token verb = null;
    Token beforeVerb = null;
    for (Token tok : tokens) {
      if (tok.end() > t.start()) {
        break;
      }
      if (tok.pos().startsWith("VB") || tok.pos().equals("MD")) {
        beforeVerb = verb;
        verb = tok;
      }
    }
    return new Token[] {verb, beforeVerb};
  }

  /**
   * A clause is past when the nearest verb before the expression is past tense or a participle, or,
   * with no verb before it, when the sentence has a past-tense verb and no modal.
   */
  static boolean pastContext(TimeExpression t, List<Token> tokens) {
    Token[] nearest = verbsBefore(t, tokens);
    Token verb = nearest[0];
    Token beforeVerb = nearest[1];
    if (verb != null) {
      if (verb.pos().equals("VBD")) {
        return true;
      }
      if (verb.pos().equals("VBN")) {
        return beforeVerb == null || !beforeVerb.pos().equals("MD");
      }
      if (verb.pos().equals("MD") || verb.pos().equals("VB")) {
        return false;
      }
    }
    boolean past = false;
    for (Token tok : tokens) {
      if (tok.pos().equals("MD")) {
        return false;
      }
      past |= tok.pos().equals("VBD");
    }
    return past;
  }

  private static final Set<String> FUTURE_MODALS = DataFiles.words("grammar.tsv", "future-modal");

  /**
   * A clause is future when the nearest verb before the expression is a future modal or a bare verb
   * right after one ("will hold ... on Wednesday"), or, with no verb before it, when the sentence has
   * a future modal and no past-tense verb.
   */
  static boolean futureContext(TimeExpression t, List<Token> tokens) {
    Token[] nearest = verbsBefore(t, tokens);
    Token verb = nearest[0];
    Token beforeVerb = nearest[1];
    if (verb != null) {
      if (verb.pos().equals("MD")) {
        return FUTURE_MODALS.contains(verb.word().toLowerCase(Locale.ROOT));
      }
      return verb.pos().equals("VB")
          && beforeVerb != null
          && beforeVerb.pos().equals("MD")
          && FUTURE_MODALS.contains(beforeVerb.word().toLowerCase(Locale.ROOT));
    }
    boolean modal = false;
    for (Token tok : tokens) {
      if (tok.pos().equals("VBD")) {
        return false;
      }
      modal |= tok.pos().equals("MD") && FUTURE_MODALS.contains(tok.word().toLowerCase(Locale.ROOT));
    }
    return modal;
  }

  /** Moves a weekday or month SUTime placed before publication on to the next one. */
  private static TimeExpression onToFuture(TimeExpression t, LocalDate pub) {
    return shift(t, pub, 1);
  }

  /** Moves a month or weekday SUTime placed after publication back to the previous one. */
  private static TimeExpression backToPast(TimeExpression t, LocalDate pub) {
    return shift(t, pub, -1);
  }

  /**
   * Moves an expression that lies on the wrong side of publication by one period: a month by a year,
   * a weekday by a week, and (backwards only) a day without a weekday by a year. {@code direction}
   * is 1 for "not before publication", -1 for "not after".
   */
  private static TimeExpression shift(TimeExpression t, LocalDate pub, int direction) {
    try {
      Matcher month = MONTH_VALUE.matcher(t.value());
      if (month.matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        boolean wrongSide = direction > 0 ? ym.isBefore(YearMonth.from(pub)) : ym.isAfter(YearMonth.from(pub));
        return wrongSide ? with(t, ym.plusYears(direction).toString()) : t;
      }
      Matcher day = DAY_VALUE.matcher(t.value());
      if (day.matches()) {
        LocalDate d = LocalDate.parse(day.group(1));
        boolean weekday = WEEKDAY.matcher(t.text()).find();
        boolean wrongSide = direction > 0 ? d.isBefore(pub) : d.isAfter(pub);
        if (wrongSide && (weekday || direction < 0)) {
          LocalDate moved = weekday ? d.plusWeeks(direction) : d.plusYears(direction);
          return with(t, moved + (day.group(2) == null ? "" : day.group(2)));
        }
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return t;
    }
    return t;
  }

  private static TimeExpression with(TimeExpression t, String value) {
    return new TimeExpression(t.text(), t.type(), value, t.until(), t.start(), t.end());
  }
}

package dev.parallax.nlp;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects SUTime's errors on news text, given each sentence's tokens, the publication date and the
 * article's own narrative time ({@link Narrative}). Each rule handles one construction; the
 * examples are from TempEval-3's TimeBank and AQUAINT tuning documents ({@code bench/eval timex},
 * docs/timeline.md).
 *
 * <ol>
 *   <li><b>Not time expressions</b> ({@link NotATime}). Ordinals before a noun ("a second round"),
 *       ages ("a 6-year-old boy"), fractions ("about three-quarters of its food"), time words
 *       capitalised inside a name ("CBS's 60 Minutes", "ABC News' This Week"), a month that is a
 *       noun ("took part in the march"), adverbs that place nothing in time ("had previously said",
 *       "once"), unit abbreviations in capitals ("the SEC") and months that are someone's given
 *       name ("Jan Kavan") are dropped.
 *   <li><b>Expressions SUTime does not find</b> ({@link MissedTimes}): "mid-November",
 *       "late-November", "mid-1996", "the nineties", "the year-ago quarter", "the latest period",
 *       "the near term", "coming quarters", a sentence opening "Earlier,".
 *   <li><b>Expressions SUTime leaves without a value</b> ({@link Composites}): a half year ("the
 *       last half of 1989") is dated; others are split into their measure and their date ("the
 *       first nine months of 1997", "a calendar year in December").
 *   <li><b>The past N units</b> ("over the past three months"): a range ending at publication, not
 *       the calendar period; with a vague quantity ("have fallen in the last few months", "over the
 *       past several quarters") some time before publication ({@code PAST_REF}).
 *   <li><b>A length after "in" in a future clause</b> ({@link Lengths}): "The stock would be
 *       redeemed in five years" is the year five years ahead; "in a year or two" some time ahead.
 *   <li><b>The day before or after a named day</b> ("The day before last Tuesday's federal court
 *       hearing"): the named day resolved as any other, then moved by a day.
 *   <li><b>The year-ago period</b> ("net income rose from $1.2 million a year earlier", "in the
 *       year-ago quarter"): in an article reporting a quarter, the same quarter a year before; else
 *       the year before the narrative's year ("a year earlier") or publication's ("a year ago").
 *   <li><b>N units ago</b> ("five months ago", "six weeks ago", "a week or so ago"): publication
 *       minus N units, as precise as the unit (1997-10, 1998-W02), not a day SUTime makes up;
 *       "several years ago" is PAST_REF.
 *   <li><b>Narrative anaphors</b> ("The following month, the company put itself up for sale", "a
 *       day earlier", "later that year", "the next morning"): resolved against the latest time the
 *       article dated, not publication; "the previous day" and "the day before" too, not a range
 *       ending at publication.
 *   <li><b>Quarters</b>: "the third quarter" in a past clause is the latest third quarter not after
 *       publication, in a future clause the next; "the quarter", "the latest quarter", "the latest
 *       period" are the quarter the article reports (the latest it named), else the last one ended
 *       before publication.
 *   <li><b>The weekend</b> ("died over the weekend") lies on the side of publication the clause's
 *       tense says.
 *   <li><b>Weekdays</b>, bare or with a time or zone ("met Monday", "will meet Bush on Thursday",
 *       "until 9 a.m. EST Tuesday"): the nearest one on the side of publication the tense says, the
 *       nearest one either side when the clause does not say; "last Monday" is the one before the
 *       publication day, "next Monday" the one after, "the previous Friday" the one before the
 *       narrative's day; after "by" or "until" ahead, unless a past perfect says the limit was met.
 *       A named day's part ("Sunday night", "on the night of Oct. 23") is that day's DATE; a clock
 *       time stays a TIME; "midnight Friday" ends Friday ({@code T24}).
 *   <li><b>Months and days without a year</b> ("a mission in December", "payable Dec. 7", "last
 *       June"): a past clause puts them at or before publication, a future clause at or after, and
 *       otherwise (also after "until", "by", "payable"...) the nearest; after "since" at or before
 *       ("has cared for him since November"); "last June" is the latest June before publication's
 *       month.
 *   <li><b>Holidays</b> ("Elian was found Thanksgiving Day", "last Thanksgiving"): as days of a
 *       month, the occurrence around publication the tense says; SUTime dates them in publication's
 *       year.
 *   <li><b>Seasons</b> ("last fall", "this summer"): as months.
 *   <li><b>Decades</b> ("the 1970s", "the mid-1990s") are dates, not sets; one without its century
 *       ("the early '90s") is the latest not after publication.
 *   <li><b>A year ended on a day</b> ("revenue of $76 million for the year ended March 31") is a
 *       year's duration, not the calendar year.
 *   <li><b>A year's period in a quarterly report</b> ("In the 1988 period, the company earned $20.6
 *       million"): that year's quarter of the one the article reports.
 *   <li>A month or season with its year spoken ("January nineteen ninety-seven") keeps it.
 *   <li><b>Clock times and parts of a day without a day</b> ("was shot at 10 p.m.", "heavy buy
 *       orders in the morning"): the day the article just narrated, when it is not publication,
 *       unless the expression names its own day ("yesterday afternoon", "last night").
 *   <li>Adjacent pieces of one expression ("Thursday" + "afternoon") are joined.
 * </ol>
 *
 * Without a publication date relative expressions stay relative. Stateless; thread-safe.
 */
public final class TimeFixer {
  private static final String LEXICON = "time.tsv";
  private static final Pattern PAST_RANGE = DataFiles.pattern(LEXICON, "past-range");
  private static final Pattern AGO = DataFiles.pattern(LEXICON, "ago");
  private static final Pattern SHIFT = DataFiles.pattern(LEXICON, "shift");
  private static final Pattern UNIT_BEFORE_AFTER = DataFiles.pattern(LEXICON, "unit-before-after");
  private static final Pattern THAT_UNIT = DataFiles.pattern(LEXICON, "that-unit");
  private static final Pattern FOLLOWING_UNIT = DataFiles.pattern(LEXICON, "following-unit");
  private static final Pattern YEAR_AGO = DataFiles.pattern(LEXICON, "year-ago");
  private static final Pattern QUARTER_ORDINAL = DataFiles.pattern(LEXICON, "quarter-ordinal");
  private static final Pattern QUARTER_ANAPHOR = DataFiles.pattern(LEXICON, "quarter-anaphor");
  private static final Pattern WEEKEND = DataFiles.pattern(LEXICON, "weekend");
  private static final Set<String> ANAPHOR_WORDS = DataFiles.words(LEXICON, "anaphor-word");
  private static final Set<String> DEADLINE = DataFiles.words(LEXICON, "deadline");
  private static final Set<String> LIMIT = DataFiles.words(LEXICON, "limit");
  private static final Set<String> SINCE = DataFiles.words(LEXICON, "since");
  private static final Set<String> SET_FOR = DataFiles.words(LEXICON, "set-for");
  private static final Set<String> MODALS = DataFiles.words(LEXICON, "modal");
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
  private static final Pattern SPELLED_YEAR = DataFiles.pattern(LEXICON, "spelled-year");
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
  private static final Pattern DECADE_VALUE = Pattern.compile("^\\d{3}X$");
  private static final Pattern CENTURYLESS_DECADE = Pattern.compile("^XX(\\d)X$");
  private static final Pattern OWN_DAY = DataFiles.pattern(LEXICON, "own-day");
  private static final Pattern DAY_BEFORE_DAY = DataFiles.pattern(LEXICON, "day-before-day");

  private TimeFixer() {}

  /** Verbs that say nothing of which event a date dates ("was on Friday", "had a meeting"). */
  private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do");

  /**
   * The lemma of the verb that the time expression dates, as the tense of its clause is read
   * ("charge" of "was charged with murder Saturday", "open" of "opened fire Friday"); empty when no
   * verb governs it or only a light one ("be", "have", "do"). Offsets of the expression and the
   * tokens index the same text.
   */
  public static Optional<String> datedVerb(TimeExpression t, List<Token> tokens) {
    return Tense.verbLemma(t.start(), t.end(), tokens).filter(v -> !LIGHT_VERBS.contains(v));
  }

  /**
   * Corrects the time expressions of a document's sentences, in order; the sentences are otherwise
   * unchanged.
   */
  public static List<Sentence> fix(
      List<Sentence> sentences, String text, Optional<LocalDate> published) {
    Narrative narrative = published.map(Narrative::new).orElse(null);
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      out.add(s.withTimes(fix(s.times(), s.tokens(), text, published, narrative, i)));
    }
    return out;
  }

  /** Corrects one sentence's expressions alone, with publication as the narrative's time. */
  public static List<TimeExpression> fix(
      List<TimeExpression> times, List<Token> tokens, String text, Optional<LocalDate> published) {
    return fix(times, tokens, text, published, published.map(Narrative::new).orElse(null), 0);
  }

  private static List<TimeExpression> fix(
      List<TimeExpression> times,
      List<Token> tokens,
      String text,
      Optional<LocalDate> published,
      Narrative narrative,
      int sentence) {
    List<TimeExpression> all = join(MissedTimes.add(times, tokens, text, published), text);
    List<TimeExpression> out = new ArrayList<>();
    List<TimeExpression> pieces = new ArrayList<>();
    for (TimeExpression raw : all) {
      pieces.addAll(Composites.split(raw, tokens, narrative));
    }
    LocalDate namedWithYear = null; // a day this sentence names with its year
    int namedEnd = -1; // where that day's expression ends
    for (TimeExpression raw : pieces) {
      TimeExpression t = pointBack(raw, tokens, text);
      if (NotATime.test(t, tokens)) {
        continue;
      }
      if (narrative == null) {
        Matcher range = PAST_RANGE.matcher(normal(t));
        out.add(
            range.matches() && !coarse(range.group(2))
                ? new TimeExpression(t.text(), "DURATION", t.value(), "", t.start(), t.end())
                : t);
        continue;
      }
      Resolved r;
      try {
        r = resolve(t, tokens, narrative, sentence);
      } catch (DateTimeException | NumberFormatException e) {
        r = new Resolved(t, true); // an impossible date SUTime made: keep what it said
      }
      TimeExpression done = r.time();
      Matcher day = DAY_VALUE.matcher(done.value());
      LocalDate d = null;
      if (day.matches()) {
        try {
          d = LocalDate.parse(done.value().substring(0, 10));
        } catch (DateTimeException e) {
          d = null; // an impossible date SUTime made ("2016-13-45"): kept as it said
        }
      }
      if (d != null) {
        if (WRITTEN_YEAR.matcher(done.text()).find()) {
          namedWithYear = d;
          namedEnd = done.end();
        } else if (namedWithYear != null
            && namesMonth(done.text())
            && !semicolonBetween(tokens, namedEnd, done.start())) {
          // "was killed June 24, 2005 ... while investigating a June 20 shooting" (ECB+ topic 16,
          // published 2007): a month's day without its year, after a day named with one in the
          // same sentence, is that day's nearest; not across a semicolon, which closes the clause
          // ("Born March 29, 1928, in the Bronx; died December 19 at ...", ECB+ topic 26, had
          // dated the death 1927)
          LocalDate near = nearestYear(d, namedWithYear);
          if (!near.equals(d)) {
            done = with(done, near + done.value().substring(10));
          }
        }
      }
      out.add(done);
      if (r.anchors()) {
        narrative.saw(done.value(), sentence, r.tense(), r.quarter());
      }
    }
    return out;
  }

  /** A semicolon lies between the two offsets of the sentence. */
  private static boolean semicolonBetween(List<Token> tokens, int from, int to) {
    for (Token t : tokens) {
      if (t.start() >= from && t.end() <= to && t.word().equals(";")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the text is a month's name. */
  private static boolean namesMonth(String text) {
    for (String w : text.split("[\\s,]+")) {
      if (CalendarWords.month(w).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b");

  /** The day's month and day in the year that puts it nearest to {@code to}. */
  private static LocalDate nearestYear(LocalDate day, LocalDate to) {
    LocalDate best = day;
    for (int y = to.getYear() - 1; y <= to.getYear() + 1; y++) {
      java.time.YearMonth ym = java.time.YearMonth.of(y, day.getMonthValue());
      LocalDate c = ym.atDay(Math.min(day.getDayOfMonth(), ym.lengthOfMonth()));
      if (Math.abs(c.toEpochDay() - to.toEpochDay())
          < Math.abs(best.toEpochDay() - to.toEpochDay())) {
        best = c;
      }
    }
    return best;
  }

  /**
   * An expression as resolved, whether it dates the narrative (comparisons do not), its clause's
   * tense and whether it names, without a year, a quarter the article may report.
   */
  private record Resolved(TimeExpression time, boolean anchors, Tense tense, boolean quarter) {
    Resolved(TimeExpression time, boolean anchors) {
      this(time, anchors, Tense.NONE, false);
    }
  }

  private static Resolved resolve(TimeExpression t, List<Token> tokens, Narrative n, int sentence) {
    String lower = normal(t);
    LocalDate pub = n.published;
    Matcher m = DAY_BEFORE_DAY.matcher(t.text());
    if (m.lookingAt() && m.end() < t.text().length() && t.value().matches("\\d{4}-\\d\\d-\\d\\d")) {
      // "The day before last Tuesday" (2000-02-21 in a story of Thursday 2000-02-24): the named
      // day is resolved as any other, then moved; SUTime's value is already moved
      int step = m.group(1).equalsIgnoreCase("before") ? -1 : 1;
      String named = LocalDate.parse(t.value()).minusDays(step).toString();
      TimeExpression day =
          new TimeExpression(
              t.text().substring(m.end()), t.type(), named, "", t.start() + m.end(), t.end());
      Matcher d = DAY_VALUE.matcher(resolve(day, tokens, n, sentence).time().value());
      if (d.matches() && d.group(4) == null) {
        return new Resolved(dated(t, LocalDate.parse(d.group()).plusDays(step).toString()), true);
      }
    }
    m = FOLLOWING_UNIT.matcher(lower);
    if (m.matches()
        && !(m.group(1).equals("next")
            && CalendarWords.unit(m.group(2)).filter(u -> u != 'D').isPresent())) {
      // "the next day" points back; "over the next year" looks ahead from publication, as SUTime
      // reads it; "the previous day" is the day before the narrative's, not a range to publication
      int step = m.group(1).equals("following") || m.group(1).equals("next") ? 1 : -1;
      return new Resolved(fromNarrative(t, m.group(2), step, n), true);
    }
    m = PAST_RANGE.matcher(lower);
    // of quarters and decades only a vague number ("the past several quarters") is read here
    if (m.matches()
        && (!coarse(m.group(2)) || m.group(1) != null && CalendarWords.vague(m.group(1)))) {
      return new Resolved(pastRange(t, m, lower, pub), false);
    }
    m = YEAR_AGO.matcher(lower);
    if (m.matches()) {
      return new Resolved(yearAgo(t, lower, n), false);
    }
    m = AGO.matcher(lower);
    if (m.matches()) {
      return new Resolved(ago(t, m, pub), false);
    }
    // before SHIFT, which would read "the" in "the day before" as a quantity
    m = UNIT_BEFORE_AFTER.matcher(lower);
    if (m.matches()) {
      return new Resolved(
          fromNarrative(t, m.group(1), m.group(2).equals("before") ? -1 : 1, n), true);
    }
    m = SHIFT.matcher(lower);
    if (m.matches()) {
      return new Resolved(shift(t, m, n), true);
    }
    m = THAT_UNIT.matcher(lower);
    if (m.matches()) {
      return new Resolved(fromNarrative(t, m.group(1), 0, n), true);
    }
    if (lower.equals("one day") && MODALS.contains(wordBefore(t, tokens))) {
      // "Islam will one day be the second largest religion": some day ahead, not a day's length
      return new Resolved(dated(t, "FUTURE_REF"), false);
    }
    Tense tense = tense(t, tokens);
    Optional<TimeExpression> ahead =
        Lengths.ranked(t, tokens)
            ? Optional.empty()
            : Lengths.inFuture(t, lower, wordBefore(t, tokens), nextWord(t, tokens), tense, pub);
    if (ahead.isPresent()) {
      return new Resolved(ahead.get(), false);
    }
    m = QUARTER_ORDINAL.matcher(lower);
    // "this year's third quarter" is publication's year's, and may be the one the article reports
    if (m.matches() && (!lower.contains(" year") || lower.contains("this year's"))) {
      boolean ofAYear = YEAR_IN_TEXT.matcher(t.text()).find();
      return new Resolved(Periods.quarter(t, m.group(1), tense, pub), true, tense, !ofAYear);
    }
    m = QUARTER_ANAPHOR.matcher(lower);
    if (m.matches()
        && (lower.contains("quarter") || lower.contains("latest") || n.quarter().isPresent())) {
      return new Resolved(Periods.reportedQuarter(t, lower, tense, n), true, tense, false);
    }
    if (WEEKEND.matcher(lower).matches()) {
      return new Resolved(Periods.weekend(t, lower, tense, pub), true);
    }
    if (lower.matches("(?:the |its )?(?:fiscal )?year")
        && nextWord(t, tokens).matches("ended|ending")) {
      // "revenue of $76 million for the year ended March 31": a year's length, dated by its end
      return new Resolved(
          new TimeExpression(t.text(), "DURATION", "P1Y", "", t.start(), t.end()), false);
    }
    if (YEAR_IN_TEXT.matcher(t.text()).find()
        || lower.contains("year")
        || SPELLED_YEAR.matcher(lower).find()) {
      if (t.value().matches("\\d{4}")
          && n.quarter().isPresent()
          && nextWord(t, tokens).matches("period|quarter")) {
        // "in the 1988 period" of a quarterly report: that year's quarter
        int q = (n.quarter().get().getMonthValue() - 1) / 3 + 1;
        return new Resolved(dated(t, t.value() + "-Q" + q), false);
      }
      return new Resolved(decadeIsADate(t, pub), true);
    }
    Words w = words(t, tokens);
    if (w.weekday != null && w.month.isEmpty()) {
      if (possessive(t, tokens)) {
        tense = Tense.PAST; // "Tuesday's declaration by Ford": a day whose event is reported
      } else if (LIMIT.contains(wordBefore(t, tokens)) && tense != Tense.PAST) {
        tense = Tense.FUTURE; // "postponed until Tuesday morning": a limit lies ahead
      }
      return new Resolved(
          Periods.midnight(Periods.theDay(Periods.weekday(t, w.weekday, lower, tense, n)), lower),
          true);
    }
    if (w.month.isPresent()) {
      // "on the night of Oct. 23": as a weekday's part
      TimeExpression day = Periods.theDay(Periods.month(t, lower, tense, pub));
      Matcher d = DAY_VALUE.matcher(day.value());
      if (lower.startsWith("the week of") && d.matches()) {
        // "a court hearing the week of March 6" (Composites): the week holding that day
        LocalDate date = LocalDate.parse(day.value().substring(0, 10));
        return new Resolved(dated(day, CalendarWords.at(date, 'W')), true);
      }
      return new Resolved(Periods.midnight(day, lower), true);
    }
    Optional<String> holiday = CalendarWords.holiday(lower);
    if (holiday.isPresent() && w.month.isEmpty()) {
      return new Resolved(Periods.holiday(t, holiday.get(), lower, tense, pub), true);
    }
    if (w.season != null) {
      return new Resolved(Periods.season(t, w.season, lower, tense, pub), true);
    }
    if (w.partOfDay
        && tense == Tense.PAST
        && n.movedAway(sentence)
        && !OWN_DAY.matcher(lower).find()) {
      Matcher d = DAY_VALUE.matcher(t.value());
      if (d.matches() && d.group(4) != null) {
        return new Resolved(with(t, n.day() + d.group(4)), false);
      }
    }
    return new Resolved(decadeIsADate(t, pub), true);
  }

  /** Lower case, single spaces. */
  static String normal(TimeExpression t) {
    return t.text().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  /** The calendar words of an expression's tokens. */
  private record Words(
      DayOfWeek weekday, OptionalInt month, OptionalInt day, String season, boolean partOfDay) {}

  private static Words words(TimeExpression t, List<Token> tokens) {
    DayOfWeek weekday = null;
    OptionalInt month = OptionalInt.empty();
    OptionalInt day = OptionalInt.empty();
    String season = null;
    boolean part = false;
    for (Token tok : tokens) {
      if (tok.start() < t.start() || tok.end() > t.end()) {
        continue;
      }
      String word = tok.word();
      Optional<DayOfWeek> wd = CalendarWords.weekday(word);
      if (wd.isPresent()) {
        weekday = wd.get();
      }
      // "may" and "march" are months only as proper nouns
      OptionalInt mo = CalendarWords.month(word);
      if (mo.isPresent()
          && (tok.pos().startsWith("NNP") || word.length() <= 5 && word.endsWith("."))) {
        month = mo;
      }
      if (word.matches("\\d{1,2}(?:st|nd|rd|th)?") && month.isPresent()) {
        day = OptionalInt.of(Integer.parseInt(word.replaceAll("\\D", "")));
      }
      season = CalendarWords.season(word).orElse(season);
      part |= CalendarWords.partOfDay(word);
    }
    return new Words(weekday, month, day, season, part);
  }

  private static boolean possessive(TimeExpression t, List<Token> tokens) {
    for (Token tok : tokens) {
      if (tok.start() >= t.end()) {
        return tok.pos().equals("POS");
      }
    }
    return false;
  }

  /** The lower-cased word after the expression, or empty. */
  private static String nextWord(TimeExpression t, List<Token> tokens) {
    for (Token tok : tokens) {
      if (tok.start() >= t.end()) {
        return tok.word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** The index of the last token that ends before the expression starts, or -1. */
  static int indexBefore(TimeExpression t, List<Token> tokens) {
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() <= t.start()) {
        last = i;
      }
    }
    return last;
  }

  /** The lower-cased word before the word before the expression, or "". */
  private static String secondWordBefore(TimeExpression t, List<Token> tokens) {
    int last = indexBefore(t, tokens);
    return last >= 1 ? tokens.get(last - 1).word().toLowerCase(Locale.ROOT) : "";
  }

  /** The lower-cased word before the expression, or empty. */
  private static String wordBefore(TimeExpression t, List<Token> tokens) {
    int last = indexBefore(t, tokens);
    return last < 0 ? "" : tokens.get(last).word().toLowerCase(Locale.ROOT);
  }

  /**
   * The tense of the expression's clause; a date after a deadline word has none ("extended to Nov.
   * 20") unless the clause is a past perfect.
   */
  private static Tense tense(TimeExpression t, List<Token> tokens) {
    String before = wordBefore(t, tokens);
    if ((DEADLINE.contains(before) || LIMIT.contains(before))
        && !Tense.endsRange(t.start(), tokens)) {
      // but a limit a past perfect says was met is behind ("two members had filed compliance
      // reports by Wednesday")
      return Tense.pastPerfect(t.start(), t.end(), tokens) ? Tense.PAST : Tense.NONE;
    }
    if (SINCE.contains(before)) {
      return Tense.PAST; // "the first meeting since December": a start already behind
    }
    if (before.equals("for") && SET_FOR.contains(secondWordBefore(t, tokens))) {
      // "a provisional trial date was set for October 28" (ECB+ topic 32, published in June): the
      // day scheduled, on either side of publication, not a day the past clause puts behind it
      return Tense.NONE;
    }
    return Tense.of(t.start(), t.end(), tokens);
  }

  /**
   * "that year", "the following month", "earlier that day": SUTime finds the bare unit ("year", a
   * duration); the words before it make it point back to the narrative's time.
   */
  private static TimeExpression pointBack(TimeExpression t, List<Token> tokens, String text) {
    String lower = normal(t);
    if (CalendarWords.unit(lower).isEmpty()
        && !lower.matches("morning|afternoon|evening|night|weekend")) {
      return t;
    }
    int at = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == t.start()) {
        at = i;
      }
    }
    int from = at;
    while (from > 0
        && at - from < 3
        && ANAPHOR_WORDS.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT))) {
      from--;
    }
    if (at < 0 || from == at) {
      return t;
    }
    int start = tokens.get(from).start();
    String longer = text.substring(start, t.end());
    String l = longer.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (THAT_UNIT.matcher(l).matches() || FOLLOWING_UNIT.matcher(l).matches()) {
      return new TimeExpression(longer, "DATE", t.value(), "", start, t.end());
    }
    return t;
  }

  // ---- resolution rules

  private static TimeExpression pastRange(
      TimeExpression t, Matcher m, String lower, LocalDate pub) {
    int n = 1;
    if (m.group(1) != null) {
      OptionalInt q = CalendarWords.number(m.group(1));
      if (q.isEmpty()) {
        // "have fallen in the last few months", "over the past several quarters": some time
        // before publication, as TimeBank dates them (2 of 2 on the tuning part), not a length
        return CalendarWords.vague(m.group(1)) ? dated(t, "PAST_REF") : t;
      }
      n = q.getAsInt();
    } else if (lower.matches("^(?:in |over |during |for )?last (year|month|week|day)$")) {
      return t; // "last month" is the calendar month
    }
    char unit = CalendarWords.unit(m.group(2)).orElse('Y');
    LocalDate from = CalendarWords.plus(pub, -n, unit);
    return new TimeExpression(
        t.text(), "DATE", from.toString(), pub.toString(), t.start(), t.end());
  }

  /** The same quarter a year before the one the article reports, else the year before. */
  private static TimeExpression yearAgo(TimeExpression t, String lower, Narrative n) {
    Optional<LocalDate> q = n.quarter();
    if (q.isPresent()) {
      return dated(t, CalendarWords.at(q.get().minusYears(1), 'Q'));
    }
    LocalDate base = lower.contains("ago") ? n.published : n.year();
    return dated(t, CalendarWords.at(base.minusYears(1), 'Y'));
  }

  private static TimeExpression ago(TimeExpression t, Matcher m, LocalDate pub) {
    String quantity = m.group(1);
    if (CalendarWords.vague(quantity)) {
      return dated(t, "PAST_REF");
    }
    OptionalInt n = CalendarWords.number(quantity);
    Optional<Character> unit = CalendarWords.unit(m.group(2));
    if (n.isEmpty() || unit.isEmpty()) {
      return t;
    }
    LocalDate d = CalendarWords.plus(pub, -n.getAsInt(), unit.get());
    return dated(t, CalendarWords.at(d, unit.get() == 'E' ? 'Y' : unit.get()));
  }

  private static TimeExpression shift(TimeExpression t, Matcher m, Narrative n) {
    OptionalInt q = CalendarWords.number(m.group(1));
    Optional<Character> unit = CalendarWords.unit(m.group(2));
    if (q.isEmpty() || unit.isEmpty()) {
      return t;
    }
    int sign = m.group(3).equals("later") || m.group(3).equals("after") ? 1 : -1;
    return fromNarrative(t, m.group(2), sign * q.getAsInt(), n);
  }

  /** The narrative's day, week, month, quarter or year moved by {@code step} of that unit. */
  private static TimeExpression fromNarrative(
      TimeExpression t, String unitWord, int step, Narrative n) {
    Optional<Character> unit = CalendarWords.unit(unitWord);
    if (unit.isPresent() && unit.get() == 'Y' && n.quarter().isPresent() && step != 0) {
      return dated(t, CalendarWords.at(n.quarter().get().plusYears(step), 'Q'));
    }
    if (unit.isEmpty()) {
      // a part of the day: "the next morning", "that night"
      String code = CalendarWords.partCode(unitWord);
      if (unitWord.equals("weekend")) {
        LocalDate saturday =
            n.day()
                .plusWeeks(step)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return dated(t, CalendarWords.at(saturday, 'W') + "-WE");
      }
      LocalDate d = n.day().plusDays(step);
      return new TimeExpression(
          t.text(), "TIME", d + (code.isEmpty() ? "" : "T" + code), "", t.start(), t.end());
    }
    char u = unit.get();
    LocalDate base =
        switch (u) {
          case 'D', 'W' -> n.day();
          case 'M' -> n.month();
          case 'Q' -> n.quarter().orElse(n.month());
          default -> n.year();
        };
    return dated(t, CalendarWords.at(CalendarWords.plus(base, step, u), u));
  }

  /**
   * A decade is a date, not a set ("the late 1970s"); one written without its century ("the early
   * '90s", SUTime's {@code XX9X}) is the latest such decade not after publication.
   */
  private static TimeExpression decadeIsADate(TimeExpression t, LocalDate pub) {
    Matcher centuryless = CENTURYLESS_DECADE.matcher(t.value());
    if (centuryless.matches()) {
      int year = pub.getYear() / 100 * 100 + 10 * Integer.parseInt(centuryless.group(1));
      return dated(t, ((year > pub.getYear() ? year - 100 : year) / 10) + "X");
    }
    if (t.type().equals("SET") && DECADE_VALUE.matcher(t.value()).matches()) {
      return new TimeExpression(t.text(), "DATE", t.value(), t.until(), t.start(), t.end());
    }
    return t;
  }

  /**
   * Quarters and decades: "the past two quarters" keeps SUTime's reading, only a vague number of
   * them ("the past several quarters") is read as some time before publication.
   */
  private static boolean coarse(String unit) {
    return unit.equals("quarter") || unit.equals("decade");
  }

  static TimeExpression dated(TimeExpression t, String value) {
    return new TimeExpression(t.text(), "DATE", value, "", t.start(), t.end());
  }

  static TimeExpression with(TimeExpression t, String value) {
    return new TimeExpression(t.text(), t.type(), value, t.until(), t.start(), t.end());
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
                  text.substring(prev.start(), t.end()),
                  prev.type(),
                  prev.value(),
                  prev.until(),
                  prev.start(),
                  t.end()));
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  /** Visible for tests: the tense the fixer reads for an expression's clause. */
  static Tense tenseOf(TimeExpression t, List<Token> tokens) {
    return tense(t, tokens);
  }
}

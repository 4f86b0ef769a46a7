package dev.parallax.nlp;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What SUTime reads as a time expression that is none: an ordinal before a noun ("a second round"),
 * an age ("the 6-year-old Cuban"), a fraction ("about three-quarters of its foodstuffs"), an adverb
 * that places nothing in time ("Merieux previously said"), a unit abbreviation in capitals ("a
 * recent SEC filing"), a month that is a given name ("Jan Kavan"), time words capitalised inside a
 * name ("ABC News' This Week", "VOA Today"), a month that is a noun ("participated in the march")
 * "quarterly" and "annual" before a noun ("cut its quarterly dividend") and "Now," opening a
 * sentence. Part of {@link TimeFixer}; stateless.
 */
final class NotATime {
  private static final String LEXICON = "time.tsv";
  private static final Pattern ORDINAL = DataFiles.pattern(LEXICON, "ordinal");
  private static final Pattern AGE = DataFiles.pattern(LEXICON, "age");
  private static final Pattern ORDINAL_UNIT = DataFiles.pattern(LEXICON, "ordinal-unit");
  private static final Set<String> STREET_SUFFIXES = DataFiles.words(LEXICON, "street-suffix");
  private static final Pattern FRACTION = DataFiles.pattern(LEXICON, "fraction");
  private static final Set<String> NOT_A_TIME = DataFiles.words(LEXICON, "not-a-time");
  private static final Set<String> KIND_ADJECTIVES = DataFiles.words(LEXICON, "kind-adjective");
  private static final Set<String> UNIT_ABBREVIATIONS =
      DataFiles.words(LEXICON, "unit-abbreviation");
  private static final Set<String> NAME_MONTHS = DataFiles.words(LEXICON, "name-month");
  private static final Set<String> LOWER_CASE_TIME_WORDS =
      DataFiles.words(LEXICON, "lower-case-time-word");
  private static final Set<String> TIME_NOUNS = DataFiles.words("grammar.tsv", "time-noun");

  private NotATime() {}

  /** Whether the expression is not a time expression. */
  static boolean test(TimeExpression t, List<Token> tokens) {
    String lower = TimeFixer.normal(t);
    if (ORDINAL.matcher(lower).matches() && followedByWord(t, tokens)) {
      return true; // "a second round": an ordinal, not a duration of one second
    }
    if (ORDINAL_UNIT.matcher(lower).matches() && followedByWord(t, tokens)) {
      // "to cut 13th and 14th month bonus pay" (ECB+ topic 8): a kind of pay, not a month
      return true;
    }
    if (lower.matches("\\d{1,5}") && beforeStreetName(t, tokens)) {
      return true; // "inside 1800 Pitkin Ave." (ECB+ topic 33): a house number, not the year 1800
    }
    if (lower.matches("\\d{3,4}") && beforeCallLetters(t, tokens)) {
      // "police told 1010 WINS' Glenn Schuck" (ECB+ topic 21): a radio station's frequency and call
      // letters, not the year 1010
      return true;
    }
    if (lower.matches("(1[89]|20)\\d\\d") && beforeAModel(t, tokens)) {
      // "struck by a gray 2013 Toyota Camry" (ECB+ topic 21): the vehicle's model year, not the
      // year something happened
      return true;
    }
    if (lower.matches("([01]\\d|2[0-3])[0-5]\\d") && clockTime(t, tokens)) {
      // "struck at 1353 (1023 GMT)", "at 09:10 hours (0440 GMT)" (ECB+ topic 20): a 24-hour time
      // of day, not the year 1353
      return true;
    }
    if (CalendarWords.holidayName(lower) && beforeAThing(t, tokens)) {
      // "an office Christmas party" (ECB+ topic 18), "a Halloween display": a kind of event or
      // thing, not the holiday's date ("Christmas Eve", "the Christmas season" stay times)
      return true;
    }
    if (AGE.matcher(lower).matches()) {
      return true; // "the 6-year-old Cuban"
    }
    if (NOT_A_TIME.contains(lower)) {
      return true; // "Merieux previously said"
    }
    if (KIND_ADJECTIVES.contains(lower) && followedByWord(t, tokens)) {
      // "cut its quarterly dividend", "at the annual meeting": a kind of payment or event; TimeBank
      // leaves them out (1 of 12 on the tuning part), unlike "daily" ("the daily tally")
      return true;
    }
    if (lower.matches("the (?:year|season|decade)") && afterAwardOf(t, tokens)) {
      // "the reigning national player of the year" (ECB+ topic 31), "Time's person of the year":
      // an award's name, not a date
      return true;
    }
    if (lower.equals("now") && opensSentenceBeforeComma(t, tokens)) {
      return true; // "Now, he says, ...": a turn in the argument, not the present
    }
    if (FRACTION.matcher(lower).matches() && fractionOf(t, tokens)) {
      return true; // "Iraq imports about three-quarters of its foodstuffs"
    }
    if (capitalisedUnitInside(t, tokens)
        && CalendarWords.holiday(t.text().toLowerCase(Locale.ROOT)).isEmpty()) {
      // "CBS's 60 Minutes", "ABC News' This Week", "VOA Today", "High Noon": names; "Thanksgiving
      // Day" is a holiday
      return true;
    }
    if (monthAsNoun(t, tokens)) {
      return true; // "participated in the march", "the March for Life"
    }
    String[] words = t.text().strip().split("\\s+");
    String last = words[words.length - 1];
    if (UNIT_ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT))
        && last.equals(last.toUpperCase(Locale.ROOT))) {
      return true; // "the SEC": a name in capitals, not seconds
    }
    if (words.length >= 2
        && NAME_MONTHS.contains(words[0].toLowerCase(Locale.ROOT))
        && Character.isUpperCase(words[1].charAt(0))
        && CalendarWords.month(words[1]).isEmpty()
        && CalendarWords.weekday(words[1]).isEmpty()
        && !words[1].matches("\\d.*")) {
      return true; // "Jan Kavan": a given name and a surname
    }
    return false;
  }

  /**
   * One to three capitalised words and a street's suffix follow the expression: "1800 Pitkin Ave.",
   * "1600 Pennsylvania Avenue".
   */
  private static boolean beforeStreetName(TimeExpression t, List<Token> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < t.end()) {
      i++;
    }
    for (int k = i; k < tokens.size() && k <= i + 3; k++) {
      String w = tokens.get(k).word();
      if (k > i && STREET_SUFFIXES.contains(w.replace(".", "").toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** Words before a year that place something in it ("in 2008 NATO expanded"). */
  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of("in", "since", "by", "until", "till", "from", "before", "after", "of", "during");

  /**
   * A word of two to five capital letters follows the number, which no preposition of time
   * precedes: a station's frequency and its call letters ("1010 WINS", "880 WCBS"), not a year
   * before an acronym ("in 2008 NATO expanded").
   */
  private static boolean beforeCallLetters(TimeExpression t, List<Token> tokens) {
    int[] around = around(t, tokens);
    int before = around[0];
    int after = around[1];
    if (after == tokens.size()
        || before >= 0
            && YEAR_PREPOSITIONS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String next = tokens.get(after).word();
    return next.matches("[A-Z]{2,5}")
        && !TIME_ZONES.contains(next.toLowerCase(Locale.ROOT))
        && !next.matches("AD|BC|BCE|CE")
        && CalendarWords.month(next).isEmpty()
        && CalendarWords.weekday(next).isEmpty();
  }

  private static final Set<String> TIME_ZONES = clockWords();

  private static Set<String> clockWords() {
    Set<String> out = new HashSet<>(DataFiles.words(LEXICON, "time-zone"));
    out.addAll(DataFiles.words(LEXICON, "clock-word"));
    return Set.copyOf(out);
  }

  /**
   * An indefinite article, a possessive or an adjective before the year, and a name of two or more
   * capitalised words after it that no lower-case noun follows: a make and model of that year ("a
   * 2013 Toyota Camry", "his silver 2007 Ford Fusion"), not "the 2012 London Olympics", "a 2008
   * Senate race" or "in 2008 NATO expanded".
   */
  private static boolean beforeAModel(TimeExpression t, List<Token> tokens) {
    int[] around = around(t, tokens);
    int before = around[0];
    int after = around[1];
    if (before < 0 || after + 1 >= tokens.size()) {
      return false;
    }
    Token b = tokens.get(before);
    String bw = b.word().toLowerCase(Locale.ROOT);
    boolean vintage =
        bw.equals("a") || bw.equals("an") || b.pos().equals("PRP$") || b.pos().startsWith("JJ");
    if (!vintage) {
      return false;
    }
    int k = after;
    while (k < tokens.size() && tokens.get(k).pos().startsWith("NNP")) {
      k++;
    }
    return k - after >= 2 && (k == tokens.size() || !tokens.get(k).pos().matches("NNS?"));
  }

  /**
   * The index of the token right before the expression (-1 for none) and of the one right after it
   * (the token count for none).
   */
  private static int[] around(TimeExpression t, List<Token> tokens) {
    int before = -1;
    int after = tokens.size();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() <= t.start()) {
        before = i;
      } else if (tokens.get(i).start() >= t.end()) {
        after = i;
        break;
      }
    }
    return new int[] {before, after};
  }

  /** A zone or "hours" right after the four digits, or "at" right before them. */
  private static boolean clockTime(TimeExpression t, List<Token> tokens) {
    int[] around = around(t, tokens);
    int before = around[0];
    int after = around[1];
    return before >= 0 && tokens.get(before).word().equalsIgnoreCase("at")
        || after < tokens.size()
            && TIME_ZONES.contains(tokens.get(after).word().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> AWARD_NOUNS = DataFiles.words(LEXICON, "award-noun");

  /** "of" right before the expression, and an award's noun before it ("player of the year"). */
  private static boolean afterAwardOf(TimeExpression t, List<Token> tokens) {
    int before = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).end() <= t.start(); i++) {
      before = i;
    }
    return before >= 1
        && tokens.get(before).word().equalsIgnoreCase("of")
        && AWARD_NOUNS.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT));
  }

  /** "three-quarters of its food": "of" and then a word that is not a unit of time. */
  private static boolean fractionOf(TimeExpression t, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= t.end()) {
        if (!tokens.get(i).word().equalsIgnoreCase("of")) {
          return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
          if (CalendarWords.unit(tokens.get(k).word()).isPresent()) {
            return false; // "a quarter of an hour"
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of the expression that English writes in lower case (a unit, "today", "noon") is
   * capitalised past the sentence's first token and not after an opening quotation mark: then the
   * expression is (part of) a name ("60 Minutes", "This Week", "VOA Today").
   */
  private static boolean capitalisedUnitInside(TimeExpression t, List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      Token tok = tokens.get(i);
      if (tok.start() < t.start()
          || tok.end() > t.end()
          || !Character.isUpperCase(tok.word().charAt(0))) {
        continue;
      }
      String prev = tokens.get(i - 1).word();
      boolean opensQuote =
          prev.equals("``") || prev.equals("\"") || prev.equals("“") || prev.equals("'");
      if (tok.start() == t.start() && opensQuote) {
        continue;
      }
      if (CalendarWords.unit(tok.word()).isPresent()
          || LOWER_CASE_TIME_WORDS.contains(tok.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the march", "the March for Life": a month name that is a noun, lower-case or naming an event.
   */
  private static boolean monthAsNoun(TimeExpression t, List<Token> tokens) {
    List<Token> inside = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= t.start() && tokens.get(i).end() <= t.end()) {
        first = first < 0 ? i : first;
        inside.add(tokens.get(i));
      }
    }
    if (inside.isEmpty()) {
      return false;
    }
    Token head = inside.get(inside.size() - 1);
    for (Token x : inside.subList(0, inside.size() - 1)) {
      if (!x.word().matches("(?i)the|this|a")) {
        return false;
      }
    }
    String w = head.word();
    if (CalendarWords.month(w).isEmpty() || w.length() < 5 || w.endsWith(".")) {
      return false; // a full month name only: "Dec." and "May" are not nouns here
    }
    if (Character.isLowerCase(w.charAt(0))) {
      return true;
    }
    int before = first - 1;
    while (before >= 0 && tokens.get(before).word().matches("``|\"|“|'")) {
      before--;
    }
    boolean the =
        inside.get(0).word().equalsIgnoreCase("the")
            || before >= 0 && tokens.get(before).word().equalsIgnoreCase("the");
    int after = first + inside.size();
    return the
        && after < tokens.size()
        && tokens.get(after).word().matches("(?i)of|for|on|against");
  }

  private static boolean opensSentenceBeforeComma(TimeExpression t, List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).start() == t.start()) {
        return i == 0 && tokens.get(i + 1).word().equals(",");
      }
    }
    return false;
  }

  /** Whether the next token is a noun or adjective that is not itself a time word. */
  private static final Set<String> HOLIDAY_TIME_NOUNS =
      DataFiles.words(LEXICON, "holiday-time-noun");

  /** The next token is a common noun that names no time (not "Eve", "season", "morning"). */
  private static boolean beforeAThing(TimeExpression t, List<Token> tokens) {
    for (Token tok : tokens) {
      if (tok.start() >= t.end()) {
        String w = tok.word().toLowerCase(Locale.ROOT);
        return (tok.pos().equals("NN") || tok.pos().equals("NNS"))
            && !HOLIDAY_TIME_NOUNS.contains(w)
            && !TIME_NOUNS.contains(w)
            && !CalendarWords.partOfDay(w)
            && CalendarWords.unit(w).isEmpty();
      }
    }
    return false;
  }

  private static boolean followedByWord(TimeExpression t, List<Token> tokens) {
    for (Token tok : tokens) {
      if (tok.start() >= t.end()) {
        String w = tok.word().toLowerCase(Locale.ROOT);
        if (TIME_NOUNS.contains(w) || CalendarWords.unit(w).isPresent()) {
          return false;
        }
        return tok.pos().startsWith("NN") || tok.pos().startsWith("JJ");
      }
    }
    return false;
  }
}

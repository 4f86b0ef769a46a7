package dev.parallax.story;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Block;
import dev.parallax.model.BlockKind;
import dev.parallax.model.CleanDocument;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fast path knows of an article: its title and lead (the text that is embedded), the
 * capitalised names it uses with counts (title and lead count double), the numbers it states, and
 * its publication date. Cheap: regular expressions only, no tagger.
 */
final class Signature {
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]{2,}");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:[.,]\\d+)*\\b");
  private static final Set<String> NOT_NAMES = notNames();

  /** Capitalised words that name nothing: function words, calendar words and generic news words. */
  private static Set<String> notNames() {
    Set<String> out = new java.util.HashSet<>(DataFiles.words("function-words.txt"));
    out.addAll(DataFiles.words("calendar.tsv", "month"));
    out.addAll(DataFiles.words("calendar.tsv", "weekday"));
    out.addAll(DataFiles.words("not-names.txt"));
    return Set.copyOf(out);
  }

  final String source;
  final String title;
  final String lead;
  final Map<String, Integer> names;

  /**
   * Every word of two or more letters or digits in title and text, lower case, function words left
   * out, with counts.
   */
  final Map<String, Integer> terms;

  final Set<String> numbers;
  final Optional<LocalDate> published;

  /** The day the lead says the event happened ("on Saturday" before publication), if it says. */
  final Optional<LocalDate> eventDay;

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:on |late |early |last )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
              + "|\\b(today|yesterday)\\b",
          Pattern.CASE_INSENSITIVE);

  Signature(
      String source,
      String title,
      String lead,
      Map<String, Integer> names,
      Map<String, Integer> terms,
      Set<String> numbers,
      Optional<LocalDate> published) {
    this.source = source;
    this.title = title;
    this.lead = lead;
    this.names = names;
    this.terms = terms;
    this.numbers = numbers;
    this.published = published;
    this.eventDay =
        published.isPresent()
            ? eventDay(firstParagraph(lead), published.get())
            : undatedWeekday(firstParagraph(lead));
  }

  /**
   * The first day of the week that stands for a weekday named by an article without a date: the
   * days {@code UNDATED_WEEK} to {@code UNDATED_WEEK + 6} (Monday to Sunday, in December 1969) mean
   * "the lead names this weekday", compared only with each other and around the week.
   */
  static final long UNDATED_WEEK = -7;

  /** Whether a day stands for a weekday named without a date. */
  static boolean undated(LocalDate d) {
    long e = d.toEpochDay();
    return e >= UNDATED_WEEK && e < UNDATED_WEEK + 7;
  }

  /**
   * The weekday a lead sentence names for its event ("on Saturday"), when the article has no date:
   * two reports of one event name the same day, or days next to each other.
   */
  static Optional<LocalDate> undatedWeekday(String sentence) {
    Matcher m = WEEKDAY.matcher(sentence);
    if (!m.find() || m.group(1) == null) {
      return Optional.empty();
    }
    java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    return Optional.of(LocalDate.ofEpochDay(UNDATED_WEEK + dow.getValue() - 1));
  }

  private static String firstParagraph(String lead) {
    int end = lead.indexOf(". ");
    return end < 0 ? lead : lead.substring(0, end + 1);
  }

  /**
   * The event day a lead sentence names: a weekday is the latest such day on or before publication
   * (news reports what happened), "yesterday" the day before.
   */
  static Optional<LocalDate> eventDay(String sentence, LocalDate published) {
    Matcher m = WEEKDAY.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    if (m.group(2) != null) {
      return Optional.of(
          m.group(2).equalsIgnoreCase("yesterday") ? published.minusDays(1) : published);
    }
    java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    LocalDate d = published;
    while (d.getDayOfWeek() != dow) {
      d = d.minusDays(1);
    }
    return Optional.of(d);
  }

  /** The names the title and lead use, lower case, most used first. */
  List<String> leadNames() {
    Map<String, Integer> m = new HashMap<>();
    count(title, 1, m);
    count(lead, 1, m);
    return m.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  static Signature of(CleanDocument doc, Optional<LocalDate> published) {
    StringBuilder lead = new StringBuilder();
    int paragraphs = 0;
    List<Block> blocks = doc.blocks();
    int titleEnd = doc.titleParagraphEnd(); // the title is read as the title, not as lead
    for (Block b : blocks) {
      if (b.kind() == BlockKind.DATELINE && paragraphs == 0) {
        // a wire report's dateline ("TEHRAN, Iran (AP) —") opens the lead as it did before the
        // cleaner kept it apart
        lead.append(b.text());
        continue;
      }
      if (b.kind() == BlockKind.BODY && paragraphs < 3 && b.start() >= titleEnd) {
        if (lead.length() > 0) {
          lead.append(' ');
        }
        lead.append(b.text());
        paragraphs++;
      }
    }
    String body = doc.text().substring(titleEnd);
    String title = doc.title().orElse("");
    Map<String, Integer> names = new HashMap<>();
    count(title, 2, names);
    count(lead.toString(), 2, names);
    count(body, 1, names);
    Set<String> numbers = new HashSet<>();
    Matcher n = NUMBER.matcher(body);
    while (n.find()) {
      numbers.add(n.group().replace(",", ""));
    }
    Map<String, Integer> terms = new HashMap<>();
    words(title, terms);
    words(body, terms);
    String shownTitle = title.isEmpty() ? firstWords(lead.toString(), 14) : title;
    return new Signature(
        doc.source(), shownTitle, lead.toString(), names, terms, numbers, published);
  }

  /**
   * Counts the words of {@code text}: runs of two or more letters or digits, lower case, function
   * words left out.
   */
  static void words(String text, Map<String, Integer> counts) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i - start >= 2) {
        String w = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (!FUNCTION_WORDS.contains(w)) {
          counts.merge(w, 1, Integer::sum);
        }
      }
    }
  }

  private static final Set<String> FUNCTION_WORDS =
      Set.copyOf(DataFiles.words("function-words.txt"));

  private static void count(String text, int weight, Map<String, Integer> names) {
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replaceFirst("['’]s$", "");
      if (!NOT_NAMES.contains(w)) {
        names.merge(w, weight, Integer::sum);
      }
    }
  }

  private static String firstWords(String text, int n) {
    String[] w = text.split("\\s+");
    return w.length <= n ? text : String.join(" ", java.util.Arrays.copyOf(w, n)) + " …";
  }

  /**
   * What is embedded: the title and the lead sentence, which say what event the article is about.
   * Short on purpose: the embedding's cost grows with its input, and the rest of the lead is
   * already counted through names and numbers.
   */
  String embeddingText() {
    String t = (title + ". " + firstParagraph(lead)).strip();
    return t.length() > EMBED_CHARS ? t.substring(0, EMBED_CHARS) : t;
  }

  static final int EMBED_CHARS = 320;
}

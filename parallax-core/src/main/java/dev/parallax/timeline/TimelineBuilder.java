package dev.parallax.timeline;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.QuoteMarks;
import dev.parallax.internal.QuoteSpans;
import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Fact;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.TimelineEntry;
import dev.parallax.model.Token;
import dev.parallax.nlp.TimeFixer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns dated sentences into a chronological story timeline. A sentence with an absolute date
 * (after {@link dev.parallax.nlp.TimeFixer}'s corrections) is a mention of an event; mentions with
 * the same date whose sentences share content words or entities are one event, across articles.
 * Dates inside quotations (a speaker's words) and inside names ("Operation Midnight Hammer") are
 * not events. Stateless and thread-safe.
 */
public final class TimelineBuilder {
  private static final Pattern ISO =
      Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?$");

  /** Words that name a day, month or year; an expression without one does not date an event. */
  private static final Pattern DATE_WORD =
      Pattern.compile(
          "\\d{4}|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
              + "[a-z]*\\.?\\b|\\b(?:today|yesterday|tomorrow|tonight|week|weekend|month|year|decade|century|spring"
              + "|summer|autumn|fall|winter|ago)s?\\b|\\b\\d{1,2}/\\d{1,2}",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ISO_WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
  private static final Set<String> STOP = stopWords();

  /** Function words and verbs of saying: words that do not tell one dated event from another. */
  private static Set<String> stopWords() {
    Set<String> out = new java.util.HashSet<>(DataFiles.words("function-words.txt"));
    out.addAll(DataFiles.words("attribution.tsv", "speech-verb"));
    return Set.copyOf(out);
  }

  private TimelineBuilder() {}

  record Mentioned(
      String date,
      String until,
      String expression,
      Article article,
      Sentence sentence,
      Set<String> words,
      Set<String> entities,
      String verb) {}

  /** The lemma of the verb the expression dates ({@link TimeFixer#datedVerb}), or "". */
  private static String datedVerb(TimeExpression t, Sentence s) {
    return TimeFixer.datedVerb(t, s.tokens()).orElse("");
  }

  /**
   * The timeline of some articles, without knowing which of their sentences state the same fact.
   */
  public static List<TimelineEntry> build(List<Article> articles) {
    return build(articles, List.of());
  }

  /**
   * The timeline of some articles. {@code facts} (the aligner's) say which sentences of different
   * articles state one thing: events they date differently are shown once, with each date and a
   * conflict mark.
   */
  public static List<TimelineEntry> build(List<Article> articles, List<Fact> facts) {
    return build(articles, facts, Set.of());
  }

  /**
   * The timeline, each entry labelled where it can be by a sentence outside {@code loaded} (the
   * sentences the framing stage marked a loaded word in, in the outlet's own voice): an event that
   * a neutral and a loaded sentence both date reads in the neutral one's words.
   */
  public static List<TimelineEntry> build(
      List<Article> articles, List<Fact> facts, Set<String> loaded) {
    List<Mentioned> found = new ArrayList<>();
    for (Article a : articles) {
      // the quotation stage's marks: a quotation over several sentences, or in single marks
      boolean[] quoted = QuoteSpans.mask(a.text());
      for (Sentence s : a.sentences()) {
        if (s.kind() == BlockKind.HEADING || s.kind() == BlockKind.DATELINE) {
          continue;
        }
        for (TimeExpression t : s.times()) {
          Optional<String> date = isoDate(t.value());
          if (date.isEmpty() || t.type().equals("DURATION") || t.type().equals("SET")) {
            continue;
          }
          if (!DATE_WORD.matcher(t.text()).find()) {
            continue; // "6:40 p.m.", "night", "minutes later": SUTime pins these to the publication
            // day
          }
          if (insideQuote(quoted, t)
              || insideName(s, t)
              || yearAsModifier(s, t)
              || since(s, t)
              || untilEnd(s, t)) {
            continue;
          }
          found.add(
              new Mentioned(
                  date.get(), t.until(), t.text(), a, s, words(s), entities(s), datedVerb(t, s)));
        }
      }
    }
    // merge mentions of one event: same date and overlapping content
    List<List<Mentioned>> events = new ArrayList<>();
    for (Mentioned m : found) {
      List<Mentioned> home = null;
      double best = 0;
      for (List<Mentioned> e : events) {
        Mentioned first = e.get(0);
        if (!first.date().equals(m.date()) || !first.until().equals(m.until())) {
          continue;
        }
        double sim = 0;
        for (Mentioned o : e) {
          if (o.sentence() == m.sentence()) {
            sim = 1;
            break;
          }
          sim = Math.max(sim, similarity(o, m));
        }
        if (sim > best) {
          best = sim;
          home = e;
        }
      }
      if (home != null && best >= 0.12) {
        home.add(m);
      } else {
        List<Mentioned> e = new ArrayList<>();
        e.add(m);
        events.add(e);
      }
    }
    String storyDay = storyDay(articles, found);
    List<TimelineEntry> out = new ArrayList<>();
    for (List<List<Mentioned>> group : conflicts(events, facts)) {
      out.add(entry(group, storyDay, loaded));
    }
    out.sort(
        Comparator.comparing((TimelineEntry t) -> sortKey(t.date()))
            .thenComparing(TimelineEntry::until)
            .thenComparing(x -> -x.articles().size()));
    return out;
  }

  /**
   * Groups events that are one event dated differently by different articles: their dates are as
   * precise as each other and close (a week for days, two months for months, a year for years), no
   * article gives two of a group's dates, a sentence of each states one fact of several articles,
   * and the dates are given to the same verb (where a verb is known: {@link #sameVerb}). Other
   * events stay alone. Each group lists its events with the best-supported date first.
   */
  static List<List<List<Mentioned>>> conflicts(List<List<Mentioned>> events, List<Fact> facts) {
    Map<String, Set<String>> factsOf = new HashMap<>();
    for (Fact f : facts) {
      if (f.articles().size() < 2) {
        continue;
      }
      for (String sid : f.sentences()) {
        factsOf.computeIfAbsent(sid, k -> new HashSet<>()).add(f.id());
      }
    }
    List<List<List<Mentioned>>> groups = new ArrayList<>();
    List<Set<String>> groupArticles = new ArrayList<>();
    for (List<Mentioned> e : events) {
      Set<String> stated = new HashSet<>();
      for (Mentioned m : e) {
        stated.addAll(factsOf.getOrDefault(m.sentence().id(), Set.of()));
      }
      Set<String> arts = articlesOf(e);
      int home = -1;
      for (int g = 0; g < groups.size() && home < 0 && !stated.isEmpty(); g++) {
        if (!java.util.Collections.disjoint(groupArticles.get(g), arts)) {
          continue; // an article does not contradict itself
        }
        for (List<Mentioned> other : groups.get(g)) {
          if (datedDifferently(e, other)
              && sharesFact(other, stated, factsOf)
              && sameVerb(e, other)) {
            home = g;
            break;
          }
        }
      }
      if (home < 0) {
        groups.add(new ArrayList<>());
        groupArticles.add(new HashSet<>());
        home = groups.size() - 1;
      }
      groups.get(home).add(e);
      groupArticles.get(home).addAll(arts);
    }
    for (List<List<Mentioned>> group : groups) {
      group.sort(
          Comparator.comparingInt((List<Mentioned> e) -> -articlesOf(e).size())
              .thenComparingInt(TimelineBuilder::leadPosition));
    }
    return groups;
  }

  private static boolean datedDifferently(List<Mentioned> a, List<Mentioned> b) {
    String da = a.get(0).date();
    String db = b.get(0).date();
    return !da.equals(db)
        && da.length() == db.length()
        && a.get(0).until().isEmpty()
        && b.get(0).until().isEmpty()
        && close(da, db);
  }

  /**
   * Whether two events may be one dated differently: some mention of each dates the same verb, or
   * one whose verb is not known. "seized on Tuesday" and "police in Sicily said Wednesday" (ECB+
   * topic 26) date the arrests and the report of a death, not one event.
   */
  private static boolean sameVerb(List<Mentioned> a, List<Mentioned> b) {
    for (Mentioned x : a) {
      for (Mentioned y : b) {
        if (x.verb().isEmpty() || y.verb().isEmpty() || x.verb().equals(y.verb())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sharesFact(
      List<Mentioned> event, Set<String> facts, Map<String, Set<String>> factsOf) {
    for (Mentioned m : event) {
      for (String f : factsOf.getOrDefault(m.sentence().id(), Set.of())) {
        if (facts.contains(f)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Two dates of one precision close enough to be two reports of one event. */
  private static boolean close(String a, String b) {
    try {
      switch (a.length()) {
        case 10:
          return Math.abs(LocalDate.parse(a).toEpochDay() - LocalDate.parse(b).toEpochDay()) <= 7;
        case 7:
          if (a.contains("W")) {
            return false;
          }
          java.time.YearMonth ya = java.time.YearMonth.parse(a);
          java.time.YearMonth yb = java.time.YearMonth.parse(b);
          return Math.abs(
                  ya.getYear() * 12L + ya.getMonthValue() - yb.getYear() * 12L - yb.getMonthValue())
              <= 2;
        case 4:
          return Math.abs(Integer.parseInt(a) - Integer.parseInt(b)) <= 1;
        default:
          return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Set<String> articlesOf(List<Mentioned> event) {
    Set<String> out = new LinkedHashSet<>();
    for (Mentioned m : event) {
      out.add(m.article().id());
    }
    return out;
  }

  private static int leadPosition(List<Mentioned> event) {
    int best = Integer.MAX_VALUE;
    for (Mentioned m : event) {
      best = Math.min(best, m.article().sentences().indexOf(m.sentence()));
    }
    return best;
  }

  /**
   * The lead-most, then shortest, body sentence describes an event best; one without a loaded word
   * before one with.
   */
  private static Mentioned representative(List<Mentioned> e, Set<String> loaded) {
    return e.stream()
        .min(
            Comparator.comparingInt((Mentioned x) -> x.sentence().kind() == BlockKind.BODY ? 0 : 1)
                .thenComparingInt(x -> loaded.contains(x.sentence().id()) ? 1 : 0)
                .thenComparingInt(x -> x.article().sentences().indexOf(x.sentence()))
                .thenComparingInt(x -> x.sentence().text().length()))
        .orElseThrow();
  }

  /** One entry for a group of events: one event, or one event dated differently (a conflict). */
  private static TimelineEntry entry(
      List<List<Mentioned>> group, String storyDay, Set<String> loaded) {
    List<TimelineEntry.Dating> dates = new ArrayList<>();
    Set<String> sentences = new LinkedHashSet<>();
    Set<String> arts = new LinkedHashSet<>();
    for (List<Mentioned> e : group) {
      Mentioned rep = representative(e, loaded);
      Set<String> s = new LinkedHashSet<>();
      Set<String> a = new LinkedHashSet<>();
      for (Mentioned x : e) {
        s.add(x.sentence().id());
        a.add(x.article().id());
      }
      sentences.addAll(s);
      arts.addAll(a);
      dates.add(
          new TimelineEntry.Dating(
              rep.date(),
              rep.until(),
              rep.expression(),
              rep.sentence().id(),
              new ArrayList<>(s),
              new ArrayList<>(a)));
    }
    Mentioned rep = representative(group.get(0), loaded);
    return new TimelineEntry(
        rep.date(),
        rep.until(),
        rep.expression(),
        rep.sentence().id(),
        new ArrayList<>(sentences),
        new ArrayList<>(arts),
        label(rep.sentence(), rep.expression()),
        rep.date().equals(storyDay),
        dates,
        dates.size() > 1);
  }

  /**
   * The story's own day: the day that most articles date an event to (ties: the one dated earliest
   * in the articles, as leads report the main event), else the publication date.
   */
  private static String storyDay(List<Article> articles, List<Mentioned> found) {
    Map<String, Set<String>> byDay = new HashMap<>();
    Map<String, Integer> firstPosition = new HashMap<>();
    for (Mentioned m : found) {
      if (m.date().length() == 10) {
        byDay.computeIfAbsent(m.date(), k -> new HashSet<>()).add(m.article().id());
        int pos = m.article().sentences().indexOf(m.sentence());
        firstPosition.merge(m.date(), pos, Math::min);
      }
    }
    Optional<String> best =
        byDay.entrySet().stream()
            .max(
                Comparator.comparingInt((Map.Entry<String, Set<String>> en) -> en.getValue().size())
                    .thenComparing(en -> -firstPosition.get(en.getKey())))
            .map(Map.Entry::getKey);
    if (best.isPresent()) {
      return best.get();
    }
    for (Article a : articles) {
      if (a.published().isPresent()) {
        return a.published().get().toString();
      }
    }
    return "";
  }

  /**
   * "2026-02-05TAF" -> "2026-02-05"; "2026-W06" -> "2026-02-02" (its Monday) is not precise: kept
   * as the week.
   */
  static Optional<String> isoDate(String value) {
    Matcher m = ISO.matcher(value);
    if (m.matches()) {
      StringBuilder b = new StringBuilder(m.group(1));
      if (m.group(2) != null) {
        b.append('-').append(m.group(2));
        if (m.group(3) != null) {
          b.append('-').append(m.group(3));
        }
      }
      return Optional.of(b.toString());
    }
    if (ISO_WEEK.matcher(value).matches()) {
      return Optional.of(value);
    }
    return Optional.empty();
  }

  /** A date inside a quotation is in the speaker's words, not an event the outlet dates. */
  private static boolean insideQuote(boolean[] quoted, TimeExpression t) {
    return t.start() >= 0 && t.start() < quoted.length && quoted[t.start()];
  }

  /** "the 2015 deal": a year naming a thing, not dating an event of this sentence. */
  private static boolean yearAsModifier(Sentence s, TimeExpression t) {
    if (!t.text().matches("\\d{4}")) {
      return false;
    }
    List<Token> toks = s.tokens();
    int i = firstToken(s, t);
    if (i == toks.size() || toks.get(i).start() != t.start()) {
      return false;
    }
    boolean det = i > 0 && toks.get(i - 1).pos().matches("DT|POS|PRP\\$");
    // "a Hawaii Democrat and 2020 presidential candidate" (AllSides train-2222): the second of two
    // descriptions joined by "and", not "between 2019 and 2020"; or the sentence's first word
    boolean joined =
        i > 1
            && toks.get(i - 1).pos().equals("CC")
            && toks.get(i - 2).pos().matches("NN.*")
            && !toks.get(i - 2).word().matches("\\d{4}");
    boolean noun = i + 1 < toks.size() && toks.get(i + 1).pos().matches("NN.*|JJ.*");
    return (det || joined || i == 0) && noun;
  }

  /** The index of the expression's first token (the first ending past its start), or the size. */
  private static int firstToken(Sentence s, TimeExpression t) {
    List<Token> toks = s.tokens();
    int i = 0;
    while (i < toks.size() && toks.get(i).end() <= t.start()) {
      i++;
    }
    return i;
  }

  /**
   * "300 robberies across the world since 1999": a date after "since" starts a stretch of time that
   * runs to the telling; what the sentence reports did not happen on it.
   */
  private static boolean since(Sentence s, TimeExpression t) {
    return opener(s, t).equals("since");
  }

  /**
   * "The ruling is put on hold until Friday", "a bill that funds the government through September":
   * a date after "until", "till" or "through" ends a stretch, and what the sentence reports
   * happened before it. Not when "until" follows a negation ("it was not deemed a pandemic until
   * March", "won't return until Thursday"): the date is then when it happens.
   */
  private static boolean untilEnd(Sentence s, TimeExpression t) {
    String opener = opener(s, t);
    if (!STRETCH_END.contains(opener)) {
      return false;
    }
    if (opener.equals("through") || opener.equals("thru")) {
      return true;
    }
    int first = firstToken(s, t);
    for (int i = 0; i < first; i++) {
      if (NEGATION.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> STRETCH_END = Set.of("until", "till", "til", "through", "thru");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never");

  /**
   * The word that opens a date's phrase, lower-cased: the expression's own first word when it
   * starts with "since", "until", "till" or "through" (SUTime's "since 1999"), else the word just
   * before it; empty at the sentence's start.
   */
  private static String opener(Sentence s, TimeExpression t) {
    String first = t.text().toLowerCase(Locale.ROOT).split("\\s+", 2)[0];
    if (first.equals("since") || STRETCH_END.contains(first)) {
      return first;
    }
    int i = firstToken(s, t);
    return i > 0 ? s.tokens().get(i - 1).word().toLowerCase(Locale.ROOT) : "";
  }

  private static boolean insideName(Sentence s, TimeExpression t) {
    for (Mention m : s.mentions()) {
      if (m.start() < t.end() && m.end() > t.start()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(Sentence s) {
    Set<String> w = new HashSet<>();
    for (Token t : s.tokens()) {
      String l = t.lemma().toLowerCase(Locale.ROOT);
      if (l.length() > 2
          && !STOP.contains(l)
          && Character.isLetter(l.charAt(0))
          && (t.pos().startsWith("NN") || t.pos().startsWith("VB") || t.pos().startsWith("JJ"))) {
        w.add(l);
      }
    }
    return w;
  }

  private static Set<String> entities(Sentence s) {
    Set<String> e = new HashSet<>();
    for (Mention m : s.mentions()) {
      if (!m.entity().isEmpty()) {
        e.add(m.entity());
      }
    }
    return e;
  }

  private static double similarity(Mentioned a, Mentioned b) {
    return 0.5 * jaccard(a.words(), b.words()) + 0.5 * jaccard(a.entities(), b.entities());
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String x : a) {
      if (b.contains(x)) {
        inter++;
      }
    }
    return (double) inter / (a.size() + b.size() - inter);
  }

  /**
   * Where a sentence splits into clauses; a clock's colon ("at 1: 45 p. m.") does not split it. A
   * dash typed as two hyphens ("Teixeira -- who will turn 29 in April --", which ECB+ prints "- -")
   * splits as a dash does.
   */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "\\s*(?:;|(?<!\\d):|\\s[—–]\\s|\\s-\\s?-\\s|, (?=(?:and|but|while|which|during|as|after|before|following|when|although)\\b))\\s*");

  /**
   * A short label: the clause holding the date expression, or the sentence, to about twenty words.
   */
  static String label(Sentence s, String expression) {
    String text = s.text().strip();
    int at = text.indexOf(expression);
    String clause = text;
    if (at >= 0) {
      int from = 0;
      Matcher m = CLAUSE_BREAK.matcher(text);
      boolean[] quoted = QuoteSpans.mask(text);
      int to = text.length();
      while (m.find()) {
        if (quoted[m.start()]) {
          continue; // "“This is a failure, and the people deserve ...,” she said": one clause
        }
        if (m.end() <= at) {
          from = m.end();
        } else if (m.start() >= at + expression.length()) {
          to = m.start();
          break;
        }
      }
      String c = text.substring(from, to).strip();
      // a relative clause ("..., which began in 2018, is reaching ...") has its subject outside
      // it: the sentence says what the date is of
      boolean relative =
          c.regionMatches(true, 0, "which ", 0, 6)
              || c.regionMatches(true, 0, "who ", 0, 4)
              // "..., the Party of Industrialists – founded in 2012 – will be seeking seats in the
              // December 15 election" (ECB+ topic 11): a clause that opens with its verb has its
              // subject before the dash; "At the start of the month, Valley Dairy Inc., which
              // does business as ..., told the board" (topic 13): one with no verb is the
              // subject cut from its verb
              || !subjectAndVerb(s, s.text().indexOf(text) + text.indexOf(c, from), c.length());
      c = c.replaceFirst("^(?:and|but|while)\\s+", "");
      if (!c.isEmpty()) {
        c = c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1);
      }
      if (!relative && c.split("\\s+").length >= 6) {
        clause = c;
      }
    }
    String[] w = clause.split("\\s+");
    if (w.length <= 22) {
      return clause;
    }
    int atClause = clause.indexOf(expression);
    // a quotation opening the sentence is what the date dates the saying of: its start stays
    boolean opensQuoted = QuoteSpans.mask(clause)[0] || QuoteMarks.isMark(clause.charAt(0));
    if (atClause >= 0 && !opensQuoted) {
      // the words up to the expression's last one: past the first twenty, the label shows the
      // twenty before it and a few after ("... Charles (Lucky) Luciano, who was deported to Italy
      // and who died in 1962", ECB+ topic 26, had read "The gang was founded in the 1930's by
      // ..." under 1962)
      int last = clause.substring(0, atClause + expression.length()).split("\\s+").length - 1;
      if (last >= 20) {
        int end = Math.min(w.length, last + 1 + AFTER_DATE);
        int start = Math.max(0, end - 20);
        String window = String.join(" ", java.util.Arrays.copyOfRange(w, start, end));
        return (start > 0 ? "… " : "") + window + (end < w.length ? " …" : "");
      }
    }
    return String.join(" ", java.util.Arrays.copyOf(w, 20)) + " …";
  }

  /**
   * Whether the words at {@code [offset, offset + length)} of the sentence's text hold a verb (or a
   * modal) and do not open with one; true for a sentence whose tokens name no verb at all.
   */
  private static boolean subjectAndVerb(Sentence s, int offset, int length) {
    if (s.tokens().stream().noneMatch(dev.parallax.model.Token::isVerb)) {
      return true; // no parts of speech to read (or a heading): the clause as split
    }
    boolean first = true;
    for (dev.parallax.model.Token t : s.tokens()) {
      int at = t.start() - s.start();
      if (at < offset || at >= offset + length) {
        continue;
      }
      if (t.isVerb()) {
        return !first;
      }
      first = false;
    }
    return false;
  }

  /** Words a label keeps after a date it shows past a long sentence's first twenty. */
  private static final int AFTER_DATE = 4;

  /** Sort key: ISO dates sort as text; a week sorts at its Monday. */
  static String sortKey(String date) {
    Matcher w = ISO_WEEK.matcher(date);
    if (w.matches()) {
      LocalDate monday =
          LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
              .with(
                  java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                  Integer.parseInt(w.group(2)))
              .with(java.time.DayOfWeek.MONDAY);
      return monday + "W";
    }
    return date;
  }

  /** Visible for tests: whether a date string is a plain calendar day. */
  static boolean isDay(String date) {
    try {
      LocalDate.parse(date);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}

package dev.parallax.story;

import dev.parallax.story.StoryGrouper.Settings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How well an article fits a story, two stories fit each other, or two articles fit: a weighted sum
 * of the embedding cosine, the TF-IDF cosine of the words, the cosine of IDF-weighted names (less
 * when the rarest name both use is common in the store: {@link #nameEvidence}) and the numbers
 * shared, the cosines averaged over the pairs of articles (sums kept per story make the average one
 * dot product), less {@link StoryGrouper#OTHER_DAY_PENALTY} when the leads date their events two or
 * more days apart. Stateless apart from the settings and the IDF and rarity of names it reads from
 * the grouper.
 */
final class Scoring {
  /** Less than a dated day's penalty: without a date a follow-up may name the day it adds. */
  static final double UNDATED_PENALTY = 0.15;

  /** Numbers that count fully: sharing this many states the same facts. */
  static final double NUMBERS_FULL = 3.0;

  private final Settings settings;
  private final ToDoubleFunction<String> idf;
  private final ToDoubleFunction<String> rarity;

  Scoring(Settings settings, ToDoubleFunction<String> idf, ToDoubleFunction<String> rarity) {
    this.settings = settings;
    this.idf = idf;
    this.rarity = rarity;
  }

  /** How rare a name is in the store ({@link #rarity(long, int)}). */
  double rarityOf(String name) {
    return rarity.applyAsDouble(name);
  }

  /** How well the article fits the story: each part averaged over the story's articles. */
  Match match(Member a, OpenStory s) {
    double n = Math.max(1, s.articles);
    double embedding = dot(a.vector, s.sum) / n;
    double words = dot(a.words, s.words) / n;
    double names = names(a.names, s.names, n, a.sig.names.keySet(), s.counts);
    List<String> numbers = sharedNumbers(a.sig.numbers, s.numbers.keySet());
    double otherDay =
        a.sig.eventDay.isPresent()
            ? dayPenalty(Set.of(a.sig.eventDay.get()), s.eventDays.keySet())
            : 0;
    return scored(
        s.id,
        embedding,
        words,
        names,
        numbers,
        otherDay,
        sharedNames(a.sig.names.keySet(), s.counts));
  }

  /** How well two stories fit each other: each part averaged over their pairs of articles. */
  Match between(OpenStory a, OpenStory b) {
    double n = Math.max(1, a.articles) * (double) Math.max(1, b.articles);
    double embedding = dot(a.sum, b.sum) / n;
    double words = dot(a.words, b.words) / n;
    double names = names(a.names, b.names, n, a.counts.keySet(), b.counts);
    List<String> numbers = sharedNumbers(a.numbers.keySet(), b.numbers.keySet());
    double otherDay = dayPenalty(a.eventDays.keySet(), b.eventDays.keySet());
    OpenStory younger = a.seq < b.seq ? b : a;
    OpenStory older = younger == a ? b : a;
    return scored(
        older.id,
        embedding,
        words,
        names,
        numbers,
        otherDay,
        sharedNames(younger.counts.keySet(), older.counts));
  }

  /** {@link #between}'s score alone, without listing what the stories share. */
  double score(OpenStory a, OpenStory b) {
    double n = Math.max(1, a.articles) * (double) Math.max(1, b.articles);
    int numbers = 0;
    for (String x : a.numbers.keySet()) {
      if (b.numbers.containsKey(x) && !isYear(x)) {
        numbers++;
      }
    }
    return settings.embeddingWeight() * dot(a.sum, b.sum) / n
        + settings.wordWeight() * dot(a.words, b.words) / n
        + settings.nameWeight() * names(a.names, b.names, n, a.counts.keySet(), b.counts)
        + settings.numberWeight() * Math.min(1.0, numbers / NUMBERS_FULL)
        - dayPenalty(a.eventDays.keySet(), b.eventDays.keySet());
  }

  /**
   * How rare a shared name must be, relative to a name the store has seen once ({@link
   * #rarity(long, int)}), for the names part to count fully: below, the part shrinks in proportion.
   * Two reports that share only the names most of the store uses (a head of state, a country in the
   * news for months) share little of their event. Chosen on the tuning parts of the development
   * corpora (docs/store.md).
   */
  static final double RARE_NAME = 0.8;

  /**
   * The names part: the cosine of the name vectors averaged over {@code n} pairs of articles, times
   * {@link #nameEvidence} of the names the two sides use (looked up only when they share some).
   */
  private double names(
      Map<String, Double> a,
      Map<String, Double> b,
      double n,
      Set<String> mine,
      Map<String, Integer> theirs) {
    double cosine = dot(a, b) / n;
    return cosine > 0 ? cosine * nameEvidence(mine, theirs) : 0;
  }

  /**
   * The share of the names part that counts: the rarity of the rarest name both sides use over
   * {@link #RARE_NAME}, at most 1 (0 when they share none, where the names part is 0 anyway).
   */
  double nameEvidence(Set<String> mine, Map<String, Integer> theirs) {
    double best = 0;
    for (String x : mine) {
      if (theirs.containsKey(x)) {
        best = Math.max(best, rarity.applyAsDouble(x));
        if (best >= RARE_NAME) {
          return 1;
        }
      }
    }
    return best / RARE_NAME;
  }

  /** Below this many articles the store is too small to tell a common name from a story's own. */
  static final int RARITY_FROM = 100;

  /**
   * How rare a name in {@code df} of {@code articles} articles is, from 1 (seen in one article) to
   * 0 (in every one): the log of articles over its document frequency, over the same for a name
   * seen once. 1 while the store holds fewer than {@link #RARITY_FROM} articles.
   */
  static double rarity(long articles, int df) {
    if (articles < RARITY_FROM) {
      return 1;
    }
    double once = Math.log((1.0 + articles) / 2.0);
    return Math.min(1, Math.max(0, Math.log((1.0 + articles) / (1.0 + Math.max(1, df))) / once));
  }

  private Match scored(
      String id,
      double embedding,
      double words,
      double names,
      List<String> numbers,
      double otherDay,
      List<String> sharedNames) {
    double numberShare = Math.min(1.0, numbers.size() / NUMBERS_FULL);
    double score =
        settings.embeddingWeight() * embedding
            + settings.wordWeight() * words
            + settings.nameWeight() * names
            + settings.numberWeight() * numberShare
            - otherDay;
    return new Match(
        id, score, embedding, words, names, numberShare, otherDay > 0, sharedNames, numbers);
  }

  private List<String> sharedNames(Set<String> mine, Map<String, Integer> theirs) {
    return mine.stream()
        .filter(theirs::containsKey)
        .sorted(
            Comparator.comparingDouble((String n) -> -idf.applyAsDouble(n))
                .thenComparing(Comparator.naturalOrder()))
        .limit(8)
        .toList();
  }

  /** Years say little about which event. */
  static boolean isYear(String x) {
    return x.length() == 4 && (x.startsWith("19") || x.startsWith("20"));
  }

  /** The numbers both state, years left out, in order. */
  static List<String> sharedNumbers(Set<String> mine, Set<String> theirs) {
    List<String> out = new ArrayList<>();
    for (String x : mine) {
      if (theirs.contains(x) && !isYear(x)) {
        out.add(x);
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /**
   * {@link StoryGrouper#OTHER_DAY_PENALTY} when the leads date their events two or more days apart,
   * {@link #UNDATED_PENALTY} when leads without a date name weekdays two or more days apart, else
   * 0.
   */
  static double dayPenalty(Set<LocalDate> a, Set<LocalDate> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    for (LocalDate d : a) {
      long nearest = Long.MAX_VALUE;
      for (LocalDate e : b) {
        if (Signature.undated(d) != Signature.undated(e)) {
          continue; // a weekday named without a date says nothing of a dated day
        }
        long apart = Math.abs(ChronoUnit.DAYS.between(d, e));
        nearest = Math.min(nearest, Signature.undated(d) ? Math.min(apart, 7 - apart) : apart);
      }
      if (nearest >= 2 && nearest != Long.MAX_VALUE) {
        return Signature.undated(d) ? UNDATED_PENALTY : StoryGrouper.OTHER_DAY_PENALTY;
      }
    }
    return 0;
  }

  /** Whether the article's date is within the window of the story's dates (undated always is). */
  boolean withinWindow(OpenStory s, Optional<LocalDate> published) {
    if (published.isEmpty() || s.first == null) {
      return true;
    }
    LocalDate d = published.get();
    long gap =
        d.isBefore(s.first)
            ? ChronoUnit.DAYS.between(d, s.first)
            : d.isAfter(s.last) ? ChronoUnit.DAYS.between(s.last, d) : 0;
    return gap <= settings.windowDays();
  }

  /** Whether two stories' dates are within the window of each other. */
  boolean windowsMeet(OpenStory a, OpenStory b) {
    if (a.first == null || b.first == null) {
      return true;
    }
    return ChronoUnit.DAYS.between(a.last, b.first) <= settings.windowDays()
        && ChronoUnit.DAYS.between(b.last, a.first) <= settings.windowDays();
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * (double) b[i];
    }
    return s;
  }

  static double dot(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      Map<String, Double> t = a;
      a = b;
      b = t;
    }
    double s = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double o = b.get(e.getKey());
      if (o != null) {
        s += e.getValue() * o;
      }
    }
    return s;
  }
}

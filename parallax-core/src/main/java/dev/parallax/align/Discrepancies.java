package dev.parallax.align;

import dev.parallax.model.Discrepancy;
import dev.parallax.model.Fact;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.nlp.TimeFixer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers that disagree within a fact. Conservative: two quantities are compared only when they
 * count the same unit (the same noun lemma, currency or percent), and dates only when each sentence
 * of the fact that has a date has exactly one, given to the day, and the two days date the same
 * verb (where a verb governs each). A discrepancy is raised when at least two articles give a value
 * for a unit, each gives exactly one (an article giving two, as in "10 and 12", is left alone), and
 * the values are not all equal.
 */
final class Discrepancies {
  private Discrepancies() {}

  static List<Discrepancy> find(List<Fact> facts, Map<String, Sentence> sentences) {
    return find(facts, sentences, null);
  }

  /**
   * As above, but with {@code linked} (sentence id to the sentences of other articles the pair
   * model links it to, {@link Aligner.Result#similar}): where an article states the fact in several
   * sentences, two values disagree only when their sentences are linked to each other. A fact
   * grouped through other sentences can hold two sentences that count different things of one noun
   * ("captured three boats", "detected a group of five boats approaching"). Values from the one
   * sentence each article gives the fact are compared as before. Null compares every pair.
   */
  static List<Discrepancy> find(
      List<Fact> facts, Map<String, Sentence> sentences, Map<String, Set<String>> linked) {
    List<Discrepancy> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f.support() < 2) {
        continue;
      }
      // unit -> article -> values found
      Map<String, Map<String, List<Discrepancy.Value>>> byUnit = new LinkedHashMap<>();
      // how each value was written: its hedge ("more than", "about") and rounding
      Map<Discrepancy.Value, Quantities.Quantity> written = new java.util.HashMap<>();
      // what each day dates: the lemma of the verb it governs
      Map<Discrepancy.Value, String> datedVerbs = new java.util.HashMap<>();
      // every number each sentence states, whatever it counts
      Map<String, Set<String>> stated = new java.util.HashMap<>();
      for (String id : f.sentences()) {
        Sentence s = sentences.get(id);
        if (s == null) {
          continue;
        }
        String article = articleOf(id);
        for (Quantities.Quantity q : Quantities.of(s)) {
          stated.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(q.value());
          if (!q.unit().isEmpty()) {
            Discrepancy.Value v = new Discrepancy.Value(id, q.text(), q.value());
            written.put(v, q);
            byUnit
                .computeIfAbsent(q.unit(), u -> new LinkedHashMap<>())
                .computeIfAbsent(article, a -> new ArrayList<>())
                .add(v);
          }
        }
        List<TimeExpression> days =
            s.times().stream()
                .filter(t -> t.type().equals("DATE") && t.value().matches("\\d{4}-\\d{2}-\\d{2}"))
                .toList();
        if (days.size() == 1) {
          Discrepancy.Value v = new Discrepancy.Value(id, days.get(0).text(), days.get(0).value());
          TimeFixer.datedVerb(days.get(0), s.tokens()).ifPresent(lemma -> datedVerbs.put(v, lemma));
          byUnit
              .computeIfAbsent("date", u -> new LinkedHashMap<>())
              .computeIfAbsent(article, a -> new ArrayList<>())
              .add(v);
        }
      }
      for (Map.Entry<String, Map<String, List<Discrepancy.Value>>> e : byUnit.entrySet()) {
        Map<String, List<Discrepancy.Value>> perArticle = e.getValue();
        if (perArticle.size() < 2 || perArticle.values().stream().anyMatch(v -> v.size() != 1)) {
          continue;
        }
        List<Discrepancy.Value> values = perArticle.values().stream().map(v -> v.get(0)).toList();
        boolean dates = e.getKey().equals("date");
        boolean disagree = false;
        for (int i = 0; i < values.size() && !disagree; i++) {
          for (int j = i + 1; j < values.size() && !disagree; j++) {
            disagree =
                !agree(values.get(i), values.get(j), dates, written)
                    && (dates || !eachStatesTheOther(values.get(i), values.get(j), stated))
                    && compared(f, values.get(i), values.get(j), linked, dates)
                    && (!dates || sameEvent(values.get(i), values.get(j), datedVerbs));
          }
        }
        if (disagree) {
          out.add(new Discrepancy(f.id(), values));
        }
      }
    }
    return out;
  }

  /**
   * Whether two values of a fact are compared at all: always without {@code linked}; else when
   * their sentences are linked to each other, or (counts and amounts) are each their article's only
   * one in the fact. Two days are compared only between linked sentences: a sentence dates what its
   * own verb reports, and one of a fact's sentences may date another event of it ("the cuts he
   * announced Sunday" beside "vowed Wednesday").
   */
  private static boolean compared(
      Fact f,
      Discrepancy.Value a,
      Discrepancy.Value b,
      Map<String, Set<String>> linked,
      boolean dates) {
    return linked == null
        || !dates && alone(f, a) && alone(f, b)
        || linked.getOrDefault(a.sentence(), Set.of()).contains(b.sentence());
  }

  /**
   * Whether two days may date one event: unless the verbs they date are known and differ. "was
   * charged with murder Saturday after allegedly opening fire" and "was gunned down Friday" date
   * the charge and the shooting, one fact's two events; "shot on June 20" and "shot on June 21"
   * disagree.
   */
  private static boolean sameEvent(
      Discrepancy.Value a, Discrepancy.Value b, Map<Discrepancy.Value, String> datedVerbs) {
    String va = datedVerbs.get(a);
    String vb = datedVerbs.get(b);
    return va == null || vb == null || va.equals(vb);
  }

  /**
   * Each value's sentence states the other's number too, counting something else by it: "hit in the
   * back by three of the seven bullets" against "seven bullets entered Gray's body, three of them
   * from the rear" (ECB+ topic 19) say the same numbers of different parts.
   */
  private static boolean eachStatesTheOther(
      Discrepancy.Value a, Discrepancy.Value b, Map<String, Set<String>> stated) {
    return stated.getOrDefault(a.sentence(), Set.of()).contains(b.value())
        && stated.getOrDefault(b.sentence(), Set.of()).contains(a.value());
  }

  /** The value's sentence is the only one of its article in the fact. */
  private static boolean alone(Fact f, Discrepancy.Value v) {
    String article = articleOf(v.sentence());
    return f.sentences().stream().filter(x -> articleOf(x).equals(article)).count() == 1;
  }

  /** The article id of a sentence id ("A2" of "A2.S5"). */
  private static String articleOf(String sentenceId) {
    return sentenceId.substring(0, sentenceId.indexOf('.'));
  }

  /** A year written out: "2005", "'05". */
  private static final java.util.regex.Pattern WRITTEN_YEAR =
      java.util.regex.Pattern.compile("\\b\\d{4}\\b|['’]\\d{2}\\b");

  /**
   * Two values agree when equal, two numbers also when the hedges and roundings they are written
   * with allow one value ({@link Quantities#compatible}); two days also when they are written the
   * same ("today" and "today" in articles published a day apart), or differ in the year alone and
   * one of them does not write its year ("June 20" and "June 20, 2005"): that year was taken from
   * the publication date, which may be the user's guess for every article.
   */
  private static boolean agree(
      Discrepancy.Value a,
      Discrepancy.Value b,
      boolean dates,
      Map<Discrepancy.Value, Quantities.Quantity> written) {
    if (a.value().equals(b.value())) {
      return true;
    }
    if (dates && a.text().strip().equalsIgnoreCase(b.text().strip())) {
      // "today" and "today", "Tuesday" and "Tuesday": the articles say the same; the days differ
      // only by the publication dates they were read against
      return true;
    }
    if (!dates) {
      // "more than 15 million" and "at least 15.1 million", "almost $139 million" and "$138
      // million", "2.1 million" and "2.123 million": what the hedges and roundings allow overlaps
      return Quantities.compatible(written.get(a), written.get(b));
    }
    return dates
        && a.value().substring(4).equals(b.value().substring(4))
        && (!WRITTEN_YEAR.matcher(a.text()).find() || !WRITTEN_YEAR.matcher(b.text()).find());
  }
}

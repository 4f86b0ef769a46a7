package dev.parallax.align;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts and amounts in a sentence, each with the unit it is attached to: the noun it counts
 * ({@code 12 warships} -> {@code warship}; a measure joined to the noun it modifies, {@code a
 * 7-yard touchdown pass} -> {@code yard pass}), a currency or {@code percent}. Years, dates and
 * times are left to the date tagger; ordinals are not quantities.
 */
final class Quantities {
  /** A number as written, its value and the lemma of what it counts ({@code ""} if unknown). */
  record Quantity(String text, String value, String unit) {}

  private static final Map<String, Long> WORDS =
      Map.ofEntries(
          Map.entry("two", 2L),
          Map.entry("three", 3L),
          Map.entry("four", 4L),
          Map.entry("five", 5L),
          Map.entry("six", 6L),
          Map.entry("seven", 7L),
          Map.entry("eight", 8L),
          Map.entry("nine", 9L),
          Map.entry("ten", 10L),
          Map.entry("eleven", 11L),
          Map.entry("twelve", 12L),
          Map.entry("dozen", 12L),
          Map.entry("twenty", 20L),
          Map.entry("hundred", 100L),
          Map.entry("thousand", 1_000L),
          Map.entry("million", 1_000_000L),
          Map.entry("billion", 1_000_000_000L),
          Map.entry("trillion", 1_000_000_000_000L));
  private static final Set<String> SCALES = DataFiles.words("grammar.tsv", "number-scale");
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL");
  private static final Set<String> CURRENCY = DataFiles.words("grammar.tsv", "currency");

  private Quantities() {}

  /** A quantity with the tokens it spans, before parts and wholes are told apart. */
  private record Found(int start, int end, String value, String unit) {
    Found withUnit(String other) {
      return new Found(start, end, value, other);
    }
  }

  static List<Quantity> of(Sentence s) {
    List<Token> t = s.tokens();
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Token tok = t.get(i);
      if (!isNumber(tok)) {
        i++;
        continue;
      }
      int start = i;
      double value = parse(tok.word());
      i++;
      // "1.5 million", "6 thousand"
      while (i < t.size() && SCALES.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
        value *= WORDS.get(t.get(i).word().toLowerCase(Locale.ROOT));
        i++;
      }
      if (Double.isNaN(value)) {
        continue;
      }
      int by = dimension(t, i);
      if (by > i) {
        // "a four-by-four car", "a 10 by 12 room": sizes, not counts of the noun
        i = by;
        continue;
      }
      String unit = "";
      int end = i;
      if (start > 0 && CURRENCY.contains(t.get(start - 1).word().toLowerCase(Locale.ROOT))) {
        unit = "currency:" + t.get(start - 1).word();
        start--;
      } else if (i < t.size()
          && (t.get(i).word().equals("%") || t.get(i).lemma().equalsIgnoreCase("percent"))) {
        unit = "percent";
        end = i + 1;
      } else {
        // the counted noun: the first noun within three tokens, past adjectives ("12 new warships")
        for (int j = i; j < Math.min(t.size(), i + 3); j++) {
          String pos = t.get(j).pos();
          if (pos.startsWith("NN")) {
            unit = t.get(j).lemma().toLowerCase(Locale.ROOT);
            end = j + 1;
            if (i < t.size() && t.get(i).pos().equals("HYPH")) {
              // "a 7-yard touchdown pass", "a 13-play drive": the measure of the noun after it,
              // which "went 73 yards" does not count
              int k = j + 1;
              while (k < t.size() && t.get(k).pos().startsWith("NN")) {
                k++;
              }
              if (k > j + 1) {
                unit = unit + " " + t.get(k - 1).lemma().toLowerCase(Locale.ROOT);
              }
            }
            break;
          }
          if (!(pos.startsWith("JJ") || pos.equals("HYPH"))) {
            break;
          }
        }
      }
      found.add(new Found(start, end, format(value), unit));
    }
    partsOfWholes(t, found);
    List<Quantity> out = new ArrayList<>();
    for (Found f : found) {
      String text =
          s.text()
              .substring(
                  t.get(f.start()).start() - s.start(), t.get(f.end() - 1).end() - s.start());
      out.add(new Quantity(text, f.value(), f.unit()));
    }
    return out;
  }

  /** What a part of a whole is counted in apart from the part: "157 of 338 seats". */
  static final String WHOLE = " (whole)";

  /**
   * "157 of 338 seats", "156 seats of the 338", "9 out of 10 doctors": the first number counts the
   * noun, the second is the whole it is a part of. The whole is counted as a unit of its own, so
   * "won 157 of 338 seats" is compared with "took 156 seats", and 338 with other wholes.
   */
  private static void partsOfWholes(List<Token> t, List<Found> found) {
    for (int k = 0; k + 1 < found.size(); k++) {
      Found part = found.get(k);
      Found whole = found.get(k + 1);
      boolean of = false;
      boolean between = whole.start() > part.end();
      for (int j = part.end(); j < whole.start() && between; j++) {
        String w = t.get(j).word().toLowerCase(Locale.ROOT);
        of |= w.equals("of");
        between = w.equals("of") || w.equals("out") || w.equals("the");
      }
      if (!between || !of || !countsANoun(part.unit()) && !countsANoun(whole.unit())) {
        continue;
      }
      if (part.unit().isEmpty()) {
        found.set(k, part.withUnit(whole.unit()));
        found.set(k + 1, whole.withUnit(whole.unit() + WHOLE));
      } else if (whole.unit().isEmpty() || whole.unit().equals(part.unit())) {
        found.set(k + 1, whole.withUnit(part.unit() + WHOLE));
      }
    }
  }

  /** A unit that is a counted noun, not a currency or a percentage. */
  private static boolean countsANoun(String unit) {
    return !unit.isEmpty() && !unit.startsWith("currency:") && !unit.equals("percent");
  }

  /**
   * Where the second number of a dimension written "N by M" ends ("four - by - four", "10 by 12"),
   * when the tokens from {@code i} continue one; else {@code i}.
   */
  private static int dimension(List<Token> t, int i) {
    int j = i;
    if (j < t.size() && t.get(j).pos().equals("HYPH")) {
      j++;
    }
    if (j >= t.size() || !t.get(j).word().equalsIgnoreCase("by")) {
      return i;
    }
    j++;
    if (j < t.size() && t.get(j).pos().equals("HYPH")) {
      j++;
    }
    return j < t.size() && isNumber(t.get(j)) ? j + 1 : i;
  }

  private static boolean isNumber(Token t) {
    if (TIME_TAGS.contains(t.ner())) {
      return false;
    }
    if (!t.pos().equals("CD")) {
      return false;
    }
    return !Double.isNaN(parse(t.word()));
  }

  static double parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    Long named = WORDS.get(w);
    if (named != null) {
      return named;
    }
    if (w.equals("one")) {
      return 1;
    }
    try {
      return Double.parseDouble(w);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}

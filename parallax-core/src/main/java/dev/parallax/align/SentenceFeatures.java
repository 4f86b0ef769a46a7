package dev.parallax.align;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What alignment compares besides the embedding: content lemmas (nouns, verbs, adjectives, minus
 * stopwords), story-wide entity ids, numbers and normalised dates, each as one string feature with
 * a prefix ({@code w:}, {@code e:}, {@code n:}, {@code t:}) so the kinds never collide.
 */
final class SentenceFeatures {
  private SentenceFeatures() {}

  static Set<String> of(Sentence s) {
    return of(s, null);
  }

  /**
   * The features of {@code s}; when it opens with a title that a person in {@code previous} (the
   * sentence before it in the same article, or null) bears ("The minister also met..." after
   * "Transport Minister Tomas Brandt"), that person counts as named in it; when it names no person
   * but refers back to one ("He said..."), all people named in {@code previous} do: a light
   * stand-in for coreference.
   */
  static Set<String> of(Sentence s, Sentence previous) {
    Set<String> f = new LinkedHashSet<>();
    if (previous != null) {
      List<Mention> people =
          previous.mentions().stream()
              .filter(m -> !m.entity().isEmpty() && m.type() == EntityType.PERSON)
              .toList();
      // "The minister ..." after "... Transport Minister Tomas Brandt ...": the one with that title
      String title = openingNoun(s);
      List<Mention> titled =
          people.stream().filter(m -> !title.isEmpty() && titled(previous, m, title)).toList();
      for (Mention m : !titled.isEmpty() ? titled : refersBack(s) ? people : List.<Mention>of()) {
        f.add("e:" + m.entity());
      }
    }
    boolean[] quoted = Clauses.quoted(s.tokens());
    boolean[] phrase = shortQuotes(s.tokens(), quoted);
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (isContent(t)) {
        f.add("w:" + lemma(t));
        // a word two outlets both put in quotation marks ("botched"): the same utterance cited
        if (phrase[i]) {
          f.add("q:" + lemma(t));
        }
      }
    }
    for (Mention m : s.mentions()) {
      if (!m.entity().isEmpty()) {
        f.add("e:" + m.entity());
      }
    }
    for (String v : Quantities.values(s)) {
      f.add("n:" + v);
    }
    for (TimeExpression t : s.times()) {
      if (t.type().equals("DATE") && !t.value().isEmpty()) {
        f.add("t:" + t.value());
        // "in June" and "last June" can resolve to different years; the month still matches
        if (t.value().matches("\\d{4}-\\d{2}.*")) {
          f.add("m:" + t.value().substring(5, 7));
        }
      }
    }
    // word pairs catch phrases (and quotations) carried over verbatim
    String before = null;
    boolean beforeQuoted = false;
    for (int i = 0; i < s.tokens().size(); i++) {
      String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
      if (!Character.isLetterOrDigit(w.charAt(0))) {
        before = null;
        continue;
      }
      if (before != null) {
        f.add("b:" + before + " " + w);
        if (beforeQuoted && quoted[i]) {
          f.add("qb:" + before + " " + w);
        }
      }
      before = w;
      beforeQuoted = quoted[i];
    }
    return f;
  }

  /** Longest quotation, in words, whose words count as cited terms rather than speech. */
  static final int SHORT_QUOTE = 5;

  /** Which tokens are inside a quotation of at most {@link #SHORT_QUOTE} words. */
  static boolean[] shortQuotes(List<Token> t, boolean[] quoted) {
    boolean[] out = new boolean[t.size()];
    int i = 0;
    while (i < t.size()) {
      if (!quoted[i]) {
        i++;
        continue;
      }
      int j = i;
      // a closing mark ends the run even if an opening one follows at once
      while (j < t.size() && quoted[j] && (j == i || !isOpening(t.get(j).word()))) {
        j++;
      }
      if (Clauses.words(t, i, j) <= SHORT_QUOTE) {
        for (int k = i; k < j; k++) {
          out[k] = true;
        }
      }
      i = j;
    }
    return out;
  }

  private static boolean isOpening(String w) {
    return w.equals("``") || w.equals("“");
  }

  /** The noun of an opening "The minister" / "The former chief", lowercase, or "". */
  private static String openingNoun(Sentence s) {
    List<Token> t = s.tokens();
    if (t.isEmpty() || !t.get(0).word().equalsIgnoreCase("the")) {
      return "";
    }
    for (int i = 1; i < Math.min(t.size(), 4); i++) {
      if (t.get(i).pos().startsWith("NN")) {
        return t.get(i).lemma().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /**
   * Whether one of the three words before mention {@code m} in {@code s} has the lemma {@code
   * title}.
   */
  private static boolean titled(Sentence s, Mention m, String title) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).start() >= m.start()) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
          if (t.get(k).lemma().equalsIgnoreCase(title)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static final Set<String> BACK_REFERENCES =
      DataFiles.words("grammar.tsv", "back-reference");

  private static boolean refersBack(Sentence s) {
    if (s.tokens().isEmpty()
        || s.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
      return false;
    }
    Token first = s.tokens().get(0);
    return BACK_REFERENCES.contains(first.word().toLowerCase(Locale.ROOT))
        || s.tokens().stream()
            .limit(12)
            .anyMatch(t -> t.pos().equals("PRP") && !t.word().equalsIgnoreCase("it"));
  }

  /** The lowercase lemma without hyphens, so "build-up" and "buildup" are one word. */
  static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT).replace("-", "");
  }

  static boolean isContent(Token t) {
    String pos = t.pos();
    if (!(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ"))) {
      return false;
    }
    // names are compared as entities; their tokens would count twice
    if (!t.ner().equals("O") && !t.ner().equals("MISC")) {
      return false;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (lemma.length() < 2 || !Character.isLetter(lemma.charAt(0))) {
      return false;
    }
    return !Stopwords.contains(lemma);
  }
}

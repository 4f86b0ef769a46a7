package dev.parallax.align;

import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import dev.parallax.model.Token;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What alignment compares besides the embedding: content lemmas (nouns, verbs, adjectives, minus
 * stopwords), story-wide entity ids, numbers and normalised dates, each as one string feature with a
 * prefix ({@code w:}, {@code e:}, {@code n:}, {@code t:}) so the kinds never collide.
 */
final class SentenceFeatures {
  private SentenceFeatures() {}

  static Set<String> of(Sentence s) {
    return of(s, null);
  }

  /**
   * The features of {@code s}; when it names no person but refers back to one ("The minister also
   * met...", "He said..."), the people named in {@code previous} (the sentence before it in the same
   * article, or null) count as named in it too: a light stand-in for coreference.
   */
  static Set<String> of(Sentence s, Sentence previous) {
    Set<String> f = new LinkedHashSet<>();
    if (previous != null && refersBack(s)) {
      for (Mention m : previous.mentions()) {
        if (!m.entity().isEmpty() && m.type() == EntityType.PERSON) {
          f.add("e:" + m.entity());
        }
      }
    }
    boolean[] quoted = Clauses.quoted(s.tokens());
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (isContent(t)) {
        f.add("w:" + lemma(t));
        // words quoted by both sentences: the same quotation, however it is framed
        if (quoted[i]) {
          f.add("q:" + lemma(t));
        }
      }
    }
    for (Mention m : s.mentions()) {
      if (!m.entity().isEmpty()) {
        f.add("e:" + m.entity());
      }
    }
    for (Quantities.Quantity q : Quantities.of(s)) {
      f.add("n:" + q.value());
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

  private static final Set<String> BACK_REFERENCES =
      Set.of("he", "she", "they", "his", "her", "their", "the", "this", "these");

  private static boolean refersBack(Sentence s) {
    if (s.tokens().isEmpty() || s.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
      return false;
    }
    Token first = s.tokens().get(0);
    return BACK_REFERENCES.contains(first.word().toLowerCase(Locale.ROOT))
        || s.tokens().stream().limit(12).anyMatch(t -> t.pos().equals("PRP") && !t.word().equalsIgnoreCase("it"));
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

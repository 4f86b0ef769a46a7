package dev.parallax.framing;

import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * One word as a reader sees it: a token, or a hyphenated compound the tokenizer split ("far-left",
 * "fear-mongering") joined back into one; a compound opening "then-" is the word after it ("then-
 * President" is "President"). Offsets {@code [start, end)} index the article's text.
 *
 * @param text the word lower-cased, without surrounding punctuation: what an annotator would write
 * @param key the lexicon key: the lemma of a single token, the text of a compound
 * @param pos the part of speech of the word's last token (a compound's head)
 * @param compound whether the word joins several tokens with hyphens
 * @param capitalised whether it starts upper-case anywhere but at the start of its sentence
 * @param tokens the tokens it covers, in order
 */
public record WordUnit(
    String text,
    String key,
    String pos,
    boolean compound,
    boolean capitalised,
    int start,
    int end,
    List<Token> tokens) {
  public WordUnit {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(pos, "pos");
    tokens = List.copyOf(tokens);
  }

  /** The lower-cased lemma of the head token. */
  public String headLemma() {
    return tokens.get(tokens.size() - 1).lemma().toLowerCase(Locale.ROOT);
  }

  /**
   * The words of a sentence in the outlet's own voice: tokens that start with a letter and lie
   * outside quotation marks ({@code quoted} tells, by offset into the article text), compounds
   * joined.
   */
  public static List<WordUnit> of(Sentence s, IntPredicate quoted) {
    List<Token> toks = s.tokens();
    List<WordUnit> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      int j = i;
      while (j + 2 < toks.size()
          && toks.get(j + 1).word().equals("-")
          && toks.get(j + 1).start() == toks.get(j).end()
          && toks.get(j + 2).start() == toks.get(j + 1).end()
          && Character.isLetter(toks.get(j + 2).word().codePointAt(0))) {
        j += 2;
      }
      if (j > i && toks.get(i).word().equalsIgnoreCase("then")) {
        // "then-President Donald Trump", "the then-candidate": "then" only dates the title, so the
        // word is the title itself
        i += 2;
      }
      Token first = toks.get(i);
      Token last = toks.get(j);
      StringBuilder b = new StringBuilder();
      for (int k = i; k <= j; k++) {
        b.append(toks.get(k).word());
      }
      String text = strip(b.toString().toLowerCase(Locale.ROOT));
      if (!text.isEmpty()
          && Character.isLetter(text.codePointAt(0))
          && !quoted.test(first.start())) {
        boolean compound = j > i;
        String key = compound ? text : first.lemma().toLowerCase(Locale.ROOT);
        boolean capitalised = i > 0 && Character.isUpperCase(first.word().codePointAt(0));
        out.add(
            new WordUnit(
                text,
                key,
                last.pos(),
                compound,
                capitalised,
                first.start(),
                last.end(),
                toks.subList(i, j + 1)));
      }
      i = j + 1;
    }
    return out;
  }

  /** Without leading and trailing characters that are neither letters nor digits. */
  public static String strip(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
      b--;
    }
    return w.substring(a, b);
  }
}

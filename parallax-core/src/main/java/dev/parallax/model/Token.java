package dev.parallax.model;

import java.util.Objects;

/**
 * One token with its annotations; {@code [start, end)} are offsets into the article's cleaned text.
 *
 * @param ner the named-entity tag, {@code "O"} when none
 */
public record Token(String word, String lemma, String pos, String ner, int start, int end) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
  }

  /** Whether the token is a word (holds a letter or digit), not punctuation or a symbol. */
  public boolean isWord() {
    return word.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Whether the tagger read the token as a verb or a modal ({@code VB*}, {@code MD}). */
  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }
}

package dev.parallax.align;

import dev.parallax.internal.DataFiles;
import java.util.Locale;
import java.util.Set;

/**
 * Content words too common in news to say two sentences state the same thing (lexicon
 * news-words.txt).
 */
final class Stopwords {
  private static final Set<String> WORDS = DataFiles.words("news-words.txt");

  private Stopwords() {}

  static boolean contains(String lemma) {
    return WORDS.contains(lemma.toLowerCase(Locale.ROOT));
  }
}

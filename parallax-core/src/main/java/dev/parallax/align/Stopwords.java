package dev.parallax.align;

import dev.parallax.internal.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Content words too common in news to say two sentences state the same thing (stopwords.txt). */
final class Stopwords {
  private static final Set<String> WORDS = load();

  private Stopwords() {}

  static boolean contains(String lemma) {
    return WORDS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String[] row : DataFiles.rows(Stopwords.class, "stopwords.txt")) {
      out.add(row[0].strip().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}

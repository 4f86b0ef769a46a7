package dev.parallax.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = Stopwords.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("stopwords.txt missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}

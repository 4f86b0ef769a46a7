package dev.parallax.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Given names and the pronoun they usually take, from {@code first-names.tsv}; loaded once. */
final class Names {
  private static final Map<String, Character> GENDER = load();

  private Names() {}

  /** Whether a person called {@code name} may be referred to as {@code pronoun} (he/she). */
  static boolean compatible(String name, String pronoun) {
    String first = name.strip().split("[\\s.]+")[0].toLowerCase(Locale.ROOT);
    Character g = GENDER.get(first);
    if (g == null) {
      return true;
    }
    return pronoun.equals("he") ? g == 'm' : pronoun.equals("she") ? g == 'f' : true;
  }

  private static Map<String, Character> load() {
    Map<String, Character> m = new HashMap<>();
    try (InputStream in = Names.class.getResourceAsStream("first-names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/parallax/quote/first-names.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        m.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip().charAt(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}

package dev.parallax.quote;

import dev.parallax.internal.DataFiles;
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
    for (String[] f : DataFiles.rows("first-names.tsv")) {
      m.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip().charAt(0));
    }
    return Map.copyOf(m);
  }
}

package dev.parallax.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Given names and the pronoun they usually take, from the lexicon {@code first-names.tsv}, loaded
 * once for every stage that needs them (entity joins, pronoun speakers). Thread-safe.
 */
public final class GivenNames {
  private static final Map<String, String> GENDER = load();

  private GivenNames() {}

  /** {@code "m"} or {@code "f"} for a listed given name (any case), else empty. */
  public static Optional<String> gender(String givenName) {
    return Optional.ofNullable(GENDER.get(givenName.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a person called {@code name} (its first word is taken as the given name) may be
   * referred to as {@code pronoun} ("he" or "she"); an unlisted name or another pronoun rules out
   * nothing.
   */
  public static boolean compatible(String name, String pronoun) {
    String first = name.strip().split("[\\s.]+")[0];
    Optional<String> g = gender(first);
    if (g.isEmpty()) {
      return true;
    }
    return pronoun.equals("he")
        ? g.get().equals("m")
        : !pronoun.equals("she") || g.get().equals("f");
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    for (String[] row : DataFiles.rows("first-names.tsv")) {
      if (row.length > 1) {
        m.put(row[0].strip().toLowerCase(Locale.ROOT), row[1].strip().substring(0, 1));
      }
    }
    return Map.copyOf(m);
  }
}

package dev.parallax.entity;

import dev.parallax.internal.DataFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The acronyms a name can be written as, for finding an entity by an acronym its story never wrote:
 * the initials of its words, leaving out connectors ("of", "and", "the") and a closing company word
 * ("Inc.", "Corp.", {@code company-suffixes.txt}), with a word written in capitals kept whole or
 * cut to its initial ("EYP Mission Critical Facilities Inc." → {@code emcf}, {@code eypmcf}; "U.S.
 * Geological Survey" → {@code usgs}). Keys are lower-case letters only. Stateless and thread-safe.
 */
public final class Acronyms {
  private static final Set<String> COMPANY = DataFiles.words("company-suffixes.txt");
  private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "de", "&");

  /** More capitalised words than this are all cut to initials (2^n spellings otherwise). */
  private static final int KEPT_WHOLE = 3;

  private Acronyms() {}

  /** The acronym keys of a name of two or more words; empty for one word. */
  public static Set<String> of(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.strip().split("[\\s\\-‐–—/]+")) {
      String bare = w.replaceAll("[^\\p{L}\\p{N}&]", "");
      if (!bare.isEmpty()) {
        words.add(w.replaceAll("[^\\p{L}\\p{N}&.]", ""));
      }
    }
    while (words.size() > 1
        && COMPANY.contains(bare(words.get(words.size() - 1)).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!CONNECTORS.contains(bare(w).toLowerCase(Locale.ROOT))) {
        kept.add(w);
      }
    }
    if (kept.size() < 2) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    out.add("");
    int capitals = 0;
    for (String w : kept) {
      String letters = bare(w).replace("&", "").toLowerCase(Locale.ROOT);
      if (letters.isEmpty()) {
        continue;
      }
      boolean dotted = w.matches("(?:\\p{Lu}\\.){2,}"); // "U.S." reads as its letters
      boolean whole = dotted || capitalWord(w) && ++capitals <= KEPT_WHOLE;
      Set<String> next = new LinkedHashSet<>();
      for (String prefix : out) {
        next.add(prefix + (dotted ? letters : letters.substring(0, 1)));
        if (whole) {
          next.add(prefix + letters);
        }
      }
      out = next;
    }
    out.removeIf(k -> k.length() < 2);
    return out;
  }

  /**
   * The key a query is looked up by when it reads as an acronym: written without lower-case letters
   * ("EYP MCF", "U.S.G.S.") or of words of at most four letters ("eyp mcf"); empty otherwise.
   */
  public static String key(String query) {
    String letters = query.replaceAll("[^\\p{L}\\p{N}]", "");
    if (letters.length() < 2 || letters.length() > 10) {
      return "";
    }
    boolean capitals = letters.equals(letters.toUpperCase(Locale.ROOT));
    boolean shortWords = true;
    for (String w : query.strip().split("[^\\p{L}\\p{N}.]+")) {
      shortWords &= bare(w).length() <= 4;
    }
    return capitals || shortWords ? letters.toLowerCase(Locale.ROOT) : "";
  }

  private static String bare(String w) {
    return w.replaceAll("[^\\p{L}\\p{N}&]", "");
  }

  private static boolean capitalWord(String w) {
    String letters = bare(w);
    return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
  }
}

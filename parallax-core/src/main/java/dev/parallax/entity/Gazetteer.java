package dev.parallax.entity;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The name lists entity resolution relies on, loaded from the data files beside this class: places
 * with their aliases and demonyms, institution suffixes, type corrections, name prefixes and
 * outlets. Immutable once loaded; thread-safe.
 */
final class Gazetteer {
  private static volatile Gazetteer shared;

  /** surface form (exact case) -> canonical place name. */
  final Map<String, String> placeExact = new HashMap<>();

  /** multi-word surface form (lower case) -> canonical place name. */
  final Map<String, String> placeFolded = new HashMap<>();

  final int maxPlaceWords;
  final List<String> orgSuffixes = new ArrayList<>();
  final Map<String, EntityType> typeFixes = new HashMap<>();
  final Map<String, EntityType> namePrefixes = new HashMap<>();
  final Map<String, String> outlets = new HashMap<>();

  private Gazetteer() {
    int maxWords = 1;
    for (String[] row : rows("places.tsv")) {
      String canonical = row[0].strip();
      List<String> forms = new ArrayList<>();
      forms.add(canonical);
      for (int col = 1; col < Math.min(row.length, 3); col++) {
        for (String f : row[col].split("\\|")) {
          if (!f.isBlank()) {
            forms.add(f.strip());
          }
        }
      }
      for (String f : forms) {
        placeExact.putIfAbsent(f, canonical);
        int w = f.split(" ").length;
        if (w > 1) {
          placeFolded.putIfAbsent(f.toLowerCase(Locale.ROOT), canonical);
        }
        maxWords = Math.max(maxWords, w);
      }
    }
    maxPlaceWords = maxWords;
    for (String[] row : rows("org-suffixes.txt")) {
      orgSuffixes.add(row[0].strip().toLowerCase(Locale.ROOT));
    }
    orgSuffixes.sort((a, b) -> b.length() - a.length());
    for (String[] row : rows("entity-types.tsv")) {
      typeFixes.put(row[0].strip().toLowerCase(Locale.ROOT), EntityType.valueOf(row[1].strip()));
    }
    for (String[] row : rows("name-prefixes.tsv")) {
      namePrefixes.put(row[0].strip(), EntityType.valueOf(row[1].strip()));
    }
    for (String[] row : rows("outlets.txt")) {
      outlets.put(row[0].strip().toLowerCase(Locale.ROOT), row[0].strip());
    }
  }

  static Gazetteer shared() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (shared == null) {
          shared = new Gazetteer();
        }
        g = shared;
      }
    }
    return g;
  }

  /** The canonical place a surface form names, if any. */
  Optional<String> place(String surface) {
    String s = surface.replace('’', '\'');
    String c = placeExact.get(s);
    if (c == null && s.contains(" ")) {
      c = placeFolded.get(s.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(c);
  }

  /**
   * The canonical place a name in capitals names, read in title case ("WASHINGTON" of a dateline,
   * "NEW YORK"); for names already typed a place, since capitals also write acronyms ("NICE").
   */
  Optional<String> placeInCapitals(String surface) {
    if (surface.length() < 4 || !surface.equals(surface.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    for (String w : surface.toLowerCase(Locale.ROOT).split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return place(b.toString());
  }

  private static List<String[]> rows(String name) {
    return DataFiles.rows(name);
  }
}

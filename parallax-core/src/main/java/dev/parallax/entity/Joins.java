package dev.parallax.entity;

import dev.parallax.entity.EntityResolver.Item;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story-wide joins of entity resolution that need context: which of two people sharing a surname
 * a lone surname means, whether a lone word tagged a person is a place the story names, and the
 * short forms, acronyms and long forms of organisations. Package-private; stateless.
 */
final class Joins {
  private static final Pattern DEFINED = Pattern.compile("^\\s*\\(\\s*([^()\\n]{2,16}?)\\s*\\)");

  private Joins() {}

  /**
   * Of the people a short name fits, the one the context supports: the nearest full mention before
   * it in the same article, else the nearest after it; else the one most named in full by the same
   * outlet's articles; else the most mentioned. Null when none fits.
   */
  static List<String> nearest(
      Item it, List<List<String>> fits, Map<List<String>, List<Item>> full, List<Article> articles,
      Map<List<String>, Integer> use) {
    if (fits.isEmpty()) {
      return null;
    }
    List<String> before = null;
    int beforeAt = Integer.MIN_VALUE;
    List<String> after = null;
    int afterAt = Integer.MAX_VALUE;
    int here = position(it);
    for (List<String> c : fits) {
      for (Item f : full.getOrDefault(c, List.of())) {
        if (f.articleIndex != it.articleIndex) {
          continue;
        }
        int at = position(f);
        if (at <= here && at > beforeAt) {
          beforeAt = at;
          before = c;
        } else if (at > here && at < afterAt) {
          afterAt = at;
          after = c;
        }
      }
    }
    if (before != null) {
      return before;
    }
    if (after != null) {
      return after;
    }
    Optional<String> outlet = articles.get(it.articleIndex).outlet();
    if (outlet.isPresent()) {
      Map<List<String>, Integer> sameOutlet = new HashMap<>();
      for (List<String> c : fits) {
        for (Item f : full.getOrDefault(c, List.of())) {
          if (outlet.equals(articles.get(f.articleIndex).outlet())) {
            sameOutlet.merge(c, 1, Integer::sum);
          }
        }
      }
      if (!sameOutlet.isEmpty()) {
        return sameOutlet.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      }
    }
    return fits.stream().max(Comparator.comparingInt(c -> use.getOrDefault(c, 0))).orElseThrow();
  }

  private static int position(Item it) {
    return it.sentenceIndex * 1000 + it.mentionIndex;
  }

  /**
   * A lone word tagged a person and never named in full, that the story names as a place elsewhere
   * ("Jordan" the country), is that place; named in full ("Michael Jordan") it stays the person.
   */
  static void lonePeopleAsPlaces(List<Item> items, Gazetteer gaz) {
    Set<String> placeKeys = new HashSet<>();
    for (Item it : items) {
      if (it.key.startsWith("P|")) {
        placeKeys.add(it.key);
      }
    }
    for (Item it : items) {
      if (it.key.startsWith("H|") && !it.key.contains(" ")) {
        Optional<String> place = gaz.place(it.surface);
        if (place.isPresent() && placeKeys.contains("P|" + place.get())) {
          it.key = "P|" + place.get();
          it.type = EntityType.PLACE;
        }
      }
    }
  }

  /**
   * Organisations' names: an acronym joins the name it is defined after ("... Inc. (EYP MCF)") or,
   * undefined, the one name of the story whose initials it is ("USGS"); a short form joins the one
   * longer name it begins or ends ("Promises" of "Promises Treatment Center", "Colts" of
   * "Indianapolis Colts"). People and places are left alone.
   */
  static void organisations(List<Item> items, List<Article> articles) {
    Map<String, String> defined = new HashMap<>();
    Map<String, String> initials = new HashMap<>();
    Set<String> keys = new HashSet<>();
    for (Item it : items) {
      if (!candidate(it)) {
        continue;
      }
      keys.add(it.key);
      String text = articles.get(it.articleIndex).text();
      Matcher m = DEFINED.matcher(text.substring(it.mention.end(), Math.min(text.length(), it.mention.end() + 24)));
      if (m.find() && NameFinder.allCaps(m.group(1)) && !NameFinder.allCaps(it.surface)) {
        defined.merge(EntityResolver.norm(m.group(1)).replace(" ", ""), it.key, (a, b) -> a.equals(b) ? a : "");
      }
      String name = it.key.substring(2);
      String ini = NameFinder.initials(name);
      if (!ini.isEmpty()) {
        initials.merge(ini, it.key, (a, b) -> a.equals(b) ? a : "");
      }
    }
    for (Item it : items) {
      if (candidate(it) && NameFinder.allCaps(it.surface)) {
        String letters = it.key.substring(2).replace(" ", "");
        String to = defined.getOrDefault(letters, "");
        if (to.isEmpty()) {
          to = initials.getOrDefault(letters, "");
        }
        if (!to.isEmpty() && !to.equals(it.key)) {
          keys.remove(it.key);
          it.key = to;
        }
      }
    }
    // short forms, longest first so that a chain of forms ends at the longest name
    List<String> byLength = new ArrayList<>(keys);
    byLength.sort(Comparator.comparingInt((String k) -> -k.length()).thenComparing(k -> k));
    Map<String, String> finalKey = new HashMap<>();
    for (String k : byLength) {
      String name = k.substring(2);
      Set<String> targets = new HashSet<>();
      for (String other : keys) {
        String o = other.substring(2);
        if (o.length() > name.length() && (o.startsWith(name + " ") || o.endsWith(" " + name))) {
          targets.add(finalKey.getOrDefault(other, other));
        }
      }
      if (targets.size() == 1) {
        finalKey.put(k, targets.iterator().next());
      }
    }
    for (Item it : items) {
      if (candidate(it) && finalKey.containsKey(it.key)) {
        it.key = finalKey.get(it.key);
      }
    }
  }

  /** An organisation or other name, not yet joined to a person or a place. */
  private static boolean candidate(Item it) {
    return it.key.startsWith("N|") && (it.type == EntityType.ORGANIZATION || it.type == EntityType.OTHER);
  }
}

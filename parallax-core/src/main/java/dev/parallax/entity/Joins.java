package dev.parallax.entity;

import dev.parallax.entity.EntityResolver.Item;
import dev.parallax.internal.GivenNames;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story-wide joins of entity resolution that need context: which of two people sharing a
 * surname a lone surname means, whether a lone word tagged a person is a place the story names, and
 * the short forms, acronyms and long forms of organisations. Package-private; stateless.
 */
final class Joins {
  private static final Pattern TITLE_MALE = Pattern.compile("\\bmr\\.?\\s+$");
  private static final Pattern TITLE_FEMALE = Pattern.compile("\\b(?:mrs|ms|miss)\\.?\\s+$");
  private static final Pattern AT = Pattern.compile("\\b(?:at|in|into|from)\\s+(?:the\\s+)?$");
  private static final Pattern DEFINED = Pattern.compile("^\\s*\\(\\s*([^()\\n]{2,16}?)\\s*\\)");

  private Joins() {}

  /** Shortest name part that may be spelt one letter differently and still name the same one. */
  private static final int VARIANT_MIN_LENGTH = 5;

  /** Shortest name part that may differ by two letters. */
  private static final int VARIANT_TWO_LENGTH = 8;

  /**
   * Two full names of one person spelt differently, as transliterated names and misspellings are
   * across outlets ("Kurbanguly" and "Gurbanguly Berdymukhamedov", ECB+ topic 11; "Hugh Hefner" and
   * "Hugh Heffner", topic 4): as many parts, one of them the same, and each other part one letter
   * apart (two in a long part; none in a short one, so "Jane" is never "John"), a part under eight
   * letters keeping its last letter ("Roberts" and "Robert" are two surnames).
   */
  static boolean spellingVariant(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.size() < 2) {
      return false;
    }
    boolean same = false;
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i);
      String y = b.get(i);
      if (x.equals(y)) {
        same = true;
        continue;
      }
      int len = Math.min(x.length(), y.length());
      int allowed = len >= VARIANT_TWO_LENGTH ? 2 : len >= VARIANT_MIN_LENGTH ? 1 : 0;
      if (allowed == 0
          || x.charAt(x.length() - 1) != y.charAt(y.length() - 1) && len < VARIANT_TWO_LENGTH
          || editDistance(x, y, allowed) > allowed) {
        return false;
      }
    }
    return same;
  }

  /** Levenshtein distance of two words, or {@code max + 1} once it is past {@code max}. */
  static int editDistance(String x, String y, int max) {
    if (Math.abs(x.length() - y.length()) > max) {
      return max + 1;
    }
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= y.length(); j++) {
        int sub = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }

  /**
   * Of the people a short name fits, the one the context supports: the nearest full mention before
   * it in the same article, else the nearest after it; else the one most named in full by the same
   * outlet's articles; else the most mentioned. Null when none fits.
   */
  static List<String> nearest(
      Item it,
      List<List<String>> fits,
      Map<List<String>, List<Item>> full,
      List<Article> articles,
      Map<List<String>, Integer> use) {
    if (fits.isEmpty()) {
      return null;
    }
    // "Mrs. Clinton" is not Bill Clinton, however near he was named
    String title = before(it, articles).toLowerCase(Locale.ROOT);
    String gender =
        TITLE_MALE.matcher(title).find() ? "m" : TITLE_FEMALE.matcher(title).find() ? "f" : "";
    if (!gender.isEmpty()) {
      List<List<String>> agree = new ArrayList<>();
      for (List<String> c : fits) {
        String g = GivenNames.gender(c.get(0)).orElse(null);
        if (g == null || g.equals(gender)) {
          agree.add(c);
        }
      }
      if (agree.isEmpty()) {
        return null;
      }
      fits = agree;
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
        return sameOutlet.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();
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
    Set<String> keys = candidateKeys(items);
    for (Item it : items) {
      if (!keys.contains(it.key)) {
        continue;
      }
      keys.add(it.key);
      String text = articles.get(it.articleIndex).text();
      Matcher m =
          DEFINED.matcher(
              text.substring(it.mention.end(), Math.min(text.length(), it.mention.end() + 24)));
      if (m.find() && NameFinder.allCaps(m.group(1)) && !NameFinder.allCaps(it.surface)) {
        defined.merge(
            EntityResolver.norm(m.group(1)).replace(" ", ""),
            it.key,
            (a, b) -> a.equals(b) ? a : "");
      }
      String name = it.key.substring(2);
      String ini = NameFinder.initials(name);
      if (!ini.isEmpty()) {
        initials.merge(ini, it.key, (a, b) -> a.equals(b) ? a : "");
      }
    }
    for (Item it : items) {
      if (keys.contains(it.key) && NameFinder.allCaps(it.surface)) {
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
    Set<String> modifiers = modifierKeys(items, articles);
    for (String k : byLength) {
      String name = k.substring(2);
      if (modifiers.contains(k)) {
        continue; // "Republican political consultant" is no short form of "Republican Governors
        // Association"
      }
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
    Set<String> moved = new HashSet<>(finalKey.keySet());
    for (Item it : items) {
      if (moved.contains(it.key)) {
        it.key = finalKey.get(it.key);
      } else if (it.key.startsWith("H|")
          && (!it.key.contains(" ") || AT.matcher(before(it, articles)).find())) {
        // a lone word the tagger read as a person, never named in full, that begins or ends one
        // organisation's name ("Morningside" of "Morningside Recovery") is that organisation; so is
        // a
        // person's name one is "at" that begins one ("at Betty Ford", "the Betty Ford Center")
        String name = it.key.substring(2);
        Set<String> targets = new HashSet<>();
        for (String other : keys) {
          String o = other.substring(2);
          if (o.startsWith(name + " ") || o.endsWith(" " + name)) {
            targets.add(finalKey.getOrDefault(other, other));
          }
        }
        if (targets.size() == 1) {
          it.key = targets.iterator().next();
        }
      }
    }
  }

  /**
   * Names not yet joined to a person or a known place that the tagger reads as an organisation or
   * other name at least as often as a place: all mentions of one name move together.
   */
  private static Set<String> candidateKeys(List<Item> items) {
    Map<String, Integer> votes = new HashMap<>();
    for (Item it : items) {
      if (it.key.startsWith("N|")) {
        int v =
            it.type == EntityType.ORGANIZATION || it.type == EntityType.OTHER
                ? 1
                : it.type == EntityType.PLACE ? -1 : 0;
        votes.merge(it.key, v, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    votes.forEach(
        (k, v) -> {
          if (v >= 0) {
            out.add(k);
          }
        });
    return out;
  }

  /** Names used mostly as modifiers of a lower-case noun or adjective ("Republican strategist"). */
  private static Set<String> modifierKeys(List<Item> items, List<Article> articles) {
    Map<String, Integer> votes = new HashMap<>();
    for (Item it : items) {
      boolean modifies = false;
      for (Token t : articles.get(it.articleIndex).sentences().get(it.sentenceIndex).tokens()) {
        if (t.start() >= it.mention.end()) {
          modifies = NameFinder.modifier(t);
          break;
        }
      }
      votes.merge(it.key, modifies ? 1 : -1, Integer::sum);
    }
    Set<String> out = new HashSet<>();
    votes.forEach(
        (k, v) -> {
          if (v > 0) {
            out.add(k);
          }
        });
    return out;
  }

  private static String before(Item it, List<Article> articles) {
    String text = articles.get(it.articleIndex).text();
    return text.substring(Math.max(0, it.mention.start() - 12), it.mention.start());
  }
}

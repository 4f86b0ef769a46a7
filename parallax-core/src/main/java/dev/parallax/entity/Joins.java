package dev.parallax.entity;

import dev.parallax.entity.EntityResolver.Item;
import dev.parallax.internal.GivenNames;
import dev.parallax.internal.RoleWords;
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
import java.util.TreeSet;
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
    if (shortenedForm(a, b)) {
      return true;
    }
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
      // a short part may gain one letter ("Jon" and "John Owen", ECB+ topic 13), never change one
      int allowed =
          len >= VARIANT_TWO_LENGTH
              ? 2
              : len >= VARIANT_MIN_LENGTH || len >= 3 && Math.abs(x.length() - y.length()) == 1
                  ? 1
                  : 0;
      if (allowed == 0
          || x.charAt(x.length() - 1) != y.charAt(y.length() - 1) && len < VARIANT_TWO_LENGTH
          || editDistance(x, y, allowed) > allowed) {
        return false;
      }
    }
    return same;
  }

  /** Common short forms of given names ("Bill" for "William"), {@code nicknames.tsv}. */
  private static final Map<String, Set<String>> NICKNAMES = nicknames();

  private static Map<String, Set<String>> nicknames() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] row : dev.parallax.internal.DataFiles.rows("nicknames.tsv")) {
      out.computeIfAbsent(row[0].strip(), k -> new HashSet<>()).add(row[1].strip());
    }
    return Map.copyOf(out);
  }

  /** Shortest given name that may stand for a longer one it begins ("Fred" for "Frederick"). */
  private static final int SHORT_GIVEN_NAME = 3;

  /**
   * Two full names of one person, one with a given name cut short or a middle name as its initial:
   * "Fred LaRue", "Frederick C. LaRue" and "Frederick Cheney LaRue" (ECB+ topic 28), "Bill" and
   * "William Ingaldson" (topic 13). The same surname; given names equal, one the start of the other
   * (three letters at least) or one a common short form of the other ({@code nicknames.tsv});
   * middle names, where both have them, equal or one the other's initial.
   */
  static boolean shortenedForm(List<String> a, List<String> b) {
    if (a.size() < 2 || b.size() < 2 || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
      return false;
    }
    String x = a.get(0);
    String y = b.get(0);
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    if (!x.equals(y)
        && !(shorter.length() >= SHORT_GIVEN_NAME && longer.startsWith(shorter))
        && !NICKNAMES.getOrDefault(x, Set.of()).contains(y)
        && !NICKNAMES.getOrDefault(y, Set.of()).contains(x)) {
      return false;
    }
    List<String> ma = a.subList(1, a.size() - 1);
    List<String> mb = b.subList(1, b.size() - 1);
    if (ma.isEmpty() || mb.isEmpty()) {
      return true;
    }
    if (ma.size() != mb.size()) {
      return false;
    }
    for (int i = 0; i < ma.size(); i++) {
      String p = ma.get(i);
      String q = mb.get(i);
      boolean initial = p.length() == 1 && q.startsWith(p) || q.length() == 1 && p.startsWith(q);
      if (!p.equals(q) && !initial) {
        return false;
      }
    }
    return true;
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
    Map<List<String>, Integer> inArticle = new HashMap<>();
    // "John Jenkin, 23, ... His sister Katie Jenkin, 20, ... Jenkin, who was described as a Goth"
    // (ECB+ topic 32): a relative named in passing after a family noun is not the nearest full
    // name a lone surname means, when another of the name is named in full without one
    boolean plain = false;
    for (List<String> c : fits) {
      for (Item f : full.getOrDefault(c, List.of())) {
        plain |= f.articleIndex == it.articleIndex && !asKin(f, articles);
      }
    }
    for (List<String> c : fits) {
      for (Item f : full.getOrDefault(c, List.of())) {
        if (f.articleIndex != it.articleIndex) {
          continue;
        }
        inArticle.merge(c, 1, Integer::sum);
        if (plain && asKin(f, articles)) {
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
    // "his father, Ike Parsons LaRue, went to jail ... After Mr. LaRue pleaded guilty" (ECB+
    // topic 28): a relative named in full in passing is not who "Mr. LaRue" means in a later
    // sentence, when the article (else the story) names another of the name in full more often;
    // papers call the one their article is about "Mr." or "Mrs." throughout. Without a title the
    // nearest full name decides ("Jane Sanders ... Sanders said")
    List<String> main = mostNamed(inArticle);
    if (main == null) {
      main = dominant(fits, use);
    }
    List<String> near = before != null ? before : after;
    int nearAt = before != null ? beforeAt : afterAt;
    if (near != null
        && !gender.isEmpty()
        && main != null
        && !main.equals(near)
        && nearAt / 1000 != it.sentenceIndex) {
      return main;
    }
    if (near != null) {
      return near;
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

  /** The name an article gives in full most often, twice at least; null on a tie. */
  private static List<String> mostNamed(Map<List<String>, Integer> inArticle) {
    List<String> best = null;
    int most = 1;
    boolean tie = false;
    for (Map.Entry<List<String>, Integer> e : inArticle.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most && best != null) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** Of the names, the one the story uses at least twice as often as any other; else null. */
  private static List<String> dominant(List<List<String>> fits, Map<List<String>, Integer> use) {
    List<String> best = null;
    int first = 0;
    int second = 0;
    for (List<String> c : fits) {
      int n = use.getOrDefault(c, 0);
      if (n > first) {
        second = first;
        first = n;
        best = c;
      } else if (n > second) {
        second = n;
      }
    }
    return first >= 2 * Math.max(second, 1) ? best : null;
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
      for (String ini : List.of(NameFinder.initials(name), NameFinder.initialsWithOf(name))) {
        if (!ini.isEmpty()) {
          initials.merge(ini, it.key, (a, b) -> a.equals(b) ? a : "");
        }
      }
    }
    // every mention of an acronym moves with the first: "What the FCC can ..." before "the Federal
    // Communications Commission (FCC)" and two more "FCC" had stayed apart (AllSides train-1400)
    Map<String, String> acronymTo = new HashMap<>();
    for (Item it : items) {
      if (keys.contains(it.key) && NameFinder.allCaps(it.surface)) {
        String letters = it.key.substring(2).replace(" ", "");
        String to = defined.getOrDefault(letters, "");
        if (to.isEmpty()) {
          to = initials.getOrDefault(letters, "");
        }
        if (!to.isEmpty() && !to.equals(it.key)) {
          acronymTo.putIfAbsent(it.key, to);
        }
      }
    }
    for (Item it : items) {
      String to = acronymTo.get(it.key);
      if (to != null) {
        it.key = to;
      }
    }
    keys.removeAll(acronymTo.keySet());
    // short forms, longest first so that a chain of forms ends at the longest name
    List<String> byLength = new ArrayList<>(keys);
    byLength.sort(Comparator.comparingInt((String k) -> -k.length()).thenComparing(k -> k));
    Map<String, String> finalKey = new HashMap<>();
    Set<String> modifiers = modifierKeys(items, articles);
    Set<String> institutions = new TreeSet<>();
    for (Item it : items) {
      if (it.key.startsWith("O|")) {
        institutions.add(it.key);
      }
    }
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
      // "the Navy" of a story that names one navy by its country ("the Indian navy", ECB+ topic
      // 12), "the Foreign Ministry" of one that names Oman's
      for (String inst : institutions) {
        if (EntityResolver.norm(inst.substring(inst.lastIndexOf('|') + 1)).equals(name)) {
          targets.add(inst);
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

  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}-]+)\\s*,?\\s*$");

  /**
   * Whether a full mention follows a family noun: "his sister Katie Jenkin", "her son, Tom Ray".
   */
  static boolean asKin(Item f, List<Article> articles) {
    String text = articles.get(f.articleIndex).text();
    int start = f.mention.start();
    Matcher m = LAST_WORD.matcher(text.substring(Math.max(0, start - 24), start));
    return m.find() && RoleWords.KIN.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * The keys of lone words (never named in full as a person) that the story types a place right
   * after "at", "in", "into" or "from" ("a warehouse in Palmer").
   */
  static Set<String> placedLoneWords(List<Item> items, List<Article> articles) {
    Set<String> out = new HashSet<>();
    for (Item it : items) {
      if (!it.key.startsWith("N|") || it.key.contains(" ") || it.type != EntityType.PLACE) {
        continue;
      }
      String before = before(it, articles);
      if (AT.matcher(before).find() && !before.toLowerCase(Locale.ROOT).endsWith("the ")) {
        out.add(it.key);
      }
    }
    return out;
  }

  private static String before(Item it, List<Article> articles) {
    String text = articles.get(it.articleIndex).text();
    return text.substring(Math.max(0, it.mention.start() - 12), it.mention.start());
  }
}

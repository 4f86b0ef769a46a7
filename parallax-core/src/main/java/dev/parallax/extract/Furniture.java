package dev.parallax.extract;

import dev.parallax.internal.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Says whether an element is page furniture (navigation, ads, related links, comments, cookie and
 * newsletter boxes...) and why, from its tag, its ARIA role and the words of its class and id. The
 * vocabularies are in {@code lexicon/html.tsv}. Stateless and thread-safe.
 */
final class Furniture {
  private static final Set<String> BOILERPLATE_WORDS =
      DataFiles.words("html.tsv", "boilerplate-word");

  /** Class words that never name the article's own wrapper, unlike "widget" or "header". */
  private static final Set<String> ALWAYS_WORDS =
      DataFiles.words("html.tsv", "always-boilerplate-word");

  /** Words that turn the class word after them into a state: "has-ads", "with-sidebar". */
  private static final Set<String> MODIFIERS = DataFiles.words("html.tsv", "class-modifier");

  /**
   * Words that make the class word after them a place on the page, not a kind ("above-footer",
   * "below-header"): a slot next to the furniture, which some templates give the article's own
   * container.
   */
  private static final Set<String> PLACES = DataFiles.words("html.tsv", "class-place");

  /**
   * Whole class names that hide an element from sighted readers. Matched whole, not as words, so
   * utility classes such as {@code overflow-hidden} on an article wrapper do not remove it.
   */
  private static final Set<String> HIDING_CLASSES = DataFiles.words("html.tsv", "hiding-class");

  private static final Set<String> BOILERPLATE_ROLES =
      DataFiles.words("html.tsv", "boilerplate-role");
  private static final Set<String> FURNITURE_TAGS = DataFiles.words("html.tsv", "furniture-tag");

  /** Furniture tags that inside an article are the article's own: its header, a fact box. */
  private static final Set<String> ARTICLE_PART_TAGS =
      DataFiles.words("html.tsv", "article-part-tag");

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

  /** How sure a reason is that the element is not the article. */
  enum Kind {
    /** By tag or ARIA role: {@code <nav>}, {@code <footer>}, {@code role=navigation}... */
    STRUCTURE,
    /** By a class word that never names an article's wrapper ("comments", "cookie", "nav"). */
    STRONG,
    /**
     * By a class word some templates also give the article's wrapper ("widget", "header", "share").
     */
    WEAK,
    /**
     * Hidden from sighted readers: by attribute, style or a hiding class; tabs and galleries too.
     */
    HIDDEN
  }

  /** Why an element is furniture, and how sure. */
  record Verdict(String reason, Kind kind) {}

  private Furniture() {}

  /** Why an element is page furniture, or null. */
  static Verdict of(Element e) {
    String tag = e.normalName();
    if (FURNITURE_TAGS.contains(tag) && !(ARTICLE_PART_TAGS.contains(tag) && insideArticle(e))) {
      return new Verdict("page furniture: <" + tag + ">", Kind.STRUCTURE);
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
    if (BOILERPLATE_ROLES.contains(role)) {
      return new Verdict("page furniture: role=" + role, Kind.STRUCTURE);
    }
    Word word = furnitureWord(e);
    if (word != null) {
      return new Verdict(
          "page furniture: class or id '" + word.word() + "'",
          ALWAYS_WORDS.contains(word.word()) && !word.placed() ? Kind.STRONG : Kind.WEAK);
    }
    for (String c : e.classNames()) {
      if (HIDING_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
        return new Verdict("hidden text: class '" + c + "'", Kind.HIDDEN);
      }
    }
    return null;
  }

  /**
   * Whether an element sits inside an {@code <article>} or the element marked as the article body.
   */
  static boolean insideArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("article") || p.attr("itemprop").equalsIgnoreCase("articleBody")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A furniture word of a class or id; {@code placed} when a word of place comes before it
   * ("above", "below"): the element is a slot beside that furniture, not the furniture itself.
   */
  private record Word(String word, boolean placed) {}

  /** The first furniture word of the element's class and id that no modifier turns into a state. */
  private static Word furnitureWord(Element e) {
    for (String attr : new String[] {e.className(), e.id()}) {
      if (attr.isEmpty()) {
        continue;
      }
      // each class name apart, so that a modifier only reaches into its own name
      for (String name : attr.split("\\s+")) {
        List<String> words = words(name);
        for (int i = 0; i < words.size(); i++) {
          String w = words.get(i);
          if (BOILERPLATE_WORDS.contains(w) && (i == 0 || !MODIFIERS.contains(words.get(i - 1)))) {
            return new Word(w, i > 0 && PLACES.contains(words.get(i - 1)));
          }
        }
      }
    }
    return null;
  }

  /** The words of one class name or id: split on punctuation and camelCase, lower case. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    String split = CAMEL.matcher(name).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
    for (String part : TOKEN_SPLIT.split(split)) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  /** The words of an element's class and id. */
  static List<String> classWords(Element e) {
    List<String> out = new ArrayList<>(words(e.className()));
    out.addAll(words(e.id()));
    return out;
  }
}

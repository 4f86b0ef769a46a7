package dev.parallax.extract;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.DateLines;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Removal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the article from an HTML page: drops page furniture (navigation, ads, related links,
 * comments, cookie and newsletter boxes) by tag, ARIA role and class or id words, scores the
 * remaining containers by the paragraphs they hold (text length, commas, link density), and writes
 * the best container and its strong siblings as text, one block per line. The scoring is described
 * in {@code docs/extraction.md}; no rule names a site. Stateless and thread-safe.
 */
public final class HtmlExtractor {
  /**
   * Fewer words than this after extraction means the page holds no article, unless it holds a
   * sentence.
   */
  public static final int MIN_ARTICLE_WORDS = 20;

  /**
   * Words of a full sentence that make a shorter text an article all the same: a short blog post or
   * notice is still what the page was published for.
   */
  static final int SHORT_ARTICLE_SENTENCE_WORDS = 8;

  /** The reason listed for text that was found but is too short to be an article. */
  static final String TOO_SHORT = "too short to be an article";

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)]*$");

  private static final Set<String> JUNK_TAGS = DataFiles.words("html.tsv", "junk-tag");

  /** Junk whose text is code or metadata, never something a reader was shown. */
  private static final Set<String> CODE_TAGS = DataFiles.words("html.tsv", "code-tag");

  /** Whole class names that mark the element holding an article's body. */
  private static final Set<String> BODY_CLASSES = DataFiles.words("html.tsv", "body-class");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final int MAX_REMOVAL_CHARS = 160;

  private HtmlExtractor() {}

  /**
   * {@link #extract(String, String, Optional)} of a page named by its base URL, else {@code
   * "page"}.
   */
  public static Extraction extract(String html, Optional<String> baseUrl) {
    return extract(baseUrl.orElse("page"), html, baseUrl);
  }

  /**
   * Parses and extracts one page; {@code source} names it (as the user gave it) and {@code baseUrl}
   * is where it came from, if known.
   */
  public static Extraction extract(String source, String html, Optional<String> baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl.orElse(""));
    return extract(source, doc, baseUrl);
  }

  /** Extracts the article from a parsed page; the document is not changed. */
  public static Extraction extract(String source, Document page, Optional<String> baseUrl) {
    Document doc = page.clone();
    PageMetadata meta = new PageMetadata(doc);
    Optional<String> siteName = meta.siteName();
    Optional<String> title = meta.title(siteName);
    Optional<String> url = meta.url(baseUrl.filter(u -> u.startsWith("http")));
    // read before the furniture goes: bylines and dates often sit in the header that is dropped
    Optional<String> outlet = meta.outlet(url);
    Optional<java.time.LocalDate> published = meta.published();
    Optional<String> author = meta.author();
    Optional<String> ldBody = meta.articleBody();
    List<Removal> removed = new ArrayList<>();

    Element body = doc.body();
    stripJunk(body, removed);
    Map<Element, Furniture.Verdict> verdicts = verdicts(body);
    PageBlocks blocks = new PageBlocks(body, verdicts);
    Set<Furniture.Kind> cut = chooseCut(blocks);
    PageBlocks.Choice choice = blocks.choose(cut);
    Element chosen = choice.region() == null ? body : choice.region();
    Element region = markedBody(chosen);
    // text the page itself marks as the article's body is its article, however short
    boolean marked = region != chosen || isMarkedBody(region);
    removeFurniture(body, verdicts, cut, region, removed);
    TextLines lines = new TextLines(title, removed);
    lines.block(region);
    listOutside(body, region, title, removed);
    String text = lines.text();
    boolean fromJsonLd = false;
    if (ldBody.isPresent()) {
      String ldText = articleBodyText(ldBody.get(), title);
      int ldWords = words(ldText);
      // the markup wins when it holds the article: it keeps headings, lists and captions
      if (ldWords >= 50 && words(text) * 2 < ldWords) {
        text = ldText;
        fromJsonLd = true;
      }
    }
    if (!text.isEmpty() && !marked && !isArticle(text)) {
      removed.add(new Removal(shorten(squash(text)), TOO_SHORT + " (" + words(text) + " words)"));
      text = "";
    }
    if (published.isEmpty()) {
      // pages without date metadata often still print a dateline of their own
      for (Removal r : removed) {
        if (r.reason().equals("timestamp")) {
          published = DateLines.date(r.text());
          if (published.isPresent()) {
            break;
          }
        }
      }
    }
    ArticleMeta found =
        ArticleMeta.of(source)
            .withUrl(url)
            .withTitle(title)
            .withOutlet(outlet)
            .withPublished(published);
    return new Extraction(text, found.withAuthor(author), removed, fromJsonLd);
  }

  /**
   * Whether extracted text is an article: {@value #MIN_ARTICLE_WORDS} words or more, or a line that
   * is a full sentence of {@value #SHORT_ARTICLE_SENTENCE_WORDS} words or more.
   */
  static boolean isArticle(String text) {
    if (words(text) >= MIN_ARTICLE_WORDS) {
      return true;
    }
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (words(t) >= SHORT_ARTICLE_SENTENCE_WORDS && SENTENCE_END.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why an extraction found no article, for a diagnostic: how much text was left once the furniture
   * was removed, and what took most of the page.
   */
  public static String whyEmpty(Extraction x) {
    int left = 0;
    Map<String, Integer> byReason = new java.util.HashMap<>();
    for (Removal r : x.removed()) {
      if (r.reason().startsWith(TOO_SHORT)) {
        left += words(r.text());
        continue;
      }
      String kind = r.reason().replaceFirst(" ?[:(].*$", "");
      byReason.merge(kind, words(r.text()), Integer::sum);
    }
    StringBuilder why = new StringBuilder("no article found in the page: ");
    why.append(left == 0 ? "no text" : left + " word(s) of text")
        .append(" left after removing page furniture (an article has at least ")
        .append(MIN_ARTICLE_WORDS)
        .append(" words or a sentence of ")
        .append(SHORT_ARTICLE_SENTENCE_WORDS)
        .append(" or more)");
    byReason.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .filter(e -> e.getValue() > 0)
        .ifPresent(
            e ->
                why.append("; most text removed as ")
                    .append(e.getKey())
                    .append(" (")
                    .append(e.getValue())
                    .append(" words)"));
    return why.toString();
  }

  /**
   * The element that holds the region and says it is the article's body (schema.org's {@code
   * itemprop=articleBody}, a class name such as {@code entry-content}), else the region: the region
   * may be its best paragraph only, where the body is mostly short lines (a recipe, a fact sheet, a
   * photo post).
   */
  private static Element markedBody(Element region) {
    for (Element e = region; e != null && e.parent() != null; e = e.parent()) {
      if (isMarkedBody(e)) {
        return e;
      }
    }
    return region;
  }

  private static boolean isMarkedBody(Element e) {
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    for (String c : e.classNames()) {
      if (BODY_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Share of the region's text under which a part of it marked by a weak class word is removed even
   * when the region was chosen with weak class words read.
   */
  private static final double MINOR_SHARE = 0.3;

  /** Every kind of furniture cut: the first try. */
  private static final Set<Furniture.Kind> CUT_ALL = EnumSet.allOf(Furniture.Kind.class);

  /** Wrappers some templates give class words such as "widget" or "share" are read as well. */
  private static final Set<Furniture.Kind> CUT_SURE =
      EnumSet.of(Furniture.Kind.STRUCTURE, Furniture.Kind.STRONG, Furniture.Kind.HIDDEN);

  /**
   * When the page still shows no article: what else to read, in turn. Some templates wrap the whole
   * page in a "nav" or "menu" container, a header or an aside; some hide the article in tabs or a
   * gallery a script reveals.
   */
  private static final List<Set<Furniture.Kind>> CUT_THIN =
      List.of(
          EnumSet.of(Furniture.Kind.STRUCTURE, Furniture.Kind.STRONG),
          EnumSet.of(Furniture.Kind.HIDDEN),
          EnumSet.noneOf(Furniture.Kind.class));

  /** How much more a looser cut must find to be taken instead of a stricter one. */
  private static final double LOOSER_GAIN = 2.0;

  /** Prose (non-space characters) below which a page's article is looked for in furniture too. */
  private static final double THIN_PROSE = 400;

  /**
   * Which furniture to cut: all of it, unless the article then found is much weaker than the one
   * found with weak class words read (a post inside a "widget", a body marked "share"), or, when
   * even that is thin, with other furniture read.
   */
  private static Set<Furniture.Kind> chooseCut(PageBlocks blocks) {
    Set<Furniture.Kind> cut = CUT_ALL;
    PageBlocks.Choice best = blocks.choose(CUT_ALL);
    PageBlocks.Choice loose = blocks.choose(CUT_SURE);
    if (loose.score() > LOOSER_GAIN * best.score()) {
      cut = CUT_SURE;
      best = loose;
    }
    if (best.prose() < THIN_PROSE) {
      double floor = LOOSER_GAIN * best.score();
      for (Set<Furniture.Kind> looser : CUT_THIN) {
        PageBlocks.Choice c = blocks.choose(looser);
        if (c.score() > floor && c.score() > best.score()) {
          cut = looser;
          best = c;
        }
      }
    }
    return cut;
  }

  /** The furniture verdict of every element of the body that has one. */
  private static Map<Element, Furniture.Verdict> verdicts(Element body) {
    Map<Element, Furniture.Verdict> out = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      Furniture.Verdict v =
          e.normalName().equals("noscript")
              ? new Furniture.Verdict("not article text: inside <noscript>", Furniture.Kind.HIDDEN)
              : hidden(e)
                  ? new Furniture.Verdict("hidden text", Furniture.Kind.HIDDEN)
                  : Furniture.of(e);
      if (v != null) {
        out.put(e, v);
      }
    }
    return out;
  }

  private static boolean hidden(Element e) {
    return e.hasAttr("hidden")
        || e.attr("aria-hidden").equalsIgnoreCase("true")
        || HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  /**
   * Removes the page's furniture, outermost first, each part listed with its reason; what lies
   * inside a removed part goes with it. The region and the parts that hold it stay, whatever their
   * verdict (the "widget" a blog post sits in); inside the region, hidden parts stay when the
   * region was found with them read (tabs, a gallery).
   */
  private static void removeFurniture(
      Element body,
      Map<Element, Furniture.Verdict> verdicts,
      Set<Furniture.Kind> cut,
      Element region,
      List<Removal> removed) {
    int[] regionChars = {squash(region.text()).length()};
    // what the parts of the region marked by one weak word hold together: the sections of an
    // article a template marks alike ("section--ads") are the article, one author box is not
    Map<String, Integer> weakShare = new java.util.HashMap<>();
    for (Element e : region.getAllElements()) {
      Furniture.Verdict v = verdicts.get(e);
      if (e != region
          && v != null
          && v.kind() == Furniture.Kind.WEAK
          && !hasWeakAncestor(e, region, verdicts)) {
        weakShare.merge(v.reason(), squash(e.text()).length(), Integer::sum);
      }
    }
    Set<Element> holders = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e = region; e != null; e = e.parent()) {
      holders.add(e);
    }
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || holders.contains(e)) {
              return FilterResult.CONTINUE;
            }
            Furniture.Verdict v = verdicts.get(e);
            if (v == null) {
              return FilterResult.CONTINUE;
            }
            String t = squash(e.text());
            // the region was found with weak class words read (its wrapper is a "widget"), but a
            // small part of it so marked (an author box, a share bar) is still furniture
            boolean minorWeak =
                v.kind() == Furniture.Kind.WEAK
                    && weakShare.getOrDefault(v.reason(), 0) < MINOR_SHARE * regionChars[0];
            if (!cut.contains(v.kind()) && inside(e, region) && !minorWeak) {
              return FilterResult.CONTINUE;
            }
            if (!t.isEmpty()) {
              removed.add(new Removal(shorten(t), v.reason()));
            }
            return FilterResult.REMOVE;
          }
        },
        body);
  }

  private static boolean hasWeakAncestor(
      Element e, Element region, Map<Element, Furniture.Verdict> verdicts) {
    for (Element p = e.parent(); p != null && p != region; p = p.parent()) {
      Furniture.Verdict v = verdicts.get(p);
      if (v != null && v.kind() == Furniture.Kind.WEAK) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static void stripJunk(Element body, List<Removal> removed) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof org.jsoup.nodes.Comment) {
              return FilterResult.REMOVE;
            }
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (JUNK_TAGS.contains(tag)) {
                // code and metadata are not text; anything else a reader could have been shown is
                // listed
                String t = CODE_TAGS.contains(tag) ? "" : squash(e.text());
                if (!t.isEmpty()) {
                  removed.add(new Removal(shorten(t), "not article text: inside <" + tag + ">"));
                }
                return FilterResult.REMOVE;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
  }

  /**
   * Lists the text the content selection left out, line by line, so that a paragraph the extractor
   * did not take for the article is at least in {@code removed}, never silently gone.
   */
  private static void listOutside(
      Element body, Element region, Optional<String> title, List<Removal> removed) {
    if (region == body) {
      return;
    }
    Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.add(region);
    TextLines outside = new TextLines(title, removed, chosen);
    outside.block(body);
    for (String line : outside.lines) {
      removed.add(new Removal(shorten(line), "outside the article's main text"));
    }
  }

  static double linkDensity(Element e) {
    return linkDensity(e, squash(e.text()));
  }

  /** The share of an element's text, {@code text} as {@link #squash} gives it, inside links. */
  static double linkDensity(Element e, String text) {
    int all = text.length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += squash(a.text()).length();
    }
    return Math.min(1.0, links / (double) all);
  }

  /** Text lines of an HTML fragment (a feed item's content), or of plain text with line breaks. */
  public static String fragmentText(String body, Optional<String> title) {
    return articleBodyText(body, title);
  }

  private static String articleBodyText(String body, Optional<String> title) {
    if (body.contains("<") && body.contains(">")) {
      Document frag = Jsoup.parseBodyFragment(body);
      TextLines lines = new TextLines(title, new ArrayList<>());
      lines.block(frag.body());
      return lines.text();
    }
    List<String> out = new ArrayList<>();
    for (String para : body.split("\\n\\s*")) {
      String t = squash(para);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return String.join("\n\n", out);
  }

  /** Folds white space; drops soft hyphens, which only say where a word may break. */
  static String squash(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00ad') {
        continue;
      }
      if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u200b' || c == '\ufeff') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString().strip();
  }

  /**
   * Words in {@code s}: runs of non-space characters, where Chinese and Japanese text, written
   * without spaces, counts a word for every two of its characters.
   */
  public static int words(String s) {
    int words = 0;
    int ideographs = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        inWord = false;
        continue;
      }
      if (cp >= 0x2e80 && ideographic(cp)) {
        ideographs++;
        inWord = false;
        continue;
      }
      if (!inWord) {
        words++;
        inWord = true;
      }
    }
    return words + (ideographs + 1) / 2;
  }

  private static boolean ideographic(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  static String shorten(String s) {
    return s.length() <= MAX_REMOVAL_CHARS ? s : s.substring(0, MAX_REMOVAL_CHARS - 1) + "…";
  }
}

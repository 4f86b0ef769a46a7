package dev.parallax.extract;

import dev.parallax.internal.DataFiles;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Removal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
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
  /** Fewer words than this after extraction means the page holds no article. */
  public static final int MIN_ARTICLE_WORDS = 20;

  private static final Set<String> JUNK_TAGS = DataFiles.words("html.tsv", "junk-tag");
  /** Junk whose text is code or metadata, never something a reader was shown. */
  private static final Set<String> CODE_TAGS = DataFiles.words("html.tsv", "code-tag");
  private static final Set<String> BLOCK_TAGS = DataFiles.words("html.tsv", "block-tag");
  private static final Set<String> BOILERPLATE_WORDS = DataFiles.words("html.tsv", "boilerplate-word");
  /**
   * Whole class names that hide an element from sighted readers. Matched whole, not as words, so
   * utility classes such as {@code overflow-hidden} on an article wrapper do not remove it.
   */
  private static final Set<String> HIDING_CLASSES = DataFiles.words("html.tsv", "hiding-class");
  private static final Set<String> CONTENT_WORDS = DataFiles.words("html.tsv", "content-word");
  private static final Set<String> BOILERPLATE_ROLES = DataFiles.words("html.tsv", "boilerplate-role");
  private static final Set<String> FURNITURE_TAGS = DataFiles.words("html.tsv", "furniture-tag");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b\\ufeff]+");
  private static final int MAX_REMOVAL_CHARS = 160;
  /** A line that only labels an ad slot. */
  private static final Pattern AD_LABEL = DataFiles.pattern("boilerplate.tsv", "ad-marker");
  /** A site's copyright line: short, starting with the sign or the word. */
  private static final Pattern COPYRIGHT_LINE = DataFiles.pattern("boilerplate.tsv", "copyright");
  private static final List<String> MONTHS = abbreviations("month");
  private static final Pattern MONTH =
      Pattern.compile("(?:" + String.join("|", MONTHS) + ")[a-z]*\\.?", Pattern.CASE_INSENSITIVE);
  /** A line that is only a date and perhaps a time: "09 Sep 2026 11:42 GMT", "March 3, 2026". */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:(?:" + String.join("|", abbreviations("weekday")) + ")[a-z]*,?\\s+)?(?:\\d{1,2}\\s+" + MONTH.pattern() + "|" + MONTH.pattern()
              + "\\s+\\d{1,2},?)\\s+\\d{4}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
              + "(?:\\s+[A-Z]{2,5})?)?$",
          Pattern.CASE_INSENSITIVE);

  private HtmlExtractor() {}

  /** The first three letters of each calendar word of a kind, in calendar order ("jan", "mon"). */
  private static List<String> abbreviations(String kind) {
    return DataFiles.list("calendar.tsv", kind).stream().map(w -> w.substring(0, 3)).toList();
  }

  /** {@link #extract(String, String, Optional)} of a page named by its base URL, else {@code "page"}. */
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
    int totalParagraphChars = paragraphChars(body);
    removeFurniture(body, totalParagraphChars, removed);

    List<Element> content = selectContent(body);
    Lines lines = new Lines(title, removed);
    for (Element e : content) {
      lines.block(e);
    }
    listOutside(body, content, title, removed);
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
    if (words(text) < MIN_ARTICLE_WORDS) {
      text = "";
    }
    if (published.isEmpty()) {
      // pages without date metadata often still print a dateline of their own
      for (Removal r : removed) {
        if (r.reason().equals("timestamp")) {
          published = dateLine(r.text());
          if (published.isPresent()) {
            break;
          }
        }
      }
    }
    ArticleMeta found =
        ArticleMeta.of(source).withUrl(url).withTitle(title).withOutlet(outlet).withPublished(published);
    return new Extraction(text, found.withAuthor(author), removed, fromJsonLd);
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
              if (JUNK_TAGS.contains(tag)
                  || e.hasAttr("hidden")
                  || e.attr("aria-hidden").equalsIgnoreCase("true")
                  || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                // code and metadata are not text; anything else a reader could have been shown is listed
                String t = CODE_TAGS.contains(tag) ? "" : squash(e.text());
                if (!t.isEmpty()) {
                  removed.add(new Removal(shorten(t), JUNK_TAGS.contains(tag)
                      ? "not article text: inside <" + tag + ">" : "hidden text"));
                }
                return FilterResult.REMOVE;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
  }

  private static void removeFurniture(Element body, int totalParagraphChars, List<Removal> removed) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e == body) {
              return FilterResult.CONTINUE;
            }
            String reason = furnitureReason(e);
            if (reason == null) {
              return FilterResult.CONTINUE;
            }
            // a wrapper holding most of the page's paragraphs is the article, whatever its classes say
            if (totalParagraphChars > 0 && paragraphChars(e) * 2 > totalParagraphChars) {
              return FilterResult.CONTINUE;
            }
            String t = squash(e.text());
            if (!t.isEmpty()) {
              removed.add(new Removal(shorten(t), reason));
            }
            return FilterResult.REMOVE;
          }
        },
        body);
  }

  /** Why an element is page furniture, or null. */
  static String furnitureReason(Element e) {
    String tag = e.normalName();
    if (FURNITURE_TAGS.contains(tag)) {
      return "page furniture: <" + tag + ">";
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
    if (BOILERPLATE_ROLES.contains(role)) {
      return "page furniture: role=" + role;
    }
    for (String word : classWords(e)) {
      if (BOILERPLATE_WORDS.contains(word)) {
        return "page furniture: class or id '" + word + "'";
      }
    }
    for (String c : e.classNames()) {
      if (HIDING_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
        return "hidden text: class '" + c + "'";
      }
    }
    return null;
  }

  private static List<String> classWords(Element e) {
    List<String> out = new ArrayList<>();
    for (String attr : new String[] {e.className(), e.id()}) {
      for (String part : TOKEN_SPLIT.split(attr.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT))) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    }
    return out;
  }

  /** Characters of paragraph text under an element (its own if it is a paragraph). */
  static int paragraphChars(Element e) {
    int n = 0;
    for (Element p : e.select("p, pre, blockquote, li")) {
      if (p.normalName().equals("li") && !p.select("p").isEmpty()) {
        continue;
      }
      n += p.ownText().length() + inlineChars(p);
    }
    return n;
  }

  private static int inlineChars(Element p) {
    int n = 0;
    for (Element c : p.children()) {
      if (!BLOCK_TAGS.contains(c.normalName())) {
        n += c.text().length();
      }
    }
    return n;
  }

  /**
   * Lists the text the content selection left out, line by line, so that a paragraph the extractor
   * did not take for the article is at least in {@code removed}, never silently gone.
   */
  private static void listOutside(
      Element body, List<Element> content, Optional<String> title, List<Removal> removed) {
    if (content.size() == 1 && content.get(0) == body) {
      return;
    }
    Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.addAll(content);
    Lines outside = new Lines(title, removed, chosen);
    outside.block(body);
    for (String line : outside.lines) {
      removed.add(new Removal(shorten(line), "outside the article's main text"));
    }
  }

  /** The best-scoring container and those of its siblings that also hold article text. */
  private static List<Element> selectContent(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, td, blockquote")) {
      String text = squash(p.text());
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      for (int level = 0; level < 3 && parent != null; level++) {
        scores.putIfAbsent(parent, initialScore(parent));
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(parent, score / divider, Double::sum);
        parent = parent.parent();
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      double v = s.getValue() * (1 - linkDensity(s.getKey()));
      s.setValue(v);
      if (v > best || (v == best && top != null && s.getKey().siblingIndex() < top.siblingIndex())) {
        best = v;
        top = s.getKey();
      }
    }
    if (top == null) {
      return List.of(body);
    }
    if (top == body || top.parent() == null) {
      return List.of(top);
    }
    List<Element> out = new ArrayList<>();
    double threshold = Math.max(10, best * 0.2);
    for (Element sibling : top.parent().children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      Double s = scores.get(sibling);
      boolean strong = s != null && s >= threshold;
      String text = squash(sibling.text());
      boolean paragraph =
          sibling.normalName().equals("p")
              && linkDensity(sibling) < 0.25
              && (text.length() > 80 || (text.length() > 0 && text.matches(".*[.!?][\"'”’]?$")));
      // a lead figure or a list of key points beside the body belongs to the article
      boolean figure = sibling.normalName().equals("figure") && !sibling.select("figcaption").isEmpty();
      boolean sentenceList = isSentenceList(sibling);
      if (strong || paragraph || figure || sentenceList) {
        out.add(sibling);
      }
    }
    return out;
  }

  /** A list of full sentences or clauses, not links: key points, a fact box. */
  private static boolean isSentenceList(Element e) {
    List<Element> items = e.select("li");
    if (items.size() < 2 || linkDensity(e) >= 0.2) {
      return false;
    }
    int words = 0;
    for (Element li : items) {
      words += words(squash(li.text()));
    }
    return words >= 5 * items.size();
  }

  private static double initialScore(Element e) {
    double s =
        switch (e.normalName()) {
          case "article" -> 10;
          case "main", "div" -> 5;
          case "section" -> 3;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      s += 40;
    }
    for (String w : classWords(e)) {
      if (CONTENT_WORDS.contains(w)) {
        s += 25;
        break;
      }
    }
    return s;
  }

  static double linkDensity(Element e) {
    int all = squash(e.text()).length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += squash(a.text()).length();
    }
    return Math.min(1.0, links / (double) all);
  }

  /** Collects the text of content blocks, one per line. */
  private static final class Lines {
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final Optional<String> title;
    private final List<Removal> removed;
    /** Elements not to read (the content, when reading what lies outside it). */
    private final Set<Element> skip;

    Lines(Optional<String> title, List<Removal> removed) {
      this(title, removed, Set.of());
    }

    Lines(Optional<String> title, List<Removal> removed, Set<Element> skip) {
      this.title = title;
      this.removed = removed;
      this.skip = skip;
    }

    /** Adds the text of a node and its descendants; iterative, so any depth of nesting is read. */
    void block(Node root) {
      java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>();
      stack.push(root);
      while (!stack.isEmpty()) {
        Object top = stack.pop();
        if (top instanceof After after) {
          if (after.block()) {
            flush();
          } else {
            current.append(' ');
          }
          continue;
        }
        Node node = (Node) top;
        if (node instanceof TextNode t) {
          current.append(t.getWholeText());
          continue;
        }
        if (!(node instanceof Element e)) {
          continue;
        }
        if (skip.contains(e)) {
          flush();
          continue;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
          flush();
          continue;
        }
        if (tag.equals("img")) {
          continue;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        boolean cell = tag.equals("td") || tag.equals("th");
        if (block) {
          flush();
          String reason = dropReason(e, tag);
          if (reason != null) {
            String t = squash(e.text());
            if (!t.isEmpty()) {
              removed.add(new Removal(shorten(t), reason));
            }
            continue;
          }
        } else if (cell) {
          current.append(' ');
        }
        if (block || cell) {
          stack.push(new After(block));
        }
        List<Node> children = e.childNodes();
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      }
    }

    /** What to do once an element's children are read: end its line, or space a table cell. */
    private record After(boolean block) {}

    private String dropReason(Element e, String tag) {
      if (tag.equals("h1")) {
        // the page's own headline; metadata titles often differ from it by a few words
        return "headline (the title)";
      }
      Elements times = e.select("time");
      if (times.size() == 1 && squash(times.first().text()).equals(squash(e.text()))) {
        return "timestamp";
      }
      double density = linkDensity(e);
      int w = words(squash(e.text()));
      if ((tag.equals("ul") || tag.equals("ol")) && density > 0.6) {
        return "list of links";
      }
      if ((tag.equals("p") || tag.equals("li") || tag.equals("div")) && density > 0.5 && w < 25) {
        return "link block";
      }
      return null;
    }

    private void flush() {
      String t = squash(current.toString());
      current.setLength(0);
      if (t.isEmpty()) {
        return;
      }
      // inline headlines and datelines of table and font layouts are not in any tagged block
      if (title.isPresent() && title.get().equalsIgnoreCase(t)) {
        removed.add(new Removal(t, "headline (the title)"));
      } else if (DATE_LINE.matcher(t).matches()) {
        removed.add(new Removal(t, "timestamp"));
      } else if (AD_LABEL.matcher(t).matches()) {
        removed.add(new Removal(t, "ad label"));
      } else if (COPYRIGHT_LINE.matcher(t).matches() && words(t) <= 25) {
        removed.add(new Removal(t, "copyright line"));
      } else {
        lines.add(t);
      }
    }

    String text() {
      flush();
      return String.join("\n\n", lines);
    }
  }

  private static final Pattern DATE_PARTS =
      Pattern.compile(
          "(?:(\\d{1,2})\\s+(\\p{L}{3,9})\\.?|(\\p{L}{3,9})\\.?\\s+(\\d{1,2}),?)\\s+(\\d{4})");

  /** The date of a dateline such as "09 Sep 2026 11:42 GMT" or "Friday, July 10, 2026". */
  static Optional<java.time.LocalDate> dateLine(String line) {
    Matcher m = DATE_PARTS.matcher(line);
    while (m.find()) {
      String day = m.group(1) != null ? m.group(1) : m.group(4);
      String month = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
      int mi = month.length() >= 3 ? MONTHS.indexOf(month.substring(0, 3)) : -1;
      if (mi < 0) {
        continue;
      }
      try {
        return Optional.of(
            java.time.LocalDate.of(Integer.parseInt(m.group(5)), mi + 1, Integer.parseInt(day)));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Text lines of an HTML fragment (a feed item's content), or of plain text with line breaks. */
  public static String fragmentText(String body, Optional<String> title) {
    return articleBodyText(body, title);
  }

  private static String articleBodyText(String body, Optional<String> title) {
    if (body.contains("<") && body.contains(">")) {
      Document frag = Jsoup.parseBodyFragment(body);
      Lines lines = new Lines(title, new ArrayList<>());
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

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  static String squash(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Whitespace-separated words in {@code s}. */
  public static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static String shorten(String s) {
    return s.length() <= MAX_REMOVAL_CHARS ? s : s.substring(0, MAX_REMOVAL_CHARS - 1) + "…";
  }
}

package dev.parallax.extract;

import dev.parallax.internal.DataFiles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page's text as a reader sees it, in blocks (a paragraph, a list item, a heading, a line between
 * two {@code <br>}), and the element that holds the article: the one whose prose outweighs the link
 * text and short lines it also holds. Blocks are measured once; the region can then be chosen with
 * different kinds of furniture cut out. Not thread-safe; one per page.
 */
final class PageBlocks {
  static final Set<String> BLOCK_TAGS = DataFiles.words("html.tsv", "block-tag");

  /** Non-space characters a block needs to count as prose on its length alone. */
  static final int PROSE_CHARS = 60;

  /** Non-space characters a block ending like a sentence needs to count as prose. */
  static final int SENTENCE_CHARS = 25;

  /** Words from which a list item counts as prose without a full stop: a key point, a fact. */
  static final int ITEM_WORDS = 5;

  /** Share of link text above which a block is navigation, not prose. */
  static final double PROSE_MAX_LINKS = 0.3;

  /**
   * What a character of link text costs a region, next to a character of prose: a teaser for
   * another article (a linked headline, a line of summary) must not pay its way into the region.
   */
  static final double LINK_WEIGHT = 1;

  /** What a character of a short line (label, date, heading) costs a region, next to prose. */
  static final double OTHER_WEIGHT = 0.25;

  /** Non-space characters under which a block after a linked headline is a teaser's summary. */
  static final int TEASER_CHARS = 300;

  /** Non-space characters from which a linked block is a headline, not a name or a "more" link. */
  static final int HEADLINE_CHARS = 20;

  /** Words from which a linked block is a headline, not an address or a name. */
  static final int HEADLINE_WORDS = 3;

  /** Share of link text from which a block is a link (a linked headline, a menu item). */
  static final double LINKED_BLOCK = 0.8;

  /** Text gathered under one element: prose, link text, and the rest. */
  static final class Stats {
    double prose;
    double links;
    double other;

    double score() {
      return prose - LINK_WEIGHT * links - OTHER_WEIGHT * other;
    }

    void add(Stats s) {
      prose += s.prose;
      links += s.links;
      other += s.other;
    }
  }

  /**
   * The element chosen as the article's region and its score; {@code region} is null when none
   * scores.
   */
  record Choice(Element region, double score, double prose) {}

  private final Element body;
  private final Map<Element, Furniture.Verdict> verdicts;

  /** Every element of the body in document order (parents before children). */
  private final List<Element> elements;

  /** Each element's own blocks (not those of block elements inside it). */
  private final Map<Element, Stats> own = new IdentityHashMap<>();

  PageBlocks(Element body, Map<Element, Furniture.Verdict> verdicts) {
    this.body = body;
    this.verdicts = verdicts;
    this.elements = body.getAllElements();
    measure();
  }

  /**
   * The element with the highest score when elements whose verdict is of a kind in {@code cut} (and
   * all they hold) do not count: prose in, links and short lines against. Ties go to the deeper
   * element, which holds the same article with less around it.
   */
  Choice choose(Set<Furniture.Kind> cut) {
    return chosen.computeIfAbsent(Set.copyOf(cut), this::compute);
  }

  /** Choices already made, by the kinds cut: the extractor asks for some twice. */
  private final Map<Set<Furniture.Kind>, Choice> chosen = new java.util.HashMap<>();

  private Choice compute(Set<Furniture.Kind> cut) {
    Map<Element, Stats> total = new IdentityHashMap<>();
    for (int i = elements.size() - 1; i >= 0; i--) {
      Element e = elements.get(i);
      Stats s = total.computeIfAbsent(e, k -> new Stats());
      Stats o = own.get(e);
      if (o != null) {
        s.add(o);
      }
      Element parent = e.parent();
      if (e != body && parent != null && !isCut(e, cut)) {
        total.computeIfAbsent(parent, k -> new Stats()).add(s);
      }
    }
    Map<Element, Boolean> outside = new IdentityHashMap<>();
    Element best = null;
    double bestScore = 0;
    double bestProse = 0;
    for (Element e : elements) {
      Element parent = e.parent();
      boolean out =
          e != body && (isCut(e, cut) || (parent != null && outside.getOrDefault(parent, false)));
      if (out) {
        outside.put(e, true);
        continue;
      }
      Stats s = total.get(e);
      if (s.prose > 0 && s.score() >= bestScore) {
        best = e;
        bestScore = s.score();
        bestProse = s.prose;
      }
    }
    return new Choice(best, bestScore, bestProse);
  }

  boolean isCut(Element e, Set<Furniture.Kind> cut) {
    Furniture.Verdict v = verdicts.get(e);
    return v != null && cut.contains(v.kind());
  }

  /**
   * Splits the body into blocks, classifies each, and adds it to the stats of the element that
   * holds it.
   */
  private void measure() {
    List<Block> blocks = new ArrayList<>();
    ArrayDeque<Object> stack = new ArrayDeque<>();
    ArrayDeque<Element> owners = new ArrayDeque<>();
    Reader current = new Reader();
    owners.push(body);
    stack.push(body);
    int inLink = 0;
    boolean first = true;
    while (!stack.isEmpty()) {
      Object top = stack.pop();
      if (top instanceof Exit exit) {
        if (exit.link()) {
          inLink--;
        }
        if (exit.boundary()) {
          current.flush(blocks, owners.peek());
          owners.pop();
        }
        continue;
      }
      Node node = (Node) top;
      if (node instanceof TextNode t) {
        current.append(t.getWholeText(), inLink > 0);
        continue;
      }
      if (!(node instanceof Element e)) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("hr") || (tag.equals("br") && lineBreakPair(e))) {
        current.flush(blocks, owners.peek());
        continue;
      }
      if (tag.equals("br")) {
        // a single break wraps a line inside a paragraph (hard-wrapped text, an address)
        continue;
      }
      boolean boundary = first || BLOCK_TAGS.contains(tag) || verdicts.containsKey(e);
      first = false;
      boolean link = tag.equals("a");
      if (boundary) {
        current.flush(blocks, owners.peek());
        owners.push(e);
      }
      if (link) {
        inLink++;
      }
      stack.push(new Exit(boundary, link));
      List<Node> children = e.childNodes();
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    current.flush(blocks, owners.isEmpty() ? body : owners.peek());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Stats st = own.computeIfAbsent(b.owner(), k -> new Stats());
      st.links += b.links();
      boolean tz = b.prose() && teaser(blocks, i);
      if (b.prose() && !tz) {
        st.prose += b.chars();
      } else {
        st.other += b.chars() - b.links();
      }
    }
  }

  /** Blocks around a summary that are searched for the linked headline of another teaser. */
  private static final int TEASER_WINDOW = 4;

  /**
   * Whether a block is a teaser's summary: short, under a linked headline, near another linked
   * headline with its summary (a list of teasers for other pages, not prose of this one).
   */
  private static boolean teaser(List<Block> blocks, int i) {
    if (i == 0 || blocks.get(i).chars() >= TEASER_CHARS || !blocks.get(i - 1).headline()) {
      return false;
    }
    for (int k = Math.max(0, i - 1 - TEASER_WINDOW);
        k < Math.min(blocks.size() - 1, i + 1 + TEASER_WINDOW);
        k++) {
      if (k != i - 1 && k != i && blocks.get(k).headline() && summary(blocks.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A short line of text that is not a link: what a teaser shows under its headline. */
  private static boolean summary(Block b) {
    return b.chars() < TEASER_CHARS && b.links() < PROSE_MAX_LINKS * b.chars();
  }

  private record Exit(boolean boundary, boolean link) {}

  /**
   * A block of text: the element that holds it, its non-space characters and those inside links.
   */
  private record Block(Element owner, int chars, int links, int words, boolean terminal) {
    /**
     * Prose by its own shape: long enough, a sentence or a list item of several words, and not
     * mostly links.
     */
    boolean prose() {
      return links < PROSE_MAX_LINKS * chars
          && (chars >= PROSE_CHARS
              || (terminal && chars >= SENTENCE_CHARS)
              || (owner.normalName().equals("li") && words >= ITEM_WORDS));
    }

    /** A linked headline: all or nearly all link, and longer than a name or a "more" link. */
    boolean headline() {
      return links >= LINKED_BLOCK * chars && chars >= HEADLINE_CHARS && words >= HEADLINE_WORDS;
    }
  }

  /**
   * Whether a {@code <br>} stands next to another with only white space between: a paragraph break.
   */
  private static boolean lineBreakPair(Element br) {
    return isBreak(skipBlank(br.nextSibling(), true))
        || isBreak(skipBlank(br.previousSibling(), false));
  }

  private static Node skipBlank(Node n, boolean forward) {
    while (n instanceof TextNode t && t.isBlank()) {
      n = forward ? n.nextSibling() : n.previousSibling();
    }
    return n;
  }

  private static boolean isBreak(Node n) {
    return n instanceof Element e && e.normalName().equals("br");
  }

  /** Reads one block: counts its non-space characters, those inside links, and how it ends. */
  private static final class Reader {
    int chars;
    int links;
    int words;
    boolean inWord;

    /** The last character before closing quotes and brackets. */
    char end;

    void append(String text, boolean link) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)
            || Character.isSpaceChar(c)
            || c == '\u200b'
            || c == '\ufeff') {
          inWord = false;
          continue;
        }
        if (!inWord) {
          words++;
          inWord = true;
        }
        chars++;
        if (link) {
          links++;
        }
        if (")]\"'”’»«“".indexOf(c) < 0) {
          end = c;
        }
      }
    }

    void flush(List<Block> blocks, Element owner) {
      if (chars > 0) {
        blocks.add(new Block(owner, chars, links, words, ".!?…。！？".indexOf(end) >= 0));
      }
      chars = 0;
      words = 0;
      inWord = false;
      links = 0;
      end = 0;
    }
  }

  /** Elements of the body in document order. */
  List<Element> elements() {
    return new ArrayList<>(elements);
  }
}

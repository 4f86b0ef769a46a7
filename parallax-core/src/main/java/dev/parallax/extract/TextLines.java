package dev.parallax.extract;

import dev.parallax.internal.DataFiles;
import dev.parallax.internal.DateLines;
import dev.parallax.model.Removal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Writes the text of page blocks one per line ({@code p}, list item, heading, table row, a line
 * between two {@code <br>}), whitespace folded, and lists what it leaves out with the reason: the
 * headline, a block that is only a time, link lists and link blocks, and loose lines that are only
 * a date, an ad label or a copyright line. Not thread-safe; one per text written.
 */
final class TextLines {
  private static final Set<String> BLOCK_TAGS = PageBlocks.BLOCK_TAGS;

  /** A line that only labels an ad slot. */
  private static final Pattern AD_LABEL = DataFiles.pattern("boilerplate.tsv", "ad-marker");

  /** A site's copyright line: short, starting with the sign or the word. */
  private static final Pattern COPYRIGHT_LINE = DataFiles.pattern("boilerplate.tsv", "copyright");

  /**
   * Words up to which a last line ending in a colon is a label ("Tags:", "Read more:"); a longer
   * one is a paragraph that introduced something furniture took (a link, a form) and stays.
   */
  private static final int LABEL_WORDS = 6;

  /** Characters above which a block is not only a time. */
  private static final int TIME_CHARS = 80;

  /**
   * Words up to which a heading followed by another heading is a title of something removed; a
   * longer one is text a template set in a heading element (a standfirst, a teaser of the body).
   */
  private static final int HEADING_WORDS = 10;

  final List<String> lines = new ArrayList<>();

  /** The heading level (2-6) of each line, 0 for other lines. */
  private final List<Integer> levels = new ArrayList<>();

  /** The level of the heading being read, 0 outside headings. */
  private int heading;

  private final StringBuilder current = new StringBuilder();
  private final Optional<String> title;
  private final List<Removal> removed;

  /** Elements not to read (the content, when reading what lies outside it). */
  private final Set<Element> skip;

  TextLines(Optional<String> title, List<Removal> removed) {
    this(title, removed, Set.of());
  }

  TextLines(Optional<String> title, List<Removal> removed, Set<Element> skip) {
    this.title = title;
    this.removed = removed;
    this.skip = skip;
  }

  /** Adds the text of a node and its descendants; iterative, so any depth of nesting is read. */
  void block(Node root) {
    ArrayDeque<Object> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Object top = stack.pop();
      if (top instanceof After after) {
        if (after.block()) {
          flush();
          heading = 0;
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
          String t = HtmlExtractor.squash(e.text());
          if (!t.isEmpty()) {
            removed.add(new Removal(HtmlExtractor.shorten(t), reason));
          }
          continue;
        }
      } else if (cell) {
        current.append(' ');
      }
      if (block
          && tag.length() == 2
          && tag.charAt(0) == 'h'
          && tag.charAt(1) >= '2'
          && tag.charAt(1) <= '6') {
        heading = tag.charAt(1) - '0';
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
    String text = HtmlExtractor.squash(e.text());
    // a time element is short: the test is left out for long blocks, which never are one
    if (text.length() <= TIME_CHARS) {
      Elements times = e.getElementsByTag("time");
      if (times.size() == 1 && HtmlExtractor.squash(times.first().text()).equals(text)) {
        return "timestamp";
      }
    }
    boolean list = tag.equals("ul") || tag.equals("ol");
    boolean line = tag.equals("p") || tag.equals("li") || tag.equals("div");
    if (!list && !(line && HtmlExtractor.words(text) < 25)) {
      return null;
    }
    double density = HtmlExtractor.linkDensity(e, text);
    if (list && density > 0.6) {
      return "list of links";
    }
    if (line && density > 0.5) {
      return "link block";
    }
    return null;
  }

  private void flush() {
    String t = HtmlExtractor.squash(current.toString());
    current.setLength(0);
    if (t.isEmpty()) {
      return;
    }
    // inline headlines and datelines of table and font layouts are not in any tagged block
    if (title.isPresent() && title.get().equalsIgnoreCase(t)) {
      removed.add(new Removal(t, "headline (the title)"));
    } else if (DateLines.isDateLine(t)) {
      removed.add(new Removal(t, "timestamp"));
    } else if (AD_LABEL.matcher(t).matches()) {
      removed.add(new Removal(t, "ad label"));
    } else if (COPYRIGHT_LINE.matcher(t).matches() && HtmlExtractor.words(t) <= 25) {
      removed.add(new Removal(t, "copyright line"));
    } else {
      lines.add(t);
      levels.add(heading);
    }
  }

  String text() {
    flush();
    dropOrphanHeadings();
    return String.join("\n\n", lines);
  }

  /**
   * Drops headings with no text of their own under them: those the next heading of the same or a
   * higher level follows at once, and those (or a label ending in a colon) the text ends with. What
   * they headed was furniture already dropped ("Related stories", "More on this topic", "Tags:").
   */
  private void dropOrphanHeadings() {
    for (int i = lines.size() - 1; i >= 0; i--) {
      boolean last = i == lines.size() - 1;
      int level = levels.get(i);
      boolean orphan =
          last
              ? level > 0
                  || (lines.get(i).endsWith(":")
                      && HtmlExtractor.words(lines.get(i)) <= LABEL_WORDS)
              : level > 0
                  && levels.get(i + 1) > 0
                  && levels.get(i + 1) <= level
                  && HtmlExtractor.words(lines.get(i)) <= HEADING_WORDS;
      if (orphan) {
        removed.add(
            new Removal(HtmlExtractor.shorten(lines.get(i)), "heading with no text under it"));
        lines.remove(i);
        levels.remove(i);
      }
    }
  }
}

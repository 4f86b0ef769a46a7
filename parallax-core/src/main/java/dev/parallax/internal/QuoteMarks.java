package dev.parallax.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds quoted spans in a text by its quotation marks: straight and curly double quotes, top-level
 * single quotes, quotes over several sentences of a paragraph, and the convention where an unclosed
 * quote goes on in the next paragraph when that paragraph opens with a quote mark (or, where the
 * text was broken into one sentence a line, when that paragraph closes it); a single quote goes on
 * likewise only where the next paragraph opens with a single mark. Single quotes inside double
 * quotes are part of the quotation; apostrophes ({@code don’t}, {@code Iran’s}, {@code ’90s}) are
 * never marks. Stateless.
 */
public final class QuoteMarks {

  /** A quoted span: content offsets {@code [start, end)} into the text, and continuation gaps. */
  public record Span(int start, int end, List<int[]> gaps) {
    public Span {
      gaps = List.copyOf(gaps);
    }

    /** The quoted words with each gap (paragraph break plus continuation mark) as one space. */
    public String text(String full) {
      StringBuilder b = new StringBuilder();
      int at = start;
      for (int[] g : gaps) {
        b.append(full, at, g[0]).append(' ');
        at = g[1];
      }
      b.append(full, at, end);
      return b.toString().replaceAll("\\s+", " ").strip();
    }
  }

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern ELISION =
      Pattern.compile("(?i)^(?:\\d\\d?s?\\b|em\\b|n\\b|til\\b|cause\\b|tis\\b|twas\\b)");

  private QuoteMarks() {}

  public static List<Span> find(String text) {
    List<int[]> paragraphs = new ArrayList<>();
    var m = PARAGRAPH_BREAK.matcher(text);
    int at = 0;
    while (m.find()) {
      paragraphs.add(new int[] {at, m.start()});
      at = m.end();
    }
    paragraphs.add(new int[] {at, text.length()});

    List<Span> out = new ArrayList<>();
    int open = -1; // content start of the open double quote, or -1
    List<int[]> gaps = new ArrayList<>();
    int single = -1; // content start of a single quote left open at a paragraph's end, or -1
    List<int[]> singleGaps = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p)[0];
      int pe = paragraphs.get(p)[1];
      int i = ps;
      if (open >= 0) {
        // an unclosed quote from the previous paragraph: continues only if this one opens with a
        // mark
        int first = skipSpace(text, ps, pe);
        int width = doubleWidth(text, first, pe);
        if (width > 0 && !looksClosing(text, first + width - 1)) {
          gaps.add(new int[] {paragraphs.get(p - 1)[1], first + width});
          i = first + width;
        } else if (width == 0
            && (endsSplitQuote(text, ps, pe) || splitQuoteEndsLater(text, paragraphs, p))) {
          // the text broke the paragraph inside the quotation (one sentence a line): it goes on
          // to this paragraph's closing mark
          gaps.add(new int[] {paragraphs.get(p - 1)[1], first});
          i = first;
        } else {
          out.add(span(text, open, paragraphs.get(p - 1)[1], gaps));
          open = -1;
          gaps.clear();
        }
      }
      if (single >= 0) {
        // a single quote left open goes on only where this paragraph opens with a single mark
        // again (as British outlets run a quotation over paragraphs); else it was no quotation
        int first = skipSpace(text, ps, pe);
        if (open < 0 && first < pe && isSingle(text.charAt(first)) && opensSingle(text, first)) {
          singleGaps.add(new int[] {paragraphs.get(p - 1)[1], first + 1});
          i = first + 1;
        } else {
          single = -1;
          singleGaps.clear();
        }
      }
      for (; i < pe; i++) {
        char c = text.charAt(i);
        if (doubleWidth(text, i, pe) == 2) {
          // '' and `` written for a double mark (as some archives and typesetters do); in a run of
          // three, the third is a single mark inside the quotation: ''We were told, 'no','' he said
          int run = i;
          while (run < pe && text.charAt(run) == c) {
            run++;
          }
          boolean startBefore =
              i == 0
                  || Character.isWhitespace(text.charAt(i - 1))
                  || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
          boolean textAfter = run < pe && !Character.isWhitespace(text.charAt(run));
          if (open < 0 && (c == '`' || startBefore && textAfter)) {
            open = i + 2;
            single = -1;
            singleGaps.clear();
          } else if (open >= 0 && (c == '\'' || backticksClose(text, i, ps))) {
            out.add(span(text, open, run - 2, gaps));
            open = -1;
            gaps.clear();
          }
          i = run - 1;
        } else if (isDouble(c)) {
          boolean closing = closes(text, i, open >= 0);
          if (open < 0 && !closing) {
            open = i + 1;
            single = -1;
            singleGaps.clear();
          } else if (open >= 0 && closing) {
            out.add(span(text, open, i, gaps));
            open = -1;
            gaps.clear();
          }
        } else if (open < 0 && isSingle(c)) {
          if (single < 0 && opensSingle(text, i)) {
            single = i + 1;
          } else if (single >= 0 && closesSingle(text, i)) {
            out.add(span(text, single, i, singleGaps));
            single = -1;
            singleGaps.clear();
          }
        }
      }
    }
    if (open >= 0) {
      out.add(span(text, open, paragraphs.get(paragraphs.size() - 1)[1], gaps));
    }
    out.removeIf(s -> s.end() <= s.start());
    return out;
  }

  /** How many markless paragraphs a quotation broken one sentence a line may run over. */
  private static final int SPLIT_QUOTE_LINES = 6;

  /**
   * Whether paragraph {@code p} holds no double mark and the quotation left open above it ends in a
   * paragraph a few lines below, every paragraph between holding no mark either: a quotation of
   * several sentences in a text broken one sentence a line ({@code "Knowing Billy, it's not easy
   * ...} / {@code His relationship with Randy ...} / {@code ... it ever gets easy. "}, ECB+ topic
   * 5).
   */
  private static boolean splitQuoteEndsLater(String text, List<int[]> paragraphs, int p) {
    for (int q = p; q < paragraphs.size() && q <= p + SPLIT_QUOTE_LINES; q++) {
      int qs = paragraphs.get(q)[0];
      int qe = paragraphs.get(q)[1];
      if (q > p && endsSplitQuote(text, qs, qe)) {
        return true;
      }
      for (int j = qs; j < qe; j++) {
        if (doubleWidth(text, j, qe) > 0) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Whether a paragraph that does not open with a mark ends a quotation left open above it: it
   * holds an odd number of double marks (a pair of apostrophes or backticks counting as one) and
   * the first one closes by its shape, after a sentence's comma or stop and before no word ({@code
   * I'm satisfied, " Klitschko said.}, {@code right away,'' said ...}, as texts with one sentence a
   * line print a quote of two sentences).
   */
  private static boolean endsSplitQuote(String text, int ps, int pe) {
    int first = -1;
    int firstWidth = 0;
    int count = 0;
    for (int j = ps; j < pe; j++) {
      int width = doubleWidth(text, j, pe);
      if (width > 0) {
        if (first < 0) {
          first = j;
          firstWidth = width;
        }
        count++;
        j += width - 1;
      }
    }
    if (count % 2 == 0) {
      return false;
    }
    char c = text.charAt(first);
    if (c == '`') {
      return backticksClose(text, first, ps);
    }
    int after = first + firstWidth;
    // a closing mark ends the paragraph or stands before a space or a stop ("... easy. \""), not
    // before a word or markup ("...\">Here")
    boolean wordAfter =
        after < pe
            && !Character.isWhitespace(text.charAt(after))
            && ",.;:)!?".indexOf(text.charAt(after)) < 0;
    if (wordAfter || c == '“' || c == '„' || c == '«') {
      return false;
    }
    int k = first - 1;
    if (k > ps && text.charAt(k) == ' ') {
      k--;
    }
    return k >= ps && ",.?!".indexOf(text.charAt(k)) >= 0;
  }

  /**
   * Whether the backticks at {@code i}, met where a double quotation is open, close it: texts that
   * turned every straight mark after a space into an opening pair print a closing one so ({@code
   * wrong, `` Pigeon told ...}). Double quotations do not nest, so behind a comma, question or
   * exclamation mark they close; behind a full stop they may open the next quotation.
   */
  private static boolean backticksClose(String text, int i, int from) {
    if (text.charAt(i) != '`') {
      return false;
    }
    int k = i - 1;
    if (k > from && text.charAt(k) == ' ') {
      k--;
    }
    return k >= from && ",?!".indexOf(text.charAt(k)) >= 0;
  }

  private static Span span(String text, int start, int end, List<int[]> gaps) {
    int s = start;
    int e = end;
    List<int[]> kept = new ArrayList<>(gaps);
    boolean changed = true;
    while (changed) {
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      // US style puts the sentence's comma inside the marks; it is not part of what was said
      while (e > s
          && (Character.isWhitespace(text.charAt(e - 1))
              || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
        e--;
      }
      // a quote mark alone at a paragraph's end or start leaves a gap at the span's edge: step past
      // it
      changed = false;
      for (int k = 0; k < kept.size(); k++) {
        int[] g = kept.get(k);
        if (g[0] < s) {
          s = Math.min(Math.max(s, g[1]), e);
        } else if (g[1] > e) {
          e = Math.max(s, g[0]);
        } else {
          continue;
        }
        kept.remove(k);
        changed = true;
        break;
      }
    }
    return new Span(s, e, kept);
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * 1 for a double quotation mark at {@code i}, 2 for a pair of apostrophes or backticks, else 0.
   */
  public static int doubleWidth(String text, int i, int end) {
    if (i >= end) {
      return 0;
    }
    char c = text.charAt(i);
    if (isDouble(c)) {
      return 1;
    }
    return (c == '\'' || c == '`') && i + 1 < end && text.charAt(i + 1) == c ? 2 : 0;
  }

  public static boolean isDouble(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '″';
  }

  /** Any character that may open or close a quotation: a double or single mark, or a backtick. */
  public static boolean isMark(char c) {
    return isDouble(c) || isSingle(c) || c == '`';
  }

  private static boolean isSingle(char c) {
    return c == '\'' || c == '‘' || c == '’';
  }

  /** Whether the double mark at {@code i} closes: by its shape, corrected by its surroundings. */
  private static boolean closes(String text, int i, boolean isOpen) {
    char c = text.charAt(i);
    if (c == '“' || c == '„' || c == '«') {
      return isOpen && looksClosing(text, i);
    }
    if (c == '”' || c == '»' || c == '″') {
      return isOpen || !looksOpening(text, i);
    }
    return isOpen;
  }

  /** Glued to the word before it, and not to a word after it. */
  private static boolean looksClosing(String text, int i) {
    boolean wordBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return wordBefore && !wordAfter;
  }

  private static boolean looksOpening(String text, int i) {
    boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
    boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return spaceBefore && wordAfter;
  }

  /** A single mark opens a quote only at a word start, and never as an elision ('90s, 'em). */
  private static boolean opensSingle(String text, int i) {
    if (text.charAt(i) == '’') {
      return false;
    }
    boolean startBefore =
        i == 0
            || Character.isWhitespace(text.charAt(i - 1))
            || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
    boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return startBefore
        && wordAfter
        && !ELISION.matcher(text.substring(i + 1, Math.min(text.length(), i + 6))).find();
  }

  private static boolean closesSingle(String text, int i) {
    if (text.charAt(i) == '‘') {
      return false;
    }
    boolean wordBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return wordBefore && !wordAfter;
  }
}

package dev.parallax.internal;

/**
 * Marks which characters of an article's text lie inside quotation marks, as the quote stage finds
 * them ({@link QuoteMarks}): double marks and top-level single marks, quotations over several
 * sentences, and a quotation running over paragraphs where the next paragraph opens with a mark
 * again; a quotation left open ends with its paragraph. The framing stage, the timeline and the
 * brief read an outlet's own voice as what lies outside these.
 */
public final class QuoteSpans {
  private QuoteSpans() {}

  /** {@code mask[i]} is true when character {@code i} is inside a quotation (marks included). */
  public static boolean[] mask(String text) {
    boolean[] mask = new boolean[text.length() + 1];
    for (QuoteMarks.Span s : QuoteMarks.find(text)) {
      int from = s.start();
      // back over the spaces the span left out to its opening mark (two for `` and '')
      int i = from - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      while (i >= 0 && from - i <= 3 && QuoteMarks.isMark(text.charAt(i))) {
        from = i;
        i--;
      }
      int to = s.end();
      // on over the comma and spaces the span left out to its closing mark, when it has one
      int j = to;
      while (j < text.length()
          && (Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n'
              || ",;:".indexOf(text.charAt(j)) >= 0)) {
        j++;
      }
      while (j < text.length() && j - to <= 3 && QuoteMarks.isMark(text.charAt(j))) {
        to = j + 1;
        j++;
      }
      for (int k = Math.max(0, from); k < to; k++) {
        mask[k] = true;
      }
    }
    return mask;
  }

  /**
   * Whether a quotation runs across the edge of the text span {@code [start, end)} by {@code
   * quoted} ({@link #mask}): it opens in the span and goes on past its end, or closes in it after
   * opening before it. A sentence so cut, stated alone, shows a quotation mark with no partner.
   */
  public static boolean cut(boolean[] quoted, int start, int end) {
    if (end <= start || end >= quoted.length) {
      return false;
    }
    return start > 0 && quoted[start - 1] && quoted[start] || quoted[end - 1] && quoted[end];
  }
}

package dev.parallax.internal;

/**
 * Marks which characters of an article's text lie inside quotation marks: curly double quotes open
 * and close, a straight double quote toggles, and a paragraph break ends any quote left open
 * (unless the next paragraph opens one again, the convention for quotes running over paragraphs).
 */
public final class QuoteSpans {
  private QuoteSpans() {}

  /** {@code mask[i]} is true when character {@code i} is inside a quotation (marks included). */
  public static boolean[] mask(String text) {
    boolean[] mask = new boolean[text.length() + 1];
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        open = false;
      }
      if (c == '“' || (c == '"' && !open)) {
        open = true;
        mask[i] = true;
        continue;
      }
      if (c == '”' || (c == '"' && open)) {
        mask[i] = true;
        open = false;
        continue;
      }
      mask[i] = open;
    }
    return mask;
  }
}

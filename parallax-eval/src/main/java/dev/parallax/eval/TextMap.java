package dev.parallax.eval;

import java.util.Arrays;

/**
 * Maps offsets of an article's cleaned text back to the text a corpus annotated. The cleaner keeps
 * each paragraph it keeps as it was (stripped) and joins them with blank lines, so each cleaned
 * paragraph is found in the original, in order.
 */
final class TextMap {
  private final int[] toOriginal;

  private TextMap(int[] toOriginal) {
    this.toOriginal = toOriginal;
  }

  static TextMap of(String original, String cleaned) {
    int[] map = new int[cleaned.length() + 1];
    Arrays.fill(map, -1);
    int from = 0;
    int at = 0;
    while (at < cleaned.length()) {
      int end = cleaned.indexOf("\n\n", at);
      if (end < 0) {
        end = cleaned.length();
      }
      String para = cleaned.substring(at, end);
      int found = para.isEmpty() ? -1 : original.indexOf(para, from);
      if (found < 0 && !para.isEmpty()) {
        found = original.indexOf(para);
      }
      if (found >= 0) {
        for (int k = 0; k < para.length(); k++) {
          map[at + k] = found + k;
        }
        map[at + para.length()] = found + para.length();
        from = found + para.length();
      }
      at = end + 2;
    }
    return new TextMap(map);
  }

  /** The original offset of a cleaned offset, or -1 when its paragraph was not found. */
  int original(int cleaned) {
    return cleaned >= 0 && cleaned < toOriginal.length ? toOriginal[cleaned] : -1;
  }

  /** The original span of a cleaned span {@code [start, end)}, or null. */
  int[] span(int start, int end) {
    int s = original(start);
    int e = end > start ? original(end - 1) : s;
    if (s < 0 || e < 0) {
      return null;
    }
    return new int[] {s, end > start ? e + 1 : s};
  }
}

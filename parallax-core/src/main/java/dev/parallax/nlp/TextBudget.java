package dev.parallax.nlp;

import dev.parallax.model.Block;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How much of an article the language analysis takes on, so that its time and memory are bounded
 * whatever the input. An article is analysed up to {@link #MAX_WORDS} words or {@link #MAX_CHARS}
 * characters, cut at the last sentence end before the limit, with a {@code truncated} diagnostic
 * naming what was left out ({@link #fit}). Within that, a run of more than {@link #MAX_RUN_WORDS}
 * words without a sentence end, or of {@link #MAX_RUN_CHARS} characters, is handed to the parser as
 * pieces, so that no sentence the parser sees is longer ({@link #pieces}). Stateless.
 */
public final class TextBudget {
  /** Words of one article analysed: several times the longest news feature. */
  public static final int MAX_WORDS = 20_000;

  /** Characters of one article analysed (for text with few spaces). */
  public static final int MAX_CHARS = 150_000;

  /** Longest run of words without a sentence end handed to the parser as one piece. */
  public static final int MAX_RUN_WORDS = 150;

  /** Longest run of characters without a sentence end handed to the parser as one piece. */
  public static final int MAX_RUN_CHARS = 1_500;

  /** How far back from the limit a sentence end is looked for before cutting between words. */
  private static final int LOOK_BACK = 5_000;

  private TextBudget() {}

  /** A document within the budget, and the diagnostic saying what was cut when something was. */
  public record Fit(CleanDocument doc, Optional<Diagnostic> truncated) {}

  /** The document itself when it is within the budget, else its beginning up to a sentence end. */
  public static Fit fit(CleanDocument doc) {
    String text = doc.text();
    int limit = limit(text);
    if (limit >= text.length()) {
      return new Fit(doc, Optional.empty());
    }
    int cut = cutBefore(text, limit);
    String kept = text.substring(0, cut).stripTrailing();
    List<Block> blocks = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b.start() >= kept.length()) {
        break;
      }
      int end = Math.min(b.end(), kept.length());
      blocks.add(
          end == b.end() ? b : new Block(b.kind(), kept.substring(b.start(), end), b.start(), end));
    }
    CleanDocument fitted = new CleanDocument(doc.meta(), kept, blocks, doc.removed());
    String rest = text.substring(cut).strip();
    String message =
        String.format(
            Locale.ROOT,
            "too long to analyse whole: analysed the first %s (%s) and left out the remaining %s (%s),"
                + " from \"%s\"; the limit is %,d words or %,d characters an article",
            count(words(kept), "word"),
            count(kept.length(), "character"),
            count(words(rest), "word"),
            count(rest.length(), "character"),
            opening(rest),
            MAX_WORDS,
            MAX_CHARS);
    return new Fit(fitted, Optional.of(new Diagnostic("truncated", doc.source(), message)));
  }

  /**
   * The spans {@code [start, end)} of {@code text} the parser takes one at a time: the whole text
   * when no run between sentence ends is over {@link #MAX_RUN_WORDS} words or {@link
   * #MAX_RUN_CHARS} characters, else pieces cut inside such runs, after a comma, semicolon or dash
   * where there is one, else between words. Together the spans cover every non-blank character
   * once, in order.
   */
  public static List<int[]> pieces(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int runStart = 0;
    int runWords = 0;
    int clause = -1; // the last place after clause punctuation in this run
    int space = -1; // the last place between words in this run
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inWord) {
          runWords++;
          char p = text.charAt(i - 1);
          if (sentenceEnd(text, i - 1)
              || c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            runStart = i;
            runWords = 0;
            clause = -1;
            space = -1;
          } else {
            space = i;
            if (p == ',' || p == ';' || p == ':' || p == '\u2013' || p == '\u2014') {
              clause = i;
            }
          }
        }
        inWord = false;
        continue;
      }
      inWord = true;
      if (runWords >= MAX_RUN_WORDS || i - runStart >= MAX_RUN_CHARS) {
        int cut = clause > runStart + (i - runStart) / 2 ? clause : space > runStart ? space : i;
        if (cut == i && Character.isLowSurrogate(c)) {
          cut--;
        }
        out.add(new int[] {start, cut});
        start = cut;
        runStart = cut;
        runWords = words(text.substring(cut, i));
        clause = -1;
        space = -1;
      }
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  /** The offset of the first character over the budget, or the text's length when all is within. */
  private static int limit(String text) {
    int words = 0;
    boolean inWord = false;
    int end = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < end; i++) {
      boolean blank = Character.isWhitespace(text.charAt(i));
      if (!blank && !inWord && ++words > MAX_WORDS) {
        return i;
      }
      inWord = !blank;
    }
    return end;
  }

  /**
   * Where to cut at or before {@code limit}: after a sentence end if one is near, else between
   * words.
   */
  private static int cutBefore(String text, int limit) {
    int floor = Math.max(0, limit - LOOK_BACK);
    for (int i = limit - 1; i > floor; i--) {
      if (Character.isWhitespace(text.charAt(i)) && sentenceEnd(text, i - 1)) {
        return i;
      }
    }
    for (int i = limit; i > floor; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /**
   * Whether the word ending at {@code i} ends a sentence: a period, question or exclamation mark,
   * perhaps quoted.
   */
  private static boolean sentenceEnd(String text, int i) {
    while (i > 0 && "\"'\u2019\u201d)]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static int words(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean blank = Character.isWhitespace(s.charAt(i));
      if (!blank && !inWord) {
        n++;
      }
      inWord = !blank;
    }
    return n;
  }

  private static String count(int n, String unit) {
    return String.format(Locale.ROOT, "%,d %s%s", n, unit, n == 1 ? "" : "s");
  }

  /** The first words of the part left out, for the diagnostic. */
  private static String opening(String rest) {
    int end = Math.min(rest.length(), 60);
    int space = rest.lastIndexOf(' ', end);
    if (end < rest.length() && space > 20) {
      end = space;
    }
    if (end > 0 && Character.isHighSurrogate(rest.charAt(end - 1))) {
      end--;
    }
    return rest.substring(0, end).replaceAll("\\s+", " ") + (end < rest.length() ? "\u2026" : "");
  }
}

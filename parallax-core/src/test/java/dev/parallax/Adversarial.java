package dev.parallax;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property tests without a framework: hostile text generated from a seeded {@link Random}, and
 * {@link #forAll} to check a property over many generated inputs, printing the seed, the try and
 * the input that broke it. Run one seed again with {@code -Dparallax.test.seed=N}.
 *
 * <p>The pieces are what real pages and careless inputs contain: lone and mixed quotation marks,
 * bare punctuation, control characters, mixed scripts, a lone surrogate, markup, boilerplate
 * phrases and date words, strung together with and without spaces and line breaks.
 */
public final class Adversarial {
  private static final List<String> PIECES =
      List.of(
          "the",
          "President",
          "said",
          "Trump",
          "Clinton",
          "Smith",
          "on",
          "Friday",
          "last",
          "June",
          "next",
          "week",
          "the 1990s",
          "2016",
          "12:30",
          "p.m.",
          "EST",
          "according to",
          "officials",
          "he",
          "She",
          "told",
          "reporters",
          "\"",
          "“",
          "”",
          "'",
          "‘",
          "’",
          "``",
          "''",
          "«",
          "»",
          "„",
          ".",
          ",",
          "!",
          "?",
          "...",
          "…",
          "—",
          "-",
          ":",
          ";",
          "(",
          ")",
          "[",
          "]",
          "|",
          "/",
          "\u0000",
          "\u0007",
          "\u001b",
          "\t",
          "\r",
          "\n",
          "\n\n",
          "\u2028",
          "\u200b",
          "\ufeff",
          "\u00a0",
          "\u202e",
          "中文",
          "日本語",
          "العربية",
          "עברית",
          "Русский",
          "🙂",
          "𝔘",
          "\ud800",
          "<b>",
          "</p>",
          "<script>",
          "&amp;",
          "<!--",
          "-->",
          "<",
          ">",
          "Advertisement",
          "Share",
          "Read more:",
          "© 2024 Example Outlet",
          "Photo: AP",
          "By Jane Doe",
          "Subscribe",
          "Mr.",
          "U.S.",
          "$5",
          "10%",
          "3.5",
          "Inc.",
          "(AP)",
          "e.g.",
          "A",
          "I");
  private static final List<String> GLUE = List.of("", " ", " ", " ", "\n", "  ");

  private Adversarial() {}

  /** Hostile text of up to {@code maxPieces} pieces joined by nothing, a space or a line break. */
  public static String text(Random r, int maxPieces) {
    int n = r.nextInt(maxPieces + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(PIECES.get(r.nextInt(PIECES.size()))).append(GLUE.get(r.nextInt(GLUE.size())));
    }
    return b.toString();
  }

  /**
   * Any string of up to {@code maxChars} UTF-16 units, from anywhere in Unicode (lone surrogates
   * too).
   */
  public static String chars(Random r, int maxChars) {
    int n = r.nextInt(maxChars + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(4);
      char c =
          switch (kind) {
            case 0 -> (char) (0x20 + r.nextInt(0x5f)); // ASCII
            case 1 -> (char) r.nextInt(0x20); // control
            case 2 -> (char) (0xd800 + r.nextInt(0x800)); // surrogates, paired or not
            default -> (char) r.nextInt(0x10000);
          };
      b.append(c);
    }
    return b.toString();
  }

  /** Hostile text or arbitrary characters, at even odds. */
  public static String anything(Random r, int maxPieces) {
    return r.nextBoolean() ? text(r, maxPieces) : chars(r, maxPieces * 4);
  }

  /**
   * Checks {@code property} on {@code tries} inputs made by {@code generate} from one seeded random
   * source; a failure names the seed, the try and the input.
   */
  public static <T> void forAll(int tries, Function<Random, T> generate, Consumer<T> property) {
    long seed = Long.getLong("parallax.test.seed", System.nanoTime());
    Random r = new Random(seed);
    for (int i = 0; i < tries; i++) {
      T input = generate.apply(r);
      try {
        property.accept(input);
      } catch (AssertionError | RuntimeException | StackOverflowError e) {
        String shown = String.valueOf(input);
        if (shown.length() > 2000) {
          shown = shown.substring(0, 2000) + "...";
        }
        throw new AssertionError(
            "property failed on try "
                + i
                + " with -Dparallax.test.seed="
                + seed
                + "; input: "
                + escape(shown)
                + "\n"
                + e,
            e);
      }
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (c < 0x20
                  || (c >= 0x7f && c < 0xa0)
                  || Character.getType(c) == Character.FORMAT
                  || Character.getType(c) == Character.SURROGATE) {
                b.append(String.format("\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }

  /**
   * The number of characters that carry content: not white space, not invisible format characters.
   */
  public static long contentChars(String s) {
    return s.codePoints()
        .filter(
            c ->
                !Character.isWhitespace(c)
                    && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.SPACE_SEPARATOR)
        .count();
  }

  /** Two values generated together. */
  public record Pair<A, B>(A first, B second) {}

  public static <A, B> Function<Random, Pair<A, B>> pairs(
      Function<Random, A> a, Function<Random, B> b) {
    return r -> new Pair<>(a.apply(r), b.apply(r));
  }
}

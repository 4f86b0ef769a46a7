package dev.parallax.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * One measured figure: the suite, the part of the corpus it was measured on ({@code tune}, {@code
 * held-out}, {@code all}, or a finer name), what it is, its value, how many items it rests on and
 * the version of the data.
 *
 * @param items the number of items (pages, articles, quotes, sentences) behind the value
 */
public record Figure(
    String suite, String split, String name, double value, long items, String data) {
  public Figure {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
  }

  /** The key floors are filed under: {@code suite/split/name}. */
  public String key() {
    return suite + "/" + split + "/" + name;
  }

  /** One line: suite, split, figure, value, items and data version, aligned in columns. */
  public String line() {
    String v =
        value == Math.rint(value) && Math.abs(value) < 1e12
            ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.4f", value);
    return String.format(
        Locale.ROOT, "%-18s %-16s %-28s %12s  n=%-7d data=%s", suite, split, name, v, items, data);
  }
}

package dev.parallax.eval;

import dev.parallax.model.TimeExpression;
import java.time.LocalDate;

/**
 * Maps a Parallax time expression to TimeML's notation where the two differ only in notation.
 */
final class TimexValues {
  /** A type and value in TimeML's notation. */
  record TimeMl(String type, String value) {}

  private TimexValues() {}

  static TimeMl toTimeMl(TimeExpression t, LocalDate created) {
    return new TimeMl(t.type(), t.value());
  }
}

package dev.parallax.spark;

import dev.parallax.model.Diagnostic;
import java.util.Objects;

/**
 * A problem met on one input, article or story, as a row of the job's diagnostics: the stage
 * ({@code read}, {@code group}, {@code analyse}) and the diagnostic as the single-machine path
 * words it. A failed article is one of these, never a failed job.
 */
record Diag(String stage, String code, String source, String message) implements Item {
  Diag {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  static Diag of(String stage, Diagnostic d) {
    return new Diag(stage, d.code(), d.source(), d.message());
  }
}

package dev.parallax;

import dev.parallax.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one stage of the analysis so that an input that makes it fail costs only that input: when
 * the stage throws on all inputs together, each is tried alone; those that fail alone are left out
 * of the stage with an {@code analysis-failed} diagnostic and the stage runs again on the rest. A
 * failure that only the inputs together cause leaves the stage's section empty, with one
 * diagnostic. Not an API: the pipeline's own helper.
 */
final class Isolation {
  /** The diagnostic code of an input a stage could not analyse. */
  static final String CODE = "analysis-failed";

  /** What a stage gave and which inputs it left out. */
  record Outcome<T, R>(R result, List<T> left) {}

  private Isolation() {}

  /**
   * Runs {@code stage} over {@code inputs}; {@code source} names an input in diagnostics, {@code
   * empty} is the stage's result with nothing to show.
   */
  static <T, R> Outcome<T, R> run(
      String stage,
      List<T> inputs,
      Function<List<T>, R> run,
      Function<T, String> source,
      R empty,
      List<Diagnostic> diagnostics) {
    RuntimeException first;
    try {
      return new Outcome<>(run.apply(inputs), List.of());
    } catch (RuntimeException | StackOverflowError e) {
      first = asRuntime(e);
    }
    List<T> kept = new ArrayList<>();
    List<T> left = new ArrayList<>();
    for (T in : inputs) {
      try {
        run.apply(List.of(in));
        kept.add(in);
      } catch (RuntimeException | StackOverflowError e) {
        left.add(in);
        diagnostics.add(failed(stage, source.apply(in), e, "left out of this stage"));
      }
    }
    if (!left.isEmpty()) {
      try {
        return new Outcome<>(run.apply(kept), left);
      } catch (RuntimeException | StackOverflowError e) {
        first = asRuntime(e);
      }
    }
    diagnostics.add(
        failed(
            stage, "story", first, "failed on the articles together; this section is left empty"));
    return new Outcome<>(empty, List.of());
  }

  static Diagnostic failed(String stage, String source, Throwable e, String consequence) {
    String message =
        e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    if (message.length() > 200) {
      message = message.substring(0, 200) + "...";
    }
    return new Diagnostic(
        CODE,
        source,
        stage + " failed (" + e.getClass().getSimpleName() + message + "); " + consequence);
  }

  private static RuntimeException asRuntime(Throwable e) {
    return e instanceof RuntimeException r ? r : new IllegalStateException(e.toString(), e);
  }
}

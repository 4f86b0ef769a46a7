package dev.parallax.ingest;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.util.List;

/**
 * What reading gave: the articles read, in input order, and the problems met (each with a stable
 * code and the input it concerns). Every input ends up in one or the other. What every reader
 * returns, whatever the kind of input.
 */
public record ReadResult(List<SourceText> texts, List<Diagnostic> diagnostics) {
  public ReadResult {
    texts = List.copyOf(texts);
    diagnostics = List.copyOf(diagnostics);
  }

  /** No article, one problem. */
  static ReadResult of(Diagnostic problem) {
    return new ReadResult(List.of(), List.of(problem));
  }

  /** Hands this result's articles, then its problems, to a sink. */
  void sendTo(ReadSink sink) {
    texts.forEach(sink::article);
    diagnostics.forEach(sink::problem);
  }

  /** Adds this result's articles and problems to those a reader of several inputs collects. */
  void addTo(List<SourceText> allTexts, List<Diagnostic> allDiagnostics) {
    allTexts.addAll(texts);
    allDiagnostics.addAll(diagnostics);
  }
}

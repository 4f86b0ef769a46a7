package dev.parallax.eval;

import java.util.List;

/** One evaluation over one corpus: reads it, runs Parallax on it and measures the result. */
public interface Suite {
  /**
   * The name the command line and the floors use ({@code extraction}, {@code stories-ecbplus}...).
   */
  String name();

  /**
   * Runs the suite. {@code limit} caps the items measured (pages, articles, stories...) with a
   * deterministic sample; 0 runs the whole corpus.
   */
  List<Figure> run(Corpora corpora, int limit, Log log) throws Exception;

  /** Where a suite says what it is doing (not the figures): stderr for a person watching a run. */
  @FunctionalInterface
  interface Log {
    void info(String message);

    Log NONE = message -> {};
  }
}

package dev.parallax.ingest;

import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;

/**
 * Hears what streaming reading ({@link Inputs#stream}) gives, as it is read: each article, each
 * problem, and how many bytes of input were consumed. Called on the reading thread, in input order;
 * an exception it throws stops the reading and reaches the caller of {@link Inputs#stream}
 * unchanged (it is never turned into a diagnostic).
 */
public interface ReadSink {
  /** One article read. */
  void article(SourceText text);

  /** One problem met (a skipped record, an unreadable input). */
  void problem(Diagnostic problem);

  /** {@code bytes} more bytes of the inputs were read (for progress; counted once each). */
  default void consumed(long bytes) {}

  /**
   * A sink that passes everything on to {@code sink}, each article first through {@code each}
   * (which may count it or return it changed).
   */
  static ReadSink passing(ReadSink sink, java.util.function.UnaryOperator<SourceText> each) {
    return new ReadSink() {
      @Override
      public void article(SourceText text) {
        sink.article(each.apply(text));
      }

      @Override
      public void problem(Diagnostic problem) {
        sink.problem(problem);
      }

      @Override
      public void consumed(long bytes) {
        sink.consumed(bytes);
      }
    };
  }
}

package dev.parallax.ingest;

import dev.parallax.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the content of one input of one {@link InputKind} into its articles and the problems met.
 * Content is given whole and capped at {@link Inputs#MAX_BYTES}: larger is {@code too-large} (a
 * WARC archive, read record by record, overrides this). Implementations are immutable and
 * thread-safe.
 */
@FunctionalInterface
interface ContentReader {
  /**
   * Reads content within the size cap; {@code source} names the input in articles and diagnostics.
   */
  ReadResult read(String source, byte[] content);

  /** Reads content given whole, refusing it when over the size cap. */
  default ReadResult readBytes(String source, byte[] content) {
    if (content.length > Inputs.MAX_BYTES) {
      return ReadResult.of(tooLarge(source, content.length));
    }
    return read(source, content);
  }

  /** Reads a file, refusing it when over the size cap. */
  default ReadResult readFile(String source, Path file) {
    byte[] content;
    try {
      long size = Files.size(file);
      if (size > Inputs.MAX_BYTES) {
        return ReadResult.of(tooLarge(source, size));
      }
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      return ReadResult.of(new Diagnostic("unreadable", source, "cannot read: " + e.getMessage()));
    }
    return read(source, content);
  }

  private static Diagnostic tooLarge(String source, long size) {
    return new Diagnostic(
        "too-large", source, "file is " + size + " bytes; the limit is " + Inputs.MAX_BYTES);
  }
}

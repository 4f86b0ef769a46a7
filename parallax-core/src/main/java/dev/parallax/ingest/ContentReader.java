package dev.parallax.ingest;

import dev.parallax.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the content of one input of one {@link InputKind} into its articles and the problems met.
 * Content that is one article is given whole and capped at {@link Inputs#MAX_BYTES}: larger is
 * {@code too-large}. Containers of many articles (JSON Lines, WARC archives) override the {@code
 * stream} methods to read record by record, each record held to the cap, the container not.
 * Implementations are immutable and thread-safe.
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

  /** Reads a file and hands its articles and problems to {@code sink} as they are read. */
  default void stream(String source, Path file, ReadSink sink) {
    readFile(source, file).sendTo(sink);
    try {
      sink.consumed(Files.size(file));
    } catch (IOException e) {
      // the size is for progress only; the file was read or reported already
    }
  }

  /**
   * Reads content from a stream (at most {@link Inputs#MAX_BYTES} and one more byte of it, unless
   * the reader streams records) and hands what it gives to {@code sink}; the caller closes it.
   *
   * @throws IOException when reading the stream fails
   */
  default void stream(String source, InputStream in, ReadSink sink) throws IOException {
    // one byte over the cap, so that too much is reported as too large rather than read in part
    byte[] content = in.readNBytes((int) Inputs.MAX_BYTES + 1);
    sink.consumed(content.length);
    readBytes(source, content).sendTo(sink);
  }

  private static Diagnostic tooLarge(String source, long size) {
    return new Diagnostic(
        "too-large", source, "file is " + size + " bytes; the limit is " + Inputs.MAX_BYTES);
  }
}

package dev.parallax.ingest;

import java.nio.file.Path;

/**
 * A reader of inputs that hold many articles (JSON Lines, WARC archives, feeds): the container has
 * no size cap, each of its records is held to {@link Inputs#MAX_BYTES} as it is read, so content
 * given whole and files are read through the reader's own {@code stream} methods.
 */
interface ContainerReader extends ContentReader {
  @Override
  default ReadResult readBytes(String source, byte[] content) {
    return read(source, content);
  }

  @Override
  default ReadResult readFile(String source, Path file) {
    return Inputs.collect(sink -> stream(source, file, sink));
  }
}

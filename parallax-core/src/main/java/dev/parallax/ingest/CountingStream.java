package dev.parallax.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that tells a {@link ReadSink} how much of it was read, every 64 KB and the rest when
 * closed. Not thread-safe.
 */
final class CountingStream extends FilterInputStream {
  private final ReadSink sink;
  private long unreported;

  CountingStream(InputStream in, ReadSink sink) {
    super(in);
    this.sink = sink;
  }

  private void count(long n) {
    if (n > 0) {
      unreported += n;
      if (unreported >= 1 << 16) {
        sink.consumed(unreported);
        unreported = 0;
      }
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    count(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public void close() throws IOException {
    sink.consumed(unreported);
    unreported = 0;
    super.close();
  }
}

package dev.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}-ended, {@code \r} left to the caller) without ever
 * holding more than one line of at most {@code cap} bytes: a longer line is read past and reported
 * by its length only. Reports the bytes it consumes to a {@link ReadSink}. Not thread-safe.
 */
final class BoundedLines {
  /** One line: its 1-based number, and its bytes, or none when it was over the cap. */
  record Line(long number, byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int cap;
  private final ReadSink sink;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int end;
  private long number;
  private byte[] line = new byte[1024];

  BoundedLines(InputStream in, int cap, ReadSink sink) {
    this.in = in;
    this.cap = cap;
    this.sink = sink;
  }

  /** The next line, or null at the end of the stream (a last line without {@code \n} counts). */
  Line next() throws IOException {
    int length = 0;
    long total = 0;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        return any ? finish(length, total) : null;
      }
      any = true;
      int from = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - from;
      if (total + n <= cap) {
        if (length + n > line.length) {
          line = Arrays.copyOf(line, Math.min(cap, Math.max(line.length * 2, length + n)));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
      }
      total += n;
      if (pos < end) {
        pos++; // the newline
        return finish(length, total);
      }
    }
  }

  private Line finish(int length, long total) {
    number++;
    Line out =
        total > cap
            ? new Line(number, null, total)
            : new Line(number, Arrays.copyOf(line, length), total);
    if (line.length > 1 << 16) {
      line = new byte[1024]; // one long record does not keep its buffer for the rest of the file
    }
    return out;
  }

  private boolean fill() throws IOException {
    int n = in.readNBytes(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    end = n;
    sink.consumed(n);
    return true;
  }
}

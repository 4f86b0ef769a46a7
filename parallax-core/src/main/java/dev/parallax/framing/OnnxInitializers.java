package dev.parallax.framing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads named float initializers (weights) out of an ONNX model file: a reader of the few protobuf
 * fields it needs ({@code ModelProto.graph}, {@code GraphProto.initializer}, {@code TensorProto}
 * name, data type and data), so that {@link WordTagger} can update a model's weights without a
 * protobuf library.
 */
final class OnnxInitializers {
  private static final int FLOAT = 1;

  private OnnxInitializers() {}

  /** The float initializers of the model named in {@code names}, by name. */
  static Map<String, float[]> read(byte[] model, Set<String> names) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    Reader m = new Reader(model, 0, model.length);
    while (m.more()) {
      int key = (int) m.varint();
      if (key >>> 3 == 7 && (key & 7) == 2) {
        Reader g = m.sub();
        while (g.more()) {
          int gk = (int) g.varint();
          if (gk >>> 3 == 5 && (gk & 7) == 2) {
            tensor(g.sub(), names, out);
          } else {
            g.skip(gk & 7);
          }
        }
      } else {
        m.skip(key & 7);
      }
    }
    return out;
  }

  private static void tensor(Reader t, Set<String> names, Map<String, float[]> out)
      throws IOException {
    String name = null;
    int type = 0;
    int[] raw = null;
    int[] packed = null;
    while (t.more()) {
      int key = (int) t.varint();
      int field = key >>> 3;
      if (field == 8 && (key & 7) == 2) {
        Reader s = t.sub();
        name = new String(s.bytes, s.pos, s.end - s.pos, StandardCharsets.UTF_8);
      } else if (field == 2 && (key & 7) == 0) {
        type = (int) t.varint();
      } else if (field == 9 && (key & 7) == 2) {
        Reader s = t.sub();
        raw = new int[] {s.pos, s.end};
      } else if (field == 4 && (key & 7) == 2) {
        Reader s = t.sub();
        packed = new int[] {s.pos, s.end};
      } else {
        t.skip(key & 7);
      }
    }
    if (name == null || !names.contains(name) || type != FLOAT) {
      return;
    }
    int[] range = raw != null ? raw : packed;
    if (range == null) {
      throw new IOException("initializer " + name + " holds no data in the file");
    }
    float[] v = new float[(range[1] - range[0]) / 4];
    ByteBuffer.wrap(t.bytes, range[0], range[1] - range[0])
        .order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer()
        .get(v);
    out.put(name, v);
  }

  /** Protobuf's wire format over a range of bytes. */
  private static final class Reader {
    final byte[] bytes;
    int pos;
    final int end;

    Reader(byte[] bytes, int pos, int end) {
      this.bytes = bytes;
      this.pos = pos;
      this.end = end;
    }

    boolean more() {
      return pos < end;
    }

    long varint() throws IOException {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw new IOException("truncated model file");
        }
        byte b = bytes[pos++];
        v |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IOException("malformed model file");
    }

    Reader sub() throws IOException {
      long n = varint();
      if (n < 0 || n > end - pos) {
        throw new IOException("truncated model file");
      }
      Reader r = new Reader(bytes, pos, pos + (int) n);
      pos += (int) n;
      return r;
    }

    void skip(int wireType) throws IOException {
      switch (wireType) {
        case 0 -> varint();
        case 1 -> pos += 8;
        case 2 -> sub();
        case 5 -> pos += 4;
        default -> throw new IOException("malformed model file (wire type " + wireType + ")");
      }
      if (pos > end) {
        throw new IOException("truncated model file");
      }
    }
  }
}

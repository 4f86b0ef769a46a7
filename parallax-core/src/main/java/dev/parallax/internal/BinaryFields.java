package dev.parallax.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The binary forms the store's documents keep (a story's record, the grouper's state of a story,
 * name counts): strings as length-prefixed UTF-8, lists and counts with their size first, dates as
 * epoch days behind a presence flag. Changing any of these changes the store's on-disk format.
 */
public final class BinaryFields {
  private BinaryFields() {}

  /** Writes what {@code body} writes into a new byte array. */
  public static byte[] write(Writer body) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      body.write(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code data} with {@code body}. */
  public static <T> T read(byte[] data, Reader<T> body) {
    try {
      return body.read(new DataInputStream(new ByteArrayInputStream(data)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes fields. */
  @FunctionalInterface
  public interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  /** Reads fields. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  // writeUTF is limited to 64 KB; leads and titles stay far below, but a string field of any length
  // must round-trip, so strings are written as length-prefixed UTF-8.
  public static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  public static String readString(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /**
   * Writes the strings in order, or sorted when they are a set (so a set's bytes do not depend on
   * hashing).
   */
  public static void writeStrings(DataOutputStream out, Collection<String> strings)
      throws IOException {
    out.writeInt(strings.size());
    List<String> ordered =
        strings instanceof Set ? strings.stream().sorted().toList() : List.copyOf(strings);
    for (String s : ordered) {
      writeString(out, s);
    }
  }

  public static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(readString(in));
    }
    return out;
  }

  /** Writes name counts in the map's own order. */
  public static void writeCounts(DataOutputStream out, Map<String, Integer> counts)
      throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      writeString(out, e.getKey());
      out.writeInt(e.getValue());
    }
  }

  public static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> out = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      out.put(readString(in), in.readInt());
    }
    return out;
  }

  /** Writes a date that may be absent ({@code null}). */
  public static void writeDate(DataOutputStream out, LocalDate d) throws IOException {
    out.writeBoolean(d != null);
    if (d != null) {
      out.writeLong(d.toEpochDay());
    }
  }

  /** Reads a date written by {@link #writeDate}; {@code null} when absent. */
  public static LocalDate readDate(DataInputStream in) throws IOException {
    return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
  }
}

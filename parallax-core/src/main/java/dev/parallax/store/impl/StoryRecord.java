package dev.parallax.store.impl;

import dev.parallax.store.StorySummary;
import dev.parallax.story.StoryGrouper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A story as persisted in its Lucene document: what the store lists (titles, outlets, names, dates,
 * counts) and the grouper's state for it, encoded as one binary stored field. Mutable, used by one
 * writer thread; the binary form is versioned by the store's schema.
 */
final class StoryRecord {
  final String id;
  final long seq;
  String title;
  final List<String> titles = new ArrayList<>();
  String lead = "";
  final List<String> outlets = new ArrayList<>();
  final Map<String, Integer> names = new LinkedHashMap<>();
  int articles;
  int copies;
  LocalDate first;
  LocalDate last;
  /** The grouper's state, kept as it was when the story closed. */
  Optional<StoryGrouper.StoryState> state = Optional.empty();

  StoryRecord(String id, long seq, String title) {
    this.id = id;
    this.seq = seq;
    this.title = title;
  }

  void addDate(LocalDate d) {
    first = first == null || d.isBefore(first) ? d : first;
    last = last == null || d.isAfter(last) ? d : last;
  }

  /** Takes in a story found to be the same event (its articles, outlets, names and dates). */
  void absorb(StoryRecord other) {
    articles += other.articles;
    copies += other.copies;
    titles.addAll(other.titles);
    if (lead.isEmpty()) {
      lead = other.lead;
    }
    other.outlets.forEach(this::addOutlet);
    other.names.forEach((n, c) -> names.merge(n, c, Integer::sum));
    if (other.first != null) {
      addDate(other.first);
      addDate(other.last);
    }
  }

  void addOutlet(String outlet) {
    boolean known = outlets.stream().anyMatch(o -> o.equalsIgnoreCase(outlet));
    if (!known) {
      outlets.add(outlet);
    }
  }

  /** Its most used names, capitalised, most used first. */
  List<String> topNames(int n) {
    return names.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(e -> capitalise(e.getKey()))
        .toList();
  }

  static String capitalise(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == ' ';
    }
    return b.toString();
  }

  StorySummary summary() {
    return new StorySummary(
        id, title, Optional.ofNullable(first), Optional.ofNullable(last), articles, copies, outlets, topNames(8));
  }

  /** The words search finds the story by: its articles' titles and its first lead. */
  String searchText() {
    return String.join(" · ", titles) + " · " + lead;
  }

  private static final int FORMAT = 1;

  byte[] encode() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(FORMAT);
      out.writeUTF(id);
      out.writeLong(seq);
      writeString(out, title);
      writeStrings(out, titles);
      writeString(out, lead);
      writeStrings(out, outlets);
      writeCounts(out, names);
      out.writeInt(articles);
      out.writeInt(copies);
      writeDate(out, first);
      writeDate(out, last);
      out.writeBoolean(state.isPresent());
      if (state.isPresent()) {
        StoryGrouper.StoryState s = state.get();
        out.writeUTF(s.id());
        out.writeLong(s.seq());
        writeString(out, s.title());
        out.writeInt(s.articles());
        out.writeInt(s.sum().length);
        for (float f : s.sum()) {
          out.writeFloat(f);
        }
        writeCounts(out, s.names());
        writeStrings(out, s.numbers());
        out.writeInt(s.eventDays().size());
        for (LocalDate d : s.eventDays()) {
          out.writeLong(d.toEpochDay());
        }
        writeDate(out, s.first().orElse(null));
        writeDate(out, s.last().orElse(null));
        writeStrings(out, s.indexed());
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StoryRecord decode(byte[] data) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IllegalStateException("story record format " + format + ", expected " + FORMAT);
      }
      StoryRecord r = new StoryRecord(in.readUTF(), in.readLong(), readString(in));
      r.titles.addAll(readStrings(in));
      r.lead = readString(in);
      r.outlets.addAll(readStrings(in));
      r.names.putAll(readCounts(in));
      r.articles = in.readInt();
      r.copies = in.readInt();
      r.first = readDate(in);
      r.last = readDate(in);
      if (in.readBoolean()) {
        String sid = in.readUTF();
        long seq = in.readLong();
        String title = readString(in);
        int articles = in.readInt();
        float[] sum = new float[in.readInt()];
        for (int i = 0; i < sum.length; i++) {
          sum[i] = in.readFloat();
        }
        Map<String, Integer> names = readCounts(in);
        Set<String> numbers = new HashSet<>(readStrings(in));
        int days = in.readInt();
        Set<LocalDate> eventDays = new HashSet<>();
        for (int i = 0; i < days; i++) {
          eventDays.add(LocalDate.ofEpochDay(in.readLong()));
        }
        Optional<LocalDate> first = Optional.ofNullable(readDate(in));
        Optional<LocalDate> last = Optional.ofNullable(readDate(in));
        Set<String> indexed = new HashSet<>(readStrings(in));
        r.state = Optional.of(new StoryGrouper.StoryState(
            sid, seq, title, articles, sum, names, numbers, eventDays, first, last, indexed));
      }
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Name counts as a compact binary map (the document-frequency increments use it too). */
  static byte[] encodeCounts(Map<String, Integer> counts) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      writeCounts(out, counts);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Integer> decodeCounts(byte[] data) {
    try {
      return readCounts(new DataInputStream(new ByteArrayInputStream(data)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // writeUTF is limited to 64 KB; leads and titles stay far below, but a string field of any length
  // must round-trip, so strings are written as length-prefixed UTF-8.
  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
    out.writeInt(strings.size());
    List<String> ordered = strings instanceof Set ? strings.stream().sorted().toList() : List.copyOf(strings);
    for (String s : ordered) {
      writeString(out, s);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(readString(in));
    }
    return out;
  }

  private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      writeString(out, e.getKey());
      out.writeInt(e.getValue());
    }
  }

  private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> out = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      out.put(readString(in), in.readInt());
    }
    return out;
  }

  private static void writeDate(DataOutputStream out, LocalDate d) throws IOException {
    out.writeBoolean(d != null);
    if (d != null) {
      out.writeLong(d.toEpochDay());
    }
  }

  private static LocalDate readDate(DataInputStream in) throws IOException {
    return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
  }

  static String normalise(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}

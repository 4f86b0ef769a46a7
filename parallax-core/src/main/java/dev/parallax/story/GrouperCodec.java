package dev.parallax.story;

import static dev.parallax.internal.BinaryFields.readCounts;
import static dev.parallax.internal.BinaryFields.readDate;
import static dev.parallax.internal.BinaryFields.readString;
import static dev.parallax.internal.BinaryFields.readStrings;
import static dev.parallax.internal.BinaryFields.writeCounts;
import static dev.parallax.internal.BinaryFields.writeDate;
import static dev.parallax.internal.BinaryFields.writeString;
import static dev.parallax.internal.BinaryFields.writeStrings;

import dev.parallax.internal.BinaryFields;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Saves a {@link StoryGrouper}'s state and restores it piece by piece, for a store that continues
 * grouping across runs. Each story the grouper holds is saved as opaque bytes, so that a batch
 * writes only the stories it changed; a store keeps them as given and hands them back unread (they
 * are part of its on-disk format: {@code parallax.store/2} holds them in each story's record). The
 * totals ({@link StoryGrouper#totals}) and the growth of the names' document frequencies are saved
 * with each commit. A new grouper given the totals, the summed frequencies and the open stories
 * files as the saved one would. Not thread-safe, as the grouper is not.
 */
public final class GrouperCodec {
  private GrouperCodec() {}

  /**
   * The saved state of a story the grouper holds (an open or restored one); empty for any other id.
   */
  public static Optional<byte[]> encodeStory(StoryGrouper grouper, String storyId) {
    return grouper.state(storyId).map(GrouperCodec::encode);
  }

  /** Gives the grouper back a story saved by {@link #encodeStory}, as it was. */
  public static void restoreStory(StoryGrouper grouper, byte[] saved) {
    grouper.restore(decode(saved));
  }

  /**
   * How much each name's document frequency grew since the last call: persisting these increments
   * costs what the new articles cost, not what the whole table does.
   */
  public static Map<String, Integer> takeDfChanges(StoryGrouper grouper) {
    return grouper.takeDfChanges();
  }

  /**
   * Gives a new grouper the totals and the document frequencies (the sum of every increment taken)
   * saved earlier; its stories are then restored with {@link #restoreStory}.
   */
  public static void restoreTotals(
      StoryGrouper grouper, StoryGrouper.Totals totals, Map<String, Integer> documentFrequencies) {
    grouper.restoreTotals(totals, documentFrequencies);
  }

  /**
   * The first two bytes of a state in the current format: the first format opened with its id's
   * length, which is never this.
   */
  private static final int MARK = 0xFFFF;

  /**
   * The current format: sums of word and name vectors, counted numbers and days, stories kept
   * apart.
   */
  private static final int FORMAT = 2;

  static byte[] encode(StoryState s) {
    return BinaryFields.write(
        out -> {
          out.writeShort(MARK);
          out.writeByte(FORMAT);
          out.writeUTF(s.id());
          out.writeLong(s.seq());
          writeString(out, s.title());
          out.writeInt(s.articles());
          out.writeInt(s.sum().length);
          for (float f : s.sum()) {
            out.writeFloat(f);
          }
          writeWeights(out, s.words());
          writeWeights(out, s.names());
          writeCounts(out, new TreeMap<>(s.counts()));
          writeCounts(out, new TreeMap<>(s.numbers()));
          out.writeInt(s.eventDays().size());
          for (Map.Entry<LocalDate, Integer> e : new TreeMap<>(s.eventDays()).entrySet()) {
            out.writeLong(e.getKey().toEpochDay());
            out.writeInt(e.getValue());
          }
          writeDate(out, s.first().orElse(null));
          writeDate(out, s.last().orElse(null));
          writeStrings(out, new TreeSet<>(s.indexed()));
          writeStrings(out, new TreeSet<>(s.apart()));
        });
  }

  /** Sorted by key, so that one state always encodes to the same bytes. */
  private static void writeWeights(DataOutputStream out, Map<String, Double> weights)
      throws IOException {
    out.writeInt(weights.size());
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      writeString(out, e.getKey());
      out.writeFloat(e.getValue().floatValue());
    }
  }

  private static Map<String, Double> readWeights(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(readString(in), (double) in.readFloat());
    }
    return out;
  }

  static StoryState decode(byte[] data) {
    return BinaryFields.read(
        data,
        in -> {
          in.mark(3);
          if (in.readUnsignedShort() != MARK) {
            in.reset();
            return decodeFirst(in);
          }
          int format = in.readUnsignedByte();
          if (format != FORMAT) {
            throw new IllegalStateException(
                "grouper state format " + format + ", expected " + FORMAT);
          }
          String id = in.readUTF();
          long seq = in.readLong();
          String title = readString(in);
          int articles = in.readInt();
          float[] sum = readVector(in);
          Map<String, Double> words = readWeights(in);
          Map<String, Double> names = readWeights(in);
          Map<String, Integer> counts = readCounts(in);
          Map<String, Integer> numbers = readCounts(in);
          int days = in.readInt();
          Map<LocalDate, Integer> eventDays = new HashMap<>();
          for (int i = 0; i < days; i++) {
            eventDays.put(LocalDate.ofEpochDay(in.readLong()), in.readInt());
          }
          Optional<LocalDate> first = Optional.ofNullable(readDate(in));
          Optional<LocalDate> last = Optional.ofNullable(readDate(in));
          Set<String> indexed = new HashSet<>(readStrings(in));
          Set<String> apart = new HashSet<>(readStrings(in));
          return new StoryState(
              id, seq, title, articles, sum, words, names, counts, numbers, eventDays, first, last,
              indexed, apart);
        });
  }

  private static float[] readVector(DataInputStream in) throws IOException {
    float[] sum = new float[in.readInt()];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = in.readFloat();
    }
    return sum;
  }

  /**
   * The first format (stores of {@code parallax.store/2} before word vectors): a centroid sum, name
   * counts, sets of numbers and days. Its stories come back without word vectors (they score on the
   * embedding, names and numbers until new articles join them) and with their name counts, unit
   * length, standing for their name vectors.
   */
  private static StoryState decodeFirst(DataInputStream in) throws IOException {
    String id = in.readUTF();
    long seq = in.readLong();
    String title = readString(in);
    int articles = in.readInt();
    float[] sum = readVector(in);
    Map<String, Integer> counts = readCounts(in);
    Map<String, Integer> numbers = new HashMap<>();
    for (String x : readStrings(in)) {
      numbers.put(x, 1);
    }
    int days = in.readInt();
    Map<LocalDate, Integer> eventDays = new HashMap<>();
    for (int i = 0; i < days; i++) {
      eventDays.put(LocalDate.ofEpochDay(in.readLong()), 1);
    }
    Optional<LocalDate> first = Optional.ofNullable(readDate(in));
    Optional<LocalDate> last = Optional.ofNullable(readDate(in));
    Set<String> indexed = new HashSet<>(readStrings(in));
    double norm = 0;
    for (int c : counts.values()) {
      norm += (double) c * c;
    }
    Map<String, Double> names = new HashMap<>();
    double scale = norm == 0 ? 0 : Math.max(1, articles) / Math.sqrt(norm);
    counts.forEach((k, c) -> names.put(k, c * scale));
    return new StoryState(
        id, seq, title, articles, sum, Map.of(), names, counts, numbers, eventDays, first, last,
        indexed, Set.of());
  }
}

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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Saves a {@link StoryGrouper}'s state and restores it piece by piece, for a store that continues
 * grouping across runs. Each story the grouper holds is saved as opaque bytes, so that a batch
 * writes only the stories it changed; a store keeps them as given and hands them back unread (they
 * are part of its on-disk format: {@code parallax.store/2} holds them in each story's record). The
 * totals ({@link StoryGrouper#totals}) and the growth of the names' document frequencies are saved
 * with each commit. A new grouper given the totals, the summed frequencies and the open stories files
 * as the saved one would. Not thread-safe, as the grouper is not.
 */
public final class GrouperCodec {
  private GrouperCodec() {}

  /** The saved state of a story the grouper holds (an open or restored one); empty for any other id. */
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

  static byte[] encode(StoryState s) {
    return BinaryFields.write(out -> {
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
    });
  }

  static StoryState decode(byte[] data) {
    return BinaryFields.read(data, in -> {
      String id = in.readUTF();
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
      return new StoryState(id, seq, title, articles, sum, names, numbers, eventDays, first, last, indexed);
    });
  }
}

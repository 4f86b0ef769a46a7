package dev.parallax.store.impl;

import static dev.parallax.internal.BinaryFields.readCounts;
import static dev.parallax.internal.BinaryFields.readDate;
import static dev.parallax.internal.BinaryFields.readString;
import static dev.parallax.internal.BinaryFields.readStrings;
import static dev.parallax.internal.BinaryFields.writeCounts;
import static dev.parallax.internal.BinaryFields.writeDate;
import static dev.parallax.internal.BinaryFields.writeString;
import static dev.parallax.internal.BinaryFields.writeStrings;

import dev.parallax.internal.BinaryFields;
import dev.parallax.store.StorySummary;
import dev.parallax.story.GrouperCodec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;

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

  /**
   * Whether {@link #first} and {@link #last} are the days its articles were filed on, none of them
   * having a date of its own; once one has, the days are its dated articles' alone (an undated
   * article filed today does not stretch a story of March to December). Kept beside the record
   * ({@link Documents#S_FILING_DAYS}), not in it: absent in stores written before, whose articles
   * all had a date.
   */
  boolean filingDays;

  /** The grouper's state ({@link GrouperCodec}), kept as it was when the story closed. */
  Optional<byte[]> state = Optional.empty();

  /**
   * How many users' corrections changed the story: a report computed before one is stale even at
   * the same article count. Kept beside the record ({@link Documents#S_REVISION}), not in it.
   */
  int revision;

  StoryRecord(String id, long seq, String title) {
    this.id = id;
    this.seq = seq;
    this.title = title;
  }

  /**
   * Counts one article's day: its publication date ({@code dated}), or the day it was filed on when
   * it has none, which counts only while no article of the story has a date.
   */
  void addDay(LocalDate d, boolean dated) {
    if (dated && (first == null || filingDays)) {
      first = null;
      last = null;
      filingDays = false;
    } else if (!dated && first == null) {
      filingDays = true;
    } else if (!dated && !filingDays) {
      return;
    }
    addDate(d);
  }

  /** Counts the days of the article documents {@code docs} again, from nothing. */
  void countDays(Iterable<Document> docs) {
    countDays(docs, Map.of());
  }

  /**
   * Counts the days of the article documents {@code docs} again, from nothing, the articles {@code
   * dated} names (by id) at the date it gives them (their documents are being written again).
   */
  void countDays(Iterable<Document> docs, Map<String, LocalDate> dated) {
    first = null;
    last = null;
    filingDays = false;
    for (Document d : docs) {
      LocalDate given = dated.get(d.get(Documents.A_ID));
      addDay(
          given != null ? given : Documents.published(d), given != null || !Documents.undated(d));
    }
  }

  /** The first and last of some days; both null for none. */
  record Days(LocalDate first, LocalDate last) {
    static final Days NONE = new Days(null, null);

    /** These days and {@code d}. */
    Days with(LocalDate d) {
      return new Days(
          first == null || d.isBefore(first) ? d : first,
          last == null || d.isAfter(last) ? d : last);
    }
  }

  /**
   * The days the grouper filed the articles {@code docs} with (an undated article's is the day it
   * was filed on), those {@code dated} names at their new date.
   */
  static Days filedDays(Iterable<Document> docs, Map<String, LocalDate> dated) {
    Days out = Days.NONE;
    for (Document d : docs) {
      out = out.with(dated.getOrDefault(d.get(Documents.A_ID), Documents.published(d)));
    }
    return out;
  }

  private void addDate(LocalDate d) {
    Days days = new Days(first, last).with(d);
    first = days.first();
    last = days.last();
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
      addDay(other.first, !other.filingDays);
      addDay(other.last, !other.filingDays);
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
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
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
        id,
        title,
        Optional.ofNullable(first),
        Optional.ofNullable(last),
        articles,
        copies,
        outlets,
        topNames(8),
        revision,
        filingDays);
  }

  /** The words search finds the story by: its articles' titles and its first lead. */
  String searchText() {
    return String.join(" · ", titles) + " · " + lead;
  }

  private static final int FORMAT = 1;

  byte[] encode() {
    return BinaryFields.write(
        out -> {
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
          // the grouper's state comes last, in its own format: the rest of the record
          out.writeBoolean(state.isPresent());
          if (state.isPresent()) {
            out.write(state.get());
          }
        });
  }

  static StoryRecord decode(byte[] data) {
    return BinaryFields.read(
        data,
        in -> {
          int format = in.readInt();
          if (format != FORMAT) {
            throw new IllegalStateException(
                "story record format " + format + ", expected " + FORMAT);
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
            r.state = Optional.of(in.readAllBytes());
          }
          return r;
        });
  }
}

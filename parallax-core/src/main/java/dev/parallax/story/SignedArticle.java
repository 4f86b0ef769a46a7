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

/**
 * One article as the grouper files it: its fast-path signature (title, lead, names, the words of
 * its whole text, numbers, dates) and the embedding of its title and lead. Made by {@link
 * StoryGrouper#sign} and filed by {@link StoryGrouper#file}, so that signing (the costly part: the
 * embedding) can run apart from filing, in parallel or on other machines, and filing stays one
 * writer's. Immutable; {@link #encode} gives opaque bytes for moving it between processes, which
 * {@link #decode} reads back.
 */
public final class SignedArticle {
  final Signature signature;
  private final float[] embedding;

  SignedArticle(Signature signature, float[] embedding) {
    this.signature = signature;
    this.embedding = embedding.clone();
  }

  /** The article's source as given. */
  public String source() {
    return signature.source;
  }

  /** The title a story it starts is shown under. */
  public String title() {
    return signature.title;
  }

  /** The publication date it is filed under. */
  public Optional<LocalDate> published() {
    return signature.published;
  }

  /**
   * The capitalised names it uses (lower case) with their weighted counts (title and lead double).
   */
  public Map<String, Integer> names() {
    return Map.copyOf(signature.names);
  }

  /**
   * The words and names whose document frequencies weigh it ({@link StoryGrouper.Counts}): what a
   * caller counting a corpus counts per article.
   */
  public java.util.Set<String> counted() {
    java.util.Set<String> out = new HashSet<>(signature.terms.keySet());
    out.addAll(signature.names.keySet());
    return out;
  }

  float[] embedding() {
    return embedding;
  }

  /** Opaque bytes holding everything filing needs. */
  public byte[] encode() {
    Signature s = signature;
    return BinaryFields.write(
        out -> {
          writeString(out, s.source);
          writeString(out, s.title);
          writeString(out, s.lead);
          // sorted, so that one article always encodes to the same bytes
          writeCounts(out, new java.util.TreeMap<>(s.names));
          writeCounts(out, new java.util.TreeMap<>(s.terms));
          writeStrings(out, s.numbers);
          writeDate(out, s.published.orElse(null));
          out.writeInt(embedding.length);
          for (float f : embedding) {
            out.writeFloat(f);
          }
        });
  }

  /** Reads back what {@link #encode} wrote. */
  public static SignedArticle decode(byte[] data) {
    return BinaryFields.read(
        data,
        in -> {
          String source = readString(in);
          String title = readString(in);
          String lead = readString(in);
          Map<String, Integer> names = readCounts(in);
          Map<String, Integer> terms = readCounts(in);
          HashSet<String> numbers = new HashSet<>(readStrings(in));
          Optional<LocalDate> published = Optional.ofNullable(readDate(in));
          float[] v = new float[in.readInt()];
          for (int i = 0; i < v.length; i++) {
            v[i] = in.readFloat();
          }
          return new SignedArticle(
              new Signature(source, title, lead, names, terms, numbers, published), v);
        });
  }
}

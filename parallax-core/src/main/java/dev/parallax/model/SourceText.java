package dev.parallax.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document as read, before cleaning: its metadata (where it was read from, and whatever
 * the input carried: an HTML page's title, date and author, a JSON Lines record's fields; plain
 * text carries none), its decoded text, and what reading left out before the text.
 *
 * @param meta the source as the user gave it and the metadata the input carried; when it has a
 *     title the first line is not taken for one
 * @param text the decoded text, line breaks normalised to {@code \n}, one paragraph per line, in
 *     Unicode's composed form (NFC): "é" typed as "e" and a combining accent is the same text as
 *     "é" written as one character, so one outlet's names and words match another's
 * @param removed what reading left out before the text (page furniture), each with its reason
 */
public record SourceText(ArticleMeta meta, String text, List<Removal> removed)
    implements HasArticleMeta {
  public SourceText {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    removed = List.copyOf(removed);
  }

  /** An input with metadata and nothing removed before its text. */
  public SourceText(ArticleMeta meta, String text) {
    this(meta, text, List.of());
  }

  /** A text input with no metadata but perhaps an outlet. */
  public SourceText(String source, String text, Optional<String> outlet) {
    this(ArticleMeta.of(source).withOutlet(outlet), text);
  }

  /** The same input with other metadata. */
  public SourceText withMeta(ArticleMeta newMeta) {
    return new SourceText(newMeta, text, removed);
  }

  /** The same input with another outlet. */
  public SourceText withOutlet(Optional<String> newOutlet) {
    return withMeta(meta.withOutlet(newOutlet));
  }
}

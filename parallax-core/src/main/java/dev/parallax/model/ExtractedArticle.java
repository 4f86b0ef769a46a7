package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One input after reading, extraction and cleaning, before any language analysis: what {@code
 * parallax extract} shows.
 *
 * @param meta the source as given and the metadata from the input and cleaning
 * @param text the article: the cleaned text's running text and subheadings
 * @param removed everything left out, page furniture first, each with its reason; picture captions
 *     last (the analysis keeps them as caption blocks, not as the article's text)
 */
public record ExtractedArticle(ArticleMeta meta, String text, List<Removal> removed)
    implements HasArticleMeta {
  public ExtractedArticle {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }

  /** Why a picture caption is not in the article's text. */
  public static final String CAPTION = "picture caption";

  /**
   * What a cleaned document shows: its body and headings as the article, its captions (which are
   * not the article's text, though a report keeps them as caption blocks) with what was removed.
   */
  public static ExtractedArticle of(CleanDocument doc) {
    StringBuilder text = new StringBuilder();
    List<Removal> removed = new java.util.ArrayList<>(doc.removed());
    for (Block b : doc.blocks()) {
      if (b.kind() == BlockKind.CAPTION) {
        removed.add(new Removal(b.text(), CAPTION));
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(b.text());
    }
    return new ExtractedArticle(doc.meta(), text.toString(), removed);
  }
}

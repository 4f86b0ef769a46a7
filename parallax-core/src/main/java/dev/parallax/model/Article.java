package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned and annotated article of a story. {@code id} is {@code A1}, {@code A2}... in input
 * order; {@code text} is the cleaned text every offset in its sentences points into; {@code meta}
 * is what reading and cleaning found (its date the one the analysis resolved relative dates
 * against).
 */
public record Article(
    String id, ArticleMeta meta, String text, List<Sentence> sentences, List<Removal> removed)
    implements HasArticleMeta {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    removed = List.copyOf(removed);
  }

  /** Where the text's first paragraph ends when it is the title itself, else 0. */
  public int titleParagraphEnd() {
    return CleanDocument.titleParagraphEnd(title(), text);
  }

  /**
   * Whether {@code s}, one of this article's sentences, lies in a first paragraph that is the
   * title.
   */
  public boolean inTitleParagraph(Sentence s) {
    int end = titleParagraphEnd();
    return end > 0 && s.start() < end;
  }

  /**
   * The same article under another id, its sentences' ids renumbered with it ({@code A3.S2} becomes
   * {@code A2.S2}).
   */
  public Article withId(String newId) {
    if (newId.equals(id)) {
      return this;
    }
    List<Sentence> renamed = new java.util.ArrayList<>();
    for (Sentence s : sentences) {
      renamed.add(
          new Sentence(
              newId + s.id().substring(id.length()),
              s.kind(),
              s.text(),
              s.start(),
              s.end(),
              s.tokens(),
              s.mentions(),
              s.times()));
    }
    return new Article(newId, meta, text, renamed, removed);
  }

  public Article withSentences(List<Sentence> resolved) {
    return new Article(id, meta, text, resolved, removed);
  }

  /**
   * The outlet if known; else a readable label for the source, marked as not an outlet: the host of
   * a URL, or a file's name without its folder ("a1.txt (unknown outlet)").
   */
  public String displayName() {
    return meta.outlet().orElseGet(() -> unknownOutletLabel(meta.source()));
  }

  static String unknownOutletLabel(String source) {
    String s = source.strip();
    int scheme = s.indexOf("://");
    if (scheme > 0) {
      String rest = s.substring(scheme + 3);
      int end = rest.length();
      for (char c : new char[] {'/', '?', '#'}) {
        int i = rest.indexOf(c);
        if (i >= 0 && i < end) {
          end = i;
        }
      }
      String host = rest.substring(0, end);
      host = host.substring(host.lastIndexOf('@') + 1);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      return (host.isEmpty() ? s : host) + " (unknown outlet)";
    }
    String trimmed = s.replaceAll("[/\\\\]+$", "");
    int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
    String name = trimmed.substring(slash + 1);
    return (name.isEmpty() ? s : name) + " (unknown outlet)";
  }
}

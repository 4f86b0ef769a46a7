package dev.parallax.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.ExtractedArticle;
import dev.parallax.model.Removal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what {@code parallax extract} found: JSON Lines (one object per article, keys sorted) or
 * plain text for reading. Stateless and thread-safe.
 */
public final class ExtractWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractWriter() {}

  /**
   * One JSON object per line: source, url, title, outlet, published, author, text, removed, and
   * {@code title_in_text: true} when the text's first paragraph is the title (a first line that may
   * be the headline or the story's first sentence, kept as both).
   */
  public static String jsonl(List<ExtractedArticle> articles) {
    StringBuilder out = new StringBuilder();
    for (ExtractedArticle a : articles) {
      Map<String, Object> m = new java.util.TreeMap<>();
      m.put("source", a.source());
      m.put("url", a.url().orElse(null));
      m.put("title", a.title().orElse(null));
      m.put("outlet", a.outlet().orElse(null));
      m.put("published", a.published().map(Object::toString).orElse(null));
      m.put("author", a.author().orElse(null));
      m.put("text", a.text());
      if (titleInText(a)) {
        m.put("title_in_text", true);
      }
      List<Map<String, String>> removed = new ArrayList<>();
      for (Removal r : a.removed()) {
        Map<String, String> rm = new LinkedHashMap<>();
        rm.put("reason", r.reason());
        rm.put("text", r.text());
        removed.add(rm);
      }
      m.put("removed", removed);
      try {
        out.append(JSON.writeValueAsString(m)).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON for " + a.source(), e);
      }
    }
    return out.toString();
  }

  /** A block per article: its fields, its text, then what was removed and why. */
  public static String text(List<ExtractedArticle> articles) {
    StringBuilder out = new StringBuilder();
    for (ExtractedArticle a : articles) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("== ").append(a.source()).append('\n');
      field(out, "url", a.url());
      field(
          out,
          "title",
          a.title()
              .map(
                  t ->
                      titleInText(a)
                          ? t + "  (also the text's first paragraph: it may be the first sentence)"
                          : t));
      field(out, "outlet", a.outlet());
      field(out, "published", a.published().map(Object::toString));
      field(out, "author", a.author());
      out.append('\n').append(a.text()).append("\n");
      if (!a.removed().isEmpty()) {
        out.append("\nremoved:\n");
        for (Removal r : a.removed()) {
          out.append("  - [").append(r.reason()).append("] ").append(r.text()).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The text opens with the title itself, kept as body since it may be the first sentence. */
  private static boolean titleInText(ExtractedArticle a) {
    return CleanDocument.titleParagraphEnd(a.title(), a.text()) > 0;
  }

  private static void field(StringBuilder out, String name, Optional<String> value) {
    out.append(name).append(": ").append(value.orElse("-")).append('\n');
  }
}

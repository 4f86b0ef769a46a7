package dev.parallax.report;

import io.pebbletemplates.pebble.PebbleEngine;

/**
 * Writes the report as a self-contained HTML page through the {@code html} template: no script, no
 * external resources. Every value the template prints is escaped ({@link #esc}): all text from
 * articles is untrusted. Thread-safe.
 */
final class HtmlReport {
  private static final PebbleEngine ENGINE =
      Templates.engine()
          .autoEscaping(true)
          .addEscapingStrategy("report-html", HtmlReport::esc)
          .defaultEscapingStrategy("report-html")
          .build();

  private HtmlReport() {}

  static String render(ReportView view) {
    return Templates.render(ENGINE, "html", view);
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

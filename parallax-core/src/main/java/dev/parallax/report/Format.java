package dev.parallax.report;

import dev.parallax.model.Report;
import java.util.Locale;

/** The report formats Parallax writes. */
public enum Format {
  TEXT,
  JSON,
  MD,
  HTML;

  public String render(Report report) {
    switch (this) {
      case JSON:
        return ReportJson.write(report);
      case MD:
        return DocumentWriter.render(ReportView.of(report), DocumentWriter.Style.MARKDOWN);
      case HTML:
        return HtmlReport.render(ReportView.of(report));
      default:
        return DocumentWriter.render(ReportView.of(report), DocumentWriter.Style.TEXT);
    }
  }

  /**
   * Parses a format name as typed by a user ({@code text}, {@code json}, {@code md}, {@code html}).
   */
  public static Format parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("markdown")) {
      return MD;
    }
    for (Format f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "'; use one of text, json, md, html");
  }
}

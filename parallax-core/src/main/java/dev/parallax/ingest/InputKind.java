package dev.parallax.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of content Parallax reads, each by its own reader. */
public enum InputKind {
  /** Plain text: one article (UTF-8, UTF-16 with BOM, or windows-1252). */
  TEXT,
  /** An HTML page: its article and metadata are extracted. */
  HTML,
  /** A gzip-compressed HTML page. */
  HTML_GZIP,
  /** JSON Lines: one article per line. */
  JSON_LINES,
  /** An RSS or Atom feed: one article per item. */
  FEED,
  /** A WARC web archive, gzipped or not: one article per HTML response record. */
  WARC;

  /**
   * The kind a file name's ending says ({@code .txt}, {@code .html}, {@code .htm}, {@code .xhtml},
   * {@code .html.gz}, {@code .htm.gz}, {@code .jsonl}, {@code .ndjson}, {@code .rss}, {@code
   * .atom}, {@code .xml}, {@code .warc}, {@code .warc.gz}); empty for any other name.
   */
  public static Optional<InputKind> ofName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    if (n.endsWith(".html.gz") || n.endsWith(".htm.gz")) {
      return Optional.of(HTML_GZIP);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Optional.of(JSON_LINES);
    }
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
      return Optional.of(FEED);
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return Optional.of(WARC);
    }
    return Optional.empty();
  }

  /**
   * The kind a media type says ({@code text/plain}, {@code text/html}, {@code
   * application/xhtml+xml}, {@code application/x-ndjson}, {@code application/jsonl}, {@code
   * application/rss+xml}, {@code application/atom+xml}, {@code application/xml}, {@code text/xml},
   * {@code application/warc}); parameters such as {@code charset} are ignored; empty for any other
   * type.
   */
  public static Optional<InputKind> ofContentType(String contentType) {
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "text/plain" -> Optional.of(TEXT);
      case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
      case "application/x-ndjson",
          "application/ndjson",
          "application/jsonl",
          "application/x-jsonlines" ->
          Optional.of(JSON_LINES);
      case "application/rss+xml",
          "application/atom+xml",
          "application/rdf+xml",
          "application/xml",
          "text/xml" ->
          Optional.of(FEED);
      case "application/warc" -> Optional.of(WARC);
      default -> Optional.empty();
    };
  }
}

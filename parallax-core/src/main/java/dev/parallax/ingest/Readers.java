package dev.parallax.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The readers of every kind of input, composed for one set of {@link Inputs.Options}: each reader
 * is given the readers it needs (a feed reader the URL reader for its items' linked pages, the
 * folder reader the content readers), so none calls back into the dispatcher. Immutable and
 * thread-safe.
 *
 * @param content the reader of each kind of content
 * @param urls the reader of {@code http(s)} URLs
 */
record Readers(Map<InputKind, ContentReader> content, UrlReader urls) {
  Readers {
    content = Map.copyOf(content);
    for (InputKind kind : InputKind.values()) {
      if (!content.containsKey(kind)) {
        throw new IllegalArgumentException("no reader for " + kind);
      }
    }
  }

  /** Parallax's readers, reading as {@code options} say. */
  static Readers of(Inputs.Options options) {
    // a linked page that is itself a feed is read without following its links: no fetch loops
    UrlReader linkedPages = new UrlReader(options.fetch(), new FeedReader(Optional.empty()));
    FeedReader feeds =
        new FeedReader(options.fetchLinked() ? Optional.of(linkedPages::read) : Optional.empty());
    Map<InputKind, ContentReader> content = new EnumMap<>(InputKind.class);
    content.put(InputKind.TEXT, TextReader::read);
    content.put(InputKind.HTML, HtmlReader::read);
    content.put(InputKind.HTML_GZIP, HtmlReader::readGzipped);
    content.put(InputKind.JSON_LINES, new JsonLinesReader());
    content.put(InputKind.FEED, feeds);
    content.put(InputKind.WARC, new WarcArchiveReader());
    return new Readers(content, new UrlReader(options.fetch(), feeds));
  }

  ContentReader content(InputKind kind) {
    return content.get(kind);
  }

  /** Reads folders, each file by the reader of its kind. */
  FolderReader folders() {
    return new FolderReader(this::content);
  }
}

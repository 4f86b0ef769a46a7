package dev.parallax.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.parallax.extract.HtmlExtractor;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * Reads RSS and Atom feeds item by item ({@link FeedItems}): each item is an article with its
 * title, link, date and the feed's title as outlet; its source is {@code FEED#N}, N counting items
 * from 1; an item over {@link Inputs#MAX_BYTES} is skipped ({@code too-large}), the feed is not
 * held to it. An item whose text is only a short summary is replaced by the page it links to, read
 * by the reader of linked pages this reader is given (none: summaries are kept). Immutable and
 * thread-safe.
 */
final class FeedReader implements ContainerReader {
  /** An item with fewer words than this is a summary, not the article. */
  static final int SUMMARY_WORDS = 80;

  /** Reads the page an item links to: {@code source} names it in articles and diagnostics. */
  @FunctionalInterface
  interface LinkedPages {
    ReadResult read(String source, String url);
  }

  private final Optional<LinkedPages> linked;

  /** A reader that replaces summaries by the pages {@code linked} reads, when given. */
  FeedReader(Optional<LinkedPages> linked) {
    this.linked = linked;
  }

  /**
   * Whether these bytes look like a feed (an {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>}
   * root).
   */
  static boolean looksLikeFeed(byte[] bytes) {
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.matches(
        "(?s)\\s*(?:\\xEF\\xBB\\xBF)?(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:rss|feed|rdf:RDF)[\\s>].*");
  }

  @Override
  public ReadResult read(String source, byte[] bytes) {
    return Inputs.collect(sink -> stream(source, new ByteArrayInputStream(bytes), sink));
  }

  @Override
  public void stream(String source, Path file, ReadSink sink) {
    try (InputStream in = new CountingStream(Files.newInputStream(file), sink)) {
      stream(source, in, sink);
    } catch (IOException e) {
      sink.problem(new Diagnostic("unreadable", source, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads a feed item by item as it arrives: the feed's head (everything before its first item) is
   * kept, and each item is read by Rome as a feed of that head and that one item, so an item over
   * {@link Inputs#MAX_BYTES} is skipped ({@code too-large}) and a feed may be any size. The caller
   * closes the stream.
   */
  @Override
  public void stream(String source, InputStream in, ReadSink sink) {
    FeedItems.split(source, in, (at, oneItemFeed) -> item(source, at, oneItemFeed, sink), sink);
  }

  /** One item, given as a feed of the head and that item alone. */
  private void item(String source, String at, String oneItemFeed, ReadSink sink) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new StringReader(oneItemFeed)));
    } catch (FeedException | IllegalArgumentException e) {
      sink.problem(
          new Diagnostic("bad-feed", at, "not a readable RSS or Atom item: " + e.getMessage()));
      return;
    }
    Optional<String> outlet =
        Optional.ofNullable(feed.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
    for (SyndEntry e : feed.getEntries()) {
      entry(e, at, outlet, sink);
    }
  }

  private void entry(SyndEntry e, String at, Optional<String> outlet, ReadSink sink) {
    Optional<String> title = Optional.ofNullable(e.getTitle()).map(String::strip);
    Optional<String> link =
        Optional.ofNullable(e.getLink()).map(String::strip).filter(s -> !s.isEmpty());
    Optional<LocalDate> date =
        Optional.ofNullable(e.getPublishedDate())
            .or(() -> Optional.ofNullable(e.getUpdatedDate()))
            .map(FeedReader::day);
    String text = itemText(e, title);
    boolean summary = HtmlExtractor.words(text) < SUMMARY_WORDS;
    if (summary && link.isPresent() && linked.isPresent()) {
      ReadResult fetched = linked.get().read(at, link.get());
      if (!fetched.texts().isEmpty()) {
        // the item's title, link, date and the feed's outlet first, then what the page says
        SourceText page = fetched.texts().get(0);
        ArticleMeta item =
            ArticleMeta.of(at)
                .withUrl(link)
                .withTitle(title)
                .withOutlet(outlet)
                .withPublished(date);
        sink.article(page.withMeta(item.orElse(page.meta())));
        return;
      }
      fetched.diagnostics().forEach(sink::problem);
      if (!text.isBlank()) {
        sink.problem(
            new Diagnostic("summary-only", at, "linked page not read; using the item's summary"));
      }
    }
    if (text.isBlank()) {
      sink.problem(new Diagnostic("empty", at, "feed item has no text and no readable link"));
      return;
    }
    Optional<String> author = Optional.ofNullable(e.getAuthor()).map(String::strip);
    sink.article(
        new SourceText(
            ArticleMeta.of(at)
                .withUrl(link)
                .withTitle(title)
                .withOutlet(outlet)
                .withPublished(date)
                .withAuthor(author),
            text));
  }

  /** The item's full content if it has some, else its description, as text lines. */
  private static String itemText(SyndEntry e, Optional<String> title) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        html.append(c.getValue()).append('\n');
      }
    }
    if (html.toString().isBlank()
        && e.getDescription() != null
        && e.getDescription().getValue() != null) {
      html.append(e.getDescription().getValue());
    }
    String body = html.toString();
    if (body.isBlank()) {
      return "";
    }
    return HtmlExtractor.fragmentText(body, title);
  }

  private static LocalDate day(Date d) {
    return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }
}

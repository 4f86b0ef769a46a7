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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * Reads RSS and Atom feeds: each item is an article with its title, link, date and the feed's title
 * as outlet; its source is {@code FEED#N}, N counting items from 1. An item whose text is only a
 * short summary is replaced by the page it links to, read by the reader of linked pages this reader
 * is given (none: summaries are kept). Immutable and thread-safe.
 */
final class FeedReader implements ContentReader {
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
    List<SourceText> texts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      return ReadResult.of(
          new Diagnostic("bad-feed", source, "not a readable RSS or Atom feed: " + e.getMessage()));
    }
    Optional<String> outlet =
        Optional.ofNullable(feed.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      return ReadResult.of(new Diagnostic("empty", source, "feed has no items"));
    }
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String at = source + "#" + (i + 1);
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
          texts.add(page.withMeta(item.orElse(page.meta())));
          continue;
        }
        diagnostics.addAll(fetched.diagnostics());
        if (!text.isBlank()) {
          diagnostics.add(
              new Diagnostic("summary-only", at, "linked page not read; using the item's summary"));
        }
      }
      if (text.isBlank()) {
        diagnostics.add(new Diagnostic("empty", at, "feed item has no text and no readable link"));
        continue;
      }
      Optional<String> author = Optional.ofNullable(e.getAuthor()).map(String::strip);
      texts.add(
          new SourceText(
              ArticleMeta.of(at)
                  .withUrl(link)
                  .withTitle(title)
                  .withOutlet(outlet)
                  .withPublished(date)
                  .withAuthor(author),
              text));
    }
    return new ReadResult(texts, diagnostics);
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

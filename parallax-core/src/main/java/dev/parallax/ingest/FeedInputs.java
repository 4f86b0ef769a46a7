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
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * Reads RSS and Atom feeds: each item is an article with its title, link, date and the feed's title
 * as outlet. An item whose text is only a short summary is replaced by the page it links to, fetched
 * (unless fetching is off); its source is {@code FEED#N}, N counting items from 1.
 */
final class FeedInputs {
  /** An item with fewer words than this is a summary, not the article. */
  static final int SUMMARY_WORDS = 80;

  private FeedInputs() {}

  /** Whether these bytes look like a feed (an {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>} root). */
  static boolean looksLikeFeed(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.matches("(?s)\\s*(?:\\xEF\\xBB\\xBF)?(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:rss|feed|rdf:RDF)[\\s>].*");
  }

  static void read(
      String source,
      byte[] bytes,
      Inputs.Options options,
      List<SourceText> texts,
      List<Diagnostic> diagnostics) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      diagnostics.add(new Diagnostic("bad-feed", source, "not a readable RSS or Atom feed: " + e.getMessage()));
      return;
    }
    Optional<String> outlet = Optional.ofNullable(feed.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      diagnostics.add(new Diagnostic("empty", source, "feed has no items"));
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String at = source + "#" + (i + 1);
      Optional<String> title = Optional.ofNullable(e.getTitle()).map(String::strip);
      Optional<String> link = Optional.ofNullable(e.getLink()).map(String::strip).filter(s -> !s.isEmpty());
      Optional<LocalDate> date =
          Optional.ofNullable(e.getPublishedDate())
              .or(() -> Optional.ofNullable(e.getUpdatedDate()))
              .map(FeedInputs::day);
      String text = itemText(e, title);
      boolean summary = HtmlExtractor.words(text) < SUMMARY_WORDS;
      if (summary && link.isPresent() && options.fetchLinked()) {
        List<Diagnostic> fetchProblems = new java.util.ArrayList<>();
        Optional<SourceText> page = fetchPage(at, link.get(), options, fetchProblems);
        if (page.isPresent()) {
          // the item's title, link, date and the feed's outlet first, then what the page says
          ArticleMeta item = ArticleMeta.of(at).withUrl(link).withTitle(title).withOutlet(outlet).withPublished(date);
          texts.add(page.get().withMeta(item.orElse(page.get().meta())));
          continue;
        }
        diagnostics.addAll(fetchProblems);
        if (!text.isBlank()) {
          diagnostics.add(new Diagnostic("summary-only", at, "linked page not read; using the item's summary"));
        }
      }
      if (text.isBlank()) {
        diagnostics.add(new Diagnostic("empty", at, "feed item has no text and no readable link"));
        continue;
      }
      Optional<String> author = Optional.ofNullable(e.getAuthor()).map(String::strip);
      texts.add(new SourceText(
          ArticleMeta.of(at).withUrl(link).withTitle(title).withOutlet(outlet).withPublished(date).withAuthor(author),
          text));
    }
  }

  private static Optional<SourceText> fetchPage(
      String at, String link, Inputs.Options options, List<Diagnostic> diagnostics) {
    List<SourceText> one = new java.util.ArrayList<>();
    // a linked page that is itself a feed is read without following its links: no fetch loops
    Inputs.readUrl(at, link, new Inputs.Options(options.fetch(), false), one, diagnostics);
    return one.stream().findFirst();
  }

  /** The item's full content if it has some, else its description, as text lines. */
  private static String itemText(SyndEntry e, Optional<String> title) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        html.append(c.getValue()).append('\n');
      }
    }
    if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
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

package dev.parallax.ingest;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an {@code http(s)} URL: fetches it ({@link Fetcher}: limits, redirects, refused addresses)
 * and reads what came back by its type: a feed by the feed reader it is given, a page by {@link
 * HtmlReader}, anything else as text. Problems are named after the source given, not the URL
 * fetched. Immutable and thread-safe.
 */
final class UrlReader {
  private final Fetcher.Options fetch;
  private final FeedReader feeds;

  UrlReader(Fetcher.Options fetch, FeedReader feeds) {
    this.fetch = fetch;
    this.feeds = feeds;
  }

  /** Fetches {@code url} and reads it; its articles and problems are named {@code source}. */
  ReadResult read(String source, String url) {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Fetcher.Page> fetched = Fetcher.fetch(url, fetch, problems);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : problems) {
      diagnostics.add(new Diagnostic(d.code(), source, d.message()));
    }
    if (fetched.isEmpty()) {
      return new ReadResult(List.of(), diagnostics);
    }
    Fetcher.Page page = fetched.get();
    ReadResult body;
    if (page.isFeed() || (!page.isHtml() && FeedReader.looksLikeFeed(page.body()))) {
      body = feeds.read(source, page.body());
    } else if (page.isHtml()) {
      body = HtmlReader.read(source, page.body(), page.charset(), Optional.of(page.finalUrl()));
    } else {
      body =
          TextReader.read(
              ArticleMeta.of(source).withUrl(Optional.of(page.finalUrl())), page.body());
    }
    List<SourceText> texts = new ArrayList<>();
    body.addTo(texts, diagnostics);
    return new ReadResult(texts, diagnostics);
  }
}

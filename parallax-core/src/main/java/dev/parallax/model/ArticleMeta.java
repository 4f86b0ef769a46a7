package dev.parallax.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of one article besides its text, carried from reading to the report: every stage's
 * record holds one ({@link SourceText}, {@link CleanDocument}, {@link ExtractedArticle}, {@link
 * Article}). Reading fills it from the input (a page's metadata, a JSON Lines record, a feed item),
 * cleaning may add a title and an outlet, and the analysis may set the date. Build it with {@link
 * #of} and the withers, which name each field, rather than the positional constructor, whose title
 * and outlet are both optional strings: swapping them would compile. Blank strings are empty,
 * others stripped.
 *
 * @param source the path, URL, {@code FILE:LINE} or {@code FEED#N} as given: how diagnostics name
 *     it
 * @param url the article's own address (canonical link, record field or the URL fetched), if known
 * @param title the headline, if known
 * @param outlet the publication, if known
 * @param published the publication date, if known
 * @param author the author(s), if known
 * @param noHeadline the user said the text has no headline line (a transcript, a body pasted
 *     without its title): no line is taken for the title by guessing, and the first paragraph is
 *     kept as body; a title the input states (a page's metadata, a feed item's, a record's field)
 *     is still the title. False, the default, lets cleaning guess.
 */
public record ArticleMeta(
    String source,
    Optional<String> url,
    Optional<String> title,
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<String> author,
    boolean noHeadline) {
  public ArticleMeta {
    Objects.requireNonNull(source, "source");
    url = blankToEmpty(url, "url");
    title = blankToEmpty(title, "title");
    outlet = blankToEmpty(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    author = blankToEmpty(author, "author");
  }

  /** An article known only by where it was read from. */
  public static ArticleMeta of(String source) {
    return new ArticleMeta(
        source,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false);
  }

  public ArticleMeta withSource(String newSource) {
    return new ArticleMeta(newSource, url, title, outlet, published, author, noHeadline);
  }

  public ArticleMeta withUrl(Optional<String> newUrl) {
    return new ArticleMeta(source, newUrl, title, outlet, published, author, noHeadline);
  }

  public ArticleMeta withTitle(Optional<String> newTitle) {
    return new ArticleMeta(source, url, newTitle, outlet, published, author, noHeadline);
  }

  public ArticleMeta withOutlet(Optional<String> newOutlet) {
    return new ArticleMeta(source, url, title, newOutlet, published, author, noHeadline);
  }

  public ArticleMeta withPublished(Optional<LocalDate> newPublished) {
    return new ArticleMeta(source, url, title, outlet, newPublished, author, noHeadline);
  }

  public ArticleMeta withAuthor(Optional<String> newAuthor) {
    return new ArticleMeta(source, url, title, outlet, published, newAuthor, noHeadline);
  }

  /** This metadata saying whether the text has no headline line (see {@code noHeadline}). */
  public ArticleMeta withNoHeadline(boolean newNoHeadline) {
    return new ArticleMeta(source, url, title, outlet, published, author, newNoHeadline);
  }

  /**
   * This metadata with each field it lacks taken from {@code fallback} (the source stays): a
   * record's or feed item's own fields first, then those of the page it links to. The text has no
   * headline line when either says so.
   */
  public ArticleMeta orElse(ArticleMeta fallback) {
    return new ArticleMeta(
        source,
        url.or(fallback::url),
        title.or(fallback::title),
        outlet.or(fallback::outlet),
        published.or(fallback::published),
        author.or(fallback::author),
        noHeadline || fallback.noHeadline);
  }

  private static Optional<String> blankToEmpty(Optional<String> value, String name) {
    Objects.requireNonNull(value, name);
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }
}

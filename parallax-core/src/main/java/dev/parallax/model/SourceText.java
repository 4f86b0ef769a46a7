package dev.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document as read, before cleaning: the source as the user gave it, its decoded text and
 * whatever metadata the input carried (an HTML page's title, date and author; a JSON Lines record's
 * fields). Plain text inputs carry none.
 *
 * @param source the path or URL exactly as given
 * @param text the decoded text, line breaks normalised to {@code \n}, one paragraph per line
 * @param outlet an outlet name known from outside the text (an option or metadata), if any
 * @param title the headline from metadata, if any; when present the first line is not taken for one
 * @param url the article's own address (canonical link, record field or the URL fetched), if known
 * @param published the publication date from metadata, if any
 * @param author the author(s) from metadata, if any
 * @param removed what reading left out before the text (page furniture), each with its reason
 */
public record SourceText(
    String source,
    String text,
    Optional<String> outlet,
    Optional<String> title,
    Optional<String> url,
    Optional<LocalDate> published,
    Optional<String> author,
    List<Removal> removed) {
  public SourceText {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    outlet = blankToEmpty(outlet, "outlet");
    title = blankToEmpty(title, "title");
    url = blankToEmpty(url, "url");
    Objects.requireNonNull(published, "published");
    author = blankToEmpty(author, "author");
    removed = List.copyOf(removed);
  }

  /** An input with metadata and nothing removed before its text. */
  public SourceText(
      String source,
      String text,
      Optional<String> outlet,
      Optional<String> title,
      Optional<String> url,
      Optional<LocalDate> published,
      Optional<String> author) {
    this(source, text, outlet, title, url, published, author, List.of());
  }

  /** A text input with no metadata but perhaps an outlet. */
  public SourceText(String source, String text, Optional<String> outlet) {
    this(source, text, outlet, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The same input with another outlet. */
  public SourceText withOutlet(Optional<String> newOutlet) {
    return new SourceText(source, text, newOutlet, title, url, published, author, removed);
  }

  private static Optional<String> blankToEmpty(Optional<String> value, String name) {
    Objects.requireNonNull(value, name);
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }
}

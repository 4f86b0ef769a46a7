package dev.parallax.extract;

import dev.parallax.model.Removal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HtmlExtractor} found in one page.
 *
 * @param text the article body, one paragraph (or heading, list item, caption) per line, lines
 *     separated by blank lines; empty when the page holds no article
 * @param title the headline from the page's metadata or its first {@code h1}
 * @param outlet the publication's name (site name, JSON-LD publisher, else the host name)
 * @param published the publication date as the page states it (its own time zone)
 * @param author the author or authors, comma separated
 * @param url the canonical address of the article, else the address the page came from
 * @param removed the page parts left out of the body, each with its reason
 * @param fromJsonLd whether the body came from JSON-LD {@code articleBody} rather than the markup
 */
public record Extraction(
    String text,
    Optional<String> title,
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<String> author,
    Optional<String> url,
    List<Removal> removed,
    boolean fromJsonLd) {
  public Extraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(url, "url");
    removed = List.copyOf(removed);
  }
}

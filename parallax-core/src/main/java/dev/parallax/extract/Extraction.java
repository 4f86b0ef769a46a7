package dev.parallax.extract;

import dev.parallax.model.ArticleMeta;
import dev.parallax.model.HasArticleMeta;
import dev.parallax.model.Removal;
import java.util.List;
import java.util.Objects;

/**
 * What {@link HtmlExtractor} found in one page.
 *
 * @param text the article body, one paragraph (or heading, list item, caption) per line, lines
 *     separated by blank lines; empty when the page holds no article
 * @param meta the page's source as given and its metadata: the headline from the page's metadata or
 *     its first {@code h1}, the publication's name (site name, JSON-LD publisher, else the host
 *     name), the publication date as the page states it (its own time zone), the author or authors
 *     (comma separated), and the canonical address of the article, else the address the page came
 *     from
 * @param removed the page parts left out of the body, each with its reason
 * @param fromJsonLd whether the body came from JSON-LD {@code articleBody} rather than the markup
 */
public record Extraction(String text, ArticleMeta meta, List<Removal> removed, boolean fromJsonLd)
    implements HasArticleMeta {
  public Extraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(meta, "meta");
    removed = List.copyOf(removed);
  }
}

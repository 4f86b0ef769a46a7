package dev.parallax.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One search result.
 *
 * @param kind an article or a story
 * @param id the article's or story's id
 * @param storyId the story (its own id for a story hit)
 * @param snippet plain text around the matches; untrusted, never to be rendered as HTML
 * @param highlights the matched words, half-open offsets into {@code snippet}, in order
 */
public record SearchHit(
    Kind kind,
    String id,
    String storyId,
    String title,
    Optional<String> outlet,
    Optional<LocalDate> published,
    double score,
    String snippet,
    List<Span> highlights) {
  public SearchHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(snippet, "snippet");
    highlights = List.copyOf(highlights);
  }

  public enum Kind {
    ARTICLE,
    STORY
  }

  /** Half-open {@code [start, end)}. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }
}

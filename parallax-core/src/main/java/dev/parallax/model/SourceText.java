package dev.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One input document as read, before cleaning: the source as the user gave it and its decoded text.
 *
 * @param source the path or URL exactly as given
 * @param text the decoded text, line breaks normalised to {@code \n}
 * @param outlet an outlet name known from outside the text (an option or metadata), if any
 */
public record SourceText(String source, String text, Optional<String> outlet) {
  public SourceText {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outlet, "outlet");
  }
}

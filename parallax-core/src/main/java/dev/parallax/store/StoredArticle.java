package dev.parallax.store;

import dev.parallax.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as stored: its id, its story, the text as read (so the story's report can be
 * recomputed) and, for a copy, the article it copies.
 */
public record StoredArticle(String id, String storyId, SourceText input, Optional<String> copyOf) {
  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(copyOf, "copyOf");
  }

  /**
   * The id an article gets in every store (and in a Spark job's output): {@code a} and 16 hex
   * digits of SHA-256 over its outlet (trimmed, lower case) and its cleaned text, so the same
   * article has the same id wherever it is filed.
   */
  public static String idOf(Optional<String> outlet, String cleanedText) {
    return "a"
        + sha256(
                outlet.map(o -> o.strip().toLowerCase(Locale.ROOT)).orElse("") + "\n" + cleanedText)
            .substring(0, 16);
  }

  /**
   * The key of an input as it was given, before cleaning: its source, outlet, title, url and text
   * (the outlet and date the ingest gives the inputs without them included). An ingest run again
   * with the same arguments finds by it what it already stored and skips it without cleaning it
   * again.
   */
  public static String givenKeyOf(
      SourceText in, Optional<String> outlet, Optional<java.time.LocalDate> published) {
    return sha256(
        String.join(
            "\u0000",
            in.source(),
            in.outlet().or(() -> outlet).orElse(""),
            in.published()
                .map(Object::toString)
                .or(() -> published.map(Object::toString))
                .orElse(""),
            in.title().orElse(""),
            in.url().orElse(""),
            in.text()));
  }

  /**
   * The hash by which copies are found: the same cleaned text under another outlet is a copy of the
   * article stored first. 64 hex digits of SHA-256 over the cleaned text.
   */
  public static String textHashOf(String cleanedText) {
    return sha256(cleanedText);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}

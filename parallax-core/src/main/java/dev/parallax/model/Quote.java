package dev.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One direct quotation in an article. {@code id} is {@code Q1}, {@code Q2}... across the story in
 * article order; {@code sentence} is the id of the sentence it starts in, and {@code [start, end)}
 * are offsets relative to that sentence's start (so {@code sentence.start() + start} indexes the
 * article text); a quote running into later sentences has {@code end} past the sentence's length.
 * {@code text} is the quoted words without the enclosing marks, whitespace runs and
 * paragraph-continuation marks collapsed to one space.
 *
 * @param fragment a scare-quoted phrase: at most four words, or no verb of its own
 * @param speaker the story entity it is attributed to, when the text says who spoke
 * @param speakerReason why {@code speaker} is empty; empty when it is present
 * @param cue the words of the attribution ({@code "said in a post on X"}), empty when none was
 *     found
 */
public record Quote(
    String id,
    String article,
    String sentence,
    String text,
    int start,
    int end,
    boolean fragment,
    Optional<Speaker> speaker,
    String speakerReason,
    String cue) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerReason, "speakerReason");
    Objects.requireNonNull(cue, "cue");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote offsets [" + start + ", " + end + ")");
    }
    if (speaker.isEmpty() && speakerReason.isBlank()) {
      throw new IllegalArgumentException("a quote without speaker needs a reason; quote " + id);
    }
  }
}

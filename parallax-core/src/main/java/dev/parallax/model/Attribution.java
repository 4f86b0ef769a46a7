package dev.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is reported to have said (or written, or claimed) what, in one article: a direct quotation
 * with its attribution, reported speech ("Trump said that the election was rigged", "according to
 * officials, ..."), or reported speech with quoted words. {@code id} is {@code R1}, {@code R2}...
 * across the story in article order; spans are offsets into the article's cleaned text.
 *
 * @param sentences ids of the sentences the content, cue and source words lie in, in order
 * @param source the story entity the source words refer to, when resolved
 * @param sourceText the words naming the source as written ("he", "a campaign spokesman"), when any
 * @param cue the attribution words ("said", "according to", "told reporters"); empty for a
 *     quotation whose attribution was not found
 * @param content what is attributed; for a direct quotation, the quoted words without the marks
 * @param quotes ids of the quotations inside the content (the quotation itself for a direct one)
 * @param statement whether it reports what the source said or wrote: a quotation, a verb of saying
 *     ("said", "wrote", "according to"), or any cue with a clause for its content ("economists
 *     think Greece will default"). False for what a source did, wanted or felt with a phrase for
 *     content ("markets reacted to the violence", "protesters attempted to break through"): kept,
 *     as annotators of attribution count them, but not listed under who said what
 */
public record Attribution(
    String id,
    String article,
    List<String> sentences,
    AttributionKind kind,
    Optional<Speaker> source,
    Optional<TextSpan> sourceText,
    Optional<TextSpan> cue,
    TextSpan content,
    List<String> quotes,
    boolean statement) {
  public Attribution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException(
          "an attribution needs its sentence ids; attribution " + id);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    quotes = List.copyOf(quotes);
  }
}

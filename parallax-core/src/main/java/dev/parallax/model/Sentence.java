package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article. {@code id} is {@code A1.S3}; {@code [start, end)} index the article's
 * cleaned text; tokens, mentions and times carry offsets into the same text.
 */
public record Sentence(
    String id,
    BlockKind kind,
    String text,
    int start,
    int end,
    List<Token> tokens,
    List<Mention> mentions,
    List<TimeExpression> times) {
  public Sentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
  }

  /** How many of its tokens are words ({@link Token#isWord}). */
  public int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      if (t.isWord()) {
        n++;
      }
    }
    return n;
  }

  public Sentence withMentions(List<Mention> resolved) {
    return new Sentence(id, kind, text, start, end, tokens, resolved, times);
  }

  public Sentence withTimes(List<TimeExpression> resolved) {
    return new Sentence(id, kind, text, start, end, tokens, mentions, resolved);
  }
}

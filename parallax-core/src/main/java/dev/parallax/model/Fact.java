package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One piece of information and the body sentences, from one or more articles, that state it.
 *
 * @param id {@code F1}, {@code F2}... most widely reported first
 * @param sentences ids of the sentences stating it, in article order
 * @param articles ids of the articles those sentences are in, in article order
 * @param label a short description: the fact's distinctive content words
 * @param confidence 0..1: for a fact of several articles, how strongly its sentences agree; for a
 *     single-source fact, how sure it is that no other article says the same
 */
public record Fact(
    String id, List<String> sentences, List<String> articles, String label, double confidence) {
  public Fact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    sentences = List.copyOf(sentences);
    articles = List.copyOf(articles);
    if (sentences.isEmpty() || articles.isEmpty()) {
      throw new IllegalArgumentException("fact " + id + " needs at least one sentence and article");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  /** Number of articles that report it. */
  public int support() {
    return articles.size();
  }
}

package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world referent across the story: its canonical name, type, the other names it appears
 * under, the articles and sentences that mention it, and the number of mentions.
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> articles,
    List<String> sentences,
    int mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    articles = List.copyOf(articles);
    sentences = List.copyOf(sentences);
    if (mentions < 0) {
      throw new IllegalArgumentException("mentions must be >= 0, was " + mentions);
    }
  }
}

package dev.parallax.model;

import java.util.Objects;

/**
 * A named-entity mention in a sentence: its text, the entity type and offsets {@code [start, end)}
 * into the article's cleaned text. {@code entity} is the story-wide entity id once resolved, or
 * empty.
 */
public record Mention(String text, EntityType type, int start, int end, String entity) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
  }

  public Mention withEntity(String id) {
    return new Mention(text, type, start, end, id);
  }
}

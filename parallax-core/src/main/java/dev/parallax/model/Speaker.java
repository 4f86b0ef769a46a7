package dev.parallax.model;

import java.util.Objects;

/** Who a quotation is attributed to: a story entity id ({@code E3}) and its canonical name. */
public record Speaker(String entity, String name) {
  public Speaker {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(name, "name");
    if (entity.isBlank()) {
      throw new IllegalArgumentException("entity must be a story entity id, was blank");
    }
  }
}

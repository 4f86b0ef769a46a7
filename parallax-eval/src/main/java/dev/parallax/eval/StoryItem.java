package dev.parallax.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One article of a story corpus: its id, title (when the corpus gives one apart from the text),
 * text, gold story, the group a sample is drawn by (a topic, an event) and its split.
 */
record StoryItem(
    String id, Optional<String> title, String text, String story, String group, String split) {
  StoryItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(split, "split");
  }
}

package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One event of the story timeline: its date (ISO, as precise as known: "2018-05", "2026-02-05"), the
 * end of a range or empty, the date expression as written, the sentence chosen to describe it and all
 * sentences and articles that mention it, a short label, and whether it is the story's own day.
 */
public record TimelineEntry(
    String date,
    String until,
    String expression,
    String sentence,
    List<String> sentences,
    List<String> articles,
    String label,
    boolean storyDay) {
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(label, "label");
    sentences = List.copyOf(sentences);
    articles = List.copyOf(articles);
  }
}

package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One event of the story timeline: its date (ISO, as precise as known: "2018-05", "2026-02-05"),
 * the end of a range or empty, the date expression as written, the sentence chosen to describe it
 * and all sentences and articles that mention it, a short label, and whether it is the story's own
 * day.
 *
 * <p>{@code dates} lists every date the articles give for the event, one {@link Dating} per
 * distinct date, the entry's own date first; {@code conflict} is true when they give more than one
 * (one article says Tuesday, another Wednesday). The entry's {@code date} is then the one most
 * articles give.
 */
public record TimelineEntry(
    String date,
    String until,
    String expression,
    String sentence,
    List<String> sentences,
    List<String> articles,
    String label,
    boolean storyDay,
    List<Dating> dates,
    boolean conflict) {
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(label, "label");
    sentences = List.copyOf(sentences);
    articles = List.copyOf(articles);
    dates = List.copyOf(dates);
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("timeline entry " + date + " needs at least one dating");
    }
    if (conflict != dates.size() > 1) {
      throw new IllegalArgumentException(
          "timeline entry "
              + date
              + ": conflict must be true exactly when it has several dates, had "
              + dates.size()
              + " and conflict="
              + conflict);
    }
  }

  /** An entry whose articles all give it one date. */
  public TimelineEntry(
      String date,
      String until,
      String expression,
      String sentence,
      List<String> sentences,
      List<String> articles,
      String label,
      boolean storyDay) {
    this(
        date,
        until,
        expression,
        sentence,
        sentences,
        articles,
        label,
        storyDay,
        List.of(new Dating(date, until, expression, sentence, sentences, articles)),
        false);
  }

  /**
   * One date the articles give for the event, with the sentences and articles that give it.
   *
   * @param sentence the sentence chosen to show this date
   */
  public record Dating(
      String date,
      String until,
      String expression,
      String sentence,
      List<String> sentences,
      List<String> articles) {
    public Dating {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(expression, "expression");
      Objects.requireNonNull(sentence, "sentence");
      sentences = List.copyOf(sentences);
      articles = List.copyOf(articles);
    }
  }
}

package dev.parallax.server;

import dev.parallax.model.LoadedTerm;
import dev.parallax.report.ReportView;
import dev.parallax.report.ReportView.ArticleView;
import dev.parallax.report.ReportView.TimelineRow;
import dev.parallax.report.ReportView.WordingVersion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the story page shows: the report's {@link ReportView} (the one the text, Markdown and HTML
 * formats render) under the page's title, and what only the page draws, read off that view: the
 * timeline on an axis, each wording with its loaded words and the words only its outlet used
 * marked, and links to the articles. Chart geometry is computed here so the page needs no script to
 * draw it and no inline style (the Content-Security-Policy forbids it). The template escapes every
 * value.
 */
public record StoryView(
    String title, ReportView report, TimelineView timeline, List<MarkedWording> wordings) {

  /** The timeline drawn on a horizontal axis of {@code width} × {@code height} units. */
  public record TimelineView(int width, int height, List<TimelinePoint> points, List<Tick> ticks) {
    public boolean isEmpty() {
      return points.isEmpty();
    }
  }

  /**
   * The {@code n}th event, its marker at {@code x} in lane {@code lane} ({@code y} down the axis).
   */
  public record TimelinePoint(int n, TimelineRow event, int x, int lane, int y) {
    /** Its date, or range of dates. */
    public String when() {
      return event.until().isEmpty() ? event.date() : event.date() + " – " + event.until();
    }
  }

  public record Tick(int x, String label) {}

  /** A shared fact as each article put it, its words marked. */
  public record MarkedWording(ReportView.WordingView wording, List<MarkedVersion> versions) {}

  public record MarkedVersion(WordingVersion version, List<Segment> segments) {}

  /**
   * A run of text; {@code mark} is "", "loaded" (a loaded word of this outlet) or "only" (no other
   * outlet used it).
   */
  public record Segment(String text, String mark, String why) {}

  static final int AXIS_WIDTH = 1000;

  /** The page of {@code report} under {@code title}. */
  public static StoryView of(ReportView report, String title) {
    List<MarkedWording> wordings = new ArrayList<>();
    for (ReportView.WordingView w : report.wordings()) {
      List<MarkedVersion> versions = new ArrayList<>();
      for (WordingVersion v : w.versions()) {
        versions.add(new MarkedVersion(v, segments(v.text(), v.loaded(), v.onlyHere())));
      }
      wordings.add(new MarkedWording(w, versions));
    }
    return new StoryView(title, report, timeline(report.timeline()), wordings);
  }

  /** The article's address when it is one to link to, else empty. */
  public String link(ArticleView article) {
    return isWebAddress(article.url()) ? article.url() : "";
  }

  /** Only http(s) addresses become links: a {@code javascript:} URL from a page must stay text. */
  static boolean isWebAddress(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://");
  }

  /**
   * Places entries on a day axis centred on the story's day: distance from that day is drawn on a
   * logarithmic scale, so the days around the event get room while background years ago still fit.
   * Entries closer than a marker's width stack in lanes; dates are labelled where there is room.
   */
  private static TimelineView timeline(List<TimelineRow> entries) {
    if (entries.isEmpty()) {
      return new TimelineView(AXIS_WIDTH, 60, List.of(), List.of());
    }
    List<Double> pos = new ArrayList<>();
    long anchor =
        entries.stream()
            .filter(TimelineRow::storyDay)
            .findFirst()
            .flatMap(t -> epochDay(t.date()))
            .or(
                () ->
                    entries.stream()
                        .map(t -> epochDay(t.date()))
                        .flatMap(Optional::stream)
                        .max(Long::compare))
            .orElse(0L);
    for (TimelineRow t : entries) {
      long d = epochDay(t.date()).orElse(anchor) - anchor;
      pos.add(Math.signum(d) * Math.log1p(Math.abs(d)));
    }
    double min = pos.stream().min(Double::compare).orElse(0.0);
    double max = pos.stream().max(Double::compare).orElse(0.0);
    double span = Math.max(1e-9, max - min);
    int margin = 50;
    List<TimelinePoint> points = new ArrayList<>();
    List<Tick> ticks = new ArrayList<>();
    int[] laneEnds = new int[10];
    Arrays.fill(laneEnds, Integer.MIN_VALUE);
    int lastTick = -AXIS_WIDTH;
    String lastDate = "";
    int lanes = 1;
    for (int i = 0; i < entries.size(); i++) {
      TimelineRow t = entries.get(i);
      int x =
          max == min
              ? AXIS_WIDTH / 2
              : (int) Math.round(margin + (AXIS_WIDTH - 2 * margin) * ((pos.get(i) - min) / span));
      int lane = 0;
      while (lane < laneEnds.length - 1 && laneEnds[lane] > x - 22) {
        lane++;
      }
      laneEnds[lane] = x;
      lanes = Math.max(lanes, lane + 1);
      points.add(new TimelinePoint(i + 1, t, x, lane, 34 + lane * 22));
      if (!t.date().equals(lastDate) && x - lastTick >= 80) {
        ticks.add(new Tick(x, t.date()));
        lastTick = x;
      }
      lastDate = t.date();
    }
    return new TimelineView(AXIS_WIDTH, 34 + lanes * 22, points, ticks);
  }

  /** The first day of an ISO date as precise as known ("2026", "2026-03", "2026-03-09"). */
  static Optional<Long> epochDay(String iso) {
    try {
      if (iso.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return Optional.of(LocalDate.parse(iso.substring(0, 10)).toEpochDay());
      }
      if (iso.matches("\\d{4}-\\d{2}")) {
        return Optional.of(YearMonth.parse(iso).atDay(1).toEpochDay());
      }
      if (iso.matches("\\d{4}")) {
        return Optional.of(LocalDate.of(Integer.parseInt(iso), 1, 1).toEpochDay());
      }
    } catch (RuntimeException e) {
      // an odd date still gets a place on the list, at the start of the axis
    }
    return Optional.empty();
  }

  /**
   * Splits a version's text into runs, marking loaded terms and the words only this version used.
   */
  static List<Segment> segments(String text, List<LoadedTerm> loaded, List<String> onlyHere) {
    String[] marks = new String[text.length()];
    String[] whys = new String[text.length()];
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : onlyHere) {
      markWord(
          lower,
          w.toLowerCase(Locale.ROOT),
          "only",
          "no other outlet used this word for the fact",
          marks,
          whys);
    }
    for (LoadedTerm t : loaded) {
      markWord(lower, t.text().toLowerCase(Locale.ROOT), "loaded", t.why(), marks, whys);
    }
    List<Segment> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length()
          || !Objects.equals(marks[i], marks[start])
          || !Objects.equals(whys[i], whys[start])) {
        out.add(
            new Segment(
                text.substring(start, i),
                marks[start] == null ? "" : marks[start],
                whys[start] == null ? "" : whys[start]));
        start = i;
      }
    }
    return out;
  }

  private static void markWord(
      String lower, String word, String mark, String why, String[] marks, String[] whys) {
    if (word.isBlank()) {
      return;
    }
    int from = 0;
    while (true) {
      int i = lower.indexOf(word, from);
      if (i < 0) {
        return;
      }
      int end = i + word.length();
      boolean whole =
          (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))
              && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
      if (whole) {
        for (int k = i; k < end; k++) {
          marks[k] = mark;
          whys[k] = why;
        }
      }
      from = i + 1;
    }
  }
}

package dev.parallax.server;

import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.DiffOp;
import dev.parallax.model.Fact;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Omission;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteDiff;
import dev.parallax.model.QuoteGroup;
import dev.parallax.model.Removal;
import dev.parallax.model.Report;
import dev.parallax.report.QuoteViews;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimelineEntry;
import dev.parallax.model.Wording;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the story page shows, read off a report: plain strings, numbers and lists for the template,
 * which escapes every one of them. Chart geometry (the timeline axis) is computed here so the page
 * needs no script to draw it and no inline style (the Content-Security-Policy forbids it).
 */
public record StoryView(
    String title,
    List<ArticleView> articles,
    List<BriefView> brief,
    List<FactRow> matrix,
    int singleSourceFacts,
    List<SpeakerView> speakers,
    List<GroupView> groups,
    TimelineView timeline,
    List<FramingView> framing,
    List<WordingView> wordings,
    List<String> diagnostics) {

  public record ArticleView(
      String id,
      String outlet,
      String title,
      String url,
      String author,
      String published,
      List<SentenceView> sentences,
      List<Removal> removed) {}

  public record SentenceView(String id, String kind, String text, boolean paragraphStart) {}

  public record BriefView(String text, List<String> cites, int support, int of) {
    public String citeList() {
      return String.join(" ", cites);
    }
  }

  public record FactRow(String id, String label, int support, List<Cell> cells) {}

  public record Cell(String article, String state, String sentence) {}

  public record SpeakerView(String name, List<QuoteView> quotes) {}

  public record QuoteView(String id, String article, String outlet, String sentence, String text, boolean fragment, String how) {}

  public record GroupView(String id, String speaker, String variance, String referenceOutlet, String reference, List<VersionView> versions) {}

  public record VersionView(String outlet, String variance, List<DiffOp> ops) {}

  /** The timeline drawn on a horizontal axis of {@code width} × {@code height} units; {@code x} of each entry on it. */
  public record TimelineView(int width, int height, List<TimelinePoint> points, List<Tick> ticks) {
    public boolean isEmpty() {
      return points.isEmpty();
    }
  }

  public record TimelinePoint(
      int n, String when, String label, String expression, boolean storyDay, int x, int lane, int y, String sentence, List<String> sentences) {
    public String sentenceList() {
      return String.join(" ", sentences);
    }
  }

  public record Tick(int x, String label) {}

  public record FramingView(String article, String outlet, double score, List<LoadedTerm> terms) {}

  public record WordingView(String fact, String label, List<WordingVersion> versions) {}

  public record WordingVersion(String article, String outlet, List<String> sentences, List<Segment> segments) {
    public String sentenceList() {
      return String.join(" ", sentences);
    }
  }

  /** A run of text; {@code mark} is "", "loaded" (a loaded word of this outlet) or "only" (no other outlet used it). */
  public record Segment(String text, String mark, String why) {}

  static final int AXIS_WIDTH = 1000;

  public static StoryView of(Report report, String title) {
    Map<String, Article> byId = new LinkedHashMap<>();
    report.articles().forEach(a -> byId.put(a.id(), a));
    return new StoryView(
        title,
        articles(report),
        brief(report),
        matrix(report),
        (int) report.facts().stream().filter(f -> f.support() == 1).count(),
        speakers(report, byId),
        groups(report, byId),
        timeline(report),
        framing(report, byId),
        wordings(report, byId),
        report.diagnostics().stream().map(d -> d.line()).toList());
  }

  /** A title for a report that is not stored: its first article's. */
  public static String titleOf(Report report) {
    return report.articles().stream()
        .map(a -> a.title().orElse(""))
        .filter(t -> !t.isBlank())
        .findFirst()
        .orElse("Comparison of " + report.articles().size() + " articles");
  }

  private static String outlet(Map<String, Article> byId, String article) {
    Article a = byId.get(article);
    return a == null ? article : a.displayName();
  }

  private static List<ArticleView> articles(Report report) {
    List<ArticleView> out = new ArrayList<>();
    for (Article a : report.articles()) {
      List<SentenceView> sentences = new ArrayList<>();
      int lastEnd = 0;
      for (Sentence s : a.sentences()) {
        String gap = a.text().substring(Math.min(lastEnd, a.text().length()), Math.min(s.start(), a.text().length()));
        boolean para = sentences.isEmpty() || gap.contains("\n");
        sentences.add(
            new SentenceView(
                s.id(), s.kind() == BlockKind.BODY ? "" : s.kind().label(), s.text(), para));
        lastEnd = s.end();
      }
      out.add(
          new ArticleView(
              a.id(),
              a.displayName(),
              a.title().orElse("(untitled)"),
              a.url().filter(StoryView::isWebAddress).orElse(""),
              a.author().orElse(""),
              a.published().map(Object::toString).orElse(""),
              sentences,
              a.removed()));
    }
    return out;
  }

  /** Only http(s) addresses become links: a {@code javascript:} URL from a page must stay text. */
  static boolean isWebAddress(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://");
  }

  private static List<BriefView> brief(Report report) {
    int n = report.articles().size();
    return report.brief().stream()
        .map((BriefSentence b) -> new BriefView(b.text(), b.cites(), b.support(), n))
        .toList();
  }

  private static List<FactRow> matrix(Report report) {
    Set<Omission> omissions = new HashSet<>(report.omissions());
    List<FactRow> rows = new ArrayList<>();
    for (Fact f : report.facts()) {
      if (f.support() < 2) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      for (Article a : report.articles()) {
        String state;
        String sentence = "";
        if (f.articles().contains(a.id())) {
          state = "reported";
          sentence = f.sentences().stream().filter(s -> s.startsWith(a.id() + ".")).findFirst().orElse("");
        } else if (omissions.contains(new Omission(f.id(), a.id()))) {
          state = "omitted";
        } else {
          state = "absent";
        }
        cells.add(new Cell(a.id(), state, sentence));
      }
      rows.add(new FactRow(f.id(), f.label(), f.support(), cells));
    }
    return rows;
  }

  private static List<SpeakerView> speakers(Report report, Map<String, Article> byId) {
    Map<String, List<QuoteView>> by = new LinkedHashMap<>();
    List<Quote> ordered = new ArrayList<>();
    report.quotes().stream().filter(q -> q.speaker().isPresent()).forEach(ordered::add);
    report.quotes().stream().filter(q -> q.speaker().isEmpty()).forEach(ordered::add);
    for (Quote q : ordered) {
      String name = q.speaker().map(s -> s.name()).orElse("Speaker not known");
      String how = q.speaker().isPresent() ? q.cue() : q.speakerReason();
      by.computeIfAbsent(name, k -> new ArrayList<>())
          .add(new QuoteView(q.id(), q.article(), outlet(byId, q.article()), q.sentence(), q.text(), q.fragment(), how));
    }
    List<SpeakerView> out = new ArrayList<>();
    by.forEach((k, v) -> out.add(new SpeakerView(k, v)));
    return out;
  }

  private static List<GroupView> groups(Report report, Map<String, Article> byId) {
    Map<String, Quote> quotes = new HashMap<>();
    report.quotes().forEach(q -> quotes.put(q.id(), q));
    QuoteViews views = new QuoteViews(report);
    List<GroupView> out = new ArrayList<>();
    for (QuoteGroup g : report.quoteGroups()) {
      String refOutlet = "";
      String ref = "";
      if (!g.diff().isEmpty()) {
        List<String> from = g.diff().get(0).from();
        refOutlet = versionOutlet(from, quotes, byId);
        ref = views.text(from);
      }
      List<VersionView> versions = new ArrayList<>();
      for (QuoteDiff d : g.diff()) {
        versions.add(new VersionView(versionOutlet(d.to(), quotes, byId), d.variance().label(), d.ops()));
      }
      out.add(
          new GroupView(
              g.id(),
              g.speaker().map(s -> s.name()).orElse("Speaker not known"),
              g.variance().label(),
              refOutlet,
              ref,
              versions));
    }
    return out;
  }

  private static String versionOutlet(List<String> ids, Map<String, Quote> quotes, Map<String, Article> byId) {
    Quote q = ids.isEmpty() ? null : quotes.get(ids.get(0));
    return q == null ? "?" : q.article() + " " + outlet(byId, q.article());
  }

  /**
   * Places entries on a day axis centred on the story's day: distance from that day is drawn on a
   * logarithmic scale, so the days around the event get room while background years ago still fit.
   * Entries closer than a marker's width stack in lanes; dates are labelled where there is room.
   */
  private static TimelineView timeline(Report report) {
    List<TimelineEntry> entries = report.timeline();
    if (entries.isEmpty()) {
      return new TimelineView(AXIS_WIDTH, 60, List.of(), List.of());
    }
    List<Double> pos = new ArrayList<>();
    long anchor =
        entries.stream().filter(TimelineEntry::storyDay).findFirst()
            .flatMap(t -> epochDay(t.date()))
            .or(() -> entries.stream().map(t -> epochDay(t.date())).flatMap(Optional::stream).max(Long::compare))
            .orElse(0L);
    for (TimelineEntry t : entries) {
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
    java.util.Arrays.fill(laneEnds, Integer.MIN_VALUE);
    int lastTick = -AXIS_WIDTH;
    String lastDate = "";
    int lanes = 1;
    for (int i = 0; i < entries.size(); i++) {
      TimelineEntry t = entries.get(i);
      int x = max == min ? AXIS_WIDTH / 2 : (int) Math.round(margin + (AXIS_WIDTH - 2 * margin) * ((pos.get(i) - min) / span));
      int lane = 0;
      while (lane < laneEnds.length - 1 && laneEnds[lane] > x - 22) {
        lane++;
      }
      laneEnds[lane] = x;
      lanes = Math.max(lanes, lane + 1);
      String when = t.until().isEmpty() ? t.date() : t.date() + " – " + t.until();
      points.add(
          new TimelinePoint(
              i + 1, when, t.label(), t.expression(), t.storyDay(), x, lane, 34 + lane * 22, t.sentence(), t.sentences()));
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

  private static List<FramingView> framing(Report report, Map<String, Article> byId) {
    List<FramingView> out = new ArrayList<>();
    for (Framing f : report.framing()) {
      out.add(new FramingView(f.article(), outlet(byId, f.article()), f.score(), f.terms()));
    }
    return out;
  }

  private static List<WordingView> wordings(Report report, Map<String, Article> byId) {
    Map<String, String> labels = new HashMap<>();
    report.facts().forEach(f -> labels.put(f.id(), f.label()));
    Map<String, List<LoadedTerm>> loaded = new HashMap<>();
    report.framing().forEach(f -> loaded.put(f.article(), f.terms()));
    List<WordingView> out = new ArrayList<>();
    for (Wording w : report.wordings()) {
      List<WordingVersion> versions = new ArrayList<>();
      for (Wording.Version v : w.versions()) {
        List<LoadedTerm> terms =
            loaded.getOrDefault(v.article(), List.of()).stream()
                .filter(t -> v.sentences().contains(t.sentence()))
                .toList();
        versions.add(
            new WordingVersion(v.article(), outlet(byId, v.article()), v.sentences(), segments(v.text(), terms, v.onlyHere())));
      }
      out.add(new WordingView(w.fact(), labels.getOrDefault(w.fact(), ""), versions));
    }
    return out;
  }

  /** Splits a version's text into runs, marking loaded terms and the words only this version used. */
  static List<Segment> segments(String text, List<LoadedTerm> loaded, List<String> onlyHere) {
    String[] marks = new String[text.length()];
    String[] whys = new String[text.length()];
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : onlyHere) {
      markWord(lower, w.toLowerCase(Locale.ROOT), "only", "no other outlet used this word for the fact", marks, whys);
    }
    for (LoadedTerm t : loaded) {
      markWord(lower, t.text().toLowerCase(Locale.ROOT), "loaded", t.why(), marks, whys);
    }
    List<Segment> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || !java.util.Objects.equals(marks[i], marks[start]) || !java.util.Objects.equals(whys[i], whys[start])) {
        out.add(new Segment(text.substring(start, i), marks[start] == null ? "" : marks[start], whys[start] == null ? "" : whys[start]));
        start = i;
      }
    }
    return out;
  }

  private static void markWord(String lower, String word, String mark, String why, String[] marks, String[] whys) {
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

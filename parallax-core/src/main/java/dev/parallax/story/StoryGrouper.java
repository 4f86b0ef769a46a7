package dev.parallax.story;

import dev.parallax.model.CleanDocument;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Files articles into stories as they arrive. An article joins the best-matching open story or starts
 * one. Candidates come from an inverted index of the distinctive names stories use (so the cost of one
 * article does not grow with the number of stories); each is scored by the cosine between the
 * article's title-and-lead embedding and the story's centroid, plus the IDF-weighted overlap of names
 * and of numbers. Stories a few days apart are different events even on one topic (two hearings of one
 * trial, two earthquakes), so a story only takes articles published within {@link
 * Settings#windowDays()} of its own dates, and an article whose lead dates its event ("on Saturday")
 * two or more days from the days the story's leads name is taken for another event. Not thread-safe:
 * one writer adds at a time.
 */
public final class StoryGrouper {

  /**
   * @param cosineWeight weight of the embedding cosine in the score, the rest going to names
   * @param join lowest score at which an article joins a story
   * @param windowDays largest gap in days between an article and a story's dates
   * @param candidateNames how many of an article's most distinctive names look up candidates
   */
  public record Settings(double cosineWeight, double join, int windowDays, int candidateNames) {
    public static Settings defaults() {
      return new Settings(
          Double.parseDouble(System.getProperty("parallax.story.cos", "0.55")),
          Double.parseDouble(System.getProperty("parallax.story.join", "0.52")),
          Integer.getInteger("parallax.story.window", 4),
          12);
    }
  }

  /** A story as grouped: id, title (of its first article) and its articles' sources in arrival order. */
  public record Story(String id, String title, List<String> sources) {
    public Story {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      sources = List.copyOf(sources);
    }
  }

  private static final class Open {
    final String id;
    final String title;
    final List<String> sources = new ArrayList<>();
    final float[] sum;
    final Map<String, Integer> names = new HashMap<>();
    final Set<String> numbers = new HashSet<>();
    final Set<LocalDate> eventDays = new HashSet<>();
    LocalDate first;
    LocalDate last;

    Open(String id, String title, int dims) {
      this.id = id;
      this.title = title;
      this.sum = new float[dims];
    }
  }

  /** Taken off the score when the article's lead dates its event two or more days from the story's. */
  static final double EVENT_DAY_PENALTY = 0.3;

  private final Function<List<String>, float[][]> embedder;
  private final Settings settings;
  private final Map<String, Open> stories = new LinkedHashMap<>();
  private final Map<String, Set<String>> index = new HashMap<>();
  private final Map<String, Integer> df = new HashMap<>();
  private int articles;

  private StoryGrouper(Function<List<String>, float[][]> embedder, Settings settings) {
    this.embedder = embedder;
    this.settings = settings;
  }

  /** A grouper using the process-wide sentence embedder. */
  public static StoryGrouper create() {
    return new StoryGrouper(
        texts -> dev.parallax.align.SentenceEmbedder.shared().embed(texts), Settings.defaults());
  }

  public static StoryGrouper with(Function<List<String>, float[][]> embedder, Settings settings) {
    return new StoryGrouper(embedder, settings);
  }

  /** Files one cleaned article; returns the id of its story. */
  public String add(CleanDocument doc, Optional<LocalDate> published) {
    Signature sig = Signature.of(doc, published);
    return file(sig, embedder.apply(List.of(sig.embeddingText()))[0]);
  }

  /** An article to file with its publication date. */
  public record Dated(CleanDocument doc, Optional<LocalDate> published) {}

  /**
   * Files a batch of articles in order; returns their story ids. Embeds the batch at once, which is
   * several times faster than one by one.
   */
  public List<String> addAll(List<Dated> batch) {
    List<Signature> sigs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Dated d : batch) {
      Signature sig = Signature.of(d.doc(), d.published());
      sigs.add(sig);
      texts.add(sig.embeddingText());
    }
    float[][] vectors = texts.isEmpty() ? new float[0][] : embedder.apply(texts);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < sigs.size(); i++) {
      ids.add(file(sigs.get(i), vectors[i]));
    }
    return ids;
  }

  private String file(Signature sig, float[] v) {
    Optional<LocalDate> published = sig.published;
    articles++;
    for (String n : sig.names.keySet()) {
      df.merge(n, 1, Integer::sum);
    }
    Open best = null;
    double bestScore = -1;
    for (Open s : candidates(sig)) {
      if (!withinWindow(s, published)) {
        continue;
      }
      double score = score(sig, v, s);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    Open target = best != null && bestScore >= settings.join() ? best : open(sig, v.length);
    addTo(target, sig, v);
    return target.id;
  }

  /** The stories so far, in order of creation. */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (Open s : stories.values()) {
      out.add(new Story(s.id, s.title, s.sources));
    }
    return out;
  }

  private Open open(Signature sig, int dims) {
    Open s = new Open("S" + (stories.size() + 1), sig.title, dims);
    stories.put(s.id, s);
    return s;
  }

  private void addTo(Open s, Signature sig, float[] v) {
    s.sources.add(sig.source);
    for (int i = 0; i < v.length; i++) {
      s.sum[i] += v[i];
    }
    sig.names.forEach((n, c) -> s.names.merge(n, c, Integer::sum));
    s.numbers.addAll(sig.numbers);
    sig.eventDay.ifPresent(s.eventDays::add);
    sig.published.ifPresent(d -> {
      s.first = s.first == null || d.isBefore(s.first) ? d : s.first;
      s.last = s.last == null || d.isAfter(s.last) ? d : s.last;
    });
    for (String n : topNames(sig.names, settings.candidateNames())) {
      index.computeIfAbsent(n, k -> new HashSet<>()).add(s.id);
    }
  }

  private List<Open> candidates(Signature sig) {
    Set<String> ids = new HashSet<>();
    for (String n : topNames(sig.names, settings.candidateNames())) {
      Set<String> hit = index.get(n);
      if (hit != null) {
        ids.addAll(hit);
      }
    }
    List<Open> out = new ArrayList<>();
    for (String id : ids) {
      out.add(stories.get(id));
    }
    return out;
  }

  private List<String> topNames(Map<String, Integer> names, int k) {
    return names.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -e.getValue() * idf(e.getKey()))
            .thenComparing(Map.Entry::getKey))
        .limit(k)
        .map(Map.Entry::getKey)
        .toList();
  }

  private double idf(String name) {
    return Math.log(1.0 + (articles + 1.0) / df.getOrDefault(name, 1));
  }

  private boolean withinWindow(Open s, Optional<LocalDate> published) {
    if (published.isEmpty() || s.first == null) {
      return true;
    }
    LocalDate d = published.get();
    long gap =
        d.isBefore(s.first) ? ChronoUnit.DAYS.between(d, s.first)
            : d.isAfter(s.last) ? ChronoUnit.DAYS.between(s.last, d) : 0;
    return gap <= settings.windowDays();
  }

  double score(Signature sig, float[] v, Open s) {
    double norm = 0;
    double dot = 0;
    for (int i = 0; i < v.length; i++) {
      norm += s.sum[i] * (double) s.sum[i];
      dot += v[i] * (double) s.sum[i];
    }
    double cosine = norm == 0 ? 0 : dot / Math.sqrt(norm);
    double names = weightedCosine(sig.names, s.names);
    Set<String> shared = new HashSet<>(sig.numbers);
    shared.retainAll(s.numbers);
    shared.removeIf(x -> x.length() == 4 && x.startsWith("20")); // years say little about which event
    double numbers = Math.min(1.0, shared.size() / 3.0);
    double score = settings.cosineWeight() * cosine + (1 - settings.cosineWeight()) * (0.8 * names + 0.2 * numbers);
    if (sig.eventDay.isPresent() && !s.eventDays.isEmpty()) {
      long nearest = Long.MAX_VALUE;
      for (LocalDate d : s.eventDays) {
        nearest = Math.min(nearest, Math.abs(ChronoUnit.DAYS.between(d, sig.eventDay.get())));
      }
      if (nearest >= 2) {
        score -= EVENT_DAY_PENALTY; // the leads date different happenings: a follow-up event, not this one
      }
    }
    return score;
  }

  private double weightedCosine(Map<String, Integer> a, Map<String, Integer> b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      double w = e.getValue() * idf(e.getKey());
      na += w * w;
      Integer o = b.get(e.getKey());
      if (o != null) {
        dot += w * o * idf(e.getKey());
      }
    }
    for (Map.Entry<String, Integer> e : b.entrySet()) {
      double w = e.getValue() * idf(e.getKey());
      nb += w * w;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}

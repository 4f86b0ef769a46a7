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
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

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
   * @param mergeCosine lowest cosine between two stories' centroids at which an article that joins
   *     both merges them
   */
  public record Settings(
      double cosineWeight, double join, int windowDays, int candidateNames, double mergeCosine) {
    /**
     * Data that chose these values: the fixture corpus of the tests and the seed story, on which they
     * score B-cubed 1.000 and which also test them. They are to be chosen again on the tuning parts of
     * stories-ecbplus and stories-allsides (bench/eval, docs/EVALUATION.md), the fixtures kept as a
     * regression test only. A library user passes others through {@link dev.parallax.Settings}.
     */
    public static Settings defaults() {
      return new Settings(0.55, 0.52, 4, 12, 0.7);
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
    final long seq;
    final String title;
    final List<String> sources = new ArrayList<>();
    final float[] sum;
    final Map<String, Integer> names = new HashMap<>();
    final Set<String> numbers = new HashSet<>();
    final Set<LocalDate> eventDays = new HashSet<>();
    /** The names this story is listed under in the candidate index. */
    final Set<String> indexed = new HashSet<>();
    int articles;
    LocalDate first;
    LocalDate last;

    Open(String id, long seq, String title, int dims) {
      this.id = id;
      this.seq = seq;
      this.title = title;
      this.sum = new float[dims];
    }
  }

  /**
   * What one article's filing did.
   *
   * @param storyId the story it joined or started
   * @param started whether it started the story
   * @param names the names its title and lead use (lower case), for listing it under them
   * @param absorbed stories this article showed to be the same event as {@code storyId}, merged into
   *     it (their ids are gone)
   */
  public record Filing(String storyId, boolean started, List<String> names, List<String> absorbed) {
    public Filing {
      Objects.requireNonNull(storyId, "storyId");
      names = List.copyOf(names);
      absorbed = List.copyOf(absorbed);
    }

    public Filing(String storyId, boolean started, List<String> names) {
      this(storyId, started, names, List.of());
    }
  }

  /** Taken off the score when the article's lead dates its event two or more days from the story's. */
  static final double EVENT_DAY_PENALTY = 0.3;

  private final Function<List<String>, float[][]> embedder;
  private final Settings settings;
  private final Map<String, Open> stories = new LinkedHashMap<>();
  private final Map<String, Set<String>> index = new HashMap<>();
  private final Map<String, Integer> df = new HashMap<>();
  private final Map<String, Integer> dfChanges = new HashMap<>();
  private int articles;
  private long created;
  /** The newest publication date filed: stories ending more than the window before it are closed. */
  private LocalDate latest;
  /** The counts names weigh by while {@link #file(SignedArticle, Counts)} files; else this grouper's. */
  private Counts external;

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
    return file(sig, embedder.apply(List.of(sig.embeddingText()))[0]).storyId();
  }

  /** An article to file with its publication date. */
  public record Dated(CleanDocument doc, Optional<LocalDate> published) {}

  /**
   * Files a batch of articles in order; returns their story ids. Embeds the batch at once, which is
   * several times faster than one by one.
   */
  public List<String> addAll(List<Dated> batch) {
    return fileAll(batch).stream().map(Filing::storyId).toList();
  }

  /** {@link #addAll} saying for each article whether it started its story and which names it uses. */
  public List<Filing> fileAll(List<Dated> batch) {
    List<Filing> out = new ArrayList<>();
    for (SignedArticle a : sign(batch)) {
      out.add(file(a));
    }
    return out;
  }

  /**
   * The signatures and embeddings of a batch, embedded at once, without filing them: what {@link
   * #fileAll} files. Changes nothing in the grouper, so it may run on other threads or processes
   * (each with a grouper of the same embedder) while one writer files.
   */
  public List<SignedArticle> sign(List<Dated> batch) {
    List<Signature> sigs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Dated d : batch) {
      Signature sig = Signature.of(d.doc(), d.published());
      sigs.add(sig);
      texts.add(sig.embeddingText());
    }
    float[][] vectors = texts.isEmpty() ? new float[0][] : embedder.apply(texts);
    List<SignedArticle> out = new ArrayList<>();
    for (int i = 0; i < sigs.size(); i++) {
      out.add(new SignedArticle(sigs.get(i), vectors[i]));
    }
    return out;
  }

  /**
   * Files one article signed by {@link #sign} (here or by a grouper with the same embedder
   * elsewhere), as {@link #fileAll} files each of its batch.
   */
  public Filing file(SignedArticle article) {
    return file(article.signature, article.embedding());
  }

  /**
   * A corpus's counts as of one article, that article included: how many articles were filed up to
   * it and how many of those use each name (at least 1 is assumed). Names weigh by these counts.
   */
  public record Counts(long articles, ToIntFunction<String> documentFrequency) {
    public Counts {
      Objects.requireNonNull(documentFrequency, "documentFrequency");
      if (articles < 1) {
        throw new IllegalArgumentException("articles must be >= 1 (the article filed counts), was " + articles);
      }
    }
  }

  /**
   * Files one article weighing names by the given counts instead of this grouper's own. A caller
   * that splits a corpus into blocks that share no candidate story ({@link #lookupNames}) and files
   * each block with its own grouper, giving each article the whole corpus's counts as of its place in
   * one filing order, gets the stories one grouper filing the whole corpus in that order makes.
   */
  public Filing file(SignedArticle article, Counts counts) {
    external = counts;
    try {
      return file(article.signature, article.embedding());
    } finally {
      external = null;
    }
  }

  private Filing file(Signature sig, float[] v) {
    Optional<LocalDate> published = sig.published;
    articles++;
    for (String n : sig.names.keySet()) {
      df.merge(n, 1, Integer::sum);
      dfChanges.merge(n, 1, Integer::sum);
    }
    Open best = null;
    double bestScore = -1;
    List<Open> joinable = new ArrayList<>();
    for (Open s : candidates(sig)) {
      if (!withinWindow(s, published)) {
        continue;
      }
      double score = score(sig, v, s);
      if (score >= settings.join()) {
        joinable.add(s);
      }
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    boolean started = best == null || bestScore < settings.join();
    Open target = started ? open(sig, v.length) : best;
    List<String> absorbed = new ArrayList<>();
    if (!started) {
      for (Open other : joinable) {
        if (other != target && stories.containsKey(other.id) && converge(target, other)) {
          Open older = other.seq < target.seq ? other : target;
          Open younger = older == target ? other : target;
          absorb(older, younger);
          absorbed.add(younger.id);
          target = older;
        }
      }
    }
    addTo(target, sig, v);
    published.ifPresent(d -> latest = latest == null || d.isAfter(latest) ? d : latest);
    return new Filing(target.id, started, sig.leadNames(), absorbed);
  }

  /**
   * Whether two stories an article joins equally well are one event told twice (its first reports
   * worded too differently to be grouped): their centroids agree, their dates are within the window
   * of each other and their leads do not date different days.
   */
  private boolean converge(Open a, Open b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.sum.length; i++) {
      dot += a.sum[i] * (double) b.sum[i];
      na += a.sum[i] * (double) a.sum[i];
      nb += b.sum[i] * (double) b.sum[i];
    }
    if (na == 0 || nb == 0 || dot / Math.sqrt(na * nb) < settings.mergeCosine()) {
      return false;
    }
    if (a.first != null && b.first != null
        && (ChronoUnit.DAYS.between(a.last, b.first) > settings.windowDays()
            || ChronoUnit.DAYS.between(b.last, a.first) > settings.windowDays())) {
      return false;
    }
    for (LocalDate d : a.eventDays) {
      for (LocalDate e : b.eventDays) {
        if (Math.abs(ChronoUnit.DAYS.between(d, e)) >= 2) {
          return false;
        }
      }
    }
    return true;
  }

  /** Moves everything of {@code gone} into {@code into} and forgets {@code gone}. */
  private void absorb(Open into, Open gone) {
    into.sources.addAll(gone.sources);
    into.articles += gone.articles;
    for (int i = 0; i < into.sum.length; i++) {
      into.sum[i] += gone.sum[i];
    }
    gone.names.forEach((n, c) -> into.names.merge(n, c, Integer::sum));
    into.numbers.addAll(gone.numbers);
    into.eventDays.addAll(gone.eventDays);
    if (gone.first != null) {
      into.first = into.first == null || gone.first.isBefore(into.first) ? gone.first : into.first;
      into.last = into.last == null || gone.last.isAfter(into.last) ? gone.last : into.last;
    }
    for (String n : gone.indexed) {
      Set<String> listed = index.computeIfAbsent(n, k -> new HashSet<>());
      listed.remove(gone.id);
      listed.add(into.id);
      into.indexed.add(n);
    }
    stories.remove(gone.id);
  }

  /**
   * Whether the story is closed to articles dated on or after the newest date filed: its last date is
   * more than the window before it. Only an article dated earlier (arriving late) can still join it,
   * so a caller that drops closed stories ({@link #dropClosed}) must restore ({@link GrouperCodec})
   * those within the window of such an article before filing it: then grouping is the same as if
   * nothing had been dropped.
   */
  private boolean isClosed(Open s) {
    return latest != null && s.last != null && ChronoUnit.DAYS.between(s.last, latest) > settings.windowDays();
  }

  /**
   * The day before which a story must have its last date to be closed: stories whose last date is on
   * or after it are open and must be restored ({@link GrouperCodec}) to continue grouping.
   */
  public Optional<LocalDate> openSince() {
    return Optional.ofNullable(latest).map(d -> d.minusDays(settings.windowDays()));
  }

  /** Forgets the closed stories (see {@link #isClosed}); returns how many it forgot. */
  public int dropClosed() {
    int dropped = 0;
    for (var it = stories.values().iterator(); it.hasNext(); ) {
      Open s = it.next();
      if (isClosed(s)) {
        it.remove();
        for (String n : s.indexed) {
          Set<String> ids = index.get(n);
          if (ids != null) {
            ids.remove(s.id);
            if (ids.isEmpty()) {
              index.remove(n);
            }
          }
        }
        dropped++;
      }
    }
    return dropped;
  }

  /** Whether the story is held in memory (open, or restored). */
  public boolean holds(String storyId) {
    return stories.containsKey(storyId);
  }

  public Settings settings() {
    return settings;
  }

  /** The state of a story still held (open), to persist it ({@link GrouperCodec}). */
  Optional<StoryState> state(String storyId) {
    Open s = stories.get(storyId);
    if (s == null) {
      return Optional.empty();
    }
    return Optional.of(
        new StoryState(s.id, s.seq, s.title, s.articles, s.sum, s.names, s.numbers, s.eventDays,
            Optional.ofNullable(s.first), Optional.ofNullable(s.last), s.indexed));
  }

  /** Takes back a story persisted with {@link #state}, as it was. */
  void restore(StoryState state) {
    Open s = new Open(state.id(), state.seq(), state.title(), state.sum().length);
    System.arraycopy(state.sum(), 0, s.sum, 0, s.sum.length);
    s.articles = state.articles();
    s.names.putAll(state.names());
    s.numbers.addAll(state.numbers());
    s.eventDays.addAll(state.eventDays());
    s.first = state.first().orElse(null);
    s.last = state.last().orElse(null);
    s.indexed.addAll(state.indexed());
    for (String n : s.indexed) {
      index.computeIfAbsent(n, k -> new HashSet<>()).add(s.id);
    }
    stories.put(s.id, s);
  }

  /**
   * The grouper's global state: articles filed, stories created (the next story is {@code S<created +
   * 1>}), the newest date filed and the document frequency of every name.
   */
  public record Totals(int articles, long created, Optional<LocalDate> latest) {
    public Totals {
      Objects.requireNonNull(latest, "latest");
    }
  }

  public Totals totals() {
    return new Totals(articles, created, Optional.ofNullable(latest));
  }

  /**
   * How much each name's document frequency grew since the last call: persisting these increments
   * costs what the new articles cost, not what the whole table does.
   */
  Map<String, Integer> takeDfChanges() {
    Map<String, Integer> out = Map.copyOf(dfChanges);
    dfChanges.clear();
    return out;
  }

  /** Takes back the totals and the document frequencies (summed increments) persisted earlier. */
  void restoreTotals(Totals totals, Map<String, Integer> documentFrequencies) {
    articles = totals.articles();
    created = totals.created();
    latest = totals.latest().orElse(null);
    df.clear();
    df.putAll(documentFrequencies);
    dfChanges.clear();
  }

  /** The stories held (all but those {@linkplain #dropClosed dropped}), in order of creation. */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (Open s : stories.values()) {
      out.add(new Story(s.id, s.title, s.sources));
    }
    return out;
  }

  private Open open(Signature sig, int dims) {
    created++;
    Open s = new Open("S" + created, created, sig.title, dims);
    stories.put(s.id, s);
    return s;
  }

  private void addTo(Open s, Signature sig, float[] v) {
    s.sources.add(sig.source);
    s.articles++;
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
      s.indexed.add(n);
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
    // creation order, so that a grouper restored from storage breaks ties as the original did
    out.sort(Comparator.comparingLong(o -> o.seq));
    return out;
  }

  private List<String> topNames(Map<String, Integer> names, int k) {
    return topNames(names, k, this::idf);
  }

  private static List<String> topNames(Map<String, Integer> names, int k, ToDoubleFunction<String> idf) {
    return names.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -e.getValue() * idf.applyAsDouble(e.getKey()))
            .thenComparing(Map.Entry::getKey))
        .limit(k)
        .map(Map.Entry::getKey)
        .toList();
  }

  private double idf(String name) {
    if (external != null) {
      return idf(external.articles(), Math.max(1, external.documentFrequency().applyAsInt(name)));
    }
    return idf(articles, df.getOrDefault(name, 1));
  }

  private static double idf(long articles, int df) {
    return Math.log(1.0 + (articles + 1.0) / df);
  }

  /**
   * The names a grouper with these settings looks up candidate stories under for {@code article},
   * once {@code articles} articles with these document frequencies are filed: its {@link
   * Settings#candidateNames} most distinctive. An article can only join a story listed under one of
   * them, so a caller that splits a corpus into blocks to group apart (a Spark job) links articles
   * by these.
   *
   * @param documentFrequency how many of the {@code articles} use a name (at least 1 is assumed)
   */
  public List<String> lookupNames(SignedArticle article, ToIntFunction<String> documentFrequency, long articles) {
    return topNames(article.signature.names, settings.candidateNames(),
        n -> idf(articles, Math.max(1, documentFrequency.applyAsInt(n))));
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

package dev.parallax.story;

import dev.parallax.model.CleanDocument;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * Files articles into stories as they arrive, and revisits the last decisions at the end of each
 * batch. An article joins the best-matching open story or starts one. Candidates come from an
 * inverted index of the distinctive words stories use (so the cost of one article does not grow
 * with the number of stories); each is scored by the average, over the story's articles, of a
 * weighted sum of signals: the cosine of title-and-lead embeddings, the TF-IDF cosine of the whole
 * texts' words, the cosine of IDF-weighted names, and the numbers they share (see {@link Match}).
 * Sums kept per story make the average one dot product ({@link Scoring}). At the end of each batch
 * the articles of the stories it touched and of their neighbours are clustered again ({@link
 * Regrouping}: average link cut at {@link Settings#merge()}): the batch's articles may move, and
 * stories found to be one event are merged, so two stories started by differently worded first
 * reports become one once the articles that bridge them have arrived.
 *
 * <p>Stories a few days apart are different events even on one topic (two hearings of one trial,
 * two earthquakes), so a story only takes articles published within {@link Settings#windowDays()}
 * of its own dates, and an article whose lead dates its event ("on Saturday") two or more days from
 * the days the story's leads name is taken for another event. A user's corrections ({@link #merge},
 * {@link #move}) are kept: stories a user separated are never merged again automatically. Not
 * thread-safe: one writer adds at a time.
 */
public final class StoryGrouper {

  /**
   * @param embeddingWeight weight of the title-and-lead embedding cosine
   * @param wordWeight weight of the TF-IDF cosine of the articles' words
   * @param nameWeight weight of the cosine of IDF-weighted names
   * @param numberWeight weight of the numbers an article shares with a story (three or more count
   *     fully)
   * @param join lowest score at which an article joins a story
   * @param merge lowest score (average link) at which two stories are merged at the end of a batch
   * @param windowDays largest gap in days between an article and a story's dates
   * @param candidateWords how many of an article's most distinctive words look up candidates
   */
  public record Settings(
      double embeddingWeight,
      double wordWeight,
      double nameWeight,
      double numberWeight,
      double join,
      double merge,
      int windowDays,
      int candidateWords) {
    public Settings {
      for (double w : new double[] {embeddingWeight, wordWeight, nameWeight, numberWeight}) {
        if (w < 0 || w > 1) {
          throw new IllegalArgumentException("weights must be within [0, 1], got " + w);
        }
      }
      if (windowDays < 0) {
        throw new IllegalArgumentException("windowDays must be >= 0, got " + windowDays);
      }
      if (candidateWords < 1) {
        throw new IllegalArgumentException("candidateWords must be >= 1, got " + candidateWords);
      }
    }

    /**
     * One set for all corpora. Join and merge thresholds chosen on the tuning parts of the
     * development corpora ({@code bench/eval stories-ecbplus stories-allsides}: ECB+ topics not
     * divisible by 3, AllSides train events) among 0.30, 0.35 and 0.40: B-cubed F1 0.845 / 0.596 at
     * 0.30, 0.865 / 0.683 at 0.35, 0.864 / 0.734 at 0.40, where the worst ECB+ topic falls to 0.611
     * (0.668 at 0.35) and ECB+ makes 112 stories for 66 events.
     */
    public static Settings defaults() {
      return new Settings(0.3, 0.5, 0.2, 0.05, 0.35, 0.35, 4, 12);
    }
  }

  /** A story as grouped: id, its first article's title and its articles' sources as they came. */
  public record Story(String id, String title, List<String> sources) {
    public Story {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      sources = List.copyOf(sources);
    }
  }

  /** Taken off the score when the leads date their events two or more days apart. */
  public static final double OTHER_DAY_PENALTY = 0.3;

  private final Function<List<String>, float[][]> embedder;
  private final Settings settings;
  private final Map<String, OpenStory> stories = new LinkedHashMap<>();
  private final CandidateIndex index = new CandidateIndex();
  private final Map<String, Integer> df = new HashMap<>();
  private final Map<String, Integer> dfChanges = new HashMap<>();
  private int articles;
  private long created;

  /**
   * The newest publication date filed: stories ending more than the window before it are closed.
   */
  private LocalDate latest;

  private final Scoring scoring;
  private final Regrouping regrouping;

  /** Filings since the last {@link #endBatch}. */
  private final List<Filing> pending = new ArrayList<>();

  /** The counts words weigh by while {@link #file(SignedArticle, Counts)} files; else ours. */
  private Counts external;

  private StoryGrouper(Function<List<String>, float[][]> embedder, Settings settings) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.scoring = new Scoring(settings, this::idf, this::rarity);
    this.regrouping = new Regrouping(this, scoring);
  }

  /** The batch's end's {@link Regrouping#earlierLimit}, for tests. */
  void earlierLimit(int units) {
    regrouping.earlierLimit = units;
  }

  /** The story held under an id, or null. */
  OpenStory story(String id) {
    return stories.get(id);
  }

  /** A grouper using the process-wide sentence embedder. */
  public static StoryGrouper create() {
    return new StoryGrouper(
        texts -> dev.parallax.align.SentenceEmbedder.shared().embed(texts), Settings.defaults());
  }

  public static StoryGrouper with(Function<List<String>, float[][]> embedder, Settings settings) {
    return new StoryGrouper(embedder, settings);
  }

  /** Files one cleaned article as a batch of one; returns the id of its story. */
  public String add(CleanDocument doc, Optional<LocalDate> published) {
    return addAll(List.of(new Dated(doc, published))).get(0);
  }

  /** An article to file with its publication date; its source names it in {@link Batch.Moved}. */
  public record Dated(CleanDocument doc, Optional<LocalDate> published) {
    public Dated {
      Objects.requireNonNull(doc, "doc");
      Objects.requireNonNull(published, "published");
    }
  }

  /**
   * Files a batch of articles in order; returns their story ids once the batch's end is done.
   * Embeds the batch at once, which is several times faster than one by one.
   */
  public List<String> addAll(List<Dated> batch) {
    Batch b = fileAll(batch);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      out.add(b.storyOf(i, batch.get(i).doc().source()));
    }
    return out;
  }

  /**
   * Articles per batch where {@link #cluster} files an input larger than a batch's end clusters at
   * once: an eighth of {@link Regrouping#EARLIER_LIMIT}, so that a batch and the stories near it
   * mostly stay within the units whose earlier articles move alone. Chosen on the tuning parts with
   * the limits lowered to make the pools larger than them (docs/EVALUATION.md, "Inputs larger than
   * a batch's end"): AllSides train, 7,356 articles at a limit of 4,000, scored 0.730 as one batch
   * (merging whole stories), 0.772 / 0.780 / 0.762 / 0.747 in batches of 200 / 500 / 1,000 / 2,000.
   */
  public static final int CLUSTER_BATCH = clusterBatch(Regrouping.LIMIT + 1);

  /**
   * How many of an input of {@code articles} {@code parallax cluster} files per batch ({@link
   * #cluster}): all of them up to {@link #CLUSTER_LIMIT}, else {@link #CLUSTER_BATCH}. The Spark
   * job files its blocks by the same rule.
   */
  public static int clusterBatch(int articles) {
    return clusterBatch(articles, Regrouping.LIMIT, Regrouping.EARLIER_LIMIT);
  }

  private static int clusterBatch(int articles, int limit, int earlierLimit) {
    return articles <= limit ? Math.max(1, articles) : Math.max(1, earlierLimit / 8);
  }

  /**
   * Most articles {@link #cluster} files as one batch ({@link Regrouping#LIMIT}): the most a
   * batch's end clusters again at once.
   */
  public static final int CLUSTER_LIMIT = Regrouping.LIMIT;

  /** The batch's end's {@link Regrouping#LIMIT}, for tests. */
  void limit(int units) {
    regrouping.limit = units;
  }

  /**
   * Files a whole input, in the order given, as {@code parallax cluster} does: as one batch when
   * the batch's end can cluster all of it again (at most {@link Regrouping#LIMIT} articles), so
   * that every pair of articles is compared; a larger input in consecutive batches of an eighth of
   * the units a batch's end re-examines with earlier articles alone ({@link #CLUSTER_BATCH} at the
   * defaults), where one batch would fall back to merging whole stories. Returns the batches filed;
   * {@link #stories()} holds the result.
   */
  public List<Batch> cluster(List<Dated> inOrder) {
    int batch = clusterBatch(inOrder.size(), regrouping.limit, regrouping.earlierLimit);
    if (batch >= inOrder.size()) {
      return List.of(fileAll(inOrder));
    }
    List<Batch> out = new ArrayList<>();
    for (int from = 0; from < inOrder.size(); from += batch) {
      out.add(fileAll(inOrder.subList(from, Math.min(inOrder.size(), from + batch))));
    }
    return out;
  }

  /** Signs and files a batch in order, then ends it ({@link #endBatch}). */
  public Batch fileAll(List<Dated> batch) {
    for (SignedArticle a : sign(batch)) {
      file(a);
    }
    return endBatch();
  }

  /**
   * The signatures and embeddings of a batch, embedded at once, without filing them: what {@link
   * #fileAll} files. Changes nothing in the grouper, so it may run on other threads or processes
   * (each with a grouper of the same embedder) while one writer files.
   */
  public List<SignedArticle> sign(List<Dated> batch) {
    // each signature is the text's alone: signed on every core, in order
    List<Signature> sigs =
        batch.parallelStream().map(d -> Signature.of(d.doc(), d.published())).toList();
    List<String> texts = new ArrayList<>();
    for (Signature sig : sigs) {
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
   * elsewhere), as {@link #fileAll} files each of its batch; the batch's end ({@link #endBatch})
   * may still move it.
   */
  public Filing file(SignedArticle article) {
    Filing f = file(article.signature, article.embedding());
    pending.add(f);
    return f;
  }

  /**
   * A corpus's counts as of one article, that article included: how many articles were filed up to
   * it and how many of those use each word or name ({@link SignedArticle#counted}; at least 1 is
   * assumed). Words and names weigh by these counts.
   */
  public record Counts(long articles, ToIntFunction<String> documentFrequency) {
    public Counts {
      Objects.requireNonNull(documentFrequency, "documentFrequency");
      if (articles < 1) {
        throw new IllegalArgumentException(
            "articles must be >= 1 (the article filed counts), was " + articles);
      }
    }
  }

  /**
   * Files one article weighing words and names by the given counts instead of this grouper's own. A
   * caller that splits a corpus into blocks that share no word candidates are looked up under
   * ({@link #lookupNames}) and files each block with its own grouper, giving each article the whole
   * corpus's counts as of its place in one filing order, gets the filings one grouper filing the
   * whole corpus in that order makes (the batch's end, which compares stories too, may still differ
   * slightly: see {@link #endBatch}).
   */
  public Filing file(SignedArticle article, Counts counts) {
    external = counts;
    try {
      return file(article);
    } finally {
      external = null;
    }
  }

  /**
   * Ends a batch: the articles of the stories touched since the last end, and of their neighbours,
   * are clustered again ({@link Regrouping}); returns the filings since the last end with the moves
   * and merges this made.
   */
  public Batch endBatch() {
    Set<OpenStory> touched = new LinkedHashSet<>();
    for (Filing f : pending) {
      OpenStory s = stories.get(f.storyId());
      if (s != null) {
        touched.add(s);
      }
    }
    List<Batch.Moved> moves = new ArrayList<>();
    List<Batch.Merge> merges = new ArrayList<>();
    regrouping.regroup(touched, moves, merges);
    for (OpenStory s : stories.values()) {
      s.members.forEach(m -> m.settled = true);
    }
    Batch out = new Batch(pending, moves, merges);
    pending.clear();
    return out;
  }

  /**
   * The words a grouper with these settings looks up candidate stories under for {@code article},
   * once {@code articles} articles with these document frequencies are filed: its {@link
   * Settings#candidateWords} most distinctive. An article can only join a story listed under one of
   * them, so a caller that splits a corpus into blocks to group apart (a Spark job) links articles
   * by these.
   *
   * @param documentFrequency how many of the {@code articles} use a word (at least 1 is assumed)
   */
  public List<String> lookupNames(
      SignedArticle article, ToIntFunction<String> documentFrequency, long articles) {
    Map<String, Double> w = new HashMap<>();
    article.signature.terms.forEach(
        (k, c) ->
            w.put(
                k,
                (1 + Math.log(c)) * idf(articles, Math.max(1, documentFrequency.applyAsInt(k)))));
    return CandidateIndex.topWords(w, settings.candidateWords());
  }

  // ---------------------------------------------------------------- one article

  private Filing file(Signature sig, float[] v) {
    articles++;
    Set<String> keys = new HashSet<>(sig.terms.keySet());
    keys.addAll(sig.names.keySet());
    for (String k : keys) {
      df.merge(k, 1, Integer::sum);
      dfChanges.merge(k, 1, Integer::sum);
    }
    Member a = member(sig, v, sig.source);
    Match best = null;
    Match second = null;
    for (OpenStory s : candidates(a)) {
      if (!scoring.withinWindow(s, sig.published)) {
        continue;
      }
      Match m = scoring.match(a, s);
      if (best == null || m.score() > best.score()) {
        second = best;
        best = m;
      } else if (second == null || m.score() > second.score()) {
        second = m;
      }
    }
    boolean started = best == null || best.score() < settings.join();
    OpenStory target = started ? open(sig.title, v.length) : stories.get(best.storyId());
    addTo(target, a, +1);
    sig.published.ifPresent(d -> latest = latest == null || d.isAfter(latest) ? d : latest);
    return new Filing(
        target.id,
        started,
        sig.leadNames(),
        started ? Optional.empty() : Optional.of(best),
        Optional.ofNullable(started ? best : second));
  }

  // ---------------------------------------------------------------- corrections

  /**
   * A user's merge: {@code gone}'s articles become {@code into}'s; both must be held ({@link
   * #holds}, restored first when closed).
   */
  public void merge(String into, String gone) {
    OpenStory a = held(into);
    OpenStory b = held(gone);
    if (a == b) {
      throw new IllegalArgumentException("cannot merge story " + into + " into itself");
    }
    a.apart.remove(b.id);
    absorb(a, b);
  }

  /**
   * A user's move of one article out of story {@code from} into story {@code to}, or into a new
   * story when {@code to} is empty; returns the id of the story it is now in. The article is given
   * again as it was filed (its cleaned text and date), so that what it brought to {@code from} can
   * be taken out. The two stories are kept apart from then on: a later batch never merges them
   * again. When {@code from} is left without articles it is forgotten (its id is then {@code
   * to}'s).
   */
  public String move(Dated article, String from, Optional<String> to) {
    OpenStory source = held(from);
    OpenStory target = to.map(this::held).orElse(null);
    if (source == target) {
      throw new IllegalArgumentException("article is already in story " + from);
    }
    Signature sig = Signature.of(article.doc(), article.published());
    float[] v = embedder.apply(List.of(sig.embeddingText()))[0];
    Member a = member(sig, v, sig.source);
    a.pinned = true;
    addTo(source, a, -1);
    if (target == null) {
      target = open(sig.title, v.length);
    }
    addTo(target, a, +1);
    if (source.articles <= 0) {
      forget(source, target);
    } else {
      source.apart.add(target.id);
      target.apart.add(source.id);
    }
    return target.id;
  }

  /**
   * An article of story {@code storyId} given another publication date (a user's date, or an
   * undated article's date given later): what it brought to the story's sums under the date it was
   * filed with is taken out and what it brings under {@code now} put in (the event day its lead
   * names is resolved against the date), and the story's dates become {@code first} and {@code
   * last}, counted by the caller from all its articles (a story keeps no list of them).
   */
  public void redate(
      CleanDocument doc,
      Optional<LocalDate> was,
      LocalDate now,
      String storyId,
      LocalDate first,
      LocalDate last) {
    OpenStory story = held(storyId);
    Signature before = Signature.of(doc, was);
    Signature after = Signature.of(doc, Optional.of(now));
    float[] v = embedder.apply(List.of(after.embeddingText()))[0];
    List<String> sources = new ArrayList<>(story.sources);
    addTo(story, member(before, v, before.source), -1);
    addTo(story, member(after, v, after.source), +1);
    // the same article: its place among the story's sources is kept
    story.sources.clear();
    story.sources.addAll(sources);
    story.first = first;
    story.last = last;
  }

  /** Keeps two stories from being merged automatically (a user said they are different events). */
  public void keepApart(String a, String b) {
    held(a).apart.add(b);
    held(b).apart.add(a);
  }

  private OpenStory held(String id) {
    OpenStory s = stories.get(id);
    if (s == null) {
      throw new IllegalArgumentException(
          "story " + id + " is not held by the grouper (closed or unknown)");
    }
    return s;
  }

  /** Drops an emptied story; its index entries and the apart marks naming it go to {@code heir}. */
  void forget(OpenStory gone, OpenStory heir) {
    index.remove(gone);
    for (String other : gone.apart) {
      OpenStory o = stories.get(other);
      if (o != null && o != heir) {
        o.apart.remove(gone.id);
        o.apart.add(heir.id);
        heir.apart.add(o.id);
      }
    }
    stories.remove(gone.id);
  }

  // ---------------------------------------------------------------- stories held

  /** Moves everything of {@code gone} into {@code into} and forgets {@code gone}. */
  void absorb(OpenStory into, OpenStory gone) {
    into.takeIn(gone);
    index.transfer(gone, into);
    for (String other : gone.apart) {
      OpenStory o = stories.get(other);
      if (o != null && o != into) {
        o.apart.remove(gone.id);
        o.apart.add(into.id);
        into.apart.add(o.id);
      }
    }
    into.apart.remove(gone.id);
    stories.remove(gone.id);
  }

  /**
   * Whether the story is closed to articles dated on or after the newest date filed: its last date
   * is more than the window before it. Only an article dated earlier (arriving late) can still join
   * it, so a caller that drops closed stories ({@link #dropClosed}) must restore ({@link
   * GrouperCodec}) those within the window of such an article before filing it: then grouping is
   * the same as if nothing had been dropped.
   */
  private boolean isClosed(OpenStory s) {
    return latest != null
        && s.last != null
        && ChronoUnit.DAYS.between(s.last, latest) > settings.windowDays();
  }

  /**
   * The day before which a story must have its last date to be closed: stories whose last date is
   * on or after it are open and must be restored ({@link GrouperCodec}) to continue grouping.
   */
  public Optional<LocalDate> openSince() {
    return Optional.ofNullable(latest).map(d -> d.minusDays(settings.windowDays()));
  }

  /** Forgets the closed stories (see {@link #isClosed}); returns how many it forgot. */
  public int dropClosed() {
    int dropped = 0;
    for (var it = stories.values().iterator(); it.hasNext(); ) {
      OpenStory s = it.next();
      if (isClosed(s)) {
        it.remove();
        index.remove(s);
        dropped++;
      }
    }
    return dropped;
  }

  /** Forgets one story held, open or not (a caller that restored it for a correction). */
  public void drop(String storyId) {
    OpenStory s = stories.remove(storyId);
    if (s != null) {
      index.remove(s);
    }
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
    return Optional.ofNullable(stories.get(storyId)).map(OpenStory::state);
  }

  /** Takes back a story persisted with {@link #state}, as it was. */
  void restore(StoryState state) {
    OpenStory s = OpenStory.of(state);
    index.list(s, state.indexed());
    stories.put(s.id, s);
  }

  /**
   * The grouper's global state: articles filed, stories created (the next story is {@code S<created
   * + 1>}) and the newest date filed.
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
   * How much each word's document frequency grew since the last call: persisting these increments
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
    for (OpenStory s : stories.values()) {
      out.add(new Story(s.id, s.title, s.sources));
    }
    return out;
  }

  OpenStory open(String title, int dims) {
    created++;
    OpenStory s = new OpenStory("S" + created, created, title, dims);
    stories.put(s.id, s);
    return s;
  }

  /** Adds ({@code sign} +1) or takes out (-1) what one article brings to a story. */
  void addTo(OpenStory s, Member a, int sign) {
    s.count(a, sign);
    if (sign > 0) {
      index.list(s, CandidateIndex.topWords(a.words, settings.candidateWords()));
    }
  }

  private List<OpenStory> candidates(Member a) {
    return candidatesOf(CandidateIndex.topWords(a.words, settings.candidateWords()));
  }

  List<OpenStory> candidatesOf(Iterable<String> words) {
    return CandidateIndex.held(index.lookup(words), stories);
  }

  /**
   * Smoothed IDF over the articles filed (or the counts given to {@link #file(SignedArticle,
   * Counts)}): rare words weigh more.
   */
  private double idf(String word) {
    if (external != null) {
      return idf(external.articles(), Math.max(1, external.documentFrequency().applyAsInt(word)));
    }
    return idf(articles, df.getOrDefault(word, 0));
  }

  /** How rare a name is in the store ({@link Scoring#rarity(long, int)}). */
  double rarity(String name) {
    return external != null
        ? Scoring.rarity(external.articles(), external.documentFrequency().applyAsInt(name))
        : Scoring.rarity(articles, df.getOrDefault(name, 0));
  }

  static double idf(long articles, int df) {
    return Math.log((1.0 + articles) / (1.0 + df)) + 1;
  }

  /** An article with its word and name vectors weighed by the IDF of now. */
  private Member member(Signature sig, float[] v, String key) {
    return new Member(key, sig, v, unit(weigh(sig.terms, true)), unit(weigh(sig.names, false)));
  }

  private Map<String, Double> weigh(Map<String, Integer> counts, boolean dampen) {
    return weigh(counts, dampen, this::idf);
  }

  /** Word or name counts weighted by IDF; words' counts dampened (1 + ln count). */
  static Map<String, Double> weigh(
      Map<String, Integer> counts, boolean dampen, ToDoubleFunction<String> idf) {
    Map<String, Double> out = new HashMap<>();
    counts.forEach((k, c) -> out.put(k, (dampen ? 1 + Math.log(c) : c) * idf.applyAsDouble(k)));
    return out;
  }

  /** Scales {@code v} to unit length in place (an empty or zero vector stays as it is). */
  static Map<String, Double> unit(Map<String, Double> v) {
    double norm = 0;
    for (double x : v.values()) {
      norm += x * x;
    }
    if (norm == 0) {
      return v;
    }
    double inv = 1 / Math.sqrt(norm);
    v.replaceAll((k, x) -> x * inv);
    return v;
  }
}

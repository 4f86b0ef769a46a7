package dev.parallax.align;

import dev.parallax.model.Article;
import dev.parallax.model.BlockKind;
import dev.parallax.model.Discrepancy;
import dev.parallax.model.Fact;
import dev.parallax.model.Omission;
import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups the body sentences of a story's articles into facts: sentences from different articles
 * that state the same information share a fact, and every body sentence belongs to at least one (a
 * fact of one article is single-source). Then finds omissions and discrepancies among the facts.
 *
 * <p>Method: sentences of {@link Clauses#LONG} words or more are compared clause by clause (a
 * "unit" is a short sentence or one clause of a long one), so a sentence joining two claims can
 * support two facts. Every pair of units from different articles gets the probability that they
 * state one fact from the learned {@link PairModel} over {@link PairFeatures}. Facts are then
 * clusters with constraints: pairs at {@code link} or above, and pairs of units that are each
 * other's best match in the other's article at {@code mutual} or above, are merged strongest first
 * into groups that hold at most one unit per article, and only while the mean probability across
 * the two groups stays at {@code merge} or above, so that every pair a group implies is checked,
 * not only the link that made it (chains of weak links do not snowball). Then a unit joins a
 * further shared group when its mean probability with that group's units of other articles is at
 * least {@code join}: a sentence stating two claims, or a second sentence of one article stating
 * the same claim again (a lead and the paragraph it summarises, a claim and the quotation after
 * it). A group's sentences make a fact; a sentence in no shared fact is a single-source fact.
 * Scoring is quadratic in the number of units; nothing else is worse. Thread-safe; the embedder is
 * shared.
 */
public final class Aligner {
  /**
   * Thresholds of the method above, on the pair model's probability (0..1).
   *
   * @param link a pair at or above this is linked
   * @param mutual a pair of units that are each other's best match in the other's article is linked
   *     at or above this
   * @param merge lowest mean probability between two groups that may merge
   * @param join lowest mean probability for a unit to join a further shared group
   * @param agree lowest mean probability between the units of a shared group's different articles,
   *     when each of them is longer than a lead ({@link #LONG} body sentences or more), for the
   *     group to be a fact several articles report; below it, its sentences are single-source
   */
  public record Settings(double link, double mutual, double merge, double join, double agree) {
    public Settings {
      double[] all = {link, mutual, merge, join, agree};
      for (double v : all) {
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException(
              "settings must be in [0, 1], were " + Arrays.toString(all));
        }
      }
    }

    /** The four grouping thresholds, every shared group kept ({@code agree} 0). */
    public Settings(double link, double mutual, double merge, double join) {
      this(link, mutual, merge, join, 0);
    }

    /**
     * The thresholds chosen with the shipped pair model, on the tuning half of the alignment gold
     * ({@code bench/train-align}, docs/EVALUATION.md). A library user passes others through {@link
     * dev.parallax.Settings}.
     */
    public static Settings defaults() {
      return PairModel.bundled().grouping();
    }
  }

  /**
   * What alignment found. {@code similar} maps a sentence id to the sentences of other articles the
   * model judges it states a fact with: a pair of their units scored at or above the link threshold
   * ({@link Settings#link}), linked or not (grouping keeps one sentence of an article per fact and
   * checks a joining group's mean score, so such a pair can end up in different facts). The brief
   * reads it so as not to state one fact twice as two outlets' single reports; facts, omissions and
   * the coverage matrix do not.
   */
  public record Result(
      List<Fact> facts,
      List<Omission> omissions,
      List<Discrepancy> discrepancies,
      Map<String, Set<String>> similar) {
    public Result {
      facts = List.copyOf(facts);
      omissions = List.copyOf(omissions);
      discrepancies = List.copyOf(discrepancies);
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      similar.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
      similar = java.util.Collections.unmodifiableMap(copy);
    }

    /** A result with no similar pairs beyond its facts. */
    public Result(List<Fact> facts, List<Omission> omissions, List<Discrepancy> discrepancies) {
      this(facts, omissions, discrepancies, Map.of());
    }
  }

  /**
   * Every pair of units from different articles with its features, for training and studying the
   * pair model: {@code sentences.get(u)} is the id of the sentence unit {@code u} comes from, and
   * {@code pairs.get(k)} the two units whose features are {@code features.get(k)} ({@link
   * PairModel#FEATURES} order).
   */
  public record Pairs(List<String> sentences, List<int[]> pairs, List<double[]> features) {
    public Pairs {
      sentences = List.copyOf(sentences);
      pairs = List.copyOf(pairs);
      features = List.copyOf(features);
    }
  }

  private final Embedder embedder;
  private final Settings settings;
  private final PairModel model;

  private Aligner(Embedder embedder, Settings settings, PairModel model) {
    this.embedder = embedder;
    this.settings = settings;
    this.model = model;
  }

  /**
   * An aligner using the process-wide sentence embedder (loaded on first use) and the shipped
   * model.
   */
  public static Aligner create() {
    return new Aligner(
        texts -> SentenceEmbedder.shared().embed(texts), Settings.defaults(), PairModel.bundled());
  }

  /** An aligner with the given embedder and settings and the shipped model (tests, experiments). */
  public static Aligner with(Embedder embedder, Settings settings) {
    return new Aligner(embedder, settings, PairModel.bundled());
  }

  /** An aligner with the given embedder, settings and model (training, experiments). */
  public static Aligner with(Embedder embedder, Settings settings, PairModel model) {
    return new Aligner(embedder, settings, model);
  }

  /** The body sentences of a story cut into units, with what the pair model reads about them. */
  private static final class Units {
    final List<Sentence> sentences = new ArrayList<>();
    final List<Integer> articleOf = new ArrayList<>();
    final List<Sentence> units = new ArrayList<>();
    int[] art;
    int[] sentence;

    /**
     * A unit without a word (a lone quotation mark left by the splitter) states nothing to match.
     */
    boolean[] empty;

    PairFeatures features;
  }

  private static Units units(Embedder embedder, List<Article> articles) {
    Units u = new Units();
    List<Double> position = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      List<Sentence> body =
          articles.get(a).sentences().stream().filter(s -> s.kind() == BlockKind.BODY).toList();
      for (int k = 0; k < body.size(); k++) {
        u.sentences.add(body.get(k));
        u.articleOf.add(a);
        position.add(body.size() == 1 ? 0.0 : (double) k / (body.size() - 1));
      }
    }
    if (u.sentences.isEmpty()) {
      return u;
    }
    List<Integer> sentenceOf = new ArrayList<>();
    List<Set<String>> features = new ArrayList<>();
    List<Boolean> clause = new ArrayList<>();
    List<Double> unitPosition = new ArrayList<>();
    for (int k = 0; k < u.sentences.size(); k++) {
      Sentence before =
          k > 0 && u.articleOf.get(k - 1).equals(u.articleOf.get(k))
              ? u.sentences.get(k - 1)
              : null;
      List<Sentence> clauses = Clauses.of(u.sentences.get(k));
      for (int c = 0; c < clauses.size(); c++) {
        u.units.add(clauses.get(c));
        sentenceOf.add(k);
        clause.add(clauses.size() > 1);
        unitPosition.add(position.get(k));
        // a later clause refers back to the subject of the first ("..., and he said")
        features.add(SentenceFeatures.of(clauses.get(c), c == 0 ? before : clauses.get(0)));
      }
    }
    int n = u.units.size();
    u.sentence = sentenceOf.stream().mapToInt(Integer::intValue).toArray();
    u.art = sentenceOf.stream().mapToInt(k -> u.articleOf.get(k)).toArray();
    u.empty = new boolean[n];
    boolean[] isClause = new boolean[n];
    double[] pos = new double[n];
    for (int i = 0; i < n; i++) {
      u.empty[i] = Clauses.words(u.units.get(i).tokens(), 0, u.units.get(i).tokens().size()) == 0;
      isClause[i] = clause.get(i);
      pos[i] = unitPosition.get(i);
    }
    float[][] vectors = embedder.embed(u.units.stream().map(Sentence::text).toList());
    u.features =
        new PairFeatures(u.units, features, vectors, u.art, pos, isClause, articles.size());
    return u;
  }

  /** Every pair of units of different articles and its features (see {@link Pairs}). */
  public static Pairs pairs(Embedder embedder, List<Article> articles) {
    Units u = units(embedder, articles);
    List<int[]> pairs = new ArrayList<>();
    List<double[]> features = new ArrayList<>();
    for (int i = 0; i < u.units.size(); i++) {
      for (int j = i + 1; j < u.units.size(); j++) {
        if (u.art[i] != u.art[j] && !u.empty[i] && !u.empty[j]) {
          pairs.add(new int[] {i, j});
          features.add(u.features.of(i, j));
        }
      }
    }
    return new Pairs(u.units.stream().map(Sentence::id).toList(), pairs, features);
  }

  /**
   * The facts with each label that holds a loaded term the framing stage marked in the fact's own
   * sentences relabelled from a wording without one, when a wording of the fact reads as well
   * ({@link FactLabels}): a label states the claim, not one outlet's framing of it. Facts whose
   * every wording is loaded keep their label.
   */
  public static List<Fact> relabelled(
      List<Fact> facts, List<Article> articles, List<dev.parallax.model.Framing> framing) {
    Map<String, List<String>> terms = new java.util.HashMap<>();
    dev.parallax.model.Framing.termsBySentence(framing)
        .forEach(
            (sentence, marked) ->
                terms.put(
                    sentence,
                    marked.stream()
                        .map(t -> t.text().toLowerCase(java.util.Locale.ROOT))
                        .toList()));
    if (terms.isEmpty()) {
      return facts;
    }
    Map<String, Sentence> byId = new java.util.HashMap<>();
    articles.forEach(a -> a.sentences().forEach(x -> byId.put(x.id(), x)));
    // labels stay distinct, as distinctLabel keeps them: two rows under one label (ECB+ topic 6,
    // two facts relabelled from the one unloaded wording they share) cannot be told apart
    Set<String> used = new java.util.HashSet<>();
    facts.forEach(f -> used.add(f.label()));
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      List<String> own = new ArrayList<>();
      f.sentences().forEach(id -> own.addAll(terms.getOrDefault(id, List.of())));
      List<Sentence> wordings =
          f.sentences().stream().map(byId::get).filter(x -> x != null).toList();
      if (own.isEmpty() || !holdsAny(f.label(), own) || wordings.isEmpty()) {
        out.add(f);
        continue;
      }
      String label = FactLabels.of(wordings, x -> terms.containsKey(x.id()));
      if (taken(used, label)) {
        label =
            FactLabels.of(
                wordings, x -> terms.containsKey(x.id()) || taken(used, FactLabels.of(List.of(x))));
      }
      if (holdsAny(label, own) || taken(used, label)) {
        out.add(f);
        continue;
      }
      used.add(label);
      out.add(new Fact(f.id(), f.sentences(), f.articles(), label, f.confidence()));
    }
    return out;
  }

  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private static boolean holdsAny(String text, List<String> terms) {
    String t =
        " " + NOT_WORD.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ") + " ";
    for (String term : terms) {
      String w = " " + NOT_WORD.matcher(term).replaceAll(" ").strip() + " ";
      if (w.strip().length() > 0 && t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports of at most this many body sentences (a headline and its lead, a feed item) are short:
   * there every sentence is about the one event, so the pair model's features that compare a pair
   * with each unit's other matches say little, and it links too few pairs (docs/EVALUATION.md,
   * "Short reports").
   */
  static final int SHORT = 3;

  /**
   * The MiniLM cosine at which two sentences of short reports are grouped as one fact whatever the
   * pair model says; chosen on the alignment gold's tuning stories cut to 2, 3 and 5 lines (the
   * best mean pair F1 keeping 90% of single-source sentences apart at each cut).
   */
  static final double SHORT_COSINE = 0.6;

  /**
   * The scores grouping links and merges by: the model's, with every pair of sentences of two short
   * reports at {@link #SHORT_COSINE} or above raised to the link threshold. The join of further
   * sentences and a fact's confidence, and so the omissions it names, still read the model's own
   * scores: a fact only the cosine made marks no omission.
   */
  private float[][] shortReports(Units u, float[][] score, int[] length) {
    if (Arrays.stream(length).filter(l -> l <= SHORT).count() < 2) {
      return score; // no two short reports: the model's scores as they are, not copied
    }
    int n = score.length;
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) {
      out[i] = score[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (u.art[i] != u.art[j]
            && !u.empty[i]
            && !u.empty[j]
            && length[u.art[i]] <= SHORT
            && length[u.art[j]] <= SHORT
            && score[i][j] > 0 // not kept apart by their frames (sharedFrames)
            && score[i][j] < settings.link()
            && u.features.cosine(i, j) >= SHORT_COSINE) {
          out[i][j] = (float) settings.link();
          out[j][i] = out[i][j];
        }
      }
    }
    return out;
  }

  /** Aligns the body sentences of the articles (headings and captions are left out). */
  public Result align(List<Article> articles) {
    Units u = units(embedder, articles);
    if (u.sentences.isEmpty()) {
      return new Result(List.of(), List.of(), List.of());
    }
    int n = u.units.size();
    float[][] score = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (u.art[i] != u.art[j] && !u.empty[i] && !u.empty[j]) {
          float s = (float) model.probability(u.features.of(i, j));
          score[i][j] = s;
          score[j][i] = s;
        }
      }
    }
    int[] length = new int[articles.size()];
    for (int a : u.articleOf) {
      length[a]++;
    }
    sharedFrames(u, score);
    List<BitSet> groups = group(shortReports(u, score, length), score, u.art, articles.size());
    List<Fact> facts =
        facts(
            groups,
            u.units,
            u.sentence,
            u.sentences,
            u.art,
            articles,
            score,
            g ->
                g.stream().map(k -> u.art[k]).allMatch(a -> length[a] >= LONG)
                    ? settings.agree()
                    : 0);
    Map<String, Sentence> byId = new LinkedHashMap<>();
    u.sentences.forEach(s -> byId.put(s.id(), s));
    List<String> ids = articles.stream().map(Article::id).toList();
    Map<String, Set<String>> similar = similar(score, u.sentence, u.sentences);
    return new Result(
        facts,
        Omissions.find(
            facts, ids, settings.join(), titleSentences(articles), titledApart(articles)),
        Discrepancies.find(facts, byId, similar),
        similar);
  }

  /** Sentences lying in their article's first paragraph when that paragraph is the title. */
  static Set<String> titleSentences(List<Article> articles) {
    Set<String> out = new java.util.HashSet<>();
    for (Article a : articles) {
      for (Sentence s : a.sentences()) {
        if (a.inTitleParagraph(s)) {
          out.add(s.id());
        }
      }
    }
    return out;
  }

  /** Articles with a title that their text does not hold as its first paragraph. */
  static Set<String> titledApart(List<Article> articles) {
    Set<String> out = new java.util.HashSet<>();
    for (Article a : articles) {
      if (a.title().isPresent() && a.titleParagraphEnd() == 0) {
        out.add(a.id());
      }
    }
    return out;
  }

  /**
   * Tokens two units must open with alike for the rest to be read apart ({@link #sharedFrames}): a
   * named source and its description ("Priya Okafor, a structural engineer at ..., said").
   */
  static final int FRAME = 8;

  /** Words each unit must say after the shared opening for it to be compared. */
  static final int FRAME_REST = 4;

  /** Below this cosine, what two units say after one opening are different claims. */
  static final double FRAME_APART = 0.4;

  /**
   * Two units that open with the same words (a source and its description, carried from one wire
   * copy) and then say different things ("Priya Okafor, a structural engineer at ..., said it was
   * too early to identify a cause" and "..., said investigators would want to examine the
   * anchorages") score as one claim on the opening alone. Where the openings match for {@link
   * #FRAME} tokens, end at the speech verb, and what follows reads apart (MiniLM cosine under
   * {@link #FRAME_APART}), the pair no longer links.
   */
  private void sharedFrames(Units u, float[][] score) {
    int n = u.units.size();
    List<int[]> framed = new ArrayList<>();
    List<String> rests = new ArrayList<>();
    Map<String, Integer> restIndex = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (score[i][j] < settings.mutual() || score[i][j] <= 0) {
          continue;
        }
        Sentence a = u.units.get(i);
        Sentence b = u.units.get(j);
        int k = commonOpening(a, b);
        if (k < FRAME
            || !endsWithCue(a, k)
            || Clauses.words(a.tokens(), k, a.tokens().size()) < FRAME_REST
            || Clauses.words(b.tokens(), k, b.tokens().size()) < FRAME_REST) {
          continue;
        }
        String ra = rest(a, k);
        String rb = rest(b, k);
        restIndex.putIfAbsent(ra, restIndex.size());
        restIndex.putIfAbsent(rb, restIndex.size());
        framed.add(new int[] {i, j, restIndex.get(ra), restIndex.get(rb)});
      }
    }
    if (framed.isEmpty()) {
      return;
    }
    rests.addAll(restIndex.keySet());
    float[][] v = embedder.embed(rests);
    for (int[] f : framed) {
      // the embedder's vectors are unit length: their dot product is the cosine
      if (SentenceEmbedder.dot(v[f[2]], v[f[3]]) < FRAME_APART) {
        score[f[0]][f[1]] = 0;
        score[f[1]][f[0]] = 0;
      }
    }
  }

  private static final Set<String> CUES =
      dev.parallax.internal.DataFiles.words("attribution.tsv", "cue-verb");

  /**
   * Whether an opening of {@code k} tokens is a source and its speech verb, perhaps with "that"
   * ("Priya Okafor, ..., said"), and not a claim that goes on past it ("Heller told a judge that
   * Lohan was settling in at Morningside Recovery").
   */
  private static boolean endsWithCue(Sentence s, int k) {
    List<dev.parallax.model.Token> t = s.tokens();
    for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
      dev.parallax.model.Token w = t.get(j);
      if (w.pos().startsWith("VB") && CUES.contains(w.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return j == k - 1 || t.get(k - 1).word().equalsIgnoreCase("that");
      }
    }
    return false;
  }

  /** How many tokens two units open with alike (words compared without case). */
  private static int commonOpening(Sentence a, Sentence b) {
    int k = 0;
    List<dev.parallax.model.Token> x = a.tokens();
    List<dev.parallax.model.Token> y = b.tokens();
    while (k < x.size() && k < y.size() && x.get(k).word().equalsIgnoreCase(y.get(k).word())) {
      k++;
    }
    return k;
  }

  private static String rest(Sentence s, int from) {
    int start = s.tokens().get(from).start() - s.start();
    return s.text().substring(Math.max(0, start)).strip();
  }

  /** Sentences of different articles with a unit pair at or above the link threshold. */
  private Map<String, Set<String>> similar(
      float[][] score, int[] sentenceOf, List<Sentence> sentences) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < score.length; i++) {
      for (int j = i + 1; j < score.length; j++) {
        // score is symmetric, and 0 within an article and for units without a word
        if (score[i][j] > 0 && score[i][j] >= settings.link()) {
          String a = sentences.get(sentenceOf[i]).id();
          String b = sentences.get(sentenceOf[j]).id();
          out.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
          out.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
        }
      }
    }
    return out;
  }

  /**
   * A fact's label, not one an earlier fact already shows (but for a closing "…") where another of
   * its wordings reads as well: two rows of the coverage matrix under one label (a headline that
   * states two facts' gist) cannot be told apart. Adds the label to {@code used}.
   */
  static String distinctLabel(List<Sentence> wordings, Set<String> used) {
    String label = FactLabels.of(wordings);
    if (taken(used, label)) {
      String other = FactLabels.of(wordings, x -> taken(used, FactLabels.of(List.of(x))));
      label = taken(used, other) ? label : other;
    }
    used.add(label);
    return label;
  }

  /**
   * Whether {@code used} holds the label, or the same words cut shorter or longer ("A letter signed
   * by the whistleblower's lead attorney, Andrew Bakaj" and the same with "…": one long sentence of
   * one article labelled two facts, AllSides train).
   */
  private static boolean taken(Set<String> used, String label) {
    String key = labelKey(label);
    return used.stream().anyMatch(u -> labelKey(u).equals(key));
  }

  private static String labelKey(String label) {
    return label.replaceAll("\\s*…\\s*$", "").strip();
  }

  /**
   * Body sentences an article needs for the agreement floor ({@link Settings#agree}) to apply to
   * its facts: the pair model was trained on whole ECB+ reports, where most unit pairs are
   * negatives and a weak link between long articles is often two sentences on one subject saying
   * different things; on leads of a few sentences its probabilities run low for one event told
   * twice (docs/EVALUATION.md, "A floor on a shared fact's agreement").
   */
  static final int LONG = 10;

  /** How many further shared groups a unit may join. */
  static final int EXTRA = 2;

  private List<BitSet> group(float[][] score, float[][] model, int[] art, int articles) {
    int n = score.length;
    int[][] best = bestPerArticle(score, art, articles);
    List<int[]> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (art[i] == art[j] || score[i][j] <= 0) {
          continue;
        }
        boolean mutual = best[i][art[j]] == j && best[j][art[i]] == i;
        if (score[i][j] >= settings.link() || (mutual && score[i][j] >= settings.mutual())) {
          links.add(new int[] {i, j});
        }
      }
    }
    links.sort(byScore(score));
    int[] groupOf = new int[n];
    List<BitSet> members = new ArrayList<>();
    List<BitSet> arts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groupOf[i] = i;
      members.add(single(i));
      arts.add(single(art[i]));
    }
    for (int[] l : links) {
      int gi = groupOf[l[0]];
      int gj = groupOf[l[1]];
      if (gi == gj || arts.get(gi).intersects(arts.get(gj))) {
        continue;
      }
      if (mean(score, members.get(gi), members.get(gj), art) < settings.merge()) {
        continue;
      }
      BitSet moved = members.get(gj);
      for (int k = moved.nextSetBit(0); k >= 0; k = moved.nextSetBit(k + 1)) {
        groupOf[k] = gi;
      }
      members.get(gi).or(moved);
      arts.get(gi).or(arts.get(gj));
      members.set(gj, new BitSet());
    }
    List<BitSet> groups = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      if (!members.get(g).isEmpty()) {
        groups.add(members.get(g));
      }
    }
    join(groups, model, art);
    return groups;
  }

  /** Best match of unit i in each other article: {@code best[i][a]} (or -1). */
  private static int[][] bestPerArticle(float[][] score, int[] art, int articles) {
    int n = score.length;
    int[][] best = new int[n][articles];
    for (int[] row : best) {
      Arrays.fill(row, -1);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (art[i] != art[j] && (best[i][art[j]] < 0 || score[i][j] > score[i][best[i][art[j]]])) {
          best[i][art[j]] = j;
        }
      }
    }
    return best;
  }

  private static Comparator<int[]> byScore(float[][] score) {
    return Comparator.comparingDouble((int[] l) -> -score[l[0]][l[1]])
        .thenComparingInt(l -> l[0])
        .thenComparingInt(l -> l[1]);
  }

  /**
   * Lets a unit join further shared groups (of several articles) whose units of other articles it
   * matches with a mean probability of at least {@code join}, best first, at most {@link #EXTRA}
   * each. Its own article may already be in the group: then two of its sentences state that fact.
   */
  private void join(List<BitSet> groups, float[][] score, int[] art) {
    int n = score.length;
    List<BitSet> shared = new ArrayList<>();
    for (BitSet g : groups) {
      if (g.stream().map(k -> art[k]).distinct().count() > 1) {
        shared.add(g);
      }
    }
    record Offer(int unit, int group, double mean) {}
    List<Offer> offers = new ArrayList<>();
    for (int g = 0; g < shared.size(); g++) {
      BitSet members = shared.get(g);
      for (int i = 0; i < n; i++) {
        if (members.get(i)) {
          continue;
        }
        double m = mean(score, single(i), members, art);
        if (m >= settings.join()) {
          offers.add(new Offer(i, g, m));
        }
      }
    }
    offers.sort(
        Comparator.comparingDouble((Offer o) -> -o.mean())
            .thenComparingInt(Offer::unit)
            .thenComparingInt(Offer::group));
    int[] joined = new int[n];
    List<BitSet> grown = new ArrayList<>();
    shared.forEach(g -> grown.add((BitSet) g.clone()));
    for (Offer o : offers) {
      if (joined[o.unit()] >= EXTRA) {
        continue;
      }
      grown.get(o.group()).set(o.unit());
      joined[o.unit()]++;
    }
    for (int g = 0; g < shared.size(); g++) {
      shared.get(g).or(grown.get(g));
    }
  }

  private static BitSet single(int i) {
    BitSet b = new BitSet();
    b.set(i);
    return b;
  }

  /** Mean score between the units of {@code a} and of {@code b} in different articles. */
  private static double mean(float[][] score, BitSet a, BitSet b, int[] art) {
    double sum = 0;
    int count = 0;
    for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
      for (int j = b.nextSetBit(0); j >= 0; j = b.nextSetBit(j + 1)) {
        if (art[i] == art[j]) {
          continue;
        }
        sum += score[i][j];
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  /**
   * Facts from groups of units: a group names the sentences its units come from; groups naming the
   * same sentences are one fact; a group of several articles whose units agree less than its {@code
   * floor} (mean probability across articles) is no shared fact; a sentence that no shared group
   * holds is one single-source fact however many of its clauses stayed alone.
   */
  private static List<Fact> facts(
      List<BitSet> groups,
      List<Sentence> units,
      int[] unitSentence,
      List<Sentence> sentences,
      int[] art,
      List<Article> articles,
      float[][] score,
      java.util.function.ToDoubleFunction<BitSet> floor) {
    Map<BitSet, BitSet> bySentences = new LinkedHashMap<>();
    BitSet shared = new BitSet();
    List<BitSet> alone = new ArrayList<>();
    for (BitSet g : groups) {
      BitSet arts = new BitSet();
      g.stream().forEach(k -> arts.set(art[k]));
      if (arts.cardinality() > 1 && mean(score, g, g, art) >= floor.applyAsDouble(g)) {
        BitSet ss = new BitSet();
        g.stream().forEach(k -> ss.set(unitSentence[k]));
        bySentences.computeIfAbsent(ss, x -> new BitSet()).or(g);
        shared.or(ss);
      } else {
        g.stream().forEach(k -> alone.add(single(k)));
      }
    }
    for (BitSet g : alone) {
      int s = unitSentence[g.nextSetBit(0)];
      if (!shared.get(s)) {
        BitSet ss = new BitSet();
        ss.set(s);
        bySentences.computeIfAbsent(ss, x -> new BitSet()).or(g);
      }
    }
    record Draft(BitSet members, BitSet sentences, int support, int first) {}
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<BitSet, BitSet> e : bySentences.entrySet()) {
      BitSet arts = new BitSet();
      e.getValue().stream().forEach(k -> arts.set(art[k]));
      drafts.add(new Draft(e.getValue(), e.getKey(), arts.cardinality(), e.getKey().nextSetBit(0)));
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> -d.support()).thenComparingInt(Draft::first));
    List<Fact> out = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (Draft d : drafts) {
      List<String> ids = new ArrayList<>();
      TreeSet<Integer> arts = new TreeSet<>();
      d.sentences().stream().forEach(k -> ids.add(sentences.get(k).id()));
      d.members().stream().forEach(k -> arts.add(art[k]));
      double confidence;
      if (d.support() > 1) {
        confidence = 0;
        int pairs = 0;
        BitSet m = d.members();
        for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) {
          for (int j = m.nextSetBit(i + 1); j >= 0; j = m.nextSetBit(j + 1)) {
            if (art[i] != art[j]) {
              confidence += score[i][j];
              pairs++;
            }
          }
        }
        confidence /= Math.max(1, pairs);
      } else {
        double top = 0;
        BitSet m = d.members();
        for (int k = m.nextSetBit(0); k >= 0; k = m.nextSetBit(k + 1)) {
          for (int j = 0; j < score.length; j++) {
            top = Math.max(top, score[k][j]);
          }
        }
        confidence = 1 - top;
      }
      out.add(
          new Fact(
              "F" + (out.size() + 1),
              ids,
              arts.stream().map(a -> articles.get(a).id()).toList(),
              distinctLabel(d.members().stream().mapToObj(units::get).toList(), labels),
              Math.max(0, Math.min(1, confidence))));
    }
    return out;
  }
}

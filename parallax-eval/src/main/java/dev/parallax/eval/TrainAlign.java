package dev.parallax.eval;

import dev.parallax.align.Aligner;
import dev.parallax.align.Embedder;
import dev.parallax.align.PairModel;
import dev.parallax.align.SentenceEmbedder;
import dev.parallax.model.Fact;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import smile.classification.LogisticRegression;

/**
 * Trains the alignment pair model ({@code bench/train-align}): the tuning half of the alignment
 * gold ({@link AlignSuite#HELD_OUT} is never read) through the real pipeline, every pair of units
 * of different articles labelled by the gold (a pair of lines that share a gold fact of one line
 * per document is positive; pairs the gold links only through a fact holding several lines of one
 * document, doubtful pairs and out-of-scope pairs are left out; the rest are negative), a logistic
 * regression (Smile) over the standardised {@link PairModel#FEATURES}, and the grouping thresholds.
 * Both the regularisation and the thresholds are chosen by leaving one tuning story out at a time:
 * each story is scored by a model trained on the others; the regularisation with the lowest
 * log-loss wins, and the thresholds are those whose facts score the best pair F1 over those stories
 * among those whose pair precision there reaches {@link #MIN_PRECISION} (every gold pair counts
 * there, direct or not: a full grid over link, merge and join, then a coordinate search that adds
 * the mutual-best rule). The final model is then trained on every tuning story and written as JSON
 * with how it was made, the commit of the code ({@link CodeCommit}) among it. Deterministic: the
 * same data and code give the same file (no randomness; one thread for Smile's sums; numbers
 * rounded to 6 digits). {@link #ALL_PAIRS} counts every gold pair as a positive instead.
 *
 * <p>{@code --weak} adds weak labels from ECB+'s event coreference ({@link WeakPairs}) beside the
 * gold, one or more shares of them each judged by the left-out tuning stories (a model that scores
 * a tuning story reads no weak label of its topic); {@code --strict-negatives} keeps only weak
 * negatives that share no participant chain either; {@code --ranking-only} stops after the
 * regularisation and logs the left-out unit-pair average precision, without the threshold search.
 * None is the default: measured on the tuning half, weak labels lowered the left-out ranking at
 * every share tried (docs/EVALUATION.md).
 *
 * <pre>
 * bench/train-align [--out FILE] [--weak P,N[,GOLD_COPIES[,OFFSET]][;...]] [--strict-negatives]
 *     [--ranking-only]
 * </pre>
 */
public final class TrainAlign {
  static final double[] LAMBDAS = {0.1, 1, 10, 100};
  static final double[] LINKS = grid(0.2, 0.9, 0.05);
  static final double[] MUTUALS = grid(0.0, 0.9, 0.05);
  static final double[] MERGES = grid(0.05, 0.8, 0.05);
  static final double[] JOINS = grid(0.2, 0.95, 0.05);

  /** The lowest agreement of a shared fact between long articles (0: every shared group is one). */
  static final double[] AGREES = grid(0.0, 0.5, 0.05);

  private TrainAlign() {}

  private static double[] grid(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      out[k] = Math.round((from + k * step) * 100) / 100.0;
    }
    return out;
  }

  /**
   * The labelled pairs of one story: a gold story's, or a group of {@link WeakPairs} ({@code weak},
   * each pair with a fixed draw in [0, 1) that decides whether a given share of them is used).
   */
  record Labelled(
      AlignedStory story,
      String topic,
      boolean weak,
      List<double[]> x,
      List<Integer> y,
      List<Double> draw) {}

  /**
   * How much of the weak labels a model is fitted on: the share of weak positives and of weak
   * negatives kept (a pair is kept when its fixed draw plus {@code offset}, modulo 1, falls below
   * the share; the offset picks another sample of the same size), and how many times each gold pair
   * is counted (a weight of 1 / {@code goldCopies} for a weak pair against a gold one).
   */
  record Weak(double positives, double negatives, int goldCopies, double offset) {
    Weak(double positives, double negatives) {
      this(positives, negatives, 1, 0);
    }

    boolean keeps(int label, double draw) {
      return (draw + offset) % 1.0 < (label == 1 ? positives : negatives);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "weak positives %.2f, negatives %.2f, gold x%d, offset %.2f",
          positives,
          negatives,
          goldCopies,
          offset);
    }
  }

  /** An embedder that remembers every sentence's vector: the grid aligns the same stories often. */
  static Embedder cached() {
    Map<String, float[]> cache = new ConcurrentHashMap<>();
    return texts -> {
      List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
      if (!missing.isEmpty()) {
        float[][] got = SentenceEmbedder.shared().embed(missing);
        for (int i = 0; i < missing.size(); i++) {
          cache.put(missing.get(i), got[i]);
        }
      }
      return texts.stream().map(cache::get).toArray(float[][]::new);
    };
  }

  static Labelled label(AlignedStory s, Embedder embedder) {
    return labelled(
        s,
        WeakPairs.topic(s.gold.id()),
        false,
        embedder,
        pair -> {
          if (s.gold.doubtful().contains(pair)) {
            return null;
          }
          // a pair the gold links only through a fact that holds several lines of one document is
          // not one the two sentences state alone: grouping makes such pairs, the model should not
          if (!ALL_PAIRS && s.gold.pairs().contains(pair) && !s.gold.direct().contains(pair)) {
            return null;
          }
          return s.gold.pairs().contains(pair) ? 1 : 0;
        });
  }

  /** The unit pairs of one group of weak labels: each pair of units takes its lines' label. */
  static Labelled labelWeak(AlignedStory s, WeakPairs.Group g, Embedder embedder) {
    return labelled(s, g.topic(), true, embedder, g.labels()::get);
  }

  /**
   * The unit pairs of a story between lines of different documents, each labelled by {@code
   * labelOf} (null: left out), with the fixed draw that decides whether a share of weak labels
   * keeps it.
   */
  private static Labelled labelled(
      AlignedStory s,
      String topic,
      boolean weak,
      Embedder embedder,
      java.util.function.Function<AlignGold.Pair, Integer> labelOf) {
    Aligner.Pairs p = Aligner.pairs(embedder, s.report.articles());
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<Double> draw = new ArrayList<>();
    for (AlignedStory.LinePair lp : s.crossLinePairs(p)) {
      int k = lp.index();
      int[] uv = p.pairs().get(k);
      Integer label = labelOf.apply(lp.pair());
      if (label == null) {
        continue;
      }
      x.add(p.features().get(k));
      y.add(label);
      String key = s.gold.id() + ":" + p.sentences().get(uv[0]) + "|" + p.sentences().get(uv[1]);
      draw.add((Corpora.hash(key) % 1_000_000) / 1_000_000.0);
    }
    return new Labelled(s, topic, weak, x, y, draw);
  }

  /** A model fitted on some stories' pairs, with the features standardised on those pairs. */
  static PairModel fit(
      List<Labelled> data, Weak weak, double lambda, Aligner.Settings grouping, String provenance) {
    List<double[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (Labelled l : data) {
      for (int i = 0; i < l.x().size(); i++) {
        int copies =
            l.weak() ? (weak.keeps(l.y().get(i), l.draw().get(i)) ? 1 : 0) : weak.goldCopies();
        for (int c = 0; c < copies; c++) {
          rows.add(l.x().get(i));
          labels.add(l.y().get(i));
        }
      }
    }
    int p = PairModel.FEATURES.size();
    double[] mean = new double[p];
    double[] scale = new double[p];
    for (double[] r : rows) {
      for (int k = 0; k < p; k++) {
        mean[k] += r[k] / rows.size();
      }
    }
    for (double[] r : rows) {
      for (int k = 0; k < p; k++) {
        scale[k] += (r[k] - mean[k]) * (r[k] - mean[k]) / rows.size();
      }
    }
    for (int k = 0; k < p; k++) {
      scale[k] = round(scale[k] > 1e-12 ? Math.sqrt(scale[k]) : 1);
      mean[k] = round(mean[k]);
    }
    double[][] x = new double[rows.size()][p];
    int[] y = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int k = 0; k < p; k++) {
        x[i][k] = (rows.get(i)[k] - mean[k]) / scale[k];
      }
      y[i] = labels.get(i);
    }
    LogisticRegression.Binomial lr = LogisticRegression.binomial(x, y, lambda, 1e-7, 2000);
    double[] w = lr.coefficients();
    double[] weight = new double[p];
    for (int k = 0; k < p; k++) {
      weight[k] = round(w[k]);
    }
    return new PairModel(
        PairModel.FEATURES, mean, scale, weight, round(w[p]), grouping, provenance);
  }

  static double round(double v) {
    return new BigDecimal(v).round(new MathContext(6)).doubleValue();
  }

  /** Average precision of the left-out unit pairs, each story scored by its fold's model. */
  static double averagePrecision(List<Labelled> data, List<PairModel> folds) {
    List<double[]> scored = new ArrayList<>();
    int positives = 0;
    for (int k = 0; k < data.size(); k++) {
      Labelled l = data.get(k);
      for (int i = 0; i < l.x().size(); i++) {
        scored.add(new double[] {folds.get(k).probability(l.x().get(i)), l.y().get(i)});
        positives += l.y().get(i);
      }
    }
    scored.sort((a, b) -> Double.compare(b[0], a[0]));
    double sum = 0;
    int tp = 0;
    for (int i = 0; i < scored.size(); i++) {
      if (scored.get(i)[1] == 1) {
        tp++;
        sum += (double) tp / (i + 1);
      }
    }
    return positives == 0 ? 0 : sum / positives;
  }

  /** Mean log-loss of a model on some pairs. */
  static double logLoss(PairModel m, Labelled l) {
    double sum = 0;
    for (int i = 0; i < l.x().size(); i++) {
      double q = Math.min(1 - 1e-9, Math.max(1e-9, m.probability(l.x().get(i))));
      sum -= l.y().get(i) == 1 ? Math.log(q) : Math.log(1 - q);
    }
    return sum;
  }

  /** What one share of weak labels gives: the regularisation and thresholds chosen with it. */
  record Choice(Weak weak, double lambda, Aligner.Settings grouping, LeftOut leftOut) {}

  /**
   * What thresholds give over the left-out tuning stories: their pairs, and the share of the gold's
   * single-document lines no shared fact holds.
   */
  record LeftOut(Prf prf, double singleKept) {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of("parallax-core/src/main/resources/dev/parallax/align/pair-model.json");
    List<Weak> shares = List.of(new Weak(0, 0));
    boolean rankingOnly = false;
    boolean strict = false;
    int leads = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else if (args[i].equals("--strict-negatives")) {
        strict = true;
      } else if (args[i].equals("--ranking-only")) {
        rankingOnly = true;
      } else if (args[i].equals("--leads") && i + 1 < args.length) {
        leads = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--weak") && i + 1 < args.length) {
        List<Weak> ws = new ArrayList<>();
        for (String one : args[++i].split(";")) {
          String[] v = one.split(",");
          ws.add(
              new Weak(
                  Double.parseDouble(v[0]),
                  Double.parseDouble(v[1]),
                  v.length > 2 ? Integer.parseInt(v[2]) : 1,
                  v.length > 3 ? Double.parseDouble(v[3]) : 0));
        }
        shares = ws;
      } else {
        System.err.println(
            "usage: bench/train-align [--out FILE] [--weak P,N[,GOLD_COPIES[,OFFSET]][;...]]"
                + " [--strict-negatives] [--ranking-only] [--leads LINES]");
        System.exit(2);
      }
    }
    Suite.Log log = m -> System.err.println("train-align: " + m);
    Corpora corpora = Corpora.locate();
    List<AlignedStory> tuning = new ArrayList<>();
    for (AlignedStory s : AlignSuite.analyse(corpora, 0, AlignSuite.TUNING_ONLY, log)) {
      tuning.add(s);
    }
    if (leads > 0) {
      // each tuning story again as its documents' first lines tell it: the pairs of short texts
      tuning.addAll(AlignSuite.analyse(corpora, 0, AlignSuite.TUNING_ONLY, leads, log));
    }
    Embedder embedder = cached();
    List<Labelled> data = new ArrayList<>();
    int positives = 0;
    int pairs = 0;
    for (AlignedStory s : tuning) {
      Labelled l = label(s, embedder);
      data.add(l);
      pairs += l.y().size();
      positives += (int) l.y().stream().filter(v -> v == 1).count();
    }
    log.info(
        tuning.size() + " tuning stories, " + pairs + " unit pairs, " + positives + " positive");

    // weak labels from ECB+'s annotation, never from a held-out gold story's topic (read only when
    // some share of them is asked for)
    Set<String> heldOutTopics = new TreeSet<>();
    AlignSuite.HELD_OUT.forEach(id -> heldOutTopics.add(WeakPairs.topic(id)));
    boolean usesWeak = shares.stream().anyMatch(w -> w.positives() > 0 || w.negatives() > 0);
    List<WeakPairs.Group> groups =
        usesWeak ? WeakPairs.groups(corpora, heldOutTopics, strict) : List.of();
    Path docs = corpora.dir(StoryCorpora.ECBPLUS).resolve("docs");
    List<AlignedStory> weakStories =
        Parallel.map(groups, g -> AlignedStory.analyse(docs, g.docs()), log, "weak groups");
    List<Labelled> weak = new ArrayList<>();
    int weakPositives = 0;
    int weakPairs = 0;
    for (int k = 0; k < groups.size(); k++) {
      Labelled l = labelWeak(weakStories.get(k), groups.get(k), embedder);
      weak.add(l);
      weakPairs += l.y().size();
      weakPositives += (int) l.y().stream().filter(v -> v == 1).count();
    }
    if (usesWeak) {
      log.info(
          groups.size()
              + " weak groups of "
              + new TreeSet<>(groups.stream().map(WeakPairs.Group::topic).toList()).size()
              + " topics, "
              + weakPairs
              + " unit pairs, "
              + weakPositives
              + " positive");
    }

    Choice chosen = null;
    for (Weak w : shares) {
      Choice c = choose(data, weak, w, pairs, rankingOnly, embedder, log);
      if (chosen == null || objective(c.leftOut()) > objective(chosen.leftOut())) {
        chosen = c;
      }
    }
    if (rankingOnly) {
      return;
    }
    log.info("chosen: " + chosen.weak());

    String data_ = AlignSuite.data(corpora);
    List<String> ids = tuning.stream().map(s -> s.gold.id()).distinct().toList();
    String provenance = "bench/train-align on " + data_;
    List<Labelled> all = new ArrayList<>(data);
    all.addAll(weak);
    PairModel model = fit(all, chosen.weak(), chosen.lambda(), chosen.grouping(), provenance);

    Map<String, Object> trained = new LinkedHashMap<>();
    trained.put("command", "bench/train-align");
    trained.put("code", CodeCommit.of(Path.of("")));
    trained.put("library", "smile-core 3.1.1, LogisticRegression.binomial");
    trained.put("data", "stories-ecbplus+alignment gold " + data_);
    trained.put("stories", ids);
    if (leads > 0) {
      trained.put("lead-lines", leads);
    }
    trained.put("pairs", pairs);
    trained.put("positive", positives);
    Map<String, Object> weakInfo = new LinkedHashMap<>();
    weakInfo.put(
        "source", "stories-ecbplus mentions.jsonl and entities.jsonl, groups of 3 documents");
    weakInfo.put("topics", new TreeSet<>(groups.stream().map(WeakPairs.Group::topic).toList()));
    weakInfo.put("strict-negatives", strict);
    weakInfo.put("groups", groups.size());
    weakInfo.put("pairs", weakPairs);
    weakInfo.put("positive", weakPositives);
    weakInfo.put("positives-used", chosen.weak().positives());
    weakInfo.put("negatives-used", chosen.weak().negatives());
    if (usesWeak) {
      trained.put("weak", weakInfo);
    }
    trained.put("lambda", chosen.lambda());
    trained.put("thresholds-for", "best left-out pair F1 at precision >= " + MIN_PRECISION);
    Map<String, Object> cv = new LinkedHashMap<>();
    cv.put("precision", round(chosen.leftOut().prf().precision()));
    cv.put("recall", round(chosen.leftOut().prf().recall()));
    cv.put("f1", round(chosen.leftOut().prf().f1()));
    cv.put("single-source-kept", round(chosen.leftOut().singleKept()));
    trained.put("left-out", cv);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, model.toJson(trained), StandardCharsets.UTF_8);
    log.info("wrote " + out);
  }

  /**
   * The regularisation and thresholds for one share of weak labels, each tuning story scored by a
   * model fitted on the other tuning stories and on the weak labels of other topics.
   */
  static Choice choose(
      List<Labelled> data,
      List<Labelled> weak,
      Weak w,
      int pairs,
      boolean rankingOnly,
      Embedder embedder,
      Suite.Log log) {
    Aligner.Settings placeholder = new Aligner.Settings(0.5, 0.5, 0.5, 0.5);
    // regularisation: the lowest log-loss on left-out stories
    double lambda = LAMBDAS[0];
    double bestLoss = Double.MAX_VALUE;
    for (double l : LAMBDAS) {
      double loss = 0;
      for (int k = 0; k < data.size(); k++) {
        loss += logLoss(fit(without(data, weak, k), w, l, placeholder, ""), data.get(k));
      }
      log.info(
          String.format(Locale.ROOT, "%s, lambda %g: left-out log-loss %.4f", w, l, loss / pairs));
      if (loss < bestLoss) {
        bestLoss = loss;
        lambda = l;
      }
    }

    // thresholds: the facts each left-out story gets from a model trained on the others
    List<PairModel> folds = new ArrayList<>();
    for (int k = 0; k < data.size(); k++) {
      folds.add(fit(without(data, weak, k), w, lambda, placeholder, ""));
    }
    log.info(
        String.format(
            Locale.ROOT,
            "%s, lambda %g: left-out unit-pair average precision %.4f",
            w,
            lambda,
            averagePrecision(data, folds)));
    if (rankingOnly) {
      return new Choice(w, lambda, placeholder, new LeftOut(new Prf(), 0));
    }
    Map<Aligner.Settings, LeftOut> tried = new LinkedHashMap<>();
    // a full grid without the mutual rule (mutual = link), then a coordinate search from its best
    Aligner.Settings best = null;
    double bestObjective = Double.NEGATIVE_INFINITY;
    for (double link : LINKS) {
      for (double merge : MERGES) {
        for (double join : JOINS) {
          Aligner.Settings s = new Aligner.Settings(link, link, merge, join);
          double o = objective(leftOut(s, data, folds, embedder, tried));
          if (o > bestObjective) {
            best = s;
            bestObjective = o;
          }
        }
      }
    }
    for (int round = 0; round < ROUNDS; round++) {
      Aligner.Settings start = best;
      for (int which = 0; which < 5; which++) {
        double[] values =
            which == 0
                ? LINKS
                : which == 1 ? MUTUALS : which == 2 ? MERGES : which == 3 ? JOINS : AGREES;
        for (double v : values) {
          Aligner.Settings s = with(best, which, v);
          if (s.mutual() > s.link()) {
            continue;
          }
          double o = objective(leftOut(s, data, folds, embedder, tried));
          if (o > bestObjective) {
            best = s;
            bestObjective = o;
          }
        }
      }
      if (best.equals(start)) {
        break;
      }
    }
    LeftOut bestLeftOut = tried.get(best);
    Prf bestPrf = bestLeftOut.prf();
    log.info(
        String.format(
            Locale.ROOT,
            "%s: lambda %g, thresholds %s: left-out pair P %.3f R %.3f F1 %.3f, single-source"
                + " kept %.3f (%d settings tried)",
            w,
            lambda,
            best,
            bestPrf.precision(),
            bestPrf.recall(),
            bestPrf.f1(),
            bestLeftOut.singleKept(),
            tried.size()));
    return new Choice(w, lambda, best, bestLeftOut);
  }

  /**
   * Rounds of coordinate search over the five thresholds (it stops early when a round changes
   * none).
   */
  static final int ROUNDS = 4;

  /**
   * The left-out pair precision the thresholds must reach: issue 15's precision target, since a
   * wrong pair is a wrong "all report it" and a lost "only one reports it" ({@code
   * -Dparallax.align.train.precision}, 0: none, best F1 alone).
   */
  static final double MIN_PRECISION =
      Double.parseDouble(System.getProperty("parallax.align.train.precision", "0"));

  /**
   * The left-out share of the gold's single-document lines the thresholds must keep apart: issue
   * 15's target for "only one reports it" ({@code -Dparallax.align.train.single}, 0: none).
   */
  static final double MIN_SINGLE_KEPT =
      Double.parseDouble(System.getProperty("parallax.align.train.single", "0"));

  /**
   * Every gold pair a positive, those of facts holding several lines of one document too ({@code
   * -Dparallax.align.train.allpairs=true}; an experiment, not kept: docs/EVALUATION.md).
   */
  static final boolean ALL_PAIRS = Boolean.getBoolean("parallax.align.train.allpairs");

  /**
   * What the thresholds are chosen for: pair F1 over the left-out stories among settings whose
   * precision reaches {@link #MIN_PRECISION}; below it, precision alone (so the search climbs
   * towards it).
   */
  static double objective(LeftOut l) {
    return objective(l, MIN_PRECISION, MIN_SINGLE_KEPT);
  }

  /** The objective with the given limits (0: none). */
  static double objective(LeftOut l, double minPrecision, double minSingleKept) {
    Prf p = l.prf();
    if (p.precision() >= minPrecision && l.singleKept() >= minSingleKept) {
      return 1 + p.f1();
    }
    // below 1: how near the farther of the two limits is, so the search climbs towards both
    double near = 1;
    if (minPrecision > 0) {
      near = Math.min(near, p.precision() / minPrecision);
    }
    if (minSingleKept > 0) {
      near = Math.min(near, l.singleKept() / minSingleKept);
    }
    return Math.min(near, 0.999999);
  }

  static Aligner.Settings with(Aligner.Settings s, int which, double v) {
    return new Aligner.Settings(
        which == 0 ? v : s.link(),
        which == 1 ? v : s.mutual(),
        which == 2 ? v : s.merge(),
        which == 3 ? v : s.join(),
        which == 4 ? v : s.agree());
  }

  /** Pair counts of the facts each tuning story gets with a model trained on the others. */
  static LeftOut leftOut(
      Aligner.Settings s,
      List<Labelled> data,
      List<PairModel> folds,
      Embedder embedder,
      Map<Aligner.Settings, LeftOut> tried) {
    LeftOut known = tried.get(s);
    if (known != null) {
      return known;
    }
    Prf prf = new Prf();
    int kept = 0;
    int unique = 0;
    for (int k = 0; k < data.size(); k++) {
      AlignedStory story = data.get(k).story();
      List<Fact> facts =
          Aligner.with(embedder, s, folds.get(k)).align(story.report.articles()).facts();
      AlignedStory.Score score = story.score(facts);
      prf.add(score.pairs());
      kept += score.uniqueKept();
      unique += score.unique();
    }
    LeftOut out = new LeftOut(prf, unique == 0 ? 1 : (double) kept / unique);
    tried.put(s, out);
    return out;
  }

  /**
   * The tuning stories but the k-th, and the weak labels of every topic but the k-th story's: the
   * model that scores story k has read nothing of its topic.
   */
  private static List<Labelled> without(List<Labelled> data, List<Labelled> weak, int k) {
    String topic = data.get(k).topic();
    // a story's lead-cut copy goes with it
    List<Labelled> out =
        new ArrayList<>(data.stream().filter(l -> !l.topic().equals(topic)).toList());
    weak.stream().filter(l -> !l.topic().equals(topic)).forEach(out::add);
    return out;
  }
}

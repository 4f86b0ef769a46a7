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
 * (every gold pair counts there, direct or not: a full grid over link, merge and join, then a
 * coordinate search that adds the mutual-best rule). The final model is then trained on every
 * tuning story and written as JSON with how it was made. Deterministic: the same data gives the
 * same file (no randomness; one thread for Smile's sums; numbers rounded to 6 digits).
 *
 * <pre>bench/train-align [--out FILE]</pre>
 */
public final class TrainAlign {
  static final double[] LAMBDAS = {0.1, 1, 10, 100};
  static final double[] LINKS = grid(0.2, 0.9, 0.05);
  static final double[] MUTUALS = grid(0.0, 0.9, 0.05);
  static final double[] MERGES = grid(0.05, 0.8, 0.05);
  static final double[] JOINS = grid(0.2, 0.95, 0.05);

  private TrainAlign() {}

  private static double[] grid(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      out[k] = Math.round((from + k * step) * 100) / 100.0;
    }
    return out;
  }

  /** The labelled pairs of one story. */
  record Labelled(AlignedStory story, List<double[]> x, List<Integer> y, List<Boolean> direct) {}

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
    Aligner.Pairs p = Aligner.pairs(embedder, s.report.articles());
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<Boolean> direct = new ArrayList<>();
    for (int k = 0; k < p.pairs().size(); k++) {
      int[] uv = p.pairs().get(k);
      AlignGold.Line a = s.lineOf.get(p.sentences().get(uv[0]));
      AlignGold.Line b = s.lineOf.get(p.sentences().get(uv[1]));
      if (a == null || b == null || a.file().equals(b.file())) {
        continue;
      }
      AlignGold.Pair pair = new AlignGold.Pair(a, b);
      if (s.gold.doubtful().contains(pair)) {
        continue;
      }
      // a pair the gold links only through a fact that holds several lines of one document is
      // not one the two sentences state alone: grouping makes such pairs, the model should not
      if (s.gold.pairs().contains(pair) && !s.gold.direct().contains(pair)) {
        continue;
      }
      x.add(p.features().get(k));
      y.add(s.gold.pairs().contains(pair) ? 1 : 0);
      direct.add(s.gold.direct().contains(pair));
    }
    return new Labelled(s, x, y, direct);
  }

  /** A model fitted on some stories' pairs, with the features standardised on those pairs. */
  static PairModel fit(
      List<Labelled> data, double lambda, Aligner.Settings grouping, String provenance) {
    List<double[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (Labelled l : data) {
      rows.addAll(l.x());
      labels.addAll(l.y());
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

  /** Mean log-loss of a model on some pairs. */
  static double logLoss(PairModel m, Labelled l) {
    double sum = 0;
    for (int i = 0; i < l.x().size(); i++) {
      double q = Math.min(1 - 1e-9, Math.max(1e-9, m.probability(l.x().get(i))));
      sum -= l.y().get(i) == 1 ? Math.log(q) : Math.log(1 - q);
    }
    return sum;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of("parallax-core/src/main/resources/dev/parallax/align/pair-model.json");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out")) {
        out = Path.of(args[++i]);
      } else {
        System.err.println("usage: bench/train-align [--out FILE]");
        System.exit(2);
      }
    }
    Suite.Log log = m -> System.err.println("train-align: " + m);
    Corpora corpora = Corpora.locate();
    List<AlignedStory> tuning = new ArrayList<>();
    for (AlignedStory s : AlignSuite.analyse(corpora, 0, AlignSuite.TUNING_ONLY, log)) {
      tuning.add(s);
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
    Aligner.Settings placeholder = new Aligner.Settings(0.5, 0.5, 0.5, 0.5);

    // regularisation: the lowest log-loss on left-out stories
    double lambda = LAMBDAS[0];
    double bestLoss = Double.MAX_VALUE;
    for (double l : LAMBDAS) {
      double loss = 0;
      for (int k = 0; k < data.size(); k++) {
        loss += logLoss(fit(without(data, k), l, placeholder, ""), data.get(k));
      }
      log.info(String.format(Locale.ROOT, "lambda %g: left-out log-loss %.4f", l, loss / pairs));
      if (loss < bestLoss) {
        bestLoss = loss;
        lambda = l;
      }
    }

    // thresholds: the facts each left-out story gets from a model trained on the others
    List<PairModel> folds = new ArrayList<>();
    for (int k = 0; k < data.size(); k++) {
      folds.add(fit(without(data, k), lambda, placeholder, ""));
    }
    Map<Aligner.Settings, Prf> tried = new LinkedHashMap<>();
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
      for (int which = 0; which < 4; which++) {
        double[] values = which == 0 ? LINKS : which == 1 ? MUTUALS : which == 2 ? MERGES : JOINS;
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
    Prf bestPrf = tried.get(best);
    log.info(
        String.format(
            Locale.ROOT,
            "thresholds %s: left-out pair P %.3f R %.3f F1 %.3f (%d settings tried)",
            best,
            bestPrf.precision(),
            bestPrf.recall(),
            bestPrf.f1(),
            tried.size()));

    String data_ = AlignSuite.data(corpora);
    List<String> ids = tuning.stream().map(s -> s.gold.id()).toList();
    String provenance = "bench/train-align on " + data_;
    PairModel model = fit(data, lambda, best, provenance);

    Map<String, Object> trained = new LinkedHashMap<>();
    trained.put("command", "bench/train-align");
    trained.put("library", "smile-core 3.1.1, LogisticRegression.binomial");
    trained.put("data", "stories-ecbplus+alignment gold " + data_);
    trained.put("stories", ids);
    trained.put("pairs", pairs);
    trained.put("positive", positives);
    trained.put("lambda", lambda);
    Map<String, Object> cv = new LinkedHashMap<>();
    cv.put("precision", round(bestPrf.precision()));
    cv.put("recall", round(bestPrf.recall()));
    cv.put("f1", round(bestPrf.f1()));
    trained.put("left-out", cv);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, model.toJson(trained), StandardCharsets.UTF_8);
    log.info("wrote " + out);
  }

  /**
   * Rounds of coordinate search over the four thresholds (it stops early when a round changes
   * none).
   */
  static final int ROUNDS = 4;

  /** What the thresholds are chosen for: pair F1 over the left-out stories. */
  static double objective(Prf p) {
    return p.f1();
  }

  static Aligner.Settings with(Aligner.Settings s, int which, double v) {
    return new Aligner.Settings(
        which == 0 ? v : s.link(),
        which == 1 ? v : s.mutual(),
        which == 2 ? v : s.merge(),
        which == 3 ? v : s.join());
  }

  /** Pair counts of the facts each tuning story gets with a model trained on the others. */
  static Prf leftOut(
      Aligner.Settings s,
      List<Labelled> data,
      List<PairModel> folds,
      Embedder embedder,
      Map<Aligner.Settings, Prf> tried) {
    Prf known = tried.get(s);
    if (known != null) {
      return known;
    }
    Prf prf = new Prf();
    for (int k = 0; k < data.size(); k++) {
      AlignedStory story = data.get(k).story();
      List<Fact> facts =
          Aligner.with(embedder, s, folds.get(k)).align(story.report.articles()).facts();
      prf.add(story.score(facts).pairs());
    }
    tried.put(s, prf);
    return prf;
  }

  private static List<Labelled> without(List<Labelled> data, int k) {
    List<Labelled> out = new ArrayList<>(data);
    out.remove(k);
    return out;
  }
}

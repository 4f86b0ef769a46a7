package dev.parallax.eval;

import dev.parallax.align.SentenceEmbedder;
import dev.parallax.framing.LoadedWordModel;
import dev.parallax.framing.SentenceFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import smile.classification.LogisticRegression;

/**
 * The loaded-sentence half of {@code bench/train-framing}: a logistic regression over {@link
 * SentenceFeatures} (the passage's MiniLM embedding and what the word model found in it) against
 * BABE's sentence label, on the labelled tuning sentences. The word-model features of each training
 * sentence come from the word model fitted without its topic, as on news never seen; the penalty
 * and the threshold (best sentence F1) are chosen on predictions for each topic by a sentence model
 * fitted without it.
 */
final class SentenceTrainer {
  /** Ridge penalties tried on the standardised features. */
  static final double[] LAMBDAS = {30, 100, 300, 1000, 3000};

  /** The trained model with the cross-validated figures at its threshold and its curve. */
  record Trained(
      LoadedWordModel model,
      double lambda,
      int sentences,
      int biased,
      double[] prf,
      double[] embeddingOnly,
      String curve) {}

  private SentenceTrainer() {}

  /**
   * Trains on {@code examples}; {@code wordProbabilities[i]} are the cross-validated word-model
   * probabilities of example i's words in the outlet's voice.
   */
  static Trained train(
      List<FramingTrainer.Example> examples,
      List<double[]> wordProbabilities,
      double wordThreshold,
      Suite.Log log) {
    List<Integer> labelled = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (examples.get(i).row().labelled()) {
        labelled.add(i);
      }
    }
    List<String> texts = new ArrayList<>();
    for (FramingTrainer.Example e : examples) {
      texts.add(e.row().text().strip());
    }
    log.info("framing: embedding " + texts.size() + " tuning sentences");
    float[][] emb = SentenceEmbedder.shared().embed(texts);
    double[][] every = new double[examples.size()][];
    for (int i = 0; i < examples.size(); i++) {
      every[i] = SentenceFeatures.of(emb[i], wordProbabilities.get(i), wordThreshold);
    }
    int n = labelled.size();
    double[][] x = new double[n][];
    int[] y = new int[n];
    String[] topic = new String[n];
    int biased = 0;
    for (int k = 0; k < n; k++) {
      FramingTrainer.Example e = examples.get(labelled.get(k));
      x[k] = every[labelled.get(k)];
      y[k] = e.row().biased() ? 1 : 0;
      biased += y[k];
      topic[k] = e.row().topic();
    }
    double[] mean = new double[x[0].length];
    double[] sd = new double[x[0].length];
    FramingTrainer.standardisation(x, mean, sd);

    double bestF1 = -1;
    double lambda = Double.NaN;
    double threshold = Double.NaN;
    String curve = "";
    double[] at = null;
    for (double l : LAMBDAS) {
      double[] p = crossValidate(x, y, topic, mean, sd, l, x[0].length);
      StringBuilder c = new StringBuilder();
      boolean improved = false;
      for (int t = 10; t <= 90; t++) {
        double[] prf = score(p, y, t / 100.0);
        if (t % 10 == 0) {
          c.append(
              String.format(
                  Locale.ROOT,
                  "%n#   %.2f  P %.3f  R %.3f  F1 %.3f",
                  t / 100.0,
                  prf[0],
                  prf[1],
                  prf[2]));
        }
        if (prf[2] > bestF1) {
          bestF1 = prf[2];
          threshold = t / 100.0;
          lambda = l;
          at = prf;
          improved = true;
        }
      }
      if (improved) {
        curve = c.toString();
      }
      log.info(
          String.format(
              Locale.ROOT, "framing: sentence lambda %s, best F1 so far %.3f", l, bestF1));
    }
    // for the record: the embedding alone, without what the word model found
    double[] only = crossValidate(x, y, topic, mean, sd, lambda, SentenceFeatures.EMBEDDING);
    double[] onlyBest = {0, 0, -1};
    for (int t = 10; t <= 90; t++) {
      double[] prf = score(only, y, t / 100.0);
      if (prf[2] > onlyBest[2]) {
        onlyBest = prf;
      }
    }
    LogisticRegression.Binomial m = fit(x, y, all(n), mean, sd, lambda, x[0].length);
    double[] w = m.coefficients();
    LoadedWordModel model =
        new LoadedWordModel(
            SentenceFeatures.NAMES,
            mean,
            sd,
            java.util.Arrays.copyOf(w, mean.length),
            w[mean.length],
            threshold);
    return new Trained(model, lambda, n, biased, at, onlyBest, curve);
  }

  private static double[] crossValidate(
      double[][] x, int[] y, String[] topic, double[] mean, double[] sd, double lambda, int dims) {
    double[] p = new double[x.length];
    for (String t : new TreeSet<>(List.of(topic))) {
      List<Integer> fit = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        (topic[i].equals(t) ? held : fit).add(i);
      }
      LogisticRegression.Binomial m = fit(x, y, fit, mean, sd, lambda, dims);
      for (int i : held) {
        p[i] = m.score(row(x[i], mean, sd, dims));
      }
    }
    return p;
  }

  private static LogisticRegression.Binomial fit(
      double[][] x,
      int[] y,
      List<Integer> rows,
      double[] mean,
      double[] sd,
      double lambda,
      int dims) {
    double[][] xs = new double[rows.size()][];
    int[] ys = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      xs[i] = row(x[rows.get(i)], mean, sd, dims);
      ys[i] = y[rows.get(i)];
    }
    return LogisticRegression.binomial(xs, ys, lambda, 1e-6, 1000);
  }

  private static double[] row(double[] r, double[] mean, double[] sd, int dims) {
    return java.util.Arrays.copyOf(FramingTrainer.standardise(r, mean, sd), dims);
  }

  private static List<Integer> all(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  /** Sentence P, R, F1 of probabilities against labels at a threshold. */
  static double[] score(double[] p, int[] y, double threshold) {
    Prf s = new Prf();
    for (int i = 0; i < p.length; i++) {
      boolean predicted = p[i] >= threshold;
      if (predicted && y[i] == 1) {
        s.tp++;
      } else if (predicted) {
        s.fp++;
      } else if (y[i] == 1) {
        s.fn++;
      }
    }
    return new double[] {s.precision(), s.recall(), s.f1()};
  }
}

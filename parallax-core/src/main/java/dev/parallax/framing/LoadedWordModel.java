package dev.parallax.framing;

import dev.parallax.internal.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The loaded-word model: a logistic regression over {@link WordFeatures}, each feature standardised
 * with the mean and standard deviation of the training words, and the probability from which a word
 * counts as loaded ({@code loaded-word-model.tsv}, written by {@code bench/train-framing} with the
 * data version and command that made it). Immutable and thread-safe.
 */
public final class LoadedWordModel {
  /** The file the tool ships. */
  public static final String FILE = "loaded-word-model.tsv";

  private final List<String> names;
  private final double[] mean;
  private final double[] sd;
  private final double[] weight;
  private final double intercept;
  private final double threshold;

  public LoadedWordModel(
      List<String> names,
      double[] mean,
      double[] sd,
      double[] weight,
      double intercept,
      double threshold) {
    if (mean.length != names.size() || sd.length != names.size() || weight.length != names.size()) {
      throw new IllegalArgumentException(
          "model of "
              + names.size()
              + " features has "
              + mean.length
              + " means, "
              + sd.length
              + " deviations and "
              + weight.length
              + " weights");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
    }
    this.names = List.copyOf(names);
    this.mean = mean.clone();
    this.sd = sd.clone();
    this.weight = weight.clone();
    this.intercept = intercept;
    this.threshold = threshold;
  }

  /**
   * The model the tool ships; refused when its features are not the ones {@link WordFeatures}
   * makes.
   */
  public static LoadedWordModel bundled() {
    return read(FILE, WordFeatures.NAMES);
  }

  /**
   * A logistic regression in this file format from the lexicon folder; refused when its features
   * are not {@code expected} (the sentence model of {@link SentenceFeatures} shares the format).
   */
  public static LoadedWordModel read(String file, List<String> expected) {
    List<String> names = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    double intercept = Double.NaN;
    double threshold = Double.NaN;
    for (String[] row : DataFiles.rows(file)) {
      switch (row[0]) {
        case "threshold" -> threshold = Double.parseDouble(row[1]);
        case "intercept" -> intercept = Double.parseDouble(row[1]);
        case "feature" -> {
          names.add(row[1]);
          rows.add(
              new double[] {
                Double.parseDouble(row[2]), Double.parseDouble(row[3]), Double.parseDouble(row[4])
              });
        }
        default -> throw new IllegalStateException(file + ": unknown row " + row[0]);
      }
    }
    if (!names.equals(expected)) {
      throw new IllegalStateException(
          file
              + " was trained on other features than Parallax makes;"
              + " retrain with bench/train-framing");
    }
    double[] m = new double[rows.size()];
    double[] s = new double[rows.size()];
    double[] w = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      m[i] = rows.get(i)[0];
      s[i] = rows.get(i)[1];
      w[i] = rows.get(i)[2];
    }
    return new LoadedWordModel(names, m, s, w, intercept, threshold);
  }

  /** The probability, by the model, that an expert would mark this word as loaded. */
  public double probability(double[] features) {
    if (features.length != weight.length) {
      throw new IllegalArgumentException(
          "expected " + weight.length + " features, got " + features.length);
    }
    double z = intercept;
    for (int i = 0; i < weight.length; i++) {
      z += weight[i] * (features[i] - mean[i]) / sd[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** A word counts as loaded from this probability on. */
  public double threshold() {
    return threshold;
  }

  /** The model as the rows of its file (without the header), numbers to 6 significant digits. */
  public List<String> rows() {
    List<String> out = new ArrayList<>();
    out.add("threshold\t" + num(threshold));
    out.add("intercept\t" + num(intercept));
    for (int i = 0; i < names.size(); i++) {
      out.add(
          "feature\t"
              + names.get(i)
              + "\t"
              + num(mean[i])
              + "\t"
              + num(sd[i])
              + "\t"
              + num(weight[i]));
    }
    return out;
  }

  /** A number written to 6 significant digits, so that the same data gives the same file. */
  public static String num(double d) {
    return new java.math.BigDecimal(d)
        .round(new java.math.MathContext(6))
        .stripTrailingZeros()
        .toPlainString()
        .toLowerCase(Locale.ROOT);
  }
}

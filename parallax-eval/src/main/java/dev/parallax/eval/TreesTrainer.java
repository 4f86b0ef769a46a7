package dev.parallax.eval;

import dev.parallax.framing.WordUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import smile.base.cart.InternalNode;
import smile.base.cart.Node;
import smile.base.cart.OrdinalNode;
import smile.base.cart.RegressionNode;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.regression.RegressionTree;

/**
 * A second stage measured for {@code bench/train-framing} and not kept (docs/framing.md; run with
 * {@code -Dparallax.framing.trees=true}): gradient-boosted trees (Smile) over {@link WordContext},
 * the linear model's probability for each word beside those of its sentence's other words. The
 * trees learn from the linear model's probabilities as they are on news it never saw: those for
 * each tuning topic by a linear model fitted without it. Cross-validation is nested: the trees
 * predicting a topic are fitted on the other topics, whose linear probabilities come from linear
 * models fitted without the predicted topic and without their own.
 */
final class TreesTrainer {
  /** Boosting rounds, leaves per tree, fewest words per leaf, shrinkage; fixed, not tuned. */
  static final int TREES = Integer.getInteger("parallax.framing.trees.count", 100);

  static final int LEAVES = 8;
  static final int NODE_SIZE = 20;
  static final double SHRINKAGE = 0.05;

  /** The linear probabilities of some rows by a model fitted on others. */
  interface Linear {
    /**
     * Probabilities for the rows of topic {@code predict} by a model fitted without {@code out}.
     */
    double[] fitWithout(Set<String> out, String predict);
  }

  private TreesTrainer() {}

  /**
   * Prints the trees' word P, R and F1 cross-validated by topic (nested), at the threshold of best
   * F1 with a precision of at least {@link FramingTrainer#PRECISION}, and by threshold.
   */
  static void report(
      List<FramingTrainer.Example> examples,
      FramingTrainer.Rows rows,
      double[][] x,
      int[] y,
      double[] mean,
      double[] sd,
      double lambda,
      double[] cv,
      Suite.Log log) {
    String[] topic = topics(examples, rows);
    Linear linear =
        (leftOut, predict) -> {
          List<Integer> fit = new ArrayList<>();
          List<Integer> held = new ArrayList<>();
          for (int i = 0; i < x.length; i++) {
            if (topic[i].equals(predict)) {
              held.add(i);
            } else if (!leftOut.contains(topic[i])) {
              fit.add(i);
            }
          }
          smile.classification.LogisticRegression.Binomial lm =
              FramingTrainer.fit(x, y, fit, mean, sd, lambda);
          return held.stream()
              .mapToDouble(i -> lm.score(FramingTrainer.standardise(x[i], mean, sd)))
              .toArray();
        };
    double[] cv2 = crossValidate(examples, x, y, topic, cv, linear, log);
    double best = -1;
    double[] at = null;
    double threshold = Double.NaN;
    StringBuilder curve = new StringBuilder();
    for (int t = 10; t <= 80; t++) {
      double[] prf = FramingTrainer.score(examples, rows, cv2, t / 100.0);
      if (t % 5 == 0) {
        curve.append(
            String.format(
                java.util.Locale.ROOT,
                "%n  %.2f  P %.3f  R %.3f  F1 %.3f  sentence F1 %.3f",
                t / 100.0,
                prf[0],
                prf[1],
                prf[2],
                prf[5]));
      }
      if (prf[0] >= FramingTrainer.PRECISION && prf[2] > best) {
        best = prf[2];
        at = prf;
        threshold = t / 100.0;
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "trees (%d, %d leaves, node %d, shrinkage %s), cross-validated by topic (nested): word P %.3f R %.3f"
            + " F1 %.3f at %.2f, sentence (a word marked) F1 %.3f; by threshold:%s%n",
        TREES,
        LEAVES,
        NODE_SIZE,
        SHRINKAGE,
        at == null ? 0 : at[0],
        at == null ? 0 : at[1],
        best,
        threshold,
        at == null ? 0 : at[5],
        curve);
  }

  /** The topic of every row. */
  static String[] topics(List<FramingTrainer.Example> examples, FramingTrainer.Rows rows) {
    String[] t = new String[rows.example().size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = examples.get(rows.example().get(i)).row().topic();
    }
    return t;
  }

  /**
   * The {@link WordContext} rows of every word, from its {@link dev.parallax.framing.WordFeatures}
   * {@code x} and linear probabilities {@code linear}; rows run example by example, sentence by
   * sentence, as {@link FramingTrainer#rows} made them.
   */
  static double[][] context(List<FramingTrainer.Example> examples, double[][] x, double[] linear) {
    double[][] out = new double[x.length][];
    int i = 0;
    for (FramingTrainer.Example e : examples) {
      for (List<WordUnit> s : e.sentences()) {
        List<double[]> f = Arrays.asList(Arrays.copyOfRange(x, i, i + s.size()));
        List<double[]> c = WordContext.of(s, f, Arrays.copyOfRange(linear, i, i + s.size()));
        for (double[] r : c) {
          out[i++] = r;
        }
      }
    }
    if (i != x.length) {
      throw new IllegalStateException(i + " context rows for " + x.length + " feature rows");
    }
    return out;
  }

  /**
   * Nested cross-validation: for each topic, trees fitted on the other topics (their linear
   * probabilities from linear models fitted without the topic and without their own) predict it
   * from its linear probabilities by the model fitted without it ({@code outer}).
   */
  static double[] crossValidate(
      List<FramingTrainer.Example> examples,
      double[][] x,
      int[] y,
      String[] topic,
      double[] outer,
      Linear linear,
      Suite.Log log) {
    Set<String> topics = new TreeSet<>(Arrays.asList(topic));
    double[] cv = new double[x.length];
    for (String held : topics) {
      double[] inner = outer.clone();
      for (String t : topics) {
        if (!t.equals(held)) {
          double[] p = linear.fitWithout(Set.of(held, t), t);
          int k = 0;
          for (int i = 0; i < x.length; i++) {
            if (topic[i].equals(t)) {
              inner[i] = p[k++];
            }
          }
        }
      }
      double[][] c = context(examples, x, inner);
      List<Integer> fit = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        if (!topic[i].equals(held)) {
          fit.add(i);
        }
      }
      GradientTreeBoost m = fit(c, y, fit);
      ToDoubleFunction<double[]> p = probability(m);
      for (int i = 0; i < x.length; i++) {
        if (topic[i].equals(held)) {
          cv[i] = p.applyAsDouble(c[i]);
        }
      }
      log.info("framing: trees cross-validated on topic " + held);
    }
    return cv;
  }

  static GradientTreeBoost fit(double[][] c, int[] y, List<Integer> rows) {
    double[][] xs = new double[rows.size()][];
    int[] ys = new int[rows.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = c[rows.get(i)];
      ys[i] = y[rows.get(i)];
    }
    String[] names = WordContext.NAMES.toArray(new String[0]);
    DataFrame df = DataFrame.of(xs, names).merge(IntVector.of("loaded", ys));
    return GradientTreeBoost.fit(
        Formula.lhs("loaded"), df, TREES, 20, LEAVES, NODE_SIZE, SHRINKAGE, 1.0);
  }

  /**
   * The trees' probability of loaded, computed from their nodes as a reader of a written file
   * would.
   */
  static ToDoubleFunction<double[]> probability(GradientTreeBoost m) {
    double base = field(m, "b");
    double shrinkage = field(m, "shrinkage");
    RegressionTree[] trees = m.trees();
    return x -> {
      double sum = 0;
      for (RegressionTree t : trees) {
        Node n = t.root();
        while (n instanceof InternalNode in) {
          n = x[in.feature()] <= split(in) ? in.trueChild() : in.falseChild();
        }
        sum += ((RegressionNode) n).output();
      }
      return 1 / (1 + Math.exp(-2 * (base + shrinkage * sum)));
    };
  }

  private static double split(InternalNode n) {
    if (!(n instanceof OrdinalNode)) {
      throw new IllegalStateException("only numeric splits are written, got " + n.getClass());
    }
    return field(n, "value");
  }

  /** A number Smile keeps private (the boosting's base and shrinkage, a split's value). */
  private static double field(Object o, String name) {
    for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
      try {
        java.lang.reflect.Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.getDouble(o);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read Smile's " + name, e);
      }
    }
    throw new IllegalStateException("Smile " + o.getClass() + " has no field " + name);
  }
}

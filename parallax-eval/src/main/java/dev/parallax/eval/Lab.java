package dev.parallax.eval;

import dev.parallax.eval.FramingLab.E;
import dev.parallax.eval.FramingLab.W;
import java.util.*;
import java.util.function.*;
import smile.classification.LogisticRegression;

/** The variants {@link FramingLab} runs, each cross-validated by topic. */
final class Lab {
  static List<W> ws;
  static List<E> es;
  static String[] topics;
  static int[] topicOf;

  static void run(String[] args) throws Exception {
    ws = FramingLab.words;
    es = FramingLab.exs;
    topics = es.stream().map(E::topic).distinct().sorted().toArray(String[]::new);
    topicOf = new int[ws.size()];
    for (int i = 0; i < ws.size(); i++)
      topicOf[i] = Arrays.asList(topics).indexOf(es.get(ws.get(i).ex()).topic());
    String what = args.length > 0 ? args[0] : "base";
    boolean[] all = new boolean[ws.size()];
    Arrays.fill(all, true);
    double[][] base = ws.stream().map(W::f).toArray(double[][]::new);
    switch (what) {
      case "stats" -> stats();
      case "base" -> {
        for (double l : new double[] {100}) report("base l" + l, cvLR(base, all, l));
      }
      case "ctx" -> {
        double[][] x = ctx(base, false);
        for (double l : new double[] {100, 1000}) report("ctx l" + l, cvLR(x, all, l));
      }
      case "ctxvec" -> {
        double[][] x = ctx(base, true);
        for (double l : new double[] {100, 1000}) report("ctxvec l" + l, cvLR(x, all, l));
      }
      case "excl" -> {
        boolean[] keep = keep();
        report("excl base", cvLR(base, keep, 100));
        report("excl ctx", cvLR(ctx(base, false), keep, 100));
      }
      case "stage2" -> {
        double[] p1 = cvLR(base, all, 100);
        report("stage1", p1);
        smooth("stage1", p1);
        double[][] x2 = stage2(base, p1);
        for (double l : new double[] {1, 10, 100}) {
          double[] p2 = cvLR(x2, all, l);
          report("stage2 LR l" + l, p2);
        }
        double[] p2 = cvLR(x2, all, 10);
        smooth("stage2 LR", p2);
        for (int depth : new int[] {3, 5}) {
          for (int trees : new int[] {100, 300}) {
            double[] g = cvGBT(x2, all, trees, depth, 0.05);
            report("stage2 GBT t" + trees + " d" + depth, g);
          }
        }
      }
      case "sp" -> {
        double[] sp = sentenceProb();
        double[] p1 = cvLR(base, all, 100);
        double[][] x2 = stage2(base, p1);
        double[][] x3 = new double[x2.length][];
        for (int i = 0; i < x2.length; i++) {
          x3[i] = Arrays.copyOf(x2[i], x2[i].length + 3);
          double s = sp[ws.get(i).ex()];
          x3[i][x2[i].length] = logit(s);
          x3[i][x2[i].length + 1] = s * p1[i];
          x3[i][x2[i].length + 2] = logit(s) + logit(p1[i]);
        }

        double[] g = cvGBT(x3, all, 100, 3, 0.05);
        report("stage2+sp GBT", g);
        smooth("stage2+sp GBT", g);
      }
      case "g2" -> {
        double[] p1 = cvLR(base, all, 100);
        double[][] x2 = stage2(base, p1);
        double[] g =
            cvGBT(
                x2,
                all,
                Integer.parseInt(args[1]),
                Integer.parseInt(args[2]),
                Double.parseDouble(args[3]));
        report("stage2 GBT " + String.join(" ", args), g);
      }
      case "gbtbase" -> {
        double[] g = cvGBT(base, all, Integer.parseInt(args[1]), Integer.parseInt(args[2]), 0.05);
        report("base GBT", g);
      }
      default -> throw new IllegalArgumentException(what);
    }
  }

  static void stats() {
    Map<String, int[]> c = new TreeMap<>();
    for (W w : ws) {
      String k =
          "fw="
              + (w.f()[7] > 0)
              + " ner="
              + (w.ner().equals("O") ? "O" : "E")
              + " cd="
              + w.ptb().equals("CD")
              + " nnp="
              + w.ptb().startsWith("NNP");
      int[] a = c.computeIfAbsent(k, x -> new int[2]);
      a[0]++;
      a[1] += w.y();
    }
    c.forEach((k, v) -> System.out.println(k + " words " + v[0] + " gold " + v[1]));
    Map<String, int[]> n = new TreeMap<>();
    for (W w : ws) {
      int[] a = n.computeIfAbsent(w.ner(), x -> new int[2]);
      a[0]++;
      a[1] += w.y();
    }
    n.forEach((k, v) -> System.out.println("ner " + k + " words " + v[0] + " gold " + v[1]));
  }

  static boolean[] keep() {
    boolean[] k = new boolean[ws.size()];
    for (int i = 0; i < ws.size(); i++) {
      W w = ws.get(i);
      k[i] = !(w.f()[7] > 0) && !w.ptb().equals("CD") && !(isEntity(w.ner()));
    }
    return k;
  }

  static boolean isEntity(String ner) {
    return switch (ner) {
      case "PERSON",
          "LOCATION",
          "ORGANIZATION",
          "CITY",
          "STATE_OR_PROVINCE",
          "COUNTRY",
          "NUMBER",
          "DATE",
          "MONEY",
          "PERCENT",
          "TIME",
          "ORDINAL",
          "DURATION",
          "NATIONALITY",
          "TITLE" ->
          true;
      default -> false;
    };
  }

  /** base + neighbours' rate, log-sentences, |valence|, function word, POS one-hot, present. */
  static double[][] ctx(double[][] base, boolean vec) {
    int[] pick = {0, 1, 3, 7, 11, 12, 13, 14, 15, 16, 17, 18};
    int extra = (pick.length + 1 + (vec ? 50 : 0)) * 2;
    double[][] x = new double[ws.size()][];
    for (int i = 0; i < ws.size(); i++) {
      double[] r = Arrays.copyOf(base[i], base[i].length + extra);
      int k = base[i].length;
      for (int d : new int[] {-1, 1}) {
        int j = i + d;
        boolean ok =
            j >= 0
                && j < ws.size()
                && ws.get(j).ex() == ws.get(i).ex()
                && ws.get(j).sent() == ws.get(i).sent();
        r[k++] = ok ? 1 : 0;
        for (int p : pick) r[k++] = ok ? base[j][p] : 0;
        if (vec) for (int p = 0; p < 50; p++) r[k++] = ok ? base[j][20 + p] : 0;
      }
      x[i] = r;
    }
    return x;
  }

  static double[] cvLR(double[][] x, boolean[] use, double lambda) {
    int d = x[0].length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    int n = 0;
    for (int i = 0; i < x.length; i++)
      if (use[i]) {
        n++;
        for (int j = 0; j < d; j++) mean[j] += x[i][j];
      }
    for (int j = 0; j < d; j++) mean[j] /= n;
    for (int i = 0; i < x.length; i++)
      if (use[i])
        for (int j = 0; j < d; j++) sd[j] += (x[i][j] - mean[j]) * (x[i][j] - mean[j]) / n;
    for (int j = 0; j < d; j++) sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 1;
    double[] p = new double[x.length];
    for (int t = 0; t < topics.length; t++) {
      List<double[]> xs = new ArrayList<>();
      List<Integer> ys = new ArrayList<>();
      for (int i = 0; i < x.length; i++)
        if (use[i] && topicOf[i] != t) {
          xs.add(st(x[i], mean, sd));
          ys.add(ws.get(i).y());
        }
      LogisticRegression.Binomial m =
          LogisticRegression.binomial(
              xs.toArray(new double[0][]),
              ys.stream().mapToInt(v -> v).toArray(),
              lambda,
              1e-6,
              1000);
      for (int i = 0; i < x.length; i++)
        if (use[i] && topicOf[i] == t) p[i] = m.score(st(x[i], mean, sd));
    }
    return p;
  }

  static double logit(double p) {
    p = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
    return Math.log(p / (1 - p));
  }

  static boolean same(int i, int j) {
    return j >= 0
        && j < ws.size()
        && ws.get(j).ex() == ws.get(i).ex()
        && ws.get(j).sent() == ws.get(i).sent();
  }

  static double[][] stage2(double[][] base, double[] p1) {
    double[][] x = new double[ws.size()][];
    int i = 0;
    while (i < ws.size()) {
      int j = i;
      while (same(i, j)) j++;
      // sentence [i, j)
      double mean = 0;
      int over = 0;
      for (int k = i; k < j; k++) {
        mean += p1[k];
        if (p1[k] >= 0.3) over++;
      }
      mean /= (j - i);
      for (int k = i; k < j; k++) {
        double maxOther = 0;
        int rank = 0;
        for (int m = i; m < j; m++)
          if (m != k) {
            maxOther = Math.max(maxOther, p1[m]);
            if (p1[m] > p1[k]) rank++;
          }
        double[] b = base[k];
        List<Double> f = new ArrayList<>();
        f.add(logit(p1[k]));
        f.add(logit(maxOther));
        f.add(p1[k] >= maxOther ? 1.0 : 0.0);
        f.add(Math.log1p(rank));
        f.add(p1[k] - maxOther);
        f.add(k > i ? logit(p1[k - 1]) : -6.0);
        f.add(k + 1 < j ? logit(p1[k + 1]) : -6.0);
        f.add(Math.log1p(over));
        f.add(mean);
        for (int q : new int[] {0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18})
          f.add(b[q]);
        f.add(isEntity(ws.get(k).ner()) ? 1.0 : 0.0);
        f.add(b[b.length - 1]);
        x[k] = f.stream().mapToDouble(v -> v).toArray();
      }
      i = j;
    }
    return x;
  }

  static double[] cvGBT(double[][] x, boolean[] use, int trees, int depth, double shrink) {
    String[] names = new String[x[0].length];
    for (int j = 0; j < names.length; j++) names[j] = "f" + j;
    double[] p = new double[x.length];
    for (int t = 0; t < topics.length; t++) {
      List<double[]> xs = new ArrayList<>();
      List<Integer> ys = new ArrayList<>();
      for (int i = 0; i < x.length; i++)
        if (use[i] && topicOf[i] != t) {
          xs.add(x[i]);
          ys.add(ws.get(i).y());
        }
      smile.data.DataFrame df =
          smile.data.DataFrame.of(xs.toArray(new double[0][]), names)
              .merge(smile.data.vector.IntVector.of("y", ys.stream().mapToInt(v -> v).toArray()));
      smile.classification.GradientTreeBoost m =
          smile.classification.GradientTreeBoost.fit(
              smile.data.formula.Formula.lhs("y"),
              df,
              trees,
              depth * 4,
              1 << depth,
              20,
              shrink,
              1.0);
      List<Integer> idx = new ArrayList<>();
      List<double[]> hx = new ArrayList<>();
      for (int i = 0; i < x.length; i++)
        if (use[i] && topicOf[i] == t) {
          idx.add(i);
          hx.add(x[i]);
        }
      smile.data.DataFrame hf = smile.data.DataFrame.of(hx.toArray(new double[0][]), names);
      double[] post = new double[2];
      for (int k = 0; k < idx.size(); k++) {
        m.predict(hf.get(k), post);
        p[idx.get(k)] = post[1];
      }
      System.err.println("gbt fold " + t);
    }
    return p;
  }

  /** Out-of-fold MiniLM-only sentence probability per example. */
  static double[] sentenceProb() {
    float[][] e = FramingLab.emb;
    int n = e.length;
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = new double[e[i].length];
      for (int j = 0; j < e[i].length; j++) x[i][j] = e[i][j];
    }
    double[] p = new double[n];
    for (int t = 0; t < topics.length; t++) {
      List<double[]> xs = new ArrayList<>();
      List<Integer> ys = new ArrayList<>();
      for (int i = 0; i < n; i++)
        if (es.get(i).labelled() && !es.get(i).topic().equals(topics[t])) {
          xs.add(x[i]);
          ys.add(es.get(i).biased() ? 1 : 0);
        }
      LogisticRegression.Binomial m =
          LogisticRegression.binomial(
              xs.toArray(new double[0][]), ys.stream().mapToInt(v -> v).toArray(), 1, 1e-6, 1000);
      for (int i = 0; i < n; i++) if (es.get(i).topic().equals(topics[t])) p[i] = m.score(x[i]);
    }
    Prf s = new Prf();
    for (int i = 0; i < n; i++)
      if (es.get(i).labelled()) {
        boolean pr = p[i] >= 0.5, b = es.get(i).biased();
        if (pr && b) s.tp++;
        else if (pr) s.fp++;
        else if (b) s.fn++;
      }
    System.out.printf(
        Locale.ROOT,
        "sentence prob at .5: P %.3f R %.3f F1 %.3f%n",
        s.precision(),
        s.recall(),
        s.f1());
    return p;
  }

  static void smooth(String name, double[] p) {
    double best = -1;
    String at = "";
    for (int t = 30; t <= 60; t += 2) {
      for (int t2 = t - 20; t2 <= t; t2 += 2) {
        boolean[] m = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
          m[i] =
              p[i] >= t / 100.0
                  || (p[i] >= t2 / 100.0
                      && ((same(i, i - 1) && p[i - 1] >= t / 100.0)
                          || (same(i, i + 1) && p[i + 1] >= t / 100.0)));
        }
        double[] s = score(m);
        if (s[0] >= 0.6 && s[2] > best) {
          best = s[2];
          at =
              String.format(
                  Locale.ROOT,
                  "t %.2f t2 %.2f P %.3f R %.3f F1 %.3f sentF1 %.3f",
                  t / 100.0,
                  t2 / 100.0,
                  s[0],
                  s[1],
                  s[2],
                  s[5]);
        }
      }
    }
    System.out.println(name + " smoothed: " + at);
  }

  static double[] st(double[] r, double[] m, double[] s) {
    double[] o = new double[r.length];
    for (int j = 0; j < r.length; j++) o[j] = (r[j] - m[j]) / s[j];
    return o;
  }

  /** word P R F1, sentence P R F1 for a marking. */
  static double[] score(boolean[] mark) {
    List<Set<String>> marked = new ArrayList<>();
    for (int i = 0; i < es.size(); i++) marked.add(new HashSet<>());
    for (int i = 0; i < ws.size(); i++)
      if (mark[i]) marked.get(ws.get(i).ex()).add(ws.get(i).text());
    Prf w = new Prf();
    Prf s = new Prf();
    for (int i = 0; i < es.size(); i++) {
      Set<String> m = marked.get(i);
      Set<String> gold = es.get(i).gold();
      for (String x : m)
        if (gold.contains(x)) w.tp++;
        else w.fp++;
      for (String x : gold) if (!m.contains(x)) w.fn++;
      E r = es.get(i);
      if (r.labelled()) {
        if (!m.isEmpty() && r.biased()) s.tp++;
        else if (!m.isEmpty()) s.fp++;
        else if (r.biased()) s.fn++;
      }
    }
    return new double[] {w.precision(), w.recall(), w.f1(), s.precision(), s.recall(), s.f1()};
  }

  static boolean[] at(double[] p, double t) {
    boolean[] m = new boolean[p.length];
    for (int i = 0; i < p.length; i++) m[i] = p[i] >= t;
    return m;
  }

  static double bestAt60(double[] p) {
    double best = -1;
    for (int t = 5; t <= 90; t++) {
      double[] s = score(at(p, t / 100.0));
      if (s[0] >= 0.6 && s[2] > best) best = s[2];
    }
    return best;
  }

  static void report(String name, double[] p) {
    double best = -1, bt = 0, any = -1, at = 0;
    double[] bs = null;
    StringBuilder c = new StringBuilder();
    for (int t = 5; t <= 90; t++) {
      double[] s = score(at(p, t / 100.0));
      if (s[0] >= 0.6 && s[2] > best) {
        best = s[2];
        bt = t / 100.0;
        bs = s;
      }
      if (s[2] > any) {
        any = s[2];
        at = t / 100.0;
      }
      if (t % 5 == 0 && t >= 20 && t <= 60)
        c.append(String.format(Locale.ROOT, " %.2f:%.3f/%.3f/%.3f", t / 100.0, s[0], s[1], s[2]));
    }
    System.out.printf(
        Locale.ROOT,
        "%s: at P>=.6 t=%.2f P %.3f R %.3f F1 %.3f sentF1 %.3f | best any %.3f (t %.2f)%n  %s%n",
        name,
        bt,
        bs == null ? 0 : bs[0],
        bs == null ? 0 : bs[1],
        best,
        bs == null ? 0 : bs[5],
        any,
        at,
        c);
  }
}

package dev.parallax.eval;

import dev.parallax.framing.FramingAnalyzer;
import dev.parallax.framing.LoadedLexicon;
import dev.parallax.framing.LoadedWordModel;
import dev.parallax.framing.WordFeatures;
import dev.parallax.framing.WordUnit;
import dev.parallax.internal.QuoteSpans;
import dev.parallax.model.Article;
import dev.parallax.model.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import smile.classification.LogisticRegression;

/**
 * Trains the framing stage's loaded-word model on the tuning part of BABE ({@code
 * bench/train-framing}): writes {@code babe-lexicon.tsv} (per word, the tuning sentences using it
 * and those whose experts marked it) and {@code loaded-word-model.tsv} (a logistic regression over
 * {@link WordFeatures}, fitted with Smile) and {@code loaded-sentence-model.tsv} ({@link
 * SentenceTrainer}) into the lexicon folder of parallax-core. Held-out topics are never read.
 *
 * <p>The lexicon feature of a training word is counted without the word's own topic (leave one
 * topic out), as it will be on news the lexicon never saw; the threshold is chosen on predictions
 * for each tuning topic by a model fitted without it. Deterministic: same data, same files (run
 * with one thread for the fit's sums; numbers written to 6 significant digits). With {@code
 * -Dparallax.framing.dump=FILE} it also writes each tuning word's cross-validated probability.
 */
public final class FramingTrainer {
  /**
   * Ridge penalties tried (on standardised features); the one of best cross-validated F1 is kept.
   */
  static final double[] LAMBDAS = {10, 100, 1000};

  /**
   * The threshold is the one of best F1 among those whose cross-validated word precision reaches
   * this.
   */
  static final double PRECISION = 0.6;

  /** One labelled sentence of BABE: its words per annotated sentence and the experts' words. */
  record Example(Babe.Row row, List<List<WordUnit>> sentences, Set<String> gold) {
    List<WordUnit> words() {
      List<WordUnit> all = new ArrayList<>();
      sentences.forEach(all::addAll);
      return all;
    }
  }

  /** Feature rows of a set of examples, with the example each row belongs to. */
  record Rows(List<double[]> x, List<Integer> y, List<Integer> example, List<String> text) {}

  private FramingTrainer() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of("parallax-core/src/main/resources/dev/parallax/lexicon");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        throw new IllegalArgumentException("usage: FramingTrainer [--out DIR], got " + args[i]);
      }
    }
    Corpora corpora = Corpora.locate();
    String file = "final_labels_SG2.csv";
    List<Babe.Row> tune = new ArrayList<>();
    for (Babe.Row r : Babe.read(corpora, file)) {
      if (r.split().equals("tune")) {
        tune.add(r);
      }
    }
    Suite.Log log = m -> System.err.println(m);
    Map<String, Set<String>> other = otherAnnotations(corpora);
    log.info("framing: annotating " + tune.size() + " tuning sentences");
    List<Example> examples = Parallel.map(tune, FramingTrainer::example, log, "train-framing");
    WordFeatures features = WordFeatures.create();
    LoadedLexicon lexicon = lexicon(examples, null);
    Map<String, LoadedLexicon> without = new TreeMap<>();
    for (Example e : examples) {
      without.computeIfAbsent(e.row().topic(), t -> lexicon(examples, t));
    }
    Rows rows = rows(examples, e -> without.get(e.row().topic()), features);
    if (!other.isEmpty()) {
      relabel(examples, rows, other);
    }
    double[][] x = rows.x().toArray(new double[0][]);
    int[] y = rows.y().stream().mapToInt(Integer::intValue).toArray();
    double[] mean = new double[x[0].length];
    double[] sd = new double[x[0].length];
    standardisation(x, mean, sd);

    // penalty and threshold from predictions for each topic by a model fitted without it
    double lambda = Double.NaN;
    double threshold = Double.NaN;
    double bestF1 = -1;
    double[] cv = null;
    String curve = "";
    for (double l : LAMBDAS) {
      double[] p = crossValidate(examples, rows, x, y, mean, sd, l, without.keySet(), log);
      StringBuilder c = new StringBuilder();
      for (int t = 10; t <= 80; t++) {
        double th = t / 100.0;
        double[] prf = score(examples, rows, p, th);
        if (t % 5 == 0) {
          c.append(
              String.format(
                  Locale.ROOT,
                  "%n#   %.2f  P %.3f  R %.3f  F1 %.3f  sentence F1 %.3f",
                  th,
                  prf[0],
                  prf[1],
                  prf[2],
                  prf[5]));
        }
        if (prf[0] >= PRECISION && prf[2] > bestF1) {
          bestF1 = prf[2];
          threshold = th;
          lambda = l;
          cv = p;
        }
      }
      log.info(String.format(Locale.ROOT, "framing: lambda %s, best F1 so far %.3f", l, bestF1));
      if (l == lambda) {
        curve = c.toString();
      }
    }
    if (cv == null) {
      throw new IllegalStateException(
          "no threshold reaches a cross-validated precision of " + PRECISION);
    }
    String dump = System.getProperty("parallax.framing.dump");
    if (dump != null) {
      dump(Path.of(dump), examples, rows, cv);
    }
    double[] at = score(examples, rows, cv, threshold);
    List<List<Double>> byExample = new ArrayList<>();
    examples.forEach(e -> byExample.add(new ArrayList<>()));
    for (int i = 0; i < cv.length; i++) {
      byExample.get(rows.example().get(i)).add(cv[i]);
    }
    List<double[]> wordProbabilities = new ArrayList<>();
    byExample.forEach(l -> wordProbabilities.add(l.stream().mapToDouble(d -> d).toArray()));
    SentenceTrainer.Trained sentence =
        SentenceTrainer.train(examples, wordProbabilities, threshold, log);
    System.out.printf(
        Locale.ROOT,
        "sentence model, cross-validated: P %.3f R %.3f F1 %.3f (lambda %s, threshold %.2f);"
            + " embedding alone: P %.3f R %.3f F1 %.3f%n",
        sentence.prf()[0],
        sentence.prf()[1],
        sentence.prf()[2],
        sentence.lambda(),
        sentence.model().threshold(),
        sentence.embeddingOnly()[0],
        sentence.embeddingOnly()[1],
        sentence.embeddingOnly()[2]);
    LogisticRegression.Binomial model = fit(x, y, allRows(x.length), mean, sd, lambda);
    double[] w = model.coefficients();
    double[] weights = java.util.Arrays.copyOf(w, mean.length);
    LoadedWordModel m =
        new LoadedWordModel(WordFeatures.NAMES, mean, sd, weights, w[mean.length], threshold);

    String data = corpora.version(Babe.CORPUS);
    int marked = 0;
    for (int v : y) {
      marked += v;
    }
    String provenance =
        String.format(
            Locale.ROOT,
            "BABE (Spinde et al., Findings of EMNLP 2021), %s, the tuning part only: the topics the evaluation"
                + " does not hold out (%d topics, %d sentences, %d words in the outlets' own voice, %d of them"
                + " marked by the experts), data version %s",
            file,
            without.size(),
            examples.size(),
            y.length,
            marked,
            data);
    String licence =
        "# Licence: AGPL-3.0 (derived from BABE's data, which its repository licenses under"
            + " AGPL-3.0).\n# Compatibility: GPL-3.0 section 13 permits combining Parallax (GPL-3.0-or-later)"
            + " with AGPL-3.0 work and\n# conveying the combination; this file stays under AGPL-3.0, and its"
            + " section 13 applies to the combination:\n# whoever runs a modified Parallax for users over a"
            + " network (parallax serve) must offer them its source.\n";
    StringBuilder lex = new StringBuilder();
    lex.append(
            "# How often BABE's experts marked a word as loaded: word<TAB>sentences<TAB>marked. The word is\n"
                + "# the lower-cased lemma (the text of a hyphenated compound); sentences: tuning sentences using it\n"
                + "# in the outlet's own voice (outside quotation marks); marked: those whose experts listed it in\n"
                + "# biased_words. One feature of the loaded-word model (dev.parallax.framing.LoadedLexicon).\n"
                + "# Every entry is counted from "
                + provenance
                + ".\n"
                + "# Written by bench/train-framing (dev.parallax.eval.FramingTrainer); do not edit by hand.\n"
                + "# Source: counted for Parallax from BABE, GitHub Media-Bias-Group/Neural-Media-Bias-Detection-Using-"
                + "Distant-Supervision-With-BABE\n")
        .append(licence);
    for (Map.Entry<String, LoadedLexicon.Entry> e : new TreeMap<>(lexicon.entries()).entrySet()) {
      lex.append(e.getKey())
          .append('\t')
          .append(e.getValue().sentences())
          .append('\t')
          .append(e.getValue().marked())
          .append('\n');
    }
    StringBuilder mod = new StringBuilder();
    mod.append(
            "# The loaded-word model: a logistic regression over the features of\n"
                + "# dev.parallax.framing.WordFeatures. Rows: threshold (a word counts as loaded from this\n"
                + "# probability on), intercept, then per feature: name, mean and standard deviation over the\n"
                + "# training words (the feature is standardised with them), weight.\n"
                + "# Trained by bench/train-framing (dev.parallax.eval.FramingTrainer) with Smile 3.1.1\n"
                + "# LogisticRegression.binomial (lambda "
                + LoadedWordModel.num(lambda)
                + ", the best of "
                + java.util.Arrays.toString(LAMBDAS)
                + " by cross-validated F1) on "
                + provenance
                + ".\n"
                + "# The lexicon features of each training word were counted without its own topic. Threshold: best\n"
                + "# F1 among those with a word precision of at least "
                + PRECISION
                + " on predictions for each tuning\n"
                + "# topic by a model fitted without it; there: "
                + String.format(
                    Locale.ROOT,
                    "word P %.3f R %.3f F1 %.3f, sentence P %.3f R %.3f F1 %.3f.",
                    at[0],
                    at[1],
                    at[2],
                    at[3],
                    at[4],
                    at[5])
                + "\n# Cross-validated, by threshold:"
                + curve
                + "\n"
                + "# Word vectors: CoreNLP 4.5.10's english-embeddings.ser.gz (GPL-3.0-or-later).\n"
                + "# Source: trained for Parallax on BABE, GitHub Media-Bias-Group/Neural-Media-Bias-Detection-Using-"
                + "Distant-Supervision-With-BABE\n")
        .append(licence);
    for (String row : m.rows()) {
      mod.append(row).append('\n');
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve(LoadedLexicon.FILE), lex, StandardCharsets.UTF_8);
    Files.writeString(out.resolve(LoadedWordModel.FILE), mod, StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve(FramingAnalyzer.SENTENCE_MODEL),
        sentenceFile(sentence, provenance, licence),
        StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT,
        "wrote %s (%d words) and %s (threshold %.2f)%n",
        out.resolve(LoadedLexicon.FILE),
        lexicon.entries().size(),
        out.resolve(LoadedWordModel.FILE),
        threshold);
    System.out.printf(
        Locale.ROOT,
        "cross-validated on the tuning topics: word P %.3f R %.3f F1 %.3f, sentence (a word marked) P %.3f R %.3f F1 %.3f%n",
        at[0],
        at[1],
        at[2],
        at[3],
        at[4],
        at[5]);
  }

  /** The loaded-sentence model's file: header with its provenance and figures, then its rows. */
  private static String sentenceFile(SentenceTrainer.Trained t, String provenance, String licence) {
    StringBuilder out = new StringBuilder();
    out.append(
            "# The loaded-sentence model: a logistic regression over the features of\n"
                + "# dev.parallax.framing.SentenceFeatures (a sentence's all-MiniLM-L6-v2 embedding and what the\n"
                + "# loaded-word model found among its words), in the format of loaded-word-model.tsv: threshold\n"
                + "# (a sentence counts as loaded from this probability on), intercept, then per feature: name, mean\n"
                + "# and standard deviation over the training sentences, weight.\n"
                + "# Trained by bench/train-framing (dev.parallax.eval.SentenceTrainer) with Smile 3.1.1\n"
                + "# LogisticRegression.binomial (lambda "
                + LoadedWordModel.num(t.lambda())
                + ", the best of "
                + java.util.Arrays.toString(SentenceTrainer.LAMBDAS)
                + " by cross-validated sentence F1)\n# on the "
                + t.sentences()
                + " sentences labelled Biased or Non-biased ("
                + t.biased()
                + " Biased) of "
                + provenance
                + ".\n"
                + "# The word features of each training sentence come from the word model fitted without its topic.\n"
                + "# Threshold: best sentence F1 on predictions for each tuning topic by a model fitted without it;\n"
                + "# there: "
                + String.format(
                    Locale.ROOT,
                    "sentence P %.3f R %.3f F1 %.3f (the embedding alone: P %.3f R %.3f F1 %.3f).",
                    t.prf()[0],
                    t.prf()[1],
                    t.prf()[2],
                    t.embeddingOnly()[0],
                    t.embeddingOnly()[1],
                    t.embeddingOnly()[2])
                + "\n# Cross-validated, by threshold:"
                + t.curve()
                + "\n# Sentence embeddings: all-MiniLM-L6-v2, quantised, as shipped in langchain4j (Apache-2.0).\n"
                + "# Source: trained for Parallax on BABE, GitHub Media-Bias-Group/Neural-Media-Bias-Detection-Using-"
                + "Distant-Supervision-With-BABE\n")
        .append(licence);
    for (String row : t.model().rows()) {
      out.append(row).append('\n');
    }
    return out.toString();
  }

  /**
   * The words other annotators marked in the same sentences, by sentence text, when asked for with
   * {@code -Dparallax.framing.train.extra=SG1,MBIC} (BABE's first expert group, its crowd workers):
   * an experiment, not kept (docs/framing.md). Only the tuning sentences' words are ever read.
   */
  static Map<String, Set<String>> otherAnnotations(Corpora corpora) throws java.io.IOException {
    Map<String, Set<String>> out = new HashMap<>();
    for (String f : System.getProperty("parallax.framing.train.extra", "").split(",")) {
      if (!f.isBlank()) {
        for (Babe.Row r : Babe.read(corpora, "final_labels_" + f.strip() + ".csv")) {
          out.computeIfAbsent(sentenceKey(r.text()), k -> new HashSet<>())
              .addAll(BiasSuite.goldWords(r));
        }
      }
    }
    return out;
  }

  private static String sentenceKey(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Training labels from the other annotations too: a word is loaded when SG2's experts or the
   * others marked it, or, with {@code -Dparallax.framing.train.agree=true}, when SG2's experts
   * marked it and the others, where they annotated the sentence, did too. Scoring stays against
   * SG2.
   */
  private static void relabel(List<Example> examples, Rows rows, Map<String, Set<String>> other) {
    boolean agree = Boolean.getBoolean("parallax.framing.train.agree");
    for (int i = 0; i < rows.y().size(); i++) {
      Example e = examples.get(rows.example().get(i));
      String w = rows.text().get(i);
      Set<String> theirs = other.get(sentenceKey(e.row().text()));
      boolean ours = e.gold().contains(w);
      boolean loaded =
          agree
              ? ours && (theirs == null || theirs.contains(w))
              : ours || (theirs != null && theirs.contains(w));
      rows.y().set(i, loaded ? 1 : 0);
    }
  }

  static Example example(Babe.Row row) {
    Article a = BiasSuite.article(row);
    boolean[] quoted = QuoteSpans.mask(a.text());
    List<List<WordUnit>> sentences = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      sentences.add(WordUnit.of(s, i -> i >= 0 && i < quoted.length && quoted[i]));
    }
    return new Example(row, sentences, BiasSuite.goldWords(row));
  }

  /** The lexicon of every example, or of those outside {@code topic}. */
  static LoadedLexicon lexicon(List<Example> examples, String topic) {
    List<List<WordUnit>> words = new ArrayList<>();
    List<Set<String>> gold = new ArrayList<>();
    for (Example e : examples) {
      if (topic == null || !e.row().topic().equals(topic)) {
        words.add(e.words());
        gold.add(e.gold());
      }
    }
    return LoadedLexicon.count(words, gold);
  }

  static Rows rows(
      List<Example> examples,
      java.util.function.Function<Example, LoadedLexicon> lexicon,
      WordFeatures features) {
    Rows rows =
        new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      LoadedLexicon lex = lexicon.apply(e);
      for (List<WordUnit> s : e.sentences()) {
        List<double[]> f = features.of(s, lex);
        for (int k = 0; k < s.size(); k++) {
          rows.x().add(f.get(k));
          rows.y().add(e.gold().contains(s.get(k).text()) ? 1 : 0);
          rows.example().add(i);
          rows.text().add(s.get(k).text());
        }
      }
    }
    return rows;
  }

  private static List<Integer> allRows(int n) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }

  /** Predictions for each topic's words by a model fitted on the other topics. */
  private static double[] crossValidate(
      List<Example> examples,
      Rows rows,
      double[][] x,
      int[] y,
      double[] mean,
      double[] sd,
      double lambda,
      Set<String> topics,
      Suite.Log log) {
    double[] cv = new double[x.length];
    for (String topic : topics) {
      List<Integer> fit = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        (examples.get(rows.example().get(i)).row().topic().equals(topic) ? held : fit).add(i);
      }
      LogisticRegression.Binomial m = fit(x, y, fit, mean, sd, lambda);
      for (int i : held) {
        cv[i] = m.score(standardise(x[i], mean, sd));
      }
    }
    return cv;
  }

  private static LogisticRegression.Binomial fit(
      double[][] x, int[] y, List<Integer> rows, double[] mean, double[] sd, double lambda) {
    double[][] xs = new double[rows.size()][];
    int[] ys = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      xs[i] = standardise(x[rows.get(i)], mean, sd);
      ys[i] = y[rows.get(i)];
    }
    return LogisticRegression.binomial(xs, ys, lambda, 1e-6, 1000);
  }

  static void standardisation(double[][] x, double[] mean, double[] sd) {
    for (double[] r : x) {
      for (int j = 0; j < r.length; j++) {
        mean[j] += r[j] / x.length;
      }
    }
    for (double[] r : x) {
      for (int j = 0; j < r.length; j++) {
        sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / x.length;
      }
    }
    for (int j = 0; j < sd.length; j++) {
      sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 1;
      // the file keeps 6 significant digits: fit on what the tool will read
      mean[j] = Double.parseDouble(LoadedWordModel.num(mean[j]));
      sd[j] = Double.parseDouble(LoadedWordModel.num(sd[j]));
    }
  }

  static double[] standardise(double[] r, double[] mean, double[] sd) {
    double[] out = new double[r.length];
    for (int j = 0; j < r.length; j++) {
      out[j] = (r[j] - mean[j]) / sd[j];
    }
    return out;
  }

  /** Word P, R, F1 and sentence P, R, F1 as the bias-babe suite counts them, at a threshold. */
  /**
   * Writes each tuning word's cross-validated probability (sentence, word, probability; a line
   * each) for {@code bench/tagger-lab}, which combines them with another model's.
   */
  static void dump(Path file, List<Example> examples, Rows rows, double[] p) throws IOException {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < p.length; i++) {
      String sentence = examples.get(rows.example().get(i)).row().text().strip();
      d.append(sentence.replaceAll("\\s+", " "))
          .append('\t')
          .append(rows.text().get(i))
          .append('\t')
          .append(p[i])
          .append('\n');
    }
    Files.writeString(file, d.toString(), StandardCharsets.UTF_8);
  }

  static double[] score(List<Example> examples, Rows rows, double[] p, double threshold) {
    Map<Integer, Set<String>> marked = new HashMap<>();
    for (int i = 0; i < p.length; i++) {
      int ex = rows.example().get(i);
      if (p[i] >= threshold) {
        marked.computeIfAbsent(ex, k -> new HashSet<>()).add(rows.text().get(i));
      }
    }
    Prf w = new Prf();
    Prf s = new Prf();
    for (int i = 0; i < examples.size(); i++) {
      Set<String> m = marked.getOrDefault(i, Set.of());
      Set<String> gold = examples.get(i).gold();
      for (String x : m) {
        if (gold.contains(x)) {
          w.tp++;
        } else {
          w.fp++;
        }
      }
      for (String x : gold) {
        if (!m.contains(x)) {
          w.fn++;
        }
      }
      Babe.Row r = examples.get(i).row();
      if (r.labelled()) {
        if (!m.isEmpty() && r.biased()) {
          s.tp++;
        } else if (!m.isEmpty()) {
          s.fp++;
        } else if (r.biased()) {
          s.fn++;
        }
      }
    }
    return new double[] {w.precision(), w.recall(), w.f1(), s.precision(), s.recall(), s.f1()};
  }
}

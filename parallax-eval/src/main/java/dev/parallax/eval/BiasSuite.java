package dev.parallax.eval;

import dev.parallax.framing.FramingAnalyzer;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.Block;
import dev.parallax.model.BlockKind;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.Framing;
import dev.parallax.model.LoadedTerm;
import dev.parallax.model.Sentence;
import dev.parallax.nlp.Annotator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loaded words on BABE: each sentence annotated as a one-paragraph article and given to the framing
 * stage; the words it marks in the outlet's own voice are compared with the words the experts
 * marked ({@code biased_words}, lower-cased, multi-word entries split), micro-averaged over all
 * sentences; and the framing stage's sentence decision ({@link FramingAnalyzer#passageProbability}
 * at its threshold) against the label (Biased / Non-biased; no-agreement rows left out). Figures
 * for the tuning topics and the held-out topics.
 */
final class BiasSuite implements Suite {
  static final String CORPUS = Babe.CORPUS;

  @Override
  public String name() {
    return CORPUS;
  }

  /** What the framing stage marked in one sentence, and whether it finds the sentence loaded. */
  record Marked(Babe.Row row, Set<String> words, boolean loaded) {}

  @Override
  public List<Figure> run(Corpora corpora, int limit, Log log) throws Exception {
    List<Babe.Row> rows =
        Corpora.sample(Babe.read(corpora, "final_labels_SG2.csv"), r -> "row:" + r.line(), limit);
    log.info(CORPUS + ": " + rows.size() + " sentences; by split " + Babe.sizes(rows));
    List<Marked> marked = Parallel.map(rows, BiasSuite::mark, log, CORPUS);
    String data = corpora.version(CORPUS);
    Map<String, Prf> words = new TreeMap<>();
    Map<String, Prf> sentences = new TreeMap<>();
    Map<String, Integer> count = new TreeMap<>();
    for (Marked m : marked) {
      Set<String> gold = goldWords(m.row());
      Prf w = new Prf();
      for (String x : m.words()) {
        if (gold.contains(x)) {
          w.tp++;
        } else {
          w.fp++;
        }
      }
      for (String x : gold) {
        if (!m.words().contains(x)) {
          w.fn++;
        }
      }
      Prf s = new Prf();
      if (m.row().labelled()) {
        boolean predicted = m.loaded();
        if (predicted && m.row().biased()) {
          s.tp++;
        } else if (predicted) {
          s.fp++;
        } else if (m.row().biased()) {
          s.fn++;
        }
      }
      for (String split : List.of("all", m.row().split())) {
        words.computeIfAbsent(split, k -> new Prf()).add(w);
        sentences.computeIfAbsent(split, k -> new Prf()).add(s);
        count.merge(split, 1, Integer::sum);
      }
    }
    List<Figure> out = new ArrayList<>();
    for (String split : words.keySet()) {
      Prf w = words.get(split);
      Prf s = sentences.get(split);
      int n = count.get(split);
      out.add(new Figure(CORPUS, split, "word-precision", w.precision(), n, data));
      out.add(new Figure(CORPUS, split, "word-recall", w.recall(), n, data));
      out.add(new Figure(CORPUS, split, "word-f1", w.f1(), n, data));
      out.add(new Figure(CORPUS, split, "sentence-precision", s.precision(), n, data));
      out.add(new Figure(CORPUS, split, "sentence-recall", s.recall(), n, data));
      out.add(new Figure(CORPUS, split, "sentence-f1", s.f1(), n, data));
    }
    return out;
  }

  static Set<String> goldWords(Babe.Row row) {
    Set<String> out = new HashSet<>();
    for (String w : row.biasedWords()) {
      for (String part : w.toLowerCase(Locale.ROOT).split("\\s+")) {
        String p = strip(part);
        if (!p.isEmpty()) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static String strip(String w) {
    return w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  /** The sentence as a one-paragraph article through annotation and the framing stage. */
  static Marked mark(Babe.Row row) {
    Article a = article(row);
    FramingAnalyzer framing = FramingAnalyzer.shared();
    Framing f = framing.analyse(List.of(a)).get(0);
    Set<String> words = new HashSet<>();
    for (LoadedTerm t : f.terms()) {
      for (String part : t.text().toLowerCase(Locale.ROOT).split("\\s+")) {
        String p = strip(part);
        if (!p.isEmpty()) {
          words.add(p);
        }
      }
    }
    return new Marked(row, words, framing.passageProbability(a) >= framing.passageThreshold());
  }

  /** The sentence as a one-paragraph article, annotated as {@code parallax compare} annotates. */
  static Article article(Babe.Row row) {
    String text = row.text().strip();
    CleanDocument doc =
        new CleanDocument(
            ArticleMeta.of("babe:" + row.line()).withOutlet(Optional.of(row.outlet())),
            text,
            List.of(new Block(BlockKind.BODY, text, 0, text.length())),
            List.of());
    List<Sentence> sentences = Annotator.shared().annotate(doc, "A1", Optional.empty());
    return new Article("A1", doc.meta(), text, sentences, List.of());
  }
}

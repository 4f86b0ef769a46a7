package dev.parallax.eval;

import dev.parallax.framing.LoadedLexicon;
import dev.parallax.framing.WordFeatures;
import dev.parallax.framing.WordUnit;
import java.io.*;
import java.nio.file.*;
import java.util.*;

/**
 * The harness that measured the loaded-word variants of issue 17 that were not kept
 * (docs/framing.md): the tuning words' {@link WordFeatures} (lexicon without the word's topic) are
 * cached once, then {@link Lab} cross-validates a variant by topic as {@code bench/train-framing}
 * does (same folds, penalty 100, threshold of best F1 at a precision of 0.60; the shipped model
 * reproduces there at 0.600 / 0.411 / 0.488). Usage: {@code java ... dev.parallax.eval.FramingLab
 * base|stats|ctx|ctxvec|excl|stage2|sp|g2 TREES DEPTH SHRINKAGE}.
 */
public final class FramingLab {
  record W(int ex, int sent, int pos, String text, String ptb, String ner, int y, double[] f)
      implements Serializable {}

  record E(String topic, Set<String> gold, boolean labelled, boolean biased)
      implements Serializable {}

  static List<W> words;
  static List<E> exs;
  static float[][] emb;

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    Path cache = Path.of("parallax-eval/target/framing-lab-rows.bin");
    if (!Files.exists(cache)) {
      Corpora corpora = Corpora.locate();
      List<Babe.Row> tune = new ArrayList<>();
      for (Babe.Row r : Babe.read(corpora, "final_labels_SG2.csv")) {
        if (r.split().equals("tune")) tune.add(r);
      }
      Suite.Log log = m -> System.err.println(m);
      List<FramingTrainer.Example> examples =
          Parallel.map(tune, FramingTrainer::example, log, "lab");
      WordFeatures features = WordFeatures.create();
      Map<String, LoadedLexicon> without = new TreeMap<>();
      for (FramingTrainer.Example e : examples) {
        without.computeIfAbsent(e.row().topic(), t -> FramingTrainer.lexicon(examples, t));
      }
      words = new ArrayList<>();
      exs = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        FramingTrainer.Example e = examples.get(i);
        exs.add(
            new E(e.row().topic(), new HashSet<>(e.gold()), e.row().labelled(), e.row().biased()));
        LoadedLexicon lex = without.get(e.row().topic());
        for (int s = 0; s < e.sentences().size(); s++) {
          List<WordUnit> ws = e.sentences().get(s);
          List<double[]> f = features.of(ws, lex);
          for (int k = 0; k < ws.size(); k++) {
            WordUnit u = ws.get(k);
            String ner = u.tokens().get(u.tokens().size() - 1).ner();
            words.add(
                new W(
                    i,
                    s,
                    k,
                    u.text(),
                    u.pos(),
                    ner,
                    e.gold().contains(u.text()) ? 1 : 0,
                    f.get(k)));
          }
        }
      }
      try (ObjectOutputStream o =
          new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
        o.writeObject(new ArrayList<>(words));
        o.writeObject(new ArrayList<>(exs));
      }
    } else {
      try (ObjectInputStream o =
          new ObjectInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
        words = (List<W>) o.readObject();
        exs = (List<E>) o.readObject();
      }
    }
    Path ecache = Path.of("parallax-eval/target/framing-lab-embeddings.bin");
    if (args.length > 0 && args[0].startsWith("sp")) {
      if (!Files.exists(ecache)) {
        List<String> texts = new ArrayList<>();
        for (Babe.Row r : Babe.read(Corpora.locate(), "final_labels_SG2.csv")) {
          if (r.split().equals("tune")) texts.add(r.text().strip());
        }
        float[][] e = dev.parallax.align.SentenceEmbedder.shared().embed(texts);
        try (ObjectOutputStream o =
            new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(ecache)))) {
          o.writeObject(e);
        }
      }
      try (ObjectInputStream o =
          new ObjectInputStream(new BufferedInputStream(Files.newInputStream(ecache)))) {
        emb = (float[][]) o.readObject();
      }
    }
    System.err.println("words " + words.size() + " examples " + exs.size());
    Lab.run(args);
  }
}

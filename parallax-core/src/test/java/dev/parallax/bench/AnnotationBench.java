package dev.parallax.bench;

import dev.parallax.clean.Cleaner;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.SourceText;
import dev.parallax.nlp.Annotator;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Benchmark (not a test): warm single-thread annotation throughput of Parallax's pipeline against a
 * plain CoreNLP pipeline with default NER settings, on the same cleaned texts, in one process. Run
 * with bench/annotation.sh; prints one line per pipeline and the ratio.
 */
public final class AnnotationBench {
  private AnnotationBench() {}

  public static void main(String[] args) throws Exception {
    List<CleanDocument> docs = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      List<Path> files = Files.isDirectory(p) ? Files.list(p).sorted().toList() : List.of(p);
      for (Path f : files) {
        if (f.toString().endsWith(".txt")) {
          docs.add(
              Cleaner.clean(
                  new SourceText(
                      f.toString(),
                      Files.readString(f, StandardCharsets.UTF_8),
                      Optional.empty())));
        }
      }
    }
    int rounds = Integer.getInteger("rounds", 5);
    long t0 = System.nanoTime();
    Annotator parallax = Annotator.shared();
    double loadParallax = (System.nanoTime() - t0) / 1e9;
    Properties ref = new Properties();
    ref.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    t0 = System.nanoTime();
    StanfordCoreNLP plain = new StanfordCoreNLP(ref);
    double loadPlain = (System.nanoTime() - t0) / 1e9;

    Optional<LocalDate> date = Optional.of(LocalDate.of(2026, 2, 6));
    long tokens = 0;
    for (CleanDocument d : docs) {
      tokens += parallax.annotate(d, "A", date).stream().mapToLong(s -> s.tokens().size()).sum();
      Annotation warm = new Annotation(d.text());
      plain.annotate(warm);
    }
    double tp = time(rounds, () -> docs.forEach(d -> parallax.annotate(d, "A", date)));
    double tr = time(rounds, () -> docs.forEach(d -> plain.annotate(new Annotation(d.text()))));
    System.out.printf("articles=%d tokens=%d rounds=%d%n", docs.size(), tokens, rounds);
    System.out.printf(
        "parallax  load %.1f s  %.0f tokens/s  %.1f articles/s (1 thread)%n",
        loadParallax, tokens / tp, docs.size() / tp);
    System.out.printf(
        "corenlp   load %.1f s  %.0f tokens/s  %.1f articles/s (1 thread, default NER)%n",
        loadPlain, tokens / tr, docs.size() / tr);
    System.out.printf("ratio parallax/corenlp throughput %.2f%n", tr / tp);
  }

  private static double time(int rounds, Runnable r) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      r.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}

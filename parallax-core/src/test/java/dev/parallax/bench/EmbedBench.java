package dev.parallax.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.parallax.align.SentenceEmbedder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): sentences per second of Parallax's embedder against langchain4j's model
 * with a worker per core (how Parallax ran it before), in one process, rounds alternating so
 * machine noise hits both. The sentences are the fixture corpus's, split at full stops. Run with
 * bench/embed.sh [ROUNDS].
 */
public final class EmbedBench {
  private EmbedBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("parallax-core/src/test/resources/corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String s : Files.readString(f, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+")) {
          if (s.strip().length() > 20) {
            sentences.add(s.strip());
          }
        }
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
    List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
    SentenceEmbedder parallax = SentenceEmbedder.shared();
    reference.embedAll(segments.subList(0, 16));
    parallax.embed(sentences.subList(0, 16));
    double bestRef = 0;
    double bestOwn = 0;
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      reference.embedAll(segments);
      double ref = sentences.size() / ((System.nanoTime() - t) / 1e9);
      t = System.nanoTime();
      parallax.embed(sentences);
      double own = sentences.size() / ((System.nanoTime() - t) / 1e9);
      System.out.printf(
          "round %d: langchain4j %.0f sentences/s, Parallax %.0f sentences/s, ratio %.2f%n",
          r + 1, ref, own, own / ref);
      bestRef = Math.max(bestRef, ref);
      bestOwn = Math.max(bestOwn, own);
    }
    System.out.printf(
        "%d sentences, %d cores; best: langchain4j %.0f/s, Parallax %.0f/s, ratio %.2f%n",
        sentences.size(), cores, bestRef, bestOwn, bestOwn / bestRef);
    pool.shutdown();
  }
}

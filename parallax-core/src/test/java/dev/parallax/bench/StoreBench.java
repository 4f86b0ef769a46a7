package dev.parallax.bench;

import dev.parallax.Pipeline;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.impl.LuceneStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): ingests a seeded synthetic stream ({@link SyntheticCorpus}) into a fresh
 * store, 1,000 articles per slice, and prints each slice's articles/s (filing cost must stay flat
 * as the store grows), the heap in use and the store's size on disk, then the grouping's B-cubed
 * scores. Usage: bench/store.sh [ARTICLES] [real|hashed] [DIR]: {@code real} embeds with the
 * sentence model, {@code hashed} with a cheap deterministic bag-of-words hash, to time the filing
 * alone.
 */
public final class StoreBench {
  private static final int SLICE = 1000;
  private static final int DIMS = 384;

  private StoreBench() {}

  /** A deterministic stand-in for the sentence embedder: hashed words, normalised. */
  public static float[][] hashed(List<String> texts) {
    float[][] out = new float[texts.size()][DIMS];
    for (int i = 0; i < texts.size(); i++) {
      for (String w : texts.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          int h = w.hashCode();
          out[i][Math.floorMod(h, DIMS)] += (h & 0x10000) == 0 ? 1 : -1;
        }
      }
      double norm = 0;
      for (float f : out[i]) {
        norm += f * f;
      }
      for (int k = 0; k < DIMS && norm > 0; k++) {
        out[i][k] /= (float) Math.sqrt(norm);
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    String mode = args.length > 1 ? args[1] : "real";
    Path dir =
        args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("parallax-store-bench");
    Function<List<String>, float[][]> embedder =
        mode.equals("hashed")
            ? StoreBench::hashed
            : texts -> dev.parallax.align.SentenceEmbedder.shared().embed(texts);
    SyntheticCorpus corpus = new SyntheticCorpus(42, 40);
    Map<String, String> gold = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    System.out.printf(
        "store benchmark: %,d articles, %s embedding, store in %s%n", total, mode, dir);
    System.out.println(
        "| stored | this slice, articles/s | median of the last 10 slices | CPU per article (median of 10) | stories | heap used | store on disk |");
    System.out.println("|---|---|---|---|---|---|---|");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    List<Double> cpus = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    long t0 = System.nanoTime();
    try (LuceneStore store = LuceneStore.open(dir, false, Pipeline::analyse, embedder)) {
      for (int done = 0; done < total; done += SLICE) {
        List<SyntheticCorpus.Item> items = corpus.next(Math.min(SLICE, total - done));
        List<SourceText> texts = new ArrayList<>();
        for (SyntheticCorpus.Item i : items) {
          texts.add(i.text());
          gold.put(i.text().source(), i.story());
        }
        long s0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        IngestResult r =
            store.ingest(
                texts,
                new IngestOptions(Optional.empty(), Optional.empty(), 250),
                IngestProgress.NONE);
        double secs = (System.nanoTime() - s0) / 1e9;
        cpus.add((os.getProcessCpuTime() - c0) / 1e6 / items.size());
        r.filed().forEach(f -> predicted.put(f.source(), f.storyId().orElse("none")));
        int stored = done + items.size();
        rates.add(items.size() / secs);
        System.err.printf("%d %.0f%n", stored, items.size() / secs);
        if (stored == 1000 || stored % 10_000 == 0 || stored == total) {
          System.gc();
          Runtime rt = Runtime.getRuntime();
          System.out.printf(
              "| %,d | %.0f | %.0f | %.2f ms | %,d | %d MB | %.1f MB |%n",
              stored,
              items.size() / secs,
              median(rates),
              median(cpus),
              store.counts().stories(),
              (rt.totalMemory() - rt.freeMemory()) >> 20,
              size(dir) / 1e6);
        }
      }
    }
    double all = (System.nanoTime() - t0) / 1e9;
    if (args.length <= 2) {
      deleteTree(dir); // a store the benchmark made for itself
    }
    double[] score = bcubed(predicted, gold);
    System.out.printf(
        "%,d articles in %.0f s (%.0f/s overall); %,d gold stories; B-cubed precision %.3f recall %.3f%n",
        total, all, total / all, corpus.stories(), score[0], score[1]);
  }

  private static double median(List<Double> values) {
    List<Double> last =
        new ArrayList<>(values.subList(Math.max(0, values.size() - 10), values.size()));
    last.sort(null);
    return last.get(last.size() / 2);
  }

  /**
   * B-cubed precision and recall in linear time ({@link dev.parallax.story.BCubed} is quadratic).
   */
  static double[] bcubed(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> classSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String item : gold.keySet()) {
      clusterSize.merge(predicted.get(item), 1, Integer::sum);
      classSize.merge(gold.get(item), 1, Integer::sum);
      both.merge(predicted.get(item) + "\u0000" + gold.get(item), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String item : gold.keySet()) {
      int shared = both.get(predicted.get(item) + "\u0000" + gold.get(item));
      p += (double) shared / clusterSize.get(predicted.get(item));
      r += (double) shared / classSize.get(gold.get(item));
    }
    return new double[] {p / gold.size(), r / gold.size()};
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }
}

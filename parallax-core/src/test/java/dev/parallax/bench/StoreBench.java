package dev.parallax.bench;

import dev.parallax.Pipeline;
import dev.parallax.model.SourceText;
import dev.parallax.store.IngestOptions;
import dev.parallax.store.IngestProgress;
import dev.parallax.store.IngestResult;
import dev.parallax.store.SearchQuery;
import dev.parallax.store.StoryFilter;
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
 * store, 1,000 articles per batch of work, and at each tenth of the run (100,000 articles for a
 * million) prints the slice's articles/s and CPU per article (filing cost must stay flat as the
 * store grows), the heap in use after a GC, the store's size on disk, and the latency (p50/p95 of
 * {@value #SAMPLES} calls, one client) of the first page of {@code stories}, a {@code search} and a
 * story's report from the cache; then the cost of a resumed ingest (the first tenth given again,
 * all already filed) and the grouping's B-cubed scores. Usage: bench/store.sh [ARTICLES]
 * [real|hashed] [DIR]: {@code real} embeds with the sentence model, {@code hashed} with a cheap
 * deterministic bag-of-words hash, to time the filing alone.
 */
public final class StoreBench {
  private static final int SLICE = 1000;
  private static final int DIMS = 384;
  private static final int SAMPLES = 40;
  private static final String[] QUERIES = {"minister", "storm warning", "council vote", "police"};

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
    int report = Math.max(SLICE, total / 10 / SLICE * SLICE);
    SyntheticCorpus corpus = new SyntheticCorpus(42, 40);
    Map<String, String> gold = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    System.out.printf(
        "store benchmark: %,d articles, %s embedding, a row every %,d, store in %s%n",
        total, mode, report, dir);
    System.out.println(
        "| stored | slice articles/s | CPU per article (slice) | stories | heap used | store on disk"
            + " | stories page 1 p50/p95 | search p50/p95 | cached report p50/p95 |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    IngestOptions options = new IngestOptions(Optional.empty(), Optional.empty(), 250);
    long t0 = System.nanoTime();
    double firstSliceMsPerArticle = 0;
    try (LuceneStore store = LuceneStore.open(dir, false, Pipeline::analyse, embedder)) {
      long sliceStart = System.nanoTime();
      long sliceCpu = os.getProcessCpuTime();
      int sliceFrom = 0;
      for (int done = 0; done < total; done += SLICE) {
        List<SyntheticCorpus.Item> items = corpus.next(Math.min(SLICE, total - done));
        List<SourceText> texts = new ArrayList<>();
        for (SyntheticCorpus.Item i : items) {
          texts.add(i.text());
          gold.put(i.text().source(), i.story());
        }
        long s0 = System.nanoTime();
        IngestResult r = store.ingest(texts, options, IngestProgress.NONE);
        r.filed().forEach(f -> predicted.put(f.source(), f.storyId().orElse("none")));
        int stored = done + items.size();
        System.err.printf("%d %.0f/s%n", stored, items.size() / ((System.nanoTime() - s0) / 1e9));
        if (stored % report == 0 || stored == total) {
          double secs = (System.nanoTime() - sliceStart) / 1e9;
          int n = stored - sliceFrom;
          double cpu = (os.getProcessCpuTime() - sliceCpu) / 1e6 / n;
          if (sliceFrom == 0) {
            firstSliceMsPerArticle = secs * 1000 / n;
          }
          System.gc();
          Runtime rt = Runtime.getRuntime();
          long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
          System.out.printf(
              "| %,d | %.0f | %.2f ms | %,d | %d MB | %.1f MB | %s | %s | %s |%n",
              stored,
              n / secs,
              cpu,
              store.counts().stories(),
              heap,
              size(dir) / 1e6,
              latency(() -> store.storyPage(firstPage())),
              latency(new Searches(store)),
              cachedReport(store));
          sliceStart = System.nanoTime();
          sliceCpu = os.getProcessCpuTime();
          sliceFrom = stored;
        }
      }
      double all = (System.nanoTime() - t0) / 1e9;
      // a resumed ingest: the first tenth again, every article of it already filed
      List<SourceText> again = new ArrayList<>();
      new SyntheticCorpus(42, 40).next(report).forEach(i -> again.add(i.text()));
      long r0 = System.nanoTime();
      IngestResult resumed = store.ingest(again, options, IngestProgress.NONE);
      double resumedMs = (System.nanoTime() - r0) / 1e6 / again.size();
      System.out.printf(
          "resumed ingest: %,d articles already filed skipped (%,d duplicates) at %.2f ms each,"
              + " against %.2f ms each to file them in the first slice (%.0f%%)%n",
          again.size(),
          resumed.count(IngestResult.Outcome.DUPLICATE),
          resumedMs,
          firstSliceMsPerArticle,
          100 * resumedMs / firstSliceMsPerArticle);
      double[] score = bcubed(predicted, gold);
      System.out.printf(
          "%,d articles in %.0f s (%.0f/s overall); %,d gold stories; B-cubed precision %.3f"
              + " recall %.3f%n",
          total, all, total / all, corpus.stories(), score[0], score[1]);
    }
    if (args.length <= 2) {
      deleteTree(dir); // a store the benchmark made for itself
    }
  }

  private static StoryFilter firstPage() {
    return new StoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), 0, 50);
  }

  /** The next of a few searches, in turn. */
  private static final class Searches implements Runnable {
    private final LuceneStore store;
    private int i;

    Searches(LuceneStore store) {
      this.store = store;
    }

    @Override
    public void run() {
      store.search(SearchQuery.of(QUERIES[i++ % QUERIES.length]));
    }
  }

  /**
   * The latency of a story's report once it is cached: the newest story's report is made (not
   * timed), then read.
   */
  private static String cachedReport(LuceneStore store) {
    String id = store.storyPage(firstPage()).stories().get(0).id();
    store.report(id);
    return latency(() -> store.report(id));
  }

  /** p50 and p95 of {@value #SAMPLES} calls, after five not counted. */
  private static String latency(Runnable call) {
    for (int i = 0; i < 5; i++) {
      call.run();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      long s0 = System.nanoTime();
      call.run();
      ms.add((System.nanoTime() - s0) / 1e6);
    }
    ms.sort(null);
    return String.format(
        "%.1f / %.1f ms", ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1));
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

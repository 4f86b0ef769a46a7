package dev.parallax.bench;

import dev.parallax.Pipeline;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Benchmark (not a test): the cost of comparing one very large article, a single line of seeded
 * synthetic news prose ({@link SyntheticCorpus}, seed 21) of each size given, in one warm process:
 * seconds, the heap's peak (sum of the heap pools' peaks, an upper bound) and the diagnostics. The
 * inputs are left in DIR for a cold run of the command. Run with bench/large-input.sh.
 */
public final class LargeInputBench {
  private LargeInputBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LargeInputBench DIR MB...");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    Pipeline.Options options =
        Pipeline.Options.defaults().withPublished(LocalDate.parse("2026-03-10"));
    long t0 = System.nanoTime();
    Pipeline.compare(List.of(example().toString()), options, Pipeline.Progress.NONE);
    System.out.printf("warm-up (models loaded, bundled example compared): %.1f s%n", seconds(t0));
    System.gc();
    resetPeaks();
    t0 = System.nanoTime();
    Pipeline.compare(List.of(example().toString()), options, Pipeline.Progress.NONE);
    System.out.printf(
        "reference: bundled example (3 articles) warm: %.1f s, peak heap %d MB%n",
        seconds(t0), peakHeapBytes() >> 20);
    for (int i = 1; i < args.length; i++) {
      double mb = Double.parseDouble(args[i]);
      Path file = dir.resolve("large-" + args[i] + "mb.txt");
      Files.writeString(file, singleLine((long) (mb * 1_000_000)), StandardCharsets.UTF_8);
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      Report report = Pipeline.compare(List.of(file.toString()), options, Pipeline.Progress.NONE);
      double took = seconds(start);
      long sentences = report.articles().stream().mapToLong(a -> a.sentences().size()).sum();
      long tokens =
          report.articles().stream()
              .flatMap(a -> a.sentences().stream())
              .mapToLong(s -> s.tokens().size())
              .sum();
      System.out.printf(
          "%s: %d bytes, one line: %.1f s, peak heap %d MB; analysed %d sentences, %d tokens%n",
          file.getFileName(), Files.size(file), took, peakHeapBytes() >> 20, sentences, tokens);
      for (Diagnostic d : report.diagnostics()) {
        System.out.println("  " + d.line());
      }
    }
  }

  /** Seeded news prose with no line break (titles, leads and bodies of synthetic articles). */
  public static String singleLine(long bytes) {
    SyntheticCorpus corpus = new SyntheticCorpus(21, 40);
    StringBuilder b = new StringBuilder();
    while (b.length() < bytes) {
      for (SyntheticCorpus.Item item : corpus.next(100)) {
        b.append(item.text().text().replaceAll("\\s+", " ")).append(' ');
      }
    }
    int cut = b.lastIndexOf(" ", (int) bytes - 1);
    return b.substring(0, cut) + "\n";
  }

  private static Path example() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("examples/harbor-bridge"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("examples/harbor-bridge not found");
    }
    return p.resolve("examples/harbor-bridge");
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}

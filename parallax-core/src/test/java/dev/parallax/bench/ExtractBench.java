package dev.parallax.bench;

import dev.parallax.clean.Cleaner;
import dev.parallax.extract.HtmlExtractor;
import dev.parallax.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): pages per second through HTML extraction (parse + furniture removal +
 * scoring + metadata), and through extraction followed by the cleaner, on one thread. Run with
 * bench/extract.sh.
 */
public final class ExtractBench {
  private ExtractBench() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "parallax-core/src/test/resources/html");
    List<String> pages = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        String html = Files.readString(p, StandardCharsets.UTF_8);
        pages.add(html);
        bytes += html.length();
      }
    }
    int warm = 2000;
    for (int i = 0; i < warm; i++) {
      HtmlExtractor.extract(pages.get(i % pages.size()), Optional.empty());
    }
    int rounds = 5;
    int perRound = 4000;
    double bestExtract = 0;
    double bestWithCleaner = 0;
    double bestParse = 0;
    for (int r = 0; r < rounds; r++) {
      // the reference in the same run: jsoup parsing alone, which every extraction starts with
      long t0 = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        org.jsoup.Jsoup.parse(pages.get(i % pages.size()));
      }
      bestParse = Math.max(bestParse, perRound / ((System.nanoTime() - t0) / 1e9));
      t0 = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        HtmlExtractor.extract(pages.get(i % pages.size()), Optional.empty());
      }
      bestExtract = Math.max(bestExtract, perRound / ((System.nanoTime() - t0) / 1e9));
      t0 = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        String text = HtmlExtractor.extract(pages.get(i % pages.size()), Optional.empty()).text();
        Cleaner.clean(new SourceText("p", text, Optional.empty()));
      }
      bestWithCleaner = Math.max(bestWithCleaner, perRound / ((System.nanoTime() - t0) / 1e9));
    }
    System.out.printf(
        "%d pages, %.1f KB average; best of %d rounds of %d pages, 1 thread:%n",
        pages.size(), bytes / 1024.0 / pages.size(), rounds, perRound);
    System.out.printf("jsoup parse only:     %8.0f pages/s (reference)%n", bestParse);
    System.out.printf(
        "extraction:           %8.0f pages/s (%.2f of parse)%n",
        bestExtract, bestExtract / bestParse);
    System.out.printf(
        "extraction + cleaner: %8.0f pages/s (%.2f of parse)%n",
        bestWithCleaner, bestWithCleaner / bestParse);
  }
}

package dev.parallax.bench;

import dev.parallax.clean.Cleaner;
import dev.parallax.model.CleanDocument;
import dev.parallax.model.SourceText;
import dev.parallax.story.StoryGrouper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark (not a test): fast-path grouping throughput (clean, signature, embedding, index lookup,
 * scoring) on the fixture corpus replayed with shifted dates, so stories keep being created. Run
 * with bench/grouping.sh [ROUNDS].
 */
public final class GroupingBench {
  private GroupingBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path corpus = Path.of("parallax-core/src/test/resources/corpus");
    List<String[]> files = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("labels.tsv"))) {
      if (!line.startsWith("file\t") && !line.isBlank()) {
        files.add(line.split("\t"));
      }
    }
    List<String> texts = new ArrayList<>();
    for (String[] f : files) {
      texts.add(Files.readString(corpus.resolve(f[0]), StandardCharsets.UTF_8));
    }
    StoryGrouper warm = StoryGrouper.create();
    warm.add(
        Cleaner.clean(new SourceText("warm", texts.get(0), Optional.empty())), Optional.empty());
    StoryGrouper g = StoryGrouper.create();
    long t0 = System.nanoTime();
    int n = 0;
    boolean batched = !Boolean.getBoolean("oneByOne");
    for (int r = 0; r < rounds; r++) {
      List<StoryGrouper.Dated> batch = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        LocalDate d = LocalDate.parse(files.get(i)[2]).plusDays(30L * r);
        CleanDocument doc =
            Cleaner.clean(
                new SourceText(r + "/" + files.get(i)[0], texts.get(i), Optional.empty()));
        if (batched) {
          batch.add(new StoryGrouper.Dated(doc, Optional.of(d)));
        } else {
          g.add(doc, Optional.of(d));
        }
        n++;
      }
      g.addAll(batch);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "%d articles in %.2f s: %.0f articles/s ("
            + (batched ? "batches of 24" : "one by one")
            + "), %d stories, heap used %d MB%n",
        n,
        s,
        n / s,
        g.stories().size(),
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }
}

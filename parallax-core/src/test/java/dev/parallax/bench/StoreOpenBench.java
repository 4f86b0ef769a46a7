package dev.parallax.bench;

import dev.parallax.Pipeline;
import dev.parallax.store.SearchQuery;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.impl.LuceneStore;
import java.nio.file.Path;

/**
 * Benchmark (not a test): what opening an existing store costs (the writer loads the grouper's
 * totals, df table and open stories; a reader loads nothing), and a few reads on it. Usage:
 * bench/run-bench 2g StoreOpenBench DIR (a store made by bench/store.sh N hashed DIR).
 */
public final class StoreOpenBench {
  private StoreOpenBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Runtime rt = Runtime.getRuntime();
    for (boolean readOnly : new boolean[] {true, false}) {
      System.gc();
      long before = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      try (LuceneStore store =
          LuceneStore.open(dir, readOnly, Pipeline::analyse, StoreBench::hashed)) {
        double open = (System.nanoTime() - t0) / 1e6;
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory() - before;
        long t1 = System.nanoTime();
        var counts = store.counts();
        var stories = store.stories(StoryFilter.all());
        double list = (System.nanoTime() - t1) / 1e6;
        long t2 = System.nanoTime();
        int hits = 0;
        for (int i = 0; i < 20; i++) {
          hits +=
              store
                  .search(SearchQuery.of(i % 2 == 0 ? "earthquake magnitude" : "strike union pay"))
                  .size();
        }
        double search = (System.nanoTime() - t2) / 1e6 / 20;
        System.out.printf(
            "%s: open %.0f ms, heap held %d MB; %s; counts + list %d stories %.0f ms; search %.1f ms (%d hits)%n",
            readOnly ? "read-only" : "writer",
            open,
            heap >> 20,
            counts,
            stories.size(),
            list,
            search,
            hits);
      }
    }
  }
}

package dev.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs one task per item on a few threads and returns the results in item order. */
final class Parallel {
  private Parallel() {}

  /** A task over one item; may throw, which ends the suite (a harness bug, not a figure). */
  @FunctionalInterface
  interface Task<T, R> {
    R apply(T item) throws Exception;
  }

  static int threads() {
    return Integer.getInteger("parallax.eval.threads", Runtime.getRuntime().availableProcessors());
  }

  static <T, R> List<R> map(List<T> items, Task<T, R> task, Suite.Log log, String what)
      throws Exception {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads(), items.size())),
            r -> {
              Thread t = new Thread(r, "parallax-eval");
              t.setDaemon(true);
              return t;
            });
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, items.size() / 10);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(
            pool.submit(
                () -> {
                  R r = task.apply(item);
                  int n = done.incrementAndGet();
                  if (n % step == 0 || n == items.size()) {
                    log.info(what + ": " + n + "/" + items.size());
                  }
                  return r;
                }));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Exception x) {
            throw x;
          }
          throw e;
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}

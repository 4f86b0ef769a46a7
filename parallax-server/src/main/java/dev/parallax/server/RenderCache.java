package dev.parallax.server;

import dev.parallax.model.Report;
import dev.parallax.report.ReportJson;
import dev.parallax.store.Store;
import dev.parallax.store.StorySummary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Stories' reports rendered once per story version (its article count, copies, last date and the
 * number of users' corrections that changed it) and served from memory: the JSON of {@code GET
 * /api/stories/{id}} and the story page. A story's version is looked up in the store at most once a
 * second per story, so another process ingesting into the store shows within that second, this
 * server's own ingests at once ({@link #recheck()}). A story not rendered yet is analysed in the
 * background, one story at a time and once however many ask. Thread-safe; {@link #close()} stops
 * the background analyses.
 */
final class RenderCache implements AutoCloseable {
  private static final int MAX = 512;
  private static final long RECHECK_NANOS = 1_000_000_000L;

  /** A story's rendered report. */
  record Rendered(String version, byte[] json, byte[] html) {}

  private final Store store;
  private final BiFunction<Report, StorySummary, String> page;
  private final ConcurrentHashMap<String, Rendered> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Long> checked = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

  /**
   * Story analyses under way, by story id and version; run one at a time, off the request threads.
   */
  private final ConcurrentHashMap<String, Future<Rendered>> analyses = new ConcurrentHashMap<>();

  private final ExecutorService analysing =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "parallax-analyse");
            t.setDaemon(true);
            return t;
          });

  /**
   * @param store where stories and their reports are read
   * @param page renders a stored story's page from its report and summary
   */
  RenderCache(Store store, BiFunction<Report, StorySummary, String> page) {
    this.store = store;
    this.page = page;
  }

  /** The story's rendering when its version was confirmed within the last second, else null. */
  Rendered recent(String id) {
    Long at = checked.get(id);
    return at != null && System.nanoTime() - at < RECHECK_NANOS ? entries.get(id) : null;
  }

  /**
   * Drops a story's rendering (a user's correction changed it, perhaps keeping its article count).
   */
  void forget(String id) {
    entries.remove(id);
    checked.remove(id);
  }

  /** Makes the next request of every story look its version up again. */
  void recheck() {
    checked.clear();
  }

  /**
   * The story's report as JSON and as a page, rendered (and analysed, if need be) on this thread.
   */
  Rendered rendered(String id) {
    Rendered recent = recent(id);
    if (recent != null) {
      return recent;
    }
    StorySummary summary = story(id);
    String version = version(summary);
    return get(
        id,
        version,
        () -> {
          Report report =
              store.report(id).orElseThrow(() -> Problem.notFound("story '" + id + "'"));
          return new Rendered(
              version, bytes(ReportJson.write(report)), bytes(page.apply(report, summary)));
        });
  }

  /**
   * The story's rendering, waiting at most {@code wait} for an analysis not cached yet; empty when
   * the wait ran out, the analysis going on in the background.
   */
  Optional<Rendered> await(StorySummary summary, Duration wait) {
    String id = summary.id();
    Rendered current = current(id, version(summary));
    if (current != null) {
      return Optional.of(current);
    }
    String key = id + "@" + version(summary);
    Future<Rendered> analysis =
        analyses.computeIfAbsent(
            key,
            k ->
                analysing.submit(
                    () -> {
                      try {
                        return rendered(id);
                      } finally {
                        analyses.remove(k);
                      }
                    }));
    try {
      return Optional.of(analysis.get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("analysis of story " + id + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for story " + id, e);
    }
  }

  /** The story's summary; 404 when the store has no such story. */
  StorySummary story(String id) {
    return store.story(id).orElseThrow(() -> Problem.notFound("story '" + id + "'"));
  }

  @Override
  public void close() {
    analysing.shutdownNow();
  }

  private static String version(StorySummary summary) {
    return summary.articles()
        + "/"
        + summary.copies()
        + "/"
        + summary.last().map(Object::toString).orElse("")
        + "/"
        + summary.revision();
  }

  /** The story's rendering if it is of this version, else null. */
  private Rendered current(String id, String version) {
    Rendered r = entries.get(id);
    if (r != null && r.version().equals(version)) {
      checked.put(id, System.nanoTime());
      return r;
    }
    return null;
  }

  /** Each story is rendered by one thread at a time. */
  private Rendered get(String id, String version, Supplier<Rendered> render) {
    Rendered r = current(id, version);
    if (r != null) {
      return r;
    }
    synchronized (locks.computeIfAbsent(id, k -> new Object())) {
      r = entries.get(id);
      if (r != null && r.version().equals(version)) {
        return r;
      }
      r = render.get();
      if (entries.size() >= MAX) {
        entries.clear();
        checked.clear();
      }
      entries.put(id, r);
      checked.put(id, System.nanoTime());
      return r;
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

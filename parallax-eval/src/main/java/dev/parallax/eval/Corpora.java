package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The development corpora folder ({@code ../shared/corpora} beside the repository, or the folder
 * named by {@code -Dparallax.corpora}), the data version of each corpus, and the two deterministic
 * choices every suite makes over items: which are held out of tuning, and which form a sample.
 */
public final class Corpora {
  /** Percent of the items of a corpus without a split of its own that are held out of tuning. */
  static final int HELD_OUT_PERCENT = 30;

  private final Path root;
  private final JsonNode versions;

  Corpora(Path root) throws IOException {
    this.root = root;
    Path v = root.resolve("versions.json");
    this.versions = Files.isRegularFile(v) ? new ObjectMapper().readTree(v.toFile()) : null;
  }

  /**
   * The corpora beside the repository, or where {@code parallax.corpora} or {@code parallax.shared}
   * say.
   */
  public static Corpora locate() throws IOException {
    String prop = System.getProperty("parallax.corpora");
    if (prop != null) {
      return new Corpora(Path.of(prop).toAbsolutePath().normalize());
    }
    String shared = System.getProperty("parallax.shared");
    List<Path> tries = new ArrayList<>();
    if (shared != null) {
      tries.add(Path.of(shared, "corpora"));
    }
    tries.add(Path.of("../shared/corpora"));
    tries.add(Path.of("../../shared/corpora"));
    for (Path p : tries) {
      if (Files.isDirectory(p)) {
        return new Corpora(p.toAbsolutePath().normalize());
      }
    }
    throw new IOException(
        "no corpora folder: looked for " + tries + "; set -Dparallax.corpora=DIR");
  }

  public Path root() {
    return root;
  }

  /** A corpus's folder; fails with the path when it is missing. */
  public Path dir(String corpus) throws IOException {
    Path p = root.resolve(corpus);
    if (!Files.isDirectory(p)) {
      throw new IOException("corpus folder missing: " + p);
    }
    return p;
  }

  /** The corpus's data version from {@code versions.json}, or {@code unknown}. */
  public String version(String corpus) {
    if (versions == null || !versions.has(corpus)) {
      return "unknown";
    }
    return versions.get(corpus).path("version").asText("unknown");
  }

  /**
   * Whether an item of a corpus with no split of its own is held out of tuning: a fixed {@value
   * #HELD_OUT_PERCENT}% of items, chosen by a hash of its key so that the choice never changes.
   */
  public static boolean heldOut(String key) {
    return Math.floorMod(hash("split:" + key), 100) < HELD_OUT_PERCENT;
  }

  /** The split name of an item: {@code held-out} or {@code tune}. */
  public static String split(String key) {
    return heldOut(key) ? "held-out" : "tune";
  }

  /**
   * The first {@code limit} items in an order fixed by a hash of their keys (all of them, in their
   * given order, when {@code limit} is 0 or covers them): a sample that is the same on every run
   * and spread over the whole corpus.
   */
  public static <T> List<T> sample(List<T> items, Function<T, String> key, int limit) {
    if (limit <= 0 || limit >= items.size()) {
      return items;
    }
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingLong((T t) -> hash("sample:" + key.apply(t))));
    List<T> chosen = new ArrayList<>(sorted.subList(0, limit));
    // back to corpus order, so that a sample reads like the corpus
    chosen.sort(Comparator.comparingInt(items::indexOf));
    return chosen;
  }

  static long hash(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xff);
      }
      return h & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

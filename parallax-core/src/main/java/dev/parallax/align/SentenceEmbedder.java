package dev.parallax.align;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sentence embeddings in process: all-MiniLM-L6-v2 (quantised, 384 dimensions) run by ONNX Runtime.
 * Loading takes about a second, so there is one per process ({@link #shared()}); {@link #embed} is
 * thread-safe. Vectors are unit length, so a dot product is their cosine.
 *
 * <p>Native libraries: ONNX Runtime extracts its library into a fresh {@code onnxruntime-java*}
 * folder under {@code java.io.tmpdir} (deleted on exit) unless the system property {@code
 * onnxruntime.native.path} names a folder holding it; the tokenizer's native library (DJL) is copied
 * to {@code ~/.djl.ai} by default. Parallax points the latter at {@code $PARALLAX_CACHE/djl} when that
 * variable is set, else at {@code java.io.tmpdir/parallax-<user>/djl}, so nothing is written under the
 * user's home; an explicit {@code DJL_CACHE_DIR} or {@code ENGINE_CACHE_DIR} (variable or property)
 * wins.
 */
public final class SentenceEmbedder {
  /** Sentences per call into the model; the model spreads a batch over the embedder's threads. */
  static final int BATCH = 64;

  private static volatile SentenceEmbedder shared;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model;

  private SentenceEmbedder() {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            r -> {
              Thread t = new Thread(r, "parallax-embed");
              t.setDaemon(true);
              return t;
            });
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
  }

  /** The process-wide embedder, loaded on first use. */
  public static SentenceEmbedder shared() {
    SentenceEmbedder e = shared;
    if (e == null) {
      synchronized (SentenceEmbedder.class) {
        e = shared;
        if (e == null) {
          configureNativeCache();
          e = new SentenceEmbedder();
          shared = e;
        }
      }
    }
    return e;
  }

  /** Unit-length embeddings of the texts, in order, computed {@value #BATCH} at a time. */
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int from = 0; from < texts.size(); from += BATCH) {
      int to = Math.min(texts.size(), from + BATCH);
      List<TextSegment> batch = new ArrayList<>(to - from);
      for (String t : texts.subList(from, to)) {
        // the tokenizer rejects empty input; a blank sentence gets the embedding of a space
        batch.add(TextSegment.from(t.isBlank() ? " " : t));
      }
      List<Embedding> got = model.embedAll(batch).content();
      for (int i = 0; i < got.size(); i++) {
        out[from + i] = unit(got.get(i).vector());
      }
    }
    return out;
  }

  static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    if (n == 0) {
      return v.clone();
    }
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] / n);
    }
    return u;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void configureNativeCache() {
    for (String key : List.of("DJL_CACHE_DIR", "ENGINE_CACHE_DIR")) {
      if (System.getenv(key) != null || System.getProperty(key) != null) {
        return;
      }
    }
    String base = System.getenv("PARALLAX_CACHE");
    Path dir =
        base != null && !base.isBlank()
            ? Path.of(base, "djl")
            : Path.of(
                System.getProperty("java.io.tmpdir"),
                "parallax-" + System.getProperty("user.name", "user"),
                "djl");
    System.setProperty("DJL_CACHE_DIR", dir.toString());
  }
}

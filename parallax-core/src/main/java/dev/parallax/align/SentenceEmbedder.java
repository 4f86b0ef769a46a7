package dev.parallax.align;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.parallax.internal.MiniLm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sentence embeddings in process: all-MiniLM-L6-v2 (quantised, 384 dimensions, the model and
 * tokenizer shipped in langchain4j's jar) run by ONNX Runtime. Loading takes about a second, so
 * there is one per process ({@link #shared()}); {@link #embed} is thread-safe. Vectors are unit
 * length, so a dot product is their cosine.
 *
 * <p>Each sentence is run alone, never padded into a batch: the quantised model scales its
 * activations by the range of the whole input tensor, so a batched sentence would embed slightly
 * differently (cosine about 0.99) depending on its batch-mates, and results would change with the
 * order of the input. The runs are spread over one worker per core, each run single-threaded with
 * ONNX Runtime's spin-waiting off, which on a shared two-core machine is about twice as fast as
 * langchain4j's default of every run using every core (see docs/BENCHMARKS.md). The vectors equal
 * langchain4j's (mean pooling over tokens).
 *
 * <p>Native libraries: ONNX Runtime extracts its library into a fresh {@code onnxruntime-java*}
 * folder under {@code java.io.tmpdir} (deleted on exit) unless the system property {@code
 * onnxruntime.native.path} names a folder holding it; the tokenizer's native library (DJL) is
 * copied to {@code ~/.djl.ai} by default. Parallax points the latter at {@code $PARALLAX_CACHE/djl}
 * when that variable is set, else at {@code java.io.tmpdir/parallax-<user>/djl}, so nothing is
 * written under the user's home; an explicit {@code DJL_CACHE_DIR} or {@code ENGINE_CACHE_DIR}
 * (variable or property) wins.
 */
public final class SentenceEmbedder {
  /** Below this many sentences the calling thread embeds them itself. */
  private static final int PARALLEL_FROM = 4;

  private static volatile SentenceEmbedder shared;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final ExecutorService pool;
  private final int workers;

  private SentenceEmbedder() {
    this.workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.env = MiniLm.environment();
    Class<?> owner = AllMiniLmL6V2QuantizedEmbeddingModel.class;
    try (InputStream model = MiniLm.resource(owner, "/all-minilm-l6-v2-q.onnx");
        InputStream vocabulary = MiniLm.resource(owner, "/all-minilm-l6-v2-q-tokenizer.json");
        OrtSession.SessionOptions options = MiniLm.options()) {
      this.session = env.createSession(model.readAllBytes(), options);
      this.tokenizer = MiniLm.tokenizer(vocabulary);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException(
          "cannot load the sentence embedding model: " + e.getMessage(), e);
    }
    this.pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "parallax-embed");
              t.setDaemon(true);
              return t;
            });
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

  /** Unit-length embeddings of the texts, in order; the same text always gets the same vector. */
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    if (texts.size() < PARALLEL_FROM) {
      for (int i = 0; i < texts.size(); i++) {
        out[i] = embedOne(texts.get(i));
      }
      return out;
    }
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      running.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                  out[i] = embedOne(texts.get(i));
                }
              }));
    }
    try {
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("embedding interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "embedding failed: " + e.getCause().getMessage(), e.getCause());
    }
    return out;
  }

  /**
   * Texts embedded lately: the stages after alignment (the loaded-sentence reading of framing) ask
   * again for the sentences the aligner embedded. The model is deterministic, so a cached vector is
   * the one the model would give; {@value #CACHED} vectors of 384 floats hold about 6 MB.
   */
  static final int CACHED = 4096;

  private final Map<String, float[]> recent =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
              return size() > CACHED;
            }
          });

  /** Forgets the texts embedded lately, so that a benchmark measures the model itself. */
  public void forgetRecent() {
    recent.clear();
  }

  private float[] embedOne(String text) {
    float[] known = recent.get(text);
    if (known != null) {
      return known.clone();
    }
    float[] v = model(text);
    recent.put(text, v);
    return v.clone();
  }

  private float[] model(String text) {
    // the tokenizer rejects empty input; a blank sentence gets the embedding of a space
    long[] ids = tokenizer.encode(text.isBlank() ? " " : text).getIds();
    try {
      float[][] hidden = MiniLm.lastHiddenState(env, session, ids);
      float[] mean = new float[hidden[0].length];
      for (float[] token : hidden) {
        for (int d = 0; d < mean.length; d++) {
          mean[d] += token[d];
        }
      }
      return unit(mean);
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
    }
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

  /** Points the tokenizer's native library at Parallax's cache (see the class comment). */
  public static void configureNativeCache() {
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

package dev.parallax.framing;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.parallax.align.SentenceEmbedder;
import dev.parallax.internal.DataFiles;
import dev.parallax.internal.MiniLm;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Loaded words by a fine-tuned word tagger: all-MiniLM-L6-v2 (the full-precision model and
 * tokenizer of langchain4j's jar) with low-rank updates of its encoder's weight matrices and one
 * output per word piece, trained on BABE's tuning topics by {@code bench/lab/tagger} ({@value
 * #FILE}; docs/framing.md). A word's probability is its first word piece's. Loading reads the
 * model's 90 MB once, so there is one tagger per process ({@link #shared()}); {@link #tag} is
 * thread-safe and remembers the sentences it tagged lately.
 */
public final class WordTagger {
  /** The updates and the output layer, in the lexicon folder. */
  public static final String FILE = "loaded-word-tagger.bin";

  private static final int CACHED = 4096;
  private static volatile WordTagger shared;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final float[] head;
  private final float bias;
  private final List<OnnxTensor> updated;
  private final Map<String, Tagged> recent =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tagged> eldest) {
              return size() > CACHED;
            }
          });

  /** The word pieces of a text: where each starts and ends in it, and its probability. */
  public record Tagged(int[] start, int[] end, float[] probability) {
    /**
     * The probability of the word at {@code [from, to)} of the text: its first word piece's, 0 when
     * no piece lies there.
     */
    public double at(int from, int to) {
      for (int i = 0; i < start.length; i++) {
        if (start[i] >= from && start[i] < to) {
          return probability[i];
        }
      }
      return 0;
    }
  }

  private WordTagger() {
    this.env = MiniLm.environment();
    Class<?> owner = AllMiniLmL6V2EmbeddingModel.class;
    List<OnnxTensor> updated = new ArrayList<>();
    try (InputStream model = MiniLm.resource(owner, "/all-minilm-l6-v2.onnx");
        InputStream vocabulary = MiniLm.resource(owner, "/all-minilm-l6-v2-tokenizer.json");
        InputStream weights = MiniLm.resource(WordTagger.class, DataFiles.FOLDER + FILE);
        OrtSession.SessionOptions options = MiniLm.options()) {
      byte[] bytes = model.readAllBytes();
      DataInputStream in = new DataInputStream(weights);
      byte[] magic = new byte[4];
      in.readFully(magic);
      if (!new String(magic, StandardCharsets.US_ASCII).equals("PXT1")) {
        throw new IOException(FILE + " is not a word tagger file");
      }
      int n = in.readInt();
      Map<String, float[][]> lowRank = new HashMap<>();
      Map<String, int[]> shapes = new HashMap<>();
      Map<String, Float> scales = new HashMap<>();
      for (int k = 0; k < n; k++) {
        byte[] name = new byte[in.readUnsignedShort()];
        in.readFully(name);
        String key = new String(name, StandardCharsets.UTF_8);
        int inDim = in.readInt();
        int outDim = in.readInt();
        int rank = in.readInt();
        scales.put(key, in.readFloat());
        shapes.put(key, new int[] {inDim, outDim, rank});
        lowRank.put(key, new float[][] {floats(in, rank * inDim), floats(in, outDim * rank)});
      }
      this.head = floats(in, in.readInt());
      this.bias = in.readFloat();
      Map<String, float[]> base = OnnxInitializers.read(bytes, lowRank.keySet());
      for (Map.Entry<String, float[][]> e : lowRank.entrySet()) {
        int[] shape = shapes.get(e.getKey());
        float[] w = base.get(e.getKey());
        if (w == null || w.length != shape[0] * shape[1]) {
          throw new IOException(e.getKey() + " is not a weight matrix of the model");
        }
        addLowRank(w, shape[0], shape[1], shape[2], scales.get(e.getKey()), e.getValue());
        OnnxTensor t =
            OnnxTensor.createTensor(env, FloatBuffer.wrap(w), new long[] {shape[0], shape[1]});
        updated.add(t);
        options.addInitializer(e.getKey(), t);
      }
      this.session = env.createSession(bytes, options);
      this.tokenizer = MiniLm.tokenizer(vocabulary);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load the word tagger: " + e.getMessage(), e);
    }
    // ONNX Runtime reads the updated weights from these tensors for the session's whole life
    this.updated = List.copyOf(updated);
  }

  /**
   * The tagger with the word model it is combined with: a word's probability is {@code weight}
   * times the word model's plus the rest times the tagger's, and marks the word from {@code
   * threshold} on ({@value #SETTINGS}: both chosen by cross-validation on BABE's tuning topics).
   */
  public record Combined(WordTagger tagger, double weight, double threshold) {
    /** The settings file beside the tagger's weights. */
    public static final String SETTINGS = "loaded-word-tagger.tsv";

    public Combined {
      if (!(weight >= 0 && weight <= 1) || !(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException(
            "weight must be in [0, 1] and threshold in (0, 1), got " + weight + ", " + threshold);
      }
    }

    /** The shipped settings with the process-wide tagger (loaded here if no one loaded it yet). */
    public static Combined bundled() {
      Map<String, Double> v = new HashMap<>();
      try {
        for (String[] f : DataFiles.rows(SETTINGS)) {
          if (f.length == 2) {
            v.put(f[0].strip(), Double.parseDouble(f[1].strip()));
          }
        }
      } catch (NumberFormatException e) {
        throw new IllegalStateException("cannot read " + SETTINGS + ": " + e.getMessage(), e);
      }
      if (!v.containsKey("weight") || !v.containsKey("threshold")) {
        throw new IllegalStateException(SETTINGS + " lacks weight or threshold");
      }
      return new Combined(WordTagger.shared(), v.get("weight"), v.get("threshold"));
    }

    /** The combined probability of a word from the word model's and the tagger's. */
    public double combine(double linear, double tagged) {
      return weight * linear + (1 - weight) * tagged;
    }
  }

  /** The process-wide tagger, loaded on first use. */
  public static WordTagger shared() {
    WordTagger t = shared;
    if (t == null) {
      synchronized (WordTagger.class) {
        t = shared;
        if (t == null) {
          SentenceEmbedder.configureNativeCache();
          t = new WordTagger();
          shared = t;
        }
      }
    }
    return t;
  }

  /** The word pieces of the text with their probabilities of being marked loaded. */
  public Tagged tag(String text) {
    Tagged known = recent.get(text);
    if (known != null) {
      return known;
    }
    Tagged t = run(text);
    recent.put(text, t);
    return t;
  }

  /** Forgets the texts tagged lately, so that a benchmark measures the model itself. */
  public void forgetRecent() {
    recent.clear();
  }

  /**
   * Tags the texts over every core, each once (those tagged lately are not run again), and returns
   * each text's tags: however many texts there are, none is tagged twice by a caller that reads
   * them here rather than through {@link #tag}, which keeps only the latest few thousand.
   */
  public Map<String, Tagged> tagAll(Stream<String> texts) {
    List<String> distinct = texts.distinct().toList();
    Map<String, Tagged> out = new ConcurrentHashMap<>();
    distinct.parallelStream().forEach(t -> out.put(t, tag(t)));
    return out;
  }

  private Tagged run(String text) {
    Encoding enc = tokenizer.encode(text.isBlank() ? " " : text);
    long[] ids = enc.getIds();
    CharSpan[] spans = enc.getCharTokenSpans();
    try {
      float[][] hidden = MiniLm.lastHiddenState(env, session, ids);
      int[] start = new int[ids.length];
      int[] end = new int[ids.length];
      float[] p = new float[ids.length];
      for (int i = 0; i < ids.length; i++) {
        CharSpan span = i < spans.length ? spans[i] : null;
        start[i] = span == null ? -1 : span.getStart();
        end[i] = span == null ? -1 : span.getEnd();
        double z = bias;
        for (int d = 0; d < head.length; d++) {
          z += head[d] * hidden[i][d];
        }
        p[i] = (float) (1 / (1 + Math.exp(-z)));
      }
      return new Tagged(start, end, p);
    } catch (OrtException e) {
      throw new IllegalStateException("word tagging failed: " + e.getMessage(), e);
    }
  }

  /** {@code w} ([in, out], as the model's MatMul reads it) plus scale (B A) transposed. */
  static void addLowRank(float[] w, int in, int out, int rank, float scale, float[][] ab) {
    float[] a = ab[0];
    float[] b = ab[1];
    for (int i = 0; i < in; i++) {
      for (int o = 0; o < out; o++) {
        double s = 0;
        for (int k = 0; k < rank; k++) {
          s += b[o * rank + k] * a[k * in + i];
        }
        w[i * out + o] += (float) (scale * s);
      }
    }
  }

  private static float[] floats(DataInputStream in, int n) throws IOException {
    byte[] raw = new byte[n * 4];
    in.readFully(raw);
    float[] out = new float[n];
    ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(out);
    return out;
  }
}

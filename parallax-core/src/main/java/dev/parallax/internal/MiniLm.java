package dev.parallax.internal;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * What the two all-MiniLM-L6-v2 models Parallax runs share (the aligner's sentence embedder and
 * framing's word tagger): session options of one thread per run, the tokenizer, and one run of the
 * model over one text's word pieces, never padded into a batch.
 */
public final class MiniLm {
  /** Word pieces the model reads at most (its position table); longer texts are cut. */
  public static final int MAX_TOKENS = 512;

  private MiniLm() {}

  private static volatile boolean nativeFolderRemoved;

  /**
   * ONNX Runtime's environment. ONNX Runtime 1.20 copies its native libraries into a new {@code
   * onnxruntime-java*} folder of the temporary directory on every start and asks for the folder to
   * be deleted on exit before its files, so every run left an empty folder behind (and a killed run
   * 16 MB of libraries). Once the libraries are loaded the folder is no longer read (the CPU
   * provider is built in), so Parallax removes it at once; where that fails (another platform,
   * another runtime version) the folder stays as it was, and nothing else changes.
   */
  public static OrtEnvironment environment() {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    if (!nativeFolderRemoved) {
      synchronized (MiniLm.class) {
        if (!nativeFolderRemoved) {
          nativeFolderRemoved = true;
          removeNativeFolder();
        }
      }
    }
    return env;
  }

  private static void removeNativeFolder() {
    try {
      java.lang.reflect.Field f =
          Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
      f.setAccessible(true);
      Object value = f.get(null);
      if (!(value instanceof java.nio.file.Path folder)
          || !folder.getFileName().toString().startsWith("onnxruntime-java")
          || !java.nio.file.Files.isDirectory(folder)) {
        return;
      }
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
        for (java.nio.file.Path file : files.toList()) {
          java.nio.file.Files.deleteIfExists(file);
        }
      }
      java.nio.file.Files.deleteIfExists(folder);
    } catch (ReflectiveOperationException | IOException | RuntimeException e) {
      // the folder stays; ONNX Runtime still deletes its files on exit
    }
  }

  /**
   * Options of a session that each caller thread runs alone: one thread per run, spin-waiting off,
   * every graph optimisation.
   */
  public static OrtSession.SessionOptions options() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return options;
  }

  /**
   * The model's tokenizer from its {@code tokenizer.json}: no padding, cut at the model's limit.
   */
  public static HuggingFaceTokenizer tokenizer(InputStream vocabulary) throws IOException {
    return HuggingFaceTokenizer.newInstance(
        vocabulary,
        Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
  }

  /**
   * A resource of the jar that ships a model ({@code owner}'s), or an error naming what lacks it.
   */
  public static InputStream resource(Class<?> owner, String name) throws IOException {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          name + " is missing from the classpath (beside " + owner.getName() + ")");
    }
    return in;
  }

  /** The model's last hidden state over the word pieces {@code ids}: one row per piece. */
  public static float[][] lastHiddenState(OrtEnvironment env, OrtSession session, long[] ids)
      throws OrtException {
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1L);
    long[] shape = {1, ids.length};
    try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor attention = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor types =
            OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
        OrtSession.Result result =
            session.run(
                Map.of(
                    "input_ids", inputIds, "attention_mask", attention, "token_type_ids", types))) {
      return ((float[][][]) result.get(0).getValue())[0];
    }
  }
}

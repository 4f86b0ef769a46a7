package dev.parallax.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ejml.simple.SimpleMatrix;

/**
 * Word vectors: the 50-dimensional English embeddings CoreNLP ships for its neural coreference
 * ({@value #RESOURCE} in the CoreNLP models jar, GPL-3.0-or-later; about 103,000 lower-case words).
 * Words that mean alike lie close, so a judgement learned on some words carries to their
 * neighbours. Loading takes a few seconds and about 25 MB, so there is one per process ({@link
 * #shared()}); immutable and thread-safe once loaded.
 */
public final class WordVectors {
  /** Where CoreNLP keeps the embeddings on the classpath. */
  public static final String RESOURCE =
      "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

  private static volatile WordVectors shared;

  private final Map<String, float[]> vectors;
  private final int dimension;

  private WordVectors(Map<String, float[]> vectors, int dimension) {
    this.vectors = vectors;
    this.dimension = dimension;
  }

  /** The process-wide vectors, loaded on first use. */
  public static WordVectors shared() {
    WordVectors v = shared;
    if (v == null) {
      synchronized (WordVectors.class) {
        v = shared;
        if (v == null) {
          v = load();
          shared = v;
        }
      }
    }
    return v;
  }

  private static WordVectors load() {
    Embedding e;
    try {
      e = IOUtils.readObjectFromURLOrClasspathOrFileSystem(RESOURCE);
    } catch (IOException | ClassNotFoundException ex) {
      throw new UncheckedIOException(new IOException("cannot read word vectors " + RESOURCE, ex));
    }
    Map<String, float[]> out = new HashMap<>(e.size() * 2);
    for (Map.Entry<String, SimpleMatrix> en : e.entrySet()) {
      SimpleMatrix m = en.getValue();
      float[] f = new float[m.getNumElements()];
      for (int i = 0; i < f.length; i++) {
        f[i] = (float) m.get(i);
      }
      out.put(en.getKey(), f);
    }
    return new WordVectors(Map.copyOf(out), e.getEmbeddingSize());
  }

  /** Length of every vector. */
  public int dimension() {
    return dimension;
  }

  /** The vector of a word, looked up lower-cased; empty when the vocabulary lacks it. */
  public Optional<float[]> vector(String word) {
    return Optional.ofNullable(vectors.get(word.toLowerCase(Locale.ROOT)));
  }
}

package dev.parallax.framing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The features the loaded-sentence model reads for one passage (a sentence as a reader sees it,
 * names in {@link #NAMES}): its all-MiniLM-L6-v2 embedding ({@link
 * dev.parallax.align.SentenceEmbedder}), and what the loaded-word model found among its words in
 * the outlet's own voice: the highest probability, how many words reach the word threshold, the sum
 * of the probabilities and the number of words. The embedding lets a passage count as loaded when
 * its framing lies in no single word ("slammed ... as a failure" in a sentence of plain words).
 * Stateless.
 */
public final class SentenceFeatures {
  /** Dimensions of the sentence embedding. */
  public static final int EMBEDDING = 384;

  /** Feature names, in the order of every vector {@link #of} returns. */
  public static final List<String> NAMES = names();

  private SentenceFeatures() {}

  private static List<String> names() {
    List<String> n = new ArrayList<>();
    for (int i = 0; i < EMBEDDING; i++) {
      n.add("embedding." + i);
    }
    n.addAll(List.of("words.top", "words.marked", "words.sum", "words.log-count"));
    return Collections.unmodifiableList(n);
  }

  /**
   * The features of a passage from its embedding and the loaded-word model's probabilities for its
   * words in the outlet's own voice; {@code threshold} is the word model's.
   */
  public static double[] of(float[] embedding, double[] wordProbabilities, double threshold) {
    if (embedding.length != EMBEDDING) {
      throw new IllegalArgumentException(
          "embedding must have " + EMBEDDING + " dimensions, has " + embedding.length);
    }
    double[] f = new double[NAMES.size()];
    for (int i = 0; i < EMBEDDING; i++) {
      f[i] = embedding[i];
    }
    double top = 0;
    double sum = 0;
    int marked = 0;
    for (double p : wordProbabilities) {
      top = Math.max(top, p);
      sum += p;
      if (p >= threshold) {
        marked++;
      }
    }
    int k = EMBEDDING;
    f[k++] = top;
    f[k++] = marked;
    f[k++] = sum;
    f[k] = Math.log1p(wordProbabilities.length);
    return f;
  }
}

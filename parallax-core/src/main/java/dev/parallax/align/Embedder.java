package dev.parallax.align;

import java.util.List;

/** Turns sentences into unit-length vectors; {@link SentenceEmbedder} is the real one. */
@FunctionalInterface
public interface Embedder {
  float[][] embed(List<String> texts);
}

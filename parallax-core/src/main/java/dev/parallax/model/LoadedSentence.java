package dev.parallax.model;

import java.util.Objects;

/**
 * A sentence that reads as loaded as a whole in the outlet's own voice, by the loaded-sentence
 * model (docs/framing.md): its id and the model's probability that an expert would call it loaded.
 * A sentence can be listed with no single word marked, and a sentence with a marked word need not
 * be listed.
 */
public record LoadedSentence(String sentence, double probability) {
  public LoadedSentence {
    Objects.requireNonNull(sentence, "sentence");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
    }
  }
}

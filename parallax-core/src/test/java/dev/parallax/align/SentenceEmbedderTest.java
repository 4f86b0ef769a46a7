package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
  private static final List<String> SENTENCES =
      List.of(
          "The harbor bridge will close for repairs on Monday, the city said.",
          "Engineers found cracks in two of the bridge's steel cables last week.",
          "Ferry operators expect twice as many passengers while the bridge is shut.",
          "",
          "Residents said the detour adds 40 minutes to their commute.",
          "The council voted 7-2 to fund the work.");

  @Test
  void vectorsEqualTheReferenceModelsAndAreUnitLength() {
    AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
    float[][] got = SentenceEmbedder.shared().embed(SENTENCES);
    for (int i = 0; i < SENTENCES.size(); i++) {
      String text = SENTENCES.get(i);
      assertThat(SentenceEmbedder.dot(got[i], got[i])).isCloseTo(1.0, Offset.offset(1e-5));
      if (text.isBlank()) {
        continue; // the reference refuses blank text; Parallax embeds it as a space
      }
      float[] want = SentenceEmbedder.unit(reference.embed(text).content().vector());
      assertThat(SentenceEmbedder.dot(got[i], want)).as(text).isGreaterThan(0.99999);
    }
  }

  @Test
  void aSentenceEmbedsTheSameWhateverItsNeighboursAndOrder() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      many.addAll(SENTENCES);
    }
    long seed = 20261123L;
    Collections.shuffle(many, new Random(seed));
    float[][] together = SentenceEmbedder.shared().embed(many);
    for (int i = 0; i < many.size(); i++) {
      float[] alone = SentenceEmbedder.shared().embed(List.of(many.get(i)))[0];
      assertThat(alone).as("seed %d, sentence %d", seed, i).containsExactly(together[i]);
    }
  }
}

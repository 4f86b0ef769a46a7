package dev.parallax.framing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordTaggerTest {
  @Test
  void addsTheTransposedLowRankProductToAMatrixStoredInputMajor() {
    // in 3, out 2, rank 1: A = [1 2 3], B = [10; 20], scale 0.5; W[i][o] += 0.5 * B[o] * A[i]
    float[] w = new float[6];
    WordTagger.addLowRank(
        w, 3, 2, 1, 0.5f, new float[][] {new float[] {1, 2, 3}, new float[] {10, 20}});
    assertThat(w).containsExactly(5f, 10f, 10f, 20f, 15f, 30f);
  }

  @Test
  void readsNamedFloatInitializersOutOfTheModelFile() throws Exception {
    byte[] model;
    try (InputStream in =
        AllMiniLmL6V2EmbeddingModel.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
      model = in.readAllBytes();
    }
    Map<String, float[]> w =
        OnnxInitializers.read(
            model, Set.of("embeddings.LayerNorm.weight", "onnx::MatMul_798", "no such weight"));
    assertThat(w).containsOnlyKeys("embeddings.LayerNorm.weight", "onnx::MatMul_798");
    assertThat(w.get("embeddings.LayerNorm.weight")).hasSize(384);
    assertThat(w.get("onnx::MatMul_798")).hasSize(384 * 1536);
  }

  @Test
  void givesEachWordItsFirstWordPiecesProbability() {
    WordTagger.Tagged t =
        new WordTagger.Tagged(
            new int[] {-1, 0, 4, 7, -1},
            new int[] {-1, 4, 7, 8, -1},
            new float[] {0.9f, 0.2f, 0.7f, 0.1f, 0.9f});
    assertThat(t.at(0, 7)).isEqualTo(0.2f);
    assertThat(t.at(4, 7)).isEqualTo(0.7f);
    assertThat(t.at(8, 12)).isZero();
  }

  @Test
  void scoresALoadedAdjectiveAboveTheNeutralWordsOfItsSentence() {
    String s = "The senator unveiled a reckless and shameful scheme to gut the agency on Tuesday.";
    WordTagger.Tagged t = WordTagger.shared().tag(s);
    double reckless = t.at(s.indexOf("reckless"), s.indexOf("reckless") + 8);
    double shameful = t.at(s.indexOf("shameful"), s.indexOf("shameful") + 8);
    for (String neutral : new String[] {"senator", "unveiled", "agency", "Tuesday"}) {
      double p = t.at(s.indexOf(neutral), s.indexOf(neutral) + neutral.length());
      assertThat(p).as(neutral).isLessThan(Math.min(reckless, shameful));
    }
    assertThat(WordTagger.shared().tag(s)).as("remembered").isSameAs(t);
  }

  @Test
  void tagAllReturnsTheTagsOfEveryTextWhetherTaggedBeforeOrNot() {
    WordTagger tagger = WordTagger.shared();
    String before = "The mayor called the plan a disgraceful giveaway.";
    String fresh = "Officials reopened the bridge on Monday after repairs.";
    WordTagger.Tagged known = tagger.tag(before);
    Map<String, WordTagger.Tagged> all = tagger.tagAll(Stream.of(before, fresh, before));
    assertThat(all).containsOnlyKeys(before, fresh);
    assertThat(all.get(before)).isSameAs(known);
    assertThat(all.get(fresh).probability()).isEqualTo(tagger.tag(fresh).probability());
  }

  @Test
  void bundledCombinationWeighsBothModels() {
    WordTagger.Combined c = WordTagger.Combined.bundled();
    assertThat(c.weight()).isStrictlyBetween(0.0, 1.0);
    assertThat(c.combine(0.2, 0.6)).isEqualTo(c.weight() * 0.2 + (1 - c.weight()) * 0.6);
  }
}

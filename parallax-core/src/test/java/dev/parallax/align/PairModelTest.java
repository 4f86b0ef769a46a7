package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairModelTest {
  @Test
  void theShippedModelSaysHowItWasMadeAndGivesProbabilities() {
    PairModel m = PairModel.bundled();
    assertThat(m.provenance()).contains("bench/train-align", "smile-core 3.1.1", "code e13aa34");
    double[] x = new double[PairModel.FEATURES.size()];
    assertThat(m.probability(x)).isBetween(0.0, 1.0);
  }

  @Test
  void aModelReadsBackFromItsOwnFileUnchanged() throws Exception {
    int p = PairModel.FEATURES.size();
    double[] mean = new double[p];
    double[] scale = new double[p];
    double[] weight = new double[p];
    Arrays.fill(scale, 2);
    weight[0] = 1.5;
    PairModel m =
        new PairModel(
            PairModel.FEATURES,
            mean,
            scale,
            weight,
            -1,
            new Aligner.Settings(0.5, 0.4, 0.3, 0.6, 0.25),
            "test");
    Map<String, Object> trained = new LinkedHashMap<>();
    trained.put("command", "test");
    String json = m.toJson(trained);
    PairModel back =
        PairModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    double[] x = new double[p];
    x[0] = 0.8;
    assertThat(back.probability(x))
        .isEqualTo(m.probability(x))
        .isEqualTo(1 / (1 + Math.exp(-(-1 + 1.5 * 0.4))));
    assertThat(back.grouping()).isEqualTo(m.grouping());
    assertThat(back.grouping().agree()).isEqualTo(0.25);
    assertThat(back.toJson(trained)).isEqualTo(json);
    // a file written before the agreement floor keeps every shared group
    assertThat(json).contains(",\n    \"agree\" : 0.25");
    PairModel old =
        PairModel.read(
            new ByteArrayInputStream(
                json.replace(",\n    \"agree\" : 0.25", "").getBytes(StandardCharsets.UTF_8)));
    assertThat(old.grouping().agree()).isZero();
    assertThat(old.grouping().join()).isEqualTo(0.6);
  }

  @Test
  void refusesAModelOverOtherFeatures() {
    assertThatThrownBy(
            () ->
                new PairModel(
                    List.of("cosine"),
                    new double[1],
                    new double[] {1},
                    new double[1],
                    0,
                    new Aligner.Settings(0.5, 0.5, 0.5, 0.5),
                    "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cosine");
  }

  @Test
  void readsAFileWithOrWithoutTheCodeCommitAndIgnoresFieldsItDoesNotKnow() throws Exception {
    int p = PairModel.FEATURES.size();
    double[] scale = new double[p];
    Arrays.fill(scale, 1);
    PairModel m =
        new PairModel(
            PairModel.FEATURES,
            new double[p],
            scale,
            new double[p],
            0.5,
            new Aligner.Settings(0.5, 0.4, 0.3, 0.6),
            "test");
    Map<String, Object> without = new LinkedHashMap<>();
    without.put("command", "bench/train-align");
    without.put("library", "smile");
    without.put("data", "gold");
    Map<String, Object> with = new LinkedHashMap<>(without);
    with.put("code", "0123456789ab+dirty");
    with.put("a-field-of-later-versions", Map.of("any", List.of(1, 2)));

    PairModel old = read(m.toJson(without));
    PairModel now = read(m.toJson(with));
    assertThat(old.provenance()).isEqualTo("bench/train-align with smile on gold");
    assertThat(now.provenance())
        .isEqualTo("bench/train-align with smile on gold, code 0123456789ab+dirty");
    double[] x = new double[p];
    assertThat(now.probability(x)).isEqualTo(old.probability(x)).isEqualTo(m.probability(x));
    assertThat(now.grouping()).isEqualTo(old.grouping());
  }

  private static PairModel read(String json) throws Exception {
    return PairModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}

package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Shingle F1 of the extracted body against a hand-written expected text, per fixture template. */
class ExtractionQualityTest {
  static final List<String> FIXTURES =
      List.of(
          "classic-news",
          "jsonld-article",
          "cookie-newsletter",
          "liveblog",
          "figure-ads",
          "amp-minimal",
          "wordpress-blog",
          "table-layout-wire",
          "br-separated-legacy",
          "split-body-blocks");

  static String resource(String name) throws IOException {
    try (InputStream in = ExtractionQualityTest.class.getResourceAsStream("/html/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void extractsEveryTemplateWithAverageShingleF1AtLeast096() throws IOException {
    double sum = 0;
    StringBuilder table = new StringBuilder();
    for (String name : FIXTURES) {
      Extraction x = HtmlExtractor.extract(resource(name + ".html"), Optional.empty());
      Shingles.Score s = Shingles.score(x.text(), resource(name + ".expected.txt"));
      sum += s.f1();
      table.append(
          String.format("%-20s P=%.3f R=%.3f F1=%.3f%n", name, s.precision(), s.recall(), s.f1()));
    }
    double average = sum / FIXTURES.size();
    table.append(String.format("%-20s F1=%.3f%n", "average", average));
    System.out.print(table);
    assertThat(average).as(table.toString()).isGreaterThanOrEqualTo(0.96);
  }

  @Test
  void scoresIdenticalTextsOneAndDisjointTextsZero() {
    assertThat(Shingles.score("a b c d e", "a b c d e").f1()).isEqualTo(1.0);
    assertThat(Shingles.score("a b c d e", "v w x y z").f1()).isEqualTo(0.0);
  }
}

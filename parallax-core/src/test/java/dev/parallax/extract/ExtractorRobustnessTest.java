package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged pages are repaired, never thrown on: cut, shuffled and spliced versions of the fixtures.
 */
class ExtractorRobustnessTest {
  private static final long SEED = 20261123L;

  @Test
  void neverThrowsOnCutOrSplicedPages() throws IOException {
    Random random = new Random(SEED);
    for (String name : ExtractionQualityTest.FIXTURES) {
      String html = ExtractionQualityTest.resource(name + ".html");
      for (int i = 0; i < 25; i++) {
        String damaged = damage(html, random);
        assertThatCode(() -> HtmlExtractor.extract(damaged, Optional.of("https://example.org/x")))
            .as("seed %d, fixture %s, round %d", SEED, name, i)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void extractsNothingFromAnEmptyOrTextlessPage() {
    assertThat(HtmlExtractor.extract("", Optional.empty()).text()).isEmpty();
    assertThat(
            HtmlExtractor.extract("<html><body><img src=x></body></html>", Optional.empty()).text())
        .isEmpty();
  }

  private static String damage(String html, Random random) {
    int a = random.nextInt(html.length());
    int b = random.nextInt(html.length());
    return switch (random.nextInt(3)) {
      case 0 -> html.substring(0, a);
      case 1 -> html.substring(Math.min(a, b), Math.max(a, b));
      default ->
          html.substring(0, Math.min(a, b))
              + "<div class=\"x\"><p>"
              + html.substring(Math.max(a, b));
    };
  }
}

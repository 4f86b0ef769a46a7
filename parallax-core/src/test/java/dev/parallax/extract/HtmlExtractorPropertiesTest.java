package dev.parallax.extract;

import static dev.parallax.Adversarial.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Adversarial;
import dev.parallax.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The extractor on hostile pages: never throws on any markup, and a page whose article is plain
 * paragraphs among noise keeps each paragraph in the text or lists it as removed.
 */
class HtmlExtractorPropertiesTest {
  private static final List<String> NOISE =
      List.of(
          "<nav><a href=/>Home</a><a href=/x>World</a></nav>",
          "<div class=ad>Advertisement</div>",
          "<footer>© 2024 Example</footer>",
          "<aside class=related><a>Read more</a></aside>",
          "<script>var x = '<p>';</script>",
          "<!-- <p>hidden</p> -->",
          "<div hidden>gone</div>",
          "<table><tr><td>cell</td></tr></table>",
          "<p></p>",
          "<br><br>",
          "<b>",
          "</div></div>",
          "<p",
          "<<<>>>",
          "&#0;&#xD800;&bogus;",
          "<svg><text>x</text></svg>",
          "<iframe src=x></iframe>");

  private static String markup(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) {
      b.append(r.nextBoolean() ? NOISE.get(r.nextInt(NOISE.size())) : Adversarial.text(r, 12));
    }
    return b.toString();
  }

  @Test
  void neverThrowsOnAnyMarkup() {
    forAll(
        500,
        HtmlExtractorPropertiesTest::markup,
        html -> assertThat(HtmlExtractor.extract(html, Optional.empty()).text()).isNotNull());
    forAll(
        200, r -> Adversarial.chars(r, 600), html -> HtmlExtractor.extract(html, Optional.empty()));
  }

  private static String sentence(Random r) {
    int words = 12 + r.nextInt(18);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int len = 3 + r.nextInt(7);
      for (int k = 0; k < len; k++) {
        b.append((char) ((r.nextBoolean() ? 'a' : 'A') + r.nextInt(26)));
      }
      b.append(i == words - 1 ? "." : " ");
    }
    return b.toString();
  }

  @Test
  void keepsOrListsEveryParagraph() {
    forAll(
        300,
        r -> {
          List<String> paragraphs = new ArrayList<>();
          StringBuilder html = new StringBuilder("<html><body>");
          int n = 3 + r.nextInt(6);
          for (int i = 0; i < n; i++) {
            String p = sentence(r);
            paragraphs.add(p);
            html.append(NOISE.get(r.nextInt(NOISE.size()))).append("<p>").append(p).append("</p>");
          }
          return new Adversarial.Pair<>(html.append("</body></html>").toString(), paragraphs);
        },
        page -> {
          Extraction x = HtmlExtractor.extract(page.first(), Optional.empty());
          String removed = String.join("\n", x.removed().stream().map(Removal::text).toList());
          for (String p : page.second()) {
            boolean kept = x.text().contains(p);
            boolean listed = removed.contains(p.substring(0, Math.min(p.length(), 40)));
            assertThat(kept || listed).as("paragraph kept or listed as removed: " + p).isTrue();
          }
        });
  }

  @Test
  void extractsHugeAndDeeplyNestedPages() {
    String para = "word ".repeat(20_000);
    Extraction x =
        HtmlExtractor.extract(
            "<html><body><article><p>" + para + "</p></article></body></html>", Optional.empty());
    assertThat(x.text()).hasSizeGreaterThan(90_000);
    Extraction nested =
        HtmlExtractor.extract(
            "<p>" + "<b>".repeat(20_000) + "words of the article here", Optional.empty());
    assertThat(nested.text()).isNotNull();
    Extraction divs =
        HtmlExtractor.extract(
            "<body>" + "<div>".repeat(5_000) + "<p>" + sentence(new Random(1)) + "</p>",
            Optional.empty());
    assertThat(divs.text()).isNotNull();
  }
}

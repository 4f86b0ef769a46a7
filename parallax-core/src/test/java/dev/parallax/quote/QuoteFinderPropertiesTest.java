package dev.parallax.quote;

import static dev.parallax.Adversarial.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Adversarial;
import dev.parallax.Pipeline;
import dev.parallax.model.Article;
import dev.parallax.model.Quote;
import dev.parallax.model.Report;
import dev.parallax.model.Sentence;
import dev.parallax.model.SourceText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quote finder, and with it every per-article stage, on hostile text run through the real
 * annotator: no stage fails, and every quotation found lies in its article's text.
 */
class QuoteFinderPropertiesTest {
  @Test
  void findsQuotationsInAnyTextWithoutFailing() {
    forAll(
        60,
        Adversarial.pairs(r -> Adversarial.text(r, 70), r -> Adversarial.text(r, 70)),
        p -> {
          Report r =
              Pipeline.analyse(
                  List.of(
                      new SourceText("a.txt", p.first(), Optional.empty()),
                      new SourceText("b.txt", p.second(), Optional.empty())),
                  List.of(),
                  new Pipeline.Options(
                      Optional.of(LocalDate.of(2016, 6, 10)), Optional.empty(), Map.of(), 1),
                  Pipeline.Progress.NONE);
          assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("analysis-failed"));
          for (Quote q : r.quotes()) {
            Sentence s = r.sentence(q.sentence()).orElseThrow();
            Article article =
                r.articles().stream()
                    .filter(x -> x.id().equals(q.article()))
                    .findFirst()
                    .orElseThrow();
            assertThat(s.start() + q.end()).isLessThanOrEqualTo(article.text().length());
          }
        });
  }
}

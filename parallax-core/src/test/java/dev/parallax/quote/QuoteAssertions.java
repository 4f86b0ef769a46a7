package dev.parallax.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Quote;
import dev.parallax.model.Report;
import dev.parallax.model.Speaker;
import java.util.List;

/** Lookups for tests on a report's quotations. */
final class QuoteAssertions {
  private QuoteAssertions() {}

  static Quote quoteWith(Report r, String words) {
    List<Quote> hits = r.quotes().stream().filter(q -> q.text().contains(words)).toList();
    assertThat(hits).as("quotes containing '%s' in %s", words, r.quotes()).hasSize(1);
    return hits.get(0);
  }

  static String speakerOf(Report r, String words) {
    return quoteWith(r, words).speaker().map(Speaker::name).orElse(null);
  }
}

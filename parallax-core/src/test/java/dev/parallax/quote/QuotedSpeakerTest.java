package dev.parallax.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.Quote;
import dev.parallax.model.Speaker;
import dev.parallax.model.TextSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A mixed attribution without a source takes its quotation's speaker when they share a cue. */
class QuotedSpeakerTest {

  private static Attribution mixed(String id, Optional<Speaker> source, String cue, String quote) {
    return new Attribution(
        id,
        "A1",
        List.of("A1.S2"),
        AttributionKind.MIXED,
        source,
        Optional.of(new TextSpan("the candidate", 0, 13)),
        Optional.of(new TextSpan(cue, 14, 14 + cue.length())),
        new TextSpan("the plan is \u201ca disaster\u201d", 20, 44),
        List.of(quote),
        true);
  }

  private static Quote quote(String id, Optional<Speaker> speaker, String cue) {
    return new Quote(id, "A1", "A1.S2", "a disaster", 32, 42, true, speaker, "", cue);
  }

  @Test
  void aSourcelessMixedAttributionTakesItsQuotationsSpeaker() {
    Speaker rubio = new Speaker("E1", "Marco Rubio");
    Speaker cruz = new Speaker("E2", "Ted Cruz");
    List<Attribution> out =
        QuoteStage.withQuotedSpeakers(
            List.of(
                mixed("R1", Optional.empty(), "said", "Q1"),
                mixed("R2", Optional.empty(), "argued", "Q2"),
                mixed("R3", Optional.of(cruz), "said", "Q3")),
            List.of(
                quote("Q1", Optional.of(rubio), "said"),
                quote("Q2", Optional.of(rubio), "said"),
                quote("Q3", Optional.of(rubio), "said")));
    // the same cue: the quotation's speaker
    assertThat(out.get(0).source()).contains(rubio);
    // another cue: the quotation was said elsewhere in the sentence
    assertThat(out.get(1).source()).isEmpty();
    // a source that names someone stays
    assertThat(out.get(2).source()).contains(cruz);
  }
}

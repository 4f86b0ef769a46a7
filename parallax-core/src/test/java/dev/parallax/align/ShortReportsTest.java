package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestData;
import dev.parallax.model.Fact;
import dev.parallax.model.Report;
import dev.parallax.model.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headlines and leads, as feeds and roundups give them: one event told in a sentence or two. */
class ShortReportsTest {
  private static Report run(String... texts) {
    SourceText[] in = new SourceText[texts.length];
    for (int i = 0; i < texts.length; i++) {
      in[i] = new SourceText("lead" + i + ".txt", texts[i], Optional.empty());
    }
    return TestData.analyse(in);
  }

  @Test
  void threeLeadsOnOneEventShareTheirFact() {
    Report r =
        run(
            "Former mayor warns of online dangers in talk with prince\n\nFormer mayor Lena Holt"
                + " warned about the dangers of the internet and social media in a conversation"
                + " with Prince Oskar.",
            "Holt issues warning on social media\n\nFormer mayor Holt issued a warning against"
                + " reckless social media use in a long interview with Prince Oskar on Wednesday.",
            "Holt says social media risks splintering society\n\nFormer mayor Lena Holt said the"
                + " way people talk on social media risked splintering society and that leaders"
                + " had to keep the internet from trapping users in their own biases.");
    assertThat(r.facts())
        .anySatisfy(f -> assertThat(f.articles()).hasSize(3))
        .allSatisfy(f -> assertThat(f.sentences()).hasSizeLessThanOrEqualTo(3));
    // the lead that says something the others do not stays its own
    Report apart =
        run(
            "Council approves harbour tunnel\n\nThe Velmora city council on Monday approved a road"
                + " tunnel under the harbour.",
            "Harbour tunnel gets the green light\n\nVelmora's council voted on Monday to build a"
                + " road tunnel beneath the harbour.",
            "Ferry strike ends\n\nFerry crews in Velmora returned to work on Monday after a"
                + " two-week strike over pay.");
    assertThat(apart.facts())
        .filteredOn(f -> f.articles().size() > 1)
        .extracting(Fact::articles)
        .allSatisfy(a -> assertThat(a).doesNotContain("A3"));
  }
}

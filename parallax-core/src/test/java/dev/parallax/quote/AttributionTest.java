package dev.parallax.quote;

import static dev.parallax.quote.QuoteAssertions.quoteWith;
import static dev.parallax.quote.QuoteAssertions.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Quote;
import dev.parallax.model.Report;
import org.junit.jupiter.api.Test;

/** Attribution patterns, each on a small made-up article run through the real pipeline. */
class AttributionTest {

  @Test
  void attributesToTheSubjectOfACueAfterTheQuote() {
    Report r =
        Stories.analyse(
            "Engineer Maria Castell inspected the bridge on Monday.\n\n"
                + "“The main cables were badly corroded,” Castell said.");
    Quote q = quoteWith(r, "cables were badly corroded");
    assertThat(q.speaker()).isPresent();
    assertThat(q.speaker().get().name()).isEqualTo("Maria Castell");
    assertThat(q.cue()).isEqualTo("said");
    assertThat(q.fragment()).isFalse();
  }

  @Test
  void attributesToTheSubjectOfACueBeforeTheQuote() {
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes said on Tuesday: “We will rebuild the bridge within a year.”");
    assertThat(speakerOf(r, "rebuild the bridge")).isEqualTo("Tomas Reyes");
  }

  @Test
  void attributesToTheOrganisationAfterAnInvertedSaid() {
    Report r =
        Stories.analyse(
            "\"The structure had passed every inspection,\" said the Harbor Authority, which runs the quay.");
    assertThat(speakerOf(r, "passed every inspection")).isEqualTo("Harbor Authority");
  }

  @Test
  void attributesToTheSourceNamedAfterAccordingTo() {
    Report r =
        Stories.analyse(
            "The span was \"not designed for crowds of that size,\" according to Greenfield Engineering.");
    Quote q = quoteWith(r, "not designed for crowds");
    assertThat(q.speaker().map(s -> s.name())).contains("Greenfield Engineering");
    assertThat(q.cue()).isEqualTo("according to");
  }

  @Test
  void aQuotationInsideAnInfinitiveThatSaysNothingTakesTheCueOfSpeechBeforeIt() {
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes said on Monday that the city's aim was to see the bridge rated"
                + " “safe for every crowd.” He also declined to say “when the work will end.”");
    Quote q = quoteWith(r, "safe for every crowd");
    assertThat(q.speaker().map(s -> s.name())).contains("Tomas Reyes");
    assertThat(q.cue()).startsWith("said");
    // an infinitive of a verb of speech is still the cue
    assertThat(quoteWith(r, "when the work will end").cue()).isEqualTo("say");
  }

  @Test
  void keepsThePostOnXAsPartOfTheCue() {
    Report r =
        Stories.analyse(
            "“Our thoughts are with the injured and their families,” Governor Elena Marsh said in a post on X.");
    Quote q = quoteWith(r, "thoughts are with the injured");
    assertThat(q.speaker().map(s -> s.name())).contains("Elena Marsh");
    assertThat(q.cue()).isEqualTo("said in a post on X");
  }

  @Test
  void resolvesHeOrSheToTheEarlierPerson() {
    Report r =
        Stories.analyse(
            "Fire chief Sandra Okafor arrived within minutes of the collapse.\n\n"
                + "“We pulled eleven people out of the water,” she said.");
    Quote q = quoteWith(r, "eleven people out of the water");
    assertThat(q.speaker().map(s -> s.name())).contains("Sandra Okafor");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void resolvesHeToAManRatherThanANearerWoman() {
    Report r =
        Stories.analyse(
            "David Moreno, who had crossed the bridge with Linda Park, called for an inquiry.\n\n"
                + "“Somebody must answer for this,” he said.");
    assertThat(speakerOf(r, "Somebody must answer")).isEqualTo("David Moreno");
  }

  @Test
  void resolvesItToTheEarlierOrganisation() {
    Report r =
        Stories.analyse(
            "The Velmora Transit Company closed the ferry terminal after the collapse.\n\n"
                + "“Safety comes first and the terminal will stay shut until Friday,” it said.");
    assertThat(speakerOf(r, "Safety comes first")).isEqualTo("Velmora Transit Company");
  }

  @Test
  void givesBothPartsOfAQuoteBrokenByItsAttributionTheSameSpeaker() {
    Report r =
        Stories.analyse(
            "“We warned the council about the cracks last spring,” Peter Lund said in a statement. "
                + "“Nobody listened to us.”");
    Quote first = quoteWith(r, "warned the council");
    Quote second = quoteWith(r, "Nobody listened");
    assertThat(first.speaker().map(s -> s.name())).contains("Peter Lund");
    assertThat(second.speaker()).isEqualTo(first.speaker());
    assertThat(first.cue()).isEqualTo("said in a statement");
  }

  @Test
  void keepsAQuoteOverSeveralSentencesWhole() {
    Report r =
        Stories.analyse(
            "“The deck moved. Then it dropped. People were screaming,” witness Ana Silva told reporters.");
    Quote q = quoteWith(r, "The deck moved");
    assertThat(q.text()).isEqualTo("The deck moved. Then it dropped. People were screaming");
    assertThat(q.speaker().map(s -> s.name())).contains("Ana Silva");
    assertThat(r.quotes()).hasSize(1);
  }

  @Test
  void doesNotTakeNestedSingleQuotesForAQuoteOfTheirOwn() {
    Report r =
        Stories.analyse(
            "“They called it ‘the safest crossing in the country,’ and now look at it,” Marta Kovacs said.");
    assertThat(r.quotes()).hasSize(1);
    assertThat(r.quotes().get(0).text()).contains("‘the safest crossing in the country,’");
    assertThat(r.quotes().get(0).speaker().map(s -> s.name())).contains("Marta Kovacs");
  }

  @Test
  void marksScareQuotedPhrasesAsFragments() {
    Report r =
        Stories.analyse(
            "Councillor Hugo Brandt described the repairs as \"cosmetic\" and the budget as "
                + "“hopelessly inadequate for the job.”");
    Quote scare = quoteWith(r, "cosmetic");
    assertThat(scare.fragment()).isTrue();
    assertThat(scare.speaker().map(s -> s.name())).contains("Hugo Brandt");
    assertThat(quoteWith(r, "hopelessly inadequate").fragment()).isTrue();
  }

  @Test
  void leavesTheSpeakerEmptyWithAReasonWhenTheTextNamesNone() {
    Report r =
        Stories.analyse(
            "A sign on the barrier read “Closed until further notice” on Wednesday morning.");
    Quote q = quoteWith(r, "Closed until further notice");
    assertThat(q.speaker()).isEmpty();
    assertThat(q.speakerReason()).isNotBlank();
  }

  @Test
  void aVerbOfViewInTheSentenceBeforeIsNoCueForAQuotationNoOneIsNamedFor() {
    // AllSides train-205: the reason named "see" of "a deal that will ... see China boost
    // purchases" as the quotation's cue
    Report r =
        Stories.analyse(
            "The two leaders signed an initial trade deal on Wednesday that will roll back some"
                + " tariffs and see China boost purchases of farm goods. \u201cThis is a very"
                + " important and remarkable occasion for both of our countries.\u201d");
    Quote q = quoteWith(r, "remarkable occasion");
    assertThat(q.speaker()).isEmpty();
    assertThat(q.speakerReason()).doesNotContain("'see'");
  }

  @Test
  void thePersonNamedAfterAPossessorAfterAccordingToIsTheSpeaker() {
    // AllSides train-930: "According to Sanders' senior adviser Jeff Weaver, the 78-year-old
    // candidate "experienced some chest discomfort"" gave the quoted words to Sanders
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes inspected the quay on Monday. According to Reyes' chief engineer"
                + " Hugo Brandt, the old bridge \u201chad not been safe for heavy trucks in years\u201d"
                + " before it closed.");
    assertThat(speakerOf(r, "safe for heavy trucks")).isEqualTo("Hugo Brandt");
  }

  @Test
  void ignoresApostrophesInRunningText() {
    Report r =
        Stories.analyse(
            "The city’s engineers didn’t expect the ’90s span to fail, and Velmora's mayor wasn't told.");
    assertThat(r.quotes()).isEmpty();
  }

  @Test
  void offsetsPointAtTheQuotedWordsInTheStartSentence() {
    Report r = Stories.analyse("Mayor Tomas Reyes said: “We will rebuild.” Work starts soon.");
    Quote q = quoteWith(r, "We will rebuild");
    var sentence =
        r.articles().get(0).sentences().stream()
            .filter(s -> s.id().equals(q.sentence()))
            .findFirst()
            .orElseThrow();
    assertThat(sentence.text().substring(q.start(), q.end())).isEqualTo("We will rebuild.");
  }

  @Test
  void aCueInTheNextClauseBelongsToItsOwnSubject() {
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes called the budget “a disgrace”, while the Harbor Authority said it would review the figures.");
    Quote q = quoteWith(r, "a disgrace");
    assertThat(q.speaker().map(s -> s.name())).contains("Tomas Reyes");
  }
}

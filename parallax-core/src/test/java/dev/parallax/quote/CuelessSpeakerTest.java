package dev.parallax.quote;

import static dev.parallax.quote.QuoteAssertions.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Speakers of quotations that no verb of the lexicon attributes, and of cues whose subject is a
 * long description; each on a small made-up article run through the real pipeline.
 */
class CuelessSpeakerTest {

  @Test
  void takesTheSubjectOfAnUnlistedVerbRightAfterTheQuote() {
    Report r =
        Stories.analyse(
            "Harbour master Ruth Alder closed the port on Friday.\n\n"
                + "“Nobody sails in this weather,” Alder barked at the waiting crews.");
    assertThat(speakerOf(r, "Nobody sails in this weather")).isEqualTo("Ruth Alder");
  }

  @Test
  void takesTheInvertedSubjectOfAnUnlistedVerbRightAfterTheQuote() {
    Report r =
        Stories.analyse(
            "“This is the best harvest in a decade!” beamed Oskar Lindqvist, who farms near"
                + " the river.");
    assertThat(speakerOf(r, "best harvest in a decade")).isEqualTo("Oskar Lindqvist");
  }

  @Test
  void takesTheSubjectOfTheClauseAColonClosesBeforeTheQuote() {
    Report r =
        Stories.analyse(
            "In a radio interview on Monday, Governor Helena Brandt went further: “The dam will"
                + " be rebuilt before the spring floods.”");
    assertThat(speakerOf(r, "dam will be rebuilt")).isEqualTo("Helena Brandt");
  }

  @Test
  void takesTheSubjectOfAColonEndingThePreviousParagraph() {
    Report r =
        Stories.analyse(
            "Mayor Jonas Pereira was blunt about the closure of the mill:\n\n"
                + "“We cannot pretend those jobs are coming back.”");
    assertThat(speakerOf(r, "those jobs are coming back")).isEqualTo("Jonas Pereira");
  }

  @Test
  void takesTheNameOfADashLineSigningTheQuote() {
    Report r =
        Stories.analyse(
            "The claims below were checked against the public record.\n\n"
                + "\"Our county has built more schools than any county in the state.\"\n\n"
                + "- Marta Kowalczyk.\n\n"
                + "The county built four schools in ten years, fewer than two of its neighbours.");
    assertThat(speakerOf(r, "built more schools")).isEqualTo("Marta Kowalczyk");
  }

  @Test
  void takesATitledNameOfADashLineSigningTheQuote() {
    Report r =
        Stories.analyse(
            "The governor spoke to the delegates on Wednesday night.\n\n"
                + "\"Great speech. She is ready for the job, and she never quits.\"\n\n"
                + "-Governor Marta Kowalczyk, writing on Facebook after the speech.\n\n"
                + "The convention ends on Thursday.");
    assertThat(speakerOf(r, "She is ready for the job")).isEqualTo("Marta Kowalczyk");
  }

  @Test
  void takesTheNameSigningEachQuotedLineOnItsOwnLine() {
    Report r =
        Stories.analyse(
            "We asked readers in the valley what they thought of the debate.\n\n"
                + "”He never answered a single question about the mill.” ― Lucia Ferreira\n"
                + "“I am afraid for my children and for the farms.”― Dmitri Volkov \n"
                + "“The most unprepared candidate we have ever had.” - Councillor Anna Berg, a"
                + " teacher.\n\n"
                + "The next debate is on Thursday.");
    assertThat(speakerOf(r, "never answered a single question")).isEqualTo("Lucia Ferreira");
    assertThat(speakerOf(r, "afraid for my children")).isEqualTo("Dmitri Volkov");
    assertThat(speakerOf(r, "most unprepared candidate")).isEqualTo("Anna Berg");
  }

  @Test
  void doesNotTakeTheBylineAfterAQuotationInsideASentence() {
    Report r =
        Stories.analyse(
            "Party leader Pedro Alvarez conceded the loss but insisted that his party was \"still"
                + " the first force in the country.\"--Karin Holm.\n\n"
                + "The new parliament meets next month.");
    assertThat(speakerOf(r, "still the first force")).isEqualTo("Pedro Alvarez");
  }

  @Test
  void doesNotTakeANameAloneBelowTheQuoteForItsSignature() {
    Report r =
        Stories.analyse(
            "Voters in the town told us what they think of the race.\n\n"
                + "\"We are going to enter the next recession without any plan to fight it.\"\n\n"
                + "Tomasz Wilczek.\n\n"
                + "The polls open at seven on Tuesday.");
    assertThat(speakerOf(r, "enter the next recession")).isNull();
  }

  @Test
  void takesTheSignatureBelowAQuoteWhoseClosingMarkTheSplitterCutOff() {
    Report r =
        Stories.analyse(
            "The claims below were checked against the public record.\n\n"
                + "\"I will look into it [releasing the audit]. I do not know its status.\"\n\n"
                + "- Marta Kowalczyk.\n\n"
                + "The audit has not been released.");
    assertThat(speakerOf(r, "I will look into it")).isEqualTo("Marta Kowalczyk");
  }

  @Test
  void doesNotGiveAQuoteToACueOfItsOwnClausePastACutOffClosingMark() {
    Report r =
        Stories.analyse(
            "Both rivals criticised the mayor on Tuesday.\n\n"
                + "\"It is a sad day,\" Senator Petra Lindgren told reporters. \"This is the"
                + " consequence of the culture of his office. That has no place in a political"
                + " campaign.\" Ohio Gov. Aldo Ferri said he would have fired the manager if such"
                + " an incident had happened in his campaign, according to press reports.");
    assertThat(speakerOf(r, "consequence of the culture")).isEqualTo("Petra Lindgren");
  }

  @Test
  void continuesWithTheSpeakerOfACueClosingThePreviousParagraphAlone() {
    Report r =
        Stories.analyse(
            "The council met on Tuesday to vote on the new budget.\n\n"
                + "“Is anyone really surprised by these numbers, after all?” said Pavel Novak,"
                + " who chairs the finance committee.\n\n"
                + "“I warned about this shortfall a year ago.”");
    assertThat(speakerOf(r, "surprised by these numbers")).isEqualTo("Pavel Novak");
    assertThat(speakerOf(r, "I warned about this shortfall")).isEqualTo("Pavel Novak");
  }

  @Test
  void takesThePersonALongDescriptionBeforeTheCueIsAbout() {
    Report r =
        Stories.analyse(
            "Rafael Ortiz, an economist at the Lisbon Institute who advised Carla Mendes during"
                + " her first campaign for the city council, said the plan would fail.\n\n"
                + "“The numbers simply do not add up,” Rafael Ortiz, who has studied the budget"
                + " of Carla Mendes for years, said.");
    assertThat(speakerOf(r, "numbers simply do not add up")).isEqualTo("Rafael Ortiz");
  }

  @Test
  void takesTheSourceNamedAfterACueClosingAClauseAfterTheQuote() {
    Report r =
        Stories.analyse(
            "Senator Alice Warren is expected to win the primary easily.\n\n"
                + "\"It would be a shock for Alice Warren\" if she lost by more than five points,"
                + " said Tomasz Zielinski, an analyst at the Baltic Election Survey.");
    assertThat(speakerOf(r, "It would be a shock")).isEqualTo("Tomasz Zielinski");
  }
}

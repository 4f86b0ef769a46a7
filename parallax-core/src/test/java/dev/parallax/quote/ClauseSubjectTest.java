package dev.parallax.quote;

import static dev.parallax.quote.QuoteAssertions.quoteWith;
import static dev.parallax.quote.QuoteAssertions.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Speakers of cues that have no subject of their own (a participle, a second verb joined by "and"
 * or "but") and of cues whose nearest name is an object; each on a small made-up article run
 * through the real pipeline.
 */
class ClauseSubjectTest {

  @Test
  void givesAParticipleTheSubjectOfTheClauseItHangsFrom() {
    Report r =
        Stories.analyse(
            "Former Secretary of State Ana Lindqvist recently urged voters to back Maria Okafor,"
                + " saying, “There is a special place in history for this campaign.”");
    assertThat(speakerOf(r, "special place in history")).isEqualTo("Ana Lindqvist");
  }

  @Test
  void givesAParticipleAfterAPrepositionTheSubjectOfItsClause() {
    Report r =
        Stories.analyse(
            "On Tuesday, Senator Tomas Berg deflected a dozen questions from reporters about the"
                + " harbour budget plans of Governor Ruth Alder and her finance team at a crowded"
                + " news conference in the port office before saying, “It is time to get back to"
                + " the harbour budget.”");
    assertThat(speakerOf(r, "harbour budget")).isEqualTo("Tomas Berg");
  }

  @Test
  void passesOverOpeningPhrasesToTheMainClause() {
    Report r =
        Stories.analyse(
            "In June, after Governor Ruth Alder criticised the ferry contract, Tomas Berg hit"
                + " back hard, telling the crowd, “The ferries will run on time next summer.”");
    assertThat(speakerOf(r, "ferries will run on time")).isEqualTo("Tomas Berg");
  }

  @Test
  void givesASecondVerbJoinedByButTheSubjectOfTheFirst() {
    Report r =
        Stories.analyse(
            "Governor Ruth Alder, 64, said it was still far too early to announce any result of"
                + " the count in the northern districts but added, “We are confident of the"
                + " outcome.”");
    assertThat(speakerOf(r, "confident of the outcome")).isEqualTo("Ruth Alder");
  }

  @Test
  void leavesAQuotationToItsClauseWhenAVerbJoinedByAndFollowsIt() {
    Report r =
        Stories.analyse(
            "Governor Ruth Alder said the ferries would run with “more boats and longer hours” and"
                + " urged the council to pass the budget.");
    assertThat(quoteWith(r, "more boats and longer hours").cue()).isEqualTo("said");
    assertThat(speakerOf(r, "more boats and longer hours")).isEqualTo("Ruth Alder");
  }

  @Test
  void takesANameAfterAPrepositionAndTitlesAsAnObject() {
    Report r =
        Stories.analyse(
            "Mayor Ines Duarte in a long meeting with police commissioner Paul Brenner said,"
                + " “Nobody will close the station while I am mayor.”");
    assertThat(speakerOf(r, "Nobody will close the station")).isEqualTo("Ines Duarte");
  }

  @Test
  void continuesAQuotationWhoseCueStandsAloneInTheSentenceBefore() {
    Report r =
        Stories.analyse(
            "“Do these people read the reports?” said Tomas Berg, a county commissioner, after"
                + " Governor Ruth Alder announced the figures. “Are they even looking at the"
                + " numbers this year?”");
    assertThat(speakerOf(r, "Do these people read")).isEqualTo("Tomas Berg");
    assertThat(speakerOf(r, "even looking at the numbers")).isEqualTo("Tomas Berg");
  }
}

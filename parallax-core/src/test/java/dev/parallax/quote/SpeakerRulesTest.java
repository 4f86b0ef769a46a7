package dev.parallax.quote;

import static dev.parallax.quote.QuoteAssertions.quoteWith;
import static dev.parallax.quote.QuoteAssertions.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Speakers that need the clause around the cue read whole: quotation marks and apostrophes the
 * tagger misreads, long titles and descriptions around a name, passives, opening phrases, and
 * quotations no cue stands beside. Each on a small made-up article run through the real pipeline.
 */
class SpeakerRulesTest {

  @Test
  void anOrganisationOrSomeoneNewSayingAQuotationDoesNotGoOnWithTheSpeakerBefore() {
    // ECB+ topic 22: the company's statement had been given to the worker quoted before it
    Report r =
        Stories.analyse(
            "Dough mixer Andy Ryan said he was on the third floor when the shots rang out.\n\n"
                + "\u201cI heard the gunfire, and I ran,\u201d he told The Associated Press.\n\n"
                + "\u201cThis is a sad day for the Kraft Foods family,\u201d the company said in a"
                + " statement.\n\n"
                + "\u201cWe are all in shock,\u201d a spokesman said.");
    assertThat(speakerOf(r, "I heard the gunfire")).isEqualTo("Andy Ryan");
    assertThat(speakerOf(r, "sad day")).isNull();
    assertThat(speakerOf(r, "all in shock")).isNull();
  }

  @Test
  void aQuotationSaidBySomeoneUnnamedAfterACommaIsNotTheNameBefore() {
    // ECB+ topic 10: "a \u201c take it or leave it \u201d scenario by the Red Sox, a source said"
    // had been the Red Sox's words
    Report r =
        Stories.analyse(
            "The Red Sox flew to Texas on Thursday.\n\n"
                + "The meeting will not be a \u201ctake it or leave it\u201d offer by the Red Sox, a"
                + " source said.\n\n"
                + "Talks reached the \u201cfinal stages\u201d with Boras, officials said.\n\n"
                + "The deal was \u201cclose,\u201d Red Sox manager Theo Epstein said.");
    assertThat(speakerOf(r, "take it or leave it")).isNull();
    assertThat(speakerOf(r, "final stages")).isNull();
    assertThat(speakerOf(r, "close")).isEqualTo("Theo Epstein");
  }

  @Test
  void aCueInAClauseCoordinatedAfterTheQuotationIsNotItsCue() {
    Report r =
        Stories.analyse(
            "Officials at the port authority said the review was \u201croutine,\u201d but Mayor"
                + " Tomas Reyes declined to comment.\n\n"
                + "\u201cWe will reopen in May,\u201d Reyes said later.");
    assertThat(speakerOf(r, "routine")).isNotEqualTo("Tomas Reyes");
    assertThat(speakerOf(r, "reopen in May")).isEqualTo("Tomas Reyes");
  }

  @Test
  void aHeadlinesSpeakerToHearerColonQuotationIsTheSpeakers() {
    // AllSides train-808: "Simone Biles to Congress: 'I blame Larry Nassar ...'" had been
    // Congress's
    Report r =
        Stories.analyse(
            "Dana Ruiz to Congress: \u2018I blame the port authority\u2019\n\n"
                + "Dana Ruiz testified before Congress on Wednesday.");
    assertThat(speakerOf(r, "I blame the port authority")).isEqualTo("Dana Ruiz");
  }

  @Test
  void theyAfterAGroupOfPeopleIsNoOrganisation() {
    // AllSides train-808: the gymnasts' "they say" had been Congress
    Report r =
        Stories.analyse(
            "Gymnasts Dana Ruiz, Maria Lopez and Ana Ruiz shocked Congress on Wednesday,"
                + " blistering the FBI, which they say \u201cfailed to act\u201d on reports.");
    assertThat(speakerOf(r, "failed to act")).isNull();
  }

  @Test
  void aParticipleDescribingTheNameIsNotTheCue() {
    // AllSides train-808: the cue had been "considered"
    Report r =
        Stories.analyse(
            "\u201cWe have been failed and we deserve answers,\u201d Olympic medalist Dana Ruiz,"
                + " widely considered the greatest gymnast of all time, said during testimony.");
    assertThat(quoteWith(r, "deserve answers").cue()).isEqualTo("said");
    assertThat(speakerOf(r, "deserve answers")).isEqualTo("Dana Ruiz");
  }

  @Test
  void peopleNamedForSomeoneElseAreNotThatOne() {
    // AllSides train-1234: the lawyers' "serious concerns" had been Donald Trump's, named in the
    // relative clause of their subject, and Ukraine's, named in its prepositions
    Report r =
        Stories.analyse(
            "The lawyers for the official who filed a complaint against President Donald Trump have"
                + " expressed \u201cserious concerns\u201d for their client.\n\n"
                + "Lawyers for the whistleblower behind the complaint about the call with the leader"
                + " of Ukraine said they feared \u201creprisals\u201d.\n\n"
                + "The mother of Michael Brown told reporters that her son was \u201ca gentle"
                + " giant\u201d.\n\n"
                + "A spokesman for the Pentagon said the strikes were \u201cnecessary\u201d.");
    assertThat(speakerOf(r, "serious concerns")).isNull();
    assertThat(speakerOf(r, "reprisals")).isNull();
    assertThat(speakerOf(r, "a gentle giant")).isNull();
    assertThat(speakerOf(r, "necessary")).isEqualTo("Pentagon");
  }

  @Test
  void aQuotedWordSaidByADescriptionIsNotThePersonSpokenOf() {
    // ECB+ topic 32: "The friend said she was \"bubbly\"" had given the word to the "she"
    Report r =
        Stories.analyse(
            "Katie Jenkin came home on Friday.\n\n"
                + "The friend said she was \u201cbubbly\u201d when she saw her on Friday.");
    assertThat(speakerOf(r, "bubbly")).isNull();
  }

  @Test
  void aNameWithASpokespersonIsAnOrganisationThatSpeaks() {
    // ECB+ topic 14: the tagger left "Waitrose" untyped, and the spokesman's words had no speaker
    Report r =
        Stories.analyse(
            "Fire crews tackled a blaze at the Waitrose store in Wellington on Sunday.\n\n"
                + "A spokesman for Waitrose said: \u201cLuckily no-one has been hurt.\u201d");
    assertThat(speakerOf(r, "no-one has been hurt")).isEqualTo("Waitrose");
  }

  @Test
  void readsAPluralPossessiveApostropheAsAPossessiveNotAQuotationMark() {
    Report r =
        Stories.analyse(
            "“The numbers we have seen since January put our campaign on pace to beat every goal,”"
                + " Jeff Weaver, Sanders’ campaign manager, said in a statement.");
    assertThat(speakerOf(r, "put our campaign on pace")).isEqualTo("Jeff Weaver");
  }

  @Test
  void takesTheApositionHeadAfterAClosingMarkLeftOutsideTheQuotation() {
    Report r =
        Stories.analyse(
            "“Both of the senators scare me,” Harry Bondar, 30, of Raleigh, N.C., who was among"
                + " those polled, said in a follow-up interview.");
    assertThat(speakerOf(r, "Both of the senators scare me")).isEqualTo("Harry Bondar");
  }

  @Test
  void keepsARelativeClauseWithVerbsInsideTheDescription() {
    Report r =
        Stories.analyse(
            "Alex Moreno, a veteran media consultant who earlier in the season had tried without"
                + " success to organise a campaign against the governor, said, “A fantasy effort"
                + " to stop Ruth Alder exists only as the denial stage of grief.”");
    assertThat(speakerOf(r, "fantasy effort")).isEqualTo("Alex Moreno");
  }

  @Test
  void takesTitleWordsBeforeTheApositionHead() {
    Report r =
        Stories.analyse(
            "Harbour Times columnist Margaret Sullivan, in an attempt to draw attention to the"
                + " mayor’s long silence, wrote, “The mayor answered a grand total of seven"
                + " questions this year.”");
    assertThat(speakerOf(r, "grand total of seven")).isEqualTo("Margaret Sullivan");
  }

  @Test
  void takesTheApositionHeadOpeningASubordinateClause() {
    Report r =
        Stories.analyse(
            "The issue came up on Friday after Tomas Berg, asked about the arrests of journalists"
                + " under Governor Ruth Alder, had said, “Our own state does plenty of arresting"
                + " too.”");
    assertThat(speakerOf(r, "plenty of arresting")).isEqualTo("Tomas Berg");
  }

  @Test
  void takesAParticipleAsATitleBeforeAnInvertedSubject() {
    Report r =
        Stories.analyse(
            "“I am not going to say it is a mistake, so forget about it,” said retired"
                + " neurosurgeon Ben Carlsen, asked about his claims.");
    assertThat(speakerOf(r, "forget about it")).isEqualTo("Ben Carlsen");
  }

  @Test
  void takesAHyphenedTitleBeforeAnInvertedSubject() {
    Report r =
        Stories.analyse(
            "“Imagine Brad Thorsen going up against both of them on the same stage,” mused"
                + " radio co-host Stu Burgess.");
    assertThat(speakerOf(r, "same stage")).isEqualTo("Stu Burgess");
  }

  @Test
  void takesTheNameInAppositionAfterAnInvertedDescription() {
    Report r =
        Stories.analyse(
            "“The odds are more likely than not that there will be an entire term with eight"
                + " justices,” said another leading Supreme Court advocate, Andrew Pincus.");
    assertThat(speakerOf(r, "entire term with eight")).isEqualTo("Andrew Pincus");
  }

  @Test
  void goesOnWithTheSpeakerOfThePreviousParagraph() {
    Report r =
        Stories.analyse(
            "Governor Ruth Alder warned on Sunday that the ferry contract would fail within a"
                + " year.\n\n"
                + "“This is not a case where one or two things can be fixed quickly. It will take"
                + " years of work.”");
    assertThat(speakerOf(r, "one or two things")).isEqualTo("Ruth Alder");
  }

  @Test
  void aPlaceBeforeATitleAndANameIsNotTheSpeaker() throws Exception {
    // real news (ECB+ topic 13, read from the shared corpora): the tagger takes the town in
    // "said Palmer Public Safety Director Jon Owen" for a person; the name after the title speaks
    String text =
        java.nio.file.Files.readString(
            Stories.shared().resolve("corpora/stories-ecbplus/docs/13_8ecbplus.txt"));
    Report r = Stories.analyse(text);
    assertThat(speakerOf(r, "whole roof was ablaze")).isEqualTo("Jon Owen");
  }

  @Test
  void theNameAfterAVerbOfTellingIsTheHearerNotTheSpeaker() {
    Report r =
        Stories.analyse(
            "Governor Ruth Alder visited the harbour on Sunday after the ferry ran aground.\n\n"
                + "“They were standing in the dark part of the pier,” a witness told Harbour FM.\n\n"
                + "“It will take years of work,” Alder told reporters.");
    assertThat(speakerOf(r, "dark part of the pier")).isNull();
    assertThat(speakerOf(r, "years of work")).isEqualTo("Ruth Alder");
  }

  @Test
  void looksFurtherWhenTheFirstCueAfterTheQuotationNamesNoOne() {
    Report r =
        Stories.analyse(
            "“To see the number of cases that could change with this appointee is stunning,”"
                + " since so many of the most important cases were decided by one vote, said Lena"
                + " Epstein, who teaches law in Harbour City.");
    assertThat(speakerOf(r, "number of cases")).isEqualTo("Lena Epstein");
  }

  @Test
  void passesOverAnOpeningParticiplePhraseToTheSubjectBeforeAColon() {
    Report r =
        Stories.analyse(
            "Asked whether the campaign should take responsibility for the flap, Tomas Berg shot"
                + " back: “That would be good for everyone.”");
    assertThat(speakerOf(r, "good for everyone")).isEqualTo("Tomas Berg");
  }

  @Test
  void givesTheQuotationToTheMainClauseNotTheCueOfAnOpeningClause() {
    Report r =
        Stories.analyse(
            "After Governor Ruth Alder criticised the ferry plan during a debate, Tomas Berg shot"
                + " back, “I could have stayed quiet, but I chose to speak for the harbour.”");
    assertThat(speakerOf(r, "stayed quiet")).isEqualTo("Tomas Berg");
  }

  @Test
  void takesTheAgentOfAPassiveCue() {
    Report r =
        Stories.analyse(
            "Governor Ruth Alder was asked by host Tomas Berg on the evening show, “Do you think"
                + " the harbour budget will pass this year?”");
    assertThat(speakerOf(r, "harbour budget will pass")).isEqualTo("Tomas Berg");
  }

  @Test
  void aHeadlineThatAQuotationAndAColonOpenGivesItToTheNameAfterTheColon() {
    // AllSides train-1120: "'Frankly disgusting': Trump lashes out at press, threatens NBC over
    // news report he calls 'pure fiction'" had given the first quotation to NBC
    Report r =
        Stories.analyse(
            "\u2018Frankly disgusting\u2019: Mayor Ruth Alder lashes out at press, threatens the"
                + " Velmora Gazette over report she calls \u2018pure fiction\u2019.\n\nThe mayor"
                + " spoke on Wednesday.");
    assertThat(speakerOf(r, "Frankly disgusting")).isEqualTo("Ruth Alder");
  }

  @Test
  void aVerbInAHeadlinesSeriesHasTheSeriesSubject() {
    // AllSides train-1880: "China blames US for trade war, says 'nothing is agreed until
    // everything is agreed'" had left the quotation without a speaker
    Report r =
        Stories.analyse(
            "China blames US for trade war, says \u2018nothing is agreed until"
                + " everything is agreed\u2019.\n\nThe talks broke down on Monday.");
    assertThat(speakerOf(r, "nothing is agreed")).isEqualTo("China");
  }

  @Test
  void takesTheAgentOfAPassiveVerbOfNamingPastWhatItNamed() {
    // AllSides train-1825: "Warner ... has been identified as the "bomber" in the Christmas day
    // explosion in Nashville by U.S. Attorney Don Cochran" had given "bomber" to Warner
    Report r =
        Stories.analyse(
            "Ravi Singh, 63, has been identified as the \"arsonist\" in the harbour warehouse fire"
                + " in Velmora by District Attorney Ruth Alder. Officials were called to the scene"
                + " by a neighbour, who was described as \"a hero\" in local papers.");
    assertThat(speakerOf(r, "arsonist")).isEqualTo("Ruth Alder");
    // no agent in the clause: nobody is named as the one who called the neighbour a hero
    assertThat(speakerOf(r, "a hero")).isNotEqualTo("Ruth Alder");
  }

  @Test
  void givesAParticipleAfterAQuotationNoInvertedSubject() {
    Report r =
        Stories.analyse(
            "Mayor Ines Duarte said the members will still meet for dinner, but said, “It is time"
                + " we change how we do it,” promising Tomas Berg a seat at the table.");
    assertThat(speakerOf(r, "change how we do it")).isEqualTo("Ines Duarte");
  }

  @Test
  void takesASubjectWithAnAdjectiveBeforeAVerbBesideTheQuotation() {
    Report r =
        Stories.analyse(
            "“The harbour will always be the harbour,” an angry Ruth Alder retaliated. “It never"
                + " gives up on its people.”");
    assertThat(speakerOf(r, "always be the harbour")).isEqualTo("Ruth Alder");
    assertThat(speakerOf(r, "never gives up")).isEqualTo("Ruth Alder");
  }

  @Test
  void findsACueOpeningTheNextSentenceAfterADescription() {
    Report r =
        Stories.analyse(
            "\"I am calling from the Alder campaign. How are you today?\" Eva Miller, a retired"
                + " worker from the harbour plant, said into her headset.");
    assertThat(speakerOf(r, "calling from the Alder campaign")).isEqualTo("Eva Miller");
  }

  @Test
  void givesAParticipleAfterScareQuotesTheSubjectOfItsClause() {
    Report r =
        Stories.analyse(
            "Tomas Berg needled the Harbour Times “reporter,” saying, “A reporter who writes on"
                + " request!”");
    assertThat(speakerOf(r, "writes on request")).isEqualTo("Tomas Berg");
  }

  @Test
  void takesTheSpeakerOfATranscriptLineTheSplitterCutBeforeItsColon() {
    Report r =
        Stories.analyse(
            "Rep. Tomas Berg (R-S.C.):\"I have not heard anyone other than you ever cite that"
                + " figure.\"");
    assertThat(speakerOf(r, "ever cite that figure")).isEqualTo("Tomas Berg");
  }

  @Test
  void givesAParticipleOpeningASentenceTheSpeakerOfTheSentenceBefore() {
    Report r =
        Stories.analyse(
            "Governor Ruth Alder stated that the inspector’s report “was not good.” Adding, “Now,"
                + " like all harbour scandals, what they actually did is never that bad.”");
    assertThat(speakerOf(r, "never that bad")).isEqualTo("Ruth Alder");
  }

  @Test
  void goesOnWithTheSpeakerOfTheSentenceBeforeAQuotationOpenedByAConjunction() {
    Report r =
        Stories.analyse(
            "Senator Petra Lindgren spoke to reporters after the meeting on Tuesday.\n\n"
                + "“I do not think it is do or die, any endorsement in particular,” Lindgren said"
                + " outside the building. But “the campaign is strengthened with an endorsement"
                + " from the most powerful person in the party. It helps.”");
    assertThat(speakerOf(r, "campaign is strengthened")).isEqualTo("Petra Lindgren");
  }

  @Test
  void givesARoleNobodyWasGivenToTheSubjectOfTheNearestSentenceNamingAPerson() {
    Report r =
        Stories.analyse(
            "Governor Oskar Lindqvist defended the budget on Monday. Lindqvist said the cuts"
                + " were needed. Lindqvist will present the plan again next week.\n\n"
                + "Helena Brandt attacked the plan in a radio interview. “It is one of the worst"
                + " budgets this state has ever seen,” the opposition leader said.");
    assertThat(speakerOf(r, "worst budgets")).isEqualTo("Helena Brandt");
  }

  @Test
  void doesNotResolveAPronounToANameInsideAnOpeningParticipialPhrase() {
    Report r =
        Stories.analyse(
            "Actress Susan Marlow backed Peter Lind in the primary.\n\n"
                + "Asked about her vote in the event that Helena Brandt wins the nomination, she"
                + " replied: “I don’t know. I’m going to see what happens.”");
    assertThat(speakerOf(r, "going to see what happens")).isEqualTo("Susan Marlow");
  }

  @Test
  void aCueInAClauseAfterTheQuotationDefersToTheCueBeforeIt() {
    Report r =
        Stories.analyse(
            "The Harbor Freight Lines board met on Monday. Outside, dock workers chanted \"Shame,"
                + " shame!\" as they attempted to block the gates of the terminal.");
    // "attempted" is no attribution of the chant: the workers chanted it, not the board
    assertThat(speakerOf(r, "Shame, shame")).isNull();
    assertThat(quoteWith(r, "Shame, shame").cue()).startsWith("chanted");
  }

  @Test
  void theOfficialTheArticleBroughtInWithoutANameIsNotThePersonNamedBefore() {
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes said the bridge would reopen. A senior fire department official"
                + " said the crews had been held back for an hour. \"Several crucial minutes were"
                + " lost,\" the official said.");
    assertThat(speakerOf(r, "Several crucial minutes")).isNull();
  }

  @Test
  void aPersonNamedAfterTheIntroductionIsTheOneIntroduced() {
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes backed the ferry company. A lawmaker in Astoria wants the company"
                + " fined. \"There is no justification for the delays,\" Joey Salceda said in a"
                + " bill filed on Monday. \"The shame is on the company,\" the lawmaker said.");
    assertThat(speakerOf(r, "The shame is on the company")).isEqualTo("Joey Salceda");
  }

  @Test
  void aCueInARelativeClauseGivesTheQuotationToTheOneItIsAbout() {
    Report r =
        Stories.analyse(
            "Ruth Alder walked back into the plant, firing a shot at a worker who had followed her"
                + " in and had yelled, \"Hide, she's got a gun!\"");
    assertThat(speakerOf(r, "Hide, she's got a gun")).isNull();
  }

  @Test
  void aNameBeforeAnImpersonalPassiveItIsNoSpeaker() {
    // ECB+ topic 7: a nickname in a clause after "it can be argued" had gone to the champion
    // named before the "it" (written in title case after "the", the nickname is now no quotation
    // at all: QuoteFinder.namesAThing; in lower case it is a scare-quoted fragment)
    Report r =
        Stories.analyse(
            "The only defeat on his record was a loss to Evander Holyfield in 1993, but it can be"
                + " argued that he was losing to Andrew Golota in 1996 before the “foul pole” got"
                + " himself disqualified.");
    assertThat(speakerOf(r, "foul pole")).isNull();
    Report titled =
        Stories.analyse(
            "The only defeat on his record was a loss to Evander Holyfield in 1993, but it can be"
                + " argued that he was losing to Andrew Golota in 1996 before the “Foul Pole” got"
                + " himself disqualified.");
    assertThat(titled.quotes()).noneMatch(q -> q.text().contains("Foul Pole"));
  }

  @Test
  void thePossessorOfWordsIntroducedByAColonSpeaks() {
    // ECB+ topic 10: "His exact words:" as a paragraph of its own above the quotation
    Report r =
        Stories.analyse(
            "Port owner John Henry has said that his company will not sell the cranes.\n\n"
                + "His exact words:\n\n"
                + "“We met with the buyers and were very much impressed with them.”\n\n"
                + "Mayor Ruth Alder's response: “We will find another buyer.”");
    assertThat(speakerOf(r, "very much impressed")).isEqualTo("John Henry");
    assertThat(speakerOf(r, "another buyer")).isEqualTo("Ruth Alder");
  }

  @Test
  void aRoleAfterAnInvertedCueGivesWayToTheNameAfterIt() {
    // ECB+ topic 21: "said her nephew, Ravi Singh, 32, of Coney Island" had no speaker
    Report r =
        Stories.analyse(
            "“We are really just shocked,” said her nephew, Tomas Reyes, 32, of Port Alder.\n\n"
                + "She lived with her husband, her son and two grandchildren.\n\n"
                + "“The grandchildren were her whole life,” a family friend said.");
    assertThat(speakerOf(r, "really just shocked")).isEqualTo("Tomas Reyes");
    assertThat(speakerOf(r, "whole life")).isNull();
  }

  @Test
  void theAgentOfAPassiveVerbThatIsNoSpeakingIsNoSpeaker() {
    // AllSides train-2100: "... pushed back on reports he was fired by President Donald Trump. "My
    // departure ..."" had been Trump's words
    Report r =
        Stories.analyse(
            "Director Ravi Singh on Monday pushed back on reports he was fired by Mayor Tomas"
                + " Reyes. \"My departure has been announced and is effective in May.\"");
    assertThat(speakerOf(r, "My departure")).isNotEqualTo("Tomas Reyes");
  }

  @Test
  void aVerbInsideWhatAVerbOfSpeakingReportsDoesNotSayTheQuotation() {
    // AllSides train-1900: "Bannon said that President Trump firing ... Comey was the biggest
    // mistake in "modern political history."" had been Trump's words (the marks as there: a curly
    // one opens, a straight one closes)
    Report r =
        Stories.analyse(
            "Former White House chief strategist Ravi Singh said that President Reyes firing former"
                + " FBI Director Dana Ruiz was the biggest mistake in \u201cmodern political"
                + " history.\"");
    assertThat(speakerOf(r, "modern political history")).isEqualTo("Ravi Singh");
  }

  @Test
  void aHeadlineANameAndAColonOpenIsThatNamesWhateverVerbFollows() {
    // AllSides train-1900: "Bannon: Trump firing Comey biggest mistake 'in modern political
    // history'" had been Trump's words, by "firing"
    Report r =
        Stories.analyse(
            "Singh: Reyes firing Ruiz biggest mistake \u2018in modern political history\u2019\n\n"
                + "Former strategist Ravi Singh spoke on Sunday about Mayor Tomas Reyes.");
    assertThat(speakerOf(r, "in modern political history")).isEqualTo("Ravi Singh");
  }

  @Test
  void aCueInADependentClauseAfterAQuotedWordIsNotItsCue() {
    // AllSides train-2345: "Gen. John Hyten ... said he would decline an "illegal" nuclear launch
    // if President Donald Trump called for one" had given "illegal" to Trump
    Report r =
        Stories.analyse(
            "Harbour master Peter Lund said he would refuse an \u201cunsafe\u201d sailing if"
                + " Mayor Anna Berg called for one.");
    assertThat(speakerOf(r, "unsafe")).isEqualTo("Peter Lund");
  }
}

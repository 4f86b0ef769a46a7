package dev.parallax.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionKind;
import dev.parallax.model.Report;
import dev.parallax.model.Speaker;
import dev.parallax.model.TextSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reported speech and its sources, each on a small made-up article run through the real pipeline.
 */
class ReportedSpeechTest {

  private static Attribution withContent(Report r, String words) {
    List<Attribution> hits =
        r.attributions().stream().filter(a -> a.content().text().contains(words)).toList();
    assertThat(hits).as("attributions containing '%s' in %s", words, r.attributions()).hasSize(1);
    return hits.get(0);
  }

  /** The first attribution whose cue is this word. */
  private static Attribution withCue(Report r, String cue) {
    return r.attributions().stream()
        .filter(x -> x.cue().map(TextSpan::text).orElse("").equals(cue))
        .findFirst()
        .orElseThrow();
  }

  private static String source(Attribution a) {
    return a.source().map(Speaker::name).orElse(null);
  }

  @Test
  void theNameBeforeAnAppositionOfTwoPartsIsTheSource() {
    // ECB+ topic 12: "Chief Public Relations Officer" had been the source of a mixed attribution
    // over the quotation and the name; PolNeAR's "Marvin Teske, 53, a security guard, said" the age
    Report r =
        Stories.analyse(
            "\u201cThe ropes were seized,\u201d Captain Ravi Menon, Chief Public Relations Officer,"
                + " Defence, said. Marvin Teske, 53, a security guard, said he backed the plan."
                + " In Paris, the minister, a veteran diplomat, said talks would resume.");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().contains("Ravi Menon"))
        .noneMatch(a -> a.sourceText().map(TextSpan::text).orElse("").contains("Officer"));
    assertThat(source(withContent(r, "backed the plan"))).isEqualTo("Marvin Teske");
    assertThat(withContent(r, "talks would resume").sourceText().map(TextSpan::text))
        .contains("the minister");
  }

  @Test
  void aRaisingPassiveKeepsWhatItIsSaidOfInItsContent() {
    // PolNeAR annotates "Cruz | to win most if not all of the delegates": "said: to be Ethiopian"
    // alone names no one it is said of
    Report r =
        Stories.analyse(
            "The pirates, who are said to be Ethiopian, fled in two skiffs. The men are said to be"
                + " Somali fishermen, and the boats were towed away.");
    assertThat(withContent(r, "to be Ethiopian").content().text())
        .isEqualTo("The pirates, who are said to be Ethiopian");
    Attribution men = withContent(r, "Somali fishermen");
    assertThat(men.content().text()).startsWith("The men are said to be Somali fishermen");
    assertThat(men.source()).isEmpty();
  }

  @Test
  void aClauseOfCommentAttributesWhatItComments() {
    // "as X described the sinking" names what X called it, the quotation before the clause; "...,
    // as X noted" says the clause before it
    Report r =
        Stories.analyse(
            "The \u201cfirst kill\u201d, as Navy Chief Admiral Ravi Mehta had later described the"
                + " sinking, turned out to be a trawler. The ship, as officials described it, was"
                + " a mother ship. The harbour is too shallow for tankers, as the port authority"
                + " noted on Monday.");
    Attribution kill = withContent(r, "first kill");
    assertThat(kill.content().text()).isEqualTo("first kill");
    assertThat(source(kill)).isEqualTo("Ravi Mehta");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().contains("trawler"))
        .noneMatch(a -> a.content().text().contains("mother ship"));
    Attribution noted = withContent(r, "too shallow");
    assertThat(noted.content().text()).isEqualTo("The harbour is too shallow for tankers");
    assertThat(noted.cue().map(TextSpan::text)).contains("noted");
  }

  @Test
  void anOpeningPhraseAfterThatDoesNotEndTheContentBeforeItsClause() {
    // ECB+ topic 12: the content had been "that in addition", as if ", the boarding party also
    // found" were a tag like ", he added"
    Report r =
        Stories.analyse(
            "Captain Ravi Menon said that in addition, the boarding party also found ladders and"
                + " ropes on the skiffs. The storm passed, the coast guard said.");
    Attribution a = withContent(r, "in addition");
    assertThat(a.content().text())
        .isEqualTo(
            "that in addition, the boarding party also found ladders and ropes on the skiffs");
    assertThat(source(a)).isEqualTo("Ravi Menon");
    // a tag after a clause still closes it
    assertThat(withContent(r, "storm passed").content().text()).isEqualTo("The storm passed");
  }

  @Test
  void findsTheThatClauseAfterACueWithItsSubject() {
    Report r =
        Stories.analyse("Mayor Tomas Reyes said on Tuesday that the bridge would reopen in May.");
    Attribution a = withContent(r, "bridge would reopen");
    assertThat(a.kind()).isEqualTo(AttributionKind.INDIRECT);
    assertThat(a.content().text()).isEqualTo("that the bridge would reopen in May");
    assertThat(a.cue().map(TextSpan::text)).contains("said");
    assertThat(source(a)).isEqualTo("Tomas Reyes");
    assertThat(a.sourceText().map(TextSpan::text)).contains("Mayor Tomas Reyes");
    assertThat(a.sentences()).containsExactly("A1.S1");
    assertThat(a.quotes()).isEmpty();
  }

  @Test
  void aGroupJoinedByAndSpeaksWithItsFirstNamedMember() {
    // AllSides train-808: "Simone Biles and three fellow gymnasts offered" had been said by "three
    // fellow gymnasts" alone
    Report r =
        Stories.analyse(
            "Mayor Dana Ruiz and her allies said the toll would hurt commuters. The port authority"
                + " said the toll was needed.");
    Attribution group = withContent(r, "hurt commuters");
    assertThat(group.sourceText().map(TextSpan::text)).contains("Mayor Dana Ruiz and her allies");
    assertThat(source(group)).isEqualTo("Dana Ruiz");
  }

  @Test
  void aHeadlinesListOfNamesBeforeAPluralVerbSpeaksWithItsFirstName() {
    // AllSides train-845: "New York's Kirsten Gillibrand, Bill de Blasio echo progressive calls to
    // 'abolish ICE'." had been said by de Blasio alone; one person set off by commas is not a list
    Report r =
        Stories.analyse(
            "Harbor City's Dana Ruiz, Tomas Reyes echo progressive calls to scrap the toll. Jane Doe, the"
                + " mayor, says the toll must go.");
    Attribution echo = withCue(r, "echo");
    assertThat(echo.sourceText().map(TextSpan::text))
        .contains("Harbor City's Dana Ruiz, Tomas Reyes");
    assertThat(source(echo)).isEqualTo("Dana Ruiz");
    assertThat(source(withCue(r, "says"))).isEqualTo("Jane Doe");
  }

  @Test
  void aParticipleAfterItsNounIsNoCue() {
    // AllSides train-1850: "The document released this week that described ..." had been what
    // the document "released"
    Report r =
        Stories.analyse(
            "The document released this week that described payments to Tomas Reyes is full of"
                + " errors, his lawyers said. The report published on Friday is wrong, the agency"
                + " said. The summary released Friday of the interview shows agents focused on 22"
                + " emails considered too damaging to make public.");
    assertThat(r.attributions())
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("released"))
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("published"))
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("released"))
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("considered"));
    assertThat(withContent(r, "full of errors").cue().map(TextSpan::text)).contains("said");
  }

  @Test
  void theNounAParticipleQualifiesSpeaksNotItsObject() {
    // AllSides train-1590: "The woman accusing ... of sexual assault says" had "sexual assault"
    // for its source
    Report r =
        Stories.analyse(
            "The woman accusing Mayor Tomas Reyes of fraud says she will not testify until the"
                + " board investigates her claims. Photos released by Harbor Freight Lines showed"
                + " the crane had fallen onto the pier.");
    Attribution says = withCue(r, "says");
    assertThat(says.content().text()).startsWith("she will not testify");
    assertThat(says.sourceText().map(TextSpan::text))
        .contains("The woman accusing Mayor Tomas Reyes of fraud");
    assertThat(source(says)).isNull();
    // what one made public speaks for them
    Attribution showed = withCue(r, "showed");
    assertThat(showed.sourceText().map(TextSpan::text))
        .contains("Photos released by Harbor Freight Lines");
    assertThat(source(showed)).isEqualTo("Harbor Freight Lines");
  }

  @Test
  void aRelativeClauseOnTheSubjectEndsBeforeTheSentencesVerb() {
    // AllSides train-1590: "Woman who accused ... of sexual assault wants FBI to investigate ..."
    // had the main clause in what she accused him of
    Report r =
        Stories.analyse(
            "The woman who accused Mayor Tomas Reyes of fraud wants the board to investigate before"
                + " she testifies. The official who said the bridge would close resigned on"
                + " Friday.");
    assertThat(withCue(r, "accused").content().text()).isEqualTo("Mayor Tomas Reyes of fraud");
    assertThat(withCue(r, "said").content().text()).startsWith("the bridge would close");
  }

  @Test
  void aVerbOfSayingJoinedByAndEndsTheContentAndSpeaksForTheSameSubject() {
    // AllSides train-1120: "denied an NBC News report that he asked to ... and suggested he might
    // pull the network's broadcasting license" had the second claim inside the denial
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes on Wednesday denied a report that he asked to close the bridge and"
                + " suggested he might sue the newspaper. Dana Ruiz said the plan was \"pure"
                + " fiction,\" and she left the meeting early.");
    Attribution denied = withCue(r, "denied");
    assertThat(denied.content().text()).endsWith("he asked to close the bridge");
    Attribution suggested = withCue(r, "suggested");
    assertThat(suggested.content().text()).isEqualTo("he might sue the newspaper");
    assertThat(source(suggested)).isEqualTo("Tomas Reyes");
    assertThat(withCue(r, "said").content().text()).doesNotContain("left the meeting");
  }

  @Test
  void feelingBetterIsAStateAndASingleQuotationMarkOpensTheContent() {
    // AllSides train-720: "he felt "much better"" was listed as what he felt; "Trump says 'real
    // test' ahead" had lost the opening mark of its content
    Report r =
        Stories.analyse(
            "Reyes says 'real test' ahead for the bridge.\n\nMayor Tomas Reyes said on Saturday"
                + " that he felt \"much better\" after the vote.");
    assertThat(r.attributions())
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("felt"));
    assertThat(withCue(r, "says").content().text()).startsWith("'real test'");
  }

  @Test
  void aStatementPostedOnlineIsWhereItWasSaidAndAPersonOfAPlaceSpeaks() {
    // AllSides train-160: "his team said in a statement posted on his Twitter account" had the
    // account for what was said; "Dr. Anish Mahajan of Harbor-UCLA Medical Center issued a
    // statement ..., noting" gave the note to the hospital; the quotation inside the team's words
    // had no speaker
    Report r =
        Stories.analyse(
            "Tomas Reyes underwent surgery Tuesday to repair his leg, his team said in a statement"
                + " posted on his Twitter account late Tuesday night. Reyes' team said in the"
                + " statement that he was \"awake and recovering in his hospital room\" after the"
                + " surgery. Dr. Dana Ruiz of Harbor General Hospital issued a statement on his"
                + " condition, noting that Reyes suffered two fractures.");
    Attribution posted = withContent(r, "underwent surgery");
    assertThat(source(posted)).isEqualTo("Tomas Reyes");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().startsWith("posted on his Twitter account"));
    assertThat(source(withCue(r, "noting"))).isEqualTo("Dana Ruiz");
    assertThat(r.quotes())
        .filteredOn(q -> q.text().startsWith("awake and recovering"))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().map(Speaker::name)).contains("Tomas Reyes"));
  }

  @Test
  void whereAndWhenAClosingCueWasSaidIsNoContent() {
    // AllSides train-55: "..., the conservative radio host said on his show Wednesday." had "his
    // show Wednesday" for what was said; PolNeAR: "said at the time", "insisted during a whistle
    // stop tour of morning news shows"
    Report r =
        Stories.analyse(
            "The bridge will reopen in May, the radio host said on his show Wednesday. Tolls will"
                + " rise, Mayor Jane Doe said at a news conference. Repairs are on schedule, the"
                + " engineer said during an interview. Mayor Jane Doe commented on the tolls.");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().startsWith("his show"))
        .noneMatch(a -> a.content().text().startsWith("at a news conference"))
        .noneMatch(a -> a.content().text().startsWith("during an interview"));
    assertThat(withContent(r, "bridge will reopen").cue().map(TextSpan::text)).contains("said");
    assertThat(source(withContent(r, "Tolls will rise"))).isEqualTo("Jane Doe");
    assertThat(withContent(r, "Repairs are on schedule").content().text())
        .isEqualTo("Repairs are on schedule");
    // with no clause before the cue, what one comments on stays its content
    assertThat(withCue(r, "commented").content().text()).isEqualTo("the tolls");
  }

  @Test
  void aPossessorInTheClaimIsNotTheRoleThatSpeaksIt() {
    // AllSides train-55: "Donald Trump's comments about the NFL are starting to make Rush Limbaugh
    // feel nervous, the conservative radio host said" had been given to Trump
    Report r =
        Stories.analyse(
            "Mayor Jane Doe's budget is starting to make Sam Ortiz feel uneasy, the radio host"
                + " said Wednesday.");
    assertThat(source(withContent(r, "budget is starting"))).isEqualTo("Sam Ortiz");
  }

  @Test
  void aPhraseAPrepositionOpensAfterASetOffCueBelongsToTheClauseBefore() {
    // AllSides train-125: "... is expected to leave the administration in January, sources tell Fox
    // News, amid discussion of potentially tapping ..." had the "amid" phrase for what was said;
    // PolNeAR: "proof, the government argued, of Santilli's participation" goes on
    Report r =
        Stories.analyse(
            "The harbour chief is expected to leave in January, sources tell the Gazette, amid"
                + " talk of potentially naming his deputy as a replacement. The fees were proof,"
                + " the mayor argued, of the board's greed.");
    Attribution tell = withCue(r, "tell");
    assertThat(tell.content().text())
        .isEqualTo("The harbour chief is expected to leave in January");
    assertThat(withCue(r, "argued").content().text()).contains("of the board's greed");
  }

  @Test
  void aClauseOnANounWithoutThatEndsAtTheSentencesVerb() {
    // AllSides train-205: "The China trade deal President Donald Trump is hailing as a major win
    // fails to address ..." had "as a major win fails to address ..." for what Trump hailed;
    // PolNeAR: "a probe the law enforcement agency said was ongoing" says the probe was ongoing
    Report r =
        Stories.analyse(
            "The harbour deal Mayor Tomas Reyes is hailing as a major win fails to address the"
                + " fees. It is a plan the board said was ready.");
    assertThat(r.attributions()).noneMatch(a -> a.content().text().contains("fails to address"));
    assertThat(withCue(r, "said").content().text()).contains("was ready");
  }

  @Test
  void aWordWithAHyphenIsOneWordOfItsPhrase() {
    // AllSides train-705: "according to a beefed-up antitrust suit by the Federal Trade Commission"
    // had "a" for its source; PolNeAR: "One Sanders-endorsed candidate", "talk-radio programs"
    // had made cues of "endorsed" and "talk"; a dash is no hyphen ("said — on Twitter — that")
    Report r =
        Stories.analyse(
            "The port has held a monopoly for a decade, according to a beefed-up antitrust suit by"
                + " the Harbour Commission. The fees are too high, according to engineers, signed-up"
                + " members of the union. Mayor Jane Doe said \u2014 on the radio, as it happens"
                + " \u2014 that the fees would fall.");
    assertThat(source(withCue(r, "according to"))).isEqualTo("Harbour Commission");
    assertThat(r.attributions())
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("signed"));
    assertThat(withCue(r, "said").content().text()).contains("the fees would fall");
  }

  @Test
  void aThingNamedInThePassiveWithNoOneNamingItIsNoStatement() {
    // AllSides train-1105: "It had been dubbed a brilliant move in a grand game of diplomatic
    // chess: ..." had been listed as what "It" said
    Report r =
        Stories.analyse(
            "It had been dubbed a brilliant move by the harbour board. The plan was dubbed a"
                + " disaster. The plan was dubbed a disaster by Mayor Jane Doe.");
    assertThat(r.attributions())
        .filteredOn(a -> a.cue().map(TextSpan::text).orElse("").contains("dubbed"))
        .filteredOn(a -> a.content().text().contains("a disaster"))
        .extracting(Attribution::statement)
        .containsExactlyInAnyOrder(false, true);
  }

  @Test
  void livesClaimedAreNoClaim() {
    // AllSides train-640: "fighting claimed hundreds of lives" was listed as what the fighting
    // claimed
    Report r =
        Stories.analyse(
            "Eleven days of fighting claimed hundreds of lives in the harbor district. The union"
                + " claimed the strike had closed every dock.");
    assertThat(r.attributions()).noneMatch(a -> a.content().text().contains("lives"));
    assertThat(withCue(r, "claimed").content().text()).startsWith("the strike had closed");
  }

  @Test
  void whereOneHailsFromAndAnOfficeOneIsDismissedFromAreNoStatements() {
    // AllSides train-270 and train-810: "a nominee ... who hails from outside mainstream economics
    // circles" and "Jamey Comey would be dismissed as FBI director" had been listed as statements;
    // "told reporters that when ..., Schumer replied ..." had stopped at the dependent clause
    Report r =
        Stories.analyse(
            "The mayor chose a nominee who hails from outside the harbor board. Dana Ruiz told"
                + " reporters that when Mayor Tomas Reyes informed her that the chief would be"
                + " dismissed as harbor director, she replied it was a mistake.");
    assertThat(r.attributions())
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("hails"));
    // kept in the JSON report as what happened, not listed as a statement
    assertThat(withCue(r, "dismissed").statement()).isFalse();
    assertThat(withCue(r, "told").content().text()).endsWith("she replied it was a mistake");
  }

  @Test
  void aNegatedVerbOfSayingJoinedByButIsItsOwnAndCallingOffIsNoCall() {
    // AllSides train-2100 and train-930: "confirmed Mr Alles would go, but did not say whether Mr
    // Trump fired him" had the refusal inside the confirmation; "has called off all campaign
    // events" was listed as a call
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes confirmed the chief would go, but did not say whether the board"
                + " fired him. Dana Ruiz has called off all campaign events until further notice.");
    assertThat(withCue(r, "confirmed").content().text()).isEqualTo("the chief would go");
    assertThat(source(withContent(r, "whether the board fired him"))).isEqualTo("Tomas Reyes");
    assertThat(r.attributions())
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").startsWith("called"));
  }

  @Test
  void supportersOfAPersonAreNotThePerson() {
    Report r =
        Stories.analyse(
            "Supporters of Mayor Tomas Reyes said the delay was a mistake. A spokesman for Harbor"
                + " Freight Lines said the company would appeal. Reyes said the vote would come"
                + " next week.");
    Attribution supporters = withContent(r, "delay was a mistake");
    assertThat(source(supporters)).isNull();
    assertThat(supporters.sourceText().map(TextSpan::text))
        .contains("Supporters of Mayor Tomas Reyes");
    assertThat(source(withContent(r, "would appeal"))).isEqualTo("Harbor Freight Lines");
    assertThat(source(withContent(r, "vote would come"))).isEqualTo("Tomas Reyes");
  }

  @Test
  void aPartyInACaseIsNotTheOneTheArticleCallsByAnotherPart() {
    Report r =
        Stories.analyse(
            "The defendant, Omar Haddad, told the court that he had been at home that night. His"
                + " lawyer said the police had ignored a witness. The judge said the trial would"
                + " resume in March. The defendant said he would appeal.");
    assertThat(source(withContent(r, "been at home"))).isEqualTo("Omar Haddad");
    assertThat(source(withContent(r, "ignored a witness"))).isNull();
    assertThat(source(withContent(r, "resume in March"))).isNull();
    assertThat(source(withContent(r, "would appeal"))).isEqualTo("Omar Haddad");
  }

  @Test
  void aParticipleAfterACueGoesOnWithTheSpeaker() {
    Report r =
        Stories.analyse(
            "The port will close two berths for repairs, harbor master Ana Ruiz said, warning that"
                + " delays could last a month. Mayor Tomas Reyes said the bridge would reopen in May,"
                + " adding that repairs would cost $4 million. Police arrested two men on Tuesday,"
                + " the department said, noting that both had prior convictions.");
    Attribution warning = withContent(r, "delays could last");
    assertThat(warning.cue().map(TextSpan::text)).contains("warning");
    assertThat(source(warning)).isEqualTo("Ana Ruiz");
    // the cue set off by commas attributes the clause before it, not the participle after it
    Attribution said = withContent(r, "close two berths");
    assertThat(said.cue().map(TextSpan::text)).contains("said");
    assertThat(said.content().text()).doesNotContain("warning");
    Attribution adding = withContent(r, "would cost $4 million");
    assertThat(source(adding)).isEqualTo("Tomas Reyes"); // not "the bridge"
    Attribution arrested = withContent(r, "arrested two men");
    assertThat(arrested.cue().map(TextSpan::text)).contains("said");
    assertThat(arrested.sourceText().map(TextSpan::text)).contains("the department");
    Attribution noting = withContent(r, "prior convictions");
    assertThat(noting.cue().map(TextSpan::text)).contains("noting");
    assertThat(noting.sourceText().map(TextSpan::text)).contains("the department");
  }

  @Test
  void aParticipleHangsFromTheClausesFirstVerbNotTheNearestOne() {
    Report r =
        Stories.analyse(
            "In recent weeks, Mayor Tomas Reyes has warned that the city is ready to close the"
                + " bridge if the repairs fail, describing the cracks as a danger to drivers.");
    Attribution describing = withContent(r, "cracks as a danger");
    assertThat(describing.cue().map(TextSpan::text)).contains("describing");
    assertThat(source(describing)).isEqualTo("Tomas Reyes"); // not "the repairs"
  }

  @Test
  void anArticleOrASpeechIsTheClaimOfWhoIssuedIt() {
    Report r =
        Stories.analyse(
            "A New York Times article said the bridge had failed two inspections. Mayor Tomas Reyes"
                + " spoke on Monday. His speech argued that the repairs were on schedule.");
    assertThat(source(withContent(r, "failed two inspections"))).isEqualTo("New York Times");
    assertThat(source(withContent(r, "repairs were on schedule"))).isEqualTo("Tomas Reyes");
  }

  @Test
  void theBoardIsTheOrganisationNamedBefore() {
    Report r =
        Stories.analyse(
            "Investigators from the National Transportation Safety Board arrived on Tuesday. The"
                + " board said it was too early to name a cause.");
    assertThat(source(withContent(r, "too early to name")))
        .isEqualTo("National Transportation Safety Board");
  }

  @Test
  void aNegatedCueKeepsItsNegation() {
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes did not say who would lead the inquiry. The harbor master never said"
                + " the pier was safe.");
    assertThat(withContent(r, "who would lead").cue().map(TextSpan::text)).contains("did not say");
    assertThat(withContent(r, "pier was safe").cue().map(TextSpan::text)).contains("never said");
  }

  @Test
  void aCountryNamedAloneSpeaksAsItsGovernment() {
    Report r =
        Stories.analyse(
            "Portugal said on Monday that the border would stay open. Residents of Lisbon said"
                + " the checks would end in June.");
    assertThat(source(withContent(r, "border would stay open"))).isEqualTo("Portugal");
    // a place that qualifies another head is not the source
    assertThat(source(withContent(r, "checks would end"))).isNull();
  }

  @Test
  void peoplePlacedInACountryAreNotItsGovernment() {
    Report r =
        Stories.analyse(
            "Portugal closed the border crossing at Elvas on Monday. Media in Portugal described the"
                + " closure as temporary. Officials in Lisbon said the checks would end in June.");
    assertThat(source(withContent(r, "closure as temporary"))).isNull();
    // officials placed in a capital still speak for it
    assertThat(source(withContent(r, "checks would end"))).isEqualTo("Lisbon");
  }

  @Test
  void aCueWhoseObjectIsTheNounBeforeItAttributesNothing() {
    Report r =
        Stories.analyse(
            "The harbor authority wants the audit to cover every contract, a demand the contractor"
                + " has always rejected. Mayor Tomas Reyes made claims the council disputed. The"
                + " council said the claims were false.");
    assertThat(r.attributions())
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").contains("rejected"))
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").contains("disputed"));
    assertThat(withContent(r, "claims were false").cue().map(TextSpan::text)).contains("said");
  }

  @Test
  void aPronounAfterASubjectGivenByItsRoleIsThatPerson() {
    Report r =
        Stories.analyse(
            "Senator Carl Ruiz criticized Mayor Tomas Reyes on Monday. In a statement, the senator"
                + " on Tuesday dismissed Reyes's plan for the bridge. He says the council will"
                + " review the plan next week.");
    assertThat(source(withContent(r, "council will review"))).isEqualTo("Carl Ruiz");
  }

  @Test
  void aStatementByAnOrganisationIsItsClaim() {
    Report r =
        Stories.analyse(
            "The harbor bridge closed on Monday. According to a statement on its website by the"
                + " Harbor Authority, the bridge will reopen in May. A report from the National"
                + " Transportation Safety Board found that a cable had snapped.");
    assertThat(source(withContent(r, "reopen in May"))).isEqualTo("Harbor Authority");
    assertThat(source(withContent(r, "cable had snapped")))
        .isEqualTo("National Transportation Safety Board");
  }

  @Test
  void theOfficeOfARoleSpeaksForThePersonInIt() {
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes met the engineers on Monday. The mayor's office said the repairs"
                + " would cost $4 million.");
    assertThat(source(withContent(r, "cost $4 million"))).isEqualTo("Tomas Reyes");
  }

  @Test
  void aParticipleAfterAClauseTakesTheClausesSubjectNotTheNounAfterIt() {
    Report r =
        Stories.analyse(
            "Harbor Freight Lines filed a lawsuit against the port authority on Friday, accusing"
                + " the agency of hiding safety reports.");
    Attribution a = withContent(r, "hiding safety reports");
    assertThat(a.cue().map(TextSpan::text)).contains("accusing");
    assertThat(a.content().text()).startsWith("the agency of hiding safety reports");
    assertThat(source(a)).isEqualTo("Harbor Freight Lines");
    assertThat(r.attributions())
        .noneMatch(x -> x.content().text().startsWith("Harbor Freight Lines filed"));
  }

  @Test
  void aParticipleAfterAQuotationAndItsCueSaysItsObjectNotTheQuotation() {
    Report r =
        Stories.analyse(
            "“We will not wait for another failure,” Mayor Tomas Reyes said, citing the inspectors’"
                + " report on the anchorages.");
    Attribution a = withContent(r, "report on the anchorages");
    assertThat(a.cue().map(TextSpan::text)).contains("citing");
    assertThat(a.content().text()).startsWith("the inspectors’ report on the anchorages");
    assertThat(source(a)).isEqualTo("Tomas Reyes");
  }

  @Test
  void aCueSetOffByCommasBeforeWhileAttributesTheClauseBeforeIt() {
    Report r =
        Stories.analyse(
            "Two of the injured were in serious condition on Tuesday, a hospital spokesperson said,"
                + " while the others were treated for cuts and bruises. And so, Mayor Tomas Reyes"
                + " said, while the council is divided, the vote will go ahead.");
    Attribution a = withContent(r, "serious condition");
    assertThat(a.content().text())
        .isEqualTo("Two of the injured were in serious condition on Tuesday");
    assertThat(a.sourceText().map(TextSpan::text)).contains("a hospital spokesperson");
    assertThat(r.attributions()).noneMatch(x -> x.content().text().startsWith("while the others"));
    // no clause before the cue: what follows it is what was said
    assertThat(withContent(r, "the vote will go ahead").content().text())
        .startsWith("while the council is divided");
  }

  @Test
  void anExpletiveItStandsForNoOne() {
    Report r =
        Stories.analyse(
            "Harbor Freight Lines closed its depot in the port on Monday. It does seem odd that the"
                + " depot was renovated last year. It said the staff would move to the new terminal.");
    Attribution odd = withContent(r, "renovated last year");
    assertThat(source(odd)).isNull();
    assertThat(odd.sourceText().map(TextSpan::text)).contains("It");
    assertThat(source(withContent(r, "staff would move"))).isEqualTo("Harbor Freight Lines");
  }

  @Test
  void aVerbOfNamingAfterItsNounAttributesNothing() {
    Report r =
        Stories.analyse(
            "A fire destroyed a warehouse in Leeds on Monday night. A woman named Sarah Jones was"
                + " taken to hospital with burns. A charity called \u201cHomes First\u201d has"
                + " offered shelter to the workers. One councillor called Leeds \u201ca city that"
                + " looks after its own.\u201d The fire service called for calm.");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().contains("taken to hospital"))
        .noneMatch(a -> a.content().text().contains("offered shelter"));
    // a second object after the name keeps "called" a verb of saying, as does a particle
    assertThat(withContent(r, "looks after its own").cue().map(TextSpan::text)).contains("called");
    assertThat(withContent(r, "for calm").cue().map(TextSpan::text)).contains("called");
  }

  @Test
  void aNameEndingInANumberIsStillANameAfterAVerbOfNaming() {
    // AllSides train-1550: "in a zone called Area 3, the stainless steel shell ... lay" had been
    // reported speech of no one
    Report r =
        Stories.analyse(
            "Deep in the building, in a zone called Area 3, the stainless steel shell of a"
                + " bioreactor lay on its side, having just arrived from Massachusetts.");
    assertThat(r.attributions()).noneMatch(a -> a.content().text().contains("bioreactor"));
  }

  @Test
  void aParticipleAfterTheObjectGoesWithTheClausesSubject() {
    // ECB+ topic 10: "Scott Boras, entered the free agency process hoping his client could ..." had
    // "the free agency process" for its source
    Report r =
        Stories.analyse(
            "Teixeira's agent, Scott Boras, entered the free agency process hoping his client could"
                + " attract a 10 - year deal.");
    assertThat(source(withContent(r, "attract a 10"))).isEqualTo("Scott Boras");
  }

  @Test
  void aTextWithAParticipleAfterItSpeaksForItselfUnlessTheSubjectMadeIt() {
    // AllSides train-475: "A personal lawyer ... and a former porn star both denied a late-Friday
    // report claiming the adult-film actress was paid" had the two who denied it claim the payment
    Report r =
        Stories.analyse(
            "The mayor denied a newspaper report claiming the harbor contract was rigged. The"
                + " council signed a letter urging the governor to release the funds.");
    assertThat(withCue(r, "claiming").sourceText().map(TextSpan::text))
        .contains("a newspaper report");
    assertThat(withCue(r, "urging").sourceText().map(TextSpan::text)).contains("The council");
  }

  @Test
  void anAdviserForARoleSpeaksForThePersonTheRoleNames() {
    // AllSides train-930: "An adviser for the Vermont senator said he was in "good spirits"" had
    // "the Vermont senator" for its source words, as if he had said it himself
    Report r =
        Stories.analyse(
            "Senator Bernie Sanders was treated in hospital on Tuesday. An adviser for the Vermont"
                + " senator said he would rest over the next few days.");
    Attribution a = withContent(r, "rest over the next few days");
    assertThat(source(a)).isEqualTo("Bernie Sanders");
    assertThat(a.sourceText().map(TextSpan::text)).contains("An adviser for the Vermont senator");
  }

  @Test
  void someoneCalledToAPlaceSaysNothing() {
    // ECB+ topic 14: "The fire service was called at 06:00 BST to the store" had been something
    // the fire service said
    Report r =
        Stories.analyse(
            "The fire service was called at 06:00 BST to the store on Sunday. Engineers were called"
                + " to switch off the supply. The mayor was called a liar by the council leader.");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().contains("06:00"))
        .noneMatch(a -> a.content().text().contains("switch off"));
  }

  @Test
  void theHearerOfAPassiveVerbOfTellingIsNotItsSpeaker() {
    // ECB+ topic 25: "A lot will be asked of him on Saturday" had been something "A lot" said
    Report r =
        Stories.analyse(
            "A lot will be asked of him on Saturday, but he has played in big games before. Residents"
                + " were warned that the river would rise overnight. The mayor was told by police"
                + " that the bridge was unsafe. The mayor told reporters that the bridge would"
                + " reopen.");
    assertThat(r.attributions())
        .filteredOn(a -> a.content().text().contains("of him"))
        .allMatch(a -> !a.statement() && a.sourceText().isEmpty());
    assertThat(withContent(r, "the river would rise").sourceText()).isEmpty();
    assertThat(withContent(r, "the bridge would reopen").sourceText().map(TextSpan::text))
        .contains("The mayor");
    // the hearer is not the speaker, whoever told it
    assertThat(withContent(r, "the bridge was unsafe").sourceText().map(TextSpan::text))
        .isNotEqualTo(Optional.of("The mayor"));
  }

  @Test
  void aRoleWrittenBeforeAnyoneIsNamedIsNoOneNamedLater() {
    // ECB+ topic 34: "The President emphasized this experience" had been said by the nominee the
    // article names after "The President announced his nominee"
    Report r =
        Stories.analyse(
            "The President announced his nominee for Surgeon General, Dr. Regina Benjamin, today."
                + " Benjamin founded a clinic in Alabama. She said the clinic was rebuilt twice."
                + " The President said that her work showed what was broken. The club's president,"
                + " Maria Lopez, spoke next. The president said that the club would help.");
    assertThat(source(withContent(r, "her work showed"))).isNull();
    assertThat(source(withContent(r, "the clinic was rebuilt"))).isEqualTo("Regina Benjamin");
    // a person the article gives the role is still its holder
    assertThat(source(withContent(r, "the club would help"))).isEqualTo("Maria Lopez");
  }

  @Test
  void aClosingAttributionIsNoOtherCuesContent() {
    // AllSides train: "... from the 6.6 million filed the prior week, the Labor Department said
    // Thursday" made "the Labor Department said Thursday" what "the 6.6 million" filed
    Report r =
        Stories.analyse(
            "Total claims were down from the 6.6 million filed the prior week, the Labor Department"
                + " said Thursday. One organizer says the platform ignores the movement.");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().equals("the Labor Department said Thursday"));
    assertThat(withContent(r, "the 6.6 million").sourceText().map(TextSpan::text))
        .contains("the Labor Department");
    assertThat(withContent(r, "the platform ignores").cue().map(TextSpan::text)).contains("says");
  }

  @Test
  void aClauseBeforeAClosingCueIsAStatement() {
    // AllSides train: "The number of workers claiming new unemployment benefits increased by 5.2
    // million last week, the Labor Department reported Thursday" was not listed as something the
    // department said (the tagger reads "increased" there as a participle)
    Report r =
        Stories.analyse(
            "The number of workers claiming new unemployment benefits increased by 5.2 million last"
                + " week, the Labor Department reported Thursday.");
    Attribution a = withContent(r, "The number of workers");
    assertThat(a.cue().map(TextSpan::text)).contains("reported");
    assertThat(a.statement()).isTrue();
  }

  @Test
  void aBareNounAfterAVerbIsItsObjectNotASpeaker() {
    // AllSides train: "..., vows harsh crackdown" made "harsh crackdown" the speaker of the clause
    // before it
    Report r =
        Stories.analyse(
            "China's central bank says all cryptocurrency activities are illegal, vows harsh"
                + " crackdown. Prices will fall, said the senator.");
    assertThat(r.attributions())
        .noneMatch(a -> a.sourceText().map(TextSpan::text).orElse("").contains("crackdown"));
    assertThat(withContent(r, "Prices will fall").sourceText().map(TextSpan::text))
        .contains("the senator");
  }

  @Test
  void theSubjectOfAPassiveVerbOfDescribingIsWhatIsDescribed() {
    // AllSides train: "the rioting will be portrayed as an affirmation that ..." had "the rioting"
    // for the one speaking
    Report r =
        Stories.analyse(
            "If he is convicted, the rioting will be portrayed as an affirmation that the police"
                + " are hunting down young men. The mayor was described by the governor as a"
                + " leader who kept the city calm.");
    assertThat(r.attributions())
        .filteredOn(a -> a.content().text().contains("hunting down"))
        .allMatch(a -> !a.statement() && a.sourceText().isEmpty());
  }

  @Test
  void aLengthOfTimeBeforeTheVerbIsNoSubject() {
    // AllSides train: "Activists, who for years have demanded such a step, called it a turning
    // point" had "years" for the one demanding
    Report r =
        Stories.analyse(
            "Activists, who for years have demanded such a step, called it a turning point. Sanders"
                + " for weeks has highlighted the fees she received.");
    assertThat(r.attributions())
        .noneMatch(
            a ->
                a.sourceText()
                    .map(TextSpan::text)
                    .filter(t -> t.equals("years") || t.equals("weeks"))
                    .isPresent());
    assertThat(withContent(r, "the fees she received").sourceText().map(TextSpan::text))
        .contains("Sanders");
  }

  @Test
  void aDateBetweenTheSubjectAndItsVerbIsNoSubject() {
    // AllSides train-1950: "The European Union on Wednesday agreed on a proposal to relax travel
    // restrictions for travelers ..., welcoming ..." gave "welcoming" the travellers' restrictions
    Report r =
        Stories.analyse(
            "The harbour board on Wednesday agreed on a plan to cut tolls for ferries sailing from"
                + " outside the bay, welcoming dock workers and a number of other unions.");
    assertThat(withContent(r, "dock workers").sourceText().map(TextSpan::text))
        .contains("The harbour board");
  }

  @Test
  void aNameModifyingANounIsNotWhatTheCompanyStandsFor() {
    // AllSides train-555: "... fueling GOP repeal push. Citing a volatile market, the nation's
    // second-largest health insurer announced Wednesday it plans to pull out ..." gave the
    // insurer's
    // words to the GOP
    Report r =
        Stories.analyse(
            "Insurer pulls out of exchanges in the Midwest, fueling GOP repeal push.\n\n"
                + "The nation's second-largest health insurer announced Wednesday it plans to pull"
                + " out of the exchanges in Indiana next year.");
    assertThat(source(withContent(r, "it plans to pull out"))).isNotEqualTo("GOP");
  }

  @Test
  void aContentEndsBeforeTheSentencesClosingAttribution() {
    // AllSides train: what "voiced" attributed ran on to ", people familiar with the session said"
    Report r =
        Stories.analyse(
            "The President voiced his concern about the trial during a private meeting last week,"
                + " people familiar with the session said.");
    Attribution voiced = withCue(r, "voiced");
    assertThat(voiced.content().text())
        .isEqualTo("his concern about the trial during a private meeting last week");
    // and the people, not "the session", said the clause before their cue
    Attribution said = withCue(r, "said");
    assertThat(said.sourceText().map(TextSpan::text)).contains("people familiar with the session");
    assertThat(said.content().text()).startsWith("The President voiced his concern");
  }

  @Test
  void aVerbOfSayingJoinedOnTakesTheSubjectOfItsFirstUse() {
    // AllSides train: "President Trump said he and Russian President Vladimir Putin discussed ...
    // but said he did not raise concerns" gave the second "said" to Putin
    Report r =
        Stories.analyse(
            "President Trump said he and Russian President Vladimir Putin discussed the"
                + " investigation during a phone call Friday but said he did not raise concerns"
                + " about the election.");
    assertThat(r.attributions())
        .filteredOn(a -> a.content().text().equals("he did not raise concerns about the election"))
        .singleElement()
        .satisfies(a -> assertThat(source(a)).isEqualTo("Trump"));
  }

  @Test
  void aRolesModifierPicksItsHolder() {
    // AllSides train: "the US president tweeted" resolved to "Russian President Vladimir Putin",
    // named after "US President Donald Trump"
    Report r =
        Stories.analyse(
            "US President Donald Trump has said he spoke with Russian President Vladimir Putin in an"
                + " hour-long call. The US president said that the conversation was very good.");
    assertThat(source(withContent(r, "the conversation was very good"))).isEqualTo("Donald Trump");
  }

  @Test
  void aShowsNameInQuotationMarksIsNoQuotation() {
    // AllSides train: "Trump told \u201cFox & Friends\u201d of his nomination speech" listed the
    // show's name among what Trump said
    Report r =
        Stories.analyse(
            "\u201cI\u2019ll probably do mine live from the White House,\u201d Trump told \u201cFox &"
                + " Friends\u201d of his speech. He appeared on \u201cMeet the Press\u201d on"
                + " Sunday and called the plan \u201cVery Good News\u201d for the party.");
    assertThat(r.quotes())
        .extracting(dev.parallax.model.Quote::text)
        .contains("I\u2019ll probably do mine live from the White House", "Very Good News")
        .doesNotContain("Fox & Friends", "Meet the Press");
  }

  @Test
  void aShowsNameThatOpensWithANumberIsNoQuotationNorAnotherName() {
    // AllSides train-2450: "An interview with "60 Minutes" ... when Education Secretary Betsy
    // DeVos agreed to it" listed the show's name as DeVos's words, and "Minutes" as a name
    Report r =
        Stories.analyse(
            "An interview with \"60 Minutes\" made sense when Mayor Ruth Alder agreed to it. She"
                + " struggled during an interview that aired Sunday on CBS's \"60 Minutes.\"");
    assertThat(r.quotes()).extracting(dev.parallax.model.Quote::text).isEmpty();
    assertThat(r.entities())
        .extracting(e -> e.name())
        .contains("60 Minutes")
        .doesNotContain("Minutes");
  }

  @Test
  void aNameInQuotationMarksAfterADeterminerIsNoQuotation() {
    // AllSides train-1717: "Senate Republicans on Wednesday unveiled their \u201cJustice Act\u201d
    // police reform legislation" listed the bill's name among what the senators said
    Report r =
        Stories.analyse(
            "Harbour councillors on Wednesday unveiled their \u201cSafe Crossings Act\u201d bridge"
                + " repair plan. Trump\u2019s \u201cBig Beautiful Bill\u201d passed. The mayor"
                + " called the plan \u201cVery Good News\u201d for the port.");
    assertThat(r.quotes())
        .extracting(dev.parallax.model.Quote::text)
        .contains("Very Good News")
        .doesNotContain("Safe Crossings Act", "Big Beautiful Bill");
  }

  @Test
  void aNicknameInsideANameIsNoQuotation() {
    // AllSides train-2100: "Director Randolph \u201cTex\u201d Alles ... pushed back on reports he
    // was
    // fired by President Donald Trump" gave "Tex" to Trump as words he said
    Report r =
        Stories.analyse(
            "Harbour Director Randolph \u201cTex\u201d Alles on Monday pushed back on reports he was"
                + " fired by the mayor. The board called the plan \u201cVery Good News\u201d for"
                + " the port.");
    assertThat(r.quotes())
        .extracting(dev.parallax.model.Quote::text)
        .contains("Very Good News")
        .doesNotContain("Tex");
  }

  @Test
  void aThingThreatenedIsNoThreatMade() {
    // AllSides train-1555: "... allowed rioters to overtake the Capitol on Jan. 6 and threaten the
    // presidential transition of power" had been listed as something lawmakers said
    Report r =
        Stories.analyse(
            "Lawmakers will get their first chance Tuesday to expose the failures that allowed"
                + " rioters to overtake the quay and threaten the harbour's only bridge. The ferry"
                + " union threatened to strike on Monday.");
    assertThat(withContent(r, "the harbour's only bridge").statement()).isFalse();
    assertThat(withContent(r, "to strike on Monday").statement()).isTrue();
    // AllSides train-123: a storm threatening to flood a coast makes no threat
    Report storm =
        Stories.analyse(
            "Tropical Storm Harvey is threatening to inundate southwestern Louisiana with"
                + " potentially disastrous flooding. Mayor Anna Berg threatened to close the port.");
    assertThat(withContent(storm, "to inundate").statement()).isFalse();
    assertThat(withContent(storm, "to close the port").statement()).isTrue();
  }

  @Test
  void aCallMadeIsNoNameGiven() {
    // ECB+ topic 5: "King called him again yesterday and reached a deal" had been an attribution
    // with the content "him again yesterday and reached a deal"
    Report r =
        Stories.analyse(
            "Billy King called him again yesterday and reached a deal. The coach called the plan \u201creckless.\u201d The mayor called them"
                + " traitors.");
    assertThat(r.attributions()).noneMatch(a -> a.content().text().contains("reached a deal"));
    assertThat(withContent(r, "reckless").cue().map(TextSpan::text)).contains("called");
    assertThat(withContent(r, "traitors").cue().map(TextSpan::text)).contains("called");
  }

  @Test
  void aPassiveVerbOfTellingWithItsAgentIsTheAgentsWords() {
    // AllSides train-2121: "Rudy Giuliani was directly warned by the FBI that he was targeted"
    // had Giuliani say it
    Report r =
        Stories.analyse(
            "The Post retracted a report that stated Mayor Jane Holt was directly warned by the FBI"
                + " that she was targeted by a smuggling ring. Residents were"
                + " warned that the bridge would close.");
    Attribution warned =
        r.attributions().stream()
            .filter(a -> a.cue().map(TextSpan::text).orElse("").equals("warned"))
            .filter(a -> a.content().text().contains("smuggling ring"))
            .findFirst()
            .orElseThrow();
    assertThat(warned.sourceText().map(TextSpan::text)).contains("the FBI");
    assertThat(source(warned)).isNotEqualTo("Jane Holt");
    // without an agent, who warned is not said
    assertThat(withContent(r, "the bridge would close").sourceText()).isEmpty();
  }

  @Test
  void aPassiveWithItsAgentAttributesNothing() {
    Report r =
        Stories.analyse(
            "Thompson, the mandatory challenger nominated by the federation, lost the fight on"
                + " Saturday. The vote will be observed by local monitors and foreign experts. The"
                + " federation said on Sunday that a rematch was unlikely. The challenger's camp"
                + " responded by threatening to appeal the decision.");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().startsWith("by local"))
        .noneMatch(a -> a.content().text().contains("lost the fight"));
    assertThat(withContent(r, "rematch was unlikely").sourceText().map(TextSpan::text))
        .contains("The federation");
    assertThat(withContent(r, "threatening to appeal").cue().map(TextSpan::text))
        .contains("responded");
  }

  @Test
  void aClauseOfTimeOrReasonAfterTheVerbIsNoStatement() {
    // AllSides train-1590: "she will not testify until the FBI investigates her claims" listed
    // "until the FBI investigates her claims" as what she said
    Report r =
        Stories.analyse(
            "Ruth Alder says she will not testify until the board investigates her claims. The"
                + " board said on Monday that it would meet.");
    assertThat(r.attributions())
        .filteredOn(a -> a.content().text().startsWith("until"))
        .allMatch(a -> !a.statement());
    assertThat(withContent(r, "she will not testify").statement()).isTrue();
    assertThat(withContent(r, "it would meet").statement()).isTrue();
  }

  @Test
  void aProceedingDismissedWithNoOneNamedIsNoStatement() {
    // AllSides train-1320: "the city argued that the case should be dismissed as moot" listed "the
    // case" as saying "as moot because ..."
    Report r =
        Stories.analyse(
            "Because Velmora repealed the law, the city argued that the case should be dismissed as"
                + " moot because there is nothing left to fight over. The ruling was dismissed as a"
                + " stunt by the mayor.");
    assertThat(withContent(r, "the case should be dismissed").statement()).isTrue();
    assertThat(r.attributions())
        .filteredOn(a -> a.content().text().startsWith("as moot"))
        .allMatch(a -> !a.statement() && a.sourceText().isEmpty());
  }

  @Test
  void thePassiveOfMakingKnownAndAParticipleAfterItsNounNameNoSpeaker() {
    // AllSides train-50: "Cases of the more contagious variant of Covid-19 first identified in the
    // UK have been confirmed in several European countries" had been Covid-19's words and the UK's
    Report r =
        Stories.analyse(
            "Cases of the new strain of Velmora fever first identified in Astoria have been"
                + " confirmed in several harbour towns as well as Corvel and Ostrand. The deaths were"
                + " confirmed by officials in Corvel. It was reported that the clinics would close.");
    assertThat(r.attributions())
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("identified"));
    assertThat(r.attributions())
        .filteredOn(a -> a.cue().map(TextSpan::text).orElse("").equals("confirmed"))
        .filteredOn(a -> a.content().text().contains("Corvel and Ostrand"))
        .allMatch(a -> a.source().isEmpty() && a.sourceText().isEmpty() && !a.statement());
    assertThat(withContent(r, "the clinics would close").statement()).isTrue();
  }

  @Test
  void theSubjectOfAPassiveOfExpectationIsNoSource() {
    Report r =
        Stories.analyse(
            "The harbour board met on Monday. The new ferries are expected to enter service in"
                + " June, and the old pier is projected to close by the end of the year. The board"
                + " said the budget was approved.");
    // the content opens with what the expectation is about
    assertThat(r.attributions())
        .filteredOn(
            a -> a.content().text().matches("(The new ferries|the old pier) [a-z]+ [a-z]+ to .*"))
        .hasSize(2)
        .allMatch(a -> a.sourceText().isEmpty() && a.source().isEmpty());
    assertThat(withContent(r, "the budget was approved").sourceText().map(TextSpan::text))
        .contains("The board");
    // an expectation no one is said to hold is no one's statement (AllSides train-2060); a
    // projection is someone's, unnamed
    assertThat(withCue(r, "expected").statement()).isFalse();
    assertThat(withCue(r, "projected").statement()).isTrue();
  }

  @Test
  void aClauseJoinedOnBetweenCommasIsNoApposition() {
    Report r =
        Stories.analyse(
            "Most of the big jewellers have shops on the square, and this is a further blow to"
                + " the police, says the BBC's Anna Holt in Paris.");
    Attribution a = withContent(r, "Most of the big jewellers");
    assertThat(a.sourceText().map(TextSpan::text)).contains("the BBC's Anna Holt");
    assertThat(a.content().text()).endsWith("a further blow to the police");
  }

  @Test
  void aVerdictOrAPlightFoundIsNoView() {
    Report r =
        Stories.analyse(
            "The gunman was found guilty of murder on Friday. The mayor found herself in a long"
                + " row with the council. A city audit found that the bridge was never inspected.");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().startsWith("guilty"))
        .noneMatch(a -> a.content().text().startsWith("herself"));
    assertThat(withContent(r, "the bridge was never inspected").sourceText().map(TextSpan::text))
        .contains("A city audit");
  }

  @Test
  void oneDeclaredDeadSaysNothing() {
    // ECB+ topic 19: "declared: dead on arrival" had been the teenager's statement
    Report r =
        Stories.analyse(
            "After the shooting, Gray was rushed to a hospital but was declared dead on arrival."
                + " The mayor declared that the city would rebuild.");
    assertThat(r.attributions()).noneMatch(a -> a.content().text().startsWith("dead"));
    assertThat(withContent(r, "the city would rebuild").sourceText().map(TextSpan::text))
        .contains("The mayor");
  }

  @Test
  void aCueInARelativeClauseSaysWhatRunsUpToTheMainVerb() {
    Report r =
        Stories.analyse(
            "The driver, whose lawyers argued he was asleep when the bus left the road, spoke in"
                + " court on Monday.");
    assertThat(withContent(r, "he was asleep").content().text())
        .isEqualTo("he was asleep when the bus left the road");
  }

  @Test
  void aClauseGoesOnPastAnAccordingToSetOffByCommas() {
    Report r =
        Stories.analyse(
            "Fire crews reached the chapel at dawn. Instead it was, according to Mayor Tomas Reyes,"
                + " the office where the parish records were kept that burned.");
    Attribution a = withContent(r, "Instead it was");
    assertThat(a.content().text()).endsWith("the parish records were kept that burned");
    assertThat(source(a)).isEqualTo("Tomas Reyes");
  }

  @Test
  void aSecondVerbJoinedOnIsNoContent() {
    Report r =
        Stories.analyse(
            "During the search, six rifles and 300 rounds of ammunition were found and"
                + " confiscated. The protester yelled and held up a banner.");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().startsWith("and"))
        .noneMatch(a -> a.content().text().contains("banner"));
  }

  @Test
  void aCueJoinedOnByAndTakesTheSubjectOfItsFirstVerb() {
    Report r =
        Stories.analyse(
            "The mayor stood up and said that the bridge was safe. Tomas Reyes forecast that the"
                + " river would rise and warned residents to stay away from the banks.");
    assertThat(withContent(r, "the bridge was safe").sourceText().map(TextSpan::text))
        .contains("The mayor");
    assertThat(source(withContent(r, "stay away from the banks"))).isEqualTo("Tomas Reyes");
  }

  @Test
  void aQuantityAddedIsNoWords() {
    Report r =
        Stories.analyse(
            "Marlow beat Fairhaven 20-13 on Sunday. Tomas Reyes added 101 yards on the ground for"
                + " Marlow. The coach added that 10 players were hurt. The mayor added 10 people"
                + " were hurt in the crush.");
    assertThat(r.attributions()).noneMatch(a -> a.content().text().contains("yards"));
    assertThat(withContent(r, "10 players were hurt").cue().map(TextSpan::text)).contains("added");
    assertThat(withContent(r, "people were hurt").cue().map(TextSpan::text)).contains("added");
  }

  @Test
  void aRelativeThatInTheObjectDoesNotOpenTheContent() {
    Report r =
        Stories.analyse(
            "Transport minister Tomas Reyes ordered inspections of the 23 footbridges in the"
                + " province that share the same design.");
    Attribution a = withContent(r, "share the same design");
    assertThat(a.content().text())
        .isEqualTo("inspections of the 23 footbridges in the province that share the same design");
    assertThat(source(a)).isEqualTo("Tomas Reyes");
  }

  @Test
  void aRelativeClauseAfterAPlaceIsAboutTheNounThePlaceIsAttachedTo() {
    Report r =
        Stories.analyse(
            "Engineers inspected the footbridges in Astoria that share the design of the bridge that"
                + " collapsed. Residents in Astoria who saw the collapse said the deck sagged first.");
    // "share" is a cue verb; its subject is the footbridges, not the place
    assertThat(r.attributions())
        .filteredOn(a -> a.content().text().contains("design"))
        .allSatisfy(
            a -> {
              assertThat(a.source()).isEmpty();
              assertThat(a.sourceText().map(TextSpan::text)).contains("the footbridges");
            });
    // the subject of "said" is the residents, not the object of the relative clause
    assertThat(r.attributions())
        .filteredOn(a -> a.cue().map(TextSpan::text).orElse("").equals("said"))
        .singleElement()
        .satisfies(a -> assertThat(a.sourceText().map(TextSpan::text)).contains("Residents"));
  }

  @Test
  void aRelativeWhWordAfterANounDoesNotOpenTheContent() {
    Report r =
        Stories.analyse(
            "The Red Cross said its volunteers had spoken with more than 40 relatives of people who"
                + " were on the bridge.");
    assertThat(r.attributions())
        .extracting(a -> a.content().text())
        .noneMatch(c -> c.startsWith("who"))
        .anyMatch(c -> c.startsWith("its volunteers had spoken"));
  }

  @Test
  void findsTheClauseBeforeAClosingCue() {
    Report r =
        Stories.analyse(
            "The span had passed every inspection since 2019, the Harbor Authority said.");
    Attribution a = withContent(r, "passed every inspection");
    assertThat(a.content().text()).isEqualTo("The span had passed every inspection since 2019");
    assertThat(source(a)).isEqualTo("Harbor Authority");
  }

  @Test
  void readsTheSourceAfterAccordingTo() {
    Report r =
        Stories.analyse(
            "According to Greenfield Engineering, the span was never designed for crowds of that size.");
    Attribution a = withContent(r, "never designed for crowds");
    assertThat(a.content().text()).isEqualTo("the span was never designed for crowds of that size");
    assertThat(a.cue().map(TextSpan::text)).contains("According to");
    assertThat(source(a)).isEqualTo("Greenfield Engineering");
  }

  @Test
  void callsReportedSpeechWithQuotedWordsMixed() {
    Report r =
        Stories.analyse(
            "Mayor Tomas Reyes said the repairs were “long overdue” and would take a year.");
    Attribution a = withContent(r, "repairs were");
    assertThat(a.kind()).isEqualTo(AttributionKind.MIXED);
    assertThat(a.quotes()).hasSize(1);
    assertThat(source(a)).isEqualTo("Tomas Reyes");
  }

  @Test
  void listsAQuotationAsADirectAttributionWithItsSpeaker() {
    Report r =
        Stories.analyse(
            "Engineer Maria Castell inspected the bridge on Monday.\n\n"
                + "“The main cables were badly corroded,” Castell said.");
    Attribution a = withContent(r, "cables were badly corroded");
    assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(a.content().text()).isEqualTo("The main cables were badly corroded");
    assertThat(source(a)).isEqualTo("Maria Castell");
    assertThat(a.quotes()).containsExactly(r.quotes().get(0).id());
  }

  @Test
  void resolvesAPronounSourceToTheEarlierPerson() {
    Report r =
        Stories.analyse(
            "Engineer Maria Castell inspected the bridge on Monday.\n\n"
                + "She said the cables had corroded over many years.");
    assertThat(source(withContent(r, "cables had corroded"))).isEqualTo("Maria Castell");
  }

  @Test
  void resolvesARoleToThePersonTheArticleGaveIt() {
    Report r =
        Stories.analyse(
            "Senator Ana Lopez toured the quay with engineer Paul Brandt on Monday.\n\n"
                + "The senator said the state would pay for the repairs.");
    Attribution a = withContent(r, "state would pay");
    assertThat(source(a)).isEqualTo("Ana Lopez");
    assertThat(a.sourceText().map(TextSpan::text)).contains("The senator");
  }

  @Test
  void keepsTheWordsOfASourceItCannotResolve() {
    Report r = Stories.analyse("Officials said the quay would stay closed until the inquiry ends.");
    Attribution a = withContent(r, "quay would stay closed");
    assertThat(a.source()).isEmpty();
    assertThat(a.sourceText().map(TextSpan::text)).contains("Officials");
  }

  @Test
  void aNegationAfterTheCueIsPartOfTheContent() {
    Report r =
        Stories.analyse(
            "A harbour official said the cranes were safe. He asked not to be identified pending"
                + " an official announcement.");
    assertThat(withContent(r, "to be identified").content().text())
        .startsWith("not to be identified");
  }

  @Test
  void aTitlesShortFormDoesNotEndTheSourceAfterAccordingTo() {
    // ECB+ topic 18: the source was "Vancouver Police spokesperson Const"
    Report r =
        Stories.analyse(
            "At least a dozen employees had been celebrating when the gunman entered the party,"
                + " according to Vancouver Police spokesperson Const. Tim Fanning.");
    assertThat(source(withContent(r, "dozen employees"))).isEqualTo("Tim Fanning");
  }

  @Test
  void aClauseJoinedOnOrATimeIsNoStatement() {
    // ECB+ topic 18: "Police called: and surrounded the building", "the gunman laid off: entered
    // the party", "employees celebrating: when the gunman ..."
    Report r =
        Stories.analyse(
            "Police were called immediately, and surrounded the building. At least a dozen"
                + " employees had been celebrating when the gunman, who had been recently laid"
                + " off, entered the party. Police have launched an investigation into how the"
                + " suspect was able to commit suicide.");
    List<Attribution> joined =
        r.attributions().stream()
            .filter(
                a ->
                    a.content().text().startsWith("and")
                        || a.content().text().startsWith("how")
                        || a.content().text().startsWith("when")
                        || a.content().text().startsWith("entered"))
            .toList();
    assertThat(joined).isNotEmpty().noneMatch(Attribution::statement);
  }

  @Test
  void anOpeningAccordingToRunsToItsComma() {
    // ECB+ topic 27: the content was "and the security advisory Microsoft also published today,
    // the vulnerability affects ..."
    Report r =
        Stories.analyse(
            "According to Dustin Childs and the advisory the company published today, the flaw"
                + " affects every version of the browser.");
    Attribution a =
        r.attributions().stream()
            .filter(x -> x.cue().map(c -> c.text().equals("According to")).orElse(false))
            .findFirst()
            .orElseThrow();
    assertThat(a.content().text()).startsWith("the flaw affects");
    assertThat(source(a)).isEqualTo("Dustin Childs");
  }

  @Test
  void theCompanyIsTheOrganisationNamedBefore() {
    // ECB+ topic 27: "The software giant said ..." and "The company said ..." under "Speaker not
    // known"
    Report r =
        Stories.analyse(
            "Microsoft has released a patch for its browser. The software giant said the flaw"
                + " affects every version. The company said attacks have been limited.");
    assertThat(source(withContent(r, "the flaw affects every version"))).isEqualTo("Microsoft");
    assertThat(source(withContent(r, "attacks have been limited"))).isEqualTo("Microsoft");
  }

  @Test
  void aTallyIsNoStatement() {
    // ECB+ topic 31: "Ty Lawson posted: 15 points and eight assists" under "Who said what"
    Report r =
        Stories.analyse(
            "Ty Lawson posted 15 points and eight assists in the win. Kyle Singler added six"
                + " rebounds for Duke. The mayor said 30 people died in the storm.");
    assertThat(r.attributions())
        .filteredOn(
            a -> a.content().text().contains("points") || a.content().text().contains("rebounds"))
        .isNotEmpty()
        .noneMatch(Attribution::statement);
    assertThat(withContent(r, "30 people died").statement()).isTrue();
  }

  @Test
  void aPlaceOrAThingAfterToIsNoStatement() {
    // ECB+ topic 4: "Bettie Page admitted: to hospital ..." under "Who said what"
    Report r =
        Stories.analyse(
            "Bettie Page was admitted to hospital last month with pneumonia. She conceded to the"
                + " occasional public event. Her agent admitted to misleading the press.");
    assertThat(r.attributions())
        .filteredOn(
            a ->
                a.content().text().contains("hospital")
                    || a.content().text().contains("public event"))
        .noneMatch(Attribution::statement);
    assertThat(withContent(r, "misleading the press").statement()).isTrue();
  }

  @Test
  void theyAfterAGroupNamedAsSubjectIsNotAnOrganisationFurtherBack() {
    // ECB+ topic 20: "they" were the residents, not the ministry named two sentences before
    Report r =
        Stories.analyse(
            "The Interior Ministry said the situation was under control. But residents of the"
                + " village complained that relief was slow. Speaking to reporters, they said they"
                + " had not received aid.");
    assertThat(source(withContent(r, "they had not received aid")))
        .isNotEqualTo("Interior Ministry");
    assertThat(source(withContent(r, "the situation was under control")))
        .isEqualTo("Interior Ministry");
  }

  @Test
  void aNamingParticipleAfterItsNounAndASpacedSoCalledAreNoCues() {
    // ECB+ topic 26: "the man dubbed the 'Oddfather' by tabloid newspapers" had made the man say
    // "the 'Oddfather' by tabloid newspapers calmly pleaded guilty"; its texts space their hyphens,
    // and "the so - called 'Teflon Don'" had given the name to the story's subject
    Report r =
        Stories.analyse(
            "Vito Marano admitted his ruse at a hearing in which the man dubbed the"
                + " \u201cOddfather\u201d by tabloid newspapers calmly pleaded guilty. Marano beat"
                + " the law better than Carlo Benni, the so - called \u201cVelvet Don\u201d who won"
                + " two acquittals.");
    assertThat(r.attributions())
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("dubbed"))
        .noneMatch(a -> a.cue().map(TextSpan::text).orElse("").equals("called"));
    assertThat(r.quotes())
        .filteredOn(q -> q.text().equals("Velvet Don"))
        .hasSize(1)
        .allMatch(q -> q.speaker().isEmpty());
  }

  @Test
  void theOneChargedIsNotTheOneWhoCharges() {
    // ECB+ topic 16: "Jose Luis Orozco charged: case No. VA089897 filed this morning ..."
    Report r =
        Stories.analyse(
            "Jose Luis Orozco is charged in case No. VA089897 filed this morning by the district"
                + " attorney. The prosecutor charged that the shooting was for a street gang.");
    assertThat(r.attributions())
        .filteredOn(a -> a.content().text().contains("VA089897"))
        .noneMatch(Attribution::statement);
    assertThat(withContent(r, "the shooting was for a street gang").statement()).isTrue();
    // ECB+ topic 22: an adverb between the auxiliary and the participle keeps the passive
    Report now =
        Stories.analyse(
            "Sixty-year-old Mara Vettel is now accused of murdering two women at an ice cream store"
                + " in 1967.");
    assertThat(now.attributions())
        .filteredOn(a -> a.cue().map(TextSpan::text).orElse("").equals("accused"))
        .hasSize(1)
        .allMatch(a -> a.source().isEmpty() && !a.statement());
  }

  @Test
  void aThingAddedAndAClauseAfterAnOpeningAsClauseAreNoStatements() {
    // ECB+ topic 2: "The Emmys added: a category ...", "A-list comedians continued: ratings were
    // in steady decline"
    Report r =
        Stories.analyse(
            "The Emmys added a category and divvied the hosting duties among the nominees. As the"
                + " parade of comedians continued, ratings were in steady decline. The producer"
                + " added that the show would be shorter. As the mayor said, the bridge was"
                + " unsafe.");
    assertThat(r.attributions())
        .filteredOn(
            a ->
                a.content().text().contains("a category")
                    || a.content().text().contains("steady decline"))
        .noneMatch(Attribution::statement);
    assertThat(withContent(r, "the show would be shorter").statement()).isTrue();
  }

  @Test
  void theOneNamedIsNotTheOneWhoNamesAndAClauseAfterWhenIsNotTheContent() {
    // ECB+ topic 2: "Hugh Jackman announced: as the host ...", "promoting: the film Friday when
    // his Oscar role was announced"
    Report r =
        Stories.analyse(
            "Hugh Jackman was announced as the host of the 81st Academy Awards. Jackman was abroad"
                + " promoting the film Friday when his Oscar role was announced. It was announced"
                + " that the show would run three hours.");
    assertThat(r.attributions())
        .filteredOn(
            a ->
                a.content().text().contains("the 81st Academy Awards")
                    || a.content().text().contains("the film Friday"))
        .noneMatch(Attribution::statement);
  }

  @Test
  void anImpersonalItIsNoSource() {
    // ECB+ topic 18: "It's not known ..." was said by the company named before it
    Report r =
        Stories.analyse(
            "The business is listed as Harbor Supply Ltd. It's not known what kind of firearm was"
                + " involved. A woman ran into a shop, where it appears she called for help.");
    assertThat(source(withContent(r, "what kind of firearm"))).isNull();
    assertThat(r.attributions())
        .filteredOn(a -> a.content().text().contains("called for help"))
        .allSatisfy(a -> assertThat(source(a)).isNull());
  }

  @Test
  void anAsideAfterTheCueAndAnAgeAfterTheSubjectLeaveTheContentWhole() {
    // ECB+ topics 10 and 6: "said, in so many words, that ..." had "many words" for its content;
    // "say Ross, 55, would like ..." stopped at the age
    Report r =
        Stories.analyse(
            "The port's owner John Henry has said, in so many words, that the cranes will not be"
                + " sold. Sources say Ross, 55, would like a significant raise for the second"
                + " season.");
    Attribution owner = withContent(r, "cranes will not be sold");
    assertThat(owner.content().text()).startsWith("that the cranes");
    assertThat(source(owner)).isEqualTo("John Henry");
    assertThat(withContent(r, "Ross, 55").content().text()).contains("would like a significant");
  }

  @Test
  void aRelativeClauseWithWhoBeforeTheCueIsAboutTheSubject() {
    // ECB+ topic 23: "New Zealand's highest peak said" had been the source
    Report r =
        Stories.analyse(
            "An Australian climber who watched his brother fall on New Zealand's highest peak"
                + " said he was expecting to die that night.");
    Attribution a = withContent(r, "expecting to die");
    assertThat(a.sourceText().map(t -> t.text())).contains("An Australian climber");
  }

  @Test
  void aRelativeClauseMayHoldAFewQuotedWords() {
    // ECB+ topic 19: the teenager named at the clause's end had been the source
    Report r =
        Stories.analyse(
            "A Brooklyn woman who claims she had a “bird’s-eye view” of the fatal police shooting"
                + " of 16-year-old Kimani (Kiki) Gray says the youth did not have a gun in his"
                + " hand.");
    assertThat(r.attributions())
        .filteredOn(a -> a.cue().map(c -> c.text()).orElse("").equals("says"))
        .singleElement()
        .satisfies(a -> assertThat(a.sourceText().map(t -> t.text())).contains("A Brooklyn woman"));
  }

  @Test
  void whereSomethingWasSaidIsNotWhatWasSaid() {
    Report r =
        Stories.analyse(
            "\"Everyone must remain vigilant\" to this risk, Tomas Reyes said in an interview in"
                + " the Astorian Herald on Wednesday. Ruth Alder said in an interview published"
                + " on Friday. Ruth Alder said in a statement released by the port that the cranes"
                + " were safe.");
    assertThat(r.attributions()).noneMatch(a -> a.content().text().contains("interview"));
    assertThat(source(withContent(r, "the cranes were safe"))).isEqualTo("Ruth Alder");
  }

  @Test
  void aParticipleAfterItsNounWithOfSaysNothing() {
    Report r =
        Stories.analyse(
            "Tomas Reyes says the woman accused of setting the fire at the Astoria plant is a good"
                + " person.");
    assertThat(r.attributions()).noneMatch(a -> a.content().text().startsWith("of setting"));
    assertThat(source(withContent(r, "is a good person"))).isEqualTo("Tomas Reyes");
  }

  @Test
  void aTimeClauseAfterACueSetOffFromItsClauseIsWhenNotWhat() {
    Report r =
        Stories.analyse(
            "The witness had entered the courtroom with his head covered, Judge Ruth Alder said"
                + " when the courtroom was reopened.");
    Attribution a = withContent(r, "entered the courtroom");
    assertThat(source(a)).isEqualTo("Ruth Alder");
    assertThat(r.attributions()).noneMatch(x -> x.content().text().startsWith("when"));
  }

  @Test
  void aShortQuotationAfterTheCueIsWhatWasSaidNotTheClauseBefore() {
    Report r =
        Stories.analyse(
            "When the prosecutor asked whether she had shielded her son, Ruth Alder quietly"
                + " answered, \"Yes.\"");
    assertThat(r.attributions())
        .noneMatch(
            a ->
                a.content().text().contains("shielded")
                    && a.cue().isPresent()
                    && a.cue().get().text().equals("answered"));
  }

  @Test
  void anAsideInBracketsAfterTheCueIsNoPartOfTheContent() {
    Report r =
        Stories.analyse(
            "Harbor Freight Lines announced today (4 November 2011) that repairs to the cable had"
                + " been completed.");
    assertThat(withContent(r, "repairs to the cable").content().text()).startsWith("that repairs");
  }

  @Test
  void aClauseOfWhenOrWhyAfterAClosingCueIsNotWhatWasSaid() {
    // AllSides train-1500: "..., the Labor Department reported Thursday, as the coronavirus
    // incited more layoffs" had been what the department reported
    Report r =
        Stories.analyse(
            "Retail sales rose 4 percent in May, the Commerce Bureau said Tuesday, as shoppers"
                + " returned to stores. Exports fell sharply, the ministry said, because the port"
                + " was closed.");
    assertThat(withContent(r, "Retail sales rose").cue().map(TextSpan::text)).contains("said");
    assertThat(withContent(r, "Exports fell").cue().map(TextSpan::text)).contains("said");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().startsWith("as shoppers"))
        .noneMatch(a -> a.content().text().startsWith("because the port"));
  }

  @Test
  void aParticipleInTheOpeningNounPhraseTakesAnObjectNotTheSentence() {
    // AllSides train-1500: "The number of workers claiming new unemployment benefits increased"
    // had been what the workers claimed, the sentence's own verb with it
    Report r =
        Stories.analyse(
            "The number of workers claiming new unemployment benefits increased by 5.2 million"
                + " last week, the Labor Office reported. Officials claiming that the vote was"
                + " rigged were dismissed.");
    assertThat(r.attributions())
        .noneMatch(
            a ->
                a.cue().map(TextSpan::text).orElse("").equals("claiming")
                    && a.content().text().contains("increased"));
    assertThat(withContent(r, "The number of workers").cue().map(TextSpan::text))
        .contains("reported");
    assertThat(withContent(r, "the vote was rigged").cue().map(TextSpan::text))
        .contains("claiming");
  }

  @Test
  void aPartysMemberIsThePersonTheArticlePlacesSo() {
    // AllSides train-1444 and PolNeAR train: "The California Democrat said", "the Florida
    // Republican said" had no source: the tagger takes "Democrat" for the party's name
    Report r =
        Stories.analyse(
            "Speaker Dana Ruiz said Thursday that the House would vote next week. The Democrat said"
                + " the bill would pass. Florida Sen. Marco Rubio met the governor on Friday. The"
                + " Florida Republican said the plan was too costly. Mayor Tomas Reyes praised the"
                + " plan. The Wisconsin Republican said the plan was too slow.");
    assertThat(source(withContent(r, "the bill would pass"))).isEqualTo("Dana Ruiz");
    assertThat(source(withContent(r, "too costly"))).isEqualTo("Marco Rubio");
    // no one is written beside "Wisconsin": the nearest person is not taken for it
    assertThat(source(withContent(r, "too slow"))).isNull();
  }

  @Test
  void aParticipleAfterAPassivesAgentIsTheAgents() {
    // AllSides train-950: "the concerns voiced by the protesters citing that the holiday ..." had
    // been what "Some lawmakers" cited
    Report r =
        Stories.analyse(
            "Some lawmakers have endorsed the concerns voiced by the protesters citing that the"
                + " holiday harms the environment.");
    assertThat(r.attributions())
        .filteredOn(a -> a.cue().map(TextSpan::text).orElse("").equals("citing"))
        .singleElement()
        .satisfies(a -> assertThat(a.sourceText().map(TextSpan::text)).contains("the protesters"));
  }

  @Test
  void aDayWithAPossessiveOpensTheContent() {
    // AllSides train-2200: "guest wrote Thursday's edition of Playbook" had been "'s edition of
    // Playbook": the day was skipped as the time of the writing
    Report r =
        Stories.analyse(
            "Editor Dana Ruiz wrote Thursday's edition of the newsletter. Mayor Tomas Reyes"
                + " mentioned this year's budget vote.");
    assertThat(withContent(r, "edition of the newsletter").content().text())
        .startsWith("Thursday's edition");
    assertThat(withContent(r, "budget vote").content().text()).startsWith("this year's budget");
  }

  @Test
  void aNounTheTaggerReadsAsAVerbAfterAVerbsObjectIsNoCue() {
    // AllSides train-555: "a move that fueled GOP calls on Capitol Hill to upend the law" had been
    // what "a move" calls
    Report r =
        Stories.analyse(
            "The insurer left the market, a move that fueled GOP calls on Capitol Hill to upend the"
                + " law. Mayor Tomas Reyes said Ruiz calls the shots.");
    assertThat(r.attributions())
        .noneMatch(a -> a.content().text().contains("Capitol Hill"))
        .anyMatch(a -> a.content().text().contains("Ruiz calls the shots"));
  }

  @Test
  void aParticipleOpeningAThatClauseTakesAnObjectNotTheClause() {
    // AllSides train-1900: "said that President Trump firing former FBI Director James Comey was
    // the biggest mistake" had been what Trump was "firing"
    Report r =
        Stories.analyse(
            "Ravi Singh said that Mayor Tomas Reyes firing police chief Dana Ruiz was the biggest"
                + " mistake of the year.");
    assertThat(r.attributions())
        .noneMatch(
            a ->
                a.cue().map(TextSpan::text).orElse("").equals("firing")
                    && a.content().text().contains("biggest mistake"));
  }

  @Test
  void aPronounAfterAJoinedVerbOfSpeakingIsTheFirstVerbsSubject() {
    // AllSides train-700: "... Joe Biden's son, Hunter, and said he did not believe ..." had
    // given "he" to Hunter, the name right before "and said"
    Report r =
        Stories.analyse(
            "Attorney General Ravi Singh said he had rejected the idea of a special counsel to"
                + " investigate Tomas Reyes's son, Marco, and said he did not believe that the"
                + " government should seize any voting machines.");
    assertThat(r.attributions())
        .filteredOn(a -> a.cue().map(TextSpan::text).orElse("").contains("believe"))
        .singleElement()
        .satisfies(a -> assertThat(source(a)).isEqualTo("Ravi Singh"));
  }

  @Test
  void aNameSetOffAfterACueSpeaksTheClauseBeforeAnExampleBetweenCommas() {
    // AllSides train-1313: "federal law" had been the source and "Jenn Kaiser" what it said
    Report r =
        Stories.analyse(
            "Google plans to explain to employees the rights they have under federal law, like the"
                + " ability to discuss workplace conditions, said Jenn Kaiser, a Google"
                + " spokeswoman.");
    Attribution a = withContent(r, "Google plans to explain");
    assertThat(source(a)).isEqualTo("Jenn Kaiser");
    assertThat(a.content().text()).doesNotContain("Jenn Kaiser");
    assertThat(r.attributions()).noneMatch(x -> x.content().text().startsWith("Jenn Kaiser"));
  }

  @Test
  void peopleFamiliarWithAMatterSayTheClauseBeforeTheirSetOffCue() {
    // AllSides train-1313: "the matter" had been the source, and "that the search giant punishes
    // ..." (a clause of the complaints, after "as part of") the content
    Report r =
        Stories.analyse(
            "Federal regulators have ordered Google to assure employees they are allowed to speak"
                + " out, people familiar with the matter say, as part of a settlement of"
                + " complaints that the search giant punishes those who do.");
    Attribution a = withCue(r, "say");
    assertThat(a.sourceText().map(TextSpan::text)).contains("people familiar with the matter");
    assertThat(a.content().text())
        .startsWith("Federal regulators have ordered Google")
        .doesNotContain("punishes");
    // and what the regulators ordered ends before the people's cue set off inside it
    Attribution ordered = withCue(r, "ordered");
    assertThat(ordered.content().text()).endsWith("allowed to speak out");
  }

  @Test
  void aThingWrittenOrMadePublicIsNoStatement() {
    // AllSides train-1100: "To create Android, which was released in 2007, Google wrote millions
    // of lines of new computer code" had listed the code as what Google said and the main clause
    // as what Android said
    Report r =
        Stories.analyse(
            "To build the ferry app, which was released in 2015, the harbour board wrote"
                + " thousands of lines of new code. The editor wrote that the plan was sound. The"
                + " mayor posted a video of the flooded quay.");
    assertThat(withCue(r, "wrote").content().text()).isEqualTo("thousands of lines of new code");
    assertThat(withCue(r, "wrote").statement()).isFalse();
    assertThat(withContent(r, "the plan was sound").statement()).isTrue();
    assertThat(withContent(r, "a video of the flooded quay").statement()).isFalse();
    assertThat(r.attributions())
        .filteredOn(a -> a.cue().map(TextSpan::text).orElse("").contains("released"))
        .allMatch(a -> !a.statement() && a.source().isEmpty());
  }

  @Test
  void aPronounAfterAnOpeningPhraseMeansItsSubject() {
    // AllSides train-1234: "In a letter addressed to acting Director of National Intelligence
    // Joseph Maguire, the lead attorney for the whistleblower, Andrew Bakaj, alluded that ... The
    // legal team, he wrote, only expects ..." had given the second sentence to Maguire
    Report r =
        Stories.analyse(
            "In a letter addressed to harbour master Peter Lund, the lead counsel for the ferry"
                + " union, Tomas Berg, said the strike would go ahead. The union, he wrote, expects"
                + " the dispute to last weeks. To harbour consultant Peter Lund, the plan of Tomas"
                + " Berg is costly. He said the board should wait.");
    assertThat(source(withContent(r, "expects the dispute"))).isEqualTo("Tomas Berg");
    // "To X, ..." gives X's view: X is whom the next "he" means
    assertThat(source(withContent(r, "the board should wait"))).isEqualTo("Peter Lund");
  }

  @Test
  void aPersonDismissedIsLetGoNotAViewGiven() {
    // AllSides train-1999: "President Trump on Friday dismissed Reince Priebus as his chief of
    // staff" had been listed as something Trump said
    Report r =
        Stories.analyse(
            "The mayor on Friday dismissed Peter Lund as harbour master. The board dismissed the"
                + " report as a hoax. Lund dismissed Anna Berg's account of the night.");
    assertThat(withContent(r, "Peter Lund as harbour master").statement()).isFalse();
    assertThat(withContent(r, "the report as a hoax").statement()).isTrue();
    assertThat(withContent(r, "account of the night").statement()).isTrue();
  }

  @Test
  void aPhraseDescribingTheHearerIsNotWhatWasSaid() {
    // AllSides train-1750: "Republicans told officials from the White House counsel's office about
    // their concerns" had "from the White House counsel's office about ..." for content
    Report r =
        Stories.analyse(
            "At a closed-door lunch, councillors told officials from the harbour board's legal"
                + " office about their concerns over the ferry fares.");
    Attribution told = withCue(r, "told");
    assertThat(told.content().text()).startsWith("about their concerns");
  }

  @Test
  void aSuitDismissedIsARulingNotAViewGiven() {
    // AllSides train-2250: "A federal court on Monday dismissed the Federal Trade Commission's
    // antitrust complaint against Facebook, as well as a parallel case ..." had been listed as
    // something an unknown speaker said
    Report r =
        Stories.analyse(
            "A federal court on Monday dismissed the harbour board's antitrust complaint against"
                + " Nordic Ferries, as well as a parallel case brought by six towns. The mayor"
                + " dismissed the lawsuit as a stunt. Lund dismissed the board's complaints about"
                + " noise.");
    assertThat(withContent(r, "antitrust complaint against").statement()).isFalse();
    assertThat(withContent(r, "the lawsuit as a stunt").statement()).isTrue();
    assertThat(withContent(r, "complaints about noise").statement()).isTrue();
  }

  @Test
  void aClauseAfterAnInvertedLookingCueIsWhatWasSaid() {
    // AllSides train-987: "Cohen gets 3 years, says Trump's 'dirty deeds' led him to 'choose
    // darkness'." had made "Trump's" the speaker of "Cohen gets 3 years"
    Report r =
        Stories.analyse(
            "Peter Lund gets a new ferry, says the board's delays cost him a season. The ferry will"
                + " sail in June, said the harbour master.");
    Attribution says = withCue(r, "says");
    assertThat(says.content().text()).startsWith("the board's delays cost him a season");
    assertThat(source(says)).isEqualTo("Peter Lund");
    assertThat(withCue(r, "said").content().text()).isEqualTo("The ferry will sail in June");
    assertThat(withCue(r, "said").sourceText().map(TextSpan::text)).contains("the harbour master");
  }

  @Test
  void aCueInARelativeClauseOfAnAppositionSaysWhatRunsUpToTheMainVerb() {
    // AllSides train-987: "Michael Cohen, the president's former fixer who once famously claimed
    // he was willing to "take a bullet" for Donald Trump before later turning against his boss,
    // was sentenced ..." had the sentence's main clause in what Cohen claimed
    Report r =
        Stories.analyse(
            "Peter Lund, the harbour board's former master who once famously claimed he was"
                + " willing to sink with the ship before later turning against it, was sentenced to"
                + " three years in prison.");
    assertThat(withCue(r, "claimed").content().text())
        .isEqualTo("he was willing to sink with the ship before later turning against it");
  }

  @Test
  void whomAClosingCueTellsIsNotWhatWasSaid() {
    // AllSides train-1357: "..., a person familiar with the review confirmed to NBC News." had "to
    // NBC News" for what was confirmed
    Report r =
        Stories.analyse(
            "The harbour review has become a criminal inquiry, a person familiar with the review"
                + " confirmed to the Harbour Gazette. Anna Berg pointed to the budget.");
    assertThat(withCue(r, "confirmed").content().text())
        .isEqualTo("The harbour review has become a criminal inquiry");
    assertThat(withCue(r, "pointed").content().text()).isEqualTo("to the budget");
  }
}

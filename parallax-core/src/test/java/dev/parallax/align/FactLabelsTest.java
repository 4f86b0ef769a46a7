package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactLabelsTest {
  @Test
  void takesTheShortestWordingThatReadsAlone() {
    String label =
        FactLabels.of(
            List.of(
                Sentences.of("A1.S1", "He/PRP said/VBD the/DT bridge/NN closed/VBD ./."),
                Sentences.of(
                    "A2.S1",
                    "The/DT bridge/NN closed/VBD after/IN cracks/NNS were/VBD found/VBN ./."),
                Sentences.of(
                    "A3.S1",
                    "The/DT city/NN closed/VBD the/DT old/JJ bridge/NN on/IN Monday/NNP after/IN inspectors/NNS found/VBD cracks/NNS ./.")));
    assertThat(label).isEqualTo("The bridge closed after cracks were found");
  }

  @Test
  void aPhraseWithNoVerbLabelsAFactOnlyWhenNothingElseStatesAClaim() {
    // ECB+ topic 5: a verbless phrase had labelled a fact over a clause opening with its pronoun
    String label =
        FactLabels.of(
            List.of(
                Sentences.of(
                    "A1.S1",
                    "percentage/NN behind/IN the/DT three-point/JJ line/NN ,/, 26th/JJ in/IN"
                        + " the/DT league/NN"),
                Sentences.of(
                    "A2.S1",
                    "He/PRP guided/VBD a/DT transition/NN from/IN the/DT Iverson/NNP era/NN and/CC"
                        + " won/VBD more/JJR games/NNS than/IN expected/VBN ./.")));
    assertThat(label).startsWith("He guided a transition");
  }

  @Test
  void aSentenceThatIntroducesTheNextLabelsAFactOnlyWhenNothingElseStatesIt() {
    // ECB+ topic 11: "Human Rights Watch said in a report last month:" had labelled a fact
    String label =
        FactLabels.of(
            List.of(
                Sentences.of(
                    "A1.S1",
                    "Human/NNP Rights/NNP Watch/NNP said/VBD in/IN a/DT report/NN last/JJ"
                        + " month/NN :/:"),
                Sentences.of(
                    "A2.S1",
                    "Human/NNP Rights/NNP Watch/NNP said/VBD the/DT country/NN remains/VBZ"
                        + " one/CD of/IN the/DT most/RBS repressive/JJ states/NNS ./.")));
    assertThat(label).startsWith("Human Rights Watch said the country");
  }

  @Test
  void aPercentSignEndingTheLabelStays() {
    // ECB+ topic 11: the label had read "... turnout was almost 90"
    assertThat(
            FactLabels.compress(
                Sentences.of("A1.S2", "Turnout/NN was/VBD almost/RB 90/CD %/NN ./.")))
        .isEqualTo("Turnout was almost 90 %");
  }

  @Test
  void aClauseOfTimeCutFromItsSentenceLabelsNoFact() {
    // AllSides train-404: the label had been "After listening to a news conference Tuesday ..."
    String label =
        FactLabels.of(
            List.of(
                Sentences.of(
                    "A1.S1",
                    "After/IN listening/VBG to/TO a/DT news/NN conference/NN by/IN the/DT"
                        + " physician/NN ./."),
                Sentences.of(
                    "A2.S1",
                    "Before/IN deciding/VBG she/PRP should/MD not/RB face/VB charges/NNS ,/,"
                        + " according/VBG to/TO documents/NNS ./."),
                Sentences.of(
                    "A3.S1",
                    "The/DT physician/NN said/VBD the/DT mayor/NN received/VBD a/DT perfect/JJ"
                        + " score/NN on/IN a/DT cognitive/JJ test/NN ./.")));
    assertThat(label).startsWith("The physician said");
  }

  @Test
  void aRelativeClauseCutFromItsSentenceLabelsNoFact() {
    String label =
        FactLabels.of(
            List.of(
                Sentences.of("A1.S12", "Who/WP was/VBD walking/VBG with/IN her/PRP$ son/NN ./."),
                Sentences.of(
                    "A2.S6",
                    "A/DT second/JJ mother/NN was/VBD shot/VBN in/IN the/DT arm/NN while/IN"
                        + " walking/VBG with/IN her/PRP$ son/NN ./.")));
    assertThat(label).startsWith("A second mother was shot");
  }

  @Test
  void aClauseOpeningWithItsVerbLabelsNoFact() {
    String label =
        FactLabels.of(
            List.of(
                Sentences.of("A2.S2", "Opened/VBD fire/NN ,/, killing/VBG two/CD women/NNS"),
                Sentences.of(
                    "A3.S1",
                    "Hiller/NNP opened/VBD fire/NN and/CC killed/VBD two/CD co-workers/NNS"
                        + " at/IN the/DT plant/NN ./.")));
    assertThat(label).startsWith("Hiller opened fire");
  }

  @Test
  void aPhraseWithoutAVerbLabelsNoFact() {
    String label =
        FactLabels.of(
            List.of(
                Sentences.of(
                    "A4.S1", "Etisalat/NNP networks/NNS across/IN parts/NNS of/IN Alexandria/NNP"),
                Sentences.of(
                    "A5.S4",
                    "The/DT cut/NN disrupted/VBD Etisalat/NNP networks/NNS in/IN Alexandria/NNP"
                        + " and/CC Suez/NNP on/IN Tuesday/NNP ./.")));
    assertThat(label).startsWith("The cut disrupted");
  }

  @Test
  void aHeadlineKeptAsBodyLabelsNoFactWhereASentenceDoes() {
    // ECB+ topic 9: "Biologists Call on Obama Administration to Overturn Bush Rules ..." labelled
    // the scientists' letter
    String label =
        FactLabels.of(
            List.of(
                Sentences.of(
                    "A3.S1",
                    "Biologists/NNS Call/VBP on/IN Obama/NNP Administration/NNP to/TO"
                        + " Overturn/VB Bush/NNP Rules/NNS"),
                Sentences.of(
                    "A4.S5",
                    "More/JJR than/IN 1,300/CD scientists/NNS called/VBD on/IN the/DT"
                        + " departments/NNS to/TO overturn/VB the/DT rules/NNS ./.")));
    assertThat(label).startsWith("More than 1,300 scientists");
  }

  @Test
  void aLongLabelIsNotCutToItsDependentClause() {
    StringBuilder tagged =
        new StringBuilder(
            "When/WRB activity/NN on/IN the/DT street/NN seemed/VBD to/TO have/VB settled/VBN ,/,"
                + " Armstead/NNP and/CC her/PRP$ son/NN went/VBD back/RB out/RP");
    for (int i = 0; i < 20; i++) {
      tagged.append(" and/CC waited/VBD");
    }
    String label = FactLabels.compress(Sentences.of("A1.S11", tagged + " ./."));
    assertThat(label).startsWith("When activity").contains("Armstead").endsWith("…");
  }

  @Test
  void aDependentClauseAloneLabelsNoFact() {
    String label =
        FactLabels.of(
            List.of(
                Sentences.of(
                    "A1.S6", "While/IN two/CD of/IN them/PRP managed/VBD to/TO escape/VB ,/,"),
                Sentences.of(
                    "A2.S4",
                    "Two/CD managed/VBD to/TO give/VB the/DT navy/NN a/DT slip/NN ,/, but/CC"
                        + " three/CD boats/NNS were/VBD intercepted/VBN ./.")));
    assertThat(label)
        .isEqualTo("Two managed to give the navy a slip , but three boats were intercepted");
    // with its main clause the same opening reads alone
    assertThat(
            FactLabels.of(
                List.of(
                    Sentences.of(
                        "A1.S2",
                        "While/IN two/CD escaped/VBD ,/, the/DT ship/NN intercepted/VBD"
                            + " three/CD ./."),
                    Sentences.of(
                        "A2.S2",
                        "The/DT navy/NN ship/NN stopped/VBD three/CD of/IN the/DT five/CD"
                            + " pirate/NN boats/NNS on/IN Thursday/NNP ./."))))
        .isEqualTo("While two escaped , the ship intercepted three");
  }

  @Test
  void keepsABracketTheLabelOpensAndDropsALoneOne() {
    assertThat(
            FactLabels.compress(
                Sentences.of(
                    "A1.S6",
                    "Thompson/NNP fell/VBD to/TO 36-3/CD (/-LRB- 24/CD KOs/NNS )/-RRB- ./.")))
        .isEqualTo("Thompson fell to 36-3 ( 24 KOs )");
    assertThat(
            FactLabels.compress(
                Sentences.of("A1.S7", "The/DT talks/NNS ended/VBD on/IN Friday/NNP )/-RRB- ./.")))
        .isEqualTo("The talks ended on Friday");
  }

  @Test
  void aClauseLabelDropsItsThatButAThatDecisionKeepsIt() {
    assertThat(
            FactLabels.compress(
                Sentences.of(
                    "A1.S17",
                    "but/CC that/DT investigators/NNS were/VBD likely/JJ to/TO look/VB first/RB"
                        + " at/IN the/DT anchorages/NNS ./.")))
        .isEqualTo("Investigators were likely to look first at the anchorages");
    assertThat(
            FactLabels.compress(
                Sentences.of("A1.S2", "That/DT decision/NN was/VBD criticized/VBN widely/RB ./.")))
        .isEqualTo("That decision was criticized widely");
  }

  @Test
  void twoFactsDoNotShareALabelWhenAnotherWordingReadsAsWell() {
    var headline = Sentences.of("A1.S1", "Firm/NNP sues/VBZ rival/NN over/IN patents/NNS ./.");
    java.util.Set<String> used = new java.util.HashSet<>();
    String first =
        Aligner.distinctLabel(
            List.of(
                headline,
                Sentences.of(
                    "A2.S1",
                    "The/DT firm/NN sued/VBD its/PRP$ rival/NN over/IN three/CD patents/NNS on/IN Monday/NNP ./.")),
            used);
    String second =
        Aligner.distinctLabel(
            List.of(
                headline,
                Sentences.of(
                    "A2.S2", "The/DT firm/NN seeks/VBZ damages/NNS of/IN $/$ 2/CD billion/CD ./.")),
            used);
    assertThat(first).isEqualTo("Firm sues rival over patents");
    assertThat(second).isEqualTo("The firm seeks damages of $ 2 billion");
    // with no other wording, the label stays as it is
    assertThat(Aligner.distinctLabel(List.of(headline), used)).isEqualTo(first);
  }

  @Test
  void aLabelCutShorterIsTheSameLabel() {
    // AllSides train: one long sentence labelled two facts, once with a closing "…" and once
    // without
    java.util.Set<String> used = new java.util.HashSet<>(List.of("Firm sues rival over patents"));
    String label =
        Aligner.distinctLabel(
            List.of(
                Sentences.of("A1.S1", "Firm/NNP sues/VBZ rival/NN over/IN patents/NNS ./."),
                Sentences.of(
                    "A2.S2", "The/DT firm/NN seeks/VBZ damages/NNS of/IN $/$ 2/CD billion/CD ./.")),
            used);
    assertThat(label).isEqualTo("The firm seeks damages of $ 2 billion");
    java.util.Set<String> cut = new java.util.HashSet<>(List.of("Firm sues rival over patents …"));
    assertThat(
            Aligner.distinctLabel(
                List.of(
                    Sentences.of("A1.S1", "Firm/NNP sues/VBZ rival/NN over/IN patents/NNS ./."),
                    Sentences.of(
                        "A2.S2",
                        "The/DT firm/NN seeks/VBZ damages/NNS of/IN $/$ 2/CD billion/CD ./.")),
                cut))
        .isEqualTo("The firm seeks damages of $ 2 billion");
  }

  @Test
  void prefersAWordingWithItsSubjectToAClauseOpeningWithAParticiple() {
    String label =
        FactLabels.of(
            List.of(
                Sentences.of("A1.S2", "Saying/VBG it/PRP hurt/VBD trade/NN ./."),
                Sentences.of(
                    "A2.S3",
                    "The/DT president/NN revoked/VBD the/DT order/NN on/IN Friday/NNP ./.")));
    assertThat(label).isEqualTo("The president revoked the order on Friday");
  }

  @Test
  void leavesOffAnOpeningLinkWord() {
    assertThat(
            FactLabels.of(
                List.of(
                    Sentences.of("A1.S1", "But/CC the/DT mayor/NN promised/VBD repairs/NNS ./."))))
        .isEqualTo("The mayor promised repairs");
  }

  @Test
  void prefersTheClaimToAQuotationOfIt() {
    String label =
        FactLabels.of(
            List.of(
                Sentences.of(
                    "A1.S1", "``/`` We/PRP will/MD fix/VB it/PRP ''/'' ,/, she/PRP said/VBD"),
                Sentences.of(
                    "A2.S1",
                    "The/DT mayor/NN promised/VBD to/TO fix/VB the/DT bridge/NN soon/RB ./.")));
    assertThat(label).isEqualTo("The mayor promised to fix the bridge soon");
  }

  @Test
  void cutsALongWordingAtItsLastCommaWithinTheLimit() {
    String words = " and/CC more/JJR words/NNS".repeat(6);
    String label =
        FactLabels.of(
            List.of(
                Sentences.of(
                    "A1.S1",
                    "The/DT bridge/NN closed/VBD on/IN Monday/NNP after/IN inspectors/NNS found/VBD deep/JJ cracks/NNS ,/,"
                        + words)));
    assertThat(label).isEqualTo("The bridge closed on Monday after inspectors found deep cracks …");
  }

  @Test
  void prefersAWordingWithoutALoadedWordToAShorterOneWithIt() {
    List<dev.parallax.model.Sentence> units =
        List.of(
            Sentences.of("A1.S1", "The/DT reckless/JJ council/NN shut/VBD the/DT bridge/NN ./."),
            Sentences.of(
                "A2.S1",
                "The/DT council/NN shut/VBD the/DT bridge/NN on/IN Monday/NNP after/IN a/DT survey/NN ./."));
    assertThat(FactLabels.of(units)).isEqualTo("The reckless council shut the bridge");
    assertThat(FactLabels.of(units, s -> s.text().contains("reckless")))
        .isEqualTo("The council shut the bridge on Monday after a survey");
  }
}

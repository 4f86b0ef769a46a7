package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Discrepancy;
import dev.parallax.model.Fact;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeExpression;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscrepanciesTest {
  /** The quantities of a sentence without how they were written (hedge, rounding). */
  private static List<Quantities.Quantity> quantities(Sentence s) {
    return Quantities.of(s).stream().map(Quantities.Quantity::plain).toList();
  }

  private static List<Discrepancy> find(Sentence a, Sentence b) {
    Fact f = new Fact("F1", List.of(a.id(), b.id()), List.of("A1", "A2"), "x", 1);
    return Discrepancies.find(List.of(f), Map.of(a.id(), a, b.id(), b));
  }

  @Test
  void sameNounCountedDifferentlyIsADiscrepancy() {
    List<Discrepancy> got =
        find(
            Sentences.of("A1.S1", "The/DT navy/NN sent/VBD 12/CD warships/NNS"),
            Sentences.of("A2.S4", "The/DT navy/NN sent/VBD 14/CD new/JJ warships/NNS"));
    assertThat(got)
        .containsExactly(
            new Discrepancy(
                "F1",
                List.of(
                    new Discrepancy.Value("A1.S1", "12 warships", "12"),
                    new Discrepancy.Value("A2.S4", "14 new warships", "14"))));
  }

  @Test
  void inAnArticleOfSeveralSentencesOnlyLinkedSentencesAreCompared() {
    Sentence a1 = Sentences.of("A1.S1", "The/DT ship/NN captured/VBD three/CD boats/NNS");
    Sentence a2 = Sentences.of("A1.S2", "The/DT ship/NN escorted/VBD a/DT convoy/NN");
    Sentence b1 =
        Sentences.of("A2.S3", "Officers/NNS detected/VBD five/CD boats/NNS approaching/VBG");
    Fact f = new Fact("F1", List.of("A1.S1", "A1.S2", "A2.S3"), List.of("A1", "A2"), "x", 1);
    Map<String, Sentence> byId = Map.of("A1.S1", a1, "A1.S2", a2, "A2.S3", b1);
    // grouped through A1.S2, never linked to A2.S3: two different counts of boats
    Map<String, Set<String>> linked = Map.of("A1.S2", Set.of("A2.S3"), "A2.S3", Set.of("A1.S2"));
    assertThat(Discrepancies.find(List.of(f), byId, linked)).isEmpty();
    Map<String, Set<String>> direct = Map.of("A1.S1", Set.of("A2.S3"), "A2.S3", Set.of("A1.S1"));
    assertThat(Discrepancies.find(List.of(f), byId, direct)).hasSize(1);
    // one sentence per article: compared whether or not the model linked the two
    Fact single = new Fact("F2", List.of("A1.S1", "A2.S3"), List.of("A1", "A2"), "x", 1);
    assertThat(Discrepancies.find(List.of(single), byId, Map.of())).hasSize(1);
  }

  @Test
  void twoSentencesStatingTheSameNumbersOfDifferentPartsDoNotDisagree() {
    // ECB+ topic 19: "three of the seven bullets" against "seven bullets ..., three of them"
    assertThat(
            find(
                Sentences.of(
                    "A1.S1",
                    "Gray/NNP was/VBD hit/VBN by/IN three/CD of/IN the/DT seven/CD bullets/NNS"),
                Sentences.of(
                    "A2.S1",
                    "seven/CD bullets/NNS entered/VBD his/PRP$ body/NN ,/, three/CD of/IN"
                        + " them/PRP from/IN the/DT rear/NN")))
        .isEmpty();
    // one of them states only its own number: they disagree
    assertThat(
            find(
                Sentences.of("A1.S1", "Gray/NNP was/VBD hit/VBN by/IN three/CD bullets/NNS"),
                Sentences.of("A2.S1", "seven/CD bullets/NNS entered/VBD his/PRP$ body/NN")))
        .hasSize(1);
  }

  @Test
  void numbersOfDifferentNounsAreNotCompared() {
    assertThat(
            find(
                Sentences.of("A1.S1", "The/DT navy/NN sent/VBD 12/CD warships/NNS"),
                Sentences.of("A2.S1", "The/DT navy/NN sent/VBD 40/CD aircraft/NN")))
        .isEmpty();
  }

  @Test
  void aMeasureOfTheNounItModifiesIsAnotherUnit() {
    // the drive's 73 yards and the pass's 7 are not the same quantity
    assertThat(
            find(
                Sentences.of("A1.S1", "The/DT Colts/NNPS went/VBD 73/CD yards/NNS"),
                Sentences.of(
                    "A2.S1", "a/DT 7/CD -/HYPH yard/NN touchdown/NN pass/NN from/IN Luck/NNP")))
        .isEmpty();
    assertThat(
            find(
                Sentences.of("A1.S1", "a/DT 7/CD -/HYPH yard/NN touchdown/NN pass/NN"),
                Sentences.of("A2.S1", "an/DT 8/CD -/HYPH yard/NN touchdown/NN pass/NN")))
        .hasSize(1);
  }

  @Test
  void aCountBeforeACompoundCountsItsHeadOrTheWholeCompound() {
    // "two bank workers" count workers; "a three punch combo" is one combo, and "an 80 yard
    // touchdown pass" measures one: a count above one before a singular noun takes the whole
    // compound
    assertThat(
            quantities(
                Sentences.of(
                    "A1.S1", "two/CD bank/NN workers/NNS and/CC one/CD bank/NN manager/NN")))
        .containsExactly(
            new Quantities.Quantity("two bank workers", "2", "bank worker"),
            new Quantities.Quantity("one bank manager", "1", "manager"));
    assertThat(
            find(
                Sentences.of("A1.S1", "he/PRP landed/VBD one/CD punch/NN"),
                Sentences.of("A2.S1", "a/DT three/CD punch/NN combo/NN downstairs/RB")))
        .isEmpty();
    assertThat(
            find(
                Sentences.of("A1.S1", "a/DT 80/CD yard/NN touchdown/NN pass/NN"),
                Sentences.of("A2.S1", "the/DT Colts/NNPS went/VBD 73/CD yards/NNS")))
        .isEmpty();
  }

  @Test
  void temperaturesBelowZeroAreComparedInTheirDegrees() {
    // ECB+ topic 13: "minus 17 degrees" against "minus-20 degree temperatures" had been lost
    assertThat(
            quantities(
                Sentences.of("A1.S1", "It/PRP was/VBD 5/CD degrees/NNS below/IN zero/CD ./.")))
        .containsExactly(new Quantities.Quantity("5 degrees below zero", "-5", "degree"));
    assertThat(
            find(
                Sentences.of(
                    "A1.S1",
                    "firefighters/NNS fought/VBD in/IN temperatures/NNS of/IN minus/CC 17/CD"
                        + " degrees/NNS"),
                Sentences.of(
                    "A2.S1",
                    "firefighters/NNS battled/VBD in/IN minus/NN -/HYPH 20/CD degree/NN"
                        + " temperatures/NNS")))
        .hasSize(1);
    assertThat(
            find(
                Sentences.of("A1.S1", "minus/CC 20/CD degrees/NNS"),
                Sentences.of("A2.S1", "20/CD degrees/NNS below/IN zero/CD")))
        .isEmpty();
  }

  @Test
  void aMeasureNamesWhatItMeasuresWithItsModifiers() {
    // ECB+ topic 5: a losing streak of three games is no win streak of eleven
    assertThat(
            find(
                Sentences.of("A1.S1", "a/DT three/CD -/HYPH game/NN losing/NN streak/NN"),
                Sentences.of("A2.S1", "an/DT 11/CD -/HYPH game/NN win/NN streak/NN")))
        .isEmpty();
  }

  @Test
  void aSpanOfTimeInARoleCountsThatRolesTime() {
    // ECB+ topic 5: "19 seasons with the 76ers" and "four seasons as director of personnel"
    assertThat(
            find(
                Sentences.of(
                    "A1.S1",
                    "DiLeo/NNP has/VBZ spent/VBN 19/CD seasons/NNS with/IN the/DT" + " 76ers/NNPS"),
                Sentences.of(
                    "A2.S1",
                    "DiLeo/NNP spent/VBD four/CD seasons/NNS as/IN the/DT"
                        + " team/NN 's/POS director/NN of/IN personnel/NN")))
        .isEmpty();
    assertThat(
            find(
                Sentences.of(
                    "A1.S1",
                    "he/PRP spent/VBD seven/CD seasons/NNS as/IN an/DT" + " assistant/JJ coach/NN"),
                Sentences.of(
                    "A2.S1",
                    "he/PRP spent/VBD six/CD seasons/NNS as/IN assistant/JJ" + " coach/NN")))
        .hasSize(1);
  }

  @Test
  void aPartOfASetAnAdjectiveNamesIsComparedWithPartsOfIt() {
    // the bundled example: crews took 11 of the injured to hospital, paramedics rushed 12
    List<Discrepancy> got =
        find(
            Sentences.of(
                "A1.S5", "crews/NNS took/VBD 11/CD of/IN the/DT injured/JJ to/TO" + " hospital/NN"),
            Sentences.of(
                "A3.S2",
                "paramedics/NNS rushed/VBD 12/CD of/IN the/DT injured/JJ to/TO" + " hospital/NN"));
    assertThat(got)
        .containsExactly(
            new Discrepancy(
                "F1",
                List.of(
                    new Discrepancy.Value("A1.S5", "11 of the injured", "11"),
                    new Discrepancy.Value("A3.S2", "12 of the injured", "12"))));
    // the set's own count is another quantity
    assertThat(
            find(
                Sentences.of(
                    "A1.S5",
                    "crews/NNS took/VBD 11/CD of/IN the/DT injured/JJ to/TO" + " hospital/NN"),
                Sentences.of("A2.S1", "the/DT collapse/NN injured/VBD 14/CD people/NNS")))
        .isEmpty();
  }

  @Test
  void aWindowNamedInAPartitiveIsItsOwnUnit() {
    // ECB+ topic 5: "eight of their last 10 games" against "18 of its next 23 games" and "all but
    // eight games last season"
    assertThat(
            quantities(
                Sentences.of(
                    "A1.S1", "losing/VBG eight/CD of/IN their/PRP$ last/JJ 10/CD" + " games/NNS")))
        .containsExactly(
            new Quantities.Quantity("eight", "8", "game last"),
            new Quantities.Quantity("10 games", "10", "game last" + Quantities.WHOLE));
    assertThat(
            find(
                Sentences.of(
                    "A1.S1", "losing/VBG eight/CD of/IN their/PRP$ last/JJ 10/CD" + " games/NNS"),
                Sentences.of("A2.S1", "won/VBD 18/CD of/IN its/PRP$ next/JJ 23/CD games/NNS")))
        .isEmpty();
  }

  @Test
  void aPartIsComparedWithThePartAndTheWholeWithTheWhole() {
    assertThat(
            quantities(
                Sentences.of("A1.S1", "The/DT party/NN won/VBD 157/CD of/IN 338/CD seats/NNS")))
        .containsExactly(
            new Quantities.Quantity("157", "157", "seat"),
            new Quantities.Quantity("338 seats", "338", "seat" + Quantities.WHOLE));
    List<Discrepancy> got =
        find(
            Sentences.of("A1.S1", "The/DT party/NN won/VBD 157/CD of/IN 338/CD seats/NNS"),
            Sentences.of("A2.S1", "The/DT party/NN took/VBD 156/CD seats/NNS of/IN the/DT 338/CD"));
    assertThat(got)
        .containsExactly(
            new Discrepancy(
                "F1",
                List.of(
                    new Discrepancy.Value("A1.S1", "157", "157"),
                    new Discrepancy.Value("A2.S1", "156 seats", "156"))));
  }

  @Test
  void aSizeWrittenNByMCountsNothing() {
    assertThat(
            quantities(
                Sentences.of(
                    "A1.S1",
                    "They/PRP drove/VBD a/DT four/CD -/HYPH by/IN -/HYPH four/CD car/NN and/CC"
                        + " 2/CD vans/NNS")))
        .containsExactly(new Quantities.Quantity("2 vans", "2", "van"));
  }

  @Test
  void peopleCountedForDifferentThingsAreNotOneQuantity() {
    // the dead of an attack and the signers of a letter: both "people"
    assertThat(
            find(
                Sentences.of(
                    "A1.S2",
                    "the/DT attack/NN that/WDT left/VBD/=leave 11/CD people/NNS dead/JJ ,/, have/VBP/=have"
                        + " published/VBN/=publish a/DT letter/NN"),
                Sentences.of(
                    "A3.S3",
                    "More/JJR than/IN 35,000/CD people/NNS have/VBP/=have signed/VBN/=sign an/DT open/JJ"
                        + " letter/NN")))
        .isEmpty();
    // nor are the dead and a crowd, but two crowds are
    assertThat(
            find(
                Sentences.of("A1.S1", "a/DT crowd/NN of/IN 200/CD people/NNS gathered/VBD/=gather"),
                Sentences.of("A2.S1", "the/DT attack/NN killed/VBD/=kill 300/CD people/NNS")))
        .isEmpty();
    assertThat(
            find(
                Sentences.of(
                    "A1.S1", "a/DT crowd/NN of/IN 200/CD people/NNS ,/, police/NNS said/VBD/=say"),
                Sentences.of("A2.S1", "a/DT crowd/NN of/IN 300/CD people/NNS")))
        .hasSize(1);
  }

  @Test
  void theDeadCountedInOtherWordsAreOneQuantity() {
    List<Discrepancy> got =
        find(
            Sentences.of("A1.S1", "the/DT blast/NN killed/VBD/=kill 11/CD people/NNS"),
            Sentences.of("A2.S1", "12/CD people/NNS died/VBD/=die in/IN the/DT blast/NN"));
    assertThat(got)
        .containsExactly(
            new Discrepancy(
                "F1",
                List.of(
                    new Discrepancy.Value("A1.S1", "11 people", "11"),
                    new Discrepancy.Value("A2.S1", "12 people", "12"))));
    assertThat(
            find(
                Sentences.of("A1.S1", "11/CD people/NNS were/VBD/=be injured/VBN/=injure"),
                Sentences.of("A2.S1", "12/CD people/NNS were/VBD/=be killed/VBN/=kill")))
        .isEmpty();
  }

  @Test
  void hedgedNumbersAgreeWithWhatTheirHedgesAllow() {
    assertThat(
            find(
                Sentences.of(
                    "A1.S1", "More/JJR than/IN 15/CD million/CD doses/NNS were/VBD wasted/VBN"),
                Sentences.of(
                    "A2.S1", "at/IN least/JJS 15.1/CD million/CD doses/NNS were/VBD wasted/VBN")))
        .isEmpty();
    assertThat(
            find(
                Sentences.of("A1.S1", "he/PRP committed/VBD almost/RB $/$ 139/CD million/CD"),
                Sentences.of("A2.S1", "he/PRP committed/VBD $/$ 138/CD million/CD")))
        .isEmpty();
    assertThat(
            find(
                Sentences.of(
                    "A1.S1", "the/DT compound/NN was/VBD hit/VBN by/IN three/CD rockets/NNS"),
                Sentences.of(
                    "A2.S1", "it/PRP was/VBD struck/VBN by/IN at/IN least/JJS one/CD rocket/NN")))
        .isEmpty();
    // a hedge reaches a tenth: "about 2,000" and 2,500 still disagree
    assertThat(
            find(
                Sentences.of("A1.S1", "about/RB 2,000/CD homes/NNS lost/VBD power/NN"),
                Sentences.of("A2.S1", "2,500/CD homes/NNS lost/VBD power/NN")))
        .hasSize(1);
    assertThat(
            find(
                Sentences.of("A1.S1", "no/DT more/JJR than/IN 20/CD homes/NNS lost/VBD power/NN"),
                Sentences.of("A2.S1", "more/JJR than/IN 25/CD homes/NNS lost/VBD power/NN")))
        .hasSize(1);
  }

  @Test
  void aRoundedNumberAgreesWithTheValuesItRounds() {
    assertThat(
            find(
                Sentences.of("A1.S1", "claims/NNS totaled/VBD 2.1/CD million/CD dollars/NNS"),
                Sentences.of("A2.S1", "claims/NNS totaled/VBD 2.123/CD million/CD dollars/NNS")))
        .isEmpty();
    // a round figure of one digit says nothing of its rounding
    assertThat(
            find(
                Sentences.of("A1.S1", "a/DT $/$ 1/CD trillion/CD plan/NN"),
                Sentences.of("A2.S1", "a/DT $/$ 1.2/CD trillion/CD plan/NN")))
        .hasSize(1);
    assertThat(Quantities.writtenStep("2.1")).isEqualTo(0.1);
    assertThat(Quantities.writtenStep("138")).isEqualTo(1);
    assertThat(Quantities.writtenStep("2,500")).isEqualTo(100);
    assertThat(Quantities.writtenStep("30")).isZero();
    assertThat(Quantities.writtenStep("0.5")).isZero();
  }

  @Test
  void anIncrementIsNotATotal() {
    assertThat(
            find(
                Sentences.of("A1.S1", "more/JJR than/IN 35/CD inches/NNS of/IN rain/NN fell/VBD"),
                Sentences.of("A2.S1", "15/CD more/JJR inches/NNS of/IN rain/NN fell/VBD")))
        .isEmpty();
  }

  @Test
  void aRateIsNotATotalAndAnAddressCountsNothing() {
    assertThat(
            find(
                Sentences.of("A1.S1", "He/PRP signed/VBD for/IN $/$ 161/CD million/CD"),
                Sentences.of(
                    "A2.S1", "He/PRP will/MD earn/VB $/$ 25/CD million/CD a/DT season/NN")))
        .isEmpty();
    assertThat(
            find(
                Sentences.of("A1.S1", "He/PRP drove/VBD 30/CD miles/NNS"),
                Sentences.of("A2.S1", "He/PRP drove/VBD 120/CD miles/NNS per/IN hour/NN")))
        .isEmpty();
    assertThat(
            find(
                Sentences.of("A1.S1", "in/IN the/DT 22000/CD block/NN of/IN Joliet/NNP Avenue/NNP"),
                Sentences.of(
                    "A2.S1", "in/IN the/DT 12200/CD block/NN of/IN Joliet/NNP Avenue/NNP")))
        .isEmpty();
    // "a month after": when, not how often
    assertThat(
            find(
                Sentences.of("A1.S1", "it/PRP was/VBD 88/CD %/NN a/DT month/NN after/IN"),
                Sentences.of("A2.S1", "it/PRP was/VBD 90/CD %/NN effective/JJ")))
        .hasSize(1);
  }

  @Test
  void anAmountRestatedInBracketsIsNotCompared() {
    // two conversions of one amount at different rates, and the restated dollars of a share
    assertThat(
            find(
                Sentences.of(
                    "A1.S1",
                    "a/DT euro110/CD billion/CD (/-LRB- $/$ 141/CD billion/CD )/-RRB- loan/NN"),
                Sentences.of(
                    "A2.S1",
                    "a/DT 110/CD billion/CD euros/NNS (/-LRB- $/$ 158/CD billion/CD )/-RRB-"
                        + " bailout/NN")))
        .isEmpty();
  }

  @Test
  void aCountOfOtherOnesIsAnotherSet() {
    assertThat(
            find(
                Sentences.of(
                    "A1.S1",
                    "five/CD other/JJ workers/NNS were/VBD rescued/VBN from/IN the/DT bank/NN"),
                Sentences.of(
                    "A2.S1", "three/CD workers/NNS were/VBD killed/VBN at/IN the/DT bank/NN")))
        .isEmpty();
  }

  @Test
  void aWholeAfterAPossessiveNameIsStillTheWhole() {
    // "10 of the Saints' 16 games": 10 games, out of 16
    List<Discrepancy> got =
        find(
            Sentences.of(
                "A1.S1", "missing/VBG 10/CD of/IN the/DT Saints/NNPS '/POS 16/CD games/NNS"),
            Sentences.of("A2.S1", "he/PRP missed/VBD nine/CD games/NNS"));
    assertThat(got).hasSize(1);
    assertThat(got.get(0).values()).extracting(Discrepancy.Value::value).containsExactly("10", "9");
  }

  @Test
  void numbersWrittenInWordsAreRead() {
    assertThat(
            find(
                Sentences.of(
                    "A1.S1", "At/IN least/JJS 49/CD people/NNS were/VBD/=be killed/VBN/=kill"),
                Sentences.of(
                    "A2.S1",
                    "Forty/CD -/HYPH nine/CD people/NNS have/VBP/=have been/VBN/=be killed/VBN/=kill")))
        .isEmpty();
    assertThat(Quantities.parse("forty-nine")).isEqualTo(49);
    assertThat(Quantities.parse("Seventeen")).isEqualTo(17);
  }

  @Test
  void aNamesNumberATallyAndARangeCountNothing() {
    assertThat(
            quantities(
                Sentences.of(
                    "A1.S1",
                    "the/DT H.R./NNP 8/CD bill/NN passed/VBD in/IN a/DT 219/CD to/TO 212/CD"
                        + " vote/NN with/IN 10/CD -/HYPH 12/CD amendments/NNS")))
        .isEmpty();
  }

  @Test
  void aScaleLetterWrittenOntoANumberMultipliesIt() {
    String text = "a $2.25T plan";
    List<dev.parallax.model.Token> tokens =
        List.of(
            new dev.parallax.model.Token("a", "a", "DT", "O", 0, 1),
            new dev.parallax.model.Token("$", "$", "$", "O", 2, 3),
            new dev.parallax.model.Token("2.25", "2.25", "CD", "O", 3, 7),
            new dev.parallax.model.Token("T", "t", "NN", "O", 7, 8),
            new dev.parallax.model.Token("plan", "plan", "NN", "O", 9, 13));
    Sentence s =
        new Sentence(
            "A1.S1",
            dev.parallax.model.BlockKind.BODY,
            text,
            0,
            text.length(),
            tokens,
            List.of(),
            List.of());
    assertThat(quantities(s))
        .containsExactly(new Quantities.Quantity("$2.25T", "2250000000000", "currency:$"));
  }

  @Test
  void sameValueWrittenDifferentlyAgrees() {
    assertThat(
            find(
                Sentences.of("A1.S1", "more/JJR than/IN 6,900/CD people/NNS died/VBD"),
                Sentences.of("A2.S1", "6900/CD people/NNS died/VBD")))
        .isEmpty();
  }

  @Test
  void aSpacedClockTimeCountsNothing() {
    // ECB+ 18_*ecbplus: "around 10 a. m." and "10: 30 a. m." disagreed as counts of "a."
    assertThat(quantities(Sentences.of("A1.S1", "around/IN 10/CD a./NN m./NN Monday/NNP")))
        .isEmpty();
  }

  @Test
  void scaleWordsMultiply() {
    assertThat(quantities(Sentences.of("A1.S1", "1.5/CD million/CD dollars/NNS")))
        .containsExactly(new Quantities.Quantity("1.5 million dollars", "1500000", "dollar"));
  }

  private static Sentence dated(String id, String text, String when, String value) {
    int at = text.indexOf(when);
    return new Sentence(
        id,
        dev.parallax.model.BlockKind.BODY,
        text,
        0,
        text.length(),
        List.of(),
        List.of(),
        List.of(new TimeExpression(when, "DATE", value, at, at + when.length())));
  }

  @Test
  void aDayWhoseYearIsNotWrittenAgreesWithTheSameDayOfAWrittenYear() {
    // "June 20" took its year from a publication date the user gave every article
    Sentence a = dated("A1.S1", "The man was shot on June 20.", "June 20", "2006-06-20");
    Sentence b =
        dated("A2.S1", "The man was shot on June 20, 2005.", "June 20, 2005", "2005-06-20");
    Sentence c =
        dated("A2.S1", "The man was shot on June 21, 2005.", "June 21, 2005", "2005-06-21");
    Sentence d =
        dated("A2.S1", "The man was shot on June 20, 2004.", "June 20, 2004", "2004-06-20");
    Sentence e =
        dated("A1.S1", "The man was shot on June 20, 2006.", "June 20, 2006", "2006-06-20");
    assertThat(find(a, b)).isEmpty();
    assertThat(find(a, c)).hasSize(1);
    assertThat(find(e, d)).hasSize(1); // both years written: they disagree
  }

  @Test
  void twoDaysAreComparedOnlyBetweenLinkedSentences() {
    // each article's one sentence of the fact dates another event of it: the cuts announced on
    // Sunday, the vow made on Wednesday
    Sentence a =
        dated(
            "A1.S1",
            "The prime minister, who announced the cuts on Sunday, spoke in parliament.",
            "Sunday",
            "2010-05-02");
    Sentence b =
        dated(
            "A2.S1",
            "The prime minister vowed on Wednesday to find them.",
            "Wednesday",
            "2010-05-05");
    Fact f = new Fact("F1", List.of(a.id(), b.id()), List.of("A1", "A2"), "x", 1);
    Map<String, Sentence> byId = Map.of(a.id(), a, b.id(), b);
    assertThat(Discrepancies.find(List.of(f), byId, Map.of())).isEmpty();
    Map<String, Set<String>> linked = Map.of(a.id(), Set.of(b.id()), b.id(), Set.of(a.id()));
    assertThat(Discrepancies.find(List.of(f), byId, linked)).hasSize(1);
  }

  /** A tagged sentence whose day ({@code day}, one token) is a DATE of {@code value}. */
  private static Sentence taggedDay(String id, String tagged, String day, String value) {
    Sentence s = Sentences.of(id, tagged);
    int at = s.text().indexOf(day);
    return s.withTimes(List.of(new TimeExpression(day, "DATE", value, at, at + day.length())));
  }

  @Test
  void twoDaysOfDifferentVerbsDateTwoEvents() {
    // ECB+ topic 18: the charge on Saturday, the shooting on Friday, in one fact
    Sentence charged =
        taggedDay(
            "A1.S1",
            "A/DT man/NN was/VBD/=be charged/VBN/=charge Saturday/NNP after/IN opening/VBG/=open"
                + " fire/NN",
            "Saturday",
            "2008-12-20");
    Sentence gunned =
        taggedDay(
            "A2.S1",
            "The/DT victim/NN was/VBD/=be gunned/VBN/=gun down/RP Friday/NNP",
            "Friday",
            "2008-12-19");
    Sentence shotFriday =
        taggedDay(
            "A2.S1",
            "The/DT man/NN was/VBD/=be shot/VBN/=shoot Friday/NNP",
            "Friday",
            "2008-12-19");
    Sentence shotThursday =
        taggedDay(
            "A1.S1",
            "The/DT man/NN was/VBD/=be shot/VBN/=shoot Thursday/NNP",
            "Thursday",
            "2008-12-18");
    assertThat(find(charged, gunned)).isEmpty();
    // ECB+ topic 9: "today" and "today" in articles published a day apart say the same
    Sentence today1 = dated("A1.S1", "The bill passed today.", "today", "2009-03-03");
    Sentence today2 = dated("A2.S1", "The bill passed today.", "today", "2009-03-04");
    assertThat(find(today1, today2)).isEmpty();
    assertThat(find(shotThursday, shotFriday)).hasSize(1);
  }
}

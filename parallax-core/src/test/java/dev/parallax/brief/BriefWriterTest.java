package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleMeta;
import dev.parallax.model.BlockKind;
import dev.parallax.model.BriefSentence;
import dev.parallax.model.Fact;
import dev.parallax.model.Sentence;
import dev.parallax.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BriefWriterTest {
  private static final Set<String> VERBS =
      Set.of(
          "hit",
          "stopped",
          "watched",
          "rebuild",
          "be",
          "forgotten",
          "start",
          "said",
          "called",
          "reports",
          "announced",
          "led",
          "retracted");

  private static Sentence sentence(String id, String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      int start = text.indexOf(w, at);
      String bare = w.replaceAll("[^\\p{L}\\p{N}-]", "");
      String pos = VERBS.contains(bare.toLowerCase()) ? "VBD" : "NN";
      String lemma =
          bare.equalsIgnoreCase("said")
              ? "say"
              : bare.equalsIgnoreCase("announced") ? "announce" : bare.toLowerCase();
      tokens.add(new Token(bare, lemma, pos, "O", start, start + w.length()));
      at = start + w.length();
    }
    return new Sentence(id, BlockKind.BODY, text, 0, text.length(), tokens, List.of(), List.of());
  }

  private static Article article(String id, String outlet, Sentence... s) {
    return new Article(
        id,
        ArticleMeta.of(id + ".txt").withOutlet(Optional.ofNullable(outlet)),
        "",
        List.of(s),
        List.of());
  }

  private final BriefWriter writer = BriefWriter.withLoadedWords(Set.of("brutal", "massive"));

  private final List<Article> articles =
      List.of(
          article(
              "A1",
              "Daily",
              sentence("A1.S1", "A brutal storm hit the coast on Monday."),
              sentence("A1.S2", "Ferries stopped for two days across the bay.")),
          article(
              "A2",
              null,
              sentence("A2.S1", "A storm hit the coast on Monday."),
              sentence("A2.S2", "A massive crowd watched the waves.")));

  private final List<Fact> facts =
      List.of(
          new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9),
          new Fact("F2", List.of("A1.S2"), List.of("A1"), "ferries", 0.8),
          new Fact("F3", List.of("A2.S2"), List.of("A2"), "crowd", 0.8));

  @Test
  void picksTheLeastLoadedWordingAndCitesEveryVersion() {
    List<BriefSentence> brief = writer.write(articles, facts, 0);
    assertThat(brief.get(0))
        .isEqualTo(
            new BriefSentence("A storm hit the coast on Monday.", List.of("A1.S1", "A2.S1"), 2));
  }

  /** A1's second sentence long enough that the brief says half its budget without loaded words. */
  private static final String FERRIES_AT_LENGTH =
      "Ferries stopped for two days across the bay while crews cleared the harbour of debris and"
          + " repaired the damaged piers near the town on the eastern side of the island.";

  private final List<Article> longer =
      List.of(
          article(
              "A1",
              "Daily",
              sentence("A1.S1", "A brutal storm hit the coast on Monday."),
              sentence("A1.S2", FERRIES_AT_LENGTH)),
          articles.get(1));

  @Test
  void labelsSingleSourceClaimsAndLeavesOutLoadedOnes() {
    List<BriefSentence> brief = writer.write(longer, facts, 0);
    assertThat(brief)
        .extracting(BriefSentence::text)
        .containsExactly(
            "A storm hit the coast on Monday.", "Only Daily reports: " + FERRIES_AT_LENGTH);
  }

  @Test
  void takesALoadedWordingOfAFactNoArticleTellsWithoutOneWhenTheBriefWouldSayTooLittle() {
    // the storm and the ferries come to 14 words, under half the budget: the crowd, told only in
    // A2's loaded words, is said too; with the ferries at length it is not
    assertThat(writer.write(articles, facts, 0))
        .extracting(BriefSentence::text)
        .containsExactly(
            "A storm hit the coast on Monday.",
            "Only Daily reports: Ferries stopped for two days across the bay.",
            "Only one article reports: A massive crowd watched the waves.");
    assertThat(writer.write(longer, facts, 0))
        .extracting(BriefSentence::text)
        .noneMatch(t -> t.contains("massive"));
    // a neutral wording, even one the brief cannot use (cut off before its end), keeps it out
    List<Article> cutOff =
        List.of(
            articles.get(0),
            article("A2", null, sentence("A2.S1", "A storm hit the coast on Monday and the")));
    List<Fact> storm =
        List.of(new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9));
    assertThat(writer.write(cutOff, storm, 0)).isEmpty();
  }

  @Test
  void aSentenceThatCutsAQuotationRunningOverSentencesIsNoBriefSentence() {
    String text =
        "Smith told the paper on Thursday, “I think she was a remarkable lady. She was a dear"
            + " person,” he said. “It was a fine day,” Jones said.";
    boolean[] quoted = dev.parallax.internal.QuoteSpans.mask(text);
    int second = text.indexOf("She was");
    int third = text.indexOf("“It was");
    Sentence opens = spanning("A1.S1", text, 0, second - 1);
    Sentence closes = spanning("A1.S2", text, second, third - 1);
    Sentence whole = spanning("A1.S3", text, third, text.length());
    assertThat(BriefWriter.splitsQuote(opens, quoted)).isTrue();
    assertThat(BriefWriter.splitsQuote(closes, quoted)).isTrue();
    assertThat(BriefWriter.splitsQuote(whole, quoted)).isFalse();
  }

  private static Sentence spanning(String id, String text, int start, int end) {
    return new Sentence(
        id,
        BlockKind.BODY,
        text.substring(start, end),
        start,
        end,
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void lengthIsCappedBySharedFactsFirst() {
    assertThat(writer.write(articles, facts, 1))
        .extracting(BriefSentence::cites)
        .containsExactly(List.of("A1.S1", "A2.S1"));
  }

  @Test
  void loadedWordsInsideQuotationMarksDoNotCount() {
    LoadedWords w = LoadedWords.of(Set.of("brutal"));
    assertThat(w.inOwnVoice(sentence("A1.S1", "He called it \"a brutal storm\" on Monday")))
        .isEmpty();
    assertThat(w.inOwnVoice(sentence("A1.S1", "A brutal storm, he said")))
        .containsExactly("brutal");
  }

  /** An article whose first paragraph is its title, with these sentences of its text in order. */
  private static Article titled(String id, String outlet, String text, String... sentences) {
    List<Sentence> ss = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      ss.add(at(id + ".S" + (i + 1), sentences[i], text));
    }
    return new Article(
        id,
        ArticleMeta.of(id + ".txt")
            .withTitle(Optional.of(text.substring(0, text.indexOf("\n\n"))))
            .withOutlet(Optional.of(outlet)),
        text,
        ss,
        List.of());
  }

  private static Sentence at(String id, String text, String whole) {
    int start = whole.indexOf(text);
    Sentence s = sentence(id, text);
    List<Token> shifted = new ArrayList<>();
    for (Token t : s.tokens()) {
      shifted.add(
          new Token(t.word(), t.lemma(), t.pos(), t.ner(), t.start() + start, t.end() + start));
    }
    return new Sentence(
        id, BlockKind.BODY, text, start, start + text.length(), shifted, List.of(), List.of());
  }

  @Test
  void neverStatesTheMiddleOfAQuotationAsFact() {
    String t1 =
        "\u201cWe will rebuild. Nobody in this town will ever be forgotten. We start today,\u201d he said.";
    String t2 =
        "\u201cWe will rebuild. Nobody in this town will ever be forgotten. We start now.\u201d";
    Article a1 =
        new Article(
            "A1",
            ArticleMeta.of("a.txt").withTitle(Optional.of("Mayor vows to rebuild the town")),
            t1,
            List.of(
                at("A1.S1", "\u201cWe will rebuild.", t1),
                at("A1.S2", "Nobody in this town will ever be forgotten.", t1),
                at("A1.S3", "We start today,\u201d he said.", t1)),
            List.of());
    Article a2 =
        new Article(
            "A2",
            ArticleMeta.of("b.txt").withTitle(Optional.of("Mayor vows to rebuild the town")),
            t2,
            List.of(
                at("A2.S1", "\u201cWe will rebuild.", t2),
                at("A2.S2", "Nobody in this town will ever be forgotten.", t2),
                at("A2.S3", "We start now.\u201d", t2)),
            List.of());
    List<Fact> quoted =
        List.of(new Fact("F1", List.of("A1.S2", "A2.S2"), List.of("A1", "A2"), "forgotten", 0.9));
    assertThat(writer.write(List.of(a1, a2), quoted, 0)).isEmpty();
  }

  @Test
  void statesASentenceWithAQuotedPhraseButNotOneWithAnUnattributedQuotation() {
    List<Article> named =
        List.of(
            article(
                "A1",
                "Daily",
                sentence("A1.S1", "The storm hit the \u201cLantern Quay\u201d bridge on Monday."),
                sentence(
                    "A1.S2",
                    "Residents called it \u201ca storm we will never forget\u201d today.")),
            article(
                "A2",
                "Courier",
                sentence("A2.S1", "A storm hit the \u201cLantern Quay\u201d bridge on Monday."),
                sentence(
                    "A2.S2",
                    "Residents called it \u201ca storm we will never forget\u201d again.")));
    List<Fact> shared =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "bridge", 0.9),
            new Fact("F2", List.of("A1.S2", "A2.S2"), List.of("A1", "A2"), "forget", 0.9));
    assertThat(writer.write(named, shared, 0))
        .extracting(BriefSentence::cites)
        .containsExactly(List.of("A1.S1", "A2.S1"));
  }

  @Test
  void doesNotSayOneArticleAloneReportsWhatAnotherHeadlineStates() {
    String t1 =
        "Storm hits the coast\n\nA storm hit the coast on Monday. Ferries stopped for two days across the bay.";
    String t2 = "Ferries stopped across the bay\n\nA storm hit the coast on Monday.";
    Article a1 =
        titled(
            "A1",
            "Daily",
            t1,
            "Storm hits the coast",
            "A storm hit the coast on Monday.",
            "Ferries stopped for two days across the bay.");
    Article a2 =
        titled(
            "A2",
            "Courier",
            t2,
            "Ferries stopped across the bay",
            "A storm hit the coast on Monday.");
    List<Fact> shared =
        List.of(
            new Fact("F1", List.of("A1.S2", "A2.S2"), List.of("A1", "A2"), "storm", 0.9),
            new Fact("F2", List.of("A1.S3", "A2.S1"), List.of("A1", "A2"), "ferries", 0.9));
    List<BriefSentence> brief = writer.write(List.of(a1, a2), shared, 0);
    assertThat(brief)
        .containsExactly(
            new BriefSentence("A storm hit the coast on Monday.", List.of("A1.S2", "A2.S2"), 2),
            new BriefSentence(
                "Ferries stopped for two days across the bay.", List.of("A1.S3", "A2.S1"), 2));
  }

  @Test
  void aLeadRetellingAHeadlineOthersShareIsNotOneOutletsAlone() {
    String t1 =
        "Storm hits the coast on Monday\n\nThe storm hit the coast on Monday and stopped ferries.";
    String t2 = "Storm hits coast\n\nA storm that forecasters watched hit the coast at dawn.";
    Article a1 =
        titled(
            "A1",
            "Daily",
            t1,
            "Storm hits the coast on Monday",
            "The storm hit the coast on Monday and stopped ferries.");
    Article a2 =
        titled(
            "A2",
            "Courier",
            t2,
            "Storm hits coast",
            "A storm that forecasters watched hit the coast at dawn.");
    // the headlines share a fact; the leads, told in other words, were not linked
    List<Fact> facts =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.7),
            new Fact("F2", List.of("A1.S2"), List.of("A1"), "storm and ferries", 0.8),
            new Fact("F3", List.of("A2.S2"), List.of("A2"), "storm at dawn", 0.8));
    List<BriefSentence> brief = writer.write(List.of(a1, a2), facts, 0);
    assertThat(brief).extracting(BriefSentence::text).noneMatch(t -> t.startsWith("Only"));
    assertThat(brief)
        .contains(
            new BriefSentence(
                "The storm hit the coast on Monday and stopped ferries.",
                List.of("A1.S2", "A2.S1"),
                2));
    // a lead that does not retell its own headline keeps the label
    String t3 = "Storm hits coast\n\nFerries stopped for two days across the bay.";
    Article a3 =
        titled(
            "A2",
            "Courier",
            t3,
            "Storm hits coast",
            "Ferries stopped for two days across the bay.");
    List<Fact> other =
        List.of(
            facts.get(0),
            facts.get(1),
            new Fact("F3", List.of("A2.S2"), List.of("A2"), "ferries", 0.8));
    assertThat(writer.write(List.of(a1, a3), other, 0))
        .extracting(BriefSentence::text)
        .contains("Only Courier reports: Ferries stopped for two days across the bay.");
  }

  @Test
  void saysASentenceChosenForTwoFactsOnce() {
    List<Fact> twice =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9),
            new Fact("F2", List.of("A2.S1", "A1.S2"), List.of("A1", "A2"), "storm again", 0.5));
    List<BriefSentence> brief = writer.write(articles, twice, 0);
    assertThat(brief).extracting(BriefSentence::text).doesNotHaveDuplicates();
  }

  @Test
  void aFactEveryArticleReportsIsNotSaidTwice() {
    // the aligner split one event across two shared facts (as when an outlet runs two sentences
    // together): the second wording repeats the first in its words and is left out
    List<Article> two =
        List.of(
            article(
                "A1",
                "Daily",
                sentence("A1.S1", "A storm hit the coast on Monday."),
                sentence("A1.S2", "On Monday a storm hit the coast of the bay.")),
            article(
                "A2",
                "Herald",
                sentence("A2.S1", "A storm hit the coast on Monday."),
                sentence("A2.S2", "On Monday a storm hit the coast of the bay.")));
    List<Fact> split =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9),
            new Fact("F2", List.of("A1.S2", "A2.S2"), List.of("A1", "A2"), "storm, bay", 0.9));
    assertThat(writer.write(two, split, 0)).hasSize(1);
  }

  @Test
  void aSentenceThatRepeatsOneAlreadySaidWithMoreIsNotSaid() {
    // ECB+ topic 5: "Maurice Cheeks became the fifth NBA head coach to be fired this season, after
    // ..." followed "Cheeks is the fifth NBA head coach to be fired this season" in the brief
    List<Article> two =
        List.of(
            article(
                "A1",
                "Daily",
                sentence("A1.S1", "Cheeks is the fifth coach to be fired this season."),
                sentence(
                    "A1.S2",
                    "Marcel Cheeks became the fifth coach to be fired this season, after the team"
                        + " told him on Saturday.")),
            article(
                "A2",
                "Herald",
                sentence("A2.S1", "Cheeks is the fifth coach to be fired this season."),
                sentence(
                    "A2.S2",
                    "Marcel Cheeks became the fifth coach to be fired this season, after the team"
                        + " told him on Saturday.")));
    List<Fact> split =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "fifth coach", 0.9),
            new Fact("F2", List.of("A1.S2", "A2.S2"), List.of("A1", "A2"), "Cheeks fired", 0.9));
    assertThat(writer.write(two, split, 0)).hasSize(1);
  }

  @Test
  void doesNotStateTwoOutletsWordingsTheAlignmentFoundSimilarAsEachAlone() {
    List<Article> two =
        List.of(
            article(
                "A1",
                "Daily",
                sentence("A1.S1", "A storm hit the coast on Monday."),
                sentence("A1.S2", "Ferries stopped for two days across the bay.")),
            article(
                "A2",
                "Herald",
                sentence("A2.S1", "A storm hit the coast on Monday."),
                sentence(
                    "A2.S2", "Boats were called back by the harbour master until Wednesday.")));
    List<Fact> facts =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9),
            new Fact("F2", List.of("A1.S2"), List.of("A1"), "ferries", 0.8),
            new Fact("F3", List.of("A2.S2"), List.of("A2"), "boats", 0.8));
    assertThat(writer.write(two, facts, 0)).hasSize(3);
    List<BriefSentence> brief =
        writer.write(
            two, facts, 0, java.util.Map.of("A1.S2", Set.of("A2.S2"), "A2.S2", Set.of("A1.S2")));
    assertThat(brief).hasSize(2);
    assertThat(brief.get(0).text()).isEqualTo("A storm hit the coast on Monday.");
    assertThat(brief.get(1).text()).startsWith("Only ").contains(" reports: ");
  }

  private static Sentence kind(Sentence s, BlockKind k) {
    return new Sentence(
        s.id(), k, s.text(), s.start(), s.end(), s.tokens(), s.mentions(), s.times());
  }

  @Test
  void leavesOutHeadlinesFragmentsCutOffSentencesLinkTextAndQuestions() {
    Article a1 =
        article(
            "A1",
            "Daily",
            kind(sentence("A1.S1", "Storm hit the coast and ferries stopped."), BlockKind.HEADING),
            sentence("A1.S2", "between the coast and the bay hit by waves on Monday."),
            sentence("A1.S3", "The storm Opens a New Window. hit the bay on Monday."),
            sentence("A1.S4", "Ferries stopped."),
            sentence("A1.S5", "The storm hit the bay on Monday and the ferries stopped as"),
            sentence("A1.S6", "Will the ferries run again before the storm season ends?"));
    List<Fact> singles =
        List.of(
            new Fact("F1", List.of("A1.S1"), List.of("A1"), "headline", 0.9),
            new Fact("F2", List.of("A1.S2"), List.of("A1"), "fragment", 0.9),
            new Fact("F3", List.of("A1.S3"), List.of("A1"), "link", 0.9),
            new Fact("F4", List.of("A1.S4"), List.of("A1"), "short", 0.9),
            new Fact("F5", List.of("A1.S5"), List.of("A1"), "cut off", 0.9),
            new Fact("F6", List.of("A1.S6"), List.of("A1"), "question", 0.9));
    assertThat(writer.write(List.of(a1, articles.get(1)), singles, 0)).isEmpty();
    // a question in quotation marks, in a sentence that states something, may be stated
    Article asked =
        article(
            "A1",
            "Daily",
            sentence(
                "A1.S1", "Residents said \u201cwhy now?\u201d after the storm hit on Monday."));
    assertThat(
            writer.write(
                List.of(asked, articles.get(1)),
                List.of(new Fact("F1", List.of("A1.S1"), List.of("A1"), "asked", 0.9)),
                0))
        .hasSize(1);
  }

  @Test
  void takesAShortUntitledFirstParagraphForAHeadlineUnlessTheTextHasNone() {
    String text =
        "A storm hit the coast on Monday.\n\nFerries stopped for two days across the bay.";
    Sentence first = sentence("A1.S1", "A storm hit the coast on Monday.");
    Sentence second = at(sentence("A1.S2", "Ferries stopped for two days across the bay."), 34);
    ArticleMeta meta = ArticleMeta.of("a.txt");
    Article guessed = new Article("A1", meta, text, List.of(first, second), List.of());
    Article said =
        new Article("A1", meta.withNoHeadline(true), text, List.of(first, second), List.of());
    assertThat(BriefWriter.headlineLike(List.of(guessed))).containsExactly("A1.S1");
    assertThat(BriefWriter.headlineLike(List.of(said))).isEmpty();
  }

  private static Sentence at(Sentence s, int start) {
    return new Sentence(
        s.id(),
        BlockKind.BODY,
        s.text(),
        start,
        start + s.text().length(),
        s.tokens(),
        List.of(),
        List.of());
  }

  private static final String KEPT_TITLE = "Storm hit the coast on Monday in the south.";

  /** An article whose first paragraph is its title, kept as body by the cleaner. */
  private static Article titledArticle() {
    String second = "Ferries stopped for two days across the bay.";
    return new Article(
        "A1",
        ArticleMeta.of("A1.txt")
            .withOutlet(Optional.of("Daily"))
            .withTitle(Optional.of(KEPT_TITLE)),
        KEPT_TITLE + "\n\n" + second,
        List.of(
            sentence("A1.S1", KEPT_TITLE), at(sentence("A1.S2", second), KEPT_TITLE.length() + 2)),
        List.of());
  }

  @Test
  void aFactAnArticlesTitleLineStatesIsCitedButNotStatedFromThatLine() {
    Article a2 =
        article(
            "A2",
            "Ledger",
            sentence("A2.S1", "A storm hit the coast on Monday."),
            sentence("A2.S2", "Crowds watched the waves."));
    List<Fact> shared =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9),
            new Fact("F2", List.of("A1.S2"), List.of("A1"), "ferries", 0.8));
    List<BriefSentence> brief = writer.write(List.of(titledArticle(), a2), shared, 0);
    // the title line says it too, so the brief does not say Ledger alone reports it
    assertThat(brief)
        .contains(
            new BriefSentence("A storm hit the coast on Monday.", List.of("A1.S1", "A2.S1"), 2))
        .extracting(BriefSentence::text)
        .doesNotContain(KEPT_TITLE);
  }

  @Test
  void leavesOutALoadedWordingOfAFactATitleLineStatesWithoutOne() {
    Article a2 =
        article(
            "A2",
            "Ledger",
            sentence("A2.S1", "A brutal storm hit the coast on Monday."),
            sentence("A2.S2", "Crowds watched the waves."));
    List<Fact> shared =
        List.of(new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9));
    BriefWriter lenient = BriefWriter.withLoadedWords(Set.of("brutal"), 10);
    assertThat(lenient.write(List.of(titledArticle(), a2), shared, 0))
        .extracting(BriefSentence::text)
        .noneMatch(t -> t.contains("brutal"));
    // with no title line saying it otherwise, the loaded wording is the only one and under the
    // ceiling
    List<Fact> alone =
        List.of(
            new Fact("F1", List.of("A2.S1"), List.of("A2"), "storm", 0.9),
            new Fact("F2", List.of("A1.S2", "A2.S2"), List.of("A1", "A2"), "ferries", 0.8));
    assertThat(lenient.write(List.of(titledArticle(), a2), alone, 0))
        .extracting(BriefSentence::text)
        .anyMatch(t -> t.contains("brutal"));
  }

  @Test
  void takesAFirstParagraphThatIsTheTitleForTheHeadlineHoweverLong() {
    String head =
        "Storm closes three ports along the southern coast and strands ferries and their passengers"
            + " for two days in the bay.";
    String text = head + "\n\nA storm closed three ports on Sunday, stranding ferries.";
    Sentence first = sentence("A1.S1", head);
    Sentence second =
        at(
            sentence("A1.S2", "A storm closed three ports on Sunday, stranding ferries."),
            head.length() + 2);
    ArticleMeta titled = ArticleMeta.of("a.txt").withTitle(java.util.Optional.of(head));
    Article a = new Article("A1", titled, text, List.of(first, second), List.of());
    assertThat(a.titleParagraphEnd()).isEqualTo(head.length());
    assertThat(BriefWriter.headlineLike(List.of(a))).containsExactly("A1.S1");
    ArticleMeta other = ArticleMeta.of("a.txt").withTitle(java.util.Optional.of("Ports closed"));
    Article b = new Article("A1", other, text, List.of(first, second), List.of());
    assertThat(BriefWriter.headlineLike(List.of(b))).isEmpty();
  }

  @Test
  void namesTheOutletOrTheAddressHostNeverTheIdOrPath() {
    Article noOutlet = articles.get(1);
    Article withUrl =
        new Article(
            "A2",
            ArticleMeta.of("/tmp/b.txt")
                .withUrl(Optional.of("https://www.harbour-times.example/a/1")),
            "",
            noOutlet.sentences(),
            List.of());
    List<Fact> single = List.of(new Fact("F1", List.of("A2.S1"), List.of("A2"), "storm", 0.9));
    assertThat(writer.write(List.of(articles.get(0), noOutlet), single, 0))
        .extracting(BriefSentence::text)
        .containsExactly("Only one article reports: A storm hit the coast on Monday.");
    assertThat(writer.write(List.of(articles.get(0), withUrl), single, 0))
        .extracting(BriefSentence::text)
        .containsExactly("Only harbour-times.example reports: A storm hit the coast on Monday.");
  }

  @Test
  void putsWhatHappenedBeforeReactionsBeforeSingleSourceClaims() {
    Article a1 =
        article(
            "A1",
            "Daily",
            sentence("A1.S1", "The mayor said the storm hit harder than any before."),
            sentence("A1.S2", "A storm hit the coast on Monday night."),
            sentence("A1.S3", "Ferries stopped for two days across the bay."));
    Article a2 =
        article(
            "A2",
            "Herald",
            sentence("A2.S1", "The mayor said the storm hit harder than ever."),
            sentence("A2.S2", "A storm hit the coast on Monday."));
    List<Fact> f =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "mayor", 0.9),
            new Fact("F2", List.of("A1.S2", "A2.S2"), List.of("A1", "A2"), "storm", 0.9),
            new Fact("F3", List.of("A1.S3"), List.of("A1"), "ferries", 0.9));
    assertThat(writer.write(List.of(a1, a2), f, 0))
        .extracting(BriefSentence::text)
        .containsExactly(
            "A storm hit the coast on Monday night.",
            "The mayor said the storm hit harder than ever.",
            "Only Daily reports: Ferries stopped for two days across the bay.");
  }

  @Test
  void anAnnouncementIsWhatHappenedNotAReaction() {
    // ECB+ topic 34: "The President announced his nominee ..." came last, after her career, where
    // each article opens with it
    Article a1 =
        article(
            "A1",
            "Daily",
            sentence("A1.S1", "The President announced his nominee for Surgeon General today."),
            sentence("A1.S2", "She led the state medical society as its first woman president."));
    Article a2 =
        article(
            "A2",
            "Herald",
            sentence("A2.S1", "The President announced his nominee for the post today."),
            sentence("A2.S2", "She led a state medical society as its first woman president."));
    List<Fact> f =
        List.of(
            new Fact("F1", List.of("A1.S2", "A2.S2"), List.of("A1", "A2"), "woman", 0.9),
            new Fact("F2", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "nominee", 0.9));
    assertThat(writer.write(List.of(a1, a2), f, 0))
        .extracting(BriefSentence::text)
        .first()
        .asString()
        .startsWith("The President announced");
  }

  @Test
  void aPapersNameOrAVerbOfSayingInARelativeClauseMakesNoReaction() {
    // AllSides train-2121: "The New York Times, The Washington Post, and NBC News have retracted
    // earlier reporting that incorrectly stated ..." came after a background sentence two outlets
    // gave, as if "Post" (or "stated" in the relative clause) made it a reaction
    for (String[] lead :
        List.of(
            new String[] {
              "The Washington Post retracted its report on the harbour wall.",
              "The Washington Post retracted a report about the harbour wall."
            },
            new String[] {
              "The harbour authority retracted a notice that said the wall stopped.",
              "The harbour authority retracted the notice that said the wall stopped."
            })) {
      Article a1 =
          article(
              "A1",
              "Daily",
              sentence("A1.S1", lead[0]),
              sentence("A1.S2", "A storm hit the coast on Monday before the notice came out."));
      Article a2 =
          article(
              "A2",
              "Herald",
              sentence("A2.S1", lead[1]),
              sentence("A2.S2", "A storm hit the coast on Monday before that notice."));
      List<Fact> f =
          List.of(
              new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "wall", 0.9),
              new Fact("F2", List.of("A1.S2", "A2.S2"), List.of("A1", "A2"), "storm", 0.9));
      assertThat(writer.write(List.of(a1, a2), f, 0))
          .extracting(BriefSentence::text)
          .hasSize(2)
          .first()
          .asString()
          .contains("retracted");
    }
  }

  @Test
  void whatOneArticleAloneReportsKeepsThatArticlesOrder() {
    Article a1 =
        article(
            "A1",
            "Daily",
            sentence("A1.S1", "A storm hit the coast on Monday night."),
            sentence("A1.S2", "The mayor said the harbour wall would be rebuilt."),
            sentence("A1.S3", "It will be rebuilt higher than before the storm."));
    Article a2 = article("A2", "Herald", sentence("A2.S1", "A storm hit the coast on Monday."));
    List<Fact> f =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9),
            new Fact("F2", List.of("A1.S2"), List.of("A1"), "mayor", 0.9),
            new Fact("F3", List.of("A1.S3"), List.of("A1"), "wall", 0.9));
    // a reaction is put after an event, but not before the sentence of its own article it opens
    assertThat(writer.write(List.of(a1, a2), f, 0))
        .extracting(BriefSentence::text)
        .containsExactly(
            "A storm hit the coast on Monday night.",
            "Only Daily reports: The mayor said the harbour wall would be rebuilt.",
            "Only Daily reports: It will be rebuilt higher than before the storm.");
  }

  @Test
  void anAutomaticBriefStopsNearTheWordBudget() {
    List<Sentence> many = new ArrayList<>();
    List<Fact> f = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String w = "w" + i;
      many.add(
          sentence(
              "A1.S" + i,
              "Alpha"
                  + w
                  + " bravo"
                  + w
                  + " charlie"
                  + w
                  + " delta"
                  + w
                  + " echo"
                  + w
                  + " stopped golf"
                  + w
                  + " hotel"
                  + w
                  + " india"
                  + w
                  + "."));
      f.add(new Fact("F" + i, List.of("A1.S" + i), List.of("A1"), "ferries " + i, 0.9));
    }
    Article a1 = article("A1", "Daily", many.toArray(Sentence[]::new));
    List<Article> both = List.of(a1, articles.get(1));
    double budget = BriefWriter.budget(both, Set.of());
    List<BriefSentence> brief = writer.write(both, f, 0);
    int words = brief.stream().mapToInt(b -> b.text().split(" ").length - 3).sum();
    assertThat(brief).hasSizeBetween(2, 11);
    assertThat(words).isBetween((int) budget - 11, (int) (budget * BriefWriter.OVERSHOOT));
  }

  @Test
  void whatTwoOutletsReportComesBeforeWhatOneAloneDoesWithinTheBudget() {
    // the single-source sentence uses the others' words most, but two outlets report the closure;
    // the budget (short articles: its least) holds one of the two
    Article a1 =
        article(
            "A1",
            "Daily",
            sentence(
                "A1.S1",
                "Harbour officials kept the ferry crossings closed for two more days on Tuesday"
                    + " while a team of divers inspected each pier and the old sea wall near the"
                    + " lighthouse."));
    Article a2 =
        article(
            "A2",
            "Courier",
            sentence(
                "A2.S1",
                "Boats will not sail again until Thursday at the earliest, the port authority"
                    + " announced on Tuesday evening after engineers checked the damaged quays"
                    + " along the northern shore of the island."));
    Article a3 =
        article(
            "A3",
            "Post",
            sentence(
                "A3.S1",
                "The storm hit the bay on Monday and harbour officials said the ferry crossings"
                    + " were closed after the storm damaged the quays and the old sea wall."));
    List<Fact> f =
        List.of(
            new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "closure", 0.9),
            new Fact("F2", List.of("A3.S1"), List.of("A3"), "storm", 0.9));
    List<Article> all = List.of(a1, a2, a3);
    assertThat(BriefWriter.budget(all, Set.of()))
        .isEqualTo(BriefWriter.AUTO_WORDS * BriefWriter.MIN_SCALE);
    assertThat(writer.write(all, f, 0))
        .extracting(BriefSentence::cites)
        .containsExactly(List.of("A1.S1", "A2.S1"));
  }

  @Test
  void whatOneOutletAloneReportsIsNotStatedWhenItPointsBackAtTheSentenceBefore() {
    Article a1 =
        article(
            "A1",
            "Daily",
            sentence("A1.S1", "That may have been the easy part of the week for the ferries."),
            sentence("A1.S2", "Ferries stopped across the bay for two days after the storm."));
    List<Fact> f =
        List.of(
            new Fact("F1", List.of("A1.S1"), List.of("A1"), "easy part", 0.9),
            new Fact("F2", List.of("A1.S2"), List.of("A1"), "ferries", 0.9));
    assertThat(writer.write(List.of(a1, articles.get(1)), f, 0))
        .extracting(BriefSentence::cites)
        .containsExactly(List.of("A1.S2"));
    // "This week" opens with a date, not with a pointer to the sentence before
    Sentence thisWeek = sentence("A1.S3", "This week the ferries stopped across the bay.");
    List<Token> tokens = new ArrayList<>(thisWeek.tokens());
    for (int i = 0; i < 2; i++) {
      Token t = tokens.get(i);
      tokens.set(i, new Token(t.word(), t.lemma(), t.pos(), "DATE", t.start(), t.end()));
    }
    Sentence dated =
        new Sentence(
            thisWeek.id(),
            BlockKind.BODY,
            thisWeek.text(),
            0,
            thisWeek.text().length(),
            tokens,
            List.of(),
            List.of());
    assertThat(BriefWriter.leansBack(dated)).isFalse();
    assertThat(BriefWriter.leansBack(thisWeek)).isTrue();
    assertThat(BriefWriter.leansBack(a1.sentences().get(1))).isFalse();
    // a pronoun subject names nobody the brief has introduced
    assertThat(BriefWriter.leansBack(sentence("A1.S4", "She said the ferries would run again.")))
        .isTrue();
    assertThat(BriefWriter.leansBack(sentence("A1.S5", "Their ferries stopped for two days.")))
        .isTrue();
  }

  @Test
  void theWordBudgetFollowsTheArticlesLengthWithinBounds() {
    // twelve words a sentence; the budget is the roundups' median at the median articles' length
    String text = "A storm hit the coast on Monday night near the old harbour.";
    Article median = articleOf("A1", 6, text); // 72 words
    Article shorter = articleOf("A2", 4, text); // 48 words
    Article oneLine = articleOf("A3", 1, text);
    Article longer = articleOf("A4", 40, text);
    assertThat(BriefWriter.budget(List.of(median), Set.of()))
        .isCloseTo(BriefWriter.AUTO_WORDS * 72 / BriefWriter.INPUT_WORDS, within(1e-9));
    assertThat(BriefWriter.budget(List.of(shorter), Set.of()))
        .isCloseTo(BriefWriter.AUTO_WORDS * 48 / BriefWriter.INPUT_WORDS, within(1e-9));
    // the mean over the articles
    assertThat(BriefWriter.budget(List.of(median, shorter), Set.of()))
        .isCloseTo(BriefWriter.AUTO_WORDS * 60 / BriefWriter.INPUT_WORDS, within(1e-9));
    // within bounds: a one-line story still gets a brief that says something, a long one no summary
    assertThat(BriefWriter.budget(List.of(oneLine), Set.of()))
        .isEqualTo(BriefWriter.AUTO_WORDS * BriefWriter.MIN_SCALE);
    assertThat(BriefWriter.budget(List.of(longer), Set.of()))
        .isEqualTo(BriefWriter.AUTO_WORDS * BriefWriter.MAX_SCALE);
    // a headline line kept as body is not counted
    assertThat(BriefWriter.budget(List.of(median), Set.of("A1.S0")))
        .isCloseTo(BriefWriter.AUTO_WORDS * 60 / BriefWriter.INPUT_WORDS, within(1e-9));
  }

  private static Article articleOf(String id, int sentences, String text) {
    List<Sentence> s = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      s.add(sentence(id + ".S" + i, text));
    }
    return article(id, "Daily", s.toArray(Sentence[]::new));
  }

  @Test
  void usesALoadedWordingOnlyWhenEveryArticleIsMoreLoadedThanTheBriefWouldBe() {
    // the ferries at length say half the budget, so the storm's loaded wording is not needed
    List<Fact> single =
        List.of(
            new Fact("F1", List.of("A1.S1"), List.of("A1"), "storm", 0.9),
            new Fact("F2", List.of("A1.S2"), List.of("A1"), "ferries", 0.8));
    assertThat(writer.write(longer, single, 0))
        .extracting(BriefSentence::text)
        .containsExactly("Only Daily reports: " + FERRIES_AT_LENGTH);
    assertThat(BriefWriter.withLoadedWords(Set.of("brutal"), 50.0).write(longer, single, 0))
        .extracting(BriefSentence::text)
        .contains("Only Daily reports: A brutal storm hit the coast on Monday.");
    assertThat(BriefWriter.withLoadedWords(Set.of("brutal"), 2.0).write(longer, single, 0))
        .extracting(BriefSentence::text)
        .containsExactly("Only Daily reports: " + FERRIES_AT_LENGTH);
  }

  @Test
  void takesTheMostCentralWordingWhenItIsAsClean() {
    // B1's wording uses only words the other two articles use; A1's adds two, C1's one (though
    // C1's sentences are the most central overall)
    List<Article> three =
        List.of(
            article(
                "A1",
                "Left",
                sentence(
                    "A1.S1", "Flood waters stopped trains and ferries near the harbour on Monday."),
                sentence("A1.S2", "Crews watched the river rise near the old bridge.")),
            article(
                "B1",
                "Centre",
                sentence("B1.S1", "Flood waters stopped trains near the city on Monday."),
                sentence("B1.S2", "Anglers watched gulls at dawn nearby.")),
            article(
                "C1",
                "Right",
                sentence("C1.S1", "Flood waters stopped trains near the city on Monday morning."),
                sentence("C1.S2", "Crews watched the river rise near the old bridge.")));
    List<Fact> shared =
        List.of(
            new Fact(
                "F1", List.of("A1.S1", "B1.S1", "C1.S1"), List.of("A1", "B1", "C1"), "f", 0.9));
    assertThat(writer.write(three, shared, 0))
        .extracting(BriefSentence::text)
        .containsExactly("Flood waters stopped trains near the city on Monday.");
    // a loaded central wording is not taken over a clean one
    BriefWriter floods = BriefWriter.withLoadedWords(Set.of("city"));
    assertThat(floods.write(three, shared, 0))
        .extracting(BriefSentence::text)
        .containsExactly("Flood waters stopped trains and ferries near the harbour on Monday.");
  }

  @Test
  void fillsTheBudgetWithWhatTheOutletsShareInTheirOrder() {
    // the same words, so the same centrality; only the second says them as the other outlet does
    List<Article> two =
        List.of(
            article(
                "A1",
                "Daily",
                sentence("A1.S1", "Two days the bay ferries stopped across for."),
                sentence("A1.S2", "Ferries stopped for two days across the bay.")),
            article(
                "A2",
                "Herald",
                sentence("A2.S1", "Ferries stopped for two days across the bay after a storm.")));
    List<Fact> singles =
        List.of(
            new Fact("F1", List.of("A1.S1"), List.of("A1"), "scrambled", 0.9),
            new Fact("F2", List.of("A1.S2"), List.of("A1"), "ferries", 0.9));
    assertThat(writer.write(two, singles, 1))
        .extracting(BriefSentence::text)
        .containsExactly("Only Daily reports: Ferries stopped for two days across the bay.");
    assertThat(Concepts.of(two).in(two.get(0).sentences().get(1)))
        .contains("ferri stopp", "stopp for", "two days", "the bay")
        .doesNotContain("ferri", "bay after", "a storm");
  }

  private static Article opinionPiece(String id, Sentence... s) {
    return new Article(
        id,
        ArticleMeta.of(id + ".txt")
            .withOutlet(Optional.of("Courier"))
            .withTitle(Optional.of("OPINION: The storm we all saw coming")),
        "",
        List.of(s),
        List.of());
  }

  @Test
  void takesANewsArticlesWordingOfAFactBeforeAnOpinionPiecesOne() {
    // AllSides train-404: "it's overwhelmingly clear that the president is healthy ..." from a
    // piece headed "OPINION:" had stated the fact a news article's physician's words state
    Article opinion =
        opinionPiece(
            "A2", sentence("A2.S1", "A storm hit the coast on Monday and stopped ferries."));
    Article news =
        article(
            "A1",
            "Daily",
            sentence("A1.S1", "Heavy waves hit the harbour walls as gales arrived overnight."));
    List<Fact> f =
        List.of(new Fact("F1", List.of("A1.S1", "A2.S1"), List.of("A1", "A2"), "storm", 0.9));
    assertThat(BriefWriter.opinion(opinion)).isTrue();
    assertThat(BriefWriter.opinion(news)).isFalse();
    // a third outlet's words, which the opinion piece's wording shares more of
    Article third =
        article(
            "A3",
            "Ledger",
            sentence("A3.S1", "The storm hit the coast on Monday and stopped ferries."));
    assertThat(writer.write(List.of(news, opinion, third), f, 0))
        .extracting(BriefSentence::text)
        .containsExactly("Heavy waves hit the harbour walls as gales arrived overnight.");
    // the same piece as news: its wording, which the third outlet shares, is taken
    Article plain = article("A2", "Courier", opinion.sentences().get(0));
    assertThat(writer.write(List.of(news, plain, third), f, 0))
        .extracting(BriefSentence::text)
        .containsExactly("A storm hit the coast on Monday and stopped ferries.");
  }

  @Test
  void leavesOutWhatOnlyAnOpinionPieceSaysWhileTheBriefSaysEnough() {
    String view = "Storms like this one are always forgotten far too soon by the town.";
    List<Article> story =
        List.of(
            longer.get(0),
            opinionPiece(
                "A2",
                sentence("A2.S1", "A storm hit the coast on Monday."),
                sentence("A2.S2", view)));
    List<Fact> f =
        List.of(
            facts.get(0),
            facts.get(1),
            new Fact("F3", List.of("A2.S2"), List.of("A2"), "view", 0.8));
    assertThat(writer.write(story, f, 0))
        .extracting(BriefSentence::text)
        .containsExactly(
            "A storm hit the coast on Monday.", "Only Daily reports: " + FERRIES_AT_LENGTH);
    // a news article's own aside is kept, as before
    List<Article> news =
        List.of(
            longer.get(0),
            article(
                "A2",
                null,
                sentence("A2.S1", "A storm hit the coast on Monday."),
                sentence("A2.S2", view)));
    assertThat(writer.write(news, f, 0))
        .extracting(BriefSentence::text)
        .contains("Only one article reports: " + view);
  }
}
